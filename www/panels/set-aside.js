// "Set aside from the paste": what cleanup left out of every figure, why, and a way to
// take each decision back (and to redo it).
import { button, excerpt, h } from "../dom.js";

/**
 * @param {string} text
 * @param {object} result
 * @param {{ cleanup: boolean, kept: number[], keep: (start: number) => void,
 *   unkeep: (start: number) => void, setCleanup: (on: boolean) => void }} ctx
 */
export function renderSetAside(text, result, ctx) {
  const toggle = h("input", { type: "checkbox", id: "cleanup-toggle", checked: ctx.cleanup, onchange: (e) => ctx.setCleanup(e.target.checked) });
  const parts = [
    h("p", {}, h("label", {}, toggle, " Set aside page furniture (menus, notices, bylines, footers, repeated copies)")),
  ];
  if (!ctx.cleanup) {
    parts.push(h("p", { class: "muted", text: "Cleanup is off: every line of the text is analysed." }));
    return parts;
  }
  const blocks = result.cleanup.blocks;
  parts.push(blocks.length
    ? h("ol", { class: "list set-aside" }, ...blocks.map((b) => h("li", { dataset: { start: String(b.span.start) } },
      h("span", { class: "why", text: `${b.reason === "duplicate" ? "Duplicate" : "Page furniture"}: ${b.detail}` }),
      h("q", { class: "aside-text", text: excerpt(text.slice(b.span.start, b.span.end), 300) }),
      h("div", { class: "row-actions" }, button("Keep this text", { onclick: () => ctx.keep(b.span.start) })))))
    : h("p", { class: "empty", text: "Nothing was set aside: the text reads as one piece of writing." }));
  if (ctx.kept.length) {
    parts.push(h("h3", { text: "Kept by you" }),
      h("ul", { class: "list kept" }, ...ctx.kept.map((start) => h("li", {},
        h("span", { class: "aside-text", text: excerpt(text.slice(start, start + 200), 120) }),
        h("div", { class: "row-actions" }, button("Set aside again", { onclick: () => ctx.unkeep(start) }))))));
  }
  return parts;
}
