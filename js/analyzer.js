// createAnalyzer(): analysis off the main thread in a module worker when the page allows
// one, on the main thread otherwise, behind one interface. Calls are newest-wins: a new
// call rejects every older call still waiting (AbortError, code ERR_SUPERSEDED), and an
// AbortSignal cancels a call. Results are the same objects `analyze` returns.
import { codedError } from "./api.js";
import { decodeAnalysis } from "./wire.js";

function abortError(code, message) {
  const error = new DOMException(message, "AbortError");
  Object.defineProperty(error, "code", { value: code, enumerable: true });
  return error;
}

/**
 * The request queue both modes share: at most one call running and one waiting; a newer
 * call replaces the waiting one. `run(job)` resolves with the result of one job.
 */
function newestWins(run) {
  let running = null;
  let waiting = null;
  let disposed = false;

  function settle(job, ok, value) {
    if (job.settled) return;
    job.settled = true;
    job.signal?.removeEventListener("abort", job.onAbort);
    if (ok) job.resolve(value);
    else job.reject(value);
  }

  function pump() {
    if (running || !waiting || disposed) return;
    const job = waiting;
    waiting = null;
    running = job;
    run(job).then(
      (result) => settle(job, true, result),
      (error) => settle(job, false, error),
    ).finally(() => {
      running = null;
      pump();
    });
  }

  return {
    submit(text, options = {}) {
      if (disposed) return Promise.reject(codedError("ERR_DISPOSED", "proselens: this analyzer was disposed"));
      if (typeof text !== "string") {
        return Promise.reject(codedError("ERR_INVALID_TEXT", "proselens: analyze() takes a string", TypeError));
      }
      const { signal, ...engineOptions } = options ?? {};
      if (signal?.aborted) return Promise.reject(signal.reason ?? abortError("ERR_ABORTED", "aborted"));
      return new Promise((resolve, reject) => {
        const job = { text, options: engineOptions, signal, resolve, reject, settled: false };
        const superseded = abortError("ERR_SUPERSEDED", "proselens: a newer analysis replaced this one");
        if (waiting) settle(waiting, false, superseded);
        if (running) settle(running, false, superseded);
        job.onAbort = () => {
          if (waiting === job) waiting = null;
          settle(job, false, signal.reason ?? abortError("ERR_ABORTED", "aborted"));
        };
        signal?.addEventListener("abort", job.onAbort, { once: true });
        waiting = job;
        // A macrotask lets a burst of calls (typing) collapse to the newest one.
        setTimeout(pump, 0);
      });
    },
    dispose() {
      disposed = true;
      const error = abortError("ERR_DISPOSED", "proselens: the analyzer was disposed");
      if (waiting) settle(waiting, false, error);
      if (running) settle(running, false, error);
      waiting = null;
    },
  };
}

/** An analyzer that runs `analyzeFn` (the synchronous engine call) on this thread. */
export function mainThreadAnalyzer(analyzeFn, version) {
  return facade(async (job) => analyzeFn(job.text, job.options), { mode: "main-thread", version }, () => {});
}

/**
 * The public analyzer object over one runner. `fork()` gives another analyzer on the same
 * engine with its own newest-wins queue (one per widget); disposing the first one also
 * runs `stop` (the worker ends).
 */
function facade(run, info, stop) {
  const make = (root) => {
    const queue = newestWins(run);
    return {
      ...info,
      analyze: (text, options) => queue.submit(text, options),
      fork: () => make(false),
      dispose() {
        queue.dispose();
        if (root) stop();
      },
    };
  };
  return make(true);
}

function reviveError(data) {
  const error = data.name === "TypeError" ? new TypeError(data.message) : new Error(data.message);
  if (data.code) error.code = data.code;
  return error;
}

/**
 * Starts a module worker with `spawn()` and hands it the compiled engine; resolves with an
 * analyzer once the worker says it is ready, rejects when the worker cannot start
 * (cross-origin, CSP, load error) so the caller can fall back to the main thread.
 */
export function workerAnalyzer(spawn, module, timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const pending = new Map();
    let nextId = 1;
    const timer = setTimeout(() => fail(new Error("the worker did not start in time")), timeoutMs);
    function fail(error) {
      clearTimeout(timer);
      worker.terminate();
      reject(error);
    }
    worker.addEventListener("error", (event) => {
      event.preventDefault?.();
      const error = codedError("ERR_WORKER", `proselens worker: ${event.message || "failed to load"}`);
      fail(error);
      for (const { reject: rejectJob } of pending.values()) rejectJob(error);
      pending.clear();
    });
    worker.addEventListener("message", ({ data }) => {
      if (data.type === "ready") {
        clearTimeout(timer);
        const run = (job) => new Promise((res, rej) => {
          const id = nextId++;
          pending.set(id, { resolve: res, reject: rej });
          worker.postMessage({ type: "analyze", id, text: job.text, options: job.options });
        });
        resolve(facade(run, { mode: "worker", version: data.version }, () => worker.terminate()));
      } else if (data.type === "init-error") {
        fail(reviveError(data.error));
      } else if (data.type === "result" || data.type === "error") {
        const job = pending.get(data.id);
        pending.delete(data.id);
        if (!job) return;
        // The worker sends the compact wire form: far cheaper to copy between threads
        // than the objects it stands for.
        if (data.type === "result") job.resolve(decodeAnalysis(data.result));
        else job.reject(reviveError(data.error));
      }
    });
    worker.postMessage({ type: "init", module });
  });
}

/** Compiles the engine from any accepted source into a WebAssembly.Module. */
export async function compileEngine(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return WebAssembly.compile(source);
  const response = source instanceof Response ? source : await fetch(source);
  if (!response.ok) throw codedError("ERR_WASM_LOAD", `proselens: could not fetch the engine (${response.status})`);
  // A server without the application/wasm MIME type cannot stream; compile the bytes.
  if (response.headers.get("content-type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
