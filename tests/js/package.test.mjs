// The built npm package, imported by name the way users import it (node --test).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as proselens from "proselens";
import { analyze, init } from "proselens";

const sliceOf = (text, span) => text.slice(span.start, span.end);

test("exports exactly the public API", () => {
  assert.deepEqual(Object.keys(proselens).sort(), ["analyze", "init", "schemaVersion"]);
});

test("init() is idempotent and ready on import in Node", async () => {
  await init();
  await init();
  assert.equal(analyze("One. Two.").stats.sentences, 2);
});

test("the README example counts two sentences", () => {
  assert.equal(analyze("Dr. Smith arrived in the U.S. at 5 p.m. He left.").stats.sentences, 2);
});

test("spans are UTF-16 offsets after emoji, CJK, combining marks and curly quotes", () => {
  const prefixes = ["😀👍🏽 ", "中文字。", "e\u0301 a\u0308 ", "“curly” ‘quotes’ ", "𝄞 music. "];
  for (const prefix of prefixes) {
    const text = `${prefix}Dr. Okafor spoke. He left early.`;
    const result = analyze(text);
    const sentences = result.sentences.map((s) => sliceOf(text, s.span));
    assert.equal(sentences.at(-1), "He left early.", `after ${JSON.stringify(prefix)}`);
    assert.ok(sentences.at(-2).endsWith("Dr. Okafor spoke."), `after ${JSON.stringify(prefix)}`);
    for (const block of result.blocks) {
      assert.equal(sliceOf(text, block.span).trim(), sliceOf(text, block.span));
    }
  }
});

test("the result is a plain JSON-compatible object with the contract's sections", () => {
  const result = analyze("It may rain. It will rain.");
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  for (const key of ["schemaVersion", "language", "cleanup", "stats", "readability", "keywords",
    "sentences", "hints", "summary", "warnings"]) {
    assert.ok(key in result, key);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  assert.equal(typeof result.stats.lexicalDiversity.mtld, "number");
});

test("invalid options throw an Error with a code; any string gives a result", () => {
  assert.throws(() => analyze("x", { language: "xx" }), (e) => e instanceof Error && e.code === "ERR_INVALID_OPTIONS");
  assert.throws(() => analyze("x", { colour: "red" }), (e) => e.code === "ERR_INVALID_OPTIONS");
  assert.throws(() => analyze("x", "en"), (e) => e.code === "ERR_INVALID_OPTIONS");
  assert.throws(() => analyze(42), (e) => e instanceof TypeError && e.code === "ERR_INVALID_TEXT");
  for (const text of ["", "\uD800 lone surrogate.", "\u0000\u0000", "x".repeat(1 << 20), "שלום עולם. مرحبا بالعالم."]) {
    const result = analyze(text);
    assert.ok(Number.isFinite(result.stats.words));
  }
  assert.equal(analyze("").stats.sentences, 0);
});

test("cleanup sets furniture aside and cleanup: false keeps everything", () => {
  const text = [
    "Home   News   Sport   Contact", "",
    "We use cookies to improve your experience. Accept all to consent.", "",
    "The council met on Monday to discuss the new bridge. Residents asked for more time to comment on the plans.", "",
    "Engineers said the old bridge could stay open until the spring, when the work is due to start.", "",
    "© 2024 Example News. All rights reserved.",
  ].join("\n");
  const cleaned = analyze(text);
  assert.equal(cleaned.stats.sentences, 3);
  const details = cleaned.cleanup.blocks.map((b) => b.detail);
  assert.ok(details.includes("cookie or consent notice"), details.join("; "));
  assert.ok(cleaned.cleanup.blocks.every((b) => ["boilerplate", "duplicate"].includes(b.reason)));
  const everything = analyze(text, { cleanup: false });
  assert.equal(everything.cleanup.blocks.length, 0);
  assert.ok(everything.stats.words > cleaned.stats.words);
});

test("language is detected and can be overridden", () => {
  const de = analyze("Der Rat sagte, dass die Bibliothek bis zum Frühjahr geschlossen bleibt und nicht sicher ist.");
  assert.equal(de.language.code, "de");
  assert.equal(de.language.detected, true);
  const forced = analyze("Der Rat sagte, dass die Bibliothek geschlossen bleibt.", { language: "en" });
  assert.deepEqual([forced.language.code, forced.language.detected], ["en", false]);
});
