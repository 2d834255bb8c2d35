// The compact wire form (src/wire.rs → js/wire.js) rebuilds exactly the full Analysis:
// same values, same fields in the same order, on pastes, prose, odd input and options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { prose, ADVERSARIAL } from "../../bench/corpus.mjs";
import { analyze } from "../../js/node.js";
import * as wasm from "../../pkg/web/proselens.js";
import * as reference from "../../target/pkg-reference/proselens.js";
import { decodeAnalysis } from "../../js/wire.js";

// The full form comes from the reference build (`make test` builds it with the engine's
// `reference` feature): the shipped engine has no `analyzeFull`.
reference.initSync({
  module: readFileSync(new URL("../../target/pkg-reference/proselens_bg.wasm", import.meta.url)),
});

// The engine's exports take the text as UTF-8 bytes (js/api.js encodes it).
const bytes = (text) => new TextEncoder().encode(text);

const pasteDir = new URL("../fixtures/paste/", import.meta.url);
const pastes = readdirSync(pasteDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, pasteDir), "utf8"));

const texts = [
  ...pastes,
  prose(30_000, 7),
  ...Object.values(ADVERSARIAL).map((make) => make(6_000)),
  "",
  "   \n\n ",
  "Is it “very” bad? I think it may rain, said Dr. Smith. You should go!",
  "😀 中文 e\u0301 “Quote.” Dr. Smith arrived. He left. مرحبا بالعالم.",
  "\u0000\uD800 lone surrogate and NUL. <p>Pasted <b>HTML</b></p>",
];

const optionSets = [
  undefined,
  { keywords: { limit: 3, kinds: ["phrase"] }, hints: { kinds: ["hedge", "attribution"] } },
  { cleanup: false, readability: { hardGrade: 8, veryHardGrade: 10 } },
];

test("the wire form decodes to the full Analysis, field for field and in order", () => {
  analyze("Warm up.");
  for (const text of texts) {
    for (const options of optionSets) {
      const full = reference.analyzeFull(bytes(text), options);
      const decoded = decodeAnalysis(wasm.analyze(bytes(text), options));
      assert.equal(JSON.stringify(decoded), JSON.stringify(full), `${JSON.stringify(options)} on ${JSON.stringify(text.slice(0, 40))}`);
      assert.deepEqual(decoded, full);
    }
  }
});

test("a long text crosses the boundary in a fraction of the bytes", () => {
  const text = prose(200_000, 3);
  const raw = wasm.analyze(bytes(text));
  // The large sections are typed-array columns: their bytes, plus the JSON of the rest.
  const columns = { blocks: Uint32Array, sentences: Uint32Array, sentenceScores: Float64Array, sentenceHints: Uint32Array, hints: Uint32Array };
  let wire = 0;
  for (const [name, type] of Object.entries(columns)) {
    assert.ok(raw[name] instanceof type, `${name} is a ${type.name}`);
    wire += raw[name].byteLength;
  }
  wire += JSON.stringify({ ...raw, ...Object.fromEntries(Object.keys(columns).map((k) => [k, 0])) }).length;
  const full = JSON.stringify(reference.analyzeFull(bytes(text))).length;
  assert.ok(wire * 3 < full, `wire ${wire} bytes, full ${full} bytes`);
});

test("the public analyze returns the decoded form", () => {
  const text = pastes[0];
  assert.deepEqual(analyze(text), reference.analyzeFull(bytes(text)));
});
