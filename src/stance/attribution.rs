//! Attribution: reporting verbs in any tense, "according to", agentless frames ("it is
//! believed", "is widely regarded"), with the source noun phrase and whether it is unnamed.
//! First-person reports ("we argue") are the author's; negated ones ("nobody believes")
//! carry no content.

use super::lexicon::Lexicons;
use super::rules::{is_negated, Confidence, Cue, Found, Kind, AUXILIARIES, FIRST_PERSON, W};
use std::borrow::Cow;

/// Evaluative speech acts that attribute even in the passive: "was widely criticised".
const PASSIVE_ACTS: &[&str] = &[
    "criticised",
    "criticized",
    "condemned",
    "praised",
    "dismissed",
    "endorsed",
    "accused",
    "alleged",
    "denounced",
    "rumoured",
    "rumored",
];
/// Belief and report verbs that attribute in the passive with "to"/"as"/"that"/"by".
const PASSIVE_BELIEFS: &[&str] = &[
    "said",
    "reported",
    "claimed",
    "described",
    "considered",
    "regarded",
    "believed",
    "thought",
    "suspected",
    "feared",
];

/// Determiners: a reporting word right after one is a noun ("the report", "a note").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// Reporting verbs that are also common nouns ("claims", "reports").
const NOUN_TOO: &[&str] = &[
    "claim",
    "claims",
    "report",
    "reports",
    "note",
    "notes",
    "estimate",
    "estimates",
];

/// Words after which such a word is the noun: "claims in the area", "claims over the
/// islands", "reports of flooding".
const NOUN_NEXT: &[&str] = &[
    "in", "over", "on", "of", "about", "and", "or", "are", "were", "have", "had", "by", "for",
    "against", "with", "from",
];

/// Adverbs that sit between a subject or an auxiliary and its verb ("was widely
/// criticised", "is often regarded", "has long argued").
const MID_ADVERBS: &[&str] = &[
    "long",
    "already",
    "still",
    "often",
    "recently",
    "once",
    "first",
    "since",
    "also",
    "now",
    "sometimes",
    "always",
];

/// A [`MID_ADVERBS`] word or an "-ly" adverb of four letters or more.
pub(super) fn is_mid_adverb(w: &str) -> bool {
    w.ends_with("ly") && w.len() > 3 || MID_ADVERBS.contains(&w)
}

/// Belief, finding and report verbs (lemmas) that attribute only with propositional content.
const CONTENT_LEMMAS: &str =
    "believe think consider expect find show describe estimate note state report add \
    confirm observe predict recommend maintain write suggest deny admit accuse tell \
    reply respond explain suspect fear worry";
/// Verbs whose content may be a bare clause ("believed the tax would rise").
const CLAUSE_LEMMAS: &[&str] = &[
    "believe", "think", "expect", "estimate", "report", "suggest", "deny", "admit", "say",
    "suspect", "fear", "worry",
];

/// The lemma of a verb form: regular -s/-es/-ed/-d endings and the irregular forms of the
/// reporting verbs ("said" → "say", "thought" → "think", "found" → "find").
fn lemma(form: &str) -> Cow<'_, str> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("thought", "think"),
        ("found", "find"),
        ("shown", "show"),
        ("showed", "show"),
        ("wrote", "write"),
        ("replied", "reply"),
        ("replies", "reply"),
        ("denied", "deny"),
        ("denies", "deny"),
        ("worried", "worry"),
        ("worries", "worry"),
    ];
    if let Some((_, l)) = IRREGULAR.iter().find(|(f, _)| *f == form) {
        return Cow::Borrowed(l);
    }
    for (suffix, add) in [
        ("ted", "t"),
        ("ed", "e"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ] {
        if let Some(stem) = form.strip_suffix(suffix) {
            let candidate = format!("{stem}{add}");
            if crate::lexicon::in_words(CONTENT_LEMMAS, &candidate)
                || CLAUSE_LEMMAS.contains(&candidate.as_str())
            {
                return Cow::Owned(candidate);
            }
        }
    }
    Cow::Borrowed(form)
}

/// Finds attributions. Returns where a report that is not an attribution (negated, first
/// person) starts: what follows it is not the author's evaluation or directive.
#[inline(never)]
pub fn find(
    lex: &Lexicons,
    (words, lower, masks): (&[W], &[&str], &[u16]),
    found: &mut Found,
    enabled: &dyn Fn(Kind) -> bool,
) -> Option<usize> {
    let push = |found: &mut Found, cue: Cue| {
        if enabled(cue.kind) {
            found.cues.push(cue);
        }
    };
    let quoted_any = masks.iter().any(|m| m & super::rules::QUOTED != 0);
    // Where a reporting verb that is not an attribution (negated, first person) stands: what
    // follows it is reported or denied content, not the author's evaluation or directive.
    let mut denied_from: Option<usize> = None;
    for (a, b) in lex
        .reporting
        .find_all_where(lower, |i| masks[i] & Lexicons::REPORTING != 0)
    {
        let first = lower[a];
        // A noun, not a verb: "the report", "a note" (not a quotation's last word: "“Why
        // would anyone do this?” said one neighbour").
        if a > 0
            && !words[a - 1].quoted
            && words[a].gap.trim().is_empty()
            && DETERMINERS.contains(&lower[a - 1])
        {
            continue;
        }
        // A word that is also a noun is the noun after a modifier ("their own territorial
        // claims", "overlapping claims") or before a preposition ("claims in the area",
        // "reports of flooding").
        if b - a == 1 && NOUN_TOO.contains(&first) {
            let before =
                |k: usize| a >= k && (a + 1 - k..=a).all(|j| words[j].gap.trim().is_empty());
            let modified = before(1)
                && (lower[a - 1] == "own"
                    || lower[a - 1].len() > 4
                        && lower[a - 1].ends_with("ing")
                        && !lower[a - 1].ends_with("thing")
                    || crate::lexicon::ADJECTIVES_EN.contains(lower[a - 1]))
                || before(2) && lower[a - 2] == "own";
            let noun_next = lower.get(b).is_some_and(|w| NOUN_NEXT.contains(w));
            if modified || noun_next {
                continue;
            }
        }
        let agentless = b - a > 1 && first != "according" || first == "reportedly";
        if first == "according" {
            let source = noun_phrase_after(words, b);
            push(found, Cue::attribution((a, b), Confidence::High, source));
            continue;
        }
        if agentless {
            push(found, Cue::new(Kind::Attribution, (a, b), Confidence::High));
            found.unnamed_source = true;
            continue;
        }
        if words[a].quoted {
            continue;
        }
        // Passive: "was widely criticised by teachers' unions" (the agent is the source) or
        // "is criticised" with no agent (an unnamed source).
        let mut k = a;
        while k > 0 && is_mid_adverb(lower[k - 1]) {
            k -= 1;
        }
        let be =
            k > 0 && ["was", "were", "is", "are", "been", "be", "being"].contains(&lower[k - 1]);
        let next = lower.get(b).copied().unwrap_or("");
        // Evaluative speech acts need nothing more; belief and report verbs need "to",
        // "as", "that" or an agent ("is said to", "was described as").
        let evaluative_act = PASSIVE_ACTS.contains(&first);
        let belief = PASSIVE_BELIEFS.contains(&first) && ["to", "as", "that", "by"].contains(&next);
        if be && (evaluative_act || belief) {
            let agent = (lower.get(b) == Some(&"by"))
                .then(|| noun_phrase_after(words, b + 1))
                .flatten();
            let vague = agent.is_none_or(|s| is_vague(lex, &lower[s.0..s.1], &words[s.0..s.1]));
            found.unnamed_source |= vague;
            push(found, Cue::attribution((a, b), Confidence::Medium, agent));
            // An agentless belief frame also withholds commitment: "is often thought to".
            if agent.is_none() && ["believed", "thought", "suspected"].contains(&first) {
                push(found, Cue::new(Kind::Hedge, (k - 1, b), Confidence::Medium));
            }
            continue;
        }
        let subject = subject_before(words, a);
        let inverted = subject.is_none()
            && (a > 0
                && (words[a].gap.contains(',')
                    || words[a - 1].quoted
                    || words[a].gap.contains(['”', '"'])));
        let source = subject.or_else(|| {
            if inverted || quoted_any {
                noun_phrase_after(words, b)
            } else {
                None
            }
        });
        let source = match source {
            Some(s) => s,
            None => continue,
        };
        let source_lower: Vec<&str> = lower[source.0..source.1].to_vec();
        // A subject never contains another reporting verb ("The council said an insurance
        // claim …": "claim" is a noun there).
        // (After a determiner the word is a noun: "The report shows that …".)
        let verb_inside = (source.0..source.1).any(|k| {
            lex.reporting.longest_at(lower, k).is_some()
                && !(k > source.0 && DETERMINERS.contains(&lower[k - 1]))
        });
        if verb_inside {
            continue;
        }
        // Negated or refused reports carry no content: "has not said when", "nobody believes".
        if is_negated(words, a, 2)
            || source_lower
                .iter()
                .any(|w| ["nobody", "none", "no"].contains(w))
        {
            denied_from.get_or_insert(a);
            continue;
        }
        // The author's own results: "These results suggest", "our data show".
        let own = ["these", "our", "this", "present"].contains(&source_lower[0])
            && source_lower.iter().any(|w| {
                [
                    "results",
                    "data",
                    "findings",
                    "analysis",
                    "study",
                    "experiments",
                    "measurements",
                    "observations",
                    "figures",
                ]
                .contains(w)
            });
        if own || source_lower == ["please"] {
            continue;
        }
        // The author is not a source: "I say", "we argue", "we found"; nor is the reader
        // ("you should report it", "unless you believe someone will": a modal may follow).
        if source_lower
            .iter()
            .all(|w| FIRST_PERSON.contains(w) || *w == "i")
            || source_lower.first() == Some(&"you")
        {
            continue;
        }
        // An infinitive reports nothing yet ("how to report it", "is due to announce the
        // budget") unless its content follows ("hopes to argue that the ban is unfair").
        if a > 0
            && lower[a - 1] == "to"
            && lower.get(b) != Some(&"that")
            && !inverted
            && !quoted_any
        {
            continue;
        }
        let source_lower = source_lower.clone();
        if source_lower.first().is_some_and(|w| {
            [
                "nobody", "no", "none", "it", "this", "that", "there", "who", "what", "which",
            ]
            .contains(w)
        }) {
            continue;
        }
        // "asked" reports a question only next to its quotation: "“Why?” asked one
        // neighbour" (not "asked residents to save water").
        if ["asked", "asks"].contains(&first) && !(inverted || quoted_any) {
            continue;
        }
        // "called the plan reckless" is an evaluative speech act; "called the police" is not.
        if ["call", "calls", "called", "labelled", "labeled", "branded"].contains(&first) {
            let evaluates = (b..(b + 6).min(words.len())).any(|k| {
                lex.positive.longest_at(lower, k).is_some()
                    || lex.negative.longest_at(lower, k).is_some()
            });
            if !evaluates {
                continue;
            }
        }
        // Belief and finding verbs need propositional content: "that", a clause, "as".
        let verb = lemma(first);
        let verb = verb.as_ref();
        if crate::lexicon::in_words(CONTENT_LEMMAS, verb) {
            let next = lower.get(b).copied().unwrap_or("");
            let window = &lower[b..(b + 12).min(lower.len())];
            let evaluates = window.iter().any(|w| {
                lex.positive.longest_at(&[w], 0).is_some()
                    || lex.negative.longest_at(&[w], 0).is_some()
            });
            let bare_clause = words.get(b).is_some_and(|w| !w.gap.contains(','))
                && !["to", "in", "on", "at", "for", "by"].contains(&next);
            // The content comes first, the report closes the sentence after a comma: "The
            // scheme will launch in 2027, the government confirmed today."
            let closing = source.0 >= 4
                && words[source.0].gap.contains(',')
                && words.len() - b <= 3
                && (next.is_empty()
                    || [
                        "today",
                        "yesterday",
                        "tonight",
                        "on",
                        "in",
                        "last",
                        "earlier",
                        "this",
                        "late",
                        "recently",
                    ]
                    .contains(&next));
            // Content: "that", a quotation, an inverted report, an evaluation after "find",
            // the addressee after "tell", "as" after "describe/consider", or a bare clause.
            let content = next == "that"
                || closing
                || quoted_any
                || inverted
                || verb == "find" && evaluates
                || verb == "tell"
                || ["describe", "consider"].contains(&verb) && window.contains(&"as")
                || CLAUSE_LEMMAS.contains(&verb) && bare_clause;
            if !content {
                continue;
            }
        }
        let vague = is_vague(lex, &source_lower, &words[source.0..source.1]);
        found.unnamed_source |= vague;
        push(
            found,
            Cue::attribution(
                (a, b),
                if vague {
                    Confidence::Medium
                } else {
                    Confidence::High
                },
                Some(source),
            ),
        );
    }

    denied_from
}

/// The subject noun phrase before a reporting verb at `verb`: back to the start of the
/// clause (sentence start, a comma, a quote, "and"/"but"/"that"), skipping auxiliaries.
fn subject_before(words: &[W], verb: usize) -> Option<(usize, usize)> {
    let mut end = verb;
    while end > 0
        && (AUXILIARIES.contains(&words[end - 1].lower) || is_mid_adverb(words[end - 1].lower))
    {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    let mut start = end;
    while start > 0 && end - start < 12 {
        let w = &words[start - 1];
        if [
            "and", "but", "that", "while", "whereas", "because", "as", "when", "although", "though",
        ]
        .contains(&w.lower)
            && start - 1 > 0
        {
            break;
        }
        if w.quoted {
            break;
        }
        start -= 1;
        if words[start].gap.contains([',', ';', ':', '—', '–'])
            || words[start].gap.contains(['”', '"'])
        {
            break;
        }
    }
    // A subject is short and ends in a noun-ish word; verbs in between mean a longer clause.
    let len = end - start;
    if len == 0 || len > 9 {
        return None;
    }
    Some((start, end))
}

/// The noun phrase after `at` (for "according to X" and "…, said X"): up to a comma, a
/// quote or the sentence end, at most eight words.
fn noun_phrase_after(words: &[W], at: usize) -> Option<(usize, usize)> {
    if at >= words.len() {
        return None;
    }
    let mut end = at + 1;
    while end < words.len() && end - at < 8 {
        let w = &words[end];
        let after_abbreviation = w.gap.trim() == "."
            && (crate::lexicon::ABBREV_TITLES.contains(words[end - 1].lower)
                || words[end - 1].raw.chars().count() == 1);
        if (w.gap.contains([',', ';', ':', '—', '–', '.']) && !after_abbreviation)
            || w.quoted != words[at].quoted
        {
            break;
        }
        if [
            "that", "who", "which", "on", "in", "at", "after", "before", "when", "told",
        ]
        .contains(&w.lower)
            && end > at + 1
        {
            break;
        }
        end += 1;
    }
    Some((at, end))
}

/// True when a source cannot be checked: indefinite or generic ("some critics", "two
/// officials familiar with the matter", "economists", "residents who …").
fn is_vague(lex: &Lexicons, lower: &[&str], words: &[W]) -> bool {
    if lower.is_empty() {
        return true;
    }
    // A named source: a capitalised word that is not the first word of the sentence.
    let named = words.iter().enumerate().any(|(k, w)| {
        k > 0 && w.raw.chars().next().is_some_and(char::is_uppercase) && !["I"].contains(&w.raw)
    }) || words.len() == 1
        && words[0].raw.chars().next().is_some_and(char::is_uppercase)
        && lex.vague.longest_at(lower, 0).is_none();
    if named {
        return false;
    }
    if lower.contains(&"percent")
        || lower.contains(&"%")
        || lower.contains(&"survey")
        || lower.contains(&"poll")
    {
        return false;
    }
    let determiner = lower[0];
    if [
        "the", "a", "an", "this", "that", "his", "her", "its", "their",
    ]
    .contains(&determiner)
    {
        // "the university", "a police spokeswoman": an identifiable role.
        return false;
    }
    let numeric = determiner.chars().all(|c| c.is_ascii_digit())
        || [
            "one", "two", "three", "four", "five", "several", "some", "many", "most", "few",
            "other",
        ]
        .contains(&determiner);
    numeric
        || lower
            .iter()
            .any(|w| lex.vague.longest_at(&[w], 0).is_some())
}
