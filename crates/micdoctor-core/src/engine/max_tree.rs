//! A tournament tree over numbered slots of `f64` values: the slot of the largest value in O(1) and a
//! value's update in O(log n). The greedy planner picks the best fix from it instead of scanning every
//! candidate on every step; taking the top out leaves the runner-up on top.

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

    /// Sets `slot` to `value`.
    pub fn set(&mut self, slot: usize, value: f64) {
        let mut node = self.width + slot;
        let mut carried = (value, slot);
        self.nodes[node] = carried;
        while node > 1 {
            // The winner of this node and its sibling (the left one, node even, wins a tie).
            let sibling = self.nodes[node ^ 1];
            carried = if node.is_multiple_of(2) {
                larger(carried, sibling)
            } else {
                larger(sibling, carried)
            };
            node /= 2;
            let held = &mut self.nodes[node];
            if held.0.to_bits() == carried.0.to_bits() && held.1 == carried.1 {
                // Nothing above this node can change either.
                break;
            }
            *held = carried;
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

    #[test]
    fn ties_go_to_the_smaller_slot() {
        let mut tree = MaxTree::new(&[1.0, 3.0, 2.0, 3.0, 0.5]);
        assert_eq!(tree.top(), 1);
        tree.set(1, f64::NEG_INFINITY);
        assert_eq!(tree.top(), 3, "the runner-up, tied with the top, comes up");
        tree.set(1, 3.0);
        assert_eq!(tree.top(), 1, "and the smaller slot wins the tie again");
    }

    #[test]
    fn one_slot_and_all_out_of_the_running() {
        let mut tree = MaxTree::new(&[2.0]);
        assert_eq!(tree.top(), 0);
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
                let top = top_by_scan(&values);
                proptest::prop_assert_eq!(tree.top(), top);
                proptest::prop_assert_eq!(tree.value(top).to_bits(), values[top].to_bits());
            }
        }
    }
}
