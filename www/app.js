// The minimal demo page: paste, analyse, show counts, the set-aside list and sentences.
// User text reaches the DOM only through textContent (never innerHTML).
import init, { analyze } from "./pkg/proselens.js";
import { SAMPLE } from "./sample.js";

const $ = (id) => document.getElementById(id);
const textArea = $("text");
const status = $("status");
const button = $("analyze");

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function formatSeconds(seconds) {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function render(text, result) {
  const s = result.stats;
  const cards = [
    ["Words", s.words],
    ["Sentences", s.sentences],
    ["Paragraphs", s.paragraphs],
    ["Words per sentence", s.avgWordsPerSentence.toFixed(1)],
    ["Reading time", formatSeconds(s.readingTimeSeconds)],
    ["Grade", result.readability.consensus ? result.readability.consensus.grade.toFixed(1) : "—"],
    ["Unique words", s.uniqueWords],
    ["Language", `${result.language.code}${result.language.detected ? "" : " (assumed)"}`],
    ["Set aside", result.cleanup.blocks.length],
  ];
  const stats = $("stats");
  stats.replaceChildren(...cards.map(([label, value]) => {
    const wrap = el("div");
    wrap.append(el("dt", label), el("dd", String(value)));
    wrap.dataset.stat = label.toLowerCase().replace(/\s+/g, "-");
    return wrap;
  }));

  const consensus = result.readability.consensus;
  $("consensus").textContent = consensus
    ? `Consensus grade ${consensus.grade.toFixed(1)} (${consensus.band.replace("-", " ")}); formulas range from ${consensus.spread[0].toFixed(1)} to ${consensus.spread[1].toFixed(1)}.`
    : "No readability figures: the text has no words.";
  $("formulas").tBodies[0].replaceChildren(...result.readability.formulas.map((formula) => {
    const row = el("tr");
    row.dataset.formula = formula.id;
    const name = el("th", formula.name);
    name.scope = "row";
    name.title = formula.note;
    const inputs = Object.entries(formula.inputs).map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(1)}`).join(", ");
    row.append(name, el("td", formula.value.toFixed(1)), el("td", formula.grade === null ? "—" : formula.grade.toFixed(1)),
      el("td", formula.band.replace("-", " ")), el("td", inputs, "inputs"));
    return row;
  }));

  $("set-aside").replaceChildren(...result.cleanup.blocks.map((block) => {
    const item = el("li");
    item.append(el("span", `${block.reason}: ${block.detail}`, "why"), el("q", text.slice(block.span.start, block.span.end)));
    return item;
  }));
  $("sentences").replaceChildren(...result.sentences.map((sentence) => {
    const item = el("li", text.slice(sentence.span.start, sentence.span.end));
    item.dataset.difficulty = sentence.difficulty;
    if (sentence.difficulty !== "ok") {
      item.className = `difficulty ${sentence.difficulty}`;
      item.append(el("span", ` (${sentence.difficulty.replace("-", " ")}, grade ${sentence.grade.toFixed(1)})`, "why"));
    }
    return item;
  }));
}

function run() {
  const text = textArea.value;
  try {
    const result = analyze(text, { cleanup: $("cleanup").checked });
    render(text, result);
    status.textContent = `Analysed ${result.stats.words} words.`;
    document.body.dataset.state = "done";
  } catch (error) {
    status.textContent = `Error: ${error.message}`;
    document.body.dataset.state = "error";
  }
}

let timer = 0;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

$("sample").addEventListener("click", () => {
  textArea.value = SAMPLE;
  if (!button.disabled) run();
});

init().then(() => {
  button.disabled = false;
  status.textContent = "Ready.";
  document.body.dataset.state = "ready";
  button.addEventListener("click", run);
  textArea.addEventListener("input", schedule);
  $("cleanup").addEventListener("change", run);
  if (textArea.value) run();
}, (error) => {
  status.textContent = `Could not load the engine: ${error.message}`;
  document.body.dataset.state = "error";
});
