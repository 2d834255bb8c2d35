// Browser and bundler entry of the npm package "proselens".
// `await init()` once (idempotent), then call `analyze(text, options)` synchronously.
import initWasm, * as wasm from "../pkg/web/proselens.js";
import { codedError, makeApi } from "./api.js";

let ready = false;
let pending = null;

/**
 * Loads and instantiates the engine. Idempotent: later calls return the same promise.
 * @param {{ wasm?: URL | string | BufferSource | WebAssembly.Module }} [input]
 */
export function init(input = {}) {
  if (pending) return pending;
  const source = input.wasm ?? new URL("../pkg/web/proselens_bg.wasm", import.meta.url);
  pending = initWasm({ module_or_path: source }).then(
    () => {
      ready = true;
    },
    (cause) => {
      pending = null; // allow a retry, e.g. after a network error
      throw codedError("ERR_WASM_LOAD", `proselens: could not load the engine: ${cause?.message ?? cause}`);
    },
  );
  return pending;
}

const api = makeApi(wasm, () => ready);

/** Analyses `text`; see Analysis in index.d.ts. */
export const analyze = api.analyze;
/** Syllables in one word, as the readability formulas count them. */
export const countSyllables = api.countSyllables;
/** The version of the result shape. */
export const schemaVersion = api.schemaVersion;
