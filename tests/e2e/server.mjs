// Starts `python3 -m http.server` for www/ on 127.0.0.1 and a free port (stopped by PID),
// and headless Debian Chromium through playwright-core, for the e2e tests.
import { spawn } from "node:child_process";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(directory = WWW) {
  const port = await freePort();
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", directory], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`http.server did not start on ${url}`);
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
