// Generates the JSON Schema of the result (schema/analysis.schema.json) from the
// `Analysis` type in js/index.d.ts, or of any other exported type:
//   node scripts/schema.mjs                       → writes schema/analysis.schema.json
//   node scripts/schema.mjs --type AnalyzeOptions → prints that schema
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The schema of `type` from js/index.d.ts, as an object. */
export function schemaOf(type) {
  const bin = `${ROOT}node_modules/.bin/ts-json-schema-generator`;
  const out = execFileSync(bin, ["--path", `${ROOT}js/index.d.ts`, "--type", type, "--no-type-check"], { encoding: "utf8" });
  return JSON.parse(out);
}

/** The published schema of the result. */
export function analysisSchema() {
  const version = JSON.parse(execFileSync("node", ["-e", "import('./js/node.js').then(m=>console.log(JSON.stringify(m.schemaVersion())))"], { cwd: ROOT, encoding: "utf8" }));
  return {
    $id: `urn:proselens:schema:analysis:${version}`,
    title: "proselens analysis result",
    description: `The object analyze() returns (schemaVersion ${version}). Spans are UTF-16 code units. Generated from js/index.d.ts by scripts/schema.mjs; do not edit.`,
    ...schemaOf("Analysis"),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf("--type");
  if (at > 0) {
    console.log(JSON.stringify(schemaOf(process.argv[at + 1]), null, 2));
  } else {
    writeFileSync(`${ROOT}schema/analysis.schema.json`, `${JSON.stringify(analysisSchema(), null, 2)}\n`);
  }
}
