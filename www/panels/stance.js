// Stance panel: filter chips that double as the legend (colour, line style, label,
// count), two ready-made filters, the document tone with its evidence words, and the list
// of sentences with hint chips — the accessible source of truth for the underlines.
import { button, excerpt, h, plural, swatch } from "../dom.js";
import { HINT_KINDS } from "../element-styles.js";

const LABEL = Object.fromEntries(HINT_KINDS.map((k) => [k.kind, k.label]));
const LINE = Object.fromEntries(HINT_KINDS.map((k) => [k.kind, k.line]));

/** A stable key for dismissing one hint across re-analyses. */
export function hintKey(text, hint) {
  return `${hint.kind}:${hint.cue.toLowerCase()}:${text.slice(hint.span.start, hint.span.start + 40)}`;
}

/** Sentences that pass the focus filter. */
const FOCUS = {
  all: () => true,
  unattributed: (s) => s.stance.boosted && !s.stance.attributed,
  "attributed-speculation": (s) => s.stance.attributed && s.stance.hedged,
};

function toneEvidence(text, result) {
  const counts = new Map();
  for (const hint of result.hints) {
    if (hint.kind !== "evaluative" || !hint.polarity) continue;
    const cue = text.slice(hint.span.start, hint.span.end).toLowerCase();
    const key = `${hint.polarity > 0 ? "+" : "−"}${cue}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
}

/**
 * @param {string} text
 * @param {object} result
 * @param {{ shown: Set<string>, focus: string, dismissed: Set<string>,
 *   toggleKind: (kind: string) => void, setFocus: (f: string) => void,
 *   showHint: (index: number) => void, dismiss: (index: number) => void, restoreDismissed: () => void }} ctx
 */
export function renderStance(text, result, ctx) {
  const counts = new Map(HINT_KINDS.map(({ kind }) => [kind, 0]));
  for (const hint of result.hints) if (!ctx.dismissed.has(hintKey(text, hint))) counts.set(hint.kind, counts.get(hint.kind) + 1);
  const chips = HINT_KINDS.map(({ kind, label, line }) => h("button", {
    type: "button",
    class: `chip kind-${kind}`,
    part: "chip",
    "aria-pressed": String(ctx.shown.has(kind)),
    dataset: { kind },
    onclick: () => ctx.toggleKind(kind),
  }, swatch(line), `${label} ${counts.get(kind)}`));
  const focusButtons = [["all", "All sentences with hints"], ["unattributed", "Claims without attribution"], ["attributed-speculation", "Attributed speculation"]]
    .map(([id, label]) => button(label, { "aria-pressed": String(ctx.focus === id), dataset: { focus: id }, onclick: () => ctx.setFocus(id) }));

  const rows = [];
  result.sentences.forEach((sentence, index) => {
    if (!FOCUS[ctx.focus](sentence)) return;
    const hints = sentence.hints
      .map((i) => ({ i, hint: result.hints[i] }))
      .filter(({ hint }) => ctx.shown.has(hint.kind) && !ctx.dismissed.has(hintKey(text, hint)));
    if (!hints.length) return;
    rows.push(h("li", { dataset: { sentence: String(index) } },
      h("span", { class: "hint-sentence", part: "sentence", text: excerpt(text.slice(sentence.span.start, sentence.span.end), 320) }),
      h("div", {}, ...hints.map(({ hint }) => h("span", { class: `chip kind-${hint.kind}`, part: "chip", title: hint.message, dataset: { kind: hint.kind } },
        swatch(LINE[hint.kind]),
        `${LABEL[hint.kind]} · “${hint.cue}”`,
        h("span", { class: "confidence", text: hint.confidence }),
        hint.source ? h("span", { class: "confidence", text: `source: ${excerpt(text.slice(hint.source.start, hint.source.end), 50)}` }) : null))),
      h("div", { class: "row-actions" },
        button("Show in text", { onclick: () => ctx.showHint(hints[0].i), "aria-label": `Show sentence ${index + 1} in the text` }),
        ...hints.map(({ i, hint }) => button(`Dismiss “${hint.cue}”`, { dataset: { dismiss: String(i) }, onclick: () => ctx.dismiss(i) })))));
  });

  const evidence = toneEvidence(text, result);
  return [
    h("p", {}, "Author tone: ", h("span", { class: "tone", text: result.summary.tone }),
      evidence.length ? ` — evidence: ${evidence.join(", ")}` : " — no evaluative words outside quotes."),
    h("div", { class: "filters", part: "legend", role: "group", "aria-label": "Hint kinds shown (legend)" }, ...chips),
    h("div", { class: "filters", role: "group", "aria-label": "Which sentences to list" }, ...focusButtons),
    ctx.dismissed.size ? h("p", { class: "muted" }, `${plural(ctx.dismissed.size, "hint")} dismissed. `, button("Restore", { onclick: ctx.restoreDismissed })) : null,
    h("p", { class: "muted", text: "Hints describe how a sentence argues; none of them is an error. Each names the words that triggered it." }),
    rows.length
      ? h("ol", { class: "list", part: "hint-list" }, ...rows)
      : h("p", { class: "empty", text: "No sentence matches these filters." }),
  ];
}
