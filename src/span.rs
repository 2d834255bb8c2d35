//! Byte spans inside the analysed text, and their conversion to UTF-16 offsets.
//!
//! The core works in UTF-8 byte offsets (`Span`). JavaScript indexes strings in UTF-16
//! code units, so the JS boundary converts every span once, through a [`Utf16Index`]
//! built in one pass over the text. This module does not know where spans come from.

use serde::Serialize;

/// A half-open range `start..end` of byte offsets into the analysed text.
///
/// Both ends always fall on `char` boundaries, so `&text[span.start..span.end]` never
/// panics for a span produced by this crate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// How many bytes lie between two checkpoints of a [`Utf16Index`].
const CHECKPOINT_STRIDE: usize = 64;

/// UTF-16 code units of UTF-8 `bytes` that start and end on char boundaries, straight from
/// the bytes: one per leading (non-continuation) byte, one more for a 4-byte char's leader
/// (a surrogate pair). Eight bytes at a time.
fn utf16_units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear. A 4-byte leader is
        // 11110xxx: bits 7 to 4 set.
        let continuation = x & !(x << 1) & HIGH;
        let four_byte = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuation.count_ones() as usize + four_byte.count_ones() as usize;
    }
    units
        + chunks
            .remainder()
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// It stores the UTF-16 offset of every 64th byte (1/16 of the text's size in memory)
/// and counts forward from the nearest checkpoint, so a lookup reads at most 64 bytes.
/// Pure-ASCII texts need no table at all.
#[derive(Debug)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `checkpoints[k]` = UTF-16 offset of byte `k * CHECKPOINT_STRIDE`, or of the start
    /// of the char containing that byte when it falls inside a multi-byte char.
    checkpoints: Option<Vec<u32>>,
}

impl<'t> Utf16Index<'t> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return Utf16Index {
                text,
                checkpoints: None,
            };
        }
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_STRIDE + 1);
        // Units of all bytes before the checkpoint byte, less those of the char that
        // contains it when it is not a char's first byte (its lead byte lies before).
        let mut units_before = 0usize;
        let mut at = 0usize;
        while at <= text.len() {
            let mut start = at;
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            checkpoints.push((units_before - utf16_units(&bytes[start..at])) as u32);
            let end = (at + CHECKPOINT_STRIDE).min(text.len());
            units_before += utf16_units(&bytes[at..end]);
            at += CHECKPOINT_STRIDE;
        }
        Utf16Index {
            text,
            checkpoints: Some(checkpoints),
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be a char boundary.
    pub fn utf16(&self, byte: usize) -> usize {
        let Some(checkpoints) = &self.checkpoints else {
            return byte;
        };
        let slot = byte / CHECKPOINT_STRIDE;
        let mut base = slot * CHECKPOINT_STRIDE;
        // Move back to the start of the char that contains the checkpoint byte.
        while !self.text.is_char_boundary(base) {
            base -= 1;
        }
        checkpoints[slot] as usize + utf16_units(&self.text.as_bytes()[base..byte])
    }

    /// The byte offset of UTF-16 offset `unit`, rounded down to a char boundary; offsets past
    /// the end give the text's length.
    pub fn byte(&self, unit: usize) -> usize {
        let Some(checkpoints) = &self.checkpoints else {
            return unit.min(self.text.len());
        };
        // The last checkpoint at or before `unit`, then count forward.
        let slot = checkpoints
            .partition_point(|&c| (c as usize) <= unit)
            .max(1)
            - 1;
        let mut byte = slot * CHECKPOINT_STRIDE;
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let mut units = checkpoints[slot] as usize;
        for ch in self.text[byte..].chars() {
            if units + ch.len_utf16() > unit {
                return byte;
            }
            units += ch.len_utf16();
            byte += ch.len_utf8();
        }
        self.text.len()
    }

    /// Converts a byte span into a UTF-16 span.
    pub fn span(&self, span: Span) -> Span {
        Span {
            start: self.utf16(span.start),
            end: self.utf16(span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_all_boundaries(text: &str) {
        let index = Utf16Index::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected: usize = text[..byte].encode_utf16().count();
            assert_eq!(index.utf16(byte), expected, "byte {byte} of {text:?}");
            assert_eq!(index.byte(expected), byte, "unit {expected} of {text:?}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        check_all_boundaries("Plain ASCII text. Two sentences.");
    }

    #[test]
    fn multibyte_before_spans() {
        check_all_boundaries("“Quoted” 😀 emoji, 中文字, e\u{301}, עברית and more 𝄞 music");
        let long: String = "é😀a中".repeat(200);
        check_all_boundaries(&long);
    }

    #[test]
    fn empty_text() {
        let index = Utf16Index::new("");
        assert_eq!(index.utf16(0), 0);
        let index = Utf16Index::new("é");
        assert_eq!(index.utf16(2), 1);
    }
}
