//! The vocabulary of one text: every word token mapped to an id for its exact form and an
//! id for its lower-cased form (straight apostrophes), built once per analysis so that
//! statistics, language detection, readability and cleanup never lower-case or hash the
//! same word twice.

use crate::hash::FxHashMap;
use crate::segment::Word;
use std::borrow::Cow;

/// Ids of the distinct word forms of a text.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary<'t> {
    /// Distinct exact forms, by token id.
    pub tokens: Vec<&'t str>,
    /// Lower-case id of each token id.
    pub token_lower: Vec<u32>,
    /// Distinct lower-cased forms, by lower id: borrowed from the text when a token is
    /// already lower case (most are), so no form is copied needlessly.
    pub lowers: Vec<Cow<'t, str>>,
    /// Token id of each word of the segmentation.
    pub word_token: Vec<u32>,
}

/// Lower case, character by character (`str::to_lowercase` but for the Greek final-sigma
/// rule, which no analysis reads): one lower-casing routine in the engine instead of two.
#[inline(never)]
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Lower-cases a word and straightens its apostrophes; a word hyphenated by a hard wrap
/// ("aver-\nage") loses the hyphen and the line break.
pub fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    // A word hyphenated by a hard wrap ("aver-\nage") is the word without the break.
    if word.contains('\n') {
        let mut joined = String::with_capacity(word.len());
        for part in word.split('\n') {
            let part = part.trim();
            joined.push_str(part.strip_suffix('-').unwrap_or(part));
        }
        return normalise(&joined);
    }
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

impl<'t> Vocabulary<'t> {
    /// Builds the vocabulary of `words` (spans into `text`).
    pub fn build(text: &'t str, words: &[Word]) -> Self {
        // Distinct forms grow about as the square root of the text (Heaps' law): a
        // table sized for a third of the words, as suits an article, would hold mostly
        // empty slots for a book (1 MB of prose: ~57,000 slots for ~10,000 forms).
        let n = words.len();
        let expected = (n / 3).min(32 * n.isqrt()) + 64;
        let mut by_token: FxHashMap<&'t str, u32> =
            FxHashMap::with_capacity_and_hasher(expected, Default::default());
        let mut by_lower: FxHashMap<Cow<'t, str>, u32> =
            FxHashMap::with_capacity_and_hasher(expected, Default::default());
        let mut vocab = Vocabulary {
            word_token: Vec::with_capacity(words.len()),
            ..Vocabulary::default()
        };
        for word in words {
            let token = word.span.slice(text);
            let id = match by_token.get(token) {
                Some(&id) => id,
                None => {
                    let id = vocab.tokens.len() as u32;
                    // Most tokens are already lower case: borrow them instead of copying.
                    let lower: Cow<'t, str> = if token
                        .bytes()
                        .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
                    {
                        Cow::Borrowed(token)
                    } else {
                        Cow::Owned(normalise(token))
                    };
                    let lower_id = match by_lower.get(&lower) {
                        Some(&l) => l,
                        None => {
                            let l = by_lower.len() as u32;
                            by_lower.insert(lower, l);
                            l
                        }
                    };
                    vocab.tokens.push(token);
                    vocab.token_lower.push(lower_id);
                    by_token.insert(token, id);
                    id
                }
            };
            vocab.word_token.push(id);
        }
        // The forms move out of the table, each held once (a paste without spaces has
        // forms as long as sentences, and a copy of each doubled its memory).
        vocab.lowers = vec![Cow::Borrowed(""); by_lower.len()];
        for (form, id) in by_lower {
            vocab.lowers[id as usize] = form;
        }
        vocab
    }

    /// Lower id of word `index` of the segmentation.
    #[inline]
    pub fn lower_id(&self, index: usize) -> u32 {
        self.token_lower[self.word_token[index] as usize]
    }

    /// Lower-cased form of word `index` of the segmentation.
    #[inline]
    pub fn lower(&self, index: usize) -> &str {
        self.form(self.lower_id(index) as usize)
    }

    /// The lower-cased form of lower id `id` (a `Cow` read in place: its `Deref` was not
    /// inlined in the size-optimised build, and this is read for almost every word).
    #[inline]
    pub fn form(&self, id: usize) -> &str {
        match &self.lowers[id] {
            Cow::Borrowed(form) => form,
            Cow::Owned(form) => form.as_str(),
        }
    }
}
