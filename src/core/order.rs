//! Sorting through one shared routine. Each standard `sort_by_key` with its own element and key
//! types builds its own copy of the sort algorithm (1 to 3 KB of wasm each, 58 KB over the app);
//! here every list sorts its positions with the one instance below, then moves its items once.
use std::cmp::Ordering;

/// Stable sort by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_in_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Stable sort by a key.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort in the natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

// The one standard sort of the app (clippy.toml forbids the others).
#[allow(clippy::disallowed_methods)]
fn positions_in_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |x| x.0);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut items, |a, b| b.1.cmp(&a.1));
        assert_eq!(items, [(1, 'e'), (2, 'd'), (3, 'c'), (1, 'b'), (3, 'a')]);
    }

    #[test]
    fn sorts_owned_values_and_empty_lists() {
        let mut words: Vec<String> = ["pear", "apple", "fig"].map(String::from).to_vec();
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        let mut none: Vec<String> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
