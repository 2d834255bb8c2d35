// Node ESM consumer: the engine is ready on import.
import { analyze, createAnalyzer, schemaVersion } from "proselens";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const result = analyze("It may rain. It will rain.");
const analyzer = await createAnalyzer();
const again = await analyzer.analyze("It may rain. It will rain.");
const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("proselens/schema.json"), "utf8"));
console.log(JSON.stringify({
  sentences: result.sentences.length,
  hedged: result.sentences[0].stance.hedged,
  mode: analyzer.mode,
  same: JSON.stringify(again) === JSON.stringify(result),
  version: schemaVersion(),
  schemaTitle: schema.title,
}));
