// Types of "proselens/inline": the same API as "proselens", engine bytes embedded.
export type { Analysis, AnalyzeOptions, Analyzer, AnalyzerCallOptions, Span, HintKind, Keyword, Sentence, Hint, Formula } from "./index.js";
export { analyze, countSyllables, schemaVersion } from "./index.js";
import type { Analyzer, WasmSource } from "./index.js";

/** The embedded engine's wasm bytes. */
export const engineBytes: Uint8Array;
/** Loads the embedded engine (idempotent). */
export function init(): Promise<void>;
/** createAnalyzer() with the embedded engine. */
export function createAnalyzer(options?: { worker?: boolean | URL | string; wasm?: WasmSource }): Promise<Analyzer>;
