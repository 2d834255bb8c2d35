// Dev aid: heap bytes inside the wasm during one analysis per file, against the growth of
// the linear memory (the gap is fragmentation). Needs a build with the alloc-stats feature:
//   wasm-pack build --release --target web --out-dir target/pkg-stats --no-pack -- --features alloc-stats
//   node bench/heap.mjs target/pkg-stats FILE...
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, ...files] = process.argv.slice(2);
const wasm = await import(pathToFileURL(`${resolve(dir)}/proselens.js`).href);
const { memory } = wasm.initSync({ module: readFileSync(`${resolve(dir)}/proselens_bg.wasm`) });
const bytes = (text) => new TextEncoder().encode(text);
wasm.analyze(bytes("A short warm-up sentence. It may rain."));
const mb = (n) => (n / 1e6).toFixed(2);
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const before = memory.buffer.byteLength;
  const [live] = wasm.allocStats(true);
  wasm.allocPhases();
  wasm.allocGrowths();
  wasm.analyze(bytes(text));
  const phases = wasm.allocPhases().trim().split("\n").map((l) => l.split(" "));
  const growths = wasm.allocGrowths().trim().split("\n").filter(Boolean).map((l) => l.split(" ").map(Number));
  const [, peak] = wasm.allocStats(true);
  console.log(
    `${file}: ${mb(text.length)} M chars; heap peak ${mb(peak - live)} MB above ${mb(live)}; ` +
      `memory ${mb(before)} -> ${mb(memory.buffer.byteLength)} MB`,
  );
  // Each phase's peak, and the live bytes when it ended (both above the start), and the
  // linear memory's size then.
  for (const [name, peak, end, size] of phases.slice(1)) {
    console.log(`  ${name.padEnd(24)} peak ${mb(peak - live).padStart(6)}  end ${mb(end - live).padStart(6)}  memory ${mb(size).padStart(6)}`);
  }
  // Which allocations grew the linear memory: the phase in progress, the allocation's
  // size, the live bytes after it (above the start) and the memory's new size.
  for (const [phase, size, after, grown] of growths) {
    const name = phase === 0 ? "(before start)" : (phases[phase]?.[0] ?? "(after wire)");
    console.log(`  grew in ${name.padEnd(16)} by an allocation of ${mb(size).padStart(6)} MB; live ${mb(after - live).padStart(6)}; memory ${mb(grown).padStart(6)}`);
  }
}
