// createAnalyzer() in Chromium on the demo page's origin: it runs in a module worker, gives
// the same results as analyze() on the main thread, and newest-wins / AbortSignal hold.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useDemo } from "./server.mjs";

const demo = useDemo();

test("the worker analyzer matches analyze() and cancels", async () => {
  const page = await demo.browser.newPage();
  await page.goto(demo.server.url);
  await page.waitForSelector('body[data-state="ready"]');
  const out = await page.evaluate(async () => {
    const api = await import("/js/inline.js");
    await api.init();
    const text = "Critics said the plan may fail. It will certainly work, officials insisted.\n\nSkip to content";
    const analyzer = await api.createAnalyzer();
    const fromWorker = await analyzer.analyze(text);
    const local = api.analyze(text);
    const settled = await Promise.allSettled([analyzer.analyze("one."), analyzer.analyze("two two.")]);
    const controller = new AbortController();
    const aborted = analyzer.analyze(text, { signal: controller.signal });
    controller.abort();
    const abortResult = await aborted.then(() => "resolved", (e) => e.name);
    const big = "The council may approve it. ".repeat(20000);
    const bigResult = await analyzer.analyze(big);
    analyzer.dispose();
    return {
      mode: analyzer.mode,
      same: JSON.stringify(fromWorker) === JSON.stringify(local),
      first: settled[0].status === "rejected" ? settled[0].reason.code : "fulfilled",
      second: settled[1].status,
      abortResult,
      bigSentences: bigResult.sentences.length,
    };
  });
  assert.deepEqual(out, { mode: "worker", same: true, first: "ERR_SUPERSEDED", second: "fulfilled", abortResult: "AbortError", bigSentences: 20000 });
  await page.close();
});
