// Types of "proselens/element" (the class, no side effects) and "proselens/define".
import type { Analysis, AnalyzeOptions, HintKind, Hint, Sentence, Span, WasmSource } from "../js/index.js";

export interface ProseLensEventMap {
  ready: CustomEvent<{ mode: "worker" | "main-thread"; version: string }>;
  "analysis-start": CustomEvent<{ length: number }>;
  analysis: CustomEvent<Analysis>;
  "analysis-error": CustomEvent<{ code: string; message: string }>;
  "hint-select": CustomEvent<{ hint: Hint; index: number; sentence: Sentence }>;
  "keyword-select": CustomEvent<{ term: string; kind: "name" | "phrase" | "word"; count: number; occurrences: Span[] }>;
  export: CustomEvent<{ format: ExportFormat }>;
}

export type ExportFormat = "json" | "csv" | "keywords-csv";

/**
 * <prose-lens>. Attributes: lang, features ("readability keywords stance"), hints (kinds
 * shown), layout (full | compact | badge), theme (auto | light | dark), live, for (id of a
 * host textarea, input or contenteditable), max-chars, readonly, loading (lazy | eager),
 * wasm-src (URL or "inline"), worker-src (URL, or "" for the main thread).
 */
export class ProseLens extends HTMLElement {
  /** Where every widget on the page loads the engine from; call before the first starts. */
  static configure(options: { wasm?: WasmSource | "inline"; worker?: boolean | URL | string }): void;
  /** The text (the host field's when `for` is set). Setting it analyses it. */
  value: string;
  /** Engine options; `language` comes from `lang`, `cleanup`/`keep` from the widget. */
  options: AnalyzeOptions;
  /** "edit" (text box) or "review" (text with highlights). */
  mode: "edit" | "review";
  /** The latest analysis. */
  readonly result: Analysis | null;
  /** Resolves once the engine is loaded. */
  readonly ready: Promise<{ mode: "worker" | "main-thread"; version: string }>;
  analyze(): Promise<Analysis | undefined>;
  showHint(index: number): void;
  highlight(what: { kinds?: HintKind[]; keyword?: string }): void;
  clearHighlights(): void;
  export(format?: ExportFormat): Blob;
  dismiss(index: number): void;
  reset(): void;
  addEventListener<K extends keyof ProseLensEventMap>(type: K, listener: (this: ProseLens, ev: ProseLensEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "prose-lens": ProseLens;
  }
}
