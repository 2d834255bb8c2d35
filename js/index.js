// Browser and bundler entry of the npm package "proselens".
// `await init()` once (idempotent), then call `analyze(text, options)` synchronously, or
// use `createAnalyzer()` to analyse in a worker with cancellation.
import initWasm, * as wasm from "../pkg/web/proselens.js";
import { codedError, makeApi } from "./api.js";
import { compileEngine, mainThreadAnalyzer, workerAnalyzer } from "./analyzer.js";

const DEFAULT_WASM = () => new URL("../pkg/web/proselens_bg.wasm", import.meta.url);
// Written out in full so bundlers (Vite, webpack) see the worker and bundle it.
const spawnWorker = () => new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "proselens" });

let ready = false;
let pending = null;

function loadError(cause) {
  const message = String(cause?.message ?? cause);
  // A page whose CSP lacks 'wasm-unsafe-eval' cannot compile any WebAssembly.
  if (/Content Security Policy|wasm-unsafe-eval|CSP/i.test(message)) {
    return codedError(
      "ERR_CSP_WASM_BLOCKED",
      "proselens: this page's Content-Security-Policy blocks WebAssembly; add 'wasm-unsafe-eval' to script-src",
    );
  }
  return codedError("ERR_WASM_LOAD", `proselens: could not load the engine: ${message}`);
}

/** Compiles the engine, turning any failure into a coded error. */
async function compile(source) {
  try {
    return await compileEngine(source);
  } catch (cause) {
    throw cause?.code ? cause : loadError(cause);
  }
}

/**
 * Loads and instantiates the engine on this thread. Idempotent: later calls return the
 * same promise.
 * @param {{ wasm?: URL | string | Response | BufferSource | WebAssembly.Module }} [input]
 */
export function init(input = {}) {
  if (pending) return pending;
  const source = input.wasm ?? DEFAULT_WASM();
  pending = compile(source)
    .then((module) => initWasm({ module_or_path: module }))
    .then(
      () => {
        ready = true;
      },
      (cause) => {
        pending = null; // allow a retry, e.g. after a network error
        throw cause?.code ? cause : loadError(cause);
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

/**
 * An analyzer that runs in a module worker when it can (same-origin worker file, CSP
 * allows it) and on the main thread otherwise; `mode` says which.
 * @param {{ worker?: boolean | URL | string, wasm?: URL | string | Response | BufferSource | WebAssembly.Module }} [options]
 */
export async function createAnalyzer(options = {}) {
  const module = await compile(options.wasm ?? DEFAULT_WASM());
  const wanted = options.worker ?? true;
  if (wanted && typeof Worker !== "undefined") {
    const spawn = wanted === true ? spawnWorker : () => new Worker(wanted, { type: "module", name: "proselens" });
    try {
      return await workerAnalyzer(spawn, module);
    } catch {
      // Cross-origin script, CSP or a failed load: analyse on this thread instead.
    }
  }
  await init({ wasm: module });
  return mainThreadAnalyzer(api.analyze, api.schemaVersion());
}
