//! The standard readability formulas, as pure functions of [`Counts`], with their
//! published constants:
//!
//! | id | formula |
//! | --- | --- |
//! | flesch-reading-ease | 206.835 − 1.015·ASL − 84.6·ASW |
//! | flesch-kincaid-grade | 0.39·ASL + 11.8·ASW − 15.59 |
//! | gunning-fog | 0.4·(ASL + 100·complex/words) |
//! | smog | 1.0430·√(polysyllables·30/sentences) + 3.1291 |
//! | coleman-liau | 0.0588·L − 0.296·S − 15.8 (L, S per 100 words) |
//! | automated-readability-index | 4.71·chars/words + 0.5·ASL − 21.43 (chars = letters and digits) |
//! | dale-chall | 0.1579·PDW + 0.0496·ASL, + 3.6365 when PDW > 5 % |
//! | spache | 0.121·ASL + 0.082·PUW + 0.659 (revised 1974) |
//! | linsear-write | (easy + 3·hard)/sentences on a 100-word sample; > 20 → /2, else (−2)/2 |
//! | forcast | 20 − monosyllables per 150 words / 10 |
//! | lix | ASL + 100·long/words (long = 7+ letters) |
//! | rix | long words / sentences |
//!
//! ASL = words per sentence, ASW = syllables per word, PDW = % difficult (not familiar)
//! words, PUW = % unique unfamiliar words. `value` is the formula's raw output; `grade` is a
//! US school grade clamped to 0–22 (null for Flesch Reading Ease and LIX, which are not grade
//! scales). Texts without words give no formulas (the caller warns).

use crate::analysis::{Formula, Inputs};

/// Everything the formulas read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Words.
    pub words: f64,
    /// Sentences with at least one word.
    pub sentences: f64,
    /// Syllables.
    pub syllables: f64,
    /// Letters and digits inside words.
    pub letters: f64,
    /// Words of 3+ syllables.
    pub polysyllables: f64,
    /// Words of 1 syllable.
    pub monosyllables: f64,
    /// Gunning-fog complex words.
    pub complex_words: f64,
    /// Words of 7+ letters.
    pub long_words: f64,
    /// Words not familiar by Dale–Chall.
    pub difficult_words: f64,
    /// Distinct words not familiar by Spache.
    pub unique_unfamiliar: f64,
    /// Linsear Write sample: words of ≤ 2 syllables.
    pub linsear_easy: f64,
    /// Linsear Write sample: words of 3+ syllables.
    pub linsear_hard: f64,
    /// Linsear Write sample: sentences.
    pub linsear_sentences: f64,
}

/// Difficulty bands, from the easiest.
pub const BANDS: [&str; 7] = [
    "very-easy",
    "easy",
    "fairly-easy",
    "standard",
    "fairly-difficult",
    "difficult",
    "very-difficult",
];

/// The band of a US grade: below 6 very easy, 6 easy, 7 fairly easy, 8–9 standard,
/// 10–12 fairly difficult, 13–16 (college) difficult, 17+ very difficult — the grade
/// equivalents of Flesch's reading-ease table.
pub fn band_of_grade(grade: f64) -> &'static str {
    let index = match grade {
        g if g < 6.0 => 0,
        g if g < 7.0 => 1,
        g if g < 8.0 => 2,
        g if g < 10.0 => 3,
        g if g < 13.0 => 4,
        g if g < 17.0 => 5,
        _ => 6,
    };
    BANDS[index]
}

/// Flesch's own bands for reading ease (90+ very easy … below 30 very difficult).
fn band_of_reading_ease(score: f64) -> &'static str {
    let index = match score {
        s if s >= 90.0 => 0,
        s if s >= 80.0 => 1,
        s if s >= 70.0 => 2,
        s if s >= 60.0 => 3,
        s if s >= 50.0 => 4,
        s if s >= 30.0 => 5,
        _ => 6,
    };
    BANDS[index]
}

/// Björnsson's LIX bands: below 25 very easy, 25–34 easy, 35–44 standard, 45–54
/// difficult, 55+ very difficult.
fn band_of_lix(score: f64) -> &'static str {
    match score {
        s if s < 25.0 => BANDS[0],
        s if s < 35.0 => BANDS[1],
        s if s < 45.0 => BANDS[3],
        s if s < 55.0 => BANDS[5],
        _ => BANDS[6],
    }
}

fn per(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

fn clamp_grade(g: f64) -> f64 {
    if g.is_finite() {
        g.clamp(0.0, 22.0)
    } else {
        0.0
    }
}

/// Words per sentence.
pub fn asl(c: &Counts) -> f64 {
    per(c.words, c.sentences)
}

/// Syllables per word.
pub fn asw(c: &Counts) -> f64 {
    per(c.syllables, c.words)
}

/// Flesch Reading Ease (Flesch 1948).
pub fn flesch_reading_ease(c: &Counts) -> f64 {
    206.835 - 1.015 * asl(c) - 84.6 * asw(c)
}

/// Flesch–Kincaid grade level (Kincaid et al. 1975).
pub fn flesch_kincaid_grade(c: &Counts) -> f64 {
    0.39 * asl(c) + 11.8 * asw(c) - 15.59
}

/// Gunning fog index (Gunning 1952).
pub fn gunning_fog(c: &Counts) -> f64 {
    0.4 * (asl(c) + 100.0 * per(c.complex_words, c.words))
}

/// SMOG grade (McLaughlin 1969), scaled to 30 sentences.
pub fn smog(c: &Counts) -> f64 {
    1.0430 * (c.polysyllables * per(30.0, c.sentences)).sqrt() + 3.1291
}

/// Coleman–Liau index (Coleman & Liau 1975).
pub fn coleman_liau(c: &Counts) -> f64 {
    let l = per(c.letters, c.words) * 100.0;
    let s = per(c.sentences, c.words) * 100.0;
    0.0588 * l - 0.296 * s - 15.8
}

/// Automated Readability Index (Smith & Senter 1967).
pub fn automated_readability_index(c: &Counts) -> f64 {
    4.71 * per(c.letters, c.words) + 0.5 * asl(c) - 21.43
}

/// New Dale–Chall raw score (Chall & Dale 1995).
pub fn dale_chall(c: &Counts) -> f64 {
    let pdw = per(c.difficult_words, c.words) * 100.0;
    let raw = 0.1579 * pdw + 0.0496 * asl(c);
    if pdw > 5.0 {
        raw + 3.6365
    } else {
        raw
    }
}

/// Grade equivalent of a Dale–Chall score (the published table; the middle of each range).
pub fn dale_chall_grade(score: f64) -> f64 {
    match score {
        s if s < 5.0 => 4.0,
        s if s < 6.0 => 5.5,
        s if s < 7.0 => 7.5,
        s if s < 8.0 => 9.5,
        s if s < 9.0 => 11.5,
        s if s < 10.0 => 14.0,
        _ => 16.0,
    }
}

/// Revised Spache grade (Spache 1974).
pub fn spache(c: &Counts) -> f64 {
    0.121 * asl(c) + 0.082 * per(c.unique_unfamiliar, c.words) * 100.0 + 0.659
}

/// Linsear Write grade on the sample in `c`.
pub fn linsear_write(c: &Counts) -> f64 {
    let raw = per(c.linsear_easy + 3.0 * c.linsear_hard, c.linsear_sentences);
    if raw > 20.0 {
        raw / 2.0
    } else {
        (raw - 2.0) / 2.0
    }
}

/// FORCAST grade (Caylor et al. 1973).
pub fn forcast(c: &Counts) -> f64 {
    20.0 - per(c.monosyllables, c.words) * 150.0 / 10.0
}

/// LIX (Björnsson 1968).
pub fn lix(c: &Counts) -> f64 {
    asl(c) + 100.0 * per(c.long_words, c.words)
}

/// RIX (Anderson 1983).
pub fn rix(c: &Counts) -> f64 {
    per(c.long_words, c.sentences)
}

/// Grade equivalent of a RIX score (Anderson's table).
pub fn rix_grade(score: f64) -> f64 {
    const TABLE: [(f64, f64); 12] = [
        (7.2, 13.0),
        (6.2, 12.0),
        (5.3, 11.0),
        (4.5, 10.0),
        (3.7, 9.0),
        (3.0, 8.0),
        (2.4, 7.0),
        (1.8, 6.0),
        (1.3, 5.0),
        (0.8, 4.0),
        (0.5, 3.0),
        (0.2, 2.0),
    ];
    TABLE
        .iter()
        .find(|(min, _)| score >= *min)
        .map_or(1.0, |(_, grade)| *grade)
}

/// Formula ids that count towards the consensus grade.
pub const CONSENSUS_IDS: [&str; 9] = [
    "flesch-kincaid-grade",
    "gunning-fog",
    "smog",
    "coleman-liau",
    "automated-readability-index",
    "dale-chall",
    "linsear-write",
    "forcast",
    "rix",
];

fn inputs(pairs: &[(&'static str, f64)]) -> Inputs {
    Inputs::new(pairs)
}

/// A grade-level formula's row: its grade clamped to 0–22 and banded.
#[inline(never)]
fn grade_formula(
    id: &'static str,
    name: &'static str,
    value: f64,
    grade: f64,
    inputs: Inputs,
    note: String,
) -> Formula {
    let grade = clamp_grade(grade);
    Formula {
        id,
        name,
        value,
        grade: Some(grade),
        band: band_of_grade(grade).to_string(),
        inputs,
        note,
    }
}

/// Every formula, in a fixed order.
pub fn all(c: &Counts) -> Vec<Formula> {
    let words = ("words", c.words);
    let sentences = ("sentences", c.sentences);
    let short = if c.words < 100.0 {
        " Unreliable under 100 words."
    } else {
        ""
    };
    // A note, with the short-text caveat when it applies (one routine, not a `format!` per
    // formula: the engine's size is a feature).
    let noted = |text: &str| {
        let mut note = String::with_capacity(text.len() + short.len());
        note.push_str(text);
        note.push_str(short);
        note
    };
    let fre = flesch_reading_ease(c);
    let dc = dale_chall(c);
    let rx = rix(c);
    let lx = lix(c);
    let smog_note = if c.sentences < 30.0 {
        format!(
            "Calibrated on 30-sentence samples; this text has {} sentences.",
            c.sentences as u64
        )
    } else {
        "Calibrated on 30-sentence samples.".to_string()
    };
    vec![
        Formula {
            id: "flesch-reading-ease",
            name: "Flesch Reading Ease",
            value: fre,
            grade: None,
            band: band_of_reading_ease(fre).to_string(),
            inputs: inputs(&[words, sentences, ("syllables", c.syllables)]),
            note: noted("0–100 scale, higher is easier; calibrated for English."),
        },
        grade_formula(
            "flesch-kincaid-grade",
            "Flesch–Kincaid Grade Level",
            flesch_kincaid_grade(c),
            flesch_kincaid_grade(c),
            inputs(&[words, sentences, ("syllables", c.syllables)]),
            noted("US grade from sentence length and syllables per word."),
        ),
        grade_formula(
            "gunning-fog",
            "Gunning Fog Index",
            gunning_fog(c),
            gunning_fog(c),
            inputs(&[words, sentences, ("complexWords", c.complex_words)]),
            noted("Complex words: 3+ syllables, not names, compounds or -es/-ed/-ing forms."),
        ),
        grade_formula(
            "smog",
            "SMOG Grade",
            smog(c),
            smog(c),
            inputs(&[sentences, ("polysyllables", c.polysyllables)]),
            smog_note,
        ),
        grade_formula(
            "coleman-liau",
            "Coleman–Liau Index",
            coleman_liau(c),
            coleman_liau(c),
            inputs(&[words, sentences, ("letters", c.letters)]),
            noted("Uses letters, not syllables."),
        ),
        grade_formula(
            "automated-readability-index",
            "Automated Readability Index",
            automated_readability_index(c),
            automated_readability_index(c),
            inputs(&[words, sentences, ("characters", c.letters)]),
            noted("Characters are letters and digits."),
        ),
        grade_formula(
            "dale-chall",
            "New Dale–Chall",
            dc,
            dale_chall_grade(dc),
            inputs(&[words, sentences, ("difficultWords", c.difficult_words)]),
            "Difficult words: not among about 3,000 familiar words (inflections and names count as familiar); grade from the published table.".to_string(),
        ),
        grade_formula(
            "spache",
            "Spache (revised)",
            spache(c),
            spache(c),
            inputs(&[words, sentences, ("uniqueUnfamiliarWords", c.unique_unfamiliar)]),
            "Designed for texts up to grade 4; not in the consensus.".to_string(),
        ),
        grade_formula(
            "linsear-write",
            "Linsear Write",
            linsear_write(c),
            linsear_write(c),
            inputs(&[
                ("sampleEasyWords", c.linsear_easy),
                ("sampleHardWords", c.linsear_hard),
                ("sampleSentences", c.linsear_sentences),
            ]),
            "Computed on the first 100 words (whole sentences).".to_string(),
        ),
        grade_formula(
            "forcast",
            "FORCAST",
            forcast(c),
            forcast(c),
            inputs(&[words, ("monosyllables", c.monosyllables)]),
            "Made for technical material, not prose; ignores sentence length.".to_string(),
        ),
        Formula {
            id: "lix",
            name: "LIX",
            value: lx,
            grade: None,
            band: band_of_lix(lx).to_string(),
            inputs: inputs(&[words, sentences, ("longWords", c.long_words)]),
            note: "Long words: 7+ letters; works across languages.".to_string(),
        },
        grade_formula(
            "rix",
            "RIX",
            rx,
            rix_grade(rx),
            inputs(&[sentences, ("longWords", c.long_words)]),
            "Long words per sentence; grade from Anderson's table.".to_string(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 0.01, "{a} vs {b}");
    }

    /// 100 words, 5 sentences, 140 syllables, 10 polysyllables, 8 complex, 450 letters,
    /// 20 long words, 12 difficult, 6 unique unfamiliar, 70 monosyllables.
    fn sample() -> Counts {
        Counts {
            words: 100.0,
            sentences: 5.0,
            syllables: 140.0,
            letters: 450.0,
            polysyllables: 10.0,
            monosyllables: 70.0,
            complex_words: 8.0,
            long_words: 20.0,
            difficult_words: 12.0,
            unique_unfamiliar: 6.0,
            linsear_easy: 90.0,
            linsear_hard: 10.0,
            linsear_sentences: 5.0,
        }
    }

    #[test]
    fn hand_computed_values() {
        let c = sample();
        close(flesch_reading_ease(&c), 206.835 - 1.015 * 20.0 - 84.6 * 1.4); // 68.095
        close(flesch_kincaid_grade(&c), 0.39 * 20.0 + 11.8 * 1.4 - 15.59); // 8.73
        close(gunning_fog(&c), 0.4 * (20.0 + 8.0)); // 11.2
        close(smog(&c), 1.0430 * (10.0f64 * 6.0).sqrt() + 3.1291); // 11.208
        close(coleman_liau(&c), 0.0588 * 450.0 - 0.296 * 5.0 - 15.8); // 9.18
        close(
            automated_readability_index(&c),
            4.71 * 4.5 + 0.5 * 20.0 - 21.43,
        ); // 9.765
        close(dale_chall(&c), 0.1579 * 12.0 + 0.0496 * 20.0 + 3.6365); // 6.5113
        close(spache(&c), 0.121 * 20.0 + 0.082 * 6.0 + 0.659); // 3.571
        close(linsear_write(&c), 12.0); // raw (90 + 30) / 5 = 24 > 20 → 24 / 2
        close(forcast(&c), 20.0 - 70.0 * 1.5 / 10.0); // 9.5
        close(lix(&c), 20.0 + 20.0); // 40
        close(rix(&c), 4.0);
        assert_eq!(rix_grade(4.0), 9.0);
        assert_eq!(dale_chall_grade(6.5113), 7.5);
    }

    #[test]
    fn linsear_branches() {
        let mut c = sample();
        close(linsear_write(&c), 12.0); // raw 24 > 20
        c.linsear_sentences = 10.0; // raw 12 ≤ 20
        close(linsear_write(&c), 5.0);
    }

    /// Flesch's worked example ("The Art of Readable Writing"): 100 words in 5 sentences
    /// with 130 syllables → FRE = 206.835 − 20.3 − 109.98 = 76.555 ("fairly easy").
    #[test]
    fn flesch_worked_example() {
        let c = Counts {
            words: 100.0,
            sentences: 5.0,
            syllables: 130.0,
            ..Counts::default()
        };
        close(flesch_reading_ease(&c), 76.555);
        assert_eq!(band_of_reading_ease(76.555), "fairly-easy");
        close(flesch_kincaid_grade(&c), 7.55);
    }

    /// SMOG's worked example (McLaughlin 1969): 30 sentences with 42 polysyllables →
    /// 1.0430·√42 + 3.1291 = 9.89.
    #[test]
    fn smog_worked_example() {
        let c = Counts {
            sentences: 30.0,
            polysyllables: 42.0,
            ..Counts::default()
        };
        close(smog(&c), 9.8885);
    }

    #[test]
    fn empty_counts_are_finite() {
        for f in all(&Counts::default()) {
            assert!(f.value.is_finite(), "{}", f.id);
            assert!(f.grade.is_none_or(f64::is_finite), "{}", f.id);
        }
    }

    #[test]
    fn bands() {
        assert_eq!(band_of_grade(5.9), "very-easy");
        assert_eq!(band_of_grade(9.0), "standard");
        assert_eq!(band_of_grade(12.9), "fairly-difficult");
        assert_eq!(band_of_grade(18.0), "very-difficult");
        assert_eq!(band_of_lix(40.0), "standard");
    }
}
