//! Word lists compiled into the engine.
//!
//! Every list is a plain `.txt` file in this folder: a `#` header that names its source and
//! licence, then one lower-case entry per line with straight apostrophes. The engine
//! compiles in only each list's body — its entries, without the header; the largest lists
//! front-coded — which `build.rs` writes at build time ([`list_body!`], [`expand`]). Lists
//! are parsed once, on first use, into compact hash sets ([`WordSet`]). This module only
//! loads and validates the data; the modules that use a list decide what it means.

use std::sync::LazyLock;

/// The body of the list file `$file` of this folder as compiled in (see `build.rs`): its
/// entries, one per line, without header; front-coded when large, so read it through
/// [`expand`].
macro_rules! list_body {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $file))
    };
}
pub(crate) use list_body;

/// First byte of a front-coded list body (`build.rs`).
const FRONT_CODED: char = '\u{1}';
/// A front-coded entry that shares `p` leading bytes with the entry before it starts with
/// the byte `SHARED_BASE + p` (`p` in 1..=15).
const SHARED_BASE: u8 = 0x10;

/// A list body ready for [`parse_list`]: a plain body as it is; a front-coded one expanded
/// into a new string, which lives as long as the program (callers hold it in a static, so
/// each list is expanded once).
pub fn expand(body: &'static str) -> &'static str {
    let Some(coded) = body.strip_prefix(FRONT_CODED) else {
        return body;
    };
    // "<expanded length>\n", then the lines. A plain byte loop: it runs once, in V8's
    // baseline code, on the first analysis.
    let bytes = coded.as_bytes();
    let header = next_byte(bytes, 0, b'\n');
    let size = coded[..header].parse().unwrap_or(0);
    let mut out: Vec<u8> = Vec::with_capacity(size);
    let mut previous = 0;
    let mut at = header + 1;
    while at < bytes.len() {
        let start = out.len();
        let b = bytes[at];
        if b > SHARED_BASE && b <= SHARED_BASE + 15 {
            let shared = usize::from(b - SHARED_BASE).min(start - previous);
            out.extend_from_within(previous..previous + shared);
            at += 1;
        }
        let end = next_byte(bytes, at, b'\n');
        out.extend_from_slice(&bytes[at..end]);
        out.push(b'\n');
        at = end + 1;
        previous = start;
    }
    // The build writes whole characters around every shared prefix; a broken body would
    // only lose its list, never the analysis.
    let text = String::from_utf8(out).unwrap_or_default();
    Box::leak(text.into_boxed_str())
}

pub mod bloom;
pub mod inflection;

/// The stems of common English words (SCOWL sizes 10 and 20, `common_en.txt`) other than
/// Dale–Chall words (and their inflections) and stopwords, as a Bloom filter built by `build.rs` (4.2 KB).
static COMMON_EN_STEMS: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/lexicon/common_en.bloom"));

/// True when `stem` (an English Snowball stem) is probably the stem of a common English
/// word that is neither a Dale–Chall word (nor an inflection of one) nor a stopword (about 0.8 % of other stems
/// are answered true as well).
pub fn is_common_stem_en(stem: &str) -> bool {
    bloom::contains(COMMON_EN_STEMS, stem)
}

/// Builds the large lists an English analysis reads. [`crate::analyze`] calls this first:
/// built in the middle of a long text's first analysis, these tables (which live for the
/// rest of the program) landed between its large buffers, and one 1 MB sentence then took
/// 0.9 MB more wasm memory. Later calls cost one atomic load per list.
pub fn prepare() {
    for list in [&STOPWORDS_EN, &VERBS_EN, &WORLD_PLACES] {
        LazyLock::force(list);
    }
    LazyLock::force(&FAMILIAR_WORDS);
    crate::readability::syllables::prepare();
    crate::cleanup::prepare();
}

/// True when `word` is one of the space-separated words of `list` (a short closed list kept
/// as one string: an array of strings costs 8 bytes of pointers per word in the engine).
#[inline(never)]
pub fn in_words(list: &str, word: &str) -> bool {
    // Words are separated by single spaces (a `\` line continuation leaves one space).
    let (list, word) = (list.as_bytes(), word.as_bytes());
    let mut start = 0;
    while start < list.len() {
        let end = list[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(list.len(), |k| start + k);
        if &list[start..end] == word {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Parses a list file: skips the `#` header and comment lines and blank lines, trims entries.
pub fn parse_list(source: &'static str) -> impl Iterator<Item = &'static str> {
    entries(source).map(move |(start, end)| &source[start..end])
}

/// The byte ranges of a list file's entries (see [`parse_list`]). A plain byte scan with
/// ASCII trimming (the files' whitespace is spaces, tabs and line ends): it runs over every
/// list on the first analysis, where a general-purpose splitter cost most of the time.
fn entries(source: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = source.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let end = next_newline(bytes, at);
            let (mut s, mut e) = (at, end);
            at = end + 1;
            while s < e && bytes[s].is_ascii_whitespace() {
                s += 1;
            }
            while e > s && bytes[e - 1].is_ascii_whitespace() {
                e -= 1;
            }
            if s < e && bytes[s] != b'#' {
                return Some((s, e));
            }
        }
        None
    })
}

/// Eight copies of a byte in a word.
const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// A word with the high bit of each byte set where `chunk` has the byte `needle` (and no
/// false positives: the exact form of the "has zero byte" test).
#[inline]
fn byte_bits(chunk: u64, needle: u8) -> u64 {
    const LOW: u64 = splat(0x7f);
    let x = chunk ^ splat(needle);
    !((x & LOW).wrapping_add(LOW) | x | LOW)
}

/// Position of the first `needle` at or after `from`, or `bytes.len()`. Eight bytes per
/// step (the lists are scanned whole on the first analysis; wasm has no `memchr`).
#[inline]
pub fn next_byte(bytes: &[u8], from: usize, needle: u8) -> usize {
    let mut at = from;
    while at + 8 <= bytes.len() {
        let chunk = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
        let found = byte_bits(chunk, needle);
        if found != 0 {
            return at + found.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == needle)
        .map_or(bytes.len(), |p| at + p)
}

fn next_newline(bytes: &[u8], from: usize) -> usize {
    next_byte(bytes, from, b'\n')
}

/// An upper bound on the entries of a list file (its lines), to size a table once.
pub fn line_count(source: &str) -> usize {
    let bytes = source.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 1;
    for chunk in &mut chunks {
        let chunk = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        count += byte_bits(chunk, b'\n').count_ones() as usize;
    }
    count + chunks.remainder().iter().filter(|&&b| b == b'\n').count()
}

/// Linear probing shared by [`WordSet`] and [`ListTable`]: a power-of-two table of packed
/// slots, indexed by the high bits of the word's hash (the multiply–rotate hash mixes into
/// them). `unpack` gives a slot's list text with its entry's offset and length, `None` for
/// an empty slot. `Ok(slot)` holding `word`, or `Err(slot)`: the empty slot where it would
/// go.
#[inline]
fn probe<'s, T: Copy>(
    slots: &[T],
    word: &str,
    unpack: impl Fn(T) -> Option<(&'s str, usize, usize)>,
) -> Result<usize, usize> {
    let mask = slots.len() - 1;
    let bits = slots.len().trailing_zeros();
    let hash = crate::hash::hash_bytes(word.as_bytes());
    let mut i = hash.checked_shr(64 - bits).unwrap_or(0) as usize;
    loop {
        let Some((source, start, len)) = unpack(slots[i]) else {
            return Err(i);
        };
        if len == word.len() && &source[start..start + len] == word {
            return Ok(i);
        }
        i = (i + 1) & mask;
    }
}

/// The entries of one list file as an open-addressing hash set of `u32` slots pointing
/// into the file's text (start offset << 8 | length; 0 = empty).
///
/// Compared with a general hash set of `&str` this holds 4 bytes per slot instead of
/// 8–16 and is built with one hash and usually one probe per entry, which is most of the
/// first analysis's fixed cost (every list is built then).
pub struct WordSet {
    source: &'static str,
    slots: Box<[u32]>,
}

impl WordSet {
    /// Builds the set of a list file's entries (entries are under 256 bytes and files under
    /// 16 MB; longer entries are left out, which the list validation test rules out).
    pub fn new(source: &'static str) -> Self {
        let size = (line_count(source) * 2).next_power_of_two();
        let mut set = WordSet {
            source,
            slots: vec![0; size].into_boxed_slice(),
        };
        for (start, end) in entries(source) {
            let len = end - start;
            if len > 255 || start >= 1 << 24 {
                continue;
            }
            let entry = &source[start..end];
            if let Err(free) = set.probe(entry) {
                set.slots[free] = (start as u32) << 8 | len as u32;
            }
        }
        set
    }

    /// `Ok(slot)` holding `word`, or `Err(slot)`: the empty slot where it would go.
    fn probe(&self, word: &str) -> Result<usize, usize> {
        probe(&self.slots, word, |slot| {
            let (start, len) = ((slot >> 8) as usize, (slot & 0xff) as usize);
            (slot != 0).then_some((self.source, start, len))
        })
    }

    /// True when `word` (exact bytes) is an entry.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.probe(word).is_ok()
    }

    /// Byte offset of the entry `word` in the list file, if it is one.
    pub fn offset_of(&self, word: &str) -> Option<usize> {
        self.probe(word).ok().map(|i| (self.slots[i] >> 8) as usize)
    }
}

/// Several list files in one open-addressing hash table: each entry carries a bit per list
/// it is on, so one probe answers "which of these lists hold this word" (the language
/// profiles ask eight lists per word, the familiar-word test two per root).
///
/// A slot packs the entry's byte offset (24 bits) and length (8 bits) in its list file, the
/// list's index (8 bits) and the entry's list bits (24 bits); 0 is empty.
pub struct ListTable {
    sources: Vec<&'static str>,
    slots: Box<[u64]>,
}

impl ListTable {
    /// The table of `lists`, the `k`-th list's entries carrying bit `k` (at most 24 lists;
    /// entries over 255 bytes or past 16 MB are left out, as in [`WordSet`]).
    pub fn new(lists: &[&'static str]) -> Self {
        assert!(lists.len() <= 24, "a ListTable holds up to 24 lists");
        let lines: usize = lists.iter().map(|s| line_count(s)).sum();
        let mut table = ListTable {
            sources: lists.to_vec(),
            slots: vec![0; (lines * 2).next_power_of_two()].into_boxed_slice(),
        };
        for (k, source) in lists.iter().enumerate() {
            for (start, end) in entries(source) {
                let len = end - start;
                if len > 255 || start >= 1 << 24 {
                    continue;
                }
                let bit = 1u64 << (40 + k);
                match table.probe(&source[start..end]) {
                    Ok(i) => table.slots[i] |= bit,
                    Err(i) => {
                        table.slots[i] = (start as u64) << 8 | len as u64 | (k as u64) << 32 | bit
                    }
                }
            }
        }
        table
    }

    /// `Ok(slot)` holding `word`, or `Err(slot)`: the empty slot where it would go.
    #[inline]
    fn probe(&self, word: &str) -> Result<usize, usize> {
        probe(&self.slots, word, |slot| {
            let (start, len) = ((slot >> 8 & 0xff_ffff) as usize, (slot & 0xff) as usize);
            (slot != 0).then(|| (self.sources[(slot >> 32 & 0xff) as usize], start, len))
        })
    }

    /// The lists holding `word` (exact bytes): bit `k` for the `k`-th list; 0 for none.
    #[inline]
    pub fn lists_of(&self, word: &str) -> u32 {
        self.probe(word).map_or(0, |i| (self.slots[i] >> 40) as u32)
    }
}

/// The familiar-word lists of the New Dale–Chall (bit 0) and revised Spache (bit 1)
/// formulas, in one table (see `readability::familiar`).
pub static FAMILIAR_WORDS: LazyLock<ListTable> = LazyLock::new(|| {
    ListTable::new(&[
        expand(list_body!("dale_chall.txt")),
        expand(list_body!("spache.txt")),
    ])
});

macro_rules! lists {
    ($( $(#[$doc:meta])* $name:ident => $file:literal ),* $(,)?) => {
        $(
            $(#[$doc])*
            pub static $name: LazyLock<WordSet> =
                LazyLock::new(|| WordSet::new(expand(list_body!($file))));
        )*
    };
}

lists! {
    /// Titles before a name ("Dr.", "Prof."): their period does not end a sentence.
    ABBREV_TITLES => "abbrev_titles.txt",
    /// Abbreviations before a number ("No. 5", "Jan. 12").
    ABBREV_NUMBERS => "abbrev_numbers.txt",
    /// Abbreviations used inside a sentence ("e.g.", "vs.").
    ABBREV_INLINE => "abbrev_inline.txt",
    /// Abbreviations that often close a sentence ("etc.", "a.m.", "Jr.").
    ABBREV_TERMINAL => "abbrev_terminal.txt",
    /// Words that end a hard-wrapped line in mid-sentence ("the", "of", "and").
    LINE_JOINERS => "line_joiners.txt",
    /// Vocabulary of web-page furniture (cookie notices, share rows, newsletter prompts).
    FURNITURE_WORDS => "furniture_words.txt",
    /// Common English verbs (keyword phrases do not start or end with them).
    VERBS_EN => "verbs_en.txt",
    /// Common English verbs whose base form is also a common noun ("claim", "plan").
    VERB_NOUNS_EN => "verb_nouns_en.txt",
    /// Generic English adjectives (keyword phrases do not start with them).
    ADJECTIVES_EN => "adjectives_en.txt",
    /// English adjectives that may open a keyword phrase but never end one.
    PREDICATIVE_ADJECTIVES_EN => "adjectives_predicative_en.txt",
    /// English stopwords for keyword extraction.
    STOPWORDS_EN => "stopwords_en.txt",
    /// Countries, continents, world regions, their demonyms ("denmark", "danish") and the
    /// states and provinces of the United States, Canada and Australia.
    WORLD_PLACES => "world_places.txt",
    /// German stopwords for keyword extraction (with the German function words).
    STOPWORDS_DE => "stopwords_de.txt",
    /// French stopwords for keyword extraction (with the French function words).
    STOPWORDS_FR => "stopwords_fr.txt",
    /// Spanish stopwords for keyword extraction (with the Spanish function words).
    STOPWORDS_ES => "stopwords_es.txt",
    /// Italian stopwords for keyword extraction (with the Italian function words).
    STOPWORDS_IT => "stopwords_it.txt",
    /// Portuguese stopwords for keyword extraction (with the Portuguese function words).
    STOPWORDS_PT => "stopwords_pt.txt",
    /// Dutch stopwords for keyword extraction (with the Dutch function words).
    STOPWORDS_NL => "stopwords_nl.txt",
    /// English function words (language profile).
    FUNCTION_WORDS_EN => "function_words_en.txt",
    /// German function words (language profile).
    FUNCTION_WORDS_DE => "function_words_de.txt",
    /// Spanish function words (language profile).
    FUNCTION_WORDS_ES => "function_words_es.txt",
    /// French function words (language profile).
    FUNCTION_WORDS_FR => "function_words_fr.txt",
    /// Italian function words (language profile).
    FUNCTION_WORDS_IT => "function_words_it.txt",
    /// Dutch function words (language profile).
    FUNCTION_WORDS_NL => "function_words_nl.txt",
    /// Portuguese function words (language profile).
    FUNCTION_WORDS_PT => "function_words_pt.txt",
    /// Russian function words (language profile).
    FUNCTION_WORDS_RU => "function_words_ru.txt",
}

/// Month names and their abbreviations, lower case (dates: "March 3", "3 Sept").
pub const MONTHS: &str =
    "january february march april may june july august september october november \
    december jan feb mar apr jun jul aug sep sept oct nov dec";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_search_and_count_agree_with_a_plain_scan() {
        let text = "a\nbb\n\nccc dddd eeeee\nffffffffffffffff\n\u{e9}\u{2028}\n\n\x0b\u{8a}";
        for from in 0..=text.len() {
            let plain = text.as_bytes()[from..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |p| from + p);
            assert_eq!(next_newline(text.as_bytes(), from), plain, "from {from}");
            if text.is_char_boundary(from) {
                let n = text[..from].bytes().filter(|&b| b == b'\n').count();
                assert_eq!(line_count(&text[..from]), n + 1);
            }
        }
        let set = WordSet::new("# header\n apple \n\tbanana\n#note\n\ncherry pie\n");
        assert!(set.contains("apple") && set.contains("banana") && set.contains("cherry pie"));
        assert!(!set.contains("# header") && !set.contains("") && !set.contains("appl"));
        assert_eq!(set.offset_of("banana"), Some(18));
    }

    /// Every list file of this folder with its text, read at test time (so a new file is
    /// checked without being registered anywhere).
    fn list_files() -> Vec<(String, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon");
        let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
            .expect("src/lexicon")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).expect("UTF-8"))
            })
            .collect();
        files.sort();
        assert!(files.len() > 30, "the list files were not found");
        files
    }

    #[test]
    fn compiled_bodies_hold_exactly_the_entries_of_each_file() {
        let out = concat!(env!("OUT_DIR"), "/lexicon");
        let mut coded = 0;
        for (name, source) in list_files() {
            let body = std::fs::read_to_string(format!("{out}/{name}")).expect("body built");
            let body: &'static str = Box::leak(body.into_boxed_str());
            coded += usize::from(body.starts_with(FRONT_CODED));
            assert!(!body.contains('#'), "{name}: header compiled in");
            let expanded: Vec<&str> = parse_list(expand(body)).collect();
            let entries: Vec<&str> = entries(&source).map(|(s, e)| &source[s..e]).collect();
            assert_eq!(expanded, entries, "{name}");
        }
        assert!(coded >= 5, "the large lists are front-coded ({coded})");
    }

    #[test]
    fn a_list_table_answers_every_list_in_one_lookup() {
        let table = ListTable::new(&["# a\nthe\nand\nder\n", "der\ndie\n", "", "die\nthe\n"]);
        assert_eq!(table.lists_of("the"), 0b1001);
        assert_eq!(table.lists_of("der"), 0b0011);
        assert_eq!(table.lists_of("die"), 0b1010);
        assert_eq!(table.lists_of("and"), 0b0001);
        for absent in ["", "# a", "th", "thee", "Der"] {
            assert_eq!(table.lists_of(absent), 0, "{absent:?}");
        }
    }

    #[test]
    fn front_coding_keeps_whole_characters() {
        // "straße" then "straßen": 7 shared bytes; "strb" after "straßen" shares "str".
        let body = "\u{1}24\nstraße\n\u{17}n\n\u{13}b\n\u{11}\n";
        let entries: Vec<&str> = parse_list(expand(body)).collect();
        assert_eq!(entries, ["straße", "straßen", "strb", "s"]);
    }

    #[test]
    fn every_list_is_well_formed() {
        for (name, source) in list_files() {
            let source: &'static str = Box::leak(source.into_boxed_str());
            let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
            let header = header.join("\n");
            assert!(
                header.contains("Source:"),
                "{name}: header must name its source"
            );
            assert!(
                header.contains("Licence:"),
                "{name}: header must name its licence"
            );
            let mut seen = std::collections::HashSet::new();
            let set = WordSet::new(source);
            for entry in parse_list(source) {
                assert!(entry.len() <= 255, "{name}: entry over 255 bytes");
                assert!(
                    set.contains(entry),
                    "{name}: {entry:?} missing from its set"
                );
                assert!(seen.insert(entry), "{name}: duplicate entry {entry:?}");
                assert!(
                    !entry.contains(['\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}']),
                    "{name}: curly quote in {entry:?}"
                );
                assert_eq!(
                    entry,
                    entry.to_lowercase(),
                    "{name}: entry {entry:?} must be lower case"
                );
            }
            assert!(!seen.is_empty(), "{name}: empty list");
        }
    }
}
