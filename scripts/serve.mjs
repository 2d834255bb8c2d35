// A small static server for the demo page and the browser tests. It binds to 127.0.0.1,
// serves only the folders a page needs (www/, js/, pkg/web/, tests/pages/), and sends
// `/` to the demo page.
//   node scripts/serve.mjs [PORT]        (make demo)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ALLOWED = ["/www/", "/js/", "/pkg/web/", "/tests/pages/"];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Starts the server; resolves with { url, port, close }. `headers(path)` may add response
 * headers (the tests use it to send a CSP header; it also gets the query's URLSearchParams); `root` and `allowed` (path prefixes)
 * choose what is served, `home` where `/` redirects.
 */
export function serve({ port = 0, headers = () => ({}), root = ROOT, allowed = ALLOWED, home = "/www/" } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    const path = decodeURIComponent(url.pathname);
    if (path === "/favicon.ico") {
      response.writeHead(204);
      response.end();
      return;
    }
    if (path === "/") {
      response.writeHead(302, { location: home });
      response.end();
      return;
    }
    const file = normalize(path.endsWith("/") ? `${path}index.html` : path);
    if (!allowed.some((prefix) => file.startsWith(prefix)) || file.includes("..")) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    try {
      const body = await readFile(join(root, file));
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers(file, url.searchParams),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await serve({ port: Number(process.argv[2] ?? 8080) });
  console.log(`proselens demo: ${url}www/  (Ctrl-C to stop)`);
}
