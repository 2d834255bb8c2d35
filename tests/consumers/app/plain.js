// No bundler: import the installed package's files by path, as a plain site would.
import { init, analyze, createAnalyzer } from "./node_modules/proselens/js/index.js";
import "./node_modules/proselens/www/define.js";

const lens = document.querySelector("prose-lens");
lens.addEventListener("analysis", (event) => {
  document.body.dataset.widgetWords = String(event.detail.stats.words);
});
await init();
const result = analyze("It may rain. It will rain.");
const analyzer = await createAnalyzer();
const again = await analyzer.analyze("It may rain. It will rain.");
document.getElementById("out").textContent = JSON.stringify({
  mode: analyzer.mode,
  sentences: result.sentences.length,
  hedged: result.sentences[0].stance.hedged,
  same: JSON.stringify(again) === JSON.stringify(result),
});
document.body.dataset.state = "done";
