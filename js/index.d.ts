// Types of the npm package "proselens". They mirror the Rust result and option types
// (src/analysis.rs, src/lib.rs); tests/js/types.test.mjs fails when the two drift apart,
// and schema/analysis.schema.json is generated from `Analysis` here.

/** A range of UTF-16 code units: `text.slice(span.start, span.end)` is the thing. */
export interface Span {
  start: number;
  end: number;
}

/** ISO 639-1 codes the engine supports. */
export type LanguageCode = "en" | "de" | "es" | "fr" | "it" | "nl" | "pt" | "ru";

export interface AnalyzeOptions {
  /** Analyse as this language instead of detecting it. */
  language?: LanguageCode;
  /** Set aside web-page furniture and repeated content (default true). */
  cleanup?: boolean;
  /**
   * UTF-16 start offsets of set-aside stretches (`cleanup.blocks[i].span.start`) to keep
   * after all — an "undo" for cleanup. Offsets that start no stretch are ignored.
   */
  keep?: number[];
  /** Keyword extraction. */
  keywords?: {
    /** Most rows returned (default 30). */
    limit?: number;
    /** Fewest occurrences for a row (default 1). */
    minCount?: number;
    /** Extra stopwords, any case. */
    stopwords?: string[];
    /** Kinds to return (default all). */
    kinds?: Array<"name" | "phrase" | "word">;
  };
  hints?: {
    /** Hint kinds to report (default all). */
    kinds?: HintKind[];
    /** Cues to add to the built-in lists. */
    add?: CueEdits;
    /** Cues to remove from the built-in lists. */
    remove?: CueEdits;
  };
  /** Per-sentence difficulty thresholds (Flesch–Kincaid grade of the sentence). */
  readability?: {
    /** Grade from which a sentence is "hard" (default 10). */
    hardGrade?: number;
    /** Grade from which a sentence is "very-hard" (default 14). */
    veryHardGrade?: number;
    /** Sentences with fewer words are always "ok" (default 14). */
    minWords?: number;
  };
}

/** Cue-list edits for `options.hints.add` / `options.hints.remove`. */
export interface CueEdits {
  hedge?: string[];
  booster?: string[];
  attribution?: string[];
  positive?: string[];
  negative?: string[];
}

export type Band =
  | "very-easy"
  | "easy"
  | "fairly-easy"
  | "standard"
  | "fairly-difficult"
  | "difficult"
  | "very-difficult";

export type FormulaId =
  | "flesch-reading-ease"
  | "flesch-kincaid-grade"
  | "gunning-fog"
  | "smog"
  | "coleman-liau"
  | "automated-readability-index"
  | "dale-chall"
  | "linsear-write"
  | "forcast"
  | "lix"
  | "rix"
  | "spache";

export type HintKind =
  | "hedge"
  | "booster"
  | "attribution"
  | "evaluative"
  | "question"
  | "self-mention"
  | "reader-pronoun"
  | "directive";

export interface Language {
  code: LanguageCode;
  /** False when the code came from the options or the evidence was too thin. */
  detected: boolean;
  /** 0–1. */
  confidence: number;
}

export interface SetAsideBlock {
  span: Span;
  reason: "boilerplate" | "duplicate";
  /** What it looked like, e.g. "cookie or consent notice". */
  detail: string;
}

export interface BlockInfo {
  span: Span;
  kind: "paragraph" | "heading" | "list-item";
  /** False when cleanup set the block aside. */
  kept: boolean;
}

export interface Stats {
  characters: number;
  letters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  syllables: number;
  polysyllables: number;
  complexWords: number;
  longWords: number;
  uniqueWords: number;
  avgWordsPerSentence: number;
  avgSyllablesPerWord: number;
  readingTimeSeconds: number;
  speakingTimeSeconds: number;
  lexicalDiversity: { ttr: number; mtld: number };
}

export interface Formula {
  id: FormulaId;
  name: string;
  value: number;
  grade: number | null;
  band: Band;
  inputs: Record<string, number>;
  note: string;
}

export interface Readability {
  /** Median grade of the grade-level formulas; null when the text has no words. */
  consensus: { grade: number; band: Band; spread: [number, number] } | null;
  formulas: Formula[];
}

export interface Keyword {
  term: string;
  words: number;
  kind: "word" | "phrase" | "name";
  count: number;
  density: number;
  score: number;
  forms: string[];
  occurrences: Span[];
}

export interface SentenceStance {
  hedged: boolean;
  boosted: boolean;
  attributed: boolean;
  unnamedSource: boolean;
  evaluative: boolean;
  polarity: -1 | 0 | 1;
  sentiment: number;
  question: boolean;
  selfMention: boolean;
  readerPronoun: boolean;
  directive: boolean;
}

export interface Sentence {
  span: Span;
  /** Index into `blocks`. */
  block: number;
  words: number;
  syllables: number;
  grade: number;
  difficulty: "ok" | "hard" | "very-hard";
  stance: SentenceStance;
  /** Indexes into `hints`. */
  hints: number[];
}

export interface Hint {
  kind: HintKind;
  cue: string;
  span: Span;
  sentence: number;
  confidence: "low" | "medium" | "high";
  message: string;
  /** Evaluative hints: the cue's polarity; null for other kinds. */
  polarity: -1 | 0 | 1 | null;
  /** Boosters: "certainty" or "intensity"; null for other kinds. */
  boosterType: "certainty" | "intensity" | null;
  /** Attributions: who says so, when named or described; null otherwise. */
  source: Span | null;
}

export interface Analysis {
  schemaVersion: string;
  language: Language;
  cleanup: { blocks: SetAsideBlock[] };
  blocks: BlockInfo[];
  stats: Stats;
  readability: Readability;
  keywords: Keyword[];
  sentences: Sentence[];
  hints: Hint[];
  summary: {
    /** Sentences with each hint kind. */
    hintCounts: Record<HintKind, number>;
    /** The same per 100 kept sentences. */
    ratesPer100Sentences: Record<HintKind, number>;
    /** Mean author polarity: negative at -0.1 or below, positive at 0.1 or above. */
    tone: "negative" | "neutral" | "positive";
  };
  warnings: Array<{ code: string; message: string }>;
}

/** Where the engine's wasm can come from. */
export type WasmSource = URL | string | Response | BufferSource | WebAssembly.Module;

/** Loads the engine (idempotent). In Node it is ready on import and this resolves at once. */
export function init(input?: { wasm?: WasmSource }): Promise<void>;

/**
 * Analyses `text`. Never throws for a string; throws an Error with `code`
 * ("ERR_INVALID_OPTIONS", "ERR_NOT_INITIALIZED", "ERR_INVALID_TEXT") otherwise.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/**
 * Syllables in one word as the formulas count them: English rules plus an exception table
 * from the CMU Pronouncing Dictionary; numbers as read aloud; initialisms spelled out.
 * Other languages count vowel groups.
 */
export function countSyllables(word: string, language?: LanguageCode): number;

/** The version of the result shape, e.g. "0.1.0". */
export function schemaVersion(): string;

/** Options of one analyzer call. */
export interface AnalyzerCallOptions extends AnalyzeOptions {
  /** Cancels the call: its promise rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
}

/**
 * Analyses off the main thread when it can. Calls are newest-wins: starting a call rejects
 * every older call still pending with an AbortError whose `code` is "ERR_SUPERSEDED".
 */
export interface Analyzer {
  /** Where analysis runs: a module worker, or this thread (Node, cross-origin embeds). */
  readonly mode: "worker" | "main-thread";
  /** The engine's schema version. */
  readonly version: string;
  analyze(text: string, options?: AnalyzerCallOptions): Promise<Analysis>;
  /**
   * Another analyzer on the same engine (and worker) with its own newest-wins queue, e.g.
   * one per text field, so fields do not cancel each other.
   */
  fork(): Analyzer;
  /** Rejects pending calls ("ERR_DISPOSED"); on the analyzer createAnalyzer() returned, also stops the worker. */
  dispose(): void;
}

/**
 * Starts an analyzer. `worker`: true (default) tries the package's module worker, a URL
 * names your own copy of it, false stays on the main thread. Falls back to the main
 * thread when the worker cannot start (cross-origin script, CSP). In Node it always runs
 * on the calling thread.
 */
export function createAnalyzer(options?: { worker?: boolean | URL | string; wasm?: WasmSource }): Promise<Analyzer>;
