//! Keyword frequency: names, phrases and words of the kept text, grouped, ranked, with
//! every occurrence.
//!
//! Ranking uses local statistics only (the ideas behind YAKE, not its code): how often a
//! term occurs, how early it first appears, how widely it is spread over the sentences,
//! and, for phrases, how salient their words are and how tightly they stick together
//! (occurrences of the phrase against occurrences of its rarest word). Names weigh a
//! little more than phrases, and phrases more than single words, because an editor's tags
//! are mostly names and noun phrases. Two signals come from outside the counted text: a
//! term sharing the words of the headline or standfirst (found by cleanup) ranks higher,
//! and a phrase that is a job title beside a person's name ("library manager Janet
//! Okoye") ranks lower.
//!
//! A shorter term inside a listed longer one ("Korea" in "South Korea", "heat island" in
//! "urban heat island effect") is dropped unless it also occurs on its own often (at least
//! twice and in at least half of its occurrences), whichever of the two ranks higher.

mod candidates;
mod display;
mod english_stem;
mod tokens;

use crate::analysis::Keyword;
use crate::hash::FxHashSet;
use crate::lexicon::{
    WordSet, FUNCTION_WORDS_DE, FUNCTION_WORDS_ES, FUNCTION_WORDS_FR, FUNCTION_WORDS_IT,
    FUNCTION_WORDS_NL, FUNCTION_WORDS_PT, FUNCTION_WORDS_RU, STOPWORDS_DE, STOPWORDS_EN,
    STOPWORDS_ES, STOPWORDS_FR, STOPWORDS_IT, STOPWORDS_NL, STOPWORDS_PT,
};
use crate::readability::familiar::FamiliarByForm;
use crate::segment::Segmentation;
use crate::span::Span;
use crate::vocab::Vocabulary;
use candidates::{Candidate, Kind};
use serde::Deserialize;
use tokens::Tokens;

/// Keyword options.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct KeywordOptions {
    /// Most rows returned (default 30).
    pub limit: usize,
    /// Fewest occurrences for a row (default 1).
    pub min_count: usize,
    /// Extra stopwords (any case).
    pub stopwords: Vec<String>,
    /// Kinds to return: any of "name", "phrase", "word" (default all).
    pub kinds: Vec<String>,
}

impl KeywordOptions {
    /// Option names accepted from JavaScript.
    pub const FIELDS: &'static [&'static str] = &["limit", "minCount", "stopwords", "kinds"];
}

impl Default for KeywordOptions {
    fn default() -> Self {
        KeywordOptions {
            limit: 30,
            min_count: 1,
            stopwords: Vec::new(),
            kinds: vec!["name".into(), "phrase".into(), "word".into()],
        }
    }
}

/// The stopword lists of `language`: its function words (for English, the keyword list),
/// and for the other languages except Russian (whose function-word list is the longest) a
/// fuller keyword list.
fn stopwords(language: &str) -> (&'static WordSet, Option<&'static WordSet>) {
    let base = match language {
        "de" => &FUNCTION_WORDS_DE,
        "es" => &FUNCTION_WORDS_ES,
        "fr" => &FUNCTION_WORDS_FR,
        "it" => &FUNCTION_WORDS_IT,
        "nl" => &FUNCTION_WORDS_NL,
        "pt" => &FUNCTION_WORDS_PT,
        "ru" => &FUNCTION_WORDS_RU,
        _ => &STOPWORDS_EN,
    };
    let fuller: Option<&'static WordSet> = match language {
        "de" => Some(&STOPWORDS_DE),
        "es" => Some(&STOPWORDS_ES),
        "fr" => Some(&STOPWORDS_FR),
        "it" => Some(&STOPWORDS_IT),
        "nl" => Some(&STOPWORDS_NL),
        "pt" => Some(&STOPWORDS_PT),
        _ => None,
    };
    (base, fuller)
}

struct Scored<'c> {
    candidate: &'c Candidate,
    score: f64,
}

/// Extracts keywords from the kept sentences; the lead sentences (headline and standfirst,
/// kept or not) only raise the rank of terms they share. Both are indexes into
/// `seg.sentences`.
pub fn extract(
    text: &str,
    seg: &Segmentation,
    (vocab, familiar): (&Vocabulary, &mut FamiliarByForm),
    (kept, lead): (&[usize], &[usize]),
    language: &str,
    options: &KeywordOptions,
) -> Vec<Keyword> {
    let (base, fuller) = stopwords(language);
    let extra: FxHashSet<String> = options
        .stopwords
        .iter()
        .map(|s| crate::vocab::normalise(s))
        .collect();
    let tokens = Tokens::build(text, seg, (vocab, familiar), (kept, lead), language, |w| {
        base.contains(w) || fuller.is_some_and(|list| list.contains(w)) || extra.contains(w)
    });
    if tokens.toks.is_empty() {
        return Vec::new();
    }
    crate::phase("kw_tokens");
    let runs = candidates::name_runs(text, &tokens, &seg.words);
    let mut in_name = vec![false; tokens.toks.len()];
    for &(a, b) in &runs {
        in_name[a..b].iter_mut().for_each(|x| *x = true);
    }
    let mut names = candidates::names(&tokens, &runs);
    candidates::nested_names(&tokens, &mut names);
    crate::phase("kw_names");
    let phrases = candidates::phrases(&tokens, &in_name);
    crate::phase("kw_phrases");
    let words = candidates::words(&tokens, &in_name);
    crate::phase("kw_words");
    // One table of the exact size, not one grown by doubling: the candidate table is
    // among the keyword pass's largest.
    let mut all = Vec::with_capacity(names.len() + phrases.len() + words.len());
    all.extend(names);
    all.extend(phrases);
    all.extend(words);

    absorb_sub_phrases(&mut all, &tokens);
    all.retain(|c| c.occurrences.len() >= options.min_count.max(1));
    // (Past 16 million sentences the index wraps, and spread is only approximate.)
    let sentences = tokens.toks.last().map_or(1, |t| t.sentence() + 1) as f64;
    let scores: Vec<f64> = all
        .iter()
        .map(|c| score(c, &tokens, sentences) * introduced_weight(text, seg, &tokens, c))
        .collect();
    // Best score first; among equal scores, the term met first. The candidates are sorted
    // by index, not moved: on a long text they are the keyword pass's largest table.
    let order = crate::order::sorted_indices(all.len(), |i| {
        let (a, b) = all[i].occurrences[0];
        u128::from(!crate::order::f64_key(scores[i])) << 64 | (a as u128) << 32 | b as u128
    });
    let total_words = seg.words_in(kept).max(1) as f64;
    let kinds: Vec<&str> = options.kinds.iter().map(String::as_str).collect();
    // Sized once for every candidate (the kinds filter rarely drops any): collected
    // through the filter, the table grew by doubling.
    let mut eligible: Vec<Scored> = Vec::with_capacity(order.len());
    eligible.extend(
        order
            .iter()
            .map(|&i| Scored {
                candidate: &all[i as usize],
                score: scores[i as usize],
            })
            .filter(|s| kinds.contains(&s.candidate.kind.as_str())),
    );
    drop((order, scores));
    crate::phase("kw_ranked");
    // The rows are the best `limit` terms that survive subsumption. Which terms survive
    // depends only on longer terms among them, so a window of the best candidates is
    // judged at once and widened when too few survive.
    let mut window = options
        .limit
        .saturating_mul(2)
        .saturating_add(10)
        .min(eligible.len());
    loop {
        let keep = not_subsumed(&eligible[..window], tokens.toks.len());
        let survivors = keep.iter().filter(|&&k| k).count();
        if survivors >= options.limit || window == eligible.len() {
            return eligible[..window]
                .iter()
                .zip(keep)
                .filter(|(_, keep)| *keep)
                .take(options.limit)
                .map(|(s, _)| to_keyword(text, seg, &tokens, s.candidate, s.score, total_words))
                .collect();
        }
        window = (window * 2).min(eligible.len());
    }
}

/// Subsumption, whatever the rank order: a term whose occurrences lie mostly inside
/// longer surviving terms of `terms` is dropped ("Grange Street" when "Grange Street
/// community hall" is listed, "Korea" inside "South Korea") unless it also occurs on its
/// own at least twice and in at least half of its occurrences, or is a phrase of two or
/// more occurrences, at least twice as many as any longer term around it. Longer terms are
/// judged first, so a term is only measured against longer terms that survive.
#[inline(never)]
fn not_subsumed(terms: &[Scored], tokens: usize) -> Vec<bool> {
    let length = |i: usize| {
        let occurrences = &terms[i].candidate.occurrences;
        occurrences.iter().map(|&(a, b)| b - a).max().unwrap_or(0)
    };
    let mut order: Vec<usize> = (0..terms.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| !(length(i) as u128));
    // Per token: the most occurrences of a surviving longer term that covers it (none: 0).
    let mut covered = Coverage::new(terms, tokens);
    let mut keep = vec![true; terms.len()];
    for group in order.chunk_by(|&i, &j| length(i) == length(j)) {
        for &i in group {
            let occurrences = &terms[i].candidate.occurrences;
            let count = occurrences.len();
            let mut alone = 0;
            let mut cover = 0;
            for &(a, b) in occurrences {
                let inside = (a..b).map(|k| covered.get(k)).min().unwrap_or(0);
                if inside == 0 {
                    alone += 1;
                }
                cover = cover.max(inside);
            }
            // Kept when mostly on its own, or, for a phrase, when at least twice as frequent
            // as any longer term around it ("blood sugar" x4 beside "blood sugar spikes" x2,
            // "self-emptying dock" x2 beside "noisy self-emptying dock" x1; a word stays
            // under its phrases: "butter" x6 beside "brown butter" x2).
            keep[i] = alone == count
                || terms[i].candidate.nested
                || (alone >= 2 && alone * 2 > count)
                || (terms[i].candidate.kind == Kind::Phrase && count >= 2 && count >= 2 * cover);
        }
        for &i in group.iter().filter(|&&i| keep[i]) {
            let count = terms[i].candidate.occurrences.len();
            for &(a, b) in &terms[i].candidate.occurrences {
                for k in a..b {
                    covered.raise(k, count);
                }
            }
        }
    }
    keep
}

/// Per token, the most occurrences of a listed term that covers it (0: none): a map over
/// the tokens the terms cover when they are few, else a table over every token (a map
/// entry costs about six times a table slot).
enum Coverage {
    Sparse(crate::hash::FxHashMap<usize, usize>),
    Dense(Vec<u32>),
}

impl Coverage {
    fn new(terms: &[Scored], tokens: usize) -> Coverage {
        let spans = terms.iter().flat_map(|t| &t.candidate.occurrences);
        let covered: usize = spans.map(|&(a, b)| b - a).sum();
        if covered.saturating_mul(6) < tokens {
            Coverage::Sparse(crate::hash::FxHashMap::with_capacity_and_hasher(
                covered,
                Default::default(),
            ))
        } else {
            Coverage::Dense(vec![0; tokens])
        }
    }

    fn get(&self, token: usize) -> usize {
        match self {
            Coverage::Sparse(map) => map.get(&token).copied().unwrap_or(0),
            Coverage::Dense(table) => table[token] as usize,
        }
    }

    fn raise(&mut self, token: usize, count: usize) {
        match self {
            Coverage::Sparse(map) => {
                let x = map.entry(token).or_insert(0);
                *x = (*x).max(count);
            }
            Coverage::Dense(table) => {
                let count = u32::try_from(count).unwrap_or(u32::MAX);
                table[token] = table[token].max(count);
            }
        }
    }
}

/// Drops a phrase that only ever occurs inside one longer phrase ("heat island effect"
/// inside "urban heat island effect"): the longer phrase says the same, more fully.
#[inline(never)]
fn absorb_sub_phrases(all: &mut Vec<Candidate>, tokens: &Tokens) {
    // Sized once: growing the table would hold the old and the new table at once, and on
    // a long text this map is among the keyword pass's largest tables.
    let phrases = all.iter().filter(|c| c.kind == Kind::Phrase);
    let mut owner: crate::hash::FxHashMap<(usize, usize), usize> =
        crate::hash::FxHashMap::with_capacity_and_hasher(
            phrases.map(|c| c.occurrences.len()).sum(),
            Default::default(),
        );
    for (i, c) in all.iter().enumerate() {
        if c.kind == Kind::Phrase {
            for &range in &c.occurrences {
                owner.insert(range, i);
            }
        }
    }
    let mut absorbed = vec![false; all.len()];
    // A phrase met once that only describes the state of a repeated phrase's thing
    // ("untreated obstructive sleep apnoea" beside "obstructive sleep apnoea" ×2) says no
    // more than it. (A classifier makes a kind of its own: "succulent potting mix".)
    for (i, c) in all.iter().enumerate() {
        if let [(a, b)] = c.occurrences[..] {
            let describes = || {
                let f = tokens.form(a);
                f.ed || f.past || f.weak_start || f.adverb
            };
            if c.kind == Kind::Phrase
                && b - a > 2
                && describes()
                && owner
                    .get(&(a + 1, b))
                    .is_some_and(|&j| all[j].occurrences.len() > 1)
            {
                absorbed[i] = true;
            }
        }
    }
    for c in all.iter().filter(|c| c.kind == Kind::Phrase && c.words > 2) {
        for &(a, b) in &c.occurrences {
            for start in a..b {
                for end in start + 2..=b {
                    if end - start == b - a {
                        continue;
                    }
                    if let Some(&j) = owner.get(&(start, end)) {
                        if all[j].occurrences.len() == c.occurrences.len() {
                            absorbed[j] = true;
                        }
                    }
                }
            }
        }
    }
    let mut index = 0;
    all.retain(|_| {
        index += 1;
        !absorbed[index - 1]
    });
}

/// How much a term made entirely of headline or standfirst words gains in rank (× 1 + this).
const LEAD_WEIGHT: f64 = 1.0;

/// The ranking score of a candidate (higher is better).
#[inline(never)]
fn score(c: &Candidate, tokens: &Tokens, sentences: f64) -> f64 {
    let count = c.occurrences.len() as f64;
    let first = tokens.toks[c.occurrences[0].0].sentence() as f64;
    // Distinct sentences (occurrences are in text order, so a change of sentence is new).
    let mut distinct = 0usize;
    let mut last = usize::MAX;
    for &(a, _) in &c.occurrences {
        let s = tokens.toks[a].sentence();
        if s != last {
            distinct += 1;
            last = s;
        }
    }
    let spread = distinct as f64 / sentences;
    // Early mentions matter: the headline facts come first.
    let position = 1.0 + 1.0 / (1.0 + first).sqrt();
    let frequency = (1.0 + count).ln();
    // The headline and standfirst are an editor's summary: a term sharing their words is
    // what the article is about.
    let content = c
        .stems(tokens)
        .filter(|&s| tokens.stem_count[s as usize] > 0);
    let (in_lead, all) = content.fold((0, 0), |(l, n), s| {
        (l + usize::from(tokens.in_lead[s as usize]), n + 1)
    });
    let lead = 1.0 + LEAD_WEIGHT * in_lead as f64 / all.max(1) as f64;
    lead * match c.kind {
        Kind::Name => {
            // A source quoted or reported ("said Graham Pryce", "Moyo said", "according to
            // the union") is one of the story's actors.
            let speaker = if c.occurrences.iter().any(|&o| speaks(tokens, o)) {
                SPEAKER_WEIGHT
            } else {
                1.0
            };
            // A country, continent or nationality named once is context ("as in Denmark",
            // "a Danish study"), not what the article is about.
            // A nationality used mostly as an adjective ("British soldiers", "British
            // forces") says even less.
            let place = if !crate::lexicon::WORLD_PLACES.contains(&c.key) {
                1.0
            } else if modifies_mostly(c, tokens) {
                ADJECTIVAL_PLACE_WEIGHT
            } else if c.occurrences.len() == 1 {
                PLACE_WEIGHT
            } else {
                1.0
            };
            // A journal cited once is where a finding appeared ("published in the journal
            // Lancet Regional Health"), not what the article is about.
            let citation = if c.occurrences.len() != 1 {
                1.0
            } else if cited(c.occurrences[0], tokens) {
                CITATION_WEIGHT
            } else if located(c.occurrences[0], tokens) {
                SETTING_WEIGHT
            } else {
                1.0
            };
            place
                * citation
                * speaker
                * ((0.6 + frequency)
                    * position
                    * (1.0 + 0.15 * (c.words.min(NAME_WORDS_CAP) as f64 - 1.0))
                    * 1.3
                    + spread)
        }
        Kind::Word => {
            // A word off the common-word lists is more likely the text's own term.
            let rare = if tokens.english && !tokens.common(c.occurrences[0].0) {
                RARE_WORD_WEIGHT
            } else {
                1.0
            };
            rare * frequency * position * (0.6 + spread)
        }
        Kind::Phrase => {
            let word_counts = c
                .stems(tokens)
                .map(|s| tokens.stem_count[s as usize] as f64);
            let rarest = word_counts.clone().fold(f64::INFINITY, f64::min).max(1.0);
            // The head (last word) carries the topic: "green roofs" is about roofs.
            let head = c
                .stems(tokens)
                .next_back()
                .map_or(0.0, |s| tokens.stem_count[s as usize] as f64);
            let modifiers = word_counts.map(|n| (1.0 + n).ln()).sum::<f64>() - (1.0 + head).ln();
            let salience = (1.5 * (1.0 + head).ln() + 0.5 * modifiers)
                / (c.stems(tokens).count() as f64).sqrt();
            let cohesion = (count / rarest).sqrt();
            // A job title beside a person's name describes the person, not the topic.
            let roles = 1.0 - 0.5 * c.roles as f64 / count;
            // A phrase naming a kind of person ("climate scientist", "council leader",
            // "coffee experts") describes who speaks, not what the text is about.
            let person = c
                .occurrences
                .first()
                .is_some_and(|&(_, b)| tokens.form(b - 1).person);
            let roles = if person { roles * PERSON_WEIGHT } else { roles };
            // Everyday words say less about what this text is about than its own terms
            // ("summer evening", "warm air" beside "tar roofs", "green canopies" beside
            // "deciduous trees").
            let familiar = familiar_share(c, tokens);
            FAMILIAR_PHRASE_WEIGHT.powf(familiar)
                * roles
                * (0.4 + frequency)
                * salience
                * cohesion
                * position
                * (1.0 + 0.1 * (c.words as f64 - 2.0))
        }
    }
}

/// How much more a term weighs when the text introduces it as a term: "called X", "known
/// as X", "X (ACRONYM)", "X, or ACRONYM", "X, a type of …". An explainer names its key
/// terms this way, often only once ("This lingering pain is called postherpetic
/// neuralgia").
const INTRODUCED_WEIGHT: f64 = 2.5;

/// [`INTRODUCED_WEIGHT`] when any occurrence of `c` is introduced as a term, else 1.
fn introduced_weight(text: &str, seg: &Segmentation, tokens: &Tokens, c: &Candidate) -> f64 {
    if c.occurrences
        .iter()
        .any(|&o| introduced(text, seg, tokens, o))
    {
        INTRODUCED_WEIGHT
    } else {
        1.0
    }
}

/// True when the occurrence `(a, b)` (token range) is introduced as a term (see
/// [`INTRODUCED_WEIGHT`]).
fn introduced(text: &str, seg: &Segmentation, tokens: &Tokens, (a, b): (usize, usize)) -> bool {
    let toks = &tokens.toks;
    let sentence = toks[a].sentence();
    let word = |k: usize| word_in(tokens, sentence, k);
    // The text between token `k` and the one before it, without spaces.
    let gap = |k: usize| {
        let end = seg.words[tokens.word(k - 1)].span.end;
        let start = seg.words[tokens.word(k)].span.start;
        text[end..start].trim()
    };
    // "called X", "termed X", "dubbed X", "known as (the) X", the term in quotes or not.
    let known_as = |k: usize| word(k) == "as" && word(k.wrapping_sub(1)) == "known";
    if a >= 1 && (!toks[a].boundary_before() || QUOTES.contains(&gap(a))) {
        let w1 = word(a - 1);
        // A person called by name is a character, not a term: "a taciturn man called Huw
        // Jenkins".
        let of_a_person = || {
            a >= 2 && {
                let before = word(a - 2);
                crate::lexicon::in_words(HUMAN_NOUNS, before) || tokens.form(a - 2).person
            }
        };
        if INTRODUCERS.contains(&w1) && !of_a_person()
            || w1 == "as" && known_as(a - 1)
            || a >= 2
                && ARTICLES_EN.contains(&w1)
                && !toks[a - 1].boundary_before()
                && known_as(a - 2)
        {
            return true;
        }
    }
    if b >= toks.len() || !toks[b].boundary_before() || word(b).is_empty() {
        return false;
    }
    match gap(b) {
        // "polyethylene terephthalate (PET)".
        "(" => toks[b].acronym(),
        // "polyethylene terephthalate, or PET"; "polyamide, a type of nylon".
        "," => {
            let n0 = word(b);
            n0 == "or" && !word(b + 1).is_empty() && toks[b + 1].acronym()
                || ARTICLES_EN[1..].contains(&n0)
                    && KINDS.contains(&word(b + 1))
                    && word(b + 2) == "of"
        }
        _ => false,
    }
}

/// The lower-case word of token `k`, or "" when `k` is no token of sentence `sentence`.
#[inline(never)]
fn word_in<'v>(tokens: &Tokens<'v>, sentence: usize, k: usize) -> &'v str {
    if k < tokens.toks.len() && tokens.toks[k].sentence() == sentence {
        tokens.lower(k)
    } else {
        ""
    }
}

/// Words that introduce a term right after them ("called X").
const INTRODUCERS: &[&str] = &["called", "termed", "dubbed"];
/// Nouns for a person that "called X" may follow ("a man called …").
const HUMAN_NOUNS: &str =
    "man woman men women boy girl boys girls person guy lad chap fellow friend \
    neighbour neighbor colleague stranger son daughter brother sister father mother \
    husband wife partner child baby dog cat horse";
/// "the", "a", "an".
const ARTICLES_EN: &[&str] = &["the", "a", "an"];
/// Quotes around an introduced term.
const QUOTES: &[&str] = &["\"", "“", "'", "‘"];
/// "X, a type of …".
const KINDS: &[&str] = &["type", "kind", "form", "class", "family", "group", "sort"];

/// How much more an English keyword word weighs when it is not a common word (see
/// [`Tokens::common`]). (Tried and left out: the same for the rare words of phrases, which
/// lowered precision on the dev pastes; 1.4–1.7 measured alike.)
const RARE_WORD_WEIGHT: f64 = 1.5;

/// How much a phrase made only of familiar words (Dale–Chall) weighs; a phrase with some
/// familiar words weighs in between (`FAMILIAR_PHRASE_WEIGHT ^ share`).
const FAMILIAR_PHRASE_WEIGHT: f64 = 0.75;

/// The share of a phrase's content words (at its first occurrence) that are familiar.
fn familiar_share(c: &Candidate, tokens: &Tokens) -> f64 {
    let (a, b) = c.occurrences[0];
    let (familiar, content) = (a..b)
        .filter(|&i| !tokens.toks[i].stop())
        .fold((0, 0), |(f, n), i| {
            (f + usize::from(tokens.form(i).familiar), n + 1)
        });
    familiar as f64 / content.max(1) as f64
}

/// The two words before token `a` in its sentence, nearest first, skipping a "the" right
/// before it (`None` past the sentence start).
fn words_before<'v>(a: usize, tokens: &Tokens<'v>) -> [Option<&'v str>; 2] {
    let toks = &tokens.toks;
    let word = |k: usize| (toks[k].sentence() == toks[a].sentence()).then(|| tokens.lower(k));
    let mut k = a;
    if k > 0 && word(k - 1) == Some("the") {
        k -= 1;
    }
    [
        k.checked_sub(1).and_then(word),
        k.checked_sub(2).and_then(word),
    ]
}

/// True when the name occurrence `(a, _)` follows "journal" or "published in" (with "the"
/// between or not) in its sentence: the name of a publication.
fn cited((a, _): (usize, usize), tokens: &Tokens) -> bool {
    matches!(
        words_before(a, tokens),
        [Some("journal" | "journals"), _] | [Some("in"), Some("published")]
    )
}

/// True when the name occurrence `(a, _)` (token range) says where something is or
/// happens ("a heating firm in Cardiff", "her son in London", "east of Lagos"): a place met
/// once there is the story's setting, not its subject.
fn located((a, _): (usize, usize), tokens: &Tokens) -> bool {
    match words_before(a, tokens) {
        [Some("in" | "near" | "outside" | "throughout"), _] => true,
        [Some("of"), Some(w)] => candidates::COMPASS.contains(&w),
        _ => false,
    }
}

/// True when most occurrences of a one-word name are the word itself right before a
/// lower-case content word, as an adjective is ("British soldiers"; not "Nigeria's", "in
/// Nigeria.", nor a merged demonym: "Chinese vessels" is a use of "China").
fn modifies_mostly(c: &Candidate, tokens: &Tokens) -> bool {
    let toks = &tokens.toks;
    let modifying = c
        .occurrences
        .iter()
        .filter(|&&(a, b)| {
            b - a == 1
                && tokens.lower(a) == c.key
                && b < toks.len()
                && !toks[b].boundary_before()
                && toks[b].sentence() == toks[a].sentence()
                && !toks[b].capitalised()
                && !toks[b].stop()
        })
        .count();
    modifying * 2 > c.occurrences.len()
}

/// Name words past this many add no rank ("Proceedings of the National Academy of
/// Sciences" is no more the topic than "Northbridge University").
const NAME_WORDS_CAP: usize = 4;

/// How much a country, continent, world region or nationality named only once weighs.
const PLACE_WEIGHT: f64 = 0.5;

/// How much a name met once as where something is or happens weighs ("a firm in Cardiff").
const SETTING_WEIGHT: f64 = 0.6;

/// How much a journal cited once weighs ("published in the journal Lancet Regional
/// Health"): less than a place of the story.
const CITATION_WEIGHT: f64 = 0.35;

/// How much a nationality or place used mostly as an adjective weighs.
const ADJECTIVAL_PLACE_WEIGHT: f64 = 0.25;

/// How much a phrase naming a kind of person weighs.
const PERSON_WEIGHT: f64 = 0.6;

/// How much more a name weighs when it is reported as speaking.
const SPEAKER_WEIGHT: f64 = 1.3;

/// Verbs of speech next to a name: "said Graham Pryce", "Moyo said". Narrower on purpose
/// than the stance module's reporting verbs, whose "found", "shows", "considered" next to
/// a name do not make it a speaker ("found Tom guilty").
const SPEECH_VERBS: &str =
    "said says told tells added adds explained explains warned warns argued argues \
    wrote writes noted notes insisted insists";

/// True when the name occurrence `(a, b)` (token range) is reported as speaking: a speech
/// verb right after it (or after an apposition between commas) or right before it in its
/// sentence, or "according to" before it.
fn speaks(tokens: &Tokens, (a, b): (usize, usize)) -> bool {
    let toks = &tokens.toks;
    let sentence = toks[a].sentence();
    // (Word-form flags, not string comparisons: this runs for every name occurrence.)
    let speech = |k: usize| toks[k].sentence() == sentence && tokens.form(k).speech;
    if b < toks.len() && speech(b) {
        return true;
    }
    // After an apposition between commas: "Peter Hasan, cabinet member for leisure, said".
    if b < toks.len() && toks[b].boundary_before() {
        let mut after_apposition = (b + 1..toks.len().min(b + 10))
            .take_while(|&k| toks[k].sentence() == sentence)
            .filter(|&k| toks[k].boundary_before());
        if after_apposition.any(speech) {
            return true;
        }
    }
    // After the body the speaker belongs to: "Isabel Moreno of the Panamanian Centre for
    // Water Research said", "Nadia Rahman of the charity StepFirst said".
    if b < toks.len() && matches!(tokens.lower(b), "of" | "at" | "from") {
        let end = (b + 1..toks.len().min(b + 10)).find(|&k| {
            toks[k].sentence() != sentence || toks[k].boundary_before() || tokens.form(k).speech
        });
        if end.is_some_and(|k| k > b + 1 && toks[k - 1].capitalised() && speech(k)) {
            return true;
        }
    }
    a >= 1 && speech(a - 1)
        || a >= 2
            && toks[a - 1].sentence() == sentence
            && tokens.form(a - 1).to
            && toks[a - 2].sentence() == sentence
            && tokens.lower(a - 2) == "according"
}

#[inline(never)]
fn to_keyword(
    text: &str,
    seg: &Segmentation,
    tokens: &Tokens,
    c: &Candidate,
    score: f64,
    total_words: f64,
) -> Keyword {
    let span_of = |(a, b): (usize, usize)| {
        Span::new(
            seg.words[tokens.word(a)].span.start,
            seg.words[tokens.word(b - 1)].span.end,
        )
    };
    let occurrences: Vec<Span> = c.occurrences.iter().map(|&o| span_of(o)).collect();
    let mut forms: Vec<(String, usize)> = Vec::new();
    for span in &occurrences {
        let form = span.slice(text).to_string();
        match forms.iter_mut().find(|(f, _)| *f == form) {
            Some((_, n)) => *n += 1,
            None => forms.push((form, 1)),
        }
    }
    // Display: names as first written (full form, possessive removed); other terms by their
    // most frequent form, in lower case unless a word is capitalised inside a sentence or a
    // single word is capitalised wherever it occurs (at sentence starts only, "Europe" may
    // still be a name; "Street trees" there is a phrase).
    let term = match c.kind {
        Kind::Name => {
            // Forms without a title of office ("Andrew Bailey", not "Governor Andrew
            // Bailey"; "Ramon Castillo", not "Philippine Foreign Secretary Ramon Castillo").
            let untitled: Vec<String> = forms
                .iter()
                .map(|(f, _)| {
                    let words: Vec<&str> = f.split_whitespace().collect();
                    let lower: Vec<String> =
                        words.iter().map(|w| crate::vocab::lowercase(w)).collect();
                    words[candidates::title_words(&lower)..].join(" ")
                })
                .collect();
            let shown: Vec<&String> = untitled.iter().collect();
            // Words that name the person, not an honorific ("Ms Marsh" names one word of
            // "Denise Marsh"; "Dr. Lena Morales" keeps its title when no fuller form exists).
            let naming = |f: &str| {
                f.split_whitespace()
                    .filter(|w| !is_honorific(w.trim_end_matches('.')))
                    .count()
            };
            // The case forms of one name (German, Russian): the shortest, mostly the
            // nominative ("Deutsche Bahn" over "Deutschen Bahn"), then the commonest.
            let first = if tokens.names_inflect {
                (0..shown.len())
                    .max_by_key(|&i| {
                        use std::cmp::Reverse;
                        (Reverse(shown[i].len()), forms[i].1, Reverse(i))
                    })
                    .map_or(shown[0], |i| shown[i])
            } else {
                shown[0]
            };
            let longest = shown
                .iter()
                .copied()
                .max_by_key(|f| (naming(f), f.len()))
                .unwrap_or(first);
            let pick = if naming(first) >= naming(longest) {
                first
            } else {
                longest
            };
            // An acronym used more often than the spelled-out name is how the text (and an
            // editor) calls it: "UKHSA" ×2 over "UK Health Security Agency" ×1.
            let acronym = |f: &str| {
                let f = strip_possessive(f);
                f.len() >= 2
                    && f.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                    && f.bytes().any(|b| b.is_ascii_uppercase())
            };
            let uses = |short: bool| -> usize {
                forms
                    .iter()
                    .filter(|(f, _)| acronym(f) == short)
                    .map(|(_, n)| n)
                    .sum()
            };
            let short = forms
                .iter()
                .filter(|(f, _)| acronym(f))
                .max_by_key(|(_, n)| *n)
                .map(|(f, _)| f.as_str());
            match short.filter(|_| !acronym(pick) && uses(true) > uses(false)) {
                Some(short) => strip_possessive(short).to_string(),
                None => one_line(strip_possessive(pick)),
            }
        }
        _ => {
            // The most frequent form, or the plural or "-ing" form when the text uses it
            // often enough (see `display`).
            let mut unpossessed: Vec<(&str, usize)> = Vec::with_capacity(forms.len());
            for (f, n) in &forms {
                let f = strip_possessive(f);
                match unpossessed.iter_mut().find(|(g, _)| *g == f) {
                    Some((_, m)) => *m += n,
                    None => unpossessed.push((f, *n)),
                }
            }
            let best = display::pick(&unpossessed, tokens.english, c.words == 1);
            // (An English word of the everyday lists, a verb or an "-ing" form opening
            // sentences is no name: "Check", "Browning the butter", "Councils".)
            let (a, _) = c.occurrences[0];
            let form = tokens.form(a);
            let common = tokens.english
                && (form.familiar || form.weak_edge || form.ing)
                && !crate::lexicon::WORLD_PLACES
                    .contains(tokens::without_possessive(tokens.lower(a)));
            let always_capitalised = c.words == 1
                && !common
                && forms
                    .iter()
                    .all(|(f, _)| f.chars().next().is_some_and(char::is_uppercase));
            let tokens_capitalised = c.occurrences.iter().any(|&(a, b)| {
                (a..b).any(|k| tokens.toks[k].capitalised() && !tokens.toks[k].initial())
            });
            if always_capitalised || tokens_capitalised {
                one_line(best)
            } else {
                one_line(&crate::vocab::lowercase(best))
            }
        }
    };
    Keyword {
        term,
        words: c.words,
        kind: c.kind.as_str(),
        count: occurrences.len(),
        density: occurrences.len() as f64 * 100.0 / total_words,
        score,
        forms: forms.into_iter().map(|(f, _)| f).collect(),
        occurrences,
    }
}

/// A title before a name ("Ms", "Dr", "Gov", "Sir"): an abbreviated title of the sentence
/// splitter's list or one of the honorifics written out.
fn is_honorific(word: &str) -> bool {
    let lower = crate::vocab::lowercase(word);
    crate::lexicon::ABBREV_TITLES.contains(&lower)
        || ["miss", "mx", "sir", "dame", "lord", "lady"].contains(&lower.as_str())
}

/// A term for display: the words of a form on one line, single-spaced (a hard-wrapped
/// paste puts line breaks inside names: "CSS Custom\n   Highlight API"). `forms` keep the
/// text as written.
fn one_line(form: &str) -> String {
    let mut out = String::with_capacity(form.len());
    for (i, line) in form
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        // A word hyphenated at the line end continues here without the hyphen.
        let rejoin = out.ends_with('-') && line.chars().next().is_some_and(char::is_lowercase);
        if rejoin {
            out.pop();
        } else if i > 0 {
            out.push(' ');
        }
        for (k, word) in line.split_whitespace().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

fn strip_possessive(form: &str) -> &str {
    form.strip_suffix("'s")
        .or_else(|| form.strip_suffix("’s"))
        .or_else(|| form.strip_suffix('\''))
        .or_else(|| form.strip_suffix('’'))
        .unwrap_or(form)
}

#[cfg(test)]
mod tests {
    /// Terms of `text` by kind, as the public analysis ranks them.
    fn names(text: &str) -> Vec<String> {
        crate::analyze(text, &Default::default())
            .expect("default options")
            .keywords
            .into_iter()
            .filter(|k| k.kind == "name")
            .map(|k| k.term)
            .collect()
    }

    /// The name rows of `text` with their counts, as the public analysis ranks them.
    fn name_counts(text: &str) -> Vec<(String, usize)> {
        crate::analyze(text, &Default::default())
            .expect("default options")
            .keywords
            .into_iter()
            .filter(|k| k.kind == "name")
            .map(|k| (k.term, k.count))
            .collect()
    }

    /// Every term of `text` in lower case, as the public analysis ranks them.
    fn terms(text: &str) -> Vec<String> {
        crate::analyze(text, &Default::default())
            .expect("default options")
            .keywords
            .into_iter()
            .map(|k| k.term.to_lowercase())
            .collect()
    }

    #[test]
    fn spanish_verbs_end_no_phrase() {
        let text = "El Gobierno catalán declaró la emergencia por sequía. Los ayuntamientos \
                    deberán reducir el consumo de agua, y la industria deberá reducir el agua \
                    que utiliza. La sequía afecta a Barcelona. El Gobierno catalán anunció \
                    ayudas.";
        let options = crate::Options {
            language: Some("es".into()),
            ..Default::default()
        };
        let listed: Vec<String> = crate::analyze(text, &options)
            .expect("valid")
            .keywords
            .into_iter()
            .map(|k| k.term.to_lowercase())
            .collect();
        assert!(
            !listed
                .iter()
                .any(|t| t.contains("declaró") || t.contains("deberá")),
            "{listed:?}"
        );
    }

    #[test]
    fn per_cent_opens_no_phrase() {
        let text = "Skyward Air reported a 40 per cent fall in operating profit. The airline \
                    blamed engine problems for the 40 per cent fall.";
        let listed = terms(text);
        assert!(!listed.iter().any(|t| t.starts_with("cent")), "{listed:?}");
    }

    #[test]
    fn kitchen_verbs_are_no_word_rows() {
        let text = "Air fryers cook by blowing hot air around the food. You can cook chips \
                    in one drawer and chicken in the other. It takes twenty minutes to cook a \
                    batch of chips, and the fryer is easy to clean.";
        let listed = terms(text);
        assert!(
            !listed.iter().any(|t| t == "cook" || t == "clean"),
            "{listed:?}"
        );
        assert!(listed.iter().any(|t| t == "chips"), "{listed:?}");
    }

    #[test]
    fn german_names_join_their_case_forms_and_lose_role_nouns() {
        let text = "Die Deutsche Bahn kündigte einen Notfahrplan an. Die Gewerkschaft hat \
                    ihre Mitglieder zu einem Streik bei der Deutschen Bahn aufgerufen. Die \
                    Fahrgäste der Deutschen Bahn müssen warten, sagte Personalvorstand Martin \
                    Seiler. Der Fahrgastverband Pro Bahn kritisierte beide Seiten. Ein Streik \
                    koste bis zu 100 Millionen Euro am Tag.";
        let names = name_counts(text);
        assert!(
            names.contains(&("Deutsche Bahn".to_string(), 3)),
            "{names:?}"
        );
        assert!(names.iter().any(|(n, _)| n == "Martin Seiler"), "{names:?}");
        assert!(names.iter().any(|(n, _)| n == "Pro Bahn"), "{names:?}");
        assert!(!names.iter().any(|(n, _)| n.contains("Euro")), "{names:?}");
    }

    #[test]
    fn everyday_words_opening_sentences_are_shown_in_lower_case() {
        let text = "Browning the butter takes five minutes over a low heat. Check the pan \
                    often and stir the butter. Europe grows most of the hazelnuts, and the \
                    loaf keeps for days.";
        let rows: Vec<(&str, String)> = crate::analyze(text, &Default::default())
            .expect("default options")
            .keywords
            .into_iter()
            .filter(|k| k.kind == "word" || k.kind == "name")
            .map(|k| (k.kind, k.term))
            .collect();
        let shown = |term: &str| rows.iter().any(|(_, t)| t == term);
        assert!(shown("browning") && shown("check"), "{rows:?}");
        assert!(shown("Europe"), "{rows:?}");
    }

    #[test]
    fn german_nouns_are_not_names() {
        let text = "Die Deutsche Bahn will ab Dezember mehr Regionalzüge zwischen Leipzig und \
                    Dresden fahren lassen. Der neue Fahrplan gilt ab Montag. Kritik kommt vom \
                    Fahrgastverband Pro Bahn, der den neuen Fahrplan für überfüllt hält. Die \
                    Kosten für den Fahrplan trägt der Freistaat Sachsen.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        assert_eq!(result.language.code, "de");
        let rows: Vec<(&str, &str)> = result
            .keywords
            .iter()
            .map(|k| (k.kind, k.term.as_str()))
            .collect();
        assert!(rows.contains(&("name", "Deutsche Bahn")), "{rows:?}");
        // Both inflections once each: the first written is shown.
        assert!(rows.contains(&("phrase", "neue Fahrplan")), "{rows:?}");
        assert!(rows.contains(&("word", "Kritik")), "{rows:?}");
        for (kind, term) in &rows {
            assert!(*kind != "name" || term.contains(' '), "lone name {term}");
            let last = term.split(' ').next_back().unwrap_or("");
            assert!(
                last.chars().next().is_some_and(char::is_uppercase),
                "{kind} {term} does not end with a noun"
            );
        }
    }

    #[test]
    fn french_stopwords_and_elision() {
        let text = "La mairie de Paris a présenté mardi un plan pour planter des arbres. Selon \
                    l'adjointe Claire Dubois, ces plantations doivent aider la ville. « Chaque \
                    arbre compte », a déclaré Claire Dubois lors d'une conférence de presse. \
                    L'association Paris Nature Environnement salue le projet.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        assert_eq!(result.language.code, "fr");
        let rows: Vec<(&str, &str, usize)> = result
            .keywords
            .iter()
            .map(|k| (k.kind, k.term.as_str(), k.count))
            .collect();
        assert!(rows.contains(&("name", "Claire Dubois", 2)), "{rows:?}");
        assert!(rows.iter().any(|r| r.1 == "Paris"), "{rows:?}");
        for (_, term, _) in &rows {
            for word in term.split(' ') {
                let bare = crate::vocab::lowercase(word.rsplit('\'').next().unwrap_or(word));
                assert!(
                    !["lors", "une", "selon", "mardi", "doivent", "chaque"]
                        .contains(&bare.as_str()),
                    "{term} holds the stopword {word}"
                );
            }
        }
    }

    #[test]
    fn capitals_after_list_numbers_and_separators_are_not_names() {
        let steps = "Method\n\n1. Melt the butter in a pan. Leave to cool.\n2. Mash the bananas \
                     with the sugar.\n3. Bake the loaf for an hour.\n\nNutrition: Calories 265 | \
                     Protein 4 g | Fat 13 g";
        let found = names(steps);
        for word in ["Melt", "Mash", "Bake", "Calories", "Protein", "Fat"] {
            assert!(!found.iter().any(|n| n == word), "{word} in {found:?}");
        }
        // Inside a sentence a capital still marks a name, also after a clock time's colon.
        let found = names("The talk starts at 10:30 with Janet Okoye, who runs the library.");
        assert!(found.iter().any(|n| n == "Janet Okoye"), "{found:?}");
    }

    #[test]
    fn names_at_sentence_starts_with_titles_and_short_references() {
        let text = "The Bank of England kept rates on hold. Governor Andrew Bailey said the \
                    Bank would wait. Rachel Reeves, the chancellor, welcomed it. The Bank’s \
                    latest forecasts were weak, and Andrew Bailey said the Bank saw risks. \
                    Meanwhile Google said little. Yesterday Apple said nothing. A cut came \
                    closer, said Deputy Governor Sarah Breeden. Sarah Breeden voted for it.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        let bank = row("Bank of England").expect("Bank of England");
        assert_eq!(bank.count, 4, "{:?}", bank.forms);
        assert!(row("Bank").is_none());
        assert_eq!(row("Andrew Bailey").map(|k| k.count), Some(2));
        assert!(row("Rachel Reeves").is_some());
        assert_eq!(
            result
                .keywords
                .iter()
                .filter(|k| k.term.contains("Breeden"))
                .count(),
            1
        );
        assert!(row("Reeves").is_none());
        assert!(!result
            .keywords
            .iter()
            .any(|k| k.term.contains("latest forecasts") && k.term.contains("Bank")));
        let found = names(text);
        for wrong in [
            "Meanwhile Google",
            "Yesterday Apple",
            "Governor Andrew Bailey",
        ] {
            assert!(!found.iter().any(|n| n == wrong), "{wrong} in {found:?}");
        }
    }

    #[test]
    fn numbers_inside_phrases_institutions_and_verbs_used_as_nouns() {
        let text = "Doctors worry about type 2 diabetes. Rates of type 2 diabetes keep rising, \
                    the Centers for Disease Control and Prevention said. A brisk 15-minute \
                    walk helps, and a short walk after lunch is easy. The walk can be slow. \
                    They followed 42 adults, and 9 of them walk daily.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(row("type 2 diabetes").map(|k| k.count), Some(2));
        assert!(row("Centers for Disease Control and Prevention").is_some());
        assert!(row("Prevention").is_none());
        // Three noun uses of "walk" (after an article, with up to two modifiers); the verb
        // in "9 of them walk daily" is not counted.
        assert_eq!(row("walk").map(|k| k.count), Some(3));
        assert!(!result
            .keywords
            .iter()
            .any(|k| k.term.ends_with(" 2") || k.term.starts_with("42")));
    }

    #[test]
    fn a_phrase_far_more_frequent_than_its_longer_phrases_is_listed() {
        let text = "These blood sugar spikes worry doctors. Such blood sugar spikes strain \
                    the pancreas. Walking lowers blood sugar levels. Diet affects blood sugar \
                    too.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(row("blood sugar").map(|k| k.count), Some(4));
        assert_eq!(row("blood sugar spikes").map(|k| k.count), Some(2));
        // Twice beside a longer phrase met once.
        let text = "The self-emptying dock is loud. Cons: a noisy self-emptying dock.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(row("self-emptying dock").map(|k| k.count), Some(2));
    }

    #[test]
    fn model_numbers_and_acronyms_spelled_out() {
        let text = "Fairview announced the Pulse 9 on Tuesday. The Pulse 9 costs $499. Rules \
                    from the European Union apply, and the EU wants repairs. On March 3 the \
                    Pulse 9 ships. Dunmore Rovers 2 Castlebridge 1 was the score.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(row("Pulse 9").map(|k| k.count), Some(3));
        assert_eq!(row("European Union").map(|k| k.count), Some(2));
        assert!(row("EU").is_none());
        let found = names(text);
        for wrong in ["March 3", "Dunmore Rovers 2", "Castlebridge 1"] {
            assert!(!found.iter().any(|n| n == wrong), "{wrong} in {found:?}");
        }
    }

    #[test]
    fn predicative_adjectives_and_short_adverbs_end_no_phrase() {
        let text = "Short walks keep blood sugar steady. Steady growth followed, and steady \
                    growth matters. The plant was badly root-bound. Healthy roots help.";
        let terms = terms(text);
        for wrong in [
            "blood sugar steady",
            "badly root-bound",
            "healthy",
            "steady",
        ] {
            assert!(!terms.iter().any(|t| t == wrong), "{wrong} in {terms:?}");
        }
        for right in ["steady growth", "blood sugar", "healthy roots"] {
            assert!(terms.iter().any(|t| t == right), "{right} not in {terms:?}");
        }
    }

    #[test]
    fn descriptive_adjectives_open_no_phrase() {
        // Size, texture and state describe ("thick rug", "lingering pain"); colour and
        // kind classify ("black tea").
        let text = "The thick rug slowed the robot. A thick rug hides dust. Lingering pain \
                    followed, and lingering pain is common. Black tea helps. Black tea \
                    is cheap. A mid-sized city tried it; the mid-sized city gained.";
        let terms = terms(text);
        for wrong in ["thick rug", "lingering pain", "mid-sized city"] {
            assert!(!terms.iter().any(|t| t == wrong), "{wrong} in {terms:?}");
        }
        assert!(terms.iter().any(|t| t == "black tea"), "{terms:?}");
    }

    #[test]
    fn a_verb_taking_its_object_ends_no_phrase() {
        let text = "Parking is cheap, and that promise shapes how people travel. The argument \
                    deserves a hearing. Shop owners say parking shapes footfall. Roofs bounce \
                    sunlight back. Owners spill coffee without noticing. In autumn the \
                    leaf green drains away. Lawns stay green. Green is a colour.";
        let terms = terms(text);
        for clause in [
            "promise shapes",
            "argument deserves",
            "bounce sunlight",
            "spill coffee",
            "leaf green drains",
            "green drains",
            // A colour opens a phrase but is no keyword alone.
            "green",
        ] {
            assert!(!terms.iter().any(|t| t == clause), "{clause} in {terms:?}");
        }
        // A plural before a noun it does not govern still ends a phrase.
        assert!(terms.iter().any(|t| t == "shop owners"), "{terms:?}");
    }

    #[test]
    fn printed_reports_and_union_names() {
        // A section number opens its heading like a sentence start ("3.2 Water reuse" names
        // no "Water"); a rate ("a year") is no verb's object; "demand" is a noun at a phrase
        // end; a plural possessive stays inside a name.
        let text = "The Maritime Workers\u{2019} Union called the strike. Crews back the \
                    Maritime Workers' Union.\n\n3.2 Water reuse\n\nThe review recommends \
                    replacing 40 kilometres of cast-iron mains a year. Old cast-iron mains \
                    leak. Peak demand reached 212 megalitres, and household demand rose.";
        let names = names(text);
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("Maritime Workers") && n.ends_with("Union")),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|n| n == "Water" || n == "Union"),
            "{names:?}"
        );
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(row("cast-iron mains").map(|k| k.count), Some(2));
        assert!(row("peak demand").is_some() && row("household demand").is_some());
    }

    #[test]
    fn counts_descriptions_and_possessives_make_no_terms() {
        let text = "Eighty electric buses arrived, according to the council, and the \
                    government's tax plans stalled. It gave an honest answer. A skewer comes \
                    out clean; the skewer comes from a drawer. Children's books sold well. \
                    The government's budget rose.";
        let terms = terms(text);
        for wrong in [
            "eighty electric buses",
            "eighty",
            "according",
            "government's tax",
            "honest answer",
            "comes",
            "government's",
        ] {
            assert!(!terms.iter().any(|t| t == wrong), "{wrong} in {terms:?}");
        }
        for right in ["electric buses", "children's books", "government", "skewer"] {
            assert!(terms.iter().any(|t| t == right), "{right} not in {terms:?}");
        }
    }

    #[test]
    fn a_quoted_source_outranks_a_name_in_passing() {
        let text = "Anna Berg visited the harbour on Monday. The ferry left late, said Tom \
                    Hale. Crews were tired.";
        let names = names(text);
        let rank = |n: &str| names.iter().position(|x| x == n);
        assert!(rank("Tom Hale") < rank("Anna Berg"), "{names:?}");
        assert!(rank("Anna Berg").is_some(), "{names:?}");
        // A speaker introduced by an apposition.
        let text = "Anna Berg visited the harbour on Monday. Tom Hale, head of the crews' \
                    union, said the ferry left late. Crews were tired.";
        let listed = self::names(text);
        let rank = |n: &str| listed.iter().position(|x| x == n);
        assert!(rank("Tom Hale") < rank("Anna Berg"), "{listed:?}");
    }

    #[test]
    fn illnesses_named_in_the_plural_modify_nouns() {
        let text = "The shingles vaccine is offered at 65. A GP can prescribe antiviral \
                    medicine. Ask about the shingles vaccine.";
        let terms = terms(text);
        for right in ["shingles vaccine", "antiviral medicine"] {
            assert!(terms.iter().any(|t| t == right), "{right} not in {terms:?}");
        }
        assert!(
            !terms.iter().any(|t| t == "prescribe antiviral medicine"),
            "{terms:?}"
        );
    }

    #[test]
    fn places_that_only_open_sentences_are_names() {
        let text = "Ferries are the only way in.\n\n1. Hydra, Greece\n\nHydra has banned \
                    cars for decades.\n\n2. Sark, Channel Islands\n\nSark allows no cars at \
                    all.\n\nResearchers counted cars. Researchers found none. Cars are rare.";
        let names = names(text);
        for name in ["Hydra", "Sark"] {
            assert!(names.iter().any(|n| n == name), "{name} not in {names:?}");
        }
        // A plural and a word also written in lower case are no names.
        assert!(
            !names.iter().any(|n| n == "Researchers" || n == "Cars"),
            "{names:?}"
        );
    }

    #[test]
    fn a_word_placed_as_a_verb_opens_no_phrase() {
        let text = "The app let me draw no-go zones. Children unable to swim 25 metres \
                    stay in the shallow end. We book ferries early, and you can draw floor \
                    plans too. Everyone needs access to tap water.";
        let terms = terms(text);
        for wrong in [
            "draw no-go zones",
            "swim 25 metres",
            "book ferries",
            "draw floor plans",
        ] {
            assert!(!terms.iter().any(|t| t == wrong), "{wrong} in {terms:?}");
        }
        for right in ["no-go zones", "tap water", "floor plans"] {
            assert!(terms.iter().any(|t| t == right), "{right} not in {terms:?}");
        }
    }

    #[test]
    fn plural_nouns_spelled_like_verbs_end_phrases() {
        let text = "The tax cuts helped. Energy costs fell and insurance claims rose. \
                    Architects draw floor plans. Even a comfortable pace helps. The brewing \
                    temperature stays at 93 degrees. The change looks like paint.";
        let terms = terms(text);
        for right in [
            "tax cuts",
            "energy costs",
            "insurance claims",
            "floor plans",
        ] {
            assert!(terms.iter().any(|t| t == right), "{right} not in {terms:?}");
        }
        for wrong in [
            "pace helps",
            "temperature stays",
            "brewing temperature stays",
            "change looks",
        ] {
            assert!(!terms.iter().any(|t| t == wrong), "{wrong} in {terms:?}");
        }
    }

    #[test]
    fn phrases_of_everyday_words_rank_below_the_texts_own_terms() {
        let text = "On a summer evening the city stays warm. Asphalt shingles hold the heat \
                    for hours.";
        let terms = terms(text);
        let rank = |t: &str| terms.iter().position(|x| x == t);
        assert!(
            rank("asphalt shingles") < rank("summer evening"),
            "{terms:?}"
        );
        assert!(rank("summer evening").is_some(), "{terms:?}");
    }

    #[test]
    fn a_country_named_once_ranks_below_the_local_names() {
        let text = "As in Denmark, a town cinema is closing. Harwick Council voted to close \
                    the Regal.";
        let terms = terms(text);
        let rank = |t: &str| terms.iter().position(|x| x == t);
        assert!(rank("harwick council") < rank("denmark"), "{terms:?}");
        assert!(rank("denmark").is_some(), "{terms:?}");
        let lists = crate::lexicon::WORLD_PLACES.contains("denmark")
            && crate::lexicon::WORLD_PLACES.contains("south korean")
            && crate::lexicon::WORLD_PLACES.contains("u.s.");
        assert!(lists && !crate::lexicon::WORLD_PLACES.contains("ghent"));
    }

    #[test]
    fn titles_of_office_institutions_and_long_names() {
        let text = "Philippine Foreign Secretary Ramon Castillo met Vietnamese Foreign \
                    Minister Nguyen Thi Hoa in Manila. Castillo spoke first. Nguyen said the \
                    pact was modest. Maria Santos of the University of the Philippines \
                    agreed. The Philippines and Vietnam signed. The study appeared in the \
                    Proceedings of the National Academy of Sciences. The Money and Pensions \
                    Service offers guidance.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let find = |t: &str| result.keywords.iter().find(|k| k.term == t);
        let count = |t: &str| find(t).map_or(0, |k| k.count);
        // Shown without the title, and the lone family name joins the titled name.
        assert_eq!(count("Ramon Castillo"), 2, "{:?}", names(text));
        assert_eq!(count("Nguyen Thi Hoa"), 2, "{:?}", names(text));
        // "of the" joins an institution's name, which lends no surname.
        assert_eq!(
            count("University of the Philippines"),
            1,
            "{:?}",
            names(text)
        );
        assert_eq!(count("Philippines"), 1, "{:?}", names(text));
        // "and" inside an institution's name.
        assert_eq!(count("Money and Pensions Service"), 1, "{:?}", names(text));
        // A very long name gains no more rank than a four-word one.
        let rank = |t: &str| result.keywords.iter().position(|k| k.term == t);
        assert!(
            rank("University of the Philippines")
                < rank("Proceedings of the National Academy of Sciences"),
            "{:?}",
            names(text)
        );
    }

    #[test]
    fn phrases_naming_people_rank_below_topics() {
        let text = "Coffee experts praise the programmable timer. The programmable timer \
                    starts the brew. Coffee experts also like the jug.";
        let terms = terms(text);
        let rank = |t: &str| terms.iter().position(|x| x == t);
        assert!(
            rank("programmable timer") < rank("coffee experts"),
            "{terms:?}"
        );
        assert!(rank("coffee experts").is_some(), "{terms:?}");
        assert!(
            super::tokens::is_trade_noun("physiologist") && super::tokens::is_trade_noun("artists")
        );
        assert!(
            !super::tokens::is_trade_noun("checklist") && !super::tokens::is_trade_noun("persist")
        );
    }

    #[test]
    fn a_place_or_brand_inside_longer_names_is_a_name_of_its_own() {
        let rows = name_counts;
        // A town inside two names, and a brand opening a model named in the headline.
        let town = "The flood closed Millbrook Public Library on Monday. The volunteers of \
                    Friends of Millbrook Library collected books.";
        let listed = rows(town);
        assert!(listed.contains(&("Millbrook".to_string(), 2)), "{listed:?}");
        let model = "Brightwell K2 review: a smart kettle\n\nI used the Brightwell K2 every \
                     morning. The kettle boils fast.";
        let listed = rows(model);
        assert!(listed.iter().any(|(t, _)| t == "Brightwell"), "{listed:?}");
        // Not a surname two people share, a model number alone, or a name once.
        let others = "Ruth Adeyemi met Rachel Adeyemi. The Pulse 9 and the Pulse 9 sold. \
                      Halbrook Museum opened. Halbrook Museum closed.";
        let listed = rows(others);
        for word in ["Adeyemi", "Pulse", "Halbrook"] {
            assert!(listed.iter().all(|(t, _)| t != word), "{word}: {listed:?}");
        }
    }

    #[test]
    fn a_name_is_shown_by_its_fullest_naming_form() {
        let text = "Ms Marsh set up the group. Denise Marsh said it would grow. Dr. Lena \
                    Morales agreed. Morales studies cities.";
        let listed = names(text);
        assert!(listed.iter().any(|n| n == "Denise Marsh"), "{listed:?}");
        assert!(listed.iter().any(|n| n == "Dr. Lena Morales"), "{listed:?}");
    }

    #[test]
    fn irregular_plurals_join_their_singular_and_grading_opens_no_phrase() {
        let text = "Look at the leaves. Look at the leaf. Count the leaves, then the leaf. \
                    The brightest reds need cool nights. Street trees and the sturdiest \
                    street trees grow. An aircraft carrier docked.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let leaves = result
            .keywords
            .iter()
            .find(|k| k.term == "leaves" || k.term == "leaf");
        assert_eq!(leaves.map(|k| k.count), Some(4), "{:?}", result.keywords);
        let terms = terms(text);
        assert!(!terms.iter().any(|t| t == "brightest reds"), "{terms:?}");
        assert!(
            !terms.iter().any(|t| t.starts_with("sturdiest")),
            "{terms:?}"
        );
        assert!(terms.iter().any(|t| t == "aircraft carrier"), "{terms:?}");
    }

    #[test]
    fn titles_dates_quotes_and_infinitives() {
        let text = "The Salt Road follows a driver. Halfway through The Salt Road the truck \
                    stops. City Attorney Dana Kessler said the city would appeal. Kessler \
                    spoke on Nov. 1. The ministry said: \"Mobile phones are a distraction.\" \
                    The council has the power to regulate short-term rentals, and \
                    short-term rentals keep growing.";
        let listed = names(text);
        assert!(listed.iter().any(|n| n == "The Salt Road"), "{listed:?}");
        assert!(!listed.iter().any(|n| n == "Salt Road"), "{listed:?}");
        assert!(listed.iter().any(|n| n == "Dana Kessler"), "{listed:?}");
        for stray in ["Nov", "Mobile", "Attorney Dana Kessler"] {
            assert!(!listed.iter().any(|n| n == stray), "{stray} in {listed:?}");
        }
        let terms = terms(text);
        assert!(terms.iter().any(|t| t == "short-term rentals"), "{terms:?}");
        assert!(
            !terms.iter().any(|t| t.starts_with("regulate")),
            "{terms:?}"
        );
    }

    #[test]
    fn verbs_that_are_nouns_count_after_prepositions_and_adjectives() {
        let text = "Pupils lost hours of sleep. Those with worse sleep did badly, and their \
                    sleep matters. Exercise improves sleep, but they did sleep late. Pupils' \
                    sleep suffers. Schools that ban smartphones saw no change. The ban stays.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let count = |term: &str| {
            result
                .keywords
                .iter()
                .find(|k| k.term == term)
                .map_or(0, |k| k.count)
        };
        // "improves sleep" and "Pupils' sleep" are the noun; "did sleep" the verb.
        assert_eq!(count("sleep"), 5, "{:?}", result.keywords);
        assert_eq!(count("ban"), 1, "{:?}", result.keywords);
        let terms = terms(text);
        assert!(!terms.iter().any(|t| t == "ban smartphones"), "{terms:?}");
    }

    #[test]
    fn nationalities_possessives_and_numbers_before_phrases() {
        let text = "British soldiers took the heads. British forces burned the city. The \
                    British Museum holds more. Nigeria's National Commission for Museums wants \
                    them back, and Nigeria will display them. The city has 900 air quality \
                    monitors; more air quality monitors are planned. Add 2 tsp salt.";
        let result = crate::analyze(text, &Default::default()).expect("default options");
        let row = |term: &str| result.keywords.iter().find(|k| k.term == term);
        assert_eq!(
            row("British Museum").map(|k| k.count),
            Some(1),
            "{:?}",
            result.keywords
        );
        assert_eq!(
            row("Nigeria").map(|k| k.count),
            Some(2),
            "{:?}",
            result.keywords
        );
        assert!(
            row("National Commission for Museums").is_some(),
            "{:?}",
            result.keywords
        );
        assert_eq!(row("air quality monitors").map(|k| k.count), Some(2));
        // The nationality alone, used as an adjective, ranks below both names.
        let rank = |term: &str| result.keywords.iter().position(|k| k.term == term);
        assert!(
            rank("British") > rank("British Museum"),
            "{:?}",
            result.keywords
        );
        assert!(row("tsp salt").is_none(), "{:?}", result.keywords);
    }

    #[test]
    fn terms_the_text_introduces_rank_above_passing_phrases() {
        // Each introduced term is met once; without the weight each ranked below the other.
        let text = "Shingles can leave nerve pain behind. This lingering pain is called \
                    postherpetic neuralgia, and it can last for months. Most bottles are made \
                    of polyethylene terephthalate (PET), a cheap plastic from petrol. Filters \
                    hold polyamide, a type of nylon with a high melting point. Fine particles, \
                    known as \"particulate matter\", reach the lungs from busy roads. Cold air \
                    feels colder in strong wind, an effect known as the wind chill.";
        let listed = terms(text);
        let rank = |t: &str| listed.iter().position(|x| x == t).unwrap_or(usize::MAX);
        for (term, passing) in [
            ("postherpetic neuralgia", "nerve pain"),
            ("polyethylene terephthalate", "pet"),
            ("polyamide", "plastic"),
            ("particulate matter", "pet"),
            ("wind chill", "nerve pain"),
        ] {
            assert!(
                rank(term) < rank(passing),
                "{term} vs {passing}: {listed:?}"
            );
        }
        // A person called by name is a passing character; a group so called is a term.
        let text = "The boat leaves at first light. The skipper, a taciturn man called Huw \
                    Jenkins, shakes his head. A group of volunteers called the Friends of \
                    Carreg Ddu looks after the tower. The tower stands on a black rock, and \
                    the tower needs paint. The rock is wet.";
        let listed = terms(text);
        let rank = |t: &str| listed.iter().position(|x| x == t).unwrap_or(usize::MAX);
        assert!(
            rank("friends of carreg ddu") < rank("huw jenkins"),
            "{listed:?}"
        );
    }

    #[test]
    fn uncommon_words_rank_above_common_words_met_as_often() {
        // Each pair is met as often, the common word first.
        let text = "The study looked at glucose. Every study measured glucose in the morning. \
                    The method used carotenoids. The method found carotenoids in leaves.";
        let listed = terms(text);
        let rank = |t: &str| listed.iter().position(|x| x == t).unwrap_or(usize::MAX);
        for (rare, common) in [("glucose", "study"), ("carotenoids", "method")] {
            assert!(rank(rare) < rank(common), "{rare} vs {common}: {listed:?}");
        }
    }

    #[test]
    fn roles_open_no_names_and_number_words_close_them() {
        let text = "Contractor Halden Civil Engineering will build a footbridge. Nutritionist \
                    Tom Haskett advises small portions. The Department for Energy Security \
                    and Net Zero paid for it, and the team races in Formula One.";
        let found = names(text);
        for name in [
            "Halden Civil Engineering",
            "Tom Haskett",
            "Department for Energy Security and Net Zero",
            "Formula One",
        ] {
            assert!(found.iter().any(|n| n == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn a_speaker_named_before_their_organisation_is_a_speaker() {
        let text = "Tom Pell visited the old dam on Monday. Ana Ruiz of the charity \
                    Riverside Water Trust said the dam leaks.";
        let listed = terms(text);
        let rank = |t: &str| listed.iter().position(|x| x == t);
        assert!(rank("ana ruiz") < rank("tom pell"), "{listed:?}");
    }

    #[test]
    fn an_uncommon_word_heading_a_list_of_names_is_a_name() {
        let text = "Lenders offer it at the checkout. Klarna, Clearpay and PayPal offer \
                    it. Zopa and Monzo do not.";
        let found = names(text);
        for name in ["Klarna", "Zopa", "Clearpay", "PayPal", "Monzo"] {
            assert!(found.iter().any(|n| n == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn a_place_met_once_as_the_setting_ranks_below_other_names() {
        let text = "The trust met in Cardiff on Monday. Later, the Riverside Library \
                    opened its doors.";
        let listed = terms(text);
        let rank = |t: &str| listed.iter().position(|x| x == t);
        assert!(rank("riverside library") < rank("cardiff"), "{listed:?}");
    }

    #[test]
    fn a_verb_after_an_irregular_plural_ends_the_phrase() {
        let text = "In yoghurt, lactic acid bacteria turn the sugar into acid. Lactic acid \
                    bacteria also grow in kimchi.";
        let listed = terms(text);
        assert!(
            listed.iter().any(|t| t == "lactic acid bacteria"),
            "{listed:?}"
        );
        assert!(!listed.iter().any(|t| t.ends_with("turn")), "{listed:?}");
    }

    #[test]
    fn names_split_at_a_person_before_of_and_an_acronym_possessive() {
        let text = "Analyst Grace Liu of Strata Research spoke. The University of Bergen \
                    agreed, and NASA's Jet Propulsion Laboratory did too.";
        let found = names(text);
        for name in [
            "Grace Liu",
            "Strata Research",
            "University of Bergen",
            "NASA",
            "Jet Propulsion Laboratory",
        ] {
            assert!(found.iter().any(|n| n == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn short_forms_of_clubs_and_acronyms_join_their_full_names() {
        let text = "Dunmore City beat Redbank United. Dunmore scored late, and Dunmore \
                    stay second. The US National Oceanic and Atmospheric Administration \
                    (NOAA) agreed; NOAA said so. Benin City lies in Benin, and Benin \
                    votes soon.";
        let rows = name_counts(text);
        let count = |t: &str| rows.iter().find(|(n, _)| n == t).map(|&(_, c)| c);
        assert_eq!(count("Dunmore City"), Some(3), "{rows:?}");
        assert_eq!(count("Dunmore"), None, "{rows:?}");
        // (Shown as the acronym, the text's more frequent form.)
        assert_eq!(count("NOAA"), Some(3), "{rows:?}");
        assert_eq!(count("Benin"), Some(2), "{rows:?}");
    }

    #[test]
    fn a_common_noun_shared_by_names_is_no_place() {
        let text = "The Great Barrier Reef bleached. The Coral Reef Watch team saw it. \
                    Reefs shelter fish, and reefs protect coasts.";
        let found = names(text);
        assert!(!found.iter().any(|n| n == "Reef"), "{found:?}");
        let text = "Millbrook Public Library flooded. Friends of Millbrook Library met in \
                    Millbrook.";
        let found = names(text);
        assert!(found.iter().any(|n| n == "Millbrook"), "{found:?}");
    }

    #[test]
    fn an_ampersand_joins_a_name_and_an_airline_keeps_its_short_form() {
        let text = "Shares in Skyward Air fell after Pratt & Whitney found a flaw. The \
                    airline said Pratt & Whitney would pay, but Skyward cut its target, and \
                    fares at Skyward will rise.";
        let rows = name_counts(text);
        let count = |t: &str| rows.iter().find(|(n, _)| n == t).map(|&(_, c)| c);
        assert_eq!(count("Pratt & Whitney"), Some(2), "{rows:?}");
        assert_eq!(count("Skyward Air"), Some(3), "{rows:?}");
    }

    #[test]
    fn generic_nouns_and_units_are_no_keyword_rows() {
        let text = "People waited 20 minutes. Prices rose 6 per cent in two years, and \
                    people blamed the minutes lost each year. Lentils cook in minutes; \
                    lentils need no soaking.";
        let listed = terms(text);
        for generic in ["people", "minutes", "cent", "years"] {
            assert!(
                !listed.iter().any(|t| t == generic),
                "{generic} in {listed:?}"
            );
        }
        assert!(listed.iter().any(|t| t == "lentils"), "{listed:?}");
    }

    #[test]
    fn a_spelled_out_name_and_its_acronym_are_one_row_shown_by_the_commoner_form() {
        let rows = name_counts;
        let found = rows(
            "The UK Health Security Agency (UKHSA) counted cases. UKHSA said more would \
             follow, and UKHSA urged parents to act.",
        );
        assert!(found.contains(&("UKHSA".to_string(), 4)), "{found:?}");
        let found = rows(
            "The European Space Agency (ESA) met. The European Space Agency said the \
             European Space Agency would fund it.",
        );
        assert!(
            found.contains(&("European Space Agency".to_string(), 4)),
            "{found:?}"
        );
    }

    #[test]
    fn a_possessive_counts_with_its_word_for_casing() {
        let text = "Lisbon is built on seven hills. Lisbon's walls are covered in tiles, and \
                    the trams climb them.";
        let found = names(text);
        assert!(found.iter().any(|n| n == "Lisbon"), "{found:?}");
    }

    #[test]
    fn a_possessive_whose_lower_case_is_longer_is_read_safely() {
        // "İ" lower-cases to two characters: the possessive's owner is longer in lower
        // case than as written, and the acronym test must not slice past it.
        for text in [
            "AİB's Coral Reef Watch met.",
            "The Aİ’s Coral Reef Watch met, and İİ’s Big Name too.",
        ] {
            let result = crate::analyze(text, &Default::default()).expect("default options");
            assert!(result.keywords.iter().all(|k| !k.occurrences.is_empty()));
        }
    }

    #[test]
    fn a_compass_point_before_of_ends_no_phrase() {
        let text = "The novel is set in a fishing town east of Lagos. Every fishing town \
                    has a market.";
        let listed = terms(text);
        assert!(listed.iter().any(|t| t == "fishing town"), "{listed:?}");
        assert!(
            !listed.iter().any(|t| t.contains("town east")),
            "{listed:?}"
        );
    }

    #[test]
    fn a_once_met_state_of_a_repeated_phrase_is_absorbed() {
        let text = "People with untreated obstructive sleep apnoea were at risk. Obstructive \
                    sleep apnoea happens at night. Use succulent potting mix for cacti, and \
                    potting mix from a shop is fine; good potting mix lasts.";
        let listed = terms(text);
        assert!(
            !listed
                .iter()
                .any(|t| t == "untreated obstructive sleep apnoea"),
            "{listed:?}"
        );
        for kept in [
            "obstructive sleep apnoea",
            "succulent potting mix",
            "potting mix",
        ] {
            assert!(listed.iter().any(|t| t == kept), "{kept} in {listed:?}");
        }
    }

    #[test]
    fn a_verb_after_a_mid_adverb_opens_no_phrase() {
        let text = "All three companies now sync passkeys through their password managers. \
                    We still need paper tickets, and ferries also carry bikes.";
        let listed = terms(text);
        for verb_phrase in ["sync passkeys", "carry bikes"] {
            assert!(
                !listed.iter().any(|t| t == verb_phrase),
                "{verb_phrase} in {listed:?}"
            );
        }
        assert!(
            listed.iter().any(|t| t == "password managers"),
            "{listed:?}"
        );
    }

    #[test]
    fn an_ing_form_opening_a_sentence_before_is_or_has_is_a_word() {
        let text = "\"Phishing is still how most account takeovers start,\" he said. Walking \
                    has benefits for older adults, and swimming lessons help.";
        let listed = terms(text);
        for word in ["phishing", "walking"] {
            assert!(listed.iter().any(|t| t == word), "{word} not in {listed:?}");
        }
    }

    #[test]
    fn a_phrase_that_cuts_a_repeated_compound_is_dropped() {
        let text = "A heat pump warms the house. The heat pump runs on power. A \
                    well-installed air source heat pump saves money. Each heat pump needs \
                    care.";
        let listed = terms(text);
        assert!(
            listed.iter().any(|t| t == "air source heat pump"),
            "{listed:?}"
        );
        for cut in [
            "well-installed air source heat",
            "air source heat",
            "source heat",
        ] {
            assert!(!listed.iter().any(|t| t == cut), "{cut} in {listed:?}");
        }
    }

    #[test]
    fn a_journal_cited_once_ranks_below_the_places_of_the_story() {
        let text = "Phone bans did not help pupils sleep, a study found. The study was \
                    published in the journal Lancet Regional Health. Its author, Oliver Grant, \
                    works at a school in Leeds. Grant now plans a second study.";
        let listed = names(text);
        let rank = |n: &str| listed.iter().position(|x| x == n).unwrap_or(usize::MAX);
        assert!(rank("Lancet Regional Health") < usize::MAX, "{listed:?}");
        assert!(rank("Lancet Regional Health") > rank("Leeds"), "{listed:?}");
    }
}
