// The tools the benchmark runs, each doing the job a user would ask of it on an article:
// proselens (readability + keywords + stance hints, default options) and the peers a user
// would otherwise pick. Each `load()` returns `run(text)`; what a peer computes is said
// beside it, so the ratios compare like with like as far as each peer allows.

/** Splits text into sentences for peers that score one sentence at a time (VADER). */
const roughSentences = (text) => text.split(/(?<=[.!?])\s+/);

export const TOOLS = {
  proselens: {
    does: "readability (12 formulas, per sentence), keywords (names/phrases/words with every occurrence), stance hints, paste cleanup",
    async load() {
      const { analyze } = await import("../js/node.js");
      return (text) => analyze(text);
    },
  },
  "wink-nlp": {
    does: "readDoc with the web model (tokens, sentences, POS, entities), readabilityStats, sentiment per sentence, frequency table of content words",
    async load() {
      const winkNLP = (await import("wink-nlp")).default;
      const model = (await import("wink-eng-lite-web-model")).default;
      const nlp = winkNLP(model);
      const { its, as } = nlp;
      return (text) => {
        const doc = nlp.readDoc(text);
        const stats = doc.out(its.readabilityStats);
        const sentiments = doc.sentences().out(its.sentiment);
        const freq = doc
          .tokens()
          .filter((t) => t.out(its.type) === "word" && !t.out(its.stopWordFlag))
          .out(its.normal, as.freqTable);
        return { stats, sentiments: sentiments.length, freq: freq.length };
      };
    },
  },
  "text-readability": {
    does: "textStandard (all its formulas) plus Flesch reading ease",
    async load() {
      const rs = (await import("text-readability")).default;
      return (text) => ({ grade: rs.textStandard(text, true), ease: rs.fleschReadingEase(text) });
    },
  },
  "retext-readability": {
    does: "unified + retext (latin parser) + retext-readability: per-sentence readability warnings",
    async load() {
      const { retext } = await import("retext");
      const readability = (await import("retext-readability")).default;
      const processor = retext().use(readability, { age: 16 });
      return (text) => processor.processSync(text).messages.length;
    },
  },
  compromise: {
    does: "nlp(text): tagging, sentences, topics (people/places/organisations) with frequency",
    async load() {
      const nlp = (await import("compromise")).default;
      return (text) => {
        const doc = nlp(text);
        return { sentences: doc.sentences().length, topics: doc.topics().out("frequency").length };
      };
    },
  },
  "vader-sentiment": {
    does: "polarity_scores per sentence (sentences split by a regular expression)",
    async load() {
      const vader = (await import("vader-sentiment")).default;
      return (text) => roughSentences(text).map((s) => vader.SentimentIntensityAnalyzer.polarity_scores(s).compound);
    },
  },
  "keyword-extractor": {
    does: "extract(text) in English: stopword removal, lower case, duplicates kept",
    async load() {
      const extractor = (await import("keyword-extractor")).default;
      return (text) =>
        extractor.extract(text, { language: "english", remove_digits: true, return_changed_case: true, remove_duplicates: false }).length;
    },
  },
};
