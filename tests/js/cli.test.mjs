// The command line, run as a child process (node bin/proselens.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/proselens.js", import.meta.url));
const run = (args, input) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });

test("--json on stdin prints the analysis: two sentences, one hedged", () => {
  const r = run(["--json"], "It may rain. It will rain.");
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.sentences.length, 2);
  assert.deepEqual(result.sentences.map((s) => s.stance.hedged), [true, false]);
});

test("the default summary, --csv, --format table and --no-cleanup", () => {
  const paste = "Home   News   Sport\n\nWe use cookies. Accept all to consent.\n\nThe council met on Monday. It may rain.\n\n© 2024 Example News";
  const summary = run([], paste);
  assert.equal(summary.status, 0);
  assert.match(summary.stdout, /^sentences\s+2$/m);
  assert.match(summary.stdout, /cookie or consent notice/);
  const csv = run(["--csv"], paste).stdout.trim().split("\n");
  assert.equal(csv[0], "sentence,start,end,words,syllables,grade,difficulty,hints,text");
  assert.equal(csv.length, 3);
  assert.match(run(["--format", "table"], paste).stdout, /^\| words \| 8 \|$/m);
  assert.match(run(["--no-cleanup"], paste).stdout, /set aside\s+nothing/);
});

test("exit codes: 1 for usage errors, 2 for binary or unreadable input", () => {
  assert.equal(run(["--bogus"], "x").status, 1);
  assert.equal(run(["--lang", "xx"], "x").status, 1);
  const binary = run([], Buffer.from([0x61, 0x00, 0x62]));
  assert.equal(binary.status, 2);
  assert.match(binary.stderr, /binary/);
  assert.equal(run(["/nonexistent/file.txt"]).status, 2);
  assert.equal(run([], Buffer.from([0xff, 0xfe, 0x41])).status, 2);
});
