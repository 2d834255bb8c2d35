//! One sort routine for the whole engine.
//!
//! Each call of the standard library's sorts with a new element type or comparator compiles
//! a fresh copy of the sort (several KB of wasm each; nine copies were 15 % of the code).
//! Every sort here orders `(key, index)` pairs with one `sort_unstable` instantiation and
//! then moves the items into that order, so the engine carries the sort code once.

/// Sorts `items` by `key`, ascending; items with equal keys keep their order (stable).
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), |i| key(&items[i]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// The indexes `0..len` ordered by `key`, ascending; equal keys keep index order. For
/// large items this sorts without moving them.
pub fn sorted_indices(len: usize, key: impl Fn(usize) -> u128) -> Vec<u32> {
    let mut keyed: Vec<(u128, u32)> = (0..len).map(|i| (key(i), i as u32)).collect();
    sort_pairs(&mut keyed);
    // A table of its own: collected in place, the indexes kept the pairs' whole block
    // (24 bytes per index in wasm, not 4) for as long as they were held.
    let mut order = Vec::with_capacity(len);
    order.extend(keyed.iter().map(|&(_, i)| i));
    order
}

/// The one instantiation of the standard sort: `(key, index)` pairs, so equal keys keep
/// their index order.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u128, u32)]) {
    pairs.sort_unstable();
}

/// A key that orders numbers as [`f64::total_cmp`] does.
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A key for a pair of positions, ordered by the first and then the second.
pub fn span_key((a, b): (usize, usize)) -> u128 {
    (a as u128) << 64 | b as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_ordered() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |&(k, _)| k as u128);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut w: Vec<u8> = Vec::new();
        sort_by_key(&mut w, |&x| x as u128);
        assert!(w.is_empty());
        assert_eq!(sorted_indices(4, |i| [5, 2, 5, 0][i]), [3, 1, 0, 2]);
    }

    #[test]
    fn float_keys_follow_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -2.5,
            -0.0,
            0.0,
            1e-300,
            3.0,
            f64::INFINITY,
            f64::NAN,
        ];
        for pair in xs.windows(2) {
            assert_eq!(
                f64_key(pair[0]).cmp(&f64_key(pair[1])),
                pair[0].total_cmp(&pair[1]),
                "{pair:?}"
            );
        }
    }
}
