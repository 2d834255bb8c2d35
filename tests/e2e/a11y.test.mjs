// Accessibility of the demo page with axe-core (npm): no serious or critical violations,
// in light and dark colour schemes, before and after an analysis.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, startServer } from "./server.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

for (const colorScheme of ["light", "dark"]) {
  test(`no serious or critical axe violations (${colorScheme})`, async () => {
    // axe is injected as a script, which the page's CSP would refuse: bypass it for the audit.
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="ready"]');
    await page.click("#sample");
    await page.waitForSelector('body[data-state="done"]');
    await page.addScriptTag({ path: AXE });
    const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`),
      [],
    );
    await context.close();
  });
}
