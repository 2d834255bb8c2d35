//! A small, fast, deterministic hasher for the engine's internal maps and sets (word
//! lists, per-text vocabularies). Keys are short words, where the standard library's
//! SipHash costs more than the lookup itself. This is the multiply–rotate scheme used by
//! rustc's `FxHasher`, written here; it is not meant to resist crafted collisions.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Multiply–rotate hasher.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        // The last 1–7 bytes in at most two fixed-size loads (overlapping when 4–7 bytes),
        // never a variable-length copy: words are short, so this tail is most of the work.
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            let lo = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
            let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("4 bytes"));
            self.add(u64::from(lo) | u64::from(hi) << 32);
        } else if n > 0 {
            let bytes =
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16;
            self.add(bytes | (n as u64) << 24);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = HashSet<K, FxBuild>;

/// Hashes raw bytes with [`FxHasher`] (without the length marker `Hash for str` adds).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// Hashes a value with [`FxHasher`].
pub fn hash_one<T: std::hash::Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = FxHasher::default();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A set of items kept in the caller's own list, found by hash: an open-addressing table
/// of 8-byte slots (the item's index and the high half of its hash), not a map holding a
/// copy of every key. For the many distinct terms of a long text, where a map's slots
/// (key, value and control byte) took most of the keyword pass's table memory and grew
/// by doubling over the other tables.
#[derive(Default)]
pub struct IndexTable {
    /// Per slot: 0 when empty, else `index + 1` in the low half and the high half of the
    /// hash in the high half.
    slots: Vec<u64>,
    len: usize,
}

impl IndexTable {
    /// The index of the item equal to the one sought (`hash` its hash, `same` tests an
    /// index), or else `fresh`, now inserted; `hash_of` gives an indexed item's hash when
    /// the table grows. Returns the index and whether it was inserted.
    pub fn find_or_insert(
        &mut self,
        hash: u64,
        same: impl Fn(u32) -> bool,
        fresh: u32,
        hash_of: impl Fn(u32) -> u64,
    ) -> (u32, bool) {
        if (self.len + 1) * 8 > self.slots.len() * 7 {
            self.grow(&hash_of);
        }
        let mask = self.slots.len() - 1;
        let tag = hash >> 32;
        let mut at = Self::start(hash) & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                self.slots[at] = tag << 32 | (u64::from(fresh) + 1);
                self.len += 1;
                return (fresh, true);
            }
            let index = (slot as u32).wrapping_sub(1);
            if slot >> 32 == tag && same(index) {
                return (index, false);
            }
            at = (at + 1) & mask;
        }
    }

    fn start(hash: u64) -> usize {
        // Fx hashes mix upward: fold the high bits into the slot number.
        (hash ^ hash >> 29) as usize
    }

    fn grow(&mut self, hash_of: &impl Fn(u32) -> u64) {
        let size = (self.slots.len() * 2).max(16);
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        let mask = size - 1;
        for slot in old.into_iter().filter(|&s| s != 0) {
            let hash = hash_of((slot as u32).wrapping_sub(1));
            let mut at = Self::start(hash) & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_table_finds_every_item_once() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{}", i % 1234)).collect();
        let mut items: Vec<&str> = Vec::new();
        let mut table = IndexTable::default();
        for w in &words {
            let fresh = items.len() as u32;
            let (index, new) = table.find_or_insert(
                hash_bytes(w.as_bytes()),
                |i| items[i as usize] == w.as_str(),
                fresh,
                |i| hash_bytes(items[i as usize].as_bytes()),
            );
            if new {
                items.push(w);
            }
            assert_eq!(items[index as usize], w.as_str());
        }
        assert_eq!(items.len(), 1234);
        // Colliding hashes are told apart by the items themselves.
        let mut table = IndexTable::default();
        let (a, _) = table.find_or_insert(7, |_| false, 0, |_| 7);
        let (b, new) = table.find_or_insert(7, |i| i == 1, 1, |_| 7);
        assert_eq!((a, b, new), (0, 1, true));
        assert_eq!(table.find_or_insert(7, |i| i == 1, 2, |_| 7), (1, false));
    }
}
