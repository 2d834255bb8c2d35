// Tiny DOM builder for the widget. Text goes in only through textContent and attributes
// through setAttribute, so user text can never become markup.

/**
 * Creates an element. `props` keys: `class`, `part`, `text`, `on<Event>` listeners,
 * `dataset` (object), `style` (custom properties only, as an object); anything else is an
 * attribute (skipped when null, undefined or false; `true` sets it empty).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") for (const [name, v] of Object.entries(value)) node.style.setProperty(name, String(v));
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** A native button (type=button) with a label. */
export function button(label, props = {}) {
  return h("button", { type: "button", part: "button", text: label, ...props });
}

/** "1 word" / "2 words". */
export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** A short excerpt of `text` for lists, cut at a word boundary. */
export function excerpt(text, max = 220) {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(" ", max);
  return `${clean.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** Formats a number with at most `digits` decimals. */
export function num(value, digits = 1) {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** A 24×8 legend swatch drawing a line in `style` (solid, dotted, dashed, double, wavy). */
export function swatch(style) {
  const box = svg("svg", { class: "swatch", width: 24, height: 8, viewBox: "0 0 24 8", "aria-hidden": "true", focusable: "false" });
  const line = (y, extra = {}) => svg("line", { x1: 0, x2: 24, y1: y, y2: y, stroke: "currentColor", "stroke-width": 2, ...extra });
  if (style === "double") box.append(line(2), line(6));
  else if (style === "wavy") box.append(svg("path", { d: "M0 4 Q3 0 6 4 T12 4 T18 4 T24 4", fill: "none", stroke: "currentColor", "stroke-width": 2 }));
  else if (style === "dotted") box.append(line(4, { "stroke-dasharray": "2 3" }));
  else if (style === "dashed") box.append(line(4, { "stroke-dasharray": "6 3" }));
  else box.append(line(4));
  return box;
}
