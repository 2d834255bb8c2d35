// Peak memory of one tool on one input, in a child process of its own:
// `node bench/memory.mjs TOOL FILE` prints JSON {rssBefore, peakRss, wasmBytes}.
// peakRss is the process's peak resident set during the analysis (VmHWM, reset just before
// it through /proc/self/clear_refs); the difference from rssBefore (after loading the tool,
// a small warm-up and a GC) is what the analysis itself needed. For proselens, wasmBytes is the size of the wasm linear memory
// afterwards: it never shrinks, so it is its peak.
import { readFileSync, writeFileSync } from "node:fs";
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
globalThis.gc?.();
// Linux resets the peak resident set (VmHWM) when "5" is written to clear_refs, so the
// peak read afterwards belongs to the analysis alone, not to loading the tool.
let resettable = true;
try {
  writeFileSync("/proc/self/clear_refs", "5");
} catch {
  resettable = false;
}
const status = (field) => Number(readFileSync("/proc/self/status", "utf8").match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) * 1024;
const rssBefore = resettable ? status("VmRSS") : process.memoryUsage().rss;
run(text);
const peakRss = resettable ? status("VmHWM") : process.resourceUsage().maxRSS * 1024;
const wasmBytes = memory ? memory.buffer.byteLength : null;
console.log(JSON.stringify({ rssBefore, peakRss, wasmBefore, wasmBytes }));
