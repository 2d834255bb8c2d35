#!/usr/bin/env node
// proselens command line: analyse a file or stdin with the same wasm engine as the browser.
//
//   proselens [FILE|-] [--json | --csv | --format summary|table|json|csv] [--no-cleanup] [--lang xx]
//
// Exit codes: 0 success; 1 usage error (unknown flag, bad --lang); 2 the input cannot be
// read or is not text (binary, invalid UTF-8).
import { readFileSync } from "node:fs";
import { analyze } from "../js/node.js";

const USAGE = `Usage: proselens [FILE|-] [options]

Reads FILE (or standard input when FILE is "-" or absent) and prints readability,
keywords and stance hints.

Options:
  --json              the full analysis as JSON
  --csv               one CSV row per sentence
  --format FORMAT     summary (default), table, json or csv
  --no-cleanup        analyse everything (do not set aside page furniture)
  --lang CODE         analyse as en, de, es, fr, it, nl, pt or ru
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 success, 1 usage error, 2 unreadable or binary input.`;

function fail(code, message) {
  process.stderr.write(`proselens: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = { file: null, format: "summary", cleanup: true, language: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h" || a === "--help") { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else if (a === "-v" || a === "--version") {
      const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
      process.stdout.write(`${pkg.version}\n`);
      process.exit(0);
    } else if (a === "--json") args.format = "json";
    else if (a === "--csv") args.format = "csv";
    else if (a === "--format") args.format = argv[++i];
    else if (a.startsWith("--format=")) args.format = a.slice(9);
    else if (a === "--no-cleanup") args.cleanup = false;
    else if (a === "--lang") args.language = argv[++i];
    else if (a.startsWith("--lang=")) args.language = a.slice(7);
    else if (a === "-" || !a.startsWith("-")) {
      if (args.file !== null) fail(1, `more than one input given (${args.file}, ${a})\n${USAGE}`);
      args.file = a;
    } else fail(1, `unknown option ${a}\n${USAGE}`);
  }
  if (!["summary", "table", "json", "csv"].includes(args.format)) fail(1, `unknown format ${args.format}`);
  return args;
}

function readInput(file) {
  let bytes;
  try {
    bytes = readFileSync(file === null || file === "-" ? 0 : file);
  } catch (error) {
    fail(2, `cannot read ${file ?? "standard input"}: ${error.message}`);
  }
  if (bytes.includes(0)) fail(2, `${file ?? "standard input"} looks binary (it contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(2, `${file ?? "standard input"} is not UTF-8 text`);
  }
}

const csvCell = (v) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function summary(text, r, table) {
  const s = r.stats;
  const c = r.readability.consensus;
  const lines = [];
  const row = (label, value) => lines.push(table ? `| ${label} | ${value} |` : `${label.padEnd(20)} ${value}`);
  if (table) lines.push("| measure | value |", "| --- | --- |");
  row("language", `${r.language.code}${r.language.detected ? "" : " (assumed)"}`);
  row("words", s.words);
  row("sentences", s.sentences);
  row("paragraphs", s.paragraphs);
  row("reading time", `${Math.round(s.readingTimeSeconds)} s`);
  row("grade (consensus)", c ? `${c.grade.toFixed(1)} (${c.band}; ${c.spread[0].toFixed(1)}–${c.spread[1].toFixed(1)})` : "—");
  for (const f of r.readability.formulas) row(`  ${f.name}`, `${f.value.toFixed(1)}${f.grade === null ? "" : ` (grade ${f.grade.toFixed(1)})`}`);
  row("hard sentences", r.sentences.filter((x) => x.difficulty !== "ok").length);
  row("keywords", r.keywords.slice(0, 10).map((k) => `${k.term} ×${k.count}`).join(", ") || "—");
  row("stance", Object.entries(r.summary.hintCounts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ") || "—");
  row("tone", r.summary.tone);
  row("set aside", r.cleanup.blocks.length ? r.cleanup.blocks.map((b) => b.detail).join("; ") : "nothing");
  for (const w of r.warnings) row("warning", w.message);
  return lines.join("\n");
}

function csv(text, r) {
  const rows = [["sentence", "start", "end", "words", "syllables", "grade", "difficulty", "hints", "text"]];
  r.sentences.forEach((x, i) => rows.push([
    i, x.span.start, x.span.end, x.words, x.syllables, x.grade.toFixed(2), x.difficulty,
    x.hints.map((h) => `${r.hints[h].kind}:${r.hints[h].cue}`).join("; "),
    text.slice(x.span.start, x.span.end),
  ]));
  return rows.map((cells) => cells.map(csvCell).join(",")).join("\n");
}

const args = parseArgs(process.argv.slice(2));
const text = readInput(args.file);
let result;
try {
  result = analyze(text, { cleanup: args.cleanup, ...(args.language ? { language: args.language } : {}) });
} catch (error) {
  fail(1, error.message);
}
const out = args.format === "json" ? JSON.stringify(result, null, 2)
  : args.format === "csv" ? csv(text, result)
  : summary(text, result, args.format === "table");
process.stdout.write(`${out}\n`);
