// The packed tarball, installed into a fresh project (offline: the package has no
// dependencies), used three ways: (a) Node ESM import and the CLI, (b) a Vite production
// build whose page analyses text in headless Chromium, (c) a plain <script type="module">
// page without a bundler. Nothing here touches the network.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS } from "../e2e/server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORK = `${ROOT}target/consumers/`;
const APP = `${WORK}app/`;
let browser;

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", WORK], { cwd: ROOT, encoding: "utf8" }));
  cpSync(fileURLToPath(new URL("app/", import.meta.url)), APP, { recursive: true });
  writeFileSync(`${APP}package.json`, JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `${WORK}${packed[0].filename}`], { cwd: APP, stdio: "pipe" });
});

after(async () => {
  await browser?.close();
});

async function openPage(url) {
  browser ??= await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForSelector('body[data-state="done"]');
  await page.waitForSelector("body[data-widget-words]");
  return { page, problems };
}

test("the tarball holds the files every export needs, and no demo page", () => {
  const pkg = `${APP}node_modules/proselens/`;
  const files = (dir) => readdirSync(`${pkg}${dir}`);
  assert.ok(files("pkg/web").includes("proselens_bg.wasm"));
  assert.ok(files("pkg/web").includes("proselens_inline.js"));
  assert.ok(files("www").includes("define.js"));
  assert.ok(!files("www").includes("index.html"));
  assert.ok(files("schema").includes("analysis.schema.json"));
});

test("(a) Node ESM import and the CLI", () => {
  const out = JSON.parse(execFileSync("node", ["node-check.mjs"], { cwd: APP, encoding: "utf8" }));
  assert.deepEqual(out, { sentences: 2, hedged: true, mode: "main-thread", same: true, version: out.version, schemaTitle: "proselens analysis result" });
  const json = JSON.parse(execFileSync("npx", ["--no-install", "proselens", "--json"], { cwd: APP, input: "It may rain. It will rain.", encoding: "utf8" }));
  assert.equal(json.sentences.length, 2);
  assert.equal(json.sentences.filter((s) => s.stance.hedged).length, 1);
});

test("(b) a Vite production build analyses text in Chromium, in a worker", async () => {
  execFileSync("node", [`${ROOT}node_modules/vite/bin/vite.js`, "build", "--logLevel", "warn"], { cwd: APP, stdio: "pipe" });
  const server = await serve({ root: `${APP}dist`, allowed: ["/"], home: "/index.html" });
  try {
    const { page, problems } = await openPage(`${server.url}index.html`);
    const out = JSON.parse(await page.textContent("#out"));
    assert.deepEqual(out, { mode: "worker", sentences: 2, hedged: true });
    assert.equal(await page.getAttribute("body", "data-widget-words"), "14");
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test("(c) a plain module page without a bundler", async () => {
  const server = await serve({ root: APP, allowed: ["/plain", "/node_modules/proselens/"], home: "/plain.html" });
  try {
    const { page, problems } = await openPage(`${server.url}plain.html`);
    const out = JSON.parse(await page.textContent("#out"));
    assert.deepEqual(out, { mode: "worker", sentences: 2, hedged: true, same: true });
    assert.equal(await page.getAttribute("body", "data-widget-words"), "11");
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});
