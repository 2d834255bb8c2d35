//! Which written form a phrase or word row shows.
//!
//! A row groups the forms of one stem ("rug", "rugs"; "repot", "repotting"). It shows its
//! most frequent form, except in English when the text uses the plural, or for a single
//! word the "-ing" form, for a good share of the occurrences: then that form names the
//! topic, as an editor's tags do ("rugs", "heatwaves", "repotting"), and "rug" 3 / "rugs" 2
//! shows "rugs". A form that occurs only once among many stays a variant ("battery" 6 /
//! "batteries" 2 shows "battery").

/// A plural or "-ing" form wins at this share of the occurrences or more (two in five).
const SHARE_NUMERATOR: usize = 2;
const SHARE_DENOMINATOR: usize = 5;

/// The form to show among `forms` (as written, with their counts, in order of first
/// occurrence; possessives already stripped). `single_word`: the row is one word, so an
/// "-ing" form may name it. Outside English, and without such a variant, the most frequent
/// form (the first written among equals).
pub fn pick<'f>(forms: &[(&'f str, usize)], english: bool, single_word: bool) -> &'f str {
    let shown = |i: Option<usize>| i.map_or("", |i| forms[i].0);
    let base = most_frequent(forms, &|_| true);
    if !english || forms.len() < 2 {
        return shown(base);
    }
    // Which forms are a plural (bit 1) or an "-ing" form (bit 2) of another form of the row.
    let lower: Vec<String> = forms
        .iter()
        .map(|(f, _)| crate::vocab::lowercase(f))
        .collect();
    let mut variant = vec![0u8; forms.len()];
    for (i, form) in lower.iter().enumerate() {
        for other in lower.iter().filter(|o| *o != form) {
            if plural_of(form, other) {
                variant[i] |= PLURAL;
            }
            if single_word && gerund_of(form, other) {
                variant[i] |= GERUND;
            }
        }
    }
    let total: usize = forms.iter().map(|(_, n)| n).sum();
    for bit in [PLURAL, GERUND] {
        let share: usize = (0..forms.len())
            .filter(|&i| variant[i] & bit != 0)
            .map(|i| forms[i].1)
            .sum();
        if share > 0 && share * SHARE_DENOMINATOR >= total * SHARE_NUMERATOR {
            return shown(most_frequent(forms, &|i| variant[i] & bit != 0));
        }
    }
    shown(base)
}

const PLURAL: u8 = 1;
const GERUND: u8 = 2;

/// Index of the most frequent form that `keep` accepts; the first written among equals.
fn most_frequent(forms: &[(&str, usize)], keep: &dyn Fn(usize) -> bool) -> Option<usize> {
    (0..forms.len())
        .rev()
        .filter(|&i| keep(i))
        .max_by_key(|&i| forms[i].1)
}

/// `form` is the regular or common irregular plural of `other` (lower case; in a phrase,
/// of its last word: "smart meters" of "smart meter").
fn plural_of(form: &str, other: &str) -> bool {
    if let Some(stem) = form.strip_suffix('s') {
        if stem == other || form.strip_suffix("es") == Some(other) {
            return true;
        }
    }
    let ends = |suffix: &str, replace: &str| {
        form.strip_suffix(suffix)
            .zip(other.strip_suffix(replace))
            .is_some_and(|(a, b)| a == b && !a.is_empty())
    };
    // "cities" / "city", "leaves" / "leaf", "knives" / "knife", "women" / "woman".
    ends("ies", "y") || ends("ves", "f") || ends("ves", "fe") || ends("men", "man")
}

/// `form` is the "-ing" form of the verb `other` ("repotting" / "repot", "storing" /
/// "store", "watering" / "water").
fn gerund_of(form: &str, other: &str) -> bool {
    let Some(stem) = form.strip_suffix("ing") else {
        return false;
    };
    stem == other
        // A doubled final consonant: "repotting", "shopping". (The last char, not the
        // last byte: "aßing" once split a 'ß' in two.)
        || stem
            .char_indices()
            .next_back()
            .is_some_and(|(last, _)| last > 0 && &stem[..last] == other)
            && other.ends_with(|c: char| !"aeiou".contains(c))
        // A dropped final "e": "storing", "baking".
        || other.strip_suffix('e') == Some(stem)
}

#[cfg(test)]
mod tests {
    use super::pick;

    /// `(forms, english, single word, shown)`.
    type Case = (&'static [(&'static str, usize)], bool, bool, &'static str);

    fn check(cases: &[Case]) {
        for &(forms, english, single_word, shown) in cases {
            assert_eq!(pick(forms, english, single_word), shown, "{forms:?}");
        }
    }

    #[test]
    fn gerunds_of_words_ending_in_a_multibyte_letter() {
        // Found by fuzzing: the doubled-consonant test sliced the stem by bytes.
        assert!(!super::gerund_of("aßing", "a"));
        assert!(super::gerund_of("faßßing", "faß"));
        assert!(!super::gerund_of("ßing", "x"));
    }

    #[test]
    fn plural_shows_at_two_in_five() {
        check(&[
            (&[("rug", 3), ("rugs", 2)], true, true, "rugs"),
            (
                &[("heatwave", 1), ("heatwaves", 1)],
                true,
                true,
                "heatwaves",
            ),
            (&[("battery", 6), ("batteries", 2)], true, true, "battery"),
            (&[("leaf", 4), ("leaves", 3)], true, true, "leaves"),
            (
                &[("smart meter", 1), ("Smart meters", 1)],
                true,
                false,
                "Smart meters",
            ),
            // "researchers" is no plural of "research".
            (
                &[("research", 2), ("researchers", 2)],
                true,
                true,
                "research",
            ),
        ]);
    }

    #[test]
    fn gerund_names_a_single_word_row() {
        check(&[
            (&[("repot", 4), ("repotting", 3)], true, true, "repotting"),
            (&[("opt", 4), ("opting", 1)], true, true, "opt"),
            (&[("store", 2), ("storing", 2)], true, true, "storing"),
            // Not for a phrase, nor outside English.
            (&[("pot", 4), ("potting", 3)], true, false, "pot"),
            (&[("rug", 3), ("rugs", 2)], false, true, "rug"),
        ]);
    }

    #[test]
    fn most_frequent_otherwise() {
        check(&[
            (&[("film", 3), ("films", 1)], true, true, "film"),
            (&[("kettle", 1)], true, true, "kettle"),
            (&[], true, true, ""),
        ]);
    }
}
