// The demo page: one <prose-lens> element plus page chrome. The engine's wasm comes
// embedded in a script (proselens/inline), so the page needs no fetch at all and its
// Content-Security-Policy can say connect-src 'none'.
import { engineBytes } from "../js/inline.js";
import { ProseLens } from "./element.js";
import { SAMPLE } from "./sample.js";

// Configure the engine before define.js registers (and so starts) the element.
ProseLens.configure({ wasm: engineBytes });
await import("./define.js");

const lens = document.getElementById("lens");
const state = (value) => {
  document.body.dataset.state = value;
};
// The `ready` promise (not the event, which may fire before this line runs).
lens.ready.then((info) => {
  document.body.dataset.engine = info.mode;
  if (document.body.dataset.state !== "done") state("ready");
}, () => state("error"));
lens.addEventListener("analysis-start", () => state("busy"));
lens.addEventListener("analysis", () => state("done"));
lens.addEventListener("analysis-error", () => state("error"));

document.getElementById("sample").addEventListener("click", () => {
  lens.value = SAMPLE;
  lens.mode = "review";
});
document.getElementById("clear").addEventListener("click", () => lens.reset());
