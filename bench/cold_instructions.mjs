// Loads the engine and runs one first analysis, for counting the instructions of a cold
// start under callgrind (the wall clock here swings 3×; counts do not). With
// --single-threaded, V8's background compiles (Liftoff and the TurboFan tier-up that a
// first analysis triggers) run on the main thread, so they are counted too:
//   valgrind --tool=callgrind node --single-threaded bench/cold_instructions.mjs pkg/web load
//   valgrind --tool=callgrind node --single-threaded bench/cold_instructions.mjs pkg/web first
// The difference is the first analysis of the 8 KB bench article (target/bench/prose-8192.txt,
// written by `make bench`, or any FILE given as a third argument).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, mode, file] = process.argv.slice(2);
const wasm = await import(pathToFileURL(`${resolve(dir)}/proselens.js`).href);
wasm.initSync({ module: readFileSync(`${resolve(dir)}/proselens_bg.wasm`) });
const { makeApi } = await import("../js/api.js");
const { analyze } = makeApi(wasm, () => true);
if (mode !== "load") analyze(readFileSync(file ?? "target/bench/prose-8192.txt", "utf8"));
