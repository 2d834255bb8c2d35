// Type-checked by tests/js/types.test.mjs (tsc --noEmit): how users call the package.
// It imports through the package's own exports map ("proselens", "proselens/…").
import { analyze, createAnalyzer, init, countSyllables, schemaVersion } from "proselens";
import type { Analysis, AnalyzeOptions, Analyzer, Hint, Keyword } from "proselens";
import { ProseLens } from "proselens/element";
import { define } from "proselens/define";
import * as inline from "proselens/inline";

async function main(): Promise<void> {
  await init();
  const options: AnalyzeOptions = {
    language: "en",
    cleanup: true,
    keep: [0],
    readability: { hardGrade: 10, veryHardGrade: 14, minWords: 14 },
    keywords: { limit: 10, minCount: 2, stopwords: ["said"], kinds: ["name", "phrase"] },
    hints: { kinds: ["hedge"], add: { hedge: ["arguably"] }, remove: { booster: ["clearly"] } },
  };
  const result: Analysis = analyze("It may rain.", options);
  const grade: number | undefined = result.readability.consensus?.grade;
  const first: Keyword | undefined = result.keywords[0];
  const hedges: Hint[] = result.hints.filter((h) => h.kind === "hedge");
  const spans: number[] = result.sentences.map((s) => s.span.end - s.span.start);
  // @ts-expect-error: not an option
  analyze("x", { lang: "en" });
  // @ts-expect-error: not a hint kind
  analyze("x", { hints: { kinds: ["hedges"] } });

  const analyzer: Analyzer = await createAnalyzer({ worker: true });
  const controller = new AbortController();
  const later: Analysis = await analyzer.analyze("Text.", { signal: controller.signal, cleanup: false });
  const mode: "worker" | "main-thread" = analyzer.mode;
  analyzer.dispose();

  const lens = define();
  const element = document.createElement("prose-lens");
  element.value = "Some text.";
  element.addEventListener("analysis", (event) => {
    const words: number = event.detail.stats.words;
    void words;
  });
  const blob: Blob = element.export("csv");
  ProseLens.configure({ wasm: inline.engineBytes });
  void [grade, first, hedges, spans, later, mode, lens, blob, countSyllables("word"), schemaVersion()];
}

void main;
