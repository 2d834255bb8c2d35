// createAnalyzer(): same results as analyze(), newest call wins, AbortSignal cancels.
// (In Node it runs on the calling thread; tests/e2e/analyzer.test.mjs covers the worker.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, createAnalyzer } from "../../js/node.js";

const TEXT = "Critics said the plan may fail. It will certainly work, officials insisted.";

test("results equal analyze()", async () => {
  const analyzer = await createAnalyzer();
  assert.equal(analyzer.mode, "main-thread");
  assert.deepEqual(await analyzer.analyze(TEXT, { cleanup: false }), analyze(TEXT, { cleanup: false }));
  analyzer.dispose();
});

test("the newest call wins; older pending calls reject with ERR_SUPERSEDED", async () => {
  const analyzer = await createAnalyzer();
  const calls = [analyzer.analyze("one."), analyzer.analyze("two two."), analyzer.analyze(TEXT)];
  const settled = await Promise.allSettled(calls);
  assert.equal(settled[0].status, "rejected");
  assert.equal(settled[0].reason.name, "AbortError");
  assert.equal(settled[0].reason.code, "ERR_SUPERSEDED");
  assert.equal(settled[1].reason.code, "ERR_SUPERSEDED");
  assert.equal(settled[2].status, "fulfilled");
  assert.equal(settled[2].value.stats.words, 12);
  // Sequential calls are never superseded.
  assert.equal((await analyzer.analyze("a b c.")).stats.words, 3);
  assert.equal((await analyzer.analyze("a b.")).stats.words, 2);
});

test("an AbortSignal cancels a call, before or while it waits", async () => {
  const analyzer = await createAnalyzer();
  const early = new AbortController();
  early.abort();
  await assert.rejects(analyzer.analyze(TEXT, { signal: early.signal }), { name: "AbortError" });
  const late = new AbortController();
  const call = analyzer.analyze(TEXT, { signal: late.signal });
  late.abort();
  await assert.rejects(call, { name: "AbortError" });
  assert.equal((await analyzer.analyze("still works.")).stats.words, 2);
});

test("bad input and bad options reject with coded errors; dispose rejects later calls", async () => {
  const analyzer = await createAnalyzer();
  await assert.rejects(analyzer.analyze(42), { code: "ERR_INVALID_TEXT" });
  await assert.rejects(analyzer.analyze("x", { nope: 1 }), { code: "ERR_INVALID_OPTIONS" });
  analyzer.dispose();
  await assert.rejects(analyzer.analyze("x"), { code: "ERR_DISPOSED" });
});

test("forks share the engine but not the queue", async () => {
  const analyzer = await createAnalyzer();
  const a = analyzer.fork();
  const b = analyzer.fork();
  const [ra, rb] = await Promise.all([a.analyze("one two."), b.analyze("one two three.")]);
  assert.equal(ra.stats.words, 2);
  assert.equal(rb.stats.words, 3);
  a.dispose();
  assert.equal((await b.analyze("still here.")).stats.words, 2);
  analyzer.dispose();
});
