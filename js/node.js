// Node entry of the npm package "proselens": the engine is ready on import.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/web/proselens.js";
import { makeApi } from "./api.js";
import { mainThreadAnalyzer } from "./analyzer.js";

wasm.initSync({ module: readFileSync(new URL("../pkg/web/proselens_bg.wasm", import.meta.url)) });

/** Already initialised in Node; resolves at once. Idempotent. */
export function init() {
  return Promise.resolve();
}

const api = makeApi(wasm, () => true);

/** Analyses `text`; see Analysis in index.d.ts. */
export const analyze = api.analyze;
/** Syllables in one word, as the readability formulas count them. */
export const countSyllables = api.countSyllables;
/** The version of the result shape. */
export const schemaVersion = api.schemaVersion;

/**
 * The same interface as in browsers. In Node it always runs on the calling thread
 * (`mode: "main-thread"`); use worker_threads yourself for parallelism.
 */
export async function createAnalyzer() {
  return mainThreadAnalyzer(api.analyze, api.schemaVersion());
}
