// Starts the demo server (scripts/serve.mjs, 127.0.0.1, a free port) and headless Debian
// Chromium through playwright-core, for the e2e tests.
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

/** Starts the static server; `url` is the demo page, `origin` the server root. */
export async function startServer(options = {}) {
  const server = await serve(options);
  return { url: `${server.url}www/`, origin: server.url, stop: () => server.close() };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

/**
 * Registers before/after hooks that start the demo server and Chromium for a test file.
 * The returned object gains `server` and `browser` once the hooks have run.
 */
export function useDemo() {
  const demo = {};
  before(async () => {
    demo.server = await startServer();
    demo.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await demo.browser?.close();
    demo.server?.stop();
  });
  return demo;
}

/** Collects a page's console errors and warnings and uncaught exceptions. */
export function watchProblems(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

/** Collects the URLs a page requests from now on. */
export function watchRequests(page) {
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  return requests;
}
