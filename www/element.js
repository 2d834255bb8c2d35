// <prose-lens>: readability, keywords and stance hints for a text, in a Shadow DOM widget.
// This module only defines the class (no side effects); define.js registers the tag.
//
// User text reaches the DOM only as text nodes (dom.js) and Ranges (text-view.js).
// Analysis runs in a module worker when the page allows one, else on the main thread; all
// widgets on a page share one engine.
import { createAnalyzer } from "../js/index.js";
import { button, h, num } from "./dom.js";
import { baseSheet, HINT_KINDS, highlightSheet } from "./element-styles.js";
import { exportBlob, exportName } from "./export.js";
import { TextView } from "./text-view.js";
import { announce, bandLabel, renderSummary } from "./panels/summary.js";
import { renderReadability } from "./panels/readability.js";
import { renderKeywords } from "./panels/keywords.js";
import { hintKey, renderStance } from "./panels/stance.js";
import { renderSetAside } from "./panels/set-aside.js";

const LANGUAGES = ["en", "de", "es", "fr", "it", "nl", "pt", "ru"];
const FEATURES = ["readability", "keywords", "stance"];
const PANELS = [
  ["readability", "Readability", "readability"],
  ["keywords", "Keywords", "keywords"],
  ["stance", "Stance", "stance"],
  ["set-aside", "Set aside", null],
];
const DEFAULT_MAX_CHARS = 2_000_000;
const DEBOUNCE_MS = 300;

// ---- the shared engine ---------------------------------------------------------------
const engineConfig = { wasm: undefined, worker: undefined };
let enginePromise = null;

async function startEngine(wasm, worker) {
  if (wasm === "inline") wasm = (await import("../js/inline.js")).engineBytes;
  try {
    return await createAnalyzer({ wasm, worker });
  } catch (error) {
    // A page whose CSP forbids fetching (connect-src 'none') can still load the engine
    // from a script: the embedded copy is a module like any other.
    if (wasm === undefined && error.code === "ERR_WASM_LOAD") {
      const { engineBytes } = await import("../js/inline.js");
      return createAnalyzer({ wasm: engineBytes, worker });
    }
    throw error;
  }
}

function sharedEngine(element) {
  if (!enginePromise) {
    const wasmAttr = element.getAttribute("wasm-src");
    const workerAttr = element.getAttribute("worker-src");
    const wasm = engineConfig.wasm ?? (wasmAttr === null ? undefined : wasmAttr === "inline" ? "inline" : new URL(wasmAttr, document.baseURI));
    const worker = engineConfig.worker ?? (workerAttr === null ? true : workerAttr === "" ? false : new URL(workerAttr, document.baseURI));
    enginePromise = startEngine(wasm, worker);
    enginePromise.catch(() => {
      enginePromise = null; // let a later widget or call retry
    });
  }
  return enginePromise;
}

let instances = 0;

/** The <prose-lens> element class. Register it with define.js or customElements.define. */
export class ProseLens extends HTMLElement {
  static observedAttributes = ["lang", "features", "hints", "layout", "theme", "live", "for", "max-chars", "readonly", "loading"];

  /**
   * Sets where every widget on the page loads the engine from, before the first one
   * starts: `wasm` (URL, bytes, Module or "inline") and `worker` (true, false or a URL).
   */
  static configure({ wasm, worker } = {}) {
    if (wasm !== undefined) engineConfig.wasm = wasm;
    if (worker !== undefined) engineConfig.worker = worker;
  }

  #root;
  #ui = {};
  #view;
  #prefix;
  #text = "";
  #analysedText = "";
  #result = null;
  #options = {};
  #mode = "edit";
  #panel = "readability";
  #seq = 0;
  #timer = 0;
  #controller = null;
  #readyPromise = null;
  #resolveReady;
  #rejectReady;
  #engineStarted = false;
  #shown = new Set(HINT_KINDS.map((k) => k.kind));
  #focus = "all";
  #dismissed = new Set();
  #cleanup = true;
  #kept = [];
  #keyword = null;
  #hits = [];
  #hit = -1;
  #host = null;
  #hostListener = () => this.#schedule(DEBOUNCE_MS);
  #valueSet = false;
  #observer = null;
  #engine = null;

  constructor() {
    super();
    this.#prefix = `pl${++instances}`;
    this.#root = this.attachShadow({ mode: "open", delegatesFocus: false });
    this.#root.adoptedStyleSheets = [baseSheet(), highlightSheet(this.#prefix)];
    this.#readyPromise = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    this.#readyPromise.catch(() => {}); // reported through analysis-error
    this.#build();
  }

  // ---- public properties ---------------------------------------------------------------

  /** The text being analysed. Setting it analyses the new text. */
  get value() {
    return this.#host ? this.#readHost() : this.#text;
  }
  set value(text) {
    this.#valueSet = true;
    this.#setText(String(text ?? ""));
    this.#schedule(0);
  }

  /** Engine options (see AnalyzeOptions); `language` and `cleanup` come from the widget. */
  get options() {
    return this.#options;
  }
  set options(options) {
    this.#options = options && typeof options === "object" ? { ...options } : {};
    this.#schedule(0);
  }

  /** "edit" (the text box) or "review" (the text with highlights). */
  get mode() {
    return this.#mode;
  }
  set mode(mode) {
    if (mode === "edit" || mode === "review") this.#setMode(mode);
  }

  /** The latest analysis, or null. */
  get result() {
    return this.#result;
  }

  /** Resolves with { mode: "worker" | "main-thread", version } once the engine is loaded. */
  get ready() {
    this.#startEngine();
    return this.#readyPromise;
  }

  // ---- public methods ------------------------------------------------------------------

  /** Analyses the current text now and resolves with the result. */
  analyze() {
    clearTimeout(this.#timer);
    return this.#run();
  }

  /** Shows hint `index` (into result.hints) in the text. */
  showHint(index) {
    const hint = this.#result?.hints[index];
    if (!hint) return;
    this.#setMode("review");
    this.#view.set("current", [hint.span], 3);
    this.#view.focusSentence(hint.sentence);
    this.#emit("hint-select", { hint, index, sentence: this.#result.sentences[hint.sentence] });
  }

  /** Highlights hint kinds and/or one keyword (by term). */
  highlight({ kinds, keyword } = {}) {
    if (kinds) {
      this.#shown = new Set(kinds);
      this.#renderPanel("stance");
      this.#drawHints();
    }
    if (keyword !== undefined) {
      const row = this.#result?.keywords.find((k) => k.term === keyword);
      if (row) this.#selectKeyword(row);
    }
  }

  /** Removes the keyword highlight and the focused-hint mark. */
  clearHighlights() {
    this.#keyword = null;
    this.#hits = [];
    this.#view.set("keyword", []);
    this.#view.set("current", []);
    this.#ui.where.textContent = "";
    this.#ui.prev.disabled = this.#ui.next.disabled = true;
    for (const b of this.#root.querySelectorAll(".term[aria-pressed='true']")) b.setAttribute("aria-pressed", "false");
  }

  /** The current analysis as a Blob: "json", "csv" (sentences) or "keywords-csv". */
  export(format = "json") {
    if (!this.#result) throw new Error("proselens: nothing analysed yet");
    return exportBlob(format, this.#analysedText, this.#result);
  }

  /** Hides hint `index` (into result.hints) until the text changes a lot or reset(). */
  dismiss(index) {
    const hint = this.#result?.hints[index];
    if (!hint) return;
    this.#dismissed.add(hintKey(this.#analysedText, hint));
    this.#renderPanel("stance");
    this.#drawHints();
  }

  /** Clears the text, the result and every per-text choice. */
  reset() {
    this.#dismissed.clear();
    this.#kept = [];
    this.#result = null;
    this.#setText("");
    this.clearHighlights();
    this.#renderResults();
  }

  // ---- lifecycle -----------------------------------------------------------------------

  connectedCallback() {
    if (!this.#valueSet && !this.#text && !this.hasAttribute("for")) {
      // Initial text is the element's own text nodes (slotted elements are chrome).
      const initial = [...this.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join("").trim();
      if (initial) this.#setText(initial);
    }
    this.#applyAttributes();
    this.#bindHost();
    if (this.value.trim()) {
      this.#schedule(0);
    } else if (this.getAttribute("loading") === "eager") {
      this.#startEngine();
    } else if (typeof IntersectionObserver !== "undefined") {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer.disconnect();
          this.#startEngine();
        }
      });
      this.#observer.observe(this);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#unbindHost();
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#engine?.dispose();
    this.#engine = null;
    this.#view.clear();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "for") {
      this.#bindHost();
      this.#schedule(0);
    } else if (name === "lang" || name === "max-chars") {
      this.#schedule(0);
    } else {
      this.#applyAttributes();
    }
  }

  // ---- building the shadow tree --------------------------------------------------------

  #build() {
    const ui = this.#ui;
    ui.status = h("span", { class: "status", role: "status", "aria-live": "polite", part: "status" });
    ui.edit = button("Edit", { class: "mode", "aria-pressed": "true", onclick: () => this.#setMode("edit") });
    ui.review = button("Review", { class: "mode", "aria-pressed": "false", onclick: () => this.#setMode("review") });
    ui.modes = h("span", { class: "modes", role: "group", "aria-label": "View" }, ui.edit, ui.review);
    ui.analyse = button("Analyse", { class: "primary", onclick: () => this.analyze().then(() => this.#setMode("review"), () => {}) });
    ui.badge = button("Grade —", { class: "badge-button", "aria-expanded": "false", onclick: () => this.#toggleBadge() });
    ui.badge.hidden = true;
    ui.exports = h("span", { part: "export", class: "exports", role: "group", "aria-label": "Export" },
      button("Export JSON", { dataset: { export: "json" }, onclick: () => this.#download("json"), disabled: true }),
      button("Sentences CSV", { dataset: { export: "csv" }, onclick: () => this.#download("csv"), disabled: true }),
      button("Keywords CSV", { dataset: { export: "keywords-csv" }, onclick: () => this.#download("keywords-csv"), disabled: true }));
    const toolbar = h("div", { class: "toolbar", part: "toolbar" },
      ui.badge, ui.modes, ui.analyse, h("slot", { name: "toolbar" }), h("span", { class: "spacer" }), ui.exports, ui.status);

    ui.input = h("textarea", {
      part: "input",
      spellcheck: "true",
      "aria-label": "Text to analyse",
      placeholder: "Paste an article here…",
    });
    ui.input.addEventListener("input", () => {
      this.#text = ui.input.value;
      this.#kept = [];
      if (this.hasAttribute("live")) this.#schedule(DEBOUNCE_MS);
    });
    ui.input.addEventListener("paste", () => {
      // Let the paste land, then analyse and show the result in Review mode.
      setTimeout(() => {
        this.#text = ui.input.value;
        this.#kept = [];
        this.analyze().then(() => this.#setMode("review"), () => {});
      }, 0);
    });
    ui.text = h("div", { class: "review", part: "text", tabindex: "0", role: "region", "aria-label": "Analysed text (review)" });
    ui.text.hidden = true;
    ui.text.addEventListener("keydown", (event) => this.#onReviewKey(event));
    this.#view = new TextView(ui.text, this.#prefix);
    ui.where = h("span", { class: "where", "aria-live": "polite" });
    ui.prev = button("◀ Previous", { disabled: true, onclick: () => this.#step(-1), "aria-label": "Previous occurrence" });
    ui.next = button("Next ▶", { disabled: true, onclick: () => this.#step(1), "aria-label": "Next occurrence" });
    ui.notice = h("p", { class: "notice", role: "note" });
    ui.notice.hidden = true;
    const textCol = h("section", { class: "text-col", "aria-label": "Text" }, ui.notice, ui.input, ui.text,
      h("div", { class: "nav" }, ui.where, ui.prev, ui.next));

    ui.summary = h("div", { class: "cards", part: "summary" });
    ui.tabs = h("div", { class: "tabs", part: "tabs", role: "tablist", "aria-label": "Results" });
    ui.panels = {};
    ui.tabButtons = {};
    for (const [id, label] of PANELS) {
      const tab = h("button", {
        type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`,
        "aria-selected": String(id === this.#panel), tabindex: id === this.#panel ? "0" : "-1",
        dataset: { panel: id }, text: label, part: "button tab",
      });
      tab.addEventListener("click", () => this.#openPanel(id));
      tab.addEventListener("keydown", (event) => this.#onTabKey(event, id));
      ui.tabButtons[id] = tab;
      ui.tabs.append(tab);
      ui.panels[id] = h("div", { role: "tabpanel", id: `panel-${id}`, "aria-labelledby": `tab-${id}`, part: `panel ${id}`, tabindex: "0" });
      ui.panels[id].hidden = id !== this.#panel;
    }
    ui.results = h("section", { class: "results", "aria-label": "Results", "aria-busy": "false" },
      ui.summary, ui.tabs, ...Object.values(ui.panels));
    ui.empty = h("div", { class: "empty" }, h("slot", { name: "empty" }, h("p", { text: "Paste or type a text to see how hard it is to read, what it is about and how it argues." })));
    ui.results.prepend(ui.empty);

    const root = h("div", { class: "root", part: "root" },
      h("slot", { name: "header" }),
      toolbar,
      h("div", { class: "columns" }, textCol, ui.results),
      h("slot", { name: "footer" }),
      h("p", { class: "privacy", part: "privacy-note" },
        h("slot", { name: "privacy-note" }, "Analysed in your browser by this widget: the text is not sent anywhere.")));
    this.#root.replaceChildren(root);
    this.#renderResults();
  }

  #applyAttributes() {
    const features = this.#features();
    for (const [id, , feature] of PANELS) {
      const on = !feature || features.has(feature);
      this.#ui.tabButtons[id].hidden = !on;
      if (!on && this.#panel === id) this.#openPanel(PANELS.find(([, , f]) => !f || features.has(f))[0], false);
    }
    const hints = this.getAttribute("hints");
    if (hints !== null && !this.#hintsApplied) {
      this.#hintsApplied = true;
      this.#shown = new Set(hints.split(/\s+/).filter(Boolean));
    }
    const bound = this.hasAttribute("for");
    this.#ui.modes.hidden = bound || this.hasAttribute("readonly");
    this.#setMode(this.#mode);
    this.#ui.analyse.hidden = bound;
    this.#ui.badge.hidden = this.getAttribute("layout") !== "badge";
    if (this.#result) this.#renderResults();
  }
  #hintsApplied = false;

  #features() {
    const attr = this.getAttribute("features");
    return new Set(attr === null ? FEATURES : attr.split(/\s+/).filter((f) => FEATURES.includes(f)));
  }

  // ---- the host field (for=) -----------------------------------------------------------

  #bindHost() {
    this.#unbindHost();
    const id = this.getAttribute("for");
    if (!id) return;
    const root = this.getRootNode();
    const field = root.getElementById?.(id) ?? document.getElementById(id);
    if (!field) {
      // The field may come later in the document.
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => this.#bindHost(), { once: true });
      return;
    }
    this.#host = field;
    field.addEventListener("input", this.#hostListener);
    this.#setMode("review");
    this.#applyAttributes();
  }

  #unbindHost() {
    this.#host?.removeEventListener("input", this.#hostListener);
    this.#host = null;
  }

  #readHost() {
    const field = this.#host;
    if ("value" in field && typeof field.value === "string") return field.value;
    return field.innerText ?? field.textContent ?? "";
  }

  // ---- analysis ------------------------------------------------------------------------

  #startEngine() {
    if (this.#engineStarted) return;
    this.#engineStarted = true;
    this.#ui.status.textContent = "Loading the analysis engine…";
    sharedEngine(this).then((engine) => {
      const info = { mode: engine.mode, version: engine.version };
      this.dataset.engine = engine.mode;
      this.#resolveReady(info);
      if (!this.#result) this.#ui.status.textContent = "Ready.";
      this.#emit("ready", info);
    }, (error) => {
      this.#engineStarted = false;
      this.#rejectReady(error);
      this.#fail(error);
    });
  }

  #setText(text) {
    if (text !== this.#text) {
      this.#kept = [];
      if (Math.abs(text.length - this.#text.length) > 200) this.#dismissed.clear();
    }
    this.#text = text;
    if (this.#ui.input.value !== text) this.#ui.input.value = text;
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run().catch(() => {}), delay);
  }

  #engineOptions() {
    const options = { ...this.#options, cleanup: this.#cleanup };
    const lang = (this.getAttribute("lang") ?? "").toLowerCase().split("-")[0];
    if (LANGUAGES.includes(lang)) options.language = lang;
    if (this.#kept.length) options.keep = [...this.#kept];
    return options;
  }

  async #run() {
    this.#startEngine();
    const full = this.value;
    const max = Number(this.getAttribute("max-chars")) || DEFAULT_MAX_CHARS;
    let text = full;
    if (full.length > max) {
      const cut = full.lastIndexOf("\n\n", max);
      text = full.slice(0, cut > max / 2 ? cut : max);
    }
    const seq = ++this.#seq;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.#ui.results.setAttribute("aria-busy", "true");
    this.#emit("analysis-start", { length: text.length });
    try {
      // Each widget has its own queue on the shared engine, so widgets never cancel each other.
      this.#engine ??= (await sharedEngine(this)).fork();
      const engine = this.#engine;
      const result = await engine.analyze(text, { ...this.#engineOptions(), signal: controller.signal });
      if (seq !== this.#seq) return result;
      if (text.length < full.length) {
        result.warnings.push({ code: "truncated", message: `Only the first ${text.length.toLocaleString("en")} of ${full.length.toLocaleString("en")} characters were analysed (max-chars).` });
      }
      this.#result = result;
      this.#analysedText = text;
      this.#ui.results.setAttribute("aria-busy", "false");
      this.#renderResults();
      this.#ui.status.classList.remove("error");
      this.#ui.status.textContent = announce(result);
      this.#emit("analysis", result);
      return result;
    } catch (error) {
      if (error?.name === "AbortError") return undefined;
      if (seq === this.#seq) this.#fail(error);
      throw error;
    }
  }

  #fail(error) {
    const code = error?.code ?? "ERR_INTERNAL";
    const message = String(error?.message ?? error);
    this.#ui.results.setAttribute("aria-busy", "false");
    this.#ui.status.classList.add("error");
    this.#ui.status.textContent = code === "ERR_CSP_WASM_BLOCKED"
      ? "This site's Content-Security-Policy blocks WebAssembly: the site owner can add 'wasm-unsafe-eval' to script-src."
      : `Could not analyse: ${message}`;
    this.#emit("analysis-error", { code, message });
  }

  // ---- rendering -----------------------------------------------------------------------

  #renderResults() {
    const result = this.#result;
    const ui = this.#ui;
    ui.empty.hidden = !!result;
    ui.summary.hidden = ui.tabs.hidden = !result;
    for (const b of ui.exports.querySelectorAll("button")) b.disabled = !result;
    for (const [id] of PANELS) ui.panels[id].hidden = !result || id !== this.#panel;
    if (!result) {
      for (const [id] of PANELS) ui.panels[id].replaceChildren();
      ui.summary.replaceChildren();
      ui.text.replaceChildren();
      return;
    }
    const warnings = result.warnings.filter((w) => w.code !== "short-text" || result.stats.words > 0);
    ui.notice.hidden = !warnings.length;
    ui.notice.textContent = warnings.map((w) => w.message).join(" ");
    ui.summary.replaceChildren(...renderSummary(result, (panel) => this.#openPanel(panel)));
    const consensus = result.readability.consensus;
    ui.badge.textContent = consensus ? `Grade ${num(consensus.grade)} · ${bandLabel(consensus.band)}` : "Grade —";
    for (const [id] of PANELS) this.#renderPanel(id);
    this.#view.render(this.#analysedText, result);
    this.#keyword = result.keywords.find((k) => k.term === this.#keyword?.term) ?? null;
    this.#drawAll();
  }

  #renderPanel(id) {
    const result = this.#result;
    if (!result) return;
    const text = this.#analysedText;
    let content;
    if (id === "readability") content = renderReadability(text, result, { showSentence: (i) => this.#showSentence(i) });
    else if (id === "keywords") content = renderKeywords(result, { selectKeyword: (k) => this.#selectKeyword(k), selected: this.#keyword?.term });
    else if (id === "stance") {
      content = renderStance(text, result, {
        shown: this.#shown,
        focus: this.#focus,
        dismissed: this.#dismissed,
        toggleKind: (kind) => {
          if (this.#shown.has(kind)) this.#shown.delete(kind);
          else this.#shown.add(kind);
          this.#rerenderKeepingFocus("stance");
          this.#drawHints();
        },
        setFocus: (focus) => {
          this.#focus = focus;
          this.#rerenderKeepingFocus("stance");
        },
        showHint: (i) => this.showHint(i),
        dismiss: (i) => this.dismiss(i),
        restoreDismissed: () => {
          this.#dismissed.clear();
          this.#renderPanel("stance");
          this.#drawHints();
        },
      });
    } else {
      content = renderSetAside(text, result, {
        cleanup: this.#cleanup,
        kept: this.#kept,
        keep: (start) => {
          this.#kept.push(start);
          this.analyze().catch(() => {});
        },
        unkeep: (start) => {
          this.#kept = this.#kept.filter((s) => s !== start);
          this.analyze().catch(() => {});
        },
        setCleanup: (on) => {
          this.#cleanup = on;
          this.analyze().catch(() => {});
        },
      });
    }
    this.#ui.panels[id].replaceChildren(...content.filter(Boolean));
  }

  // Re-renders a panel and puts focus back on the control with the same data attributes.
  #rerenderKeepingFocus(id) {
    const active = this.#root.activeElement;
    const key = active ? JSON.stringify({ ...active.dataset }) : null;
    this.#renderPanel(id);
    if (key) {
      for (const node of this.#ui.panels[id].querySelectorAll("button")) {
        if (JSON.stringify({ ...node.dataset }) === key) {
          node.focus();
          break;
        }
      }
    }
  }

  #drawAll() {
    const result = this.#result;
    this.#view.set("hard", result.sentences.filter((s) => s.difficulty === "hard").map((s) => s.span), 0);
    this.#view.set("very-hard", result.sentences.filter((s) => s.difficulty === "very-hard").map((s) => s.span), 0);
    this.#drawHints();
    this.#drawKeyword();
  }

  #drawHints() {
    const result = this.#result;
    if (!result) return;
    const text = this.#analysedText;
    for (const { kind } of HINT_KINDS) {
      const spans = this.#shown.has(kind)
        ? result.hints.filter((hint) => hint.kind === kind && !this.#dismissed.has(hintKey(text, hint))).map((hint) => hint.span)
        : [];
      this.#view.set(`hint-${kind}`, spans, 1);
    }
  }

  #drawKeyword() {
    const k = this.#keyword;
    this.#hits = k ? k.occurrences : [];
    this.#view.set("keyword", this.#hits, 2);
    this.#view.set("current", []);
    this.#ui.prev.disabled = this.#ui.next.disabled = this.#hits.length === 0;
    this.#ui.where.textContent = k ? `“${k.term}”: ${this.#hits.length} occurrence${this.#hits.length === 1 ? "" : "s"} highlighted.` : "";
    this.#ui.text.dataset.highlighted = String(this.#hits.length);
  }

  #selectKeyword(keyword) {
    this.#keyword = keyword;
    this.#hit = -1;
    for (const b of this.#root.querySelectorAll(".term")) b.setAttribute("aria-pressed", String(b.dataset.term === keyword.term));
    this.#setMode("review");
    this.#drawKeyword();
    this.#step(1);
    this.#emit("keyword-select", { term: keyword.term, kind: keyword.kind, count: keyword.count, occurrences: keyword.occurrences });
  }

  #step(direction) {
    if (!this.#hits.length) return;
    this.#hit = (this.#hit + direction + this.#hits.length) % this.#hits.length;
    const span = this.#hits[this.#hit];
    this.#view.set("current", [span], 3);
    this.#view.reveal(span);
    this.#ui.where.textContent = `“${this.#keyword.term}”: occurrence ${this.#hit + 1} of ${this.#hits.length}.`;
  }

  #showSentence(index) {
    this.#setMode("review");
    const sentence = this.#result.sentences[index];
    this.#view.set("current", [sentence.span], 3);
    this.#view.focusSentence(index);
  }

  #setMode(mode) {
    this.#mode = mode;
    const bound = this.hasAttribute("for") || this.hasAttribute("readonly");
    this.#ui.edit.setAttribute("aria-pressed", String(mode === "edit"));
    this.#ui.review.setAttribute("aria-pressed", String(mode === "review"));
    this.#ui.input.hidden = bound || mode !== "edit";
    this.#ui.text.hidden = !bound && mode !== "review";
    if (mode === "edit" && !bound) this.#ui.input.value = this.#text;
  }

  #openPanel(id, focus = true) {
    this.#panel = id;
    for (const [pid] of PANELS) {
      const selected = pid === id;
      this.#ui.tabButtons[pid].setAttribute("aria-selected", String(selected));
      this.#ui.tabButtons[pid].tabIndex = selected ? 0 : -1;
      this.#ui.panels[pid].hidden = !this.#result || !selected;
    }
    if (focus && this.#result) this.#ui.tabButtons[id].focus();
  }

  #onTabKey(event, id) {
    const visible = PANELS.map(([pid]) => pid).filter((pid) => !this.#ui.tabButtons[pid].hidden);
    const at = visible.indexOf(id);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: visible.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.#openPanel(visible[(to + visible.length) % visible.length]);
  }

  // F8 / Shift+F8 (or Alt+↓ / Alt+↑) jump between sentences with hints or difficulty.
  #onReviewKey(event) {
    const forward = event.key === "F8" ? !event.shiftKey : event.altKey && event.key === "ArrowDown" ? true : event.altKey && event.key === "ArrowUp" ? false : null;
    if (forward === null || !this.#result) return;
    event.preventDefault();
    const flagged = this.#result.sentences
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.difficulty !== "ok" || s.hints.some((x) => this.#shown.has(this.#result.hints[x].kind)))
      .map(({ i }) => i);
    if (!flagged.length) return;
    const current = Number(this.#root.activeElement?.dataset?.i ?? -1);
    const next = forward ? flagged.find((i) => i > current) ?? flagged[0] : [...flagged].reverse().find((i) => i < current) ?? flagged.at(-1);
    this.#showSentence(next);
  }

  #toggleBadge() {
    const open = !this.hasAttribute("open");
    this.toggleAttribute("open", open);
    this.#ui.badge.setAttribute("aria-expanded", String(open));
  }

  #download(format) {
    const blob = this.export(format);
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: exportName(format) });
    link.hidden = true;
    this.#root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#emit("export", { format });
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
