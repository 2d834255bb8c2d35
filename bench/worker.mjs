// One tool in one worker thread: loads it (timed: cold start = load + first run), then
// times each input it is sent. The main thread enforces timeouts by terminating it.
import { parentPort, workerData } from "node:worker_threads";
import { TOOLS } from "./tools.mjs";

const start = performance.now();
const run = await TOOLS[workerData.tool].load();
const loaded = performance.now();
run(workerData.first);
const cold = performance.now() - start;
parentPort.postMessage({ ready: true, loadMs: loaded - start, coldMs: cold });

parentPort.on("message", ({ text, runs, budgetMs }) => {
  // Warm-up: V8 tiers hot wasm and JS functions up to its optimising compiler only after
  // they have run a while, so time is spent first until 3 runs and 300 ms have passed.
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < 300; i++) {
    run(text);
    if (performance.now() - warm > budgetMs / 8) break;
  }
  const times = [];
  const begin = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run(text);
    times.push(performance.now() - t0);
    // A slow tool is not made to repeat a run that already took most of the budget.
    if (performance.now() - begin > budgetMs / 4) break;
  }
  parentPort.postMessage({ times });
});
