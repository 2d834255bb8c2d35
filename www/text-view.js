// The review view: the analysed text rendered with text nodes only, one <span> per
// sentence, set-aside stretches dimmed, and every highlight drawn with the CSS Custom
// Highlight API (names namespaced per widget). Without that API, keyword occurrences are
// wrapped in <mark> elements made with DOM calls; the hint list stays the accessible
// source of truth either way.
import { h } from "./dom.js";

const HAS_HIGHLIGHTS = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";

export class TextView {
  /**
   * @param {HTMLElement} root the container (white-space: pre-wrap)
   * @param {string} prefix highlight-name prefix unique to this widget
   */
  constructor(root, prefix) {
    this.root = root;
    this.prefix = prefix;
    this.pieces = []; // { start, end, node: Text } in text order
    this.sentenceNodes = [];
    this.layers = new Set();
    this.marks = [];
  }

  /** The highlight name of `layer` for this widget. */
  name(layer) {
    return `${this.prefix}-${layer}`;
  }

  /** Renders `text` with the sentences and set-aside stretches of `result`. */
  render(text, result) {
    this.clear();
    const parts = [];
    const sentenceNodes = [];
    const marks = [
      ...result.sentences.map((s, i) => ({ span: s.span, sentence: i, difficulty: s.difficulty })),
      ...result.cleanup.blocks.map((b) => ({ span: b.span, aside: b })),
    ].sort((a, b) => a.span.start - b.span.start);
    let at = 0;
    for (const mark of marks) {
      if (mark.span.start < at) continue;
      if (mark.span.start > at) parts.push(text.slice(at, mark.span.start));
      const content = text.slice(mark.span.start, mark.span.end);
      if (mark.aside) {
        parts.push(h("span", { class: "aside", title: `Set aside: ${mark.aside.detail}` }, content));
      } else {
        const span = h("span", {
          class: "s",
          part: "sentence",
          tabindex: "-1",
          dataset: { i: String(mark.sentence), difficulty: mark.difficulty },
        }, content);
        sentenceNodes[mark.sentence] = span;
        parts.push(span);
      }
      at = mark.span.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    this.root.replaceChildren(...parts);
    this.sentenceNodes = sentenceNodes;
    this.reindex();
  }

  /** A DOM Range for a UTF-16 span of the rendered text, or null. */
  range(span) {
    const start = this.locate(span.start, false);
    const end = this.locate(span.end, true);
    if (!start || !end) return null;
    const range = document.createRange();
    range.setStart(start.node, span.start - start.start);
    range.setEnd(end.node, span.end - end.start);
    return range;
  }

  locate(offset, isEnd) {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid];
      if (isEnd ? offset <= p.start : offset < p.start) hi = mid - 1;
      else if (isEnd ? offset > p.end : offset >= p.end) lo = mid + 1;
      else return p;
    }
    return null;
  }

  /** Draws `spans` as highlight `layer` (replacing what it drew before). */
  set(layer, spans, priority = 0) {
    if (HAS_HIGHLIGHTS) {
      const name = this.name(layer);
      if (!spans.length) {
        CSS.highlights.delete(name);
        this.layers.delete(name);
        return;
      }
      const highlight = new Highlight(...spans.map((s) => this.range(s)).filter(Boolean));
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
      this.layers.add(name);
    } else if (layer === "keyword" || layer === "current") {
      this.markFallback(layer, spans);
    }
  }

  markFallback(layer, spans) {
    for (const mark of this.marks.filter((m) => m.dataset.layer === layer)) mark.replaceWith(...mark.childNodes);
    this.marks = this.marks.filter((m) => m.dataset.layer !== layer);
    this.root.normalize();
    this.reindex();
    // Wrap from the end so earlier offsets stay valid.
    for (const span of [...spans].sort((a, b) => b.start - a.start)) {
      const range = this.range(span);
      if (!range) continue;
      try {
        const mark = h("mark", { dataset: { layer } });
        range.surroundContents(mark);
        this.marks.push(mark);
      } catch {
        // The span crosses elements; the list still reports it.
      }
    }
    this.reindex();
  }

  // Builds the offset table (text node → UTF-16 offsets) from the DOM, after rendering and
  // after <mark> surgery.
  reindex() {
    const pieces = [];
    let at = 0;
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      pieces.push({ start: at, end: at + node.length, node });
      at += node.length;
    }
    this.pieces = pieces;
  }

  /** Scrolls the view so `span` is visible. */
  reveal(span) {
    const range = this.range(span);
    if (!range) return;
    const rect = range.getBoundingClientRect();
    const box = this.root.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) {
      this.root.scrollTop += rect.top - box.top - this.root.clientHeight / 3;
    }
  }

  /** Focuses sentence `index` (for "Show in text"). */
  focusSentence(index) {
    const node = this.sentenceNodes[index];
    if (!node) return;
    node.focus({ preventScroll: true });
    node.scrollIntoView?.({ block: "center" });
  }

  /** Removes every highlight this view drew. */
  clear() {
    if (HAS_HIGHLIGHTS) for (const name of this.layers) CSS.highlights.delete(name);
    this.layers.clear();
    this.marks = [];
  }
}

export { HAS_HIGHLIGHTS };
