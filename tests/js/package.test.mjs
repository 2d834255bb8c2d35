// The built npm package, imported by name the way users import it (node --test).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as proselens from "proselens";
import { analyze, countSyllables, init } from "proselens";

const sliceOf = (text, span) => text.slice(span.start, span.end);

test("exports exactly the public API, the same names in Node and in browsers", async () => {
  const names = ["analyze", "countSyllables", "createAnalyzer", "init", "schemaVersion"];
  assert.deepEqual(Object.keys(proselens).sort(), names);
  // The browser entry, read as source (it cannot load its wasm by URL in Node).
  const { readFileSync } = await import("node:fs");
  const source = readFileSync(new URL("../../js/index.js", import.meta.url), "utf8");
  const exported = [...source.matchAll(/^export (?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(exported, names);
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

test("readability: every formula with its inputs, a consensus, per-sentence difficulty", () => {
  const text = "The committee's deliberations regarding infrastructure modernization continued interminably, " +
    "notwithstanding considerable opposition from representatives of neighbouring municipalities. It rained.";
  const result = analyze(text);
  const ids = result.readability.formulas.map((f) => f.id);
  assert.deepEqual(ids, ["flesch-reading-ease", "flesch-kincaid-grade", "gunning-fog", "smog", "coleman-liau",
    "automated-readability-index", "dale-chall", "spache", "linsear-write", "forcast", "lix", "rix"]);
  for (const f of result.readability.formulas) {
    assert.ok(Number.isFinite(f.value), f.id);
    assert.equal(typeof f.inputs, "object");
    assert.ok(Object.values(f.inputs).every(Number.isFinite), f.id);
  }
  const { grade, band, spread } = result.readability.consensus;
  assert.ok(grade >= spread[0] && grade <= spread[1]);
  assert.equal(typeof band, "string");
  assert.equal(result.sentences[0].difficulty, "very-hard");
  assert.equal(result.sentences[1].difficulty, "ok");
  assert.ok(result.stats.syllables > 0 && result.stats.polysyllables > 0);
  const strict = analyze(text, { readability: { hardGrade: 30, veryHardGrade: 40, minWords: 3 } });
  assert.equal(strict.sentences[0].difficulty, "ok");
  assert.throws(() => analyze(text, { readability: { hardGrade: 12, veryHard: 3 } }), (e) => e.code === "ERR_INVALID_OPTIONS");
  assert.throws(() => analyze(text, { readability: { hardGrade: 15, veryHardGrade: 10 } }), (e) => e.code === "ERR_INVALID_OPTIONS");
});

test("empty text: no formulas, a warning, no NaN", () => {
  const result = analyze("");
  assert.equal(result.readability.consensus, null);
  assert.deepEqual(result.readability.formulas, []);
  assert.ok(result.warnings.some((w) => w.code === "no-words"));
  assert.doesNotMatch(JSON.stringify(result), /NaN|Infinity/);
});

test("countSyllables agrees with the dictionary on common words, numbers and acronyms", () => {
  const cases = { the: 1, table: 2, every: 3, fire: 2, library: 3, NATO: 2, FBI: 3, 1990: 4, "co-chair": 2, "church's": 2 };
  for (const [word, n] of Object.entries(cases)) assert.equal(countSyllables(word), n, word);
  assert.equal(countSyllables("biblioteca", "es"), 4);
  assert.throws(() => countSyllables(5), (e) => e.code === "ERR_INVALID_TEXT");
});

test("keywords: ranked rows whose occurrences slice back to their forms", () => {
  const text = "South Korea’s foreign ministry said the South Korean navy tracked the ship. " +
    "Officials in South Korea declined to comment. 😀 The tightrope diplomacy of South Korea continues, " +
    "and tightrope diplomacy is hard.";
  const result = analyze(text);
  const korea = result.keywords.find((k) => k.term === "South Korea");
  assert.ok(korea, JSON.stringify(result.keywords.map((k) => k.term)));
  assert.equal(korea.kind, "name");
  assert.equal(korea.count, 4);
  for (const k of result.keywords) {
    for (const span of k.occurrences) assert.ok(k.forms.includes(text.slice(span.start, span.end)), k.term);
    assert.equal(k.count, k.occurrences.length);
  }
  assert.ok(result.keywords.some((k) => k.kind === "phrase" && k.term === "tightrope diplomacy"));
  const words = analyze(text, { keywords: { kinds: ["word"], limit: 3 } }).keywords;
  assert.ok(words.length <= 3 && words.every((k) => k.kind === "word"));
  assert.throws(() => analyze(text, { keywords: { top: 3 } }), (e) => e.code === "ERR_INVALID_OPTIONS");
});

test("stance: hints with cues, UTF-16 spans, sources and sentence flags", () => {
  const text = "😀 It may rain. It will rain. “We did everything we could,” the coach said. " +
    "Two officials familiar with the talks said a deal was close.";
  const result = analyze(text);
  assert.equal(result.sentences[0].stance.hedged, true);
  assert.equal(result.sentences[1].stance.hedged, false);
  for (const hint of result.hints) {
    assert.equal(text.slice(hint.span.start, hint.span.end), hint.cue, hint.kind);
    assert.ok(result.sentences[hint.sentence].hints.includes(result.hints.indexOf(hint)));
  }
  const coach = result.sentences[2].stance;
  assert.equal(coach.attributed, true);
  assert.equal(coach.selfMention, false, "pronouns inside the coach's quote are not the author's");
  const officials = result.hints.find((h) => h.kind === "attribution" && h.sentence === 3);
  assert.equal(text.slice(officials.source.start, officials.source.end), "Two officials familiar with the talks");
  assert.equal(result.sentences[3].stance.unnamedSource, true);
  assert.equal(result.summary.hintCounts.hedge, 1);
  assert.equal(typeof result.summary.ratesPer100Sentences.attribution, "number");
  const only = analyze(text, { hints: { kinds: ["attribution"] } });
  assert.ok(only.hints.every((h) => h.kind === "attribution"));
  assert.throws(() => analyze(text, { hints: { add: { hedges: ["x"] } } }), (e) => e.code === "ERR_INVALID_OPTIONS");
  assert.throws(() => analyze(text, { hints: { kinds: ["sarcasm"] } }), (e) => e.code === "ERR_INVALID_OPTIONS");
});

test("options of the wrong type are named in the error; null means the default", () => {
  const text = "It may rain in Paris. Paris is wet. The river may rise.";
  const cases = [
    [{ cleanup: "yes" }, "options.cleanup"],
    [{ language: 5 }, "language"],
    [{ keep: [1, "a"] }, "options.keep[1]"],
    [{ keep: 3 }, "options.keep"],
    [{ readability: { hardGrade: "12" } }, "options.readability.hardGrade"],
    [{ readability: [] }, "options.readability"],
    [{ keywords: { limit: -1 } }, "options.keywords.limit"],
    [{ keywords: { limit: 1.5 } }, "options.keywords.limit"],
    [{ keywords: { minCount: Number.NaN } }, "options.keywords.minCount"],
    [{ keywords: { stopwords: "the" } }, "options.keywords.stopwords"],
    [{ hints: { kinds: [1] } }, "options.hints.kinds[0]"],
    [{ hints: { add: { hedge: "perhaps" } } }, "options.hints.add.hedge"],
    [{ hints: { remove: { booster: [null] } } }, "options.hints.remove.booster[0]"],
    [{ hints: { add: { hedges: ["x"] } } }, "hints.add.hedges"],
  ];
  for (const [options, named] of cases) {
    assert.throws(
      () => analyze(text, options),
      (e) => e instanceof Error && e.code === "ERR_INVALID_OPTIONS" && e.message.includes(named),
      JSON.stringify(options),
    );
  }
  const plain = analyze(text);
  const nulls = analyze(text, { language: null, cleanup: null, keep: null, readability: null, keywords: { limit: null }, hints: { add: null } });
  assert.deepEqual(nulls, plain);
  // Values that are given are used.
  const edited = analyze(text, { keywords: { limit: 1, minCount: 2, stopwords: ["PARIS"] }, hints: { add: { hedge: ["is wet"] } } });
  assert.ok(edited.keywords.length <= 1 && edited.keywords.every((k) => k.count >= 2 && k.term.toLowerCase() !== "paris"));
  assert.ok(edited.hints.some((h) => h.kind === "hedge" && h.cue === "is wet"));
  assert.ok(!plain.hints.some((h) => h.cue === "is wet"));
});
