// Quick A/B timing of one build of the engine (not part of `make bench`):
//   node bench/quick.mjs [pkg dir, default pkg/web]
// Median warm time for the 8 KB, 100 KB and 1 MB prose inputs of the bench corpus.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { prose } from "./corpus.mjs";

const dir = resolve(process.argv[2] ?? "pkg/web");
const t0 = performance.now();
const wasm = await import(pathToFileURL(`${dir}/proselens.js`).href);
wasm.initSync({ module: readFileSync(`${dir}/proselens_bg.wasm`) });
const { makeApi } = await import("../js/api.js");
const { analyze } = makeApi(wasm, () => true);
analyze("A first short text. It is warm.");
const cold = performance.now() - t0;
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const out = [`cold ${cold.toFixed(1)} ms`];
for (const [n, runs] of [[8192, 60], [100_000, 15], [1_000_000, 7]]) {
  const text = prose(n);
  analyze(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyze(text);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  out.push(`${n} B ${ms.toFixed(2)} ms (${(n / 1000 / ms).toFixed(2)} MB/s)`);
}
console.log(out.join("; "));
