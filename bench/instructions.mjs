// Runs the engine N times over one file, for counting V8's instructions under callgrind (the
// machine's wall clock varies ±50 %; instruction counts do not). One warm analysis costs
// (count at N = 10 − count at N = 2) ÷ 8:
//   valgrind --tool=callgrind node --single-threaded --no-liftoff bench/instructions.mjs pkg/web FILE 2
//   valgrind --tool=callgrind node --single-threaded --no-liftoff bench/instructions.mjs pkg/web FILE 10
// (--no-liftoff: every function is compiled by TurboFan on its first call, so both runs
// include the same compile work.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, file, runs] = process.argv.slice(2);
const wasm = await import(pathToFileURL(`${resolve(dir)}/proselens.js`).href);
wasm.initSync({ module: readFileSync(`${resolve(dir)}/proselens_bg.wasm`) });
const { makeApi } = await import("../js/api.js");
const { analyze } = makeApi(wasm, () => true);
const text = readFileSync(file, "utf8");
for (let i = 0; i < Number(runs ?? 1); i++) analyze(text);
