//! Keyword candidates: names, phrases and words, each with every occurrence.
//!
//! * **Names** are runs of capitalised words inside a sentence ("South Korea",
//!   "Friends of Millbrook Library", "U.N. Security Council", "Russia-Ukraine War", "FSB"),
//!   joined across "of"/"de"/"von"-style connectors and across the period of a title or an
//!   initial. A capital that only starts a sentence does not count unless the word is also
//!   capitalised inside sentences and never written in lower case. Keys ignore case, a
//!   possessive ending and a leading title, so "Dr. Lena Morales" and "Lena Morales's" are
//!   one name.
//! * **Phrases** are 2–4 consecutive non-stopwords with no punctuation between them, inside
//!   one sentence ("tightrope diplomacy", "Grange Street community hall"); a run made only
//!   of name words is a name, not a phrase. Keys are stems.
//! * **Words** are single non-stopwords outside names, grouped by stem.
//!
//! German writes every noun with a capital, so there a name is a run of two or more
//! capitalised words ("Deutsche Bahn", "Thomas Weber") or an acronym, never one capitalised
//! word on its own, and genitive articles ("der", "des") do not join names; a phrase ends
//! with a capitalised word and a single-word keyword is capitalised (both nouns).

use super::tokens::{without_possessive, Tokens, IRREGULAR_PLURALS};
use crate::hash::{FxHashMap, FxHashSet};
use crate::lexicon::{ABBREV_TITLES, MONTHS};

/// The kind of a keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A proper name.
    Name,
    /// A multi-word phrase.
    Phrase,
    /// A single word.
    Word,
}

impl Kind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Phrase => "phrase",
            Kind::Word => "word",
        }
    }
}

/// A candidate keyword with its occurrences (token ranges `start..end`).
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Name, phrase or word.
    pub kind: Kind,
    /// Grouping key of a name (empty for phrases and words, which are keyed by `stems`).
    pub key: String,
    /// Token ranges of every occurrence, in text order.
    pub occurrences: Vec<(usize, usize)>,
    /// Number of content words (stems) in the term.
    pub words: usize,
    /// Occurrences that describe a person next to their name: a job title before it
    /// ("library manager Janet Okoye") or an apposition after it ("Lena Morales, a
    /// climate scientist").
    pub roles: usize,
    /// A word that also counts its occurrences inside longer names (see [`nested_names`]):
    /// never subsumed by them.
    pub nested: bool,
}

impl Candidate {
    /// Stem ids of the term's words, read from its first occurrence: every occurrence of a
    /// phrase or word has the same stems, and a name's first occurrence stands for it (not
    /// stored per candidate: a long text has tens of thousands of candidates).
    pub fn stems<'a>(
        &self,
        tokens: &'a Tokens,
    ) -> impl DoubleEndedIterator<Item = u32> + Clone + 'a {
        let (a, b) = self.occurrences[0];
        (a..b).map(|k| tokens.stem(k))
    }
}

/// Compass points, which before "of" say where something lies.
pub(super) const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Units of time that follow "a" in a rate ("twice a day", "40 kilometres a year").
const TIME_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
    "season",
    "time",
];

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "der", "des", "di", "da", "do", "du", "la", "le", "von", "van",
    "for", "al", "bin",
];

/// Last words of institutions' names, after which "and" inside the name joins it ("Food and
/// Drug Administration", "Money and Pensions Service").
const INSTITUTION_HEADS: &str =
    "administration agency association authority board bureau centre center \
    commission committee council department foundation institute ministry office \
    service society trust union";

/// Less common head nouns of names in "X of Y" besides [`INSTITUTION_HEADS`] ("Academy of
/// Sciences", "Duchess of Sussex", "Archbishop of Canterbury").
const OF_HEADS: &str =
    "academy university college museum hospital cathedral abbey palace republic \
    kingdom province federation confederation alliance league duke duchess earl \
    archbishop bishop isle gulf";

/// Titles of office written before a person's name ("Governor Andrew Bailey", "Deputy
/// Governor Sarah Breeden"): a titled name is merged into the same name written without
/// the title, and a title at a sentence start does not open a name.
pub const ROLE_TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "governor",
    "deputy",
    "senator",
    "congressman",
    "congresswoman",
    "mayor",
    "councillor",
    "councilman",
    "judge",
    "justice",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "commissioner",
    "ambassador",
    "professor",
    "coach",
    "manager",
    "captain",
    "general",
    "colonel",
    "sergeant",
    "detective",
    "inspector",
    "officer",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "sheriff",
    "attorney",
    "prosecutor",
    "treasurer",
    "superintendent",
    "commander",
    "admiral",
    "lieutenant",
    "marshal",
    "constable",
    "principal",
    "dean",
    "rabbi",
    "imam",
    "pastor",
    "reverend",
    "speaker",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executive",
    "founder",
    "lord",
    "lady",
    "sir",
    "dame",
];

/// The last parts of German compound nouns that name a role or a body before a name
/// ("Personalvorstand Martin Seiler", "Ehrenvorsitzende Karl-Peter Naumann",
/// "Fahrgastverband Pro Bahn"): German capitalises them like the name.
const GERMAN_ROLE_HEADS: &[&str] = &[
    "vorstand",
    "vorsitzende",
    "vorsitzender",
    "sprecher",
    "sprecherin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "bürgermeister",
    "bürgermeisterin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "geschäftsführer",
    "geschäftsführerin",
    "experte",
    "expertin",
    "forscher",
    "forscherin",
    "professorin",
    "verband",
    "chefin",
];

/// How many leading words of a name (lower case) are a title of office: the titles that
/// open it ("Governor Andrew Bailey", "Deputy Governor Sarah Breeden"), or everything up to
/// the last title when at least a first name and a surname follow ("Philippine Foreign
/// Secretary Ramon Castillo", "Bank of England Governor Andrew Bailey"). 0 when the name
/// is a title and nothing else.
pub fn title_words<S: AsRef<str>>(words: &[S]) -> usize {
    let is_title = |w: &S| {
        let w = w.as_ref();
        ROLE_TITLES.contains(&w) || GERMAN_ROLE_HEADS.iter().any(|head| w.ends_with(head))
    };
    let opening = words.iter().take_while(|w| is_title(w)).count();
    if opening > 0 {
        return if opening < words.len() { opening } else { 0 };
    }
    let before_full_name = words.len().saturating_sub(2);
    words[..before_full_name]
        .iter()
        .rposition(is_title)
        .map_or(0, |k| k + 1)
}

/// A common English word (a familiar word or a stopword): not on its own a sign of a name.
fn common_english(w: &str) -> bool {
    use crate::readability::familiar::{on_list, List};
    on_list(w, List::DaleChall) || crate::lexicon::STOPWORDS_EN.contains(w)
}

/// A sentence-initial word that may be a name on the evidence of its spelling alone: no
/// common English word, common verb or title of office ("Hydra", "Rachel"; not "Yesterday",
/// "Announce", "Governor").
fn could_be_a_name(w: &str) -> bool {
    !common_english(w) && !crate::lexicon::VERBS_EN.contains(w) && !ROLE_TITLES.contains(&w)
}

/// A number of at most `digits` digits ("2" in "type 2 diabetes", "9" in "Pulse 9").
fn short_number(w: &str, digits: usize) -> bool {
    !w.is_empty() && w.len() <= digits && w.bytes().all(|b| b.is_ascii_digit())
}

/// The text between token `i` and the next one (`i + 1`, a token of the same sentence).
fn seg_gap<'t>(
    text: &'t str,
    seg_words: &[crate::segment::Word],
    tokens: &Tokens,
    i: usize,
) -> &'t str {
    &text[seg_words[tokens.word(i)].span.end..seg_words[tokens.word(i + 1)].span.start]
}

/// Records that `key` names entry `j` — unless another entry claimed it already, which
/// leaves the key to none (`None`): an ambiguous short form merges into nothing.
fn claim<K: std::hash::Hash + Eq>(map: &mut FxHashMap<K, Option<usize>>, key: K, j: usize) {
    map.entry(key).and_modify(|e| *e = None).or_insert(Some(j));
}

/// Runs of name words, as token ranges.
#[inline(never)]
pub fn name_runs(
    text: &str,
    tokens: &Tokens,
    seg_words: &[crate::segment::Word],
) -> Vec<(usize, usize)> {
    let toks = &tokens.toks;
    let lower = |i: usize| tokens.lower(i);
    let is_title = |i: usize| ABBREV_TITLES.contains(lower(i));
    let name_word = |i: usize| -> bool {
        let t = &toks[i];
        if !t.capitalised() {
            return false;
        }
        if t.stop() && !t.acronym() {
            // "New York", "the Bank of England": a capitalised function word inside a
            // sentence that leads into a name word.
            let next = i + 1;
            let leads_on = next < toks.len()
                && !toks[next].boundary_before()
                && toks[next].capitalised()
                && !toks[next].stop()
                && toks[next].sentence() == t.sentence();
            // A number word closing a name: "Net Zero", "Formula One".
            let closes = i > 0
                && !t.boundary_before()
                && toks[i - 1].capitalised()
                && !toks[i - 1].stop()
                && toks[i - 1].sentence() == t.sentence()
                && super::tokens::is_number_word(lower(i));
            return !t.initial() && (leads_on || closes);
        }
        if !t.initial() {
            return true;
        }
        // Sentence-initial: a name only if it is capitalised elsewhere too and never lower,
        // or, in English, an uncommon word that opens two or more sentences or headings and
        // is never written otherwise ("1. Hydra, Greece" … "Hydra has banned cars").
        let id = tokens.lower_id(i);
        if tokens.lowercase_uses[id] > 0 {
            return false;
        }
        if tokens.inner_capital_uses[id] > 0 {
            return true;
        }
        let w = lower(i);
        let f = tokens.form(i);
        // Or one that heads a list of names ("Klarna, Clearpay and PayPal offer it").
        let listed = || {
            let inner_name = |k: usize| {
                k < toks.len()
                    && toks[k].sentence() == t.sentence()
                    && toks[k].capitalised()
                    && !toks[k].initial()
                    && !toks[k].stop()
            };
            let next = i + 1;
            next < toks.len()
                && toks[next].sentence() == t.sentence()
                && (toks[next].boundary_before()
                    && seg_gap(text, seg_words, tokens, i) == ", "
                    && inner_name(next)
                    || matches!(lower(next), "and" | "or")
                        && !toks[next].boundary_before()
                        && inner_name(next + 1))
        };
        tokens.english
            && (tokens.initial_capital_uses[id] >= 2 || listed())
            && !(f.plural || f.weak_edge || f.weak_start || f.adjective || f.ed || f.ing)
            && could_be_a_name(w)
    };
    // A sentence-initial word that is no common English word nor a role, is never written
    // in lower case and runs into a name inside the sentence starts that name ("Rachel
    // Reeves, the chancellor, said"; not "Yesterday Apple", "Meanwhile Google", "Contractor
    // Halden Civil Engineering").
    let initial_name_start = |i: usize| -> bool {
        let t = &toks[i];
        if !(tokens.english && t.capitalised() && t.initial() && !t.stop() && !t.acronym()) {
            return false;
        }
        let next = i + 1;
        let w = lower(i);
        next < toks.len()
            && toks[next].sentence() == t.sentence()
            && !toks[next].boundary_before()
            && toks[next].capitalised()
            && !toks[next].stop()
            && !toks[next].initial()
            && tokens.lowercase_uses[tokens.lower_id(i)] == 0
            && !w.ends_with("ly")
            && could_be_a_name(w)
            && !crate::lexicon::ADJECTIVES_EN.contains(w)
            // A role before a name opens no name: "Nutritionist Tom Haskett".
            && !tokens.form(i).person
    };
    let raw = |i: usize| seg_words[tokens.word(i)].span.slice(text);
    let joins = |prev: usize, next: usize| -> bool {
        let t = &toks[next];
        if t.sentence() != toks[prev].sentence() {
            return false;
        }
        if !t.boundary_before() {
            return true;
        }
        // A plural possessive inside a name: "Maritime Workers' Union", "National Farmers'
        // Union".
        let gap = seg_gap(text, seg_words, tokens, prev);
        if matches!(gap, "' " | "’ ") && raw(prev).ends_with('s') {
            return true;
        }
        // An ampersand between capitalised words: "Pratt & Whitney", "Marks & Spencer".
        if gap == " & " && toks[prev].capitalised() && t.capitalised() {
            return true;
        }
        // "Dr. Lena", "U.N. Security", "J. K. Rowling"
        t.period_before()
            && (is_title(prev) || raw(prev).contains('.') || raw(prev).chars().count() == 1)
    };
    // One to three digits: a model number or a count, never a year.
    let small_number = |i: usize| short_number(lower(i), 3);
    // How often each capitalised word is followed by each small number.
    let mut numbered: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for i in 1..toks.len() {
        if toks[i - 1].capitalised() && small_number(i) && joins(i - 1, i) {
            *numbered
                .entry((tokens.lower_id(i - 1), tokens.lower_id(i)))
                .or_default() += 1;
        }
    }
    let mut runs = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // (The cheap capital test first: most words are not capitalised.)
        let starts_run = name_word(i)
            || (toks[i].capitalised() && is_title(i) && i + 1 < toks.len() && joins(i, i + 1))
            || initial_name_start(i);
        if !starts_run {
            i += 1;
            continue;
        }
        // A sentence-initial word starts a run when the next word continues it.
        let start = i;
        let mut end = i + 1;
        // A country's possessive ends a name: "Nigeria's National Commission for Museums"
        // is Nigeria and the commission ("King's College London" runs on).
        // So does an acronym's: "NOAA's Coral Reef Watch" is NOAA and its programme.
        let place_possessive = |k: usize| {
            lower(k).strip_suffix("'s").is_some_and(|owner| {
                crate::lexicon::WORLD_PLACES.contains(owner) || {
                    // (Lower-casing may change a word's length: sliced only where it fits.)
                    let letters = raw(k).get(..owner.len()).unwrap_or("");
                    letters.len() >= 2 && letters.bytes().all(|b| b.is_ascii_uppercase())
                }
            })
        };
        loop {
            if end < toks.len()
                && joins(end - 1, end)
                && !place_possessive(end - 1)
                && (name_word(end) || toks[end].capitalised() && !toks[end].stop())
            {
                end += 1;
                continue;
            }
            // A connector between two name words: "Friends of Millbrook Library"; "and"
            // inside an institution named for its purposes ("Centers for Disease Control
            // and Prevention").
            // "and" also joins two names of one institution ("Food and Drug
            // Administration", "Money and Pensions Service").
            let institution_after = |from: usize| {
                let mut k = from;
                while k < toks.len() && k < from + 4 && joins(k - 1, k) && name_word(k) {
                    if crate::lexicon::in_words(INSTITUTION_HEADS, lower(k)) {
                        return true;
                    }
                    k += 1;
                }
                false
            };
            // "of" follows an institution's head noun ("University of Bergen", "Royal Bank
            // of Scotland"), not a person's name ("Grace Liu of Strata Research").
            let person_like = |k: usize| {
                let w = lower(k);
                could_be_a_name(w)
                    && !crate::lexicon::in_words(INSTITUTION_HEADS, w)
                    && !crate::lexicon::in_words(OF_HEADS, w)
                    && !tokens.form(k).plural
            };
            let connector = end < toks.len()
                && (CONNECTORS.contains(&lower(end))
                    && !(lower(end) == "of" && end - start >= 2 && person_like(end - 1))
                    || lower(end) == "and"
                        && ((start..end).any(|k| lower(k) == "for") || institution_after(end + 1)));
            if end + 1 < toks.len()
                && joins(end - 1, end)
                && !tokens.nouns_capitalised
                && connector
                && !toks[end].capitalised()
                && joins(end, end + 1)
                && name_word(end + 1)
            {
                end += 2;
                continue;
            }
            // "of the" after one name word: "University of the Philippines", "Friends of
            // the Earth", "Chancellor of the Exchequer" (not "Maria Santos of the
            // University").
            if end == start + 1
                && end + 2 < toks.len()
                && !tokens.nouns_capitalised
                && lower(end) == "of"
                && lower(end + 1) == "the"
                && !toks[end].capitalised()
                && !toks[end + 1].capitalised()
                && (end..end + 3).all(|k| joins(k - 1, k))
                && name_word(end + 2)
            {
                end += 3;
                continue;
            }
            break;
        }
        // A model number written with the name at least twice: "Pulse 9", "Windows 11"
        // (not a date, "March 3", nor a score written once, "Rovers 2").
        if end < toks.len()
            && joins(end - 1, end)
            && small_number(end)
            && !crate::lexicon::in_words(MONTHS, lower(end - 1))
            && numbered.get(&(tokens.lower_id(end - 1), tokens.lower_id(end))) >= Some(&2)
        {
            end += 1;
        }
        // A lone title is not a name; in German neither is a lone capitalised noun
        // ("Fahrplan"), unless it is an acronym.
        let lone_noun = tokens.nouns_capitalised && end - start == 1 && !toks[start].acronym();
        if !(lone_noun || end - start == 1 && is_title(start)) {
            let all_initial_plain =
                end - start == 1 && !name_word(start) && !place_possessive(start);
            if !all_initial_plain {
                runs.push((start, end));
            }
        }
        i = end;
    }
    runs
}

/// Writes the key of a name occurrence into `key` (cleared first): lower case, possessive,
/// leading titles and a leading "The" removed ("The Salt Road" inside a sentence is "Salt
/// Road" at its start), words joined by single spaces.
pub fn name_key(tokens: &Tokens, (start, end): (usize, usize), key: &mut String) {
    key.clear();
    let word = |i: usize| tokens.lower(i);
    let mut first = start;
    while end - first > 1 && (ABBREV_TITLES.contains(word(first)) || word(first) == "the") {
        first += 1;
    }

    for i in first..end {
        if i > first {
            key.push(' ');
        }
        let w = word(i);
        key.push_str(if i + 1 == end {
            without_possessive(w)
        } else {
            w
        });
    }
}

/// Groups name runs into candidates, merging surnames into full names and demonyms into
/// their place names ("South Korean" with "South Korea").
#[inline(never)]
pub fn names(tokens: &Tokens, runs: &[(usize, usize)]) -> Vec<Candidate> {
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let mut out: Vec<Candidate> = Vec::new();
    // One key buffer for every occurrence; a key is copied only for a new name.
    let mut key = String::new();
    for &run in runs {
        name_key(tokens, run, &mut key);
        let index = match by_key.get(key.as_str()) {
            Some(&index) => index,
            None => {
                out.push(Candidate {
                    kind: Kind::Name,
                    key: key.clone(),
                    occurrences: Vec::new(),
                    words: 0,
                    roles: 0,
                    nested: false,
                });
                by_key.insert(key.clone(), out.len() - 1);
                out.len() - 1
            }
        };
        out[index].occurrences.push(run);
    }
    // Merge variants into the longer / base name. The indexes below borrow the keys; they
    // are dropped before the merge moves the candidates.
    let mut target = merge_targets(tokens, &out, &by_key);
    drop(by_key);
    if tokens.names_inflect {
        merge_inflections(tokens, &out, &mut target);
    }
    let mut merged: Vec<Candidate> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; out.len()];
    for i in 0..out.len() {
        let mut root = i;
        let mut steps = 0;
        while target[root] != root && steps < 4 {
            root = target[root];
            steps += 1;
        }
        let s = *slot[root].get_or_insert_with(|| {
            merged.push(Candidate {
                kind: Kind::Name,
                // (A root's key is read only here, once.)
                key: std::mem::take(&mut out[root].key),
                occurrences: Vec::new(),
                words: 0,
                roles: 0,
                nested: false,
            });
            merged.len() - 1
        });
        let occurrences = std::mem::take(&mut out[i].occurrences);
        if merged[s].occurrences.is_empty() {
            merged[s].occurrences = occurrences;
        } else {
            merged[s].occurrences.extend(occurrences);
        }
    }
    for c in &mut merged {
        crate::order::sort_by_key(&mut c.occurrences, |&o| crate::order::span_key(o));
        c.words = c.key.split(' ').count();
    }
    merged
}

/// Points each name that no other rule merged at the first name written with the same
/// stems, word for word: the case forms of one name ("Deutsche Bahn", "Deutschen Bahn").
/// (Keyed by the stem ids as text: the same kind of map as the names' own.)
fn merge_inflections(tokens: &Tokens, names: &[Candidate], target: &mut [usize]) {
    let mut by_stems: FxHashMap<String, usize> = FxHashMap::default();
    let mut key = String::new();
    for (i, name) in names.iter().enumerate() {
        let Some(&(a, b)) = name.occurrences.first() else {
            continue;
        };
        if target[i] != i {
            continue;
        }
        key.clear();
        for k in a..b {
            let mut stem = tokens.stem(k);
            loop {
                key.push(char::from(b'0' + (stem % 10) as u8));
                stem /= 10;
                if stem == 0 {
                    break;
                }
            }
            key.push(' ');
        }
        match by_stems.get(key.as_str()) {
            Some(&first) => target[i] = first,
            None => {
                by_stems.insert(key.clone(), i);
            }
        }
    }
}

/// The place or brand inside longer names, as a name of its own: "Millbrook" in
/// "Millbrook Public Library" and "Friends of Millbrook Library", "Brightwell" in the
/// model "Brightwell K2". A word qualifies when it is no common English word, title or
/// connector, and either is part of at least two different names that are not people's
/// names (a person's name is made only of uncommon words: "Janet Okoye") or opens a model
/// name (a code of letters and digits follows it: not the "9" of "Pulse 9"); and when it
/// occurs at least twice in all (once, if it is a word of the headline or standfirst). Its
/// occurrences are its own (the name's, if it is one already) and those inside the longer
/// names; the row is marked `nested` so that the longer names do not subsume it. English
/// only (common words are judged by English lists).
#[inline(never)]
pub fn nested_names(tokens: &Tokens, names: &mut Vec<Candidate>) {
    /// What is known of one word inside longer names.
    #[derive(Default)]
    struct Inside {
        /// The names it is part of (indexes into `names`).
        owners: Vec<usize>,
        /// It opens a model name.
        model: bool,
        /// It is a word of the headline or standfirst.
        lead: bool,
        /// Its occurrences inside the names.
        occurrences: Vec<(usize, usize)>,
    }
    if !tokens.english {
        return;
    }
    let has_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    let code = |w: &str| has_digit(w) && w.bytes().any(|b| b.is_ascii_alphabetic());
    // The words in the order first met (deterministic), and where each sits.
    let mut inside: Vec<(&str, Inside)> = Vec::new();
    let mut slot: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, c) in names.iter().enumerate().filter(|(_, c)| c.words >= 2) {
        let parts: Vec<&str> = c.key.split(' ').collect();
        let person = parts[title_words(&parts)..]
            .iter()
            .all(|w| !common_english(w) && !has_digit(w));
        if person {
            continue;
        }
        let model = code(parts[1]) && !has_digit(parts[0]);
        for &(a, b) in &c.occurrences {
            for k in a..b {
                let w = without_possessive(tokens.lower(k));
                let eligible = w.len() >= 3
                    && tokens.toks[k].capitalised()
                    && !tokens.toks[k].acronym()
                    && !has_digit(w)
                    && !common_english(w)
                    && !CONNECTORS.contains(&w)
                    && !ROLE_TITLES.contains(&w)
                    && !ABBREV_TITLES.contains(w)
                    && parts.contains(&w);
                if !eligible {
                    continue;
                }
                let next = inside.len();
                let at = *slot.entry(w).or_insert(next);
                if at == next {
                    inside.push((w, Inside::default()));
                }
                let entry = &mut inside[at].1;
                if entry.owners.last() != Some(&i) {
                    entry.owners.push(i);
                }
                entry.model |= model && k == a && w == parts[0];
                entry.lead |= tokens.in_lead[tokens.stem(k) as usize];
                entry.occurrences.push((k, k + 1));
            }
        }
    }
    drop(slot);
    let mut found: Vec<(&str, Inside)> = inside
        .into_iter()
        .filter(|(_, w)| w.owners.len() >= 2 || w.model)
        .collect();
    if found.is_empty() {
        return;
    }
    // A word the text also writes in lower case is a common noun inside those names ("Reef"
    // in "Great Barrier Reef" and "Coral Reef Watch" beside "reefs"), not a place. (One
    // pass over the tokens, made only when some word qualified so far.)
    let mut lower_stem = vec![false; tokens.stem_total];
    for (k, t) in tokens.toks.iter().enumerate() {
        if !t.capitalised() && !t.stop() {
            lower_stem[tokens.stem(k) as usize] = true;
        }
    }
    found.retain(|(_, w)| !lower_stem[tokens.stem(w.occurrences[0].0) as usize]);
    if found.is_empty() {
        return;
    }
    let by_key: FxHashMap<&str, usize> = names
        .iter()
        .enumerate()
        .filter(|(_, c)| c.words == 1)
        .map(|(i, c)| (c.key.as_str(), i))
        .collect();
    let own: Vec<Option<usize>> = found
        .iter()
        .map(|(word, _)| by_key.get(word).copied())
        .collect();
    drop(by_key);
    for ((word, w), own) in found.into_iter().zip(own) {
        let needed = if w.lead { 1 } else { 2 };
        if own.map_or(0, |i| names[i].occurrences.len()) + w.occurrences.len() < needed {
            continue;
        }
        let index = own.unwrap_or_else(|| {
            names.push(Candidate {
                kind: Kind::Name,
                key: word.to_string(),
                occurrences: Vec::new(),
                words: 1,
                roles: 0,
                nested: false,
            });
            names.len() - 1
        });
        let c = &mut names[index];
        c.occurrences.extend(w.occurrences);
        crate::order::sort_by_key(&mut c.occurrences, |&o| crate::order::span_key(o));
        c.occurrences.dedup();
        c.nested = true;
    }
}

/// For each name of `out`, the index of the name it is a variant of (itself if none): a
/// title of office, a surname, an acronym, "the Bank", a demonym.
#[inline(never)]
fn merge_targets(
    tokens: &Tokens,
    out: &[Candidate],
    by_key: &FxHashMap<String, usize>,
) -> Vec<usize> {
    let parts: Vec<Vec<&str>> = out.iter().map(|c| c.key.split(' ').collect()).collect();
    // Names made only of words that are not common English words (people's names), after
    // any title of office.
    let uncommon: Vec<bool> = parts
        .iter()
        .map(|p| p[title_words(p)..].iter().all(|w| !common_english(w)))
        .collect();
    // Indexes instead of comparing every pair: multi-word names by their last word (and by
    // their first word when made of uncommon words), names by their first four letters.
    let mut by_last: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_first: FxHashMap<&str, usize> = FxHashMap::default();
    for (j, p) in parts.iter().enumerate() {
        // (An institution named "X of Y" has no surname: "Philippines" is not "University
        // of the Philippines".)
        if p.len() > 1 && !p.iter().any(|w| CONNECTORS.contains(w)) {
            by_last.entry(p[p.len() - 1]).or_insert(j);
            // (Common words are judged by English lists, so only in English.)
            let name = &p[title_words(p)..];
            if uncommon[j] && tokens.english && name.len() > 1 {
                by_first.entry(name[0]).or_insert(j);
            }
        }
    }
    // Institutions named "X of Y" by their first word: "the Bank" for "the Bank of England"
    // (None when two such names share the word).
    let mut by_head: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (j, p) in parts.iter().enumerate() {
        if p.len() > 2 && p[1..p.len() - 1].iter().any(|w| CONNECTORS.contains(w)) {
            claim(&mut by_head, p[0], j);
        }
    }
    let after_the = |&(a, _): &(usize, usize)| {
        a > 0
            && tokens.lower(a - 1) == "the"
            && tokens.toks[a - 1].sentence() == tokens.toks[a].sentence()
    };
    // Names of two or more words by their initials ("eu" for "European Union", "nhs" for
    // "National Health Service"; connectors are skipped). None when two names share them.
    // (Built only when the text has an acronym name to look up.)
    let lone_acronym =
        |i: usize| parts[i].len() == 1 && tokens.toks[out[i].occurrences[0].0].acronym();
    // Also by the initials after a first word the acronym leaves out ("NOAA" for "US
    // National Oceanic and Atmospheric Administration"), consulted second.
    let mut by_initials: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let mut by_tail_initials: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let any_acronym = (0..out.len()).any(lone_acronym);
    for (j, p) in parts.iter().enumerate().filter(|_| any_acronym) {
        // The initials, and the same with a short word whole: "UKHSA" for "UK Health
        // Security Agency".
        let (mut initials, mut whole) = (String::new(), String::new());
        for w in p
            .iter()
            .filter(|w| !CONNECTORS.contains(w) && **w != "and" && **w != "the")
        {
            if let Some(c) = w.chars().next() {
                initials.push(c);
                if w.len() <= 2 {
                    whole.push_str(w);
                } else {
                    whole.push(c);
                }
            }
        }
        if p.len() >= 2 && initials.chars().count() >= 2 {
            if let Some(tail) = initials.get(1..).filter(|t| p.len() >= 3 && t.len() >= 2) {
                claim(&mut by_tail_initials, tail.to_string(), j);
            }
            if whole != initials {
                claim(&mut by_tail_initials, whole, j);
            }
            claim(&mut by_initials, initials, j);
        }
    }
    // Clubs and companies by the word before their designation: "Dunmore" for "Dunmore
    // City", "Harwood" for "Harwood Homes" (None when two such names share the word).
    let mut by_designated: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (j, p) in parts.iter().enumerate() {
        if let [first, designation] = p[..] {
            if crate::lexicon::in_words(ORG_DESIGNATIONS, designation) {
                claim(&mut by_designated, first, j);
            }
        }
    }
    let mut target: Vec<usize> = (0..out.len()).collect();
    for i in 0..out.len() {
        let key = out[i].key.as_str();
        // An acronym on its own is its own name ("CSS" is not "CSS Custom Highlight API"),
        // unless a name in the text spells it out ("EU" with "European Union").
        let acronym = tokens.toks[out[i].occurrences[0].0].acronym();
        if lone_acronym(i) {
            let letters: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
            let spelled = by_initials
                .get(&letters)
                .or_else(|| by_tail_initials.get(&letters));
            if let Some(&Some(j)) = spelled {
                target[i] = j;
                continue;
            }
        }
        // A name with a title of office: the same name without it ("Governor Andrew
        // Bailey" with "Andrew Bailey", "President Biden" with "Joe Biden").
        let roles = title_words(&parts[i]);
        if roles > 0 && roles < parts[i].len() {
            let rest = &key[parts[i][..roles].iter().map(|w| w.len() + 1).sum::<usize>()..];
            let found = by_key.get(rest).copied().or_else(|| {
                (roles + 1 == parts[i].len())
                    .then(|| by_last.get(rest).copied())
                    .flatten()
            });
            if let Some(j) = found.filter(|&j| j != i) {
                target[i] = j;
                continue;
            }
        }
        if parts[i].len() == 1 && !acronym {
            let occurrences = &out[i].occurrences;
            if occurrences.iter().filter(|o| after_the(o)).count() * 2 > occurrences.len() {
                if let Some(&Some(j)) = by_head.get(key) {
                    target[i] = j;
                    continue;
                }
            }
            // A surname ("Morales" for "Lena Morales"), or the first word of a name made only
            // of uncommon words ("Yoon" for "Yoon Suk Yeol"; not a place or nationality:
            // "British" is no short form of "British Museum").
            let first_word = || {
                by_first
                    .get(key)
                    .filter(|_| !crate::lexicon::WORLD_PLACES.contains(key))
            };
            if let Some(&j) = by_last.get(key).or_else(first_word) {
                target[i] = j;
                continue;
            }
            // (Not a country: Benin is not short for Benin City.)
            let designated = by_designated
                .get(key)
                .filter(|_| !crate::lexicon::WORLD_PLACES.contains(key));
            if let Some(&Some(j)) = designated {
                target[i] = j;
                continue;
            }
        }
        let (head, last) = split_last(key).unwrap_or(("", key));
        for base in demonym_bases(last) {
            let place = if head.is_empty() {
                base
            } else {
                format!("{head} {base}")
            };
            if let Some(&j) = by_key.get(&place) {
                target[i] = j;
                break;
            }
        }
    }
    target
}

/// The second word of a club's or company's name, which short mentions leave out
/// ("Dunmore City" is "Dunmore" after its first mention).
const ORG_DESIGNATIONS: &str =
    "city united athletic rovers wanderers albion fc afc homes group holdings motors \
    airlines airways inc ltd plc corp corporation energy foods pharmaceuticals \
    technologies systems labs capital partners bank air";

/// Place names a demonym could come from: "korean" → "korea" (-n), "american" → "america",
/// "ukrainian" → "ukraine" (-ian for -e), "chinese" → "china" (-ese for -a), "japanese" →
/// "japan" (-ese); a plural "-s" is allowed ("americans").
fn demonym_bases(word: &str) -> Vec<String> {
    let word = word
        .strip_suffix('s')
        .filter(|w| w.ends_with('n') || w.ends_with("ese"))
        .unwrap_or(word);
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ian") {
        out.push(format!("{stem}e"));
        out.push(format!("{stem}ia"));
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("an") {
        out.push(stem.to_string());
        out.push(format!("{stem}a"));
    }
    if let Some(stem) = word.strip_suffix('n') {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("ese") {
        out.push(format!("{stem}a"));
        out.push(stem.to_string());
    }
    out.retain(|b| b.len() >= 4 && b != word);
    out
}

/// "south korean" is the demonym of "south korea"; "ukrainian" of "ukraine"; "chinese" of
/// "china"; "american" of "america".
#[cfg(test)]
fn is_demonym_of(candidate: &str, place: &str) -> bool {
    let (c_head, c_last) = split_last(candidate).unwrap_or(("", candidate));
    let (p_head, p_last) = split_last(place).unwrap_or(("", place));
    c_head == p_head && demonym_bases(c_last).iter().any(|b| b == p_last)
}

fn split_last(key: &str) -> Option<(&str, &str)> {
    match key.rsplit_once(' ') {
        Some((head, last)) => Some((head, last)),
        None => Some(("", key)),
    }
}

/// A phrase at `a..b` that describes the person named next to it: directly before a name
/// ("library manager Janet Okoye") or after "Name, a/an/the" ("Lena Morales, a climate
/// scientist").
fn is_role(tokens: &Tokens, in_name: &[bool], a: usize, b: usize) -> bool {
    let toks = &tokens.toks;
    let same_sentence = |k: usize| toks[k].sentence() == toks[a].sentence();
    let before_name =
        b < toks.len() && in_name[b] && !toks[b].boundary_before() && same_sentence(b);
    let apposition = a >= 2
        && matches!(tokens.lower(a - 1), "a" | "an" | "the")
        && toks[a - 1].boundary_before()
        && in_name[a - 2]
        && same_sentence(a - 2);
    before_name || apposition
}

/// The token `k` places before token `a`, when only spaces separate them in one sentence.
fn joined_before(tokens: &Tokens, a: usize, k: usize) -> Option<usize> {
    let toks = &tokens.toks;
    let j = a.checked_sub(k)?;
    let joined =
        (j + 1..=a).all(|m| !toks[m].boundary_before()) && toks[j].sentence() == toks[a].sentence();
    joined.then_some(j)
}

/// True when token `a` is a verb by its position, whatever the word: after a modal ("can
/// draw"), a subject pronoun ("we book"), "to" after a verb or adjective that takes an
/// infinitive ("unable to swim"), or "let me"/"help us" ("let me draw no-go zones"); or
/// an "-ing" form after "be" ("is changing rivers").
fn opens_a_verb(tokens: &Tokens, a: usize) -> bool {
    let before = |k: usize| joined_before(tokens, a, k).map(|j| tokens.form(j));
    let Some(one) = before(1) else {
        return false;
    };
    let first = tokens.form(a);
    // An adverb between a subject and its verb: "companies now sync passkeys", "we still
    // need", "can also draw".
    let after_mid_adverb =
        || one.mid_adverb && before(2).is_some_and(|f| f.plural || f.verb_marker);
    one.verb_marker
        || one.be && first.ing
        || one.have && first.ed
        || one.to && before(2).is_some_and(|f| f.takes_infinitive)
        || one.object_pronoun && before(2).is_some_and(|f| f.bare_infinitive)
        || after_mid_adverb()
}

/// Phrase candidates: 2–4-word runs of non-stopwords without punctuation between them.
#[inline(never)]
pub fn phrases(tokens: &Tokens, in_name: &[bool]) -> Vec<Candidate> {
    let toks = &tokens.toks;
    // The distinct phrases, found by their key (up to four stem ids, padded), which is read
    // from a phrase's first occurrence rather than stored.
    let mut table = crate::hash::IndexTable::default();
    let mut out: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A chunk: consecutive content words, no boundary between them, one sentence.
        let start = i;
        let mut end = i;
        let joined = |k: usize| {
            k < toks.len()
                && !toks[k].boundary_before()
                && toks[k].sentence() == toks[start].sentence()
        };
        // A one- or two-digit number between two content words stays in the run: "type 2
        // diabetes", "Chapter 11 bankruptcy" (a phrase never opens or closes with it).
        let inner_number = |k: usize| {
            k > start
                && joined(k)
                && joined(k + 1)
                && !toks[k + 1].stop()
                && short_number(tokens.lower(k), 2)
        };
        while end < toks.len()
            && (!toks[end].stop() || inner_number(end))
            && (end == start || joined(end))
        {
            end += 1;
        }
        if end == start {
            i += 1;
            continue;
        }
        for a in start..end {
            // A noun phrase, not a clause: it does not open with a verb (an -ing form after
            // a determiner modifies: "the planning permission"; after a preposition it acts:
            // "by sending water"), a generic adjective or a lower-case measure ("1.7-litre
            // boil" is a specification, not a topic).
            let first = tokens.form(a);
            // ("that" after a plural opens a relative clause: "schools that ban phones".)
            let relative = |j: usize| {
                tokens.lower(j) == "that"
                    && joined_before(tokens, j, 1).is_some_and(|k| tokens.form(k).plural)
            };
            let after_determiner = a > 0
                && tokens.form(a - 1).determiner
                && !toks[a].boundary_before()
                && !relative(a - 1);
            // Nor right after a plural in the same run: "trees shade pavements" is a
            // clause whatever "shade" is.
            // (A verb in "-s" before it is no plural subject: "walking lowers blood sugar".)
            let after_plural = a > start
                && tokens.form(a - 1).plural
                && !tokens.form(a - 1).weak_edge
                && !in_name[a - 1];
            // A unit after a number ("9 cm pots", "5 mm deep") is part of a measure.
            let unit = a > 0
                && !toks[a].boundary_before()
                && tokens.lower(a - 1).bytes().all(|c| c.is_ascii_digit())
                && UNITS.contains(&tokens.lower(a));
            // Nor "cent" after "per": "a 40 per cent fall" has no topic "cent fall".
            let per_unit = first.generic && a > 0 && tokens.lower(a - 1) == "per";
            let opens_badly = after_plural
                || unit
                || per_unit
                || first.past
                || first.weak_edge && !((first.ing || first.base) && after_determiner)
                || first.weak_start
                || !toks[a].capitalised() && tokens.lower(a).bytes().any(|c| c.is_ascii_digit())
                || opens_a_verb(tokens, a);
            if opens_badly {
                continue;
            }
            for n in 2..=4 {
                let b = a + n;
                if b > end {
                    break;
                }
                // Nor close with a verb, an "-ed" form ("homes flooded"), an adverb or a
                // generic adjective, nor hold an irregular past ("morning found shelves")
                // or an adverb inside.
                // A verb's base form after a singular noun is a noun too ("insurance
                // claim", "price increase"); after a plural it is a clause ("roofs absorb").
                let last = tokens.form(b - 1);
                let before = tokens.form(b - 2);
                let modifier = !before.plural && !before.ed && !before.weak_edge;
                // So is its "-s" form when neither an object nor a verb follows: "tax
                // cuts", "floor plans", "energy costs fell" (but "the policy costs money",
                // "a moderate pace helps lower", "the change looks like" are clauses).
                // (Judged only for such a form: these tests run for every n-gram.)
                let ends_clause_free = || {
                    b == toks.len()
                        || toks[b].boundary_before()
                        || toks[b].sentence() != toks[b - 1].sentence()
                        || {
                            let next = tokens.form(b);
                            next.noun_follower || next.past || next.ed
                        }
                };
                // After "a"/"an" it is the clause's verb: "a comfortable pace helps".
                let singular_article = || {
                    (1..=3).any(|k| {
                        joined_before(tokens, a, k)
                            .is_some_and(|j| matches!(tokens.lower(j), "a" | "an"))
                    })
                };
                let noun_compound = modifier
                    && (last.base || last.base_plural && ends_clause_free() && !singular_article());
                // A word in "-s" right before an article or "how" is a verb taking its
                // object ("that promise shapes how people travel").
                let takes_object = last.plural
                    && !in_name[b - 1]
                    && b < toks.len()
                    && !toks[b].boundary_before()
                    && toks[b].sentence() == toks[b - 1].sentence()
                    && (tokens.form(b).object_opener
                        // "a year", "a day", "each week" measure time: "40 km of cast-iron
                        // mains a year" is no verb with its object.
                        && !(b + 1 < toks.len() && TIME_UNITS.contains(&tokens.lower(b + 1)))
                        || tokens.form(b).particle);
                // An "-ing" verb with its object or particle right after it acts: "a mining
                // company buying up water rights", "the season breaking it down", "an email
                // telling you" ("city planning starts" keeps its noun).
                let acts_on_next = || {
                    last.ing
                        && last.weak_edge
                        && b < toks.len()
                        && !toks[b].boundary_before()
                        && toks[b].sentence() == toks[b - 1].sentence()
                        && {
                            let next = tokens.form(b);
                            next.particle
                                || next.object_pronoun
                                || matches!(tokens.lower(b), "you" | "it")
                        }
                };
                // A compass point before "of" places something ("a fishing town east of
                // Lagos"): it is no part of the noun phrase before it.
                let placed = || {
                    b < toks.len()
                        && toks[b].sentence() == toks[b - 1].sentence()
                        && tokens.lower(b) == "of"
                        && COMPASS.contains(&tokens.lower(b - 1))
                };
                // German nouns are capitalised: a German noun phrase ends with a capital
                // ("wichtiger Schritt", not "Fahrplan trägt").
                let closes_badly = tokens.nouns_capitalised && !toks[b - 1].capitalised()
                    || last.adverb
                    || last.past
                    || last.ed
                    || last.weak_edge && !last.ing && !noun_compound
                    || last.weak_start
                    || last.adjective
                    || takes_object
                    || toks[b - 1].stop()
                    || acts_on_next()
                    || placed();
                // Inside a noun phrase a plural does not modify the next word ("street
                // trees shade pavements" is a clause), nor does a verb ("sedum add
                // insulation"; an -ing form may: "the heating system").
                let inner = |k: usize| {
                    let f = tokens.form(k);
                    f.past
                        || f.adverb
                        || f.plural && !in_name[k]
                        || f.weak_edge && !f.ing && !f.base && k > a
                };
                if closes_badly || (a..b).all(|k| in_name[k]) || (a..b - 1).any(inner) {
                    continue;
                }
                // A name may open a phrase ("Grange Street community hall") but not close
                // one ("library manager Janet Okoye" is a name with a job title), start in
                // its middle ("Security Council met"), or be followed by a single word
                // ("South Korean navy", "Harlow River burst").
                if (a + 1..b).any(|k| in_name[k] && !in_name[k - 1]) {
                    continue;
                }
                if in_name[a] && a > 0 && in_name[a - 1] && !toks[a].boundary_before() {
                    continue;
                }
                let name_words = (a..b).take_while(|&k| in_name[k]).count();
                if name_words > 0 && b - a - name_words < 2 {
                    continue;
                }
                // Nor may a possessive name open one: "the Bank's latest forecasts" is the
                // name and a phrase of its own.
                if name_words > 0
                    && without_possessive(tokens.lower(a + name_words - 1)).len()
                        < tokens.lower(a + name_words - 1).len()
                {
                    continue;
                }
                // A singular possessive belongs to its own noun phrase: "the government's
                // tax plans" gives no "government's tax"; a plural one may classify
                // ("children's books", "women's football").
                let singular_possessive = |k: usize| {
                    tokens
                        .lower(k)
                        .strip_suffix("'s")
                        .is_some_and(|owner| !IRREGULAR_PLURALS.contains(&owner))
                };
                if (a..b - 1).any(|k| !in_name[k] && singular_possessive(k)) {
                    continue;
                }
                let key = phrase_key(tokens, (a, b));
                let fresh = out.len() as u32;
                let (index, new) = table.find_or_insert(
                    crate::hash::hash_one(&key),
                    |i| phrase_key(tokens, out[i as usize].occurrences[0]) == key,
                    fresh,
                    |i| crate::hash::hash_one(&phrase_key(tokens, out[i as usize].occurrences[0])),
                );
                if new {
                    out.push(Candidate {
                        kind: Kind::Phrase,
                        key: String::new(),
                        // Most phrases occur once: room for one, not the four a first
                        // push would reserve.
                        occurrences: Vec::with_capacity(1),
                        words: n,
                        roles: 0,
                        nested: false,
                    });
                }
                let index = index as usize;
                out[index].occurrences.push((a, b));
                out[index].roles += usize::from(is_role(tokens, in_name, a, b));
            }
        }
        i = end;
    }
    drop_split_compounds(tokens, &mut out);
    // Phrase keys are their stem ids; no string key is built for the thousands of
    // candidates that are never listed.
    out
}

/// Drops the phrases that, wherever they occur, cut a two-word phrase the text repeats:
/// "well-installed air source heat" beside "heat pump" ×6 ends between "heat" and "pump",
/// so it names nothing; "air source heat pump" stays.
fn drop_split_compounds(tokens: &Tokens, out: &mut Vec<Candidate>) {
    // (A u64 key shares the set code of the paste cleanup's shingles.)
    let pair = |k: usize| u64::from(tokens.stem(k)) << 32 | u64::from(tokens.stem(k + 1));
    let repeated: FxHashSet<u64> = out
        .iter()
        .filter(|c| c.words == 2 && c.occurrences.len() >= 2)
        .map(|c| pair(c.occurrences[0].0))
        .collect();
    if repeated.is_empty() {
        return;
    }
    let toks = &tokens.toks;
    // Tokens `k` and `k + 1` are a repeated pair inside one run of words.
    let joined_pair = |k: usize| {
        k + 1 < toks.len()
            && !toks[k + 1].boundary_before()
            && toks[k + 1].sentence() == toks[k].sentence()
            && !toks[k].stop()
            && !toks[k + 1].stop()
            && repeated.contains(&pair(k))
    };
    out.retain(|c| {
        !c.occurrences
            .iter()
            .all(|&(a, b)| joined_pair(b - 1) || a > 0 && joined_pair(a - 1))
    });
}

/// A phrase's key: the stem ids of its words, padded to four.
fn phrase_key(tokens: &Tokens, (a, b): (usize, usize)) -> [u32; 4] {
    let mut key = [u32::MAX; 4];
    for (slot, k) in key.iter_mut().zip(a..b) {
        *slot = tokens.stem(k);
    }
    key
}

/// Units of measure written after a number ("9 cm pots", "5 mm deep", "65 W charger"); other
/// words after a number open phrases ("900 air quality monitors").
const UNITS: &[&str] = &[
    "mm", "cm", "m", "km", "in", "ft", "yd", "mi", "mg", "g", "kg", "lb", "lbs", "oz", "ml", "cl",
    "l", "gal", "pt", "qt", "mph", "kph", "kw", "kwh", "mw", "mwh", "gw", "gwh", "w", "v", "mah",
    "kb", "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "db", "s", "ms", "min", "mins", "h", "hr",
    "hrs", "c", "f", "px", "pc", "ha", "sq", "cal", "kcal", "tsp", "tbsp", "pkg",
];

/// Prepositions after which a word that is both a verb and a noun is the noun ("of sleep",
/// "for help"; "to" is left out: "to help" is a verb).
const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "on", "about", "with", "without", "during", "after", "before", "from",
    "into", "through", "than", "against", "despite",
];

/// Word candidates: single non-stopwords outside names, grouped by stem. A common verb
/// counts only where an article makes it a noun.
#[inline(never)]
pub fn words(tokens: &Tokens, in_name: &[bool]) -> Vec<Candidate> {
    // Candidate index + 1 of each stem (0: none yet).
    let mut by_stem = vec![0u32; tokens.stem_total];
    let mut out: Vec<Candidate> = Vec::new();
    let toks = &tokens.toks;
    // After an article, alone or with up to two modifiers between ("the strike", "a brisk
    // 15-minute walk"), a common verb is a noun; but an "-s" form two or more words after
    // "a" is the verb of a clause ("a skewer cuts cleanly").
    let noun_use = |k: usize| {
        if tokens.form(k).adverb {
            return false;
        }
        // An "-ing" form opening a sentence before "is"/"has" is its subject: "Phishing is
        // still how most takeovers start", "Walking has benefits".
        if tokens.form(k).ing
            && toks[k].initial()
            && k + 1 < toks.len()
            && !toks[k + 1].boundary_before()
            && toks[k + 1].sentence() == toks[k].sentence()
            && (tokens.form(k + 1).be || tokens.form(k + 1).have)
        {
            return true;
        }
        // An "-s" form is a plural noun only when its verb is also a common noun ("the
        // claims"; "the skewer comes" is a clause).
        if tokens.form(k).plural && !tokens.form(k).base_plural {
            return false;
        }
        // A verb that is also a common noun is one right after a preposition or an
        // adjective: "hours of sleep", "worse sleep", "calls for support".
        // So is one right after a verb's "-s" or past form, as its object: "improves
        // sleep", "restricted access" (not after "does"/"did": "did sleep" is a verb), or
        // after a plural possessive ("pupils' sleep").
        if (tokens.form(k).base || tokens.form(k).base_plural)
            && (toks[k].possessive_before()
                || joined_before(tokens, k, 1).is_some_and(|j| {
                    let before = tokens.form(j);
                    let lower = tokens.lower(j);
                    let finite_verb = before.weak_edge
                        && !before.adverb
                        && !before.ing
                        && (lower.ends_with('s') || before.past || before.ed)
                        && !matches!(lower, "does" | "did" | "has" | "was" | "is" | "lets");
                    NOUN_PREPOSITIONS.contains(&lower)
                        || before.weak_start
                        || before.adjective
                        || finite_verb
                }))
        {
            return true;
        }
        let mut j = k;
        for _ in 0..3 {
            if j == 0 || toks[j].boundary_before() || toks[j - 1].sentence() != toks[k].sentence() {
                return false;
            }
            j -= 1;
            if tokens.form(j).article {
                let singular_article = matches!(tokens.lower(j), "a" | "an");
                return !(singular_article && j + 1 < k && tokens.form(k).plural);
            }
            if toks[j].stop() || tokens.form(j).weak_edge || tokens.form(j).plural {
                return false;
            }
        }
        false
    };
    for (k, t) in toks.iter().enumerate() {
        let f = tokens.form(k);
        if t.stop() || in_name[k] || f.weak_start || f.adjective || f.past || f.ed || f.generic {
            continue;
        }
        // A German keyword word is a noun, and German nouns are capitalised.
        if tokens.nouns_capitalised && !t.capitalised() {
            continue;
        }
        if f.weak_edge && !noun_use(k) {
            continue;
        }
        let stem = tokens.stem(k) as usize;
        let slot = &mut by_stem[stem];
        if *slot == 0 {
            out.push(Candidate {
                kind: Kind::Word,
                key: String::new(),
                // The stem's uses as a content word bound its occurrences: no regrowth.
                occurrences: Vec::with_capacity(tokens.stem_count[stem]),
                words: 1,
                roles: 0,
                nested: false,
            });
            *slot = out.len() as u32;
        }
        out[*slot as usize - 1].occurrences.push((k, k + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms() {
        assert!(is_demonym_of("south korean", "south korea"));
        assert!(is_demonym_of("ukrainian", "ukraine"));
        assert!(is_demonym_of("chinese", "china"));
        assert!(is_demonym_of("americans", "america"));
        assert!(!is_demonym_of("north korean", "south korea"));
    }
}
