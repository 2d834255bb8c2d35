// Readability panel: the consensus on a grade scale with the spread across formulas, the
// formula table with every input and what it measures, and the hard sentences.
import { button, excerpt, h, num } from "../dom.js";
import { bandLabel } from "./summary.js";

const SCALE_MAX = 20;
const BANDS = [
  [0, 6, "very easy", "b1"], [6, 8, "easy", "b2"], [8, 10, "standard", "b3"],
  [10, 13, "fairly difficult", "b4"], [13, 17, "difficult", "b5"], [17, SCALE_MAX, "very difficult", "b6"],
];
const pct = (grade) => `${(Math.min(Math.max(grade, 0), SCALE_MAX) / SCALE_MAX) * 100}%`;

function scale(consensus) {
  const bands = BANDS.map(([from, to, label, cls]) =>
    h("div", { class: `band ${cls}`, title: label, style: { left: pct(from), width: `calc(${pct(to)} - ${pct(from)})` } },
      h("span", { text: String(from), "aria-hidden": "true" })));
  const [low, high] = consensus.spread;
  return h("div", {
    class: "scale",
    role: "img",
    "aria-label": `Grade scale: consensus ${num(consensus.grade)} (${bandLabel(consensus.band)}), formulas range from ${num(low)} to ${num(high)}`,
  }, ...bands,
  h("div", { class: "spread", style: { left: pct(low), width: `calc(${pct(high)} - ${pct(low)})` } }),
  h("div", { class: "marker", style: { left: pct(consensus.grade) } }));
}

function inputs(formula) {
  return Object.entries(formula.inputs)
    .map(([key, value]) => `${key.replace(/([A-Z])/g, " $1").toLowerCase()} ${num(value)}`)
    .join(", ");
}

/**
 * @param {string} text the analysed text
 * @param {object} result the analysis
 * @param {{ showSentence: (i: number) => void }} ctx
 */
export function renderReadability(text, result, ctx) {
  const { consensus, formulas } = result.readability;
  if (!consensus) return [h("p", { class: "empty", text: "No readability figures: the text has no words." })];
  const table = h("table", { part: "formula-table" },
    h("caption", { class: "visually-hidden", text: "Readability formulas with their values, grades, bands and inputs" }),
    h("thead", {}, h("tr", {}, ...["Formula", "Value", "Grade", "Band", "Inputs", "What it measures"].map((t) => h("th", { scope: "col", text: t })))),
    h("tbody", {}, ...formulas.map((f) => h("tr", { dataset: { formula: f.id } },
      h("th", { scope: "row", text: f.name }),
      h("td", { class: "num", text: num(f.value) }),
      h("td", { class: "num", text: f.grade === null ? "—" : num(f.grade) }),
      h("td", { text: bandLabel(f.band) }),
      h("td", { class: "inputs", text: inputs(f) }),
      h("td", { class: "note", text: f.note })))));
  const hard = result.sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.difficulty !== "ok")
    .sort((a, b) => b.s.grade - a.s.grade);
  const list = h("ol", { class: "list hard-sentences" }, ...hard.slice(0, 50).map(({ s, i }) =>
    h("li", { dataset: { sentence: String(i), difficulty: s.difficulty } },
      h("span", { class: `difficulty-${s.difficulty}`, text: `${s.difficulty === "hard" ? "Hard" : "Very hard"} · grade ${num(s.grade)} · ${s.words} words` }),
      h("span", { class: "hint-sentence", text: excerpt(text.slice(s.span.start, s.span.end)) }),
      h("div", { class: "row-actions" }, button("Show in text", { onclick: () => ctx.showSentence(i) })))));
  return [
    h("p", {}, h("strong", { text: `Consensus grade ${num(consensus.grade)}` }),
      ` (${bandLabel(consensus.band)}): the median of nine grade-level formulas, which range from ${num(consensus.spread[0])} to ${num(consensus.spread[1])}.`),
    scale(consensus),
    table,
    h("h3", { text: `Hard sentences (${hard.length})` }),
    h("p", { class: "muted", text: "Sentences of 14 or more words whose Flesch–Kincaid grade is 10+ (hard) or 14+ (very hard), hardest first." }),
    hard.length ? list : h("p", { class: "empty", text: "None." }),
  ];
}
