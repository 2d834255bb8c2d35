// The minimal demo page: paste, analyse, show counts, the set-aside list and sentences.
// User text reaches the DOM only through textContent (never innerHTML).
import init, { analyze } from "./pkg/proselens.js";
import { wasmBytes } from "./pkg/proselens_inline.js";
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

  renderKeywords(text, result);
  renderView(text, result);
  renderStance(text, result);
  highlightHints(result);

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

// ---- stance ---------------------------------------------------------------------------
const HINT_KINDS = [
  ["hedge", "Hedge", "dotted"], ["booster", "Booster", "solid"], ["attribution", "Attribution", "dashed"],
  ["evaluative", "Evaluative", "wavy"], ["question", "Question", "double"], ["self-mention", "Self-mention", "solid"],
  ["reader-pronoun", "Reader", "dashed"], ["directive", "Directive", "double"],
];
const shownKinds = new Set(HINT_KINDS.map(([kind]) => kind));

function renderFilters() {
  $("hint-filters").replaceChildren(...HINT_KINDS.map(([kind, label, style]) => {
    const button = el("button", label, `chip kind-${kind}`);
    button.type = "button";
    button.dataset.kind = kind;
    button.dataset.line = style;
    button.setAttribute("aria-pressed", String(shownKinds.has(kind)));
    button.addEventListener("click", () => {
      if (shownKinds.has(kind)) shownKinds.delete(kind); else shownKinds.add(kind);
      button.setAttribute("aria-pressed", String(shownKinds.has(kind)));
      if (current.result) { renderStance(current.text, current.result); highlightHints(current.result); }
    });
    return button;
  }));
}

function renderStance(text, result) {
  const counts = result.summary.hintCounts;
  $("tone").textContent = `Author tone: ${result.summary.tone}. Sentences with hedges ${counts.hedge}, boosters ${counts.booster}, attributions ${counts.attribution}, evaluation ${counts.evaluative}, questions ${counts.question}, directives ${counts.directive}.`;
  const items = [];
  result.sentences.forEach((sentence, index) => {
    const hints = sentence.hints.map((h) => result.hints[h]).filter((h) => shownKinds.has(h.kind));
    if (hints.length === 0) return;
    const item = el("li");
    item.dataset.sentence = String(index);
    item.append(el("span", text.slice(sentence.span.start, sentence.span.end), "sentence"));
    const chips = el("span", undefined, "chips");
    for (const hint of hints) {
      const chip = el("span", `${hint.kind}: ${hint.cue}`, `chip kind-${hint.kind}`);
      chip.title = hint.message;
      chips.append(chip);
    }
    item.append(chips);
    items.push(item);
  });
  $("stance").replaceChildren(...items);
}

function highlightHints(result) {
  for (const [kind] of HINT_KINDS) {
    const spans = shownKinds.has(kind) ? result.hints.filter((h) => h.kind === kind).map((h) => h.span) : [];
    setHighlight(`hint-${kind}`, spans);
  }
}

// ---- keywords and the text view -------------------------------------------------------
const KIND_TITLES = { name: "Names", phrase: "Phrases", word: "Words" };
let current = { text: "", result: null, hits: [], at: -1 };

function renderKeywords(text, result) {
  const box = $("keywords");
  const groups = ["name", "phrase", "word"].map((kind) => {
    const rows = result.keywords.filter((k) => k.kind === kind).slice(0, 12);
    const section = el("section");
    section.dataset.kind = kind;
    section.append(el("h4", `${KIND_TITLES[kind]} (${rows.length})`));
    const max = Math.max(1, ...rows.map((k) => k.count));
    const list = el("ul");
    for (const keyword of rows) {
      const item = el("li");
      const button = el("button", keyword.term, "term");
      button.type = "button";
      button.dataset.term = keyword.term;
      button.title = `${keyword.count}× (${keyword.density.toFixed(2)} per 100 words); forms: ${keyword.forms.join(", ")}`;
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => selectKeyword(keyword, button));
      const bar = el("span", "", "bar");
      bar.style.setProperty("--share", String(keyword.count / max));
      item.append(button, el("span", `×${keyword.count}`, "count"), bar);
      list.append(item);
    }
    section.append(list);
    return section;
  });
  box.replaceChildren(...groups);
}

function renderView(text, result) {
  const view = $("view");
  view.replaceChildren(document.createTextNode(text));
  current = { text, result, hits: [], at: -1 };
  setHighlight("keyword", []);
  setHighlight("set-aside", result.cleanup.blocks.map((b) => b.span));
  setHighlight("hard", result.sentences.filter((s) => s.difficulty === "hard").map((s) => s.span));
  setHighlight("very-hard", result.sentences.filter((s) => s.difficulty === "very-hard").map((s) => s.span));
  $("view-status").textContent = "";
  $("prev-hit").disabled = $("next-hit").disabled = true;
}

function rangeOf(span) {
  const node = $("view").firstChild;
  const range = document.createRange();
  range.setStart(node, span.start);
  range.setEnd(node, span.end);
  return range;
}

// CSS Custom Highlight API when available; otherwise the view is rebuilt with <mark>s made
// with textContent (never innerHTML).
function setHighlight(name, spans) {
  if (globalThis.CSS?.highlights && globalThis.Highlight && $("view").firstChild) {
    if (spans.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...spans.map(rangeOf)));
    return;
  }
  if (name !== "keyword") return;
  const view = $("view");
  const parts = [];
  let at = 0;
  for (const span of spans) {
    parts.push(document.createTextNode(current.text.slice(at, span.start)), el("mark", current.text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(document.createTextNode(current.text.slice(at)));
  view.replaceChildren(...parts);
}

function selectKeyword(keyword, button) {
  for (const b of document.querySelectorAll("#keywords button[aria-pressed]")) b.setAttribute("aria-pressed", "false");
  button.setAttribute("aria-pressed", "true");
  current.hits = keyword.occurrences;
  current.at = -1;
  setHighlight("keyword", keyword.occurrences);
  $("view").dataset.highlighted = String(keyword.occurrences.length);
  $("view-status").textContent = `“${keyword.term}”: ${keyword.occurrences.length} occurrence${keyword.occurrences.length === 1 ? "" : "s"} highlighted.`;
  $("prev-hit").disabled = $("next-hit").disabled = keyword.occurrences.length === 0;
  step(1);
}

function step(direction) {
  if (current.hits.length === 0) return;
  current.at = (current.at + direction + current.hits.length) % current.hits.length;
  const span = current.hits[current.at];
  if (globalThis.CSS?.highlights) {
    const rect = rangeOf(span).getBoundingClientRect();
    const view = $("view");
    view.scrollTop += rect.top - view.getBoundingClientRect().top - view.clientHeight / 3;
  }
  $("view-status").textContent = `Occurrence ${current.at + 1} of ${current.hits.length}.`;
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

renderFilters();
$("prev-hit").addEventListener("click", () => step(-1));
$("next-hit").addEventListener("click", () => step(1));

$("sample").addEventListener("click", () => {
  textArea.value = SAMPLE;
  if (!button.disabled) run();
});

// The wasm bytes come inlined in a module, so the page needs no fetch at all
// (its Content-Security-Policy has connect-src 'none').
init({ module_or_path: wasmBytes() }).then(() => {
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
