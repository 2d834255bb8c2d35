// The widget on plain host pages (tests/pages/), each served with its own CSP header:
// one script tag embeds it, its events fire, for= follows a host textarea, it works
// under a CSP that forbids every connection, falls back to the main thread when loaded
// from another origin, and says what to change when the CSP blocks WebAssembly.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, watchProblems, watchRequests } from "./server.mjs";

const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";
const CSP = {
  "/tests/pages/host.html": `${STRICT}; connect-src 'self'`,
  "/tests/pages/host-inline.html": `${STRICT}; connect-src 'none'`,
};
// host.html?csp=blocked: a CSP without 'wasm-unsafe-eval'.
const BLOCKED = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'";

let server;
let browser;
before(async () => {
  server = await serve({
    headers: (path, query) => {
      const csp = query.get("csp") === "blocked" ? BLOCKED : CSP[path];
      return {
        "access-control-allow-origin": "*", // the "CDN" case loads modules and wasm across origins
        ...(csp ? { "content-security-policy": csp } : {}),
      };
    },
  });
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, origin = server.url) {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const requests = watchRequests(page);
  await page.goto(new URL(path, origin).href);
  return { page, problems, requests };
}

const eventsNamed = (page, name) => page.evaluate((n) => window.__events.filter((e) => e.name === n), name);

async function waitForAnalyses(page, count) {
  await page.waitForFunction((n) => window.__events.filter((e) => e.name === "analysis").length >= n, count);
}

test("one script tag: the widget follows a host textarea and fires its events (strict CSP)", async () => {
  const { page, problems } = await open("tests/pages/host.html");
  await waitForAnalyses(page, 1);
  const [ready] = await eventsNamed(page, "ready");
  assert.equal(ready.detail.mode, "worker");
  let [first] = await eventsNamed(page, "analysis");
  assert.equal(first.detail.words, 12);
  assert.equal(await page.$$eval("prose-lens .review .s", (n) => n.length), 2);
  assert.equal(await page.isVisible("prose-lens textarea"), false, "for= hides the widget's own input");
  // Typing in the host field re-analyses (debounced).
  await page.locator("#body").press("End");
  await page.locator("#body").pressSequentially(" They will certainly appeal.");
  await waitForAnalyses(page, 2);
  const analyses = await eventsNamed(page, "analysis");
  assert.equal(analyses.at(-1).detail.words, 16);
  assert.equal(await page.$$eval("prose-lens .review .s", (n) => n.length), 3);
  const element = await page.evaluate(() => {
    const lens = document.querySelector("prose-lens");
    return { value: lens.value, sentences: lens.result.sentences.length, hasShadow: !!lens.shadowRoot, sheets: lens.shadowRoot.adoptedStyleSheets.length };
  });
  assert.match(element.value, /certainly appeal\.$/);
  assert.equal(element.sentences, 3);
  assert.ok(element.sheets >= 2, "styles come as constructable stylesheets");
  assert.deepEqual(problems, []);
  await page.close();
});

test("under connect-src 'none' the widget loads the embedded engine and fetches nothing", async () => {
  const { page, problems, requests } = await open("tests/pages/host-inline.html");
  await waitForAnalyses(page, 1);
  const [analysis] = await eventsNamed(page, "analysis");
  assert.equal(analysis.detail.words, 14);
  assert.ok(analysis.detail.hints >= 3);
  assert.ok(!requests.some((url) => url.endsWith(".wasm")), requests.join(" "));
  // Light-DOM text is read as text, and `live` analyses as you type.
  await page.fill("prose-lens textarea", "Short text now.");
  await waitForAnalyses(page, 2);
  assert.equal((await eventsNamed(page, "analysis")).at(-1).detail.words, 3);
  assert.deepEqual(problems, []);
  await page.close();
});

test("loaded from another origin, the widget analyses on the main thread", async () => {
  // The page is on localhost, the widget on 127.0.0.1: a worker cannot start cross-origin.
  const cdn = server.url;
  const { page, problems } = await open(`tests/pages/cross-origin.html?cdn=${encodeURIComponent(cdn)}`, `http://localhost:${server.port}/`);
  await waitForAnalyses(page, 1);
  const [ready] = await eventsNamed(page, "ready");
  assert.equal(ready.detail.mode, "main-thread");
  assert.equal((await eventsNamed(page, "analysis"))[0].detail.words, 7);
  assert.deepEqual(problems.filter((p) => !/worker/i.test(p)), []);
  await page.close();
});

test("a CSP without 'wasm-unsafe-eval' gets a clear message for the site owner", async () => {
  const { page } = await open("tests/pages/host.html?csp=blocked");
  await page.waitForFunction(() => window.__events.some((e) => e.name === "analysis-error"));
  const [error] = await eventsNamed(page, "analysis-error");
  assert.equal(error.detail.code, "ERR_CSP_WASM_BLOCKED");
  assert.match(await page.textContent("prose-lens [role=status]"), /wasm-unsafe-eval/);
  await page.close();
});

test("attributes: layout=badge, features, theme, max-chars", async () => {
  const { page, problems } = await open("tests/pages/host-inline.html");
  await waitForAnalyses(page, 1);
  await page.evaluate(() => {
    const make = (id, attributes, text) => {
      const lens = document.createElement("prose-lens");
      lens.id = id;
      for (const [k, v] of Object.entries(attributes)) lens.setAttribute(k, v);
      lens.append(text);
      document.body.append(lens);
    };
    make("badge", { layout: "badge", "wasm-src": "inline" }, "The cat sat on the mat. It was happy.");
    make("only", { features: "readability", theme: "dark", "wasm-src": "inline" }, "Officials said it may rain.");
    make("cut", { "max-chars": "60", "wasm-src": "inline" }, "First paragraph is here and it is short.\n\nSecond paragraph goes past the limit by a lot of words.");
  });
  await waitForAnalyses(page, 4);
  // Badge: a grade chip; the results open on click.
  const badge = page.locator("#badge .badge-button");
  assert.match(await badge.textContent(), /^Grade \d/);
  assert.equal(await page.isVisible("#badge .columns"), false);
  await badge.click();
  assert.equal(await page.isVisible("#badge .columns"), true);
  assert.equal(await badge.getAttribute("aria-expanded"), "true");
  // features: only the readability tab (and set-aside) remain.
  const tabs = await page.$$eval("#only [role=tab]", (n) => n.filter((t) => !t.hidden).map((t) => t.dataset.panel));
  assert.deepEqual(tabs, ["readability", "set-aside"]);
  // theme=dark switches the custom properties.
  const surface = await page.$eval("#only", (n) => getComputedStyle(n).getPropertyValue("--pl-surface").trim());
  assert.equal(surface, "#15161a");
  // max-chars: cut at the paragraph break, with a visible notice.
  const cut = await page.$eval("#cut", (n) => ({ words: n.result.stats.words, notice: n.shadowRoot.querySelector(".notice").textContent }));
  assert.equal(cut.words, 8);
  assert.match(cut.notice, /Only the first 40 of/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("without the Highlight API, keyword occurrences are <mark> elements built with DOM calls", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.Highlight = undefined;
  });
  const page = await context.newPage();
  await page.goto(new URL("tests/pages/host-inline.html", server.url).href);
  await waitForAnalyses(page, 1);
  await page.fill("prose-lens textarea", "The river rose. The river fell. A river is water.");
  await page.click("prose-lens button.primary");
  await page.waitForFunction(() => document.querySelector("prose-lens").result?.stats.words === 10);
  await page.click("prose-lens [role=tab][data-panel=keywords]");
  await page.locator('prose-lens button.term[data-term="river"]').click();
  const marks = await page.$$eval("prose-lens .review mark", (n) => n.map((m) => m.textContent));
  assert.deepEqual(marks.filter((m) => m.toLowerCase() === "river").length >= 3, true, marks.join("|"));
  assert.equal(await page.$eval("prose-lens .review", (n) => n.textContent), "The river rose. The river fell. A river is water.");
  await context.close();
});
