// A consumer app: the npm API in a worker, and the widget, through the package's exports.
import { createAnalyzer } from "proselens";
import "proselens/define";

const out = document.getElementById("out");
const lens = document.querySelector("prose-lens");
lens.addEventListener("analysis", (event) => {
  document.body.dataset.widgetWords = String(event.detail.stats.words);
});
const analyzer = await createAnalyzer();
const result = await analyzer.analyze("It may rain. It will rain.");
out.textContent = JSON.stringify({ mode: analyzer.mode, sentences: result.sentences.length, hedged: result.sentences[0].stance.hedged });
document.body.dataset.state = "done";
