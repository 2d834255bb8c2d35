// The TypeScript types and the JSON Schema follow the Rust types:
// - schema/analysis.schema.json is what scripts/schema.mjs generates from js/index.d.ts;
// - real results on varied texts validate against it (no extra, missing or mistyped
//   field: renaming a Rust field without the type following fails here);
// - the option names in AnalyzeOptions are exactly the ones the engine accepts;
// - `tsc --noEmit` type-checks a usage file against the package's exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import Ajv from "ajv";
import { analyze } from "../../js/node.js";
import { analysisSchema, schemaOf } from "../../scripts/schema.mjs";

const ROOT = new URL("../../", import.meta.url);

test("the committed schema is the one generated from index.d.ts", () => {
  const committed = JSON.parse(readFileSync(new URL("schema/analysis.schema.json", ROOT), "utf8"));
  assert.deepEqual(committed, analysisSchema(), "run: node scripts/schema.mjs");
});

test("results on varied texts validate against the schema", () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(new URL("schema/analysis.schema.json", ROOT), "utf8")));
  const pastes = readdirSync(new URL("tests/fixtures/paste/", ROOT)).filter((f) => f.endsWith(".txt"));
  const texts = [
    "",
    "It may rain. It will rain.",
    "Critics said the plan was a failure, according to officials. I think you should ask yourself: why? Clearly it works!",
    "naïve café — 👍🏽 “quotes” 中文字 עברית",
    ...pastes.map((f) => readFileSync(new URL(`tests/fixtures/paste/${f}`, ROOT), "utf8")),
  ];
  for (const [i, text] of texts.entries()) {
    for (const options of [undefined, { cleanup: false }]) {
      const result = analyze(text, options);
      const ok = validate(result);
      assert.ok(ok, `text ${i}: ${ajv.errorsText(validate.errors)}`);
    }
  }
});

// The engine lists the option names it knows when it meets an unknown one.
function engineOptionNames(nested) {
  try {
    analyze("x", nested ? { [nested]: { __unknown__: 1 } } : { __unknown__: 1 });
  } catch (error) {
    const known = error.message.split("known options: ")[1];
    return known.split(", ").map((k) => k.replace(`${nested}.`, "")).sort();
  }
  throw new Error("an unknown option was accepted");
}

test("AnalyzeOptions names exactly the options the engine accepts", () => {
  const schema = schemaOf("AnalyzeOptions");
  const options = schema.definitions.AnalyzeOptions;
  assert.deepEqual(Object.keys(options.properties).sort(), engineOptionNames());
  for (const nested of ["readability", "keywords", "hints"]) {
    assert.deepEqual(Object.keys(options.properties[nested].properties).sort(), engineOptionNames(nested), nested);
  }
});

test("tsc --noEmit type-checks a usage file against the package exports", () => {
  const tsc = new URL("node_modules/typescript/bin/tsc", ROOT).pathname;
  try {
    execFileSync("node", [tsc, "--noEmit", "-p", new URL("tests/types/tsconfig.json", ROOT).pathname], { stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    assert.fail(`tsc found type errors:\n${error.stdout}${error.stderr}`);
  }
});
