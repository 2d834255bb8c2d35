// `make bench`: proselens and its peers over the same corpus in one Node process (each tool
// in a worker thread of its own, so a peer that hangs can be stopped), then peak memory in
// child processes. Prints a table and writes bench/RESULTS.md.
//
//   node bench/run.mjs            full run (8 KB … 10 MB, adversarial inputs, ~25 min)
//   node bench/run.mjs --quick    8 KB … 1 MB, fewer runs (~10 min)
//   BENCH_TIMEOUT=60              seconds one tool may spend on one input (default 60)
import { Worker } from "node:worker_threads";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { prose, ADVERSARIAL } from "./corpus.mjs";
import { TOOLS } from "./tools.mjs";

const QUICK = process.argv.includes("--quick");
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT ?? 60) * 1000;
const KB = 1000;
const MB = 1000 * KB;
const label = (n) => (n >= MB ? `${n / MB} MB` : n === 8192 ? "8 KB" : `${n / KB} KB`);
const PROSE_SIZES = QUICK ? [8192, 10 * KB, 100 * KB, MB] : [8192, 10 * KB, 100 * KB, MB, 10 * MB];
const ADV_SIZES = QUICK ? [10 * KB, 100 * KB, MB] : [10 * KB, 100 * KB, MB, 10 * MB];
const runsFor = (n) => (n <= 10 * KB ? (QUICK ? 20 : 50) : n <= 100 * KB ? 15 : n <= MB ? 7 : 3);
const PEERS = Object.keys(TOOLS).filter((t) => t !== "proselens");

/** Every input: prose at each size, each adversarial family at each size. */
function corpus() {
  const inputs = [];
  for (const n of PROSE_SIZES) inputs.push({ family: "prose", size: n, text: prose(n) });
  for (const [family, make] of Object.entries(ADVERSARIAL)) {
    for (const n of ADV_SIZES) inputs.push({ family, size: n, text: make(n) });
  }
  return inputs;
}

/** Peers run on every prose size and on the 1 MB adversarial inputs; proselens on all. */
const wanted = (tool, input) =>
  tool === "proselens" || input.family === "prose" || input.size === MB;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

class ToolWorker {
  constructor(tool, first) {
    this.tool = tool;
    this.first = first;
  }
  async start() {
    this.worker = new Worker(new URL("./worker.mjs", import.meta.url), {
      workerData: { tool: this.tool, first: this.first },
    });
    const ready = await this.#next(TIMEOUT_MS);
    return ready;
  }
  #next(timeout) {
    return new Promise((resolve) => {
      const worker = this.worker;
      const done = (value) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(value);
      };
      const onMessage = (m) => done(m);
      const onError = (e) => done({ error: String(e?.message ?? e) });
      const timer = setTimeout(() => {
        worker.terminate();
        this.worker = null;
        done({ timeout: true });
      }, timeout);
      worker.on("message", onMessage);
      worker.on("error", onError);
    });
  }
  async time(text, runs) {
    if (!this.worker) await this.start();
    this.worker.postMessage({ text, runs, budgetMs: TIMEOUT_MS });
    return this.#next(TIMEOUT_MS);
  }
  stop() {
    this.worker?.terminate();
  }
}

async function timeAll(inputs) {
  const first = prose(8192);
  const results = {}; // tool -> key -> {ms, runs} | {timeout} | {error}
  const cold = {};
  for (const tool of Object.keys(TOOLS)) {
    results[tool] = {};
    const w = new ToolWorker(tool, first);
    const ready = await w.start();
    cold[tool] = ready;
    const skip = new Set(); // families that timed out at a smaller size
    for (const input of inputs) {
      if (!wanted(tool, input)) continue;
      const key = `${input.family}@${input.size}`;
      if (skip.has(input.family)) {
        results[tool][key] = { skipped: true };
        continue;
      }
      const r = await w.time(input.text, runsFor(input.size));
      if (r.timeout || r.error) {
        results[tool][key] = r;
        skip.add(input.family);
        if (r.timeout) w.worker = null;
      } else {
        results[tool][key] = { ms: median(r.times), runs: r.times.length };
      }
      const shown = results[tool][key];
      const shownText = shown.ms !== undefined ? `${shown.ms.toFixed(2)} ms (${shown.runs} runs)` : JSON.stringify(shown);
      console.log(`${tool.padEnd(20)} ${input.family.padEnd(20)} ${label(input.size).padStart(7)}  ${shownText}`);
    }
    w.stop();
  }
  return { results, cold };
}

const DIR = new URL("../target/bench/", import.meta.url);
const fileOf = (input) => new URL(`${input.family.replace(/\W+/g, "-")}-${input.size}.txt`, DIR);

/** Writes the corpus to target/bench/ (read by the memory children and the native bench). */
function writeCorpus(inputs) {
  mkdirSync(DIR, { recursive: true });
  for (const input of inputs) writeFileSync(fileOf(input), input.text);
}

function memoryAll(inputs) {
  const memory = {};
  for (const tool of Object.keys(TOOLS)) {
    memory[tool] = {};
    for (const input of inputs) {
      const own = tool === "proselens" && input.size >= 100 * KB;
      const peer = input.family === "prose" && input.size === MB;
      if (!own && !peer) continue;
      const file = fileOf(input);
      const key = `${input.family}@${input.size}`;
      try {
        const out = execFileSync(process.execPath, ["--expose-gc", new URL("./memory.mjs", import.meta.url).pathname, tool, file.pathname], {
          timeout: TIMEOUT_MS * 2,
          maxBuffer: 1 << 20,
        });
        memory[tool][key] = JSON.parse(out.toString());
      } catch (e) {
        memory[tool][key] = { error: e.signal ? "timeout" : "failed" };
      }
    }
  }
  return memory;
}

const fmtMs = (r) => (!r ? "—" : r.ms !== undefined ? (r.ms < 10 ? r.ms.toFixed(2) : r.ms.toFixed(0)) : r.timeout ? "timeout" : r.skipped ? "skipped" : "error");
const mbs = (size, r) => (r?.ms ? (size / 1e6 / (r.ms / 1000)).toFixed(1) : "—");
const mib = (bytes) => (bytes / 1048576).toFixed(1);

function report(inputs, { results, cold }, memory) {
  const own = results.proselens;
  const lines = [];
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  lines.push("# Benchmark results", "");
  lines.push(`Written by \`make bench\` (${QUICK ? "quick run" : "full run"}) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpu}.`);
  lines.push("Every tool ran in its own worker thread of one Node process, over the same inputs (bench/corpus.mjs, deterministic).");
  lines.push(`Median of up to ${runsFor(8192)} runs (8 KB) … 3 runs (10 MB) after a warm-up of at least 3 runs and 300 ms (so V8 has tiered the code up); a tool gets ${TIMEOUT_MS / 1000} s per input, and after a timeout its larger inputs of that family are skipped.`);
  lines.push("Ratio = the peer's median time ÷ proselens's median time on the same input (higher = proselens faster).", "");
  lines.push("What each tool computes:", "");
  for (const [name, t] of Object.entries(TOOLS)) lines.push(`- **${name}**: ${t.does}`);
  lines.push("", "## Time per input (ms, median) and ratio to proselens", "");
  lines.push(`| input | proselens | MB/s | ${PEERS.map((p) => `${p} | ×`).join(" | ")} |`);
  lines.push(`|---|---:|---:|${PEERS.map(() => "---:|---:").join("|")}|`);
  for (const input of inputs) {
    const key = `${input.family}@${input.size}`;
    if (!PEERS.some((p) => results[p][key]) && input.family !== "prose" && input.size !== MB) continue;
    const mine = own[key];
    const cells = PEERS.map((p) => {
      const r = results[p][key];
      const ratio = r?.ms && mine?.ms ? `${(r.ms / mine.ms).toFixed(1)}×` : "—";
      return `${fmtMs(r)} | ${ratio}`;
    });
    lines.push(`| ${input.family} ${label(input.size)} | ${fmtMs(mine)} | ${mbs(input.size, mine)} | ${cells.join(" | ")} |`);
  }
  lines.push("", "## Cold start (load the tool + first analysis of the 8 KB article, fresh worker)", "");
  lines.push("| tool | load ms | load + first run ms |", "|---|---:|---:|");
  for (const [tool, c] of Object.entries(cold)) lines.push(`| ${tool} | ${c.loadMs?.toFixed(1) ?? "—"} | ${c.coldMs?.toFixed(1) ?? "—"} |`);
  lines.push("", "## proselens scaling (time ratio for 10× the input; goal ≤ 12)", "");
  const families = ["prose", ...Object.keys(ADVERSARIAL)];
  const steps = ADV_SIZES.slice(1).map((n, i) => [ADV_SIZES[i], n]);
  lines.push(`| family | ${ADV_SIZES.map(label).join(" | ")} | ${steps.map(([a, b]) => `${label(a)}→${label(b)}`).join(" | ")} |`);
  lines.push(`|---|${ADV_SIZES.map(() => "---:").join("|")}|${steps.map(() => "---:").join("|")}|`);
  const scaling = [];
  for (const f of families) {
    const t = (n) => own[`${f}@${n}`]?.ms;
    const ratios = steps.map(([a, b]) => (t(a) && t(b) ? t(b) / t(a) : NaN));
    scaling.push(...ratios.filter(Number.isFinite));
    lines.push(`| ${f} | ${ADV_SIZES.map((n) => fmtMs(own[`${f}@${n}`])).join(" | ")} | ${ratios.map((r) => (Number.isFinite(r) ? r.toFixed(1) : "—")).join(" | ")} |`);
  }
  lines.push("", "## Peak memory", "");
  lines.push("Peak resident set of a child process during one analysis (VmHWM, reset just before it), minus its resident set just before the analysis (after loading the tool, a warm-up and a GC); for proselens also the wasm linear memory afterwards (it never shrinks, so it is the peak; goal ≤ 4 × input + 2 MB).", "");
  lines.push("| tool | input | RSS growth MiB | wasm memory MiB | goal MiB |", "|---|---|---:|---:|---:|");
  for (const [tool, byKey] of Object.entries(memory)) {
    for (const [key, m] of Object.entries(byKey)) {
      const [family, size] = key.split("@");
      const growth = m.peakRss ? mib(Math.max(0, m.peakRss - m.rssBefore)) : m.error;
      const wasm = m.wasmBytes ? mib(m.wasmBytes) : "—";
      const goal = tool === "proselens" ? mib(4 * Number(size) + 2 * 1048576) : "—";
      lines.push(`| ${tool} | ${family} ${label(Number(size))} | ${growth} | ${wasm} | ${goal} |`);
    }
  }
  // Goals.
  const wink1mb = results["wink-nlp"][`prose@${MB}`];
  const own1mb = own[`prose@${MB}`];
  const ownMem = Object.entries(memory.proselens ?? {}).map(([k, m]) => (m.wasmBytes ?? Infinity) / (4 * Number(k.split("@")[1]) + 2 * 1048576));
  const goals = [
    ["≥ 20 MB/s on 1 MB (wasm in Node)", `${mbs(MB, own1mb)} MB/s`, own1mb?.ms && MB / 1e6 / (own1mb.ms / 1000) >= 20],
    ["≥ 20× wink-nlp on 1 MB", wink1mb?.ms && own1mb?.ms ? `${(wink1mb.ms / own1mb.ms).toFixed(1)}×` : "—", wink1mb?.ms / own1mb?.ms >= 20],
    ["≤ 1 ms for 8 KB, warm", `${fmtMs(own["prose@8192"])} ms`, own["prose@8192"]?.ms <= 1],
    ["cold start ≤ 30 ms", `${cold.proselens.coldMs?.toFixed(1)} ms`, cold.proselens.coldMs <= 30],
    ["10× input ≤ 12× time, every family", `worst ${Math.max(...scaling).toFixed(1)}×`, Math.max(...scaling) <= 12],
    ["wasm memory ≤ 4 × input + 2 MB", `worst ${(Math.max(...ownMem) * 100).toFixed(0)} % of the goal`, Math.max(...ownMem) <= 1],
  ];
  lines.push("", "## Goals (issue 8)", "", "| goal | measured | met |", "|---|---|---|");
  for (const [g, m, ok] of goals) lines.push(`| ${g} | ${m} | ${ok ? "yes" : "no"} |`);
  return lines.join("\n") + "\n";
}

const inputs = corpus();
writeCorpus(inputs);
console.log(`bench: ${inputs.length} inputs, ${Object.keys(TOOLS).length} tools${QUICK ? " (quick)" : ""}`);
// `--memory-only` reuses the timings of the last run (target/bench/timing.json).
const TIMING = new URL("timing.json", DIR);
const timing = process.argv.includes("--memory-only")
  ? JSON.parse(readFileSync(TIMING, "utf8"))
  : await timeAll(inputs);
writeFileSync(TIMING, JSON.stringify(timing));
const memory = memoryAll(inputs);
const md = report(inputs, timing, memory);
writeFileSync(new URL("./RESULTS.md", import.meta.url), md);
console.log(`\n${md}`);
