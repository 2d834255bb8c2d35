// Accessibility of the demo page with axe-core (npm): no serious or critical violations,
// in light and dark colour schemes, on every panel of the widget after an analysis.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useDemo } from "./server.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const demo = useDemo();

for (const colorScheme of ["light", "dark"]) {
  test(`no serious or critical axe violations (${colorScheme})`, async () => {
    // axe is injected as a script, which the page's CSP would refuse: bypass it for the audit.
    const context = await demo.browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(demo.server.url);
    await page.waitForSelector('body[data-state="ready"]');
    await page.click("#sample");
    await page.waitForSelector('body[data-state="done"]');
    await page.addScriptTag({ path: AXE });
    // Every panel, and the Review view with a keyword highlighted.
    for (const tab of ["readability", "keywords", "stance", "set-aside"]) {
      await page.click(`prose-lens [role=tab][data-panel=${tab}]`);
      if (tab === "keywords") await page.locator("prose-lens button.term").first().click();
      const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(
        bad.map((v) => `${tab}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`),
        [],
      );
    }
    await context.close();
  });
}
