//! The per-word facts keyword extraction reads: stem, stopword, casing, punctuation
//! boundaries, computed once per distinct form where possible.

use super::english_stem;
use crate::hash::FxHashMap;
use crate::readability::familiar::{FamiliarByForm, List};
use crate::segment::{BlockKind, Segmentation};
use crate::vocab::Vocabulary;
use rust_stemmers::{Algorithm, Stemmer};

/// One kept word, as keyword extraction sees it: 8 bytes (a long text has one per word,
/// and the token list is the largest table of the keyword pass). Its word in the
/// segmentation follows from its sentence ([`Tokens::word`]), and its stem is a fact of its
/// lower-case form ([`Tokens::stem`]).
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    /// The lower-case vocabulary id of its word (what most questions about a token read).
    lower: u32,
    /// Its kept-sentence index modulo 2^24 (high 24 bits) and the facts below, one bit each
    /// (low 8 bits). Only neighbouring tokens' sentences are compared, and a sentence's
    /// position only weighs near the start of a text, so the index wraps harmlessly in a
    /// text of over 16 million sentences.
    sentence_flags: u32,
}

/// The bits of [`Tok::sentence_flags`]'s low byte.
const STOP: u32 = 1;
const CAPITALISED: u32 = 2;
const ACRONYM: u32 = 4;
const INITIAL: u32 = 8;
const BOUNDARY_BEFORE: u32 = 16;
const PERIOD_BEFORE: u32 = 32;
const POSSESSIVE_BEFORE: u32 = 64;

impl Tok {
    /// A stopword (or a number, or too short to be a keyword).
    #[inline]
    pub fn stop(&self) -> bool {
        self.sentence_flags & STOP != 0
    }
    /// Starts with an upper-case letter.
    #[inline]
    pub fn capitalised(&self) -> bool {
        self.sentence_flags & CAPITALISED != 0
    }
    /// All letters upper-case, two or more letters (an acronym such as "FSB").
    #[inline]
    pub fn acronym(&self) -> bool {
        self.sentence_flags & ACRONYM != 0
    }
    /// First word of its sentence.
    #[inline]
    pub fn initial(&self) -> bool {
        self.sentence_flags & INITIAL != 0
    }
    /// Something other than spaces or a hyphen separates it from the previous word of the
    /// sentence (a comma, a quote, a bracket, a dash).
    #[inline]
    pub fn boundary_before(&self) -> bool {
        self.sentence_flags & BOUNDARY_BEFORE != 0
    }
    /// The text between the previous word and this one is exactly ". " (after "Dr" or "U.N").
    #[inline]
    pub fn period_before(&self) -> bool {
        self.sentence_flags & PERIOD_BEFORE != 0
    }

    /// The word before ends in a plural possessive's apostrophe ("pupils' sleep").
    #[inline]
    pub fn possessive_before(&self) -> bool {
        self.sentence_flags & POSSESSIVE_BEFORE != 0
    }
    /// Kept-sentence index (modulo 2^24), as a `usize`.
    #[inline]
    pub fn sentence(&self) -> usize {
        (self.sentence_flags >> 8) as usize
    }
}

/// The kept words of a text with their stems.
pub struct Tokens<'v> {
    /// Stem id of each lower-case vocabulary id (`u32::MAX` for forms no token has).
    stem_of: Vec<u32>,
    /// Kept words, in order.
    pub toks: Vec<Tok>,
    /// Per kept sentence: its first token.
    first_toks: Vec<u32>,
    /// Per kept sentence: what turns its tokens' indexes into their words' (an index into
    /// the segmentation's words: a sentence's words are consecutive), first word − first
    /// token, modulo 2^32.
    shifts: Vec<u32>,
    /// Number of distinct stems (stem ids run from 0 to this).
    pub stem_total: usize,
    /// The text's vocabulary (lower-case forms of the tokens' words).
    vocab: &'v Vocabulary<'v>,
    /// English word-form facts by lower-case vocabulary id (all false for other
    /// languages): judged once per distinct form and shared by its tokens, which keeps
    /// each token small.
    forms: Vec<WordForm>,
    /// Occurrences of each stem as a non-stopword.
    pub stem_count: Vec<usize>,
    /// Per stem id: the stem of a common English word that is not on the Dale–Chall list
    /// (see [`Tokens::common`]; false for other languages).
    stem_common: Vec<bool>,
    /// Per lower-case vocabulary id: occurrences written in lower case.
    pub lowercase_uses: Vec<usize>,
    /// Per lower-case vocabulary id: capitalised occurrences that are not sentence-initial.
    pub inner_capital_uses: Vec<usize>,
    /// Per lower-case vocabulary id: capitalised sentence-initial occurrences.
    pub initial_capital_uses: Vec<usize>,
    /// Per stem id: the stem occurs in the headline or standfirst.
    pub in_lead: Vec<bool>,
    /// The language writes every noun with a capital (German): a capital alone does not
    /// mark a name.
    pub nouns_capitalised: bool,
    /// The language inflects the words of a name by case (German "der Deutschen Bahn",
    /// Russian "в России"): a name's variants with the same stems are one name.
    pub names_inflect: bool,
    /// The text is English (the word lists that judge word forms and common words are).
    pub english: bool,
}

/// The Snowball stemmer of a supported language other than English (`None`: English, and
/// any other language, is stemmed by [`english_stem`]). Each arm names its algorithm as a
/// constant, so only these seven of the crate's eighteen stemmers are compiled into the
/// engine.
fn stemmer(language: &str) -> Option<Stemmer> {
    Some(match language {
        "de" => Stemmer::create(Algorithm::German),
        "es" => Stemmer::create(Algorithm::Spanish),
        "fr" => Stemmer::create(Algorithm::French),
        "it" => Stemmer::create(Algorithm::Italian),
        "nl" => Stemmer::create(Algorithm::Dutch),
        "pt" => Stemmer::create(Algorithm::Portuguese),
        "ru" => Stemmer::create(Algorithm::Russian),
        _ => return None,
    })
}

/// The stem of a content word: Snowball's, except that an English irregular plural takes
/// its singular's ("leaves" and "leaf" are one keyword).
fn stem_word(stemmer: &Option<Stemmer>, lower: &str, language: &str) -> String {
    match stemmer {
        Some(stemmer) => stemmer.stem(lower).into_owned(),
        None if language == "en" => english_stem::stem(irregular_singular(lower).unwrap_or(lower)),
        None => english_stem::stem(lower),
    }
}

/// The singular of an English plural that Snowball stems apart from it ("leaves" →
/// "leaf": Snowball gives "leav" and "leaf").
fn irregular_singular(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "leaves" => "leaf",
        "loaves" => "loaf",
        "shelves" => "shelf",
        "halves" => "half",
        "calves" => "calf",
        "wolves" => "wolf",
        "knives" => "knife",
        "wives" => "wife",
        "lives" => "life",
        "thieves" => "thief",
        "scarves" => "scarf",
        "hooves" => "hoof",
        "children" => "child",
        "women" => "woman",
        "men" => "man",
        "teeth" => "tooth",
        "feet" => "foot",
        "mice" => "mouse",
        "geese" => "goose",
        _ => return None,
    })
}

/// Strips a possessive "'s" / "s'" ending (apostrophes already straight).
pub fn without_possessive(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\'').filter(|s| s.ends_with('s')))
        .unwrap_or(lower)
}

/// A French or Italian word without its elided article, pronoun or preposition
/// ("l'adjointe" → "adjointe", "d'une" → "une", "dell'acqua" → "acqua") when `elides`.
fn without_elision(lower: &str, elides: bool) -> &str {
    if !elides {
        return lower;
    }
    match lower.find('\'') {
        Some(at) if (1..=5).contains(&at) && at + 1 < lower.len() => &lower[at + 1..],
        _ => lower,
    }
}

/// Adds each possessive form's counts ("lisbon's") to its bare form's ("lisbon") and gives
/// both the sum, for every table of per-form counts in `uses`.
fn merge_possessive_uses(vocab: &Vocabulary, uses: &mut [&mut Vec<usize>]) {
    // Bare forms by text, only when some possessive has a bare form to join.
    let possessive = |id: usize| {
        let form = vocab.form(id);
        let bare = without_possessive(form);
        (bare.len() < form.len()).then_some(bare)
    };
    if !(0..vocab.lowers.len()).any(|id| possessive(id).is_some()) {
        return;
    }
    // (Keyed as the vocabulary's own tables are, so the engine holds one map's code.)
    let mut by_form: FxHashMap<&str, u32> = FxHashMap::default();
    for id in (0..vocab.lowers.len()).filter(|&id| possessive(id).is_none()) {
        by_form.insert(vocab.form(id), id as u32);
    }
    for id in 0..vocab.lowers.len() {
        let Some(&bare) = possessive(id).and_then(|b| by_form.get(b)) else {
            continue;
        };
        let bare = bare as usize;
        for table in uses.iter_mut() {
            let sum = table[bare] + table[id];
            table[bare] = sum;
            table[id] = sum;
        }
    }
}

/// The English word-form facts of one distinct lower-case form, judged once per form.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordForm {
    /// A common verb or its inflection ("plan", "planning", "absorb") or an -ly adverb: not a
    /// keyword on its own, and no edge of a phrase, except an -ing form that ends one
    /// ("city planning") or opens one after a determiner ("the planning permission").
    pub weak_edge: bool,
    /// A generic adjective or comparative ("large", "cheap", "warmer"): no edge of a phrase.
    pub weak_start: bool,
    /// An adjective that may open a phrase but not close one, nor be a keyword alone
    /// ("steady": "steady growth", not "blood sugar steady").
    pub adjective: bool,
    /// An -ly adverb.
    pub adverb: bool,
    /// An irregular simple past ("found", "left", "told"): no part of a noun phrase.
    pub past: bool,
    /// Ends in "-ed" (not "-eed"): may modify ("recycled plastic") but not end a noun
    /// phrase ("homes flooded").
    pub ed: bool,
    /// Ends in -ing.
    pub ing: bool,
    /// A common verb in its base form that is also a common noun ("claim", "plan").
    pub base: bool,
    /// The "-s" form of such a verb, which may be a plural noun ("claims", "plans").
    pub base_plural: bool,
    /// Follows a plural noun but not a verb in "-s" ("and", "are", "of"): see
    /// `NOUN_FOLLOWERS`.
    pub noun_follower: bool,
    /// A modal or subject pronoun: the word after it is a verb ("can draw", "we book").
    pub verb_marker: bool,
    /// "to".
    pub to: bool,
    /// A form of "be" (see `BE_FORMS`).
    pub be: bool,
    /// A form of "have" ("has", "had", "we've"): an "-ed" form right after it is the verb
    /// of a perfect ("would have barred owners"), not a modifier.
    pub have: bool,
    /// Takes "to" and an infinitive ("unable", "need").
    pub takes_infinitive: bool,
    /// An object pronoun ("me", "us"), after which a bare infinitive may follow.
    pub object_pronoun: bool,
    /// Takes a pronoun and a bare infinitive ("let", "help").
    pub bare_infinitive: bool,
    /// Names a kind of person by role or trade ("scientist", "officials").
    pub person: bool,
    /// A verb of speech ("said", "told"): see `SPEECH_VERBS`.
    pub speech: bool,
    /// Looks like a plural ("roofs", "people"; not "news", "glass", "physics").
    pub plural: bool,
    /// An article or possessive/demonstrative determiner, after which a common verb is a
    /// noun ("the strike", "a boil").
    pub article: bool,
    /// After it an -ing form modifies a noun ("the reading room", "that planning
    /// permission", "its opening hours", "new housing estates").
    pub determiner: bool,
    /// Opens the object or clause a verb takes ("the", "a", "how"): a word ending in "-s"
    /// right before it is a verb ("that promise shapes how", "the argument deserves a
    /// hearing"), not the end of a noun phrase.
    pub object_opener: bool,
    /// An adverb particle of a phrasal verb ("away" in "drains away"): see `PARTICLES`.
    pub particle: bool,
    /// On the Dale–Chall list of familiar words, or an inflection of one ("houses", "warm").
    pub familiar: bool,
    /// An adverb that stands between a subject and its verb ("now", "still"): see
    /// `MID_ADVERBS`.
    pub mid_adverb: bool,
    /// A noun too general to be a keyword on its own ("people", "minutes", "cent" of "per
    /// cent"): see `GENERIC_WORDS`.
    pub generic: bool,
}

/// Articles and possessive/demonstrative determiners ("that" is left out: it also
/// introduces clauses, "engineers that work").
const ARTICLES: &str = "the a an its their his her our your this these those";

/// Further words after which an -ing form modifies a noun.
const MODIFIER_OPENERS: &str = "that new annual";

/// Words that open a verb's object or clause. Relative words that follow nouns ("cities
/// where", "residents who", "roofs that") and demonstratives ("roofs this summer") are not
/// among them.
const OBJECT_OPENERS: &str = "a an the how what why whether its their his our your my";

/// Adverb particles of phrasal verbs: a word in "-s" right before one is a verb ("the green
/// drains away", "the paint wears off", "the plan falls apart").
const PARTICLES: &str = "away apart off out up down back";

/// Function words that follow a plural noun but not a verb in "-s" ("tax cuts and",
/// "energy costs are", "floor plans of"; "temperature stays at", "plans to" are verbs).
const NOUN_FOLLOWERS: &str =
    "and or but nor are were have had will would could can may might should must do \
    did also of too";

/// Modal verbs: the word after one is a verb ("will plan", "could swim").
const MODALS: &str =
    "can could will would shall should may might must won't can't cannot couldn't \
    wouldn't shouldn't mustn't i'll we'll they'll";

/// Subject pronouns: the word after one is its verb ("we book ferries", "they plan cuts").
const SUBJECT_PRONOUNS: &str = "i we they he she";

/// Words after which "to" opens a verb, not a place ("unable to swim", "need to plan";
/// "access to drinking water" is a noun phrase).
const TO_INFINITIVE: &str =
    "able unable want wants wanted need needs needed have has had going trying tried \
    hope hopes hoped ready likely used plans planned decided agreed refused failed \
    began started";

/// Verbs after which a pronoun is followed by a bare infinitive ("let me draw", "helps us
/// plan").
const BARE_INFINITIVE: &str = "let lets help helps helped make makes made";

/// Nouns for people by their role or trade.
const PERSON_NOUNS: &str =
    "manager managers chancellor governor leader leaders member members minister \
    ministers officer officers official officials expert experts advocate advocates \
    spokesman spokeswoman spokesperson director directors chairman chairwoman \
    secretary president executive executives campaigner campaigners researcher \
    researchers reporter correspondent editor professor lecturer consultant \
    consultants analyst analysts contractor contractors developer developers \
    councillor councillors";

/// A noun for a person by trade: a "-ist" word of six letters or more ("artist",
/// "scientist", "economists"; not "checklist", "persist", "wrist"). Listed role nouns
/// (`PERSON_NOUNS`) are the other persons.
pub(super) fn is_trade_noun(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    singular.len() >= 6
        && singular.ends_with("ist")
        && !["list", "sist", "wrist"]
            .iter()
            .any(|e| singular.ends_with(e))
}

/// Plural-looking words that are singular or usually modify a following noun.
/// (Illnesses named in the plural are singular nouns: "the shingles vaccine".)
const NOT_PLURAL: &str =
    "news series species means arms sales sports savings goods customs always perhaps \
    whereas thus gas bus yes has was is shingles measles mumps rabies herpes \
    diabetes rickets scabies";

/// Words of more than five letters ending in "-ly" that are not adverbs: verbs, nouns and
/// adjectives ("supply", "family", "elderly").
const NOT_ADVERBS: &str =
    "supply apply reply comply imply multiply family assembly anomaly monopoly \
    butterfly friendly elderly lovely lonely weekly monthly yearly costly deadly \
    orderly likely unlikely italy july";

/// "-ly" adverbs of five letters or fewer (shorter "-ly" words are mostly nouns: "rally",
/// "belly", "jelly").
const SHORT_ADVERBS: &str = "badly fully truly newly sadly madly oddly duly shyly wryly";

/// English numbers and ordinals in words ("eighty", "twenty-five", "second"): counts, not
/// topics, like numbers in digits.
const NUMBER_WORDS: &str =
    "zero one two three four five six seven eight nine ten eleven twelve thirteen \
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty \
    sixty seventy eighty ninety hundred hundreds thousand thousands million millions \
    billion billions trillion dozen dozens half second third fourth fifth sixth \
    seventh eighth ninth tenth";

/// A number in words, hyphenated parts included ("twenty-five", "one-third").
pub(super) fn is_number_word(lower: &str) -> bool {
    let number = |part: &str| CLASSES.get(part).is_some_and(|c| c & class::NUMBER != 0);
    lower.split('-').all(number)
}

/// Plurals without a final "s".
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "police",
    "staff",
    "men",
    "women",
    "data",
    "media",
    "feet",
    "teeth",
    "mice",
    "cattle",
    "bacteria",
    "fungi",
    "criteria",
    "phenomena",
    "geese",
    "larvae",
    "algae",
];

/// A regular plural by its spelling: a final "s" that is not "ss", "us", "is", "ics" or
/// a possessive, on a word of four or more bytes (irregular plurals and plural-looking
/// singulars are listed).
fn looks_regular_plural(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is", "ics", "'s"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Adverbs that stand between a subject (or a modal) and its verb.
const MID_ADVERBS: &str =
    "now also still often never always already usually rarely sometimes even just \
    typically generally increasingly largely mostly mainly regularly recently \
    finally quickly simply actually really";

/// Nouns that say nothing of a text's topic as a keyword row of their own: people in
/// general, units of time and "cent" of "per cent" (phrases may still hold them: "stoppage
/// time", "school year").
const GENERIC_WORDS: &str =
    "people cent percent minute minutes hour hours day days week weeks month months \
    year years thing things way ways";

/// Bits of the closed word classes, for [`CLASSES`].
mod class {
    pub const NOUN_FOLLOWER: u32 = 1;
    pub const VERB_MARKER: u32 = 1 << 1;
    pub const TAKES_INFINITIVE: u32 = 1 << 2;
    pub const OBJECT_PRONOUN: u32 = 1 << 3;
    pub const BARE_INFINITIVE: u32 = 1 << 4;
    pub const PERSON: u32 = 1 << 5;
    pub const SPEECH: u32 = 1 << 6;
    pub const PAST: u32 = 1 << 7;
    pub const ARTICLE: u32 = 1 << 8;
    pub const MODIFIER_OPENER: u32 = 1 << 9;
    pub const OBJECT_OPENER: u32 = 1 << 10;
    pub const NOT_PLURAL: u32 = 1 << 11;
    pub const IRREGULAR_PLURAL: u32 = 1 << 12;
    pub const NOT_ADVERB: u32 = 1 << 13;
    pub const SHORT_ADVERB: u32 = 1 << 14;
    pub const PARTICLE: u32 = 1 << 15;
    pub const BE: u32 = 1 << 16;
    pub const HAVE: u32 = 1 << 17;
    pub const NUMBER: u32 = 1 << 18;
    pub const MID_ADVERB: u32 = 1 << 19;
    pub const GENERIC: u32 = 1 << 20;
}

/// Every word of the closed English word-class lists in this module, with its classes:
/// the word forms of a text are judged with one probe each instead of a scan of every
/// list (about 400 words). The lists are words separated by spaces, not arrays of strings:
/// an array costs 8 bytes of pointers per word in the engine's data.
static CLASSES: std::sync::LazyLock<FxHashMap<&'static str, u32>> =
    std::sync::LazyLock::new(|| {
        let mut map = FxHashMap::default();
        for (list, bit) in [
            (NOUN_FOLLOWERS, class::NOUN_FOLLOWER),
            (MODALS, class::VERB_MARKER),
            (SUBJECT_PRONOUNS, class::VERB_MARKER),
            (TO_INFINITIVE, class::TAKES_INFINITIVE),
            (OBJECT_PRONOUNS, class::OBJECT_PRONOUN),
            (BARE_INFINITIVE, class::BARE_INFINITIVE),
            (PERSON_NOUNS, class::PERSON),
            (super::SPEECH_VERBS, class::SPEECH),
            (IRREGULAR_PAST, class::PAST),
            (ARTICLES, class::ARTICLE),
            (MODIFIER_OPENERS, class::MODIFIER_OPENER),
            (OBJECT_OPENERS, class::OBJECT_OPENER),
            (NOT_PLURAL, class::NOT_PLURAL),
            (NOT_ADVERBS, class::NOT_ADVERB),
            (SHORT_ADVERBS, class::SHORT_ADVERB),
            (PARTICLES, class::PARTICLE),
            (BE_FORMS, class::BE),
            (HAVE_FORMS, class::HAVE),
            (NUMBER_WORDS, class::NUMBER),
            (MID_ADVERBS, class::MID_ADVERB),
            (GENERIC_WORDS, class::GENERIC),
        ] {
            for word in list.split_ascii_whitespace() {
                *map.entry(word).or_default() |= bit;
            }
        }
        for &word in IRREGULAR_PLURALS {
            *map.entry(word).or_default() |= class::IRREGULAR_PLURAL;
        }
        map
    });

/// A Spanish verb form known by its ending, as news reports use them: the preterite
/// ("declaró", "anunciaron", "pidieron"), the future ("deberá", "tendrán"), the imperfect
/// ("estaba", "tenían"), or a form of "deber"/"poder" ("deberán reducir"). Nouns with these
/// endings are rare ("dominó"); the infinitive's "-ar" is left alone ("lugar", "solar").
fn spanish_verb_form(lower: &str) -> bool {
    lower.chars().count() >= 4
        && ["ó", "aron", "ieron", "rá", "rán", "aba", "aban", "ían"]
            .iter()
            .any(|end| lower.ends_with(end))
        || ["deb", "pued", "podr"].iter().any(|s| lower.starts_with(s))
            && !lower.starts_with("debat")
}

/// Forms of "be": an "-ing" form right after one is the verb of a progressive ("their return
/// is changing rivers", "lenders have been trimming rates"), not a modifier.
const BE_FORMS: &str = "be been being is are was were am isn't aren't wasn't weren't";

/// Forms of "have" (contractions in "'ve" are recognised by their ending).
const HAVE_FORMS: &str = "have has had having hasn't haven't hadn't";

/// Pronouns after which a bare infinitive may follow "let"/"help" ("let me draw").
const OBJECT_PRONOUNS: &str = "me us them him her";

/// A common verb (`verbs_en.txt`) or one of its regular inflections: "plans", "applies",
/// "planned", "moved", "planning", "making". Nouns and adjectives derived from a verb
/// ("collection", "manager", "existence") are not verbs.
fn verb_form(lower: &str) -> bool {
    let listed = |base: &str| crate::lexicon::VERBS_EN.contains(base);
    // "plann" → "plan": a doubled final ASCII consonant (never a byte inside a longer
    // character, which slicing there would split).
    let undoubled = |stem: &str| {
        let b = stem.as_bytes();
        b.len() >= 3
            && b[b.len() - 1].is_ascii_alphabetic()
            && b[b.len() - 1] == b[b.len() - 2]
            && listed(&stem[..stem.len() - 1])
    };
    if listed(lower) {
        return true;
    }
    if let Some(stem) = lower
        .strip_suffix("ies")
        .or_else(|| lower.strip_suffix("ied"))
    {
        return listed(&format!("{stem}y"));
    }
    if let Some(stem) = lower.strip_suffix('s') {
        return listed(stem) || lower.strip_suffix("es").is_some_and(listed);
    }
    if let Some(stem) = lower.strip_suffix("ed") {
        return listed(stem) || listed(&lower[..lower.len() - 1]) || undoubled(stem);
    }
    if let Some(stem) = lower.strip_suffix("ing") {
        return listed(stem) || listed(&format!("{stem}e")) || undoubled(stem);
    }
    false
}

/// A "re-" form of an irregular past ("redid", "rewrote", "retold"): a verb like its root.
fn is_redone(lower: &str) -> bool {
    lower.strip_prefix("re").is_some_and(|root| {
        root == "did" || root.len() >= 3 && CLASSES.get(root).is_some_and(|c| c & class::PAST != 0)
    })
}

/// A comparative or superlative of a listed adjective ("brightest", "cooler", "finest",
/// "biggest", "sturdiest"): it grades, it does not classify ("the brightest reds").
fn is_graded_adjective(lower: &str) -> bool {
    let listed = |base: &str| {
        base.len() >= 3
            && (crate::lexicon::ADJECTIVES_EN.contains(base)
                || crate::lexicon::PREDICATIVE_ADJECTIVES_EN.contains(base))
    };
    // "-iest" of a "-y" adjective grades whether or not the adjective is listed
    // ("sturdiest"; not "priest"); "-ier" only when it is ("carrier", "soldier" are nouns).
    lower.strip_suffix("iest").is_some_and(|y| y.len() >= 3)
        || crate::lexicon::inflection::any_graded_root(lower, listed)
}

/// Irregular simple-past forms and past participles: a noun phrase does not contain one
/// ("morning found shelves"), nor is one a keyword on its own ("built").
const IRREGULAR_PAST: &str =
    "said told went came took made gave found left kept held brought thought began \
    ran saw knew got felt became stood sat met paid sent spent lost won wrote spoke \
    rose fell grew drew threw chose drove ate forgot bought caught taught sought \
    fought led meant heard sold struck swept woke wore built gone seen taken given \
    shown spoken chosen driven eaten fallen risen stolen begun dealt slept lent fled \
    understood withdrew undertook undertaken overcame overtook overtaken forgave \
    forgiven forgotten hid shook shaken swore tore dug spun sprang sank sang rang \
    rode ridden broke froze forbade foresaw foreseen mistook bred sped slid wept \
    crept knelt upheld withheld withstood undid blew flew flown thrown swam stuck";

/// Two or more letters, all upper case ("FSB", "U.N."), without allocating.
fn is_acronym(raw: &str) -> bool {
    let mut letters = 0;
    for c in raw.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

impl<'v> Tokens<'v> {
    /// The lower-case form of token `i`.
    #[inline]
    pub fn lower(&self, i: usize) -> &'v str {
        self.vocab.form(self.lower_id(i))
    }

    /// The stem id of token `i`.
    #[inline]
    pub fn stem(&self, i: usize) -> u32 {
        self.stem_of[self.lower_id(i)]
    }

    /// The lower-case vocabulary id of token `i`.
    #[inline]
    pub fn lower_id(&self, i: usize) -> usize {
        self.toks[i].lower as usize
    }

    /// The segmentation's index of token `i`'s word.
    #[inline]
    pub fn word(&self, i: usize) -> usize {
        // A token holds its sentence's index modulo 2^24; a text of more sentences finds
        // the sentence by its first token.
        let s = if self.first_toks.len() <= 1 << 24 {
            self.toks[i].sentence()
        } else {
            sentence_of(&self.first_toks, i)
        };
        (i as u32).wrapping_add(self.shifts[s]) as usize
    }

    /// Token `i` is a common English word: familiar (Dale–Chall) or the stem of a word in
    /// SCOWL's commonest sizes (`lexicon::is_common_stem_en`). A keyword off both lists
    /// is the text's own term more often ("polyamide", "prediabetes" beside "study").
    #[inline]
    pub fn common(&self, i: usize) -> bool {
        self.form(i).familiar || self.stem_common[self.stem(i) as usize]
    }

    /// The English word-form facts of token `i`.
    #[inline]
    pub fn form(&self, i: usize) -> &WordForm {
        &self.forms[self.lower_id(i)]
    }

    /// Builds the tokens of the kept sentences, and marks the stems the lead sentences share.
    pub fn build(
        text: &str,
        seg: &Segmentation,
        (vocab, familiar): (&'v Vocabulary<'v>, &mut FamiliarByForm),
        (kept, lead): (&[usize], &[usize]),
        language: &str,
        is_stopword: impl Fn(&str) -> bool,
    ) -> Tokens<'v> {
        let stemmer = stemmer(language);
        let elides = matches!(language, "fr" | "it");
        let english = language == "en";
        let mut stem_of_lower: Vec<Option<(u32, bool)>> = vec![None; vocab.lowers.len()];
        let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut lowercase_uses = vec![0usize; vocab.lowers.len()];
        let mut inner_capital_uses = vec![0usize; vocab.lowers.len()];
        let mut initial_capital_uses = vec![0usize; vocab.lowers.len()];
        let mut stem_count: Vec<usize> = Vec::new();
        let mut stem_common: Vec<bool> = Vec::new();
        let mut toks = Vec::with_capacity(seg.words.len());
        let mut first_toks = Vec::with_capacity(kept.len());
        let mut shifts = Vec::with_capacity(kept.len());
        for (sentence_index, &s) in kept.iter().enumerate() {
            let (a, b) = seg.sentences[s].words;
            first_toks.push(toks.len() as u32);
            shifts.push((a as u32).wrapping_sub(toks.len() as u32));
            let heading = seg.blocks[seg.sentences[s].block].kind == BlockKind::Heading;
            for w in a..b {
                let lower_id = vocab.lower_id(w) as usize;
                let (stem_id, stop) = *stem_of_lower[lower_id].get_or_insert_with(|| {
                    let lower = without_elision(without_possessive(vocab.form(lower_id)), elides);
                    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
                    let digits = lower.chars().any(|c| c.is_ascii_digit());
                    // Numbers and single letters are not keywords; model names ("K2") are.
                    let stop = letters == 0
                        || (letters < 2 && !digits)
                        || language == "en" && is_number_word(lower)
                        || is_stopword(lower)
                        || is_stopword(vocab.form(lower_id));
                    // Stopwords never reach a keyword: their form stands in for a stem.
                    let stem = if stop {
                        lower.to_string()
                    } else {
                        stem_word(&stemmer, lower, language)
                    };
                    // The map owns the stem string; an id is all a token needs.
                    let next = stem_count.len() as u32;
                    let common = english && !stop && crate::lexicon::is_common_stem_en(&stem);
                    let id = *stem_ids.entry(stem).or_insert(next);
                    if id == next {
                        stem_count.push(0);
                        stem_common.push(common);
                    }
                    (id, stop)
                });
                if !stop {
                    stem_count[stem_id as usize] += 1;
                }
                let raw = seg.words[w].span.slice(text);
                let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
                let acronym = capitalised && is_acronym(raw);
                let gap = if w > a {
                    &text[seg.words[w - 1].span.end..seg.words[w].span.start]
                } else {
                    ""
                };
                let boundary_before = w == a || gap.chars().any(|c| !c.is_whitespace());
                // (Only a capital's position matters: lower-case words skip the test.)
                let initial =
                    w == a || capitalised && starts_segment(text, seg, (a, w), gap, heading);
                match (capitalised, initial) {
                    (true, false) => inner_capital_uses[lower_id] += 1,
                    (true, true) => initial_capital_uses[lower_id] += 1,
                    (false, _) => lowercase_uses[lower_id] += 1,
                }
                let bit = |set: bool, flag: u32| if set { flag } else { 0 };
                toks.push(Tok {
                    lower: lower_id as u32,
                    sentence_flags: (sentence_index as u32) << 8
                        | bit(stop, STOP)
                        | bit(capitalised, CAPITALISED)
                        | bit(acronym, ACRONYM)
                        | bit(initial, INITIAL)
                        | bit(boundary_before, BOUNDARY_BEFORE)
                        | bit(gap == ". ", PERIOD_BEFORE)
                        | bit(
                            matches!(gap, "' " | "\u{2019} ")
                                && w > a
                                && seg.words[w - 1].span.slice(text).ends_with(['s', 'S']),
                            POSSESSIVE_BEFORE,
                        ),
                });
            }
        }
        // A word and its possessive are one word for casing: "Lisbon is built on seven
        // hills" and "Lisbon's walls" both open sentences, so "Lisbon" opens two.
        merge_possessive_uses(
            vocab,
            &mut [
                &mut lowercase_uses,
                &mut inner_capital_uses,
                &mut initial_capital_uses,
            ],
        );
        // Verbs and -ly adverbs, judged once per distinct lower-case form (English only).
        let mut forms = vec![WordForm::default(); vocab.lowers.len()];
        if language == "en" {
            // The forms the tokens have are those stemmed above.
            for lower_id in (0..vocab.lowers.len()).filter(|&id| stem_of_lower[id].is_some()) {
                let lower = &*vocab.lowers[lower_id];
                // Every closed word class below in one probe.
                let class = CLASSES.get(lower).copied().unwrap_or(0);
                let is = |bit: u32| class & bit != 0;
                let adverb = lower.len() > 5 && lower.ends_with("ly") && !is(class::NOT_ADVERB)
                    || is(class::SHORT_ADVERB);
                let base = crate::lexicon::VERB_NOUNS_EN.contains(lower);
                let base_plural = [lower.strip_suffix('s'), lower.strip_suffix("es")]
                    .into_iter()
                    .flatten()
                    .any(|b| crate::lexicon::VERB_NOUNS_EN.contains(b));
                let verb = verb_form(lower);
                forms[lower_id] = WordForm {
                    weak_edge: adverb || verb,
                    base,
                    base_plural,
                    noun_follower: is(class::NOUN_FOLLOWER),
                    verb_marker: is(class::VERB_MARKER),
                    to: lower == "to",
                    be: is(class::BE),
                    have: is(class::HAVE) || lower.ends_with("'ve"),
                    takes_infinitive: is(class::TAKES_INFINITIVE),
                    object_pronoun: is(class::OBJECT_PRONOUN),
                    bare_infinitive: is(class::BARE_INFINITIVE),
                    person: is(class::PERSON) || is_trade_noun(lower),
                    speech: is(class::SPEECH),
                    plural: is(class::IRREGULAR_PLURAL)
                        || !is(class::NOT_PLURAL) && looks_regular_plural(lower),
                    weak_start: crate::lexicon::ADJECTIVES_EN.contains(lower)
                        || is_graded_adjective(lower),
                    adjective: crate::lexicon::PREDICATIVE_ADJECTIVES_EN.contains(lower),
                    adverb,
                    past: is(class::PAST) || is_redone(lower),
                    ed: lower.len() > 4 && lower.ends_with("ed") && !lower.ends_with("eed"),
                    ing: lower.len() > 5 && lower.ends_with("ing"),
                    article: is(class::ARTICLE),
                    determiner: is(class::ARTICLE) || is(class::MODIFIER_OPENER),
                    object_opener: is(class::OBJECT_OPENER),
                    particle: is(class::PARTICLE),
                    mid_adverb: is(class::MID_ADVERB),
                    generic: is(class::GENERIC),
                    familiar: familiar.lists(lower_id, lower) & List::DaleChall.bit() != 0,
                };
            }
        } else if language == "es" {
            // Spanish verb forms by their endings: no phrase opens or closes with one.
            for lower_id in (0..vocab.lowers.len()).filter(|&id| stem_of_lower[id].is_some()) {
                forms[lower_id].weak_edge = spanish_verb_form(&vocab.lowers[lower_id]);
            }
        }
        // Every lower-case form a token has was stemmed above.
        let stem_of: Vec<u32> = stem_of_lower
            .iter()
            .map(|s| s.map_or(u32::MAX, |(id, _)| id))
            .collect();
        let stem_total = stem_count.len();
        let mut in_lead = vec![false; stem_total];
        for &s in lead {
            let (a, b) = seg.sentences[s].words;
            for w in a..b {
                // A lead word that the body also uses has its stem already.
                let id = match stem_of_lower[vocab.lower_id(w) as usize] {
                    Some((id, _)) => Some(id),
                    None => {
                        let lower = without_possessive(vocab.lower(w));
                        stem_ids.get(&stem_word(&stemmer, lower, language)).copied()
                    }
                };
                if let Some(id) = id {
                    in_lead[id as usize] = true;
                }
            }
        }
        Tokens {
            in_lead,
            toks,
            first_toks,
            shifts,
            stem_of,
            vocab,
            forms,
            stem_total,
            stem_count,
            stem_common,
            lowercase_uses,
            inner_capital_uses,
            initial_capital_uses,
            nouns_capitalised: language == "de",
            names_inflect: matches!(language, "de" | "ru"),
            english,
        }
    }
}

/// The index of the sentence holding token `i`, given each sentence's first token: the
/// last sentence starting at or before `i` (a sentence without words starts where the next
/// one does).
#[cold]
#[inline(never)]
fn sentence_of(first_toks: &[u32], i: usize) -> usize {
    first_toks.partition_point(|&t| t as usize <= i) - 1
}

/// True when word `w` (of the sentence whose first word is `a`) starts a segment that takes
/// a capital like a sentence does: after a colon or a separator bar ("Nutrition: Calories
/// 265 | Protein 4 g"), at a quotation a colon introduces ('said: "Mobile phones are'), or
/// after the number of a list item ("1. Melt the butter", as
/// [`crate::segment::is_list_item`] reads it) or of a section heading (`heading`: the
/// sentence is a heading block).
#[inline(never)]
fn starts_segment(
    text: &str,
    seg: &Segmentation,
    (a, w): (usize, usize),
    gap: &str,
    heading: bool,
) -> bool {
    let after_mark = gap.trim_start();
    let quote_opens = |rest: &str| {
        let mut marks = rest.trim().chars();
        marks
            .next()
            .is_some_and(|c| matches!(c, '"' | '“' | '‘' | '\''))
            && marks.next().is_none()
    };
    let separated = after_mark.starts_with([':', '|', '•', '·'])
        && (gap.ends_with(char::is_whitespace)
            || after_mark.starts_with(':') && quote_opens(&after_mark[1..]));
    let number = seg.words[a].span;
    let digits = number.slice(text);
    let marker = w == a + 1
        && digits.bytes().all(|b| b.is_ascii_digit())
        && crate::segment::is_list_item(&text[number.start..]);
    // A numbered section heading: "2.1 Household demand", "3.2 Water reuse".
    let section =
        w == a + 1 && heading && digits.contains('.') && crate::segment::is_section_number(digits);
    separated || marker || section
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_finds_its_sentence_by_first_tokens_past_the_packed_range() {
        // Sentences of 2, 0, 3 and 1 tokens.
        let first_toks = [0, 2, 2, 5];
        let found: Vec<usize> = (0..6).map(|i| sentence_of(&first_toks, i)).collect();
        assert_eq!(found, [0, 0, 2, 2, 2, 3]);
    }

    #[test]
    fn tokens_map_back_to_their_words_across_dropped_sentences() {
        // The cookie notice is set aside: the tokens of the kept sentences skip its words.
        let text = "Floods hit Millbrook library.\n\nWe use cookies to improve your experience. Accept all.\n\nThe library reopened on Monday after the floods.";
        let seg = crate::segment::segment(text);
        let vocab = crate::vocab::Vocabulary::build(text, &seg.words);
        let kept: Vec<usize> = (0..seg.sentences.len())
            .filter(|&s| !seg.sentences[s].span.slice(text).contains("cookies"))
            .filter(|&s| !seg.sentences[s].span.slice(text).contains("Accept"))
            .collect();
        let mut familiar = FamiliarByForm::new(vocab.lowers.len());
        let tokens = Tokens::build(
            text,
            &seg,
            (&vocab, &mut familiar),
            (&kept, &[]),
            "en",
            |_| false,
        );
        let words: Vec<&str> = (0..tokens.toks.len())
            .map(|i| seg.words[tokens.word(i)].span.slice(text))
            .collect();
        assert_eq!(
            words,
            [
                "Floods",
                "hit",
                "Millbrook",
                "library",
                "The",
                "library",
                "reopened",
                "on",
                "Monday",
                "after",
                "the",
                "floods"
            ]
        );
    }

    #[test]
    fn a_token_packs_its_sentence_and_flags() {
        let t = Tok {
            lower: 7,
            sentence_flags: (0xAB_CDEF << 8) | STOP | PERIOD_BEFORE,
        };
        assert_eq!(t.sentence(), 0xAB_CDEF);
        assert!(t.stop() && t.period_before());
        assert!(!t.capitalised() && !t.acronym() && !t.initial() && !t.boundary_before());
        assert_eq!(std::mem::size_of::<Tok>(), 8);
    }

    #[test]
    fn verb_forms_and_derived_nouns() {
        for verb in [
            "plan", "plans", "planned", "planning", "applies", "applied", "making", "moved",
            "exists", "absorbs", "running", "stopped",
        ] {
            assert!(verb_form(verb), "{verb}");
        }
        for noun in [
            "collection",
            "manager",
            "existence",
            "development",
            "government",
            "planner",
            "assistant",
            "sting",
        ] {
            assert!(!verb_form(noun), "{noun}");
        }
        // Found by `make fuzz`: a repeated three-byte character before "-ed" or "-ing" (its
        // last two bytes are equal) must not be sliced as a doubled consonant.
        for odd in ["ᙙed", "ᙙing", "xᙙᙙed", "éed", "ééing"] {
            assert!(!verb_form(odd), "{odd}");
        }
    }
}
