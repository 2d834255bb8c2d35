// The widget's styles, adopted as constructable stylesheets (no <style> element, so a
// host CSP of style-src 'self' is enough). Theme through the --pl-* custom properties on
// the element, or ::part() for structure.

/** Hint kinds with their label and line style (colour is never the only cue). */
export const HINT_KINDS = [
  { kind: "hedge", label: "Hedge", line: "dotted" },
  { kind: "booster", label: "Booster", line: "solid" },
  { kind: "attribution", label: "Attribution", line: "dashed" },
  { kind: "evaluative", label: "Evaluative", line: "wavy" },
  { kind: "question", label: "Question", line: "double" },
  { kind: "self-mention", label: "Self-mention", line: "solid" },
  { kind: "reader-pronoun", label: "Reader address", line: "dashed" },
  { kind: "directive", label: "Directive", line: "double" },
];

// Dark-theme tokens, used for theme="dark" and for theme="auto" in a dark system scheme.
const DARK = `
  color-scheme: dark;
  --pl-surface: #15161a; --pl-surface-2: #23252b; --pl-text: #ececf1; --pl-muted: #b3b8c2;
  --pl-accent: #8ab8ff; --pl-on-accent: #15161a; --pl-focus-ring: #8ab8ff;
  --pl-good: #3ccf9f; --pl-warn: #f0c05a; --pl-bad: #ff8a80;
  --pl-mark-bg: #8a6d00; --pl-mark-current-bg: #b35900; --pl-hard-bg: #4a3f12; --pl-very-hard-bg: #5a2326;
  --pl-hedge-color: #56b4e9; --pl-booster-color: #e69f00; --pl-attribution-color: #cc79a7;
  --pl-evaluative-color: #3ccf9f; --pl-question-color: #ff8a4c; --pl-self-mention-color: #8fd1f5;
  --pl-reader-pronoun-color: #f0e442; --pl-directive-color: #dddddd;
`;

const CSS_TEXT = `
:host {
  --pl-font-family: system-ui, -apple-system, "Segoe UI", sans-serif;
  --pl-font-size: 1rem;
  --pl-radius: 6px;
  --pl-gap: 0.75rem;
  --pl-surface: #fdfdfc;
  --pl-surface-2: #f1f3f6;
  --pl-text: #1b1b1f;
  --pl-muted: #555a63;
  --pl-accent: #0b5cad;
  --pl-on-accent: #ffffff;
  --pl-focus-ring: #0b5cad;
  --pl-good: #00795a;
  --pl-warn: #8a5a00;
  --pl-bad: #b3261e;
  --pl-mark-bg: #ffd54a;
  --pl-mark-current-bg: #ff9e1b;
  --pl-hard-bg: #fff3c4;
  --pl-very-hard-bg: #ffd9d9;
  --pl-hedge-color: #0062a3;
  --pl-booster-color: #a15c00;
  --pl-attribution-color: #8a3d6e;
  --pl-evaluative-color: #007a58;
  --pl-question-color: #b84300;
  --pl-self-mention-color: #1b6f9c;
  --pl-reader-pronoun-color: #6b5d00;
  --pl-directive-color: #333333;
  display: block;
  color-scheme: light;
  font-family: var(--pl-font-family);
  font-size: var(--pl-font-size);
  line-height: 1.5;
  color: var(--pl-text);
  background: var(--pl-surface);
  border-radius: var(--pl-radius);
  container-type: inline-size;
}
:host([hidden]) { display: none; }
:host([theme="dark"]) { ${DARK} }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { ${DARK} }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.root { padding: var(--pl-gap); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.75rem; border-radius: var(--pl-radius); border: 1px solid var(--pl-accent); background: transparent; color: var(--pl-accent); cursor: pointer; }
button.primary, button[aria-pressed="true"].mode { background: var(--pl-accent); color: var(--pl-on-accent); }
button:disabled { opacity: 0.55; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--pl-focus-ring); outline-offset: 2px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-bottom: var(--pl-gap); }
.toolbar .spacer { flex: 1; }
.modes { display: inline-flex; gap: 0; }
.modes button:first-child { border-radius: var(--pl-radius) 0 0 var(--pl-radius); }
.modes button:last-child { border-radius: 0 var(--pl-radius) var(--pl-radius) 0; border-left: none; }
.status { color: var(--pl-muted); font-size: 0.9rem; }
.status.error, .notice.error { color: var(--pl-bad); }
.notice { margin: 0 0 var(--pl-gap); padding: 0.5rem 0.75rem; border-left: 4px solid var(--pl-warn); background: var(--pl-surface-2); }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: calc(var(--pl-gap) * 2); }
@container (max-width: 56rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
:host([layout="compact"]) .columns { grid-template-columns: minmax(0, 1fr); }
textarea { width: 100%; min-height: 22rem; font: inherit; padding: 0.6rem; color: var(--pl-text); background: var(--pl-surface); border: 1px solid var(--pl-muted); border-radius: var(--pl-radius); resize: vertical; }
.review { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 22rem; max-height: 36rem; overflow: auto; padding: 0.6rem 0.75rem; border: 1px solid var(--pl-muted); border-radius: var(--pl-radius); }
:host([layout="compact"]) .review, :host([layout="compact"]) textarea { min-height: 10rem; max-height: 18rem; }
.review .aside { color: var(--pl-muted); text-decoration: line-through; text-decoration-color: color-mix(in srgb, var(--pl-muted) 60%, transparent); }
.review .s:focus { outline: 2px solid var(--pl-focus-ring); outline-offset: 1px; border-radius: 2px; }
.review mark { background: var(--pl-mark-bg); color: var(--pl-text); }
.review mark[data-layer="current"] { background: var(--pl-mark-current-bg); }
.nav { display: flex; gap: 0.5rem; align-items: center; margin-top: 0.4rem; min-height: 2rem; }
.nav .where { flex: 1; color: var(--pl-muted); font-size: 0.9rem; }
.empty { color: var(--pl-muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: 0.5rem; margin-bottom: var(--pl-gap); }
.card { display: block; text-align: left; border: 1px solid transparent; background: var(--pl-surface-2); color: var(--pl-text); padding: 0.45rem 0.7rem; }
.card:hover { border-color: var(--pl-accent); }
.card .label { display: block; color: var(--pl-muted); font-size: 0.8rem; }
.card .value { display: block; font-size: 1.35rem; font-weight: 600; }
.card .sub { display: block; color: var(--pl-muted); font-size: 0.8rem; }
.tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 1px solid var(--pl-muted); margin-bottom: var(--pl-gap); }
.tabs button { border: 1px solid transparent; border-bottom: none; border-radius: var(--pl-radius) var(--pl-radius) 0 0; color: var(--pl-text); }
.tabs button[aria-selected="true"] { border-color: var(--pl-muted); background: var(--pl-surface-2); font-weight: 600; }
h3 { font-size: 1.05rem; margin: var(--pl-gap) 0 0.4rem; }
h4 { font-size: 0.95rem; margin: 0.5rem 0 0.25rem; }
p { margin: 0.3rem 0; }
.muted { color: var(--pl-muted); font-size: 0.9rem; }
.scale { position: relative; height: 2.2rem; margin: 0.5rem 0 1.4rem; }
.scale .band { position: absolute; top: 0; height: 1rem; border-right: 1px solid var(--pl-surface); }
.scale .band span { position: absolute; top: 1.1rem; left: 0.15rem; font-size: 0.7rem; color: var(--pl-muted); white-space: nowrap; }
.scale .spread { position: absolute; top: 0.25rem; height: 0.5rem; background: var(--pl-text); opacity: 0.35; border-radius: 3px; }
.scale .marker { position: absolute; top: -0.3rem; width: 4px; height: 1.6rem; margin-left: -2px; background: var(--pl-text); border-radius: 2px; }
.b1 { background: #9ad0b8; } .b2 { background: #bfe0a8; } .b3 { background: #e8e3a0; } .b4 { background: #f3c98b; } .b5 { background: #ef9f86; } .b6 { background: #d98b9e; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
th, td { text-align: left; padding: 0.3rem 0.45rem; border-bottom: 1px solid var(--pl-surface-2); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.inputs, td.note { color: var(--pl-muted); }
.list { list-style: none; margin: 0; padding: 0; }
.list > li { padding: 0.45rem 0; border-bottom: 1px solid var(--pl-surface-2); }
.list .row-actions { display: flex; flex-wrap: wrap; gap: 0.35rem; margin-top: 0.25rem; }
.list .row-actions button { font-size: 0.8rem; padding: 0.15rem 0.5rem; }
.kw-groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: var(--pl-gap); }
.kw-groups ul { list-style: none; margin: 0; padding: 0; }
.kw-groups li { display: grid; grid-template-columns: 1fr auto; gap: 0 0.5rem; align-items: center; margin-bottom: 0.35rem; }
.kw-groups .term { border-color: transparent; color: var(--pl-accent); text-align: left; padding: 0.1rem 0.3rem; }
.kw-groups .term[aria-pressed="true"] { border-color: var(--pl-accent); font-weight: 600; }
.kw-groups .count { color: var(--pl-muted); font-size: 0.8rem; font-variant-numeric: tabular-nums; }
.bar { grid-column: 1 / -1; height: 4px; border-radius: 2px; background: var(--pl-accent); opacity: 0.6; width: calc(var(--share, 0) * 100%); }
.filters { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0.4rem 0; }
.chip { display: inline-flex; align-items: center; gap: 0.35rem; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 999px; border: 1px solid currentColor; background: transparent; margin: 0.1rem 0.25rem 0.1rem 0; }
button.chip[aria-pressed="false"] { opacity: 0.6; text-decoration: line-through; }
.swatch { flex: none; }
.filters button[aria-pressed="true"]:not(.chip) { background: var(--pl-accent); color: var(--pl-on-accent); }
.confidence { color: var(--pl-muted); font-size: 0.75rem; }
.hint-sentence { display: block; margin-bottom: 0.2rem; }
.tone { font-weight: 600; }
.difficulty-hard { color: var(--pl-warn); font-weight: 600; }
.difficulty-very-hard { color: var(--pl-bad); font-weight: 600; }
.privacy { color: var(--pl-muted); font-size: 0.85rem; margin-top: var(--pl-gap); }
.badge-button { font-weight: 600; }
:host([layout="badge"]) .columns, :host([layout="badge"]) .toolbar > :not(.badge-button):not(.status) { display: none; }
:host([layout="badge"][open]) .columns { display: grid; grid-template-columns: minmax(0, 1fr); }
:host([layout="badge"]) .text-col { display: none; }
.aside-text { display: block; white-space: pre-wrap; color: var(--pl-muted); font-size: 0.85rem; max-height: 6rem; overflow: hidden; }
.results[aria-busy="true"] { opacity: 0.6; }
@media (prefers-reduced-motion: no-preference) { .results { transition: opacity 0.15s; } }
@media (forced-colors: active) { .bar, .scale .marker { background: CanvasText; } }
@media print { .toolbar, .nav, .tabs, textarea { display: none; } .review { max-height: none; border: none; } }
`;

let shared = null;

/** The stylesheet every widget shares (built once). */
export function baseSheet() {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS_TEXT);
  }
  return shared;
}

/**
 * The per-widget sheet: ::highlight() rules for this widget's highlight names (they are
 * global to the document, so each widget has its own prefix). Colours come from the
 * --pl-* properties, which resolve inside ::highlight().
 */
export function highlightSheet(prefix) {
  const rules = [
    `::highlight(${prefix}-keyword) { background-color: var(--pl-mark-bg); color: var(--pl-text); }`,
    `::highlight(${prefix}-current) { background-color: var(--pl-mark-current-bg); color: var(--pl-text); }`,
    `::highlight(${prefix}-hard) { background-color: var(--pl-hard-bg); }`,
    `::highlight(${prefix}-very-hard) { background-color: var(--pl-very-hard-bg); }`,
    ...HINT_KINDS.map(({ kind, line }) =>
      `::highlight(${prefix}-hint-${kind}) { text-decoration: ${kind.endsWith("mention") || kind === "reader-pronoun" ? "overline" : "underline"} ${line} var(--pl-${kind}-color) 2px; }`),
    ...HINT_KINDS.map(({ kind }) =>
      `.kind-${kind} { color: var(--pl-${kind}-color); }`),
  ];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join("\n"));
  return sheet;
}
