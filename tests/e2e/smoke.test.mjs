// The demo page in headless Chromium (playwright-core + /usr/bin/chromium): it loads, a
// paste shows word and sentence counts and the set-aside list, nothing is requested from
// the network after load, and the console stays clean.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { useDemo } from "./server.mjs";

const demo = useDemo();

async function openPage() {
  const page = await demo.browser.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const loaded = [];
  page.on("request", (request) => loaded.push(request.url()));
  await page.goto(demo.server.url);
  await page.waitForSelector('body[data-state="ready"]');
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  return { page, problems, requests, loaded };
}

test("a paste shows word and sentence counts, without console errors or network requests", async () => {
  const { page, problems, requests, loaded } = await openPage();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /connect-src 'none'/);
  assert.ok(!loaded.some((url) => url.endsWith(".wasm")), "the engine is inlined, not fetched");
  await page.fill("#text", "Dr. Smith arrived in the U.S. at 5 p.m. He left.\n\nA second paragraph follows here.");
  await page.click("#analyze");
  await page.waitForSelector('body[data-state="done"]');
  assert.equal(await page.textContent('[data-stat="words"] dd'), "16");
  assert.equal(await page.textContent('[data-stat="sentences"] dd'), "3");
  assert.equal(await page.textContent('[data-stat="paragraphs"] dd'), "2");
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, [], "no request after load");
  await page.close();
});

test("the sample paste shows what was set aside", async () => {
  const { page, problems } = await openPage();
  await page.click("#sample");
  await page.waitForSelector('body[data-state="done"]');
  const reasons = await page.$$eval("#set-aside .why", (nodes) => nodes.map((n) => n.textContent));
  assert.ok(reasons.some((r) => r.includes("cookie or consent notice")), reasons.join("; "));
  assert.ok(reasons.some((r) => r.startsWith("duplicate")), reasons.join("; "));
  assert.equal(await page.$$eval("#formulas tbody tr", (rows) => rows.length), 12);
  assert.match(await page.textContent("#consensus"), /Consensus grade \d+\.\d/);
  assert.ok(await page.$$eval("#sentences li[data-difficulty]", (n) => n.length) > 5);
  mkdirSync("tests/e2e/screenshots", { recursive: true });
  await page.screenshot({ path: "tests/e2e/screenshots/demo-sample-light.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "tests/e2e/screenshots/demo-sample-dark.png", fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("clicking a keyword highlights every occurrence", async () => {
  const { page, problems } = await openPage();
  await page.click("#sample");
  await page.waitForSelector('body[data-state="done"]');
  const first = page.locator('#keywords section[data-kind="name"] button.term').first();
  const term = await first.textContent();
  await first.click();
  const highlighted = await page.evaluate(() => CSS.highlights.get("keyword")?.size ?? 0);
  const expected = await page.evaluate(() => Number(document.getElementById("view").dataset.highlighted));
  assert.ok(highlighted >= 1, `no highlight for ${term}`);
  assert.equal(highlighted, expected);
  const texts = await page.evaluate(() => [...CSS.highlights.get("keyword")].map((r) => r.toString()));
  for (const t of texts) assert.ok(t.startsWith(term.split(" ")[0]), `${t} vs ${term}`);
  assert.match(await page.textContent("#view-status"), /Occurrence 1 of/);
  await page.click("#next-hit");
  assert.deepEqual(problems, []);
  await page.close();
});

test("stance hints are listed with chips and underlined by kind", async () => {
  const { page, problems } = await openPage();
  await page.fill("#text", "The plan may work. Critics said it was a failure. Ask yourself who benefits. I think we should wait.");
  await page.click("#analyze");
  await page.waitForSelector('body[data-state="done"]');
  const chips = await page.$$eval("#stance .chip", (n) => n.map((c) => c.textContent));
  for (const expected of ["hedge: may", "attribution: said", "evaluative: failure", "directive: Ask", "self-mention: I"]) {
    assert.ok(chips.includes(expected), `${expected} not in ${chips.join(" | ")}`);
  }
  assert.equal(await page.evaluate(() => CSS.highlights.get("hint-hedge")?.size), 2); // "may", "I think"
  await page.click('#hint-filters button[data-kind="hedge"]');
  assert.equal(await page.evaluate(() => CSS.highlights.has("hint-hedge")), false);
  assert.ok(!(await page.$$eval("#stance .chip", (n) => n.map((c) => c.textContent))).some((t) => t.startsWith("hedge")));
  assert.deepEqual(problems, []);
  await page.close();
});

test("pasted markup stays text", async () => {
  const { page, problems } = await openPage();
  await page.evaluate(() => { window.__pwned = false; });
  await page.fill("#text", '<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script> Hello there.');
  await page.click("#analyze");
  await page.waitForSelector('body[data-state="done"]');
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval("#sentences img, #sentences script", (n) => n.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
