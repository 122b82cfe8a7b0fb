//! A tournament tree over numbered slots of `f64` values: the slot of the largest value in O(1), the
//! largest value among all the others and a value's update in O(log n). The greedy planner picks the
//! best fix from it instead of scanning every candidate on every step.

/// Slots `0..len` with a value each; `f64::NEG_INFINITY` marks a slot that is out of the running.
#[derive(Debug, Clone)]
pub struct MaxTree {
    /// `(value, slot)`: leaves from `width` on (padding past `len` holds `-∞`); node `i` holds the larger
    /// of its two children (the left one, with the smaller slots, on equal values).
    nodes: Vec<(f64, usize)>,
    width: usize,
}

impl MaxTree {
    #[must_use]
    pub fn new(values: &[f64]) -> Self {
        let width = values.len().next_power_of_two().max(1);
        let mut nodes = vec![(f64::NEG_INFINITY, 0); 2 * width];
        for slot in 0..width {
            nodes[width + slot] = (values.get(slot).copied().unwrap_or(f64::NEG_INFINITY), slot);
        }
        for node in (1..width).rev() {
            nodes[node] = larger(nodes[2 * node], nodes[2 * node + 1]);
        }
        Self { nodes, width }
    }

    /// The value of `slot`.
    #[must_use]
    pub fn value(&self, slot: usize) -> f64 {
        self.nodes[self.width + slot].0
    }

    /// The slot of the largest value (the smallest such slot on a tie).
    #[must_use]
    pub fn top(&self) -> usize {
        self.nodes[1].1
    }

    /// The largest value among every slot but `slot`.
    #[must_use]
    pub fn largest_except(&self, slot: usize) -> f64 {
        let mut node = self.width + slot;
        let mut largest = f64::NEG_INFINITY;
        while node > 1 {
            largest = largest.max(self.nodes[node ^ 1].0);
            node /= 2;
        }
        largest
    }

    /// Sets `slot` to `value`.
    pub fn set(&mut self, slot: usize, value: f64) {
        let mut node = self.width + slot;
        self.nodes[node] = (value, slot);
        while node > 1 {
            node /= 2;
            let winner = larger(self.nodes[2 * node], self.nodes[2 * node + 1]);
            if winner.0.to_bits() == self.nodes[node].0.to_bits() && winner.1 == self.nodes[node].1
            {
                // Nothing above this node can change either.
                break;
            }
            self.nodes[node] = winner;
        }
    }
}

/// Of a left and a right node, the one with the larger value; the left one on a tie.
fn larger(left: (f64, usize), right: (f64, usize)) -> (f64, usize) {
    if right.0 > left.0 { right } else { left }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain answers, by scanning.
    fn top_by_scan(values: &[f64]) -> usize {
        let mut best = 0;
        for (slot, v) in values.iter().enumerate() {
            if *v > values[best] {
                best = slot;
            }
        }
        best
    }

    fn largest_except_by_scan(values: &[f64], except: usize) -> f64 {
        values
            .iter()
            .enumerate()
            .filter(|(slot, _)| *slot != except)
            .map(|(_, v)| *v)
            .fold(f64::NEG_INFINITY, f64::max)
    }

    #[test]
    fn ties_go_to_the_smaller_slot() {
        let tree = MaxTree::new(&[1.0, 3.0, 2.0, 3.0, 0.5]);
        assert_eq!(tree.top(), 1);
        assert!((tree.largest_except(1) - 3.0).abs() < f64::EPSILON);
        assert!((tree.largest_except(0) - 3.0).abs() < f64::EPSILON);
    }

    #[test]
    fn one_slot_and_all_out_of_the_running() {
        let mut tree = MaxTree::new(&[2.0]);
        assert_eq!(tree.top(), 0);
        assert!(tree.largest_except(0).is_infinite());
        tree.set(0, f64::NEG_INFINITY);
        assert!(tree.value(tree.top()).is_infinite());
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_scan_through_any_updates(
            start in proptest::collection::vec(0u8..20, 1..40),
            updates in proptest::collection::vec((0usize..40, 0u8..21), 0..80),
        ) {
            let mut values: Vec<f64> = start.iter().map(|&v| f64::from(v)).collect();
            let mut tree = MaxTree::new(&values);
            for (slot, value) in updates {
                let slot = slot % values.len();
                // 20 stands for "out of the running".
                let value = if value == 20 { f64::NEG_INFINITY } else { f64::from(value) };
                values[slot] = value;
                tree.set(slot, value);
                proptest::prop_assert_eq!(tree.top(), top_by_scan(&values));
                for except in 0..values.len() {
                    proptest::prop_assert_eq!(
                        tree.largest_except(except).to_bits(),
                        largest_except_by_scan(&values, except).to_bits()
                    );
                }
            }
        }
    }
}
