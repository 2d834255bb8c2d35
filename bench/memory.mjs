// Peak memory of one tool on one input, in a child process of its own:
// `node bench/memory.mjs TOOL FILE` prints JSON {rssBefore, peakRss, wasmBytes}.
// peakRss is the process's maximum resident set (getrusage) after one analysis; the
// difference from rssBefore (after loading the tool and a small warm-up) is what the
// analysis itself needed. For proselens, wasmBytes is the size of the wasm linear memory
// afterwards: it never shrinks, so it is its peak.
import { readFileSync } from "node:fs";
import { TOOLS } from "./tools.mjs";

const [tool, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const run = await TOOLS[tool].load();
run("A short warm-up sentence. It may rain.");
let memory = null;
if (tool === "proselens") {
  const { initSync } = await import("../pkg/web/proselens.js");
  memory = initSync({ module: readFileSync(new URL("../pkg/web/proselens_bg.wasm", import.meta.url)) }).memory;
}
const wasmBefore = memory ? memory.buffer.byteLength : null;
const rssBefore = process.memoryUsage().rss;
run(text);
const peakRss = process.resourceUsage().maxRSS * 1024;
const wasmBytes = memory ? memory.buffer.byteLength : null;
console.log(JSON.stringify({ rssBefore, peakRss, wasmBefore, wasmBytes }));
