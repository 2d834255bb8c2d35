// The demo page (one <prose-lens> element) in headless Chromium: it loads under its strict
// CSP without fetching the wasm, a paste renders grade, formula table, keywords and stance
// hints, a keyword click highlights every occurrence, set-aside blocks can be kept and set
// aside again, exports download valid files, nothing is requested after load, and the
// console stays clean. Playwright's CSS selectors pierce the open shadow root.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { useDemo, watchProblems, watchRequests } from "./server.mjs";

const demo = useDemo();
const PREFIX = "pl1"; // the page's only widget

async function openPage(options = {}) {
  const context = await demo.browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const loaded = watchRequests(page);
  await page.goto(demo.server.url);
  await page.waitForSelector('body[data-state="ready"]');
  const requests = watchRequests(page);
  return { context, page, problems, requests, loaded };
}

async function analyse(page, text) {
  await page.fill("prose-lens textarea", text);
  await page.click("prose-lens button.primary");
  await page.waitForSelector('body[data-state="done"]');
}

async function loadSample(page) {
  await page.click("#sample");
  await page.waitForSelector('body[data-state="done"]');
}

test("a paste shows grade, formulas, keywords and stance, in a worker, with no request after load", async () => {
  const { context, page, problems, requests, loaded } = await openPage();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /connect-src 'none'/);
  assert.ok(!loaded.some((url) => url.endsWith(".wasm")), "the engine is inlined, not fetched");
  assert.equal(await page.getAttribute("body", "data-engine"), "worker");
  await analyse(page, "Dr. Smith arrived in the U.S. at 5 p.m. He may stay.\n\nA second paragraph follows here.");
  assert.equal(await page.textContent('prose-lens [data-stat="words"] .value'), "17");
  assert.equal(await page.textContent('prose-lens [data-stat="sentences"] .value'), "3");
  assert.equal(await page.textContent('prose-lens [data-stat="paragraphs"] .value'), "2");
  assert.match(await page.textContent('prose-lens [data-stat="grade"] .value'), /^\d+(\.\d)?$/);
  assert.equal(await page.$$eval("prose-lens [part~='formula-table'] tbody tr", (rows) => rows.length), 12);
  assert.equal(await page.getAttribute("prose-lens [role=tab][data-panel=readability]", "aria-selected"), "true");
  // Analyse switched to Review: the text is rendered with one span per sentence.
  assert.equal(await page.$$eval("prose-lens .review .s", (n) => n.length), 3);
  assert.match(await page.textContent("prose-lens [role=status]"), /Grade .*17 words/);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, [], "no request after load");
  await context.close();
});

test("clicking a keyword highlights every occurrence, with previous and next", async () => {
  const { context, page, problems, requests } = await openPage();
  await loadSample(page);
  await page.click("prose-lens [role=tab][data-panel=keywords]");
  const first = page.locator('prose-lens section[data-kind="word"] button.term').first();
  const term = await first.textContent();
  const events = page.evaluate(() => new Promise((resolve) => {
    document.querySelector("prose-lens").addEventListener("keyword-select", (e) => resolve(e.detail), { once: true });
  }));
  await first.click();
  const detail = await events;
  assert.equal(detail.term, term);
  const size = await page.evaluate((p) => CSS.highlights.get(`${p}-keyword`)?.size ?? 0, PREFIX);
  assert.equal(size, detail.occurrences.length);
  assert.ok(size >= 2, `${term} occurs ${size} times`);
  const texts = await page.evaluate((p) => [...CSS.highlights.get(`${p}-keyword`)].map((r) => r.toString().toLowerCase()), PREFIX);
  const stem = term.toLowerCase().slice(0, 4);
  for (const t of texts) assert.ok(t.startsWith(stem), `${t} vs ${term}`);
  assert.match(await page.textContent("prose-lens .nav .where"), /occurrence 1 of/);
  await page.click('prose-lens [aria-label="Next occurrence"]');
  assert.match(await page.textContent("prose-lens .nav .where"), /occurrence 2 of/);
  await page.click('prose-lens [aria-label="Previous occurrence"]');
  assert.match(await page.textContent("prose-lens .nav .where"), /occurrence 1 of/);
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, []);
  await context.close();
});

test("stance hints are listed with labelled chips, underlined by kind, and filterable", async () => {
  const { context, page, problems } = await openPage();
  await analyse(page, "The plan may work. Critics said it was a failure. Ask yourself who benefits. I think we should wait.");
  await page.click("prose-lens [role=tab][data-panel=stance]");
  const chips = await page.$$eval("prose-lens [part~='hint-list'] .chip", (n) => n.map((c) => c.textContent));
  for (const expected of ["Hedge · “may”", "Attribution · “said”", "Evaluative · “failure”", "Directive · “Ask”", "Self-mention · “I”"]) {
    assert.ok(chips.some((c) => c.startsWith(expected)), `${expected} not in ${chips.join(" | ")}`);
  }
  assert.equal(await page.evaluate((p) => CSS.highlights.get(`${p}-hint-hedge`)?.size, PREFIX), 2); // "may", "I think"
  await page.click('prose-lens [part~="legend"] button[data-kind="hedge"]');
  assert.equal(await page.getAttribute('prose-lens [part~="legend"] button[data-kind="hedge"]', "aria-pressed"), "false");
  assert.equal(await page.evaluate((p) => CSS.highlights.has(`${p}-hint-hedge`), PREFIX), false);
  assert.ok(!(await page.$$eval("prose-lens [part~='hint-list'] .chip", (n) => n.map((c) => c.textContent))).some((t) => t.startsWith("Hedge")));
  // Show in text focuses the sentence and reports the hint.
  const selected = page.evaluate(() => new Promise((resolve) => {
    document.querySelector("prose-lens").addEventListener("hint-select", (e) => resolve(e.detail), { once: true });
  }));
  await page.locator("prose-lens [part~='hint-list'] li").nth(0).getByRole("button", { name: /Show sentence/ }).click();
  const detail = await selected;
  assert.equal(detail.hint.kind, "attribution");
  assert.equal(await page.evaluate(() => document.querySelector("prose-lens").shadowRoot.activeElement?.dataset.i), "1");
  // Dismiss removes one chip and can be undone.
  const before = await page.$$eval("prose-lens [part~='hint-list'] .chip", (n) => n.length);
  await page.locator("prose-lens [part~='hint-list'] [data-dismiss]").first().click();
  assert.equal(await page.$$eval("prose-lens [part~='hint-list'] .chip", (n) => n.length), before - 1);
  await page.getByRole("button", { name: "Restore" }).click();
  assert.equal(await page.$$eval("prose-lens [part~='hint-list'] .chip", (n) => n.length), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the sample paste lists what was set aside, with undo", async () => {
  const { context, page, problems } = await openPage();
  await loadSample(page);
  await page.click("prose-lens [role=tab][data-panel=set-aside]");
  const reasons = await page.$$eval("prose-lens .set-aside .why", (nodes) => nodes.map((n) => n.textContent));
  assert.ok(reasons.some((r) => r.includes("cookie or consent notice")), reasons.join("; "));
  assert.ok(reasons.some((r) => r.startsWith("Duplicate")), reasons.join("; "));
  const words = Number(await page.textContent('prose-lens [data-stat="words"] .value'));
  // Keep the duplicate: it comes back into the counts; set it aside again: they go back.
  await page.evaluate(() => { document.body.dataset.state = "waiting"; });
  const duplicate = page.locator("prose-lens .set-aside li", { hasText: "Duplicate" }).first();
  await duplicate.getByRole("button", { name: "Keep this text" }).click();
  await page.waitForSelector('body[data-state="done"]');
  assert.ok(Number(await page.textContent('prose-lens [data-stat="words"] .value')) > words);
  assert.equal(await page.$$eval("prose-lens .kept li", (n) => n.length), 1);
  await page.evaluate(() => { document.body.dataset.state = "waiting"; });
  await page.getByRole("button", { name: "Set aside again" }).click();
  await page.waitForSelector('body[data-state="done"]');
  assert.equal(Number(await page.textContent('prose-lens [data-stat="words"] .value')), words);
  mkdirSync("tests/e2e/screenshots", { recursive: true });
  await page.click("prose-lens [role=tab][data-panel=stance]");
  await page.screenshot({ path: "tests/e2e/screenshots/demo-sample-light.png", fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.click("prose-lens [role=tab][data-panel=readability]");
  await page.screenshot({ path: "tests/e2e/screenshots/demo-sample-dark.png", fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("exports download valid JSON and CSV", async () => {
  const { context, page, problems, requests } = await openPage();
  await loadSample(page);
  const [json] = await Promise.all([page.waitForEvent("download"), page.click('prose-lens [data-export="json"]')]);
  assert.equal(json.suggestedFilename(), "proselens-analysis.json");
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(typeof parsed.schemaVersion, "string");
  assert.ok(parsed.text.includes("floating wetland"));
  assert.equal(parsed.sentences.length, Number(await page.textContent('prose-lens [data-stat="sentences"] .value')));
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click('prose-lens [data-export="csv"]')]);
  const lines = readFileSync(await csv.path(), "utf8").trim().split("\r\n");
  assert.equal(lines[0], "index,start,end,words,syllables,grade,difficulty,hint_kinds,cues,text");
  assert.equal(lines.length, parsed.sentences.length + 1);
  const [kw] = await Promise.all([page.waitForEvent("download"), page.click('prose-lens [data-export="keywords-csv"]')]);
  assert.match(readFileSync(await kw.path(), "utf8"), /^rank,term,kind/);
  assert.deepEqual(problems, []);
  assert.ok(requests.every((url) => url.startsWith("blob:")), requests.join(" "));
  await context.close();
});
