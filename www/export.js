// Exports of an analysis: JSON (the full result) and CSV (one row per sentence, or per
// keyword). Built as Blobs and downloaded through an <a download>; nothing is uploaded.

function cell(value) {
  const s = String(value ?? "");
  // Quote every cell that needs it; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows) {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** One row per kept sentence. */
export function sentencesCsv(text, result) {
  return csv([
    ["index", "start", "end", "words", "syllables", "grade", "difficulty", "hint_kinds", "cues", "text"],
    ...result.sentences.map((s, i) => {
      const hints = s.hints.map((h) => result.hints[h]);
      return [i, s.span.start, s.span.end, s.words, s.syllables, s.grade.toFixed(2), s.difficulty,
        [...new Set(hints.map((h) => h.kind))].join(" "), hints.map((h) => h.cue).join(" | "),
        text.slice(s.span.start, s.span.end).replace(/\s+/g, " ")];
    }),
  ]);
}

/** One row per keyword. */
export function keywordsCsv(result) {
  return csv([
    ["rank", "term", "kind", "words", "count", "density_per_100_words", "score", "forms"],
    ...result.keywords.map((k, i) => [i + 1, k.term, k.kind, k.words, k.count, k.density.toFixed(3), k.score.toFixed(4), k.forms.join(" | ")]),
  ]);
}

/** The export of `format` ("json", "csv" = sentences, "keywords-csv") as a Blob. */
export function exportBlob(format, text, result) {
  if (format === "json") {
    return new Blob([JSON.stringify({ text, ...result }, null, 2)], { type: "application/json" });
  }
  if (format === "csv") return new Blob([sentencesCsv(text, result)], { type: "text/csv" });
  if (format === "keywords-csv") return new Blob([keywordsCsv(result)], { type: "text/csv" });
  throw new RangeError(`unknown export format ${format}; use json, csv or keywords-csv`);
}

/** The file name for `format`. */
export function exportName(format) {
  return { json: "proselens-analysis.json", csv: "proselens-sentences.csv", "keywords-csv": "proselens-keywords.csv" }[format];
}
