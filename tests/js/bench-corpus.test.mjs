// The benchmark corpus is deterministic and sized as asked, and the engine gives sane
// results on every adversarial family (the bench measures them; this checks they work).
import { test } from "node:test";
import assert from "node:assert/strict";
import { prose, ADVERSARIAL } from "../../bench/corpus.mjs";
import { analyze } from "../../js/node.js";

const bytes = (s) => Buffer.byteLength(s);

test("the corpus is the same on every run and close to the asked size", () => {
  assert.equal(prose(8192), prose(8192));
  assert.notEqual(prose(8192, 1), prose(8192, 2));
  for (const make of [prose, ...Object.values(ADVERSARIAL)]) {
    const text = make(50_000);
    assert.ok(bytes(text) <= 50_000 && bytes(text) >= 49_000, `${bytes(text)} bytes`);
    assert.ok(!text.includes("\uFFFD"), "no broken character at the cut");
  }
});

test("generated prose reads as articles, not as repeats cleanup would set aside", () => {
  const result = analyze(prose(100_000));
  assert.ok(result.stats.words > 12_000, `${result.stats.words} words`);
  const setAside = result.cleanup.blocks.reduce((n, b) => n + b.span.end - b.span.start, 0);
  assert.ok(setAside < 2_000, `${setAside} characters set aside`);
  assert.ok(result.hints.length > 500 && result.keywords.length === 30);
});

test("every adversarial family gives a result with spans inside the text", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const text = make(100_000);
    const result = analyze(text);
    for (const s of result.sentences) {
      assert.ok(s.span.start >= 0 && s.span.end <= text.length && s.span.start <= s.span.end, name);
    }
    for (const k of result.keywords) {
      for (const o of k.occurrences) assert.ok(k.forms.includes(text.slice(o.start, o.end)), name);
    }
  }
});
