// Summary cards: each is a button that opens the panel behind its number.
import { h, num, plural } from "../dom.js";

function minutes(seconds) {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60 ? `${s % 60} s` : ""}`.trim();
}

/** Band id → words. */
export function bandLabel(band) {
  return band.replace(/-/g, " ");
}

/**
 * @param {object} result the analysis
 * @param {(panel: string) => void} open opens a panel
 */
export function renderSummary(result, open) {
  const s = result.stats;
  const consensus = result.readability.consensus;
  const hard = result.sentences.filter((x) => x.difficulty === "hard").length;
  const veryHard = result.sentences.filter((x) => x.difficulty === "very-hard").length;
  const counts = result.summary.hintCounts;
  const card = (stat, label, value, sub, panel) =>
    h("button", { type: "button", class: "card", part: "card", dataset: { stat }, onclick: () => open(panel) },
      h("span", { class: "label", text: label }),
      h("span", { class: "value", text: value }),
      sub ? h("span", { class: "sub", text: sub }) : null);
  return [
    card("grade", "Grade (consensus)", consensus ? num(consensus.grade) : "—", consensus ? bandLabel(consensus.band) : "no words", "readability"),
    card("words", "Words", s.words.toLocaleString("en"), `${minutes(s.readingTimeSeconds)} read`, "readability"),
    card("sentences", "Sentences", s.sentences.toLocaleString("en"), `${hard} hard, ${veryHard} very hard`, "readability"),
    card("paragraphs", "Paragraphs", s.paragraphs.toLocaleString("en"), `${num(s.avgWordsPerSentence)} words per sentence`, "readability"),
    card("hedges", "Hedged sentences", String(counts.hedge), `${num(result.summary.ratesPer100Sentences.hedge)} per 100`, "stance"),
    card("boosters", "Boosted sentences", String(counts.booster), `${num(result.summary.ratesPer100Sentences.booster)} per 100`, "stance"),
    card("attributions", "Attributed", String(counts.attribution), `${num(result.summary.ratesPer100Sentences.attribution)} per 100`, "stance"),
    card("tone", "Author tone", result.summary.tone, `${plural(counts.evaluative, "evaluative sentence")}`, "stance"),
    card("set-aside", "Set aside", String(result.cleanup.blocks.length), "from the paste", "set-aside"),
  ];
}

/** The one-line summary the live region announces. */
export function announce(result) {
  const c = result.readability.consensus;
  const counts = result.summary.hintCounts;
  const hard = result.sentences.filter((x) => x.difficulty !== "ok").length;
  return [
    c ? `Grade ${num(c.grade)}, ${bandLabel(c.band)}` : "No words to score",
    plural(result.stats.words, "word"),
    `${plural(hard, "hard sentence")}`,
    `${plural(counts.hedge, "hedge")}`,
    `${plural(counts.attribution, "attribution")}`,
  ].join("; ") + ".";
}
