// Keyword panel: names, phrases and words with counts, density and a bar; activating a
// term highlights every occurrence in the text.
import { h } from "../dom.js";

const GROUPS = [["name", "Names"], ["phrase", "Phrases"], ["word", "Words"]];

/**
 * @param {object} result the analysis
 * @param {{ selectKeyword: (k: object, button: HTMLElement) => void, selected?: string }} ctx
 */
export function renderKeywords(result, ctx) {
  if (!result.keywords.length) return [h("p", { class: "empty", text: "No keywords: the text has too few content words." })];
  const max = Math.max(1, ...result.keywords.map((k) => k.count));
  const groups = GROUPS.map(([kind, title]) => {
    const rows = result.keywords.filter((k) => k.kind === kind).slice(0, 15);
    return h("section", { dataset: { kind } },
      h("h4", { text: `${title} (${rows.length})` }),
      rows.length ? h("ul", {}, ...rows.map((k) => {
        const term = h("button", {
          type: "button",
          class: "term",
          part: "button keyword",
          "aria-pressed": String(ctx.selected === k.term),
          dataset: { term: k.term },
          title: `Forms: ${k.forms.join(", ")}`,
          text: k.term,
        });
        term.addEventListener("click", () => ctx.selectKeyword(k, term));
        return h("li", {}, term,
          h("span", { class: "count", text: `×${k.count} · ${k.density.toFixed(2)}%` }),
          h("span", { class: "bar", part: "bar", style: { "--share": k.count / max }, "aria-hidden": "true" }));
      })) : h("p", { class: "empty", text: "None." }));
  });
  return [
    h("p", { class: "muted", text: "Ranked by how central each term is; the count is every occurrence, the percentage is occurrences per 100 words. Activate a term to highlight it in the text." }),
    h("div", { class: "kw-groups", part: "keywords" }, ...groups),
  ];
}
