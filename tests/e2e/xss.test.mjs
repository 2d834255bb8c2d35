// Pasted text is data, never markup: an XSS corpus pasted and typed into the demo page
// executes nothing, creates no elements, is shown back verbatim, and leaves the console
// clean with no network requests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useDemo, watchProblems, watchRequests } from "./server.mjs";

const demo = useDemo();

const PAYLOADS = [
  `<script>window.__xss = 1</script> The plan may work.`,
  `<img src=x onerror="window.__xss=2"> Critics said it was a failure.`,
  `<svg onload="window.__xss=3"><circle r=1 /></svg> Officials said so.`,
  `<a href="javascript:window.__xss=4">click me</a> and <iframe src="javascript:window.__xss=5"></iframe>.`,
  `"><img src=x onerror=window.__xss=6>\n\n<details open ontoggle="window.__xss=7">x</details>`,
  `<style>*{display:none}</style><math><mtext><table><mglyph><style><img src=x onerror=window.__xss=8>`,
  `{{constructor.constructor('window.__xss=9')()}} \${window.__xss=10} <!-- comment --> &lt;b&gt; &amp;`,
  `<body onload=window.__xss=11> U.S. officials said <b onmouseover=window.__xss=12>bold</b> things.`,
];

test("an XSS corpus, pasted and typed, executes nothing and stays text", async () => {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(demo.server.url);
  await page.waitForSelector('body[data-state="ready"]');
  const requests = watchRequests(page);
  for (const [i, payload] of PAYLOADS.entries()) {
    const input = page.locator("prose-lens textarea");
    await page.locator("prose-lens").evaluate((lens) => { lens.mode = "edit"; });
    if (i % 2 === 0) {
      await input.fill(payload); // pasted
    } else {
      await input.fill("");
      await input.pressSequentially(payload); // typed
    }
    await page.evaluate(() => { document.body.dataset.state = "waiting"; });
    await page.click("prose-lens button.primary");
    await page.waitForSelector('body[data-state="done"]');
    for (const tab of ["readability", "keywords", "stance", "set-aside"]) {
      await page.click(`prose-lens [role=tab][data-panel=${tab}]`);
    }
    const firstTerm = page.locator("prose-lens button.term").first();
    await page.click("prose-lens [role=tab][data-panel=keywords]");
    if (await firstTerm.count()) await firstTerm.click();
    const report = await page.evaluate(() => {
      const root = document.querySelector("prose-lens").shadowRoot;
      const all = [...document.querySelectorAll("*"), ...root.querySelectorAll("*")];
      return {
        xss: window.__xss,
        dangerous: all.filter((n) => ["SCRIPT", "IMG", "IFRAME", "STYLE", "DETAILS", "MATH", "BODY"].includes(n.tagName) && root.contains(n)).length,
        handlers: all.filter((n) => [...n.attributes].some((a) => a.name.startsWith("on"))).length,
        jsLinks: all.filter((n) => n.getAttribute?.("href")?.startsWith("javascript:")).length,
        review: root.querySelector(".review").textContent,
      };
    });
    assert.equal(report.xss, undefined, `payload ${i} ran`);
    assert.equal(report.dangerous, 0, `payload ${i} made elements`);
    assert.equal(report.handlers, 0, `payload ${i} made handlers`);
    assert.equal(report.jsLinks, 0, `payload ${i} made links`);
    assert.equal(report.review, payload, `payload ${i} is shown verbatim`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(requests, []);
  await context.close();
});
