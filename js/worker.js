// The module worker behind createAnalyzer({ worker: true }). It receives the compiled
// engine (a WebAssembly.Module) from the page, so it needs no fetch of its own, then
// answers { type: "analyze", id, text, options } messages one at a time.
import { initSync, analyze, schemaVersion } from "../pkg/web/proselens.js";

// The engine takes the text as UTF-8 bytes (see src/wasm.rs and js/api.js).
const encoder = new TextEncoder();

function plainError(error) {
  return { name: error?.name ?? "Error", message: String(error?.message ?? error), code: error?.code };
}

let ready = false;
self.addEventListener("message", ({ data }) => {
  if (data.type === "init") {
    try {
      if (!ready) initSync({ module: data.module });
      ready = true;
      self.postMessage({ type: "ready", version: schemaVersion() });
    } catch (error) {
      self.postMessage({ type: "init-error", error: plainError(error) });
    }
  } else if (data.type === "analyze") {
    try {
      self.postMessage({ type: "result", id: data.id, result: analyze(encoder.encode(data.text), data.options) });
    } catch (error) {
      self.postMessage({ type: "error", id: data.id, error: plainError(error) });
    }
  }
});
