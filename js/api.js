// The public functions, shared by the browser entry (index.js) and the Node entry
// (node.js). They differ only in how the wasm bytes are loaded.
import { decodeAnalysis } from "./wire.js";

// The engine takes the text as UTF-8 bytes of their exact length (see src/wasm.rs).
const encoder = new TextEncoder();

/** Creates an Error with a stable `code` property. */
export function codedError(code, message, ErrorType = Error) {
  const error = new ErrorType(message);
  error.code = code;
  return error;
}

/**
 * Wraps the wasm-bindgen exports into the public API.
 * @param {object} wasm the generated glue's exports
 * @param {() => boolean} isReady whether the module has been instantiated
 */
export function makeApi(wasm, isReady) {
  function requireReady() {
    if (!isReady()) {
      throw codedError(
        "ERR_NOT_INITIALIZED",
        "proselens: await init() before calling analyze()",
      );
    }
  }
  return {
    analyze(text, options) {
      requireReady();
      if (typeof text !== "string") {
        throw codedError(
          "ERR_INVALID_TEXT",
          `proselens: analyze() takes a string, got ${text === null ? "null" : typeof text}`,
          TypeError,
        );
      }
      return decodeAnalysis(wasm.analyze(encoder.encode(text), options));
    },
    countSyllables(word, language) {
      requireReady();
      if (typeof word !== "string") {
        throw codedError("ERR_INVALID_TEXT", "proselens: countSyllables() takes a string", TypeError);
      }
      if (language !== undefined && typeof language !== "string") {
        throw codedError("ERR_INVALID_OPTIONS", "proselens: language must be a string such as \"en\"");
      }
      return wasm.countSyllables(word, language);
    },
    schemaVersion() {
      requireReady();
      return wasm.schemaVersion();
    },
  };
}
