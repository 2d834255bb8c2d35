//! Recognises one block of pasted web text as page furniture, from its own evidence:
//!
//! * **vocabulary** — phrases from `lexicon/furniture_words.txt` ("accept all", "share",
//!   "newsletter"). Strong categories (consent, sign-up, app badges, ads, donations, skip
//!   links, footers) count anywhere; a sentence-length block also needs to address the reader
//!   or the site ("you", "our") or hold three cues, so an article *about* privacy survives.
//!   Weak categories (share, navigation, related, comments, meta) count only when they make
//!   up at least half of a short line;
//! * **shape** — menu rows (short segments separated by wide gaps, `|`, `·`, `>`),
//!   lines of symbols or single letters ("A A A", "★★★★☆"), bylines ("By Jane Doe"), dates
//!   and counters ("Published 14 November", "2,481 views", "6 min read"), copyright lines;
//! * **author bios** — "Jane Doe is a science writer based in Dublin." next to the article.
//!
//! It judges one block at a time; position and repetition are the caller's business.

use crate::hash::FxHashMap;
use crate::lexicon::{expand, list_body, parse_list, MONTHS};
use std::sync::LazyLock;

/// Why a block looks like furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Cookie and consent banners.
    Consent,
    /// Newsletter and sign-up prompts.
    Subscribe,
    /// App-store badges.
    App,
    /// Copyright and footer lines.
    Footer,
    /// Advertisements, affiliate notes and "READ MORE" lines.
    Ad,
    /// Donation appeals.
    Donate,
    /// Skip links.
    Skip,
    /// Share buttons and font-size controls.
    Share,
    /// Navigation and menu lines.
    Nav,
    /// "Related" lists.
    Related,
    /// Comment counters and forms.
    Comments,
    /// Readers' comments under the article.
    ReaderComment,
    /// Author boxes and bios.
    Author,
    /// Media players and picture credits.
    Media,
    /// References, notes and external-link sections.
    Notes,
    /// Bylines, dates, reading times and view counters.
    Meta,
    /// Table rows and the captions of tables and figures.
    Table,
    /// A press release's closing matter: "About <company>" boilerplate, forward-looking
    /// statements, media contacts.
    Corporate,
    /// A table of contents ("On this page", "In this article") and its entries.
    Contents,
    /// A summary box that repeats the article ("Key takeaways", "At a glance") and its
    /// points.
    Summary,
    /// An editor's note about the article itself ("This interview has been edited for
    /// length and clarity").
    Editorial,
}

impl Category {
    fn parse(name: &str) -> Option<Category> {
        Some(match name {
            "consent" => Category::Consent,
            "subscribe" => Category::Subscribe,
            "app" => Category::App,
            "footer" => Category::Footer,
            "ad" => Category::Ad,
            "donate" => Category::Donate,
            "skip" => Category::Skip,
            "share" => Category::Share,
            "nav" => Category::Nav,
            "related" => Category::Related,
            "comments" => Category::Comments,
            "author" => Category::Author,
            "media" => Category::Media,
            "notes" => Category::Notes,
            "meta" => Category::Meta,
            "corporate" => Category::Corporate,
            "contents" => Category::Contents,
            "summary" => Category::Summary,
            "editorial" => Category::Editorial,
            _ => return None,
        })
    }

    /// Strong cues count inside running text too.
    fn is_strong(self) -> bool {
        matches!(
            self,
            Category::Consent
                | Category::Subscribe
                | Category::App
                | Category::Footer
                | Category::Ad
                | Category::Donate
                | Category::Skip
        )
    }

    /// A heading of this category starts a furniture section (the lines under it).
    pub fn starts_section(self) -> bool {
        matches!(
            self,
            Category::Related
                | Category::Author
                | Category::Comments
                | Category::Subscribe
                | Category::Notes
                | Category::Corporate
                | Category::Contents
                | Category::Summary
        )
    }

    /// A section of this category also takes the paragraph right under its heading, however
    /// long ("About Halden Biotech" and the company's description).
    pub fn takes_a_paragraph(self) -> bool {
        self == Category::Corporate
    }

    /// Human-readable description, shown next to a set-aside block.
    pub fn detail(self) -> &'static str {
        match self {
            Category::Consent => "cookie or consent notice",
            Category::Subscribe => "newsletter or sign-up prompt",
            Category::App => "app-store badge",
            Category::Footer => "copyright or footer line",
            Category::Ad => "advertisement, affiliate note or read-more line",
            Category::Donate => "donation appeal",
            Category::Skip => "skip link",
            Category::Share => "share or font-size controls",
            Category::Nav => "navigation or menu line",
            Category::Related => "related-links list",
            Category::Comments => "comment counter or form",
            Category::ReaderComment => "reader comment",
            Category::Author => "author box or bio",
            Category::Media => "media player or picture credit",
            Category::Notes => "references or notes section",
            Category::Meta => "byline, date or counter",
            Category::Table => "table or figure caption",
            Category::Corporate => "company boilerplate, legal notice or press contact",
            Category::Contents => "table of contents",
            Category::Summary => "summary box repeating the article",
            Category::Editorial => "editor's note on the article",
        }
    }
}

struct Cue {
    words: Vec<&'static str>,
    category: Category,
}

/// The furniture word list (cues and roles), expanded once.
static SOURCE: LazyLock<&'static str> = LazyLock::new(|| expand(list_body!("furniture_words.txt")));

/// Builds the cue tables now (see [`crate::lexicon::prepare`]).
pub(crate) fn prepare() {
    LazyLock::force(&CUES);
    LazyLock::force(&ROLES);
}

/// Cues indexed by their first word.
static CUES: LazyLock<FxHashMap<&'static str, Vec<Cue>>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Vec<Cue>> = FxHashMap::default();
    for line in parse_list(*SOURCE) {
        let Some((name, phrase)) = line.split_once(": ") else {
            continue;
        };
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        if name == "role" {
            continue;
        }
        let Some(category) = Category::parse(name) else {
            continue;
        };
        map.entry(words[0])
            .or_default()
            .push(Cue { words, category });
    }
    for cues in map.values_mut() {
        crate::order::sort_by_key(cues, |c| !(c.words.len() as u128));
    }
    map
});

/// Job titles that mark an author bio ("a science writer").
static ROLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    parse_list(*SOURCE)
        .filter_map(|l| l.strip_prefix("role: "))
        .collect()
});

const COUNTED: &[&str] = &[
    "views",
    "view",
    "comments",
    "comment",
    "shares",
    "likes",
    "reads",
    "replies",
    "responses",
];

/// What one block of text is, as far as furniture goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The kind of furniture.
    pub category: Category,
    /// Evidence that holds even in the middle of an article.
    pub strong: bool,
}

/// The words of a block: as written, and lower-cased with straight apostrophes.
pub struct BlockWords<'t> {
    /// Original words.
    pub raw: Vec<&'t str>,
    /// Lower-cased words.
    pub lower: Vec<&'t str>,
    /// Their lower-case vocabulary ids.
    pub ids: Vec<u32>,
    /// Whether each word is the first word of a furniture cue (see [`starts_cue`]): judged
    /// once per distinct form by the caller, so the cue scan hashes no word of running text.
    pub cue_start: Vec<bool>,
}

/// True when `lower` is the first word of a furniture cue phrase.
pub fn starts_cue(lower: &str) -> bool {
    CUES.contains_key(lower)
}

/// Judges one block. `ends_sentence` tells whether it ends with terminal punctuation.
#[inline(never)]
pub fn judge(text: &str, words: &BlockWords, ends_sentence: bool) -> Option<Verdict> {
    let n = words.lower.len();
    let short = n <= 12 && !ends_sentence || n <= 6;

    if text.contains('©') || starts_with_copyright(&words.lower) {
        return Some(Verdict {
            category: Category::Footer,
            strong: true,
        });
    }
    if n <= 40 && has_picture_credit(text) {
        return Some(Verdict {
            category: Category::Media,
            strong: true,
        });
    }
    // "About Halden Biotech", "About HB-214": the boilerplate heading that closes a press
    // release ("About the author", "About us" are cues of their own).
    let about = words.raw.first() == Some(&"About")
        && words
            .raw
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && (2..=6).contains(&n)
        && !ends_sentence;
    if about {
        return Some(Verdict {
            category: Category::Corporate,
            strong: false,
        });
    }
    // A paper's or a report's author line: "Priya Raman, Tomás Ferreira, Hannah Lee".
    if !ends_sentence && n <= 40 && is_author_list(text) {
        return Some(Verdict {
            category: Category::Meta,
            strong: true,
        });
    }
    // A caption ("Table 2.1 Leakage by district", "Figure 3: Rainfall") labels a table or
    // a chart, not the prose around it.
    if !ends_sentence && n <= 30 && is_caption(words) {
        return Some(Verdict {
            category: Category::Table,
            strong: true,
        });
    }
    // A specification strip or a table row too long for the short-line rules: three or
    // more cells split by bars or wide gaps, most of them holding a number ("Suction
    // 6,000 Pa | Battery 5,200 mAh | Dustbin 300 ml | Weight 3.6 kg").
    if !short && !ends_sentence && n <= 60 && is_figure_strip(text) {
        return Some(Verdict {
            category: Category::Table,
            strong: true,
        });
    }
    // Footnotes at a page's foot: every line opens with a superscript number ("¹ Smart
    // meter trial results are summarised in Appendix B.").
    let footnote = |line: &str| {
        line.trim_start()
            .starts_with(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'])
    };
    // (The first line is tested alone first: most blocks fail there without a scan.)
    if footnote(text) && text.lines().all(footnote) {
        return Some(Verdict {
            category: Category::Notes,
            strong: true,
        });
    }
    // Vocabulary.
    let mut hits: Vec<(Category, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if !words.cue_start[i] {
            i += 1;
            continue;
        }
        let matched = CUES.get(words.lower[i]).and_then(|cues| {
            cues.iter().find(|cue| {
                cue.words.len() <= n - i
                    && cue.words.iter().zip(&words.lower[i..]).all(|(a, b)| a == b)
            })
        });
        match matched {
            Some(cue) => {
                hits.push((cue.category, cue.words.len()));
                i += cue.words.len();
            }
            None => i += 1,
        }
    }
    // A labelled link between paragraphs: "Related: How wolves changed the rivers".
    if n <= 20 && is_link_label(text) {
        return Some(Verdict {
            category: Category::Related,
            strong: true,
        });
    }
    // A social account with its network: "Tag @theslowpantry on Instagram!".
    if n <= 25 && has_handle(text) && hits.iter().any(|(c, _)| *c == Category::Share) {
        return Some(Verdict {
            category: Category::Share,
            strong: true,
        });
    }
    let covered: usize = hits.iter().map(|(_, len)| len).sum();
    let strong: Vec<Category> = hits
        .iter()
        .filter(|(c, _)| c.is_strong())
        .map(|(c, _)| *c)
        .collect();
    let top = |list: &[Category]| most_common(list.iter().copied());

    if short {
        if !strong.is_empty() {
            return top(&strong).map(|category| Verdict {
                category,
                strong: true,
            });
        }
        if covered * 2 >= n && n > 0 {
            let all: Vec<Category> = hits.iter().map(|(c, _)| *c).collect();
            return top(&all).map(|category| Verdict {
                category,
                strong: true,
            });
        }
        return judge_shape(text, words);
    }
    // An editor's note is a short block, a third or more of it the cue ("This interview has
    // been edited for length and clarity."), or with another strong cue ("This article
    // appears in the February issue. Subscribe for £5 an issue.").
    let editorial = hits.iter().any(|(c, _)| *c == Category::Editorial);
    let other_strong = hits
        .iter()
        .any(|(c, _)| c.is_strong() && *c != Category::Editorial);
    if editorial && (n <= 25 && covered * 3 >= n || n <= 40 && other_strong) {
        return Some(Verdict {
            category: Category::Editorial,
            strong: true,
        });
    }
    // Running text: strong cues plus address to the reader, or many strong cues.
    // (Read only when a strong cue is there: most paragraphs have none.)
    let addresses = || {
        words
            .lower
            .iter()
            .any(|w| crate::lexicon::in_words(ADDRESS_WORDS, w))
    };
    let needed = if n >= 40 { 2 } else { 1 };
    if strong.len() >= 3 || strong.len() >= needed && addresses() {
        return top(&strong).map(|category| Verdict {
            category,
            strong: true,
        });
    }
    None
}

/// Words that address the reader or speak for the site, in the languages of the furniture
/// list ("you", "Sie", "vous", "usted" …): a strong cue in running text needs one of them.
/// ("Sie" and "ihr" are also "she" and "her": a strong cue is needed as well.) In the order
/// English, German, Spanish, French, Italian, Dutch, Portuguese.
const ADDRESS_WORDS: &str =
    "you your we our us we're you're my me sie ihr ihre ihrem ihren ihrer du dein \
    deine wir uns usted ustedes tu tus te nosotros nuestro nuestra vous votre vos \
    nous notre nos ton ta tes voi vostro vostra tuo tua ti noi nostro nostra je jouw \
    uw u wij ons onze você vocês seu sua nós nosso nossa";

fn most_common(items: impl Iterator<Item = Category>) -> Option<Category> {
    let mut counts: Vec<(Category, usize)> = Vec::new();
    for c in items {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    // First of the most frequent, so ties go to the earliest cue.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(c, _)| *c)
}

/// A clock time: "11.42", "9:05", "9:05am".
fn is_clock_time(word: &str) -> bool {
    let word = word
        .strip_suffix("am")
        .or_else(|| word.strip_suffix("pm"))
        .unwrap_or(word);
    let Some((hours, minutes)) = word.split_once(['.', ':']) else {
        return false;
    };
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
        && hours.parse::<u8>().is_ok_and(|h| h < 24)
        && minutes.parse::<u8>().is_ok_and(|m| m < 60)
}

/// "Table 2.1 …", "Figure 3: …", "Fig. 4 …": a caption's label and number.
fn is_caption(words: &BlockWords) -> bool {
    let label = matches!(
        words.raw.first(),
        Some(&("Table" | "Figure" | "Fig" | "Chart" | "Exhibit" | "TABLE" | "FIGURE"))
    );
    label
        && words
            .raw
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// A line that starts with a link label and a colon ("Related: …", "READ MORE: …", "See
/// also: …"): a link to another article placed between paragraphs.
fn is_link_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "related",
        "see also",
        "read more",
        "read also",
        "also read",
        "more",
        "more on this",
        "more on this story",
        "recommended",
        "watch",
        "listen",
        "trending",
        "most read",
        "further reading",
        "editor's picks",
    ];
    let Some((label, rest)) = text.split_once(':') else {
        return false;
    };
    let label = crate::vocab::lowercase(label.trim()).replace('’', "'");
    !rest.trim().is_empty() && !rest.contains('\n') && LABELS.contains(&label.as_str())
}

/// A social-media handle: "@" at the start of a word, followed by a letter or digit.
fn has_handle(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        starts_word
            && text[at + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// "Photo: K. Moreno/Northwire", "Image credit: …" — a caption's credit.
fn has_picture_credit(text: &str) -> bool {
    if !text.contains(':') {
        return false;
    }
    const LABELS: &[&str] = &[
        "Photo:",
        "Photograph:",
        "Photos:",
        "Image:",
        "Picture:",
        "Illustration:",
        "Credit:",
        "Photo credit:",
        "Image credit:",
        "Video:",
    ];
    LABELS.iter().any(|label| {
        text.match_indices(label)
            .any(|(at, _)| at == 0 || text[..at].ends_with(char::is_whitespace))
    })
}

fn starts_with_copyright(lower: &[&str]) -> bool {
    lower.first() == Some(&"copyright")
}

/// Shape rules for short lines: menus, symbol rows, bylines, dates and counters.
#[inline(never)]
fn judge_shape(text: &str, words: &BlockWords) -> Option<Verdict> {
    let n = words.lower.len();
    let lower = &words.lower;
    // Page furniture of a printed document: "Page 4 of 36", "- 12 -", or a running header
    // that ends in its page number after a run of spaces ("Annual Report 2023      3").
    let digits = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let page_label = lower.first() == Some(&"page")
        && (n == 2 && digits(lower[1])
            || n == 4 && digits(lower[1]) && lower[2] == "of" && digits(lower[3]));
    let running_header = text
        .rsplit_once("   ")
        .is_some_and(|(head, number)| !head.trim().is_empty() && digits(number.trim()));
    if page_label || running_header || n == 1 && digits(lower[0]) {
        return Some(Verdict {
            category: Category::Meta,
            strong: true,
        });
    }
    // A shop button under a product box: "$499 at Amazon", "£39.99 from Argos".
    let price = text
        .trim_start()
        .strip_prefix(['$', '£', '€', '¥'])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if price && n <= 6 && lower.iter().any(|w| *w == "at" || *w == "from") {
        return Some(Verdict {
            category: Category::Ad,
            strong: true,
        });
    }
    // Counters: "2,481 views", "12 comments", "6 min read".
    for k in 1..n {
        let number = lower[k - 1]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
        if number && COUNTED.contains(&lower[k]) {
            let category = if lower[k].starts_with("comment") {
                Category::Comments
            } else {
                Category::Meta
            };
            return Some(Verdict {
                category,
                strong: true,
            });
        }
        if number
            && matches!(lower[k], "min" | "mins" | "minute" | "minutes")
            && lower.get(k + 1).is_some_and(|w| *w == "read")
        {
            return Some(Verdict {
                category: Category::Meta,
                strong: true,
            });
        }
        // "Updated 2 hours ago"
        let unit = lower[k].trim_end_matches('s');
        if number
            && matches!(
                unit,
                "second" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
            )
            && lower.get(k + 1).is_some_and(|w| *w == "ago")
        {
            return Some(Verdict {
                category: Category::Meta,
                strong: true,
            });
        }
    }
    // Time stamps: "12.31 GMT", "Updated at 11.42 GMT", "Posted 9:05am".
    let stamp = matches!(
        lower.first(),
        Some(&("updated" | "published" | "posted" | "edited"))
    ) || lower.iter().any(|w| {
        matches!(
            *w,
            "gmt" | "bst" | "utc" | "cet" | "cest" | "est" | "edt" | "pst" | "pdt" | "am" | "pm"
        )
    });
    if n <= 8 && stamp && lower.iter().any(|w| is_clock_time(w)) {
        return Some(Verdict {
            category: Category::Meta,
            strong: true,
        });
    }
    // Bylines: "By Jane Doe", "By Owen Reilly | 22 July".
    if words.raw.first().is_some_and(|w| *w == "By" || *w == "BY")
        && words
            .raw
            .get(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return Some(Verdict {
            category: Category::Meta,
            strong: true,
        });
    }
    // Dates: a month name next to a number, on a short line.
    let has_date = (0..n).any(|k| {
        crate::lexicon::in_words(MONTHS, lower[k])
            && [k.wrapping_sub(1), k + 1].iter().any(|&j| {
                lower
                    .get(j)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
            })
    });
    if has_date && n <= 10 {
        return Some(Verdict {
            category: Category::Meta,
            strong: true,
        });
    }
    // Rows of symbols or single letters: "A A A", "★★★★☆ (4/5)", "▶ 5:48".
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    let single_letters = words.raw.iter().filter(|w| w.chars().count() == 1).count();
    if visible > 0 && (letters * 2 < visible || (n >= 2 && single_letters == n)) {
        return Some(Verdict {
            category: Category::Share,
            strong: true,
        });
    }
    // Menu rows: two or more short segments separated by wide gaps or separators; a table
    // row when its last segment is a number ("Town centre       31.2").
    let segments = menu_segments(text);
    if segments.len() >= 2 && segments.iter().all(|s| s.split_whitespace().count() <= 4) {
        let figure = segments.last().is_some_and(|s| {
            s.starts_with(|c: char| c.is_ascii_digit())
                && s.chars().all(|c| c.is_ascii_digit() || ".,%".contains(c))
        });
        return Some(Verdict {
            category: if figure {
                Category::Table
            } else {
                Category::Nav
            },
            strong: true,
        });
    }
    None
}

/// Three or more cells (see [`menu_segments`]), at least two thirds of them with a digit.
fn is_figure_strip(text: &str) -> bool {
    let cells = menu_segments(text);
    let numeric = cells
        .iter()
        .filter(|c| c.bytes().any(|b| b.is_ascii_digit()))
        .count();
    cells.len() >= 3 && numeric * 3 >= cells.len() * 2
}

/// Splits a line at runs of 2+ spaces, tabs and separators such as `|`, `·`, `•`, `>`.
fn menu_segments(text: &str) -> Vec<&str> {
    let mut segments = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let separator = matches!(c, '|' | '·' | '•' | '›' | '»' | '>' | '\t' | '¦')
            || (c == ' ' && chars.peek().is_some_and(|(_, d)| *d == ' '));
        if separator {
            let piece = text[start..i].trim();
            if !piece.is_empty() {
                segments.push(piece);
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d == ' ' || d == '\t' {
                    chars.next();
                    end = j + 1;
                } else {
                    break;
                }
            }
            start = end;
        }
    }
    let piece = text[start..].trim();
    if !piece.is_empty() {
        segments.push(piece);
    }
    segments
}

/// True when the block reads as an author bio: it opens with a capitalised name and a
/// verb ("Jane Doe is a science writer…"), names a job, and is short; or it opens with the
/// name from the byline.
pub fn is_author_bio(words: &BlockWords, byline_names: &[String]) -> bool {
    let n = words.raw.len();
    if !(4..=60).contains(&n) {
        return false;
    }
    let name_len = words
        .raw
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    if !(2..=4).contains(&name_len) {
        return false;
    }
    let name = words.lower[..name_len].join(" ");
    // A plug for the author's work: "Naledi Mokoena's book The Curious Classroom is out".
    let (name, possessive) = match name.strip_suffix("'s").or(name.strip_suffix("’s")) {
        Some(owner) => (owner.to_string(), true),
        None => (name, false),
    };
    // The byline may run on into a capitalised word ("By Owen Pritchard | Updated 21 May"
    // gives "owen pritchard updated"): the bio's name is the byline's first words.
    let from_byline = byline_names.iter().any(|b| {
        b.strip_prefix(name.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    let verb = words.lower.get(name_len).copied();
    // A short note on a person that plugs their book ("Marta Lindqvist leads the ice core
    // laboratory at the University of Bern. Her book, Frozen Archives, is out now.").
    if !possessive && n <= 40 && plugs_a_book(&words.lower[name_len..]) {
        return true;
    }
    if possessive {
        return from_byline
            && matches!(
                verb,
                Some("book" | "new" | "latest" | "novel" | "podcast" | "newsletter" | "column")
            );
    }
    let bio_verb = matches!(
        verb,
        Some("is" | "was" | "has" | "writes" | "covers" | "reports" | "tests" | "joined" | "lives")
    );
    let role = words.lower.iter().any(|w| ROLES.contains(w));
    // "… covers phones and wearables for TechBeat."
    let writes_for = matches!(verb, Some("writes" | "covers" | "reports"))
        && n >= name_len + 4
        && words.lower[n - 2] == "for"
        && words.raw[n - 1]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    bio_verb && (role || from_byline || writes_for)
}

/// A line of two to twelve people's names and nothing else: names of two to four
/// capitalised words (name particles such as "van" or "de" allowed), separated by commas,
/// semicolons, "and" or "&", each perhaps marked with an affiliation ("Hannah Lee²",
/// "Tomás Ferreira*"). A list of places reads the same but has single-word entries too,
/// or is a sentence.
fn is_author_list(line: &str) -> bool {
    // Names are listed with commas or "and"; a menu row is spaced out ("Drugs &
    // Supplements  Well-being  Tools").
    if line.contains("  ") || !(line.contains(',') || line.contains(" and ")) {
        return false;
    }
    // Entries so far, and words in the current entry.
    let (mut entries, mut words) = (0usize, 0usize);
    let mut last_len = 0;
    let mut close = |words: &mut usize, last_len: usize| {
        let ok = (2..=4).contains(words) && last_len > 1;
        entries += 1;
        *words = 0;
        ok
    };
    for raw in line.split_whitespace() {
        if raw == "and" || raw == "&" {
            if !close(&mut words, last_len) {
                return false;
            }
            continue;
        }
        let ends_entry = matches!(raw.chars().next_back(), Some(',' | ';'));
        // Without the separator and an affiliation mark ("Lee²,", "Ferreira*", "Vries1").
        let mut word = raw;
        while let Some(c) = word.chars().next_back() {
            if !matches!(c, ',' | ';' | '*' | '†' | '‡' | '0'..='9' | '¹' | '²' | '³' | '⁴'..='⁹')
            {
                break;
            }
            word = &word[..word.len() - c.len_utf8()];
        }
        let particle = matches!(
            word,
            "van" | "von" | "de" | "da" | "di" | "del" | "der" | "le"
        );
        let mut chars = word.chars();
        let name_word = chars.next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !(particle || name_word) {
            return false;
        }
        words += 1;
        last_len = word.chars().count();
        if ends_entry && !close(&mut words, last_len) {
            return false;
        }
    }
    let complete = words == 0 || close(&mut words, last_len);
    complete && (2..=12).contains(&entries)
}

/// True when the words hold "his/her/their (new) book/novel/memoir" and, after it, a
/// publication phrase ("is out", "out now", "published by", "available from").
fn plugs_a_book(lower: &[&str]) -> bool {
    let Some(at) = lower.windows(3).position(|w| {
        matches!(w[0], "his" | "her" | "their")
            && (matches!(w[1], "book" | "novel" | "memoir")
                || matches!(w[1], "new" | "latest" | "debut")
                    && matches!(w[2], "book" | "novel" | "memoir"))
    }) else {
        return false;
    };
    lower[at + 2..].windows(2).any(|w| {
        matches!(
            (w[0], w[1]),
            ("is", "out") | ("out", "now") | ("published", "by") | ("available", "from")
        )
    })
}

/// True when the block is a letter's sign-off: a short closing line ending in a comma
/// ("Happy sowing,", "Best wishes,") over a name line ("Tom Ashby").
pub fn is_sign_off(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let (Some(closing), Some(name), None) = (lines.next(), lines.next(), lines.next()) else {
        return false;
    };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    closing.ends_with(',')
        && closing.split_whitespace().count() <= 4
        && (1..=4).contains(&name_words.len())
        && name_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.ends_with(['.', '!', '?', ':'])
}

/// The name in a byline block ("By Owen Reilly | 22 July" gives "owen reilly").
pub fn byline_name(words: &BlockWords) -> Option<String> {
    let by = words.lower.iter().position(|w| *w == "by")?;
    let name: Vec<&str> = words.raw[by + 1..]
        .iter()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(4)
        .copied()
        .collect();
    (name.len() >= 2).then(|| crate::vocab::lowercase(&name.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Test helper: block words with leaked lower-case forms.
    fn block_words(raw: Vec<&'static str>) -> BlockWords<'static> {
        let lower: Vec<&'static str> = raw
            .iter()
            .map(|w| &*Box::leak(crate::vocab::normalise(w).into_boxed_str()))
            .collect();
        // Furniture judgement reads words, not ids; ids matter to repeat finding only.
        let ids = (0..raw.len() as u32).collect();
        let cue_start = lower.iter().map(|w| starts_cue(w)).collect();
        BlockWords {
            raw,
            lower,
            ids,
            cue_start,
        }
    }

    fn verdict(text: &'static str) -> Option<Category> {
        let raw: Vec<&str> =
            unicode_segmentation::UnicodeSegmentation::unicode_words(text).collect();
        judge(text, &block_words(raw), crate::segment::ends_sentence(text)).map(|v| v.category)
    }

    #[test]
    fn press_release_closing_matter() {
        assert_eq!(verdict("About Halden Biotech"), Some(Category::Corporate));
        assert_eq!(verdict("About HB-214"), Some(Category::Corporate));
        assert_eq!(verdict("Notes to editors"), Some(Category::Corporate));
        assert_eq!(verdict("Media contact"), Some(Category::Corporate));
        assert_eq!(verdict("About a third of patients improved."), None);
        assert!(Category::Corporate.starts_section() && Category::Corporate.takes_a_paragraph());
    }

    #[test]
    fn printed_documents_and_live_pages() {
        // Live-blog and PDF time stamps, captions, table rows and footnotes.
        assert_eq!(verdict("Updated at 11.42 GMT"), Some(Category::Meta));
        assert_eq!(verdict("12.31 GMT"), Some(Category::Meta));
        assert_eq!(verdict("The ferry left at 11.42 on Thursday."), None);
        assert_eq!(
            verdict("Table 2.1 Leakage by district metered area, 2025 (megalitres per day)"),
            Some(Category::Table)
        );
        assert_eq!(
            verdict("Figure 3: Rainfall by month"),
            Some(Category::Table)
        );
        assert_eq!(
            verdict("Table 2 shows that leakage fell in every district of the town."),
            None
        );
        assert_eq!(verdict("Town centre       31.2"), Some(Category::Table));
        // A specification strip too long for a short line.
        assert_eq!(
            verdict("Specifications: Suction 6,000 Pa | Battery 5,200 mAh | Dustbin 300 ml | Weight 3.6 kg"),
            Some(Category::Table)
        );
        assert_eq!(
            verdict("Markets | Companies | Economy | Personal Finance | Opinion"),
            Some(Category::Nav)
        );
        assert_eq!(verdict("Reviews   Guides   Deals"), Some(Category::Nav));
        assert_eq!(
            verdict("¹ Trial results are in Appendix B.\n² Pressure management is in section 4.3."),
            Some(Category::Notes)
        );
        assert!(is_clock_time("9:05am") && is_clock_time("23.59") && !is_clock_time("24.00"));
        assert!(!is_clock_time("2.5") && !is_clock_time("2025"));
    }

    #[test]
    fn furniture_lines() {
        assert_eq!(verdict("Share  Tweet  Email  Print"), Some(Category::Share));
        assert_eq!(verdict("2,481 views"), Some(Category::Meta));
        assert_eq!(verdict("By Tom Hadley"), Some(Category::Meta));
        assert_eq!(
            verdict("Published 14 November · Updated 15 November"),
            Some(Category::Meta)
        );
        assert_eq!(verdict("A A A"), Some(Category::Share));
        assert_eq!(
            verdict("Reviews   Guides   Deals   About"),
            Some(Category::Nav)
        );
        assert_eq!(
            verdict("© 2024 Millbrook Courier Ltd. All rights reserved."),
            Some(Category::Footer)
        );
        assert_eq!(
            verdict("We and our partners use cookies to personalise content and ads. Click 'Accept all' to consent."),
            Some(Category::Consent)
        );
        assert_eq!(verdict("Related articles"), Some(Category::Related));
    }

    #[test]
    fn article_text_is_not_furniture() {
        assert_eq!(verdict("Share prices fell sharply on Monday"), None);
        assert_eq!(verdict("Verdict"), None);
        assert_eq!(
            verdict("The company said it changed its privacy policy after regulators objected to how it handled consent."),
            None
        );
        assert_eq!(
            verdict("By continuing to browse the archive, researchers found new letters."),
            None
        );
    }

    #[test]
    fn bios() {
        let raw: Vec<&str> = "Owen Reilly is a science writer based in Dublin"
            .split(' ')
            .collect();
        assert!(is_author_bio(&block_words(raw), &[]));
        let raw: Vec<&str> = "Library manager Janet Okoye said about 9,000 books had been lost"
            .split(' ')
            .collect();
        assert!(!is_author_bio(&block_words(raw), &[]));
        let raw: Vec<&str> = "Tom Adebayo covers phones and wearables for TechBeat"
            .split(' ')
            .collect();
        assert!(is_author_bio(&block_words(raw), &[]));
        let raw: Vec<&str> = "Kyle Brandt said repairs were easy for Fairview owners"
            .split(' ')
            .collect();
        assert!(!is_author_bio(&block_words(raw), &[]));
        // Named in a byline that ran on into "Updated": still the byline's author.
        let raw: Vec<&str> = "Owen Pritchard has reviewed home tech for nine years"
            .split(' ')
            .collect();
        let byline = ["owen pritchard updated".to_string()];
        assert!(is_author_bio(&block_words(raw.clone()), &byline));
        assert!(!is_author_bio(
            &block_words(raw),
            &["owen pritchardson".to_string()]
        ));
        // A plug for the byline author's book; not a quoted source's.
        let raw: Vec<&str> = "Naledi Mokoena's book The Curious Classroom is out now."
            .split(' ')
            .collect();
        assert!(is_author_bio(
            &block_words(raw.clone()),
            &["naledi mokoena".to_string()]
        ));
        assert!(!is_author_bio(
            &block_words(raw),
            &["owen pritchard".to_string()]
        ));
    }

    #[test]
    fn book_plugs_and_editors_notes() {
        let words = |text: &'static str| {
            block_words(unicode_segmentation::UnicodeSegmentation::unicode_words(text).collect())
        };
        // A note on an interviewee that plugs her book; not a sentence about someone's book.
        assert!(is_author_bio(
            &words(
                "Marta Lindqvist leads the ice core laboratory at the University of Bern. \
                 Her book, Frozen Archives, is out now from Northlight Press."
            ),
            &[]
        ));
        assert!(!is_author_bio(
            &words("Marta Lindqvist said her book on glaciers took ten years to write."),
            &[]
        ));
        assert_eq!(
            verdict("This interview has been edited for length and clarity."),
            Some(Category::Editorial)
        );
        assert_eq!(
            verdict("The conversation has been condensed and edited."),
            Some(Category::Editorial)
        );
        assert_eq!(
            verdict(
                "This article appears in the February issue of Coastlines. Subscribe for £5 \
                 an issue."
            ),
            Some(Category::Editorial)
        );
        assert_eq!(
            verdict(
                "The council edited the plan for clarity after residents, shop owners and \
                 two local schools complained that the first version was hard to follow."
            ),
            None
        );
    }

    #[test]
    fn author_lines() {
        assert!(is_author_list("Priya Raman, Tomás Ferreira, Hannah Lee"));
        assert!(is_author_list("Anna de Vries¹, Jan van Dijk² and Li Wei*"));
        assert_eq!(
            verdict("Priya Raman, Tomás Ferreira, Hannah Lee"),
            Some(Category::Meta)
        );
        // Places with a one-word entry, a menu, a sentence: not author lines.
        assert!(!is_author_list("North Korea, South Korea and Japan"));
        assert!(!is_author_list("Home, News, Sport"));
        assert!(!is_author_list("Priya Raman"));
        assert!(!is_author_list(
            "Conditions  Drugs & Supplements  Well-being  Tools  Newsletters"
        ));
        assert_eq!(
            verdict("Priya Raman, Tomás Ferreira and Hannah Lee agreed."),
            None
        );
    }

    #[test]
    fn furniture_in_other_languages() {
        assert_eq!(verdict("Zum Inhalt springen"), Some(Category::Skip));
        assert_eq!(verdict("Mehr zum Thema"), Some(Category::Related));
        assert_eq!(
            verdict("Artikel teilen   Merken   Drucken"),
            Some(Category::Share)
        );
        assert_eq!(
            verdict(
                "Newsletter abonnieren: Die wichtigsten Nachrichten des Tages, jeden Morgen in \
                 Ihrem Postfach."
            ),
            Some(Category::Subscribe)
        );
        assert_eq!(verdict("Tous droits réservés"), Some(Category::Footer));
        assert_eq!(verdict("Lee también"), Some(Category::Related));
        // A German sentence that shares a word with a cue is text.
        assert_eq!(
            verdict(
                "Die Gewerkschaft will die Arbeit gerecht teilen, sagte der Vorsitzende am \
                 Dienstag in Frankfurt."
            ),
            None
        );
    }

    #[test]
    fn shop_buttons_and_review_links() {
        assert_eq!(verdict("$499 at Amazon"), Some(Category::Ad));
        assert_eq!(verdict("£39.99 from Argos"), Some(Category::Ad));
        assert_eq!(verdict("Read our Pulse 8 review"), Some(Category::Ad));
        assert_eq!(verdict("Check availability"), Some(Category::Ad));
        assert_eq!(verdict("Book now"), Some(Category::Ad));
        assert_eq!(verdict("$499 is the price"), None);
    }

    #[test]
    fn sign_offs_and_calls_to_action() {
        assert!(is_sign_off("Happy sowing,\nTom Ashby"));
        assert!(is_sign_off("Best wishes,\n  Ana"));
        assert!(!is_sign_off("Sow two seeds per pot,\nthen water them."));
        assert!(!is_sign_off("In the end, as the river rose,\nNobody Left"));
        assert_eq!(
            verdict("Did you make this recipe? Tag @theslowpantry on Instagram!"),
            Some(Category::Share)
        );
        assert_eq!(
            verdict("Email the editor at news@example.org with tips."),
            None
        );
        assert_eq!(
            verdict("ADVERTISEMENT Story continues below"),
            Some(Category::Ad)
        );
        assert_eq!(
            verdict("Related: How wolves changed the rivers of Yellowstone"),
            Some(Category::Related)
        );
        assert_eq!(verdict("Page 4 of 36"), Some(Category::Meta));
        assert_eq!(
            verdict("Annual Report 2023 — Harlow Valley Water Trust          3"),
            Some(Category::Meta)
        );
        assert_eq!(verdict("Page design"), None);
        assert_eq!(
            verdict("Related to this, the council said it would review the plans by June."),
            None
        );
    }
}
