// Entry "proselens/inline": the same API as "proselens", with the engine's wasm bytes
// embedded in JavaScript. A page whose CSP forbids every connection (connect-src 'none')
// or a single-file build can start the engine without fetching anything.
import { wasmBytes } from "../pkg/web/proselens_inline.js";
import * as base from "./index.js";

export { analyze, countSyllables, schemaVersion } from "./index.js";

/** The embedded engine bytes (decoded once). */
export const engineBytes = wasmBytes();

/** Loads the embedded engine (idempotent). */
export function init() {
  return base.init({ wasm: engineBytes });
}

/** createAnalyzer() with the embedded engine; same options otherwise. */
export function createAnalyzer(options = {}) {
  return base.createAnalyzer({ ...options, wasm: options.wasm ?? engineBytes });
}
