// Rebuilds the Analysis object from the compact wire form the engine returns (the layout
// is documented in src/wire.rs): a small head of plain values plus typed-array columns.
// Same fields, in the same order, as the full form; a test (tests/js/wire.test.mjs)
// compares the two on every fixture.

const SENTENCE = 9;
const HINT = 11;
const BLOCK = 4;

/** Turns the engine's wire form into the public Analysis object. */
export function decodeAnalysis(w) {
  const s = w.strings;

  const blocks = new Array(w.blocks.length / BLOCK);
  for (let i = 0, j = 0; i < blocks.length; i++, j += BLOCK) {
    const b = w.blocks;
    blocks[i] = { span: { start: b[j], end: b[j + 1] }, kind: s[b[j + 2]], kept: b[j + 3] === 1 };
  }

  const keywords = w.keywords.map((k) => {
    const flat = k.occurrences;
    const occurrences = new Array(flat.length / 2);
    for (let i = 0; i < occurrences.length; i++) {
      occurrences[i] = { start: flat[2 * i], end: flat[2 * i + 1] };
    }
    return {
      term: k.term,
      words: k.words,
      kind: k.kind,
      count: k.count,
      density: k.density,
      score: k.score,
      forms: k.forms,
      occurrences,
    };
  });

  const sentences = new Array(w.sentences.length / SENTENCE);
  const c = w.sentences;
  const scores = w.sentenceScores;
  const sentenceHints = w.sentenceHints;
  for (let i = 0, j = 0, h = 0; i < sentences.length; i++, j += SENTENCE) {
    const flags = c[j + 6]; // bit order: src/wire.rs module docs
    const count = c[j + 8];
    // A plain array copied by index: cheaper than a typed-array view per sentence.
    const own = new Array(count);
    for (let k = 0; k < count; k++) own[k] = sentenceHints[h + k];
    sentences[i] = {
      span: { start: c[j], end: c[j + 1] },
      block: c[j + 2],
      words: c[j + 3],
      syllables: c[j + 4],
      grade: scores[2 * i],
      difficulty: s[c[j + 5]],
      stance: {
        hedged: (flags & 1) !== 0,
        boosted: (flags & 2) !== 0,
        attributed: (flags & 4) !== 0,
        unnamedSource: (flags & 8) !== 0,
        evaluative: (flags & 16) !== 0,
        polarity: c[j + 7] - 1,
        sentiment: scores[2 * i + 1],
        question: (flags & 32) !== 0,
        selfMention: (flags & 64) !== 0,
        readerPronoun: (flags & 128) !== 0,
        directive: (flags & 256) !== 0,
      },
      hints: own,
    };
    h += count;
  }

  const hints = new Array(w.hints.length / HINT);
  const t = w.hints;
  for (let i = 0, j = 0; i < hints.length; i++, j += HINT) {
    hints[i] = {
      kind: s[t[j]],
      cue: s[t[j + 1]],
      span: { start: t[j + 2], end: t[j + 3] },
      sentence: t[j + 4],
      confidence: s[t[j + 5]],
      message: s[t[j + 6]],
      polarity: t[j + 7] === 0 ? null : t[j + 7] - 2,
      boosterType: t[j + 8] === 0 ? null : s[t[j + 8] - 1],
      source: t[j + 9] === 0 ? null : { start: t[j + 9] - 1, end: t[j + 10] - 1 },
    };
  }

  return {
    schemaVersion: w.schemaVersion,
    language: w.language,
    cleanup: w.cleanup,
    blocks,
    stats: w.stats,
    readability: w.readability,
    keywords,
    sentences,
    hints,
    summary: w.summary,
    warnings: w.warnings,
  };
}
