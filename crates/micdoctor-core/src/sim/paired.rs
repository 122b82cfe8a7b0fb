//! Two policies compared on the very same customers: the mean of the per-customer difference in
//! minutes, its 95 % interval, and how many customers each policy served sooner. Two means that differ by
//! less than the interval's half-width are a tie, not a win.

use serde::Serialize;

use super::run::{Policy, Run};

/// 97.5th percentile of the standard normal distribution: a two-sided 95 % interval.
const Z_95: f64 = 1.959_963_984_540_054;

/// `policy` against `other` on the same customers: `policy`'s minutes minus `other`'s.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Paired {
    pub policy: Policy,
    pub other: Policy,
    pub customers: usize,
    /// Mean of `policy`'s minutes minus `other`'s (negative: `policy` is quicker).
    pub mean_difference: f64,
    /// The 95 % interval of that mean (normal approximation over the per-customer differences).
    pub low_95: f64,
    pub high_95: f64,
    /// Customers `policy` served in fewer minutes than `other`, and in more.
    pub quicker: usize,
    pub slower: usize,
}

impl Paired {
    /// Compares `policy` with `other` over the run's customers; `None` when either did not run.
    #[must_use]
    pub fn of(run: &Run, policy: Policy, other: Policy) -> Option<Self> {
        let column = |p: Policy| {
            let index = run.policies.iter().position(|&q| q == p)?;
            run.visits.get(index)
        };
        let (a, b) = (column(policy)?, column(other)?);
        let differences: Vec<f64> = a
            .iter()
            .zip(b)
            .map(|(x, y)| x.minutes - y.minutes)
            .collect();
        let (mean, half_width) = mean_and_half_width(&differences);
        Some(Self {
            policy,
            other,
            customers: differences.len(),
            mean_difference: mean,
            low_95: mean - half_width,
            high_95: mean + half_width,
            quicker: differences.iter().filter(|&&d| d < 0.0).count(),
            slower: differences.iter().filter(|&&d| d > 0.0).count(),
        })
    }

    /// Whether the interval lies wholly below zero: `policy` is quicker beyond the run's noise.
    #[must_use]
    pub fn clearly_quicker(&self) -> bool {
        self.high_95 < 0.0
    }

    /// Whether the interval lies wholly above zero: `policy` is slower beyond the run's noise.
    #[must_use]
    pub fn clearly_slower(&self) -> bool {
        self.low_95 > 0.0
    }
}

/// The mean of `values` and the half-width of its 95 % interval, `Z_95 · s / √n` with the sample
/// standard deviation `s` (0 for fewer than two values).
fn mean_and_half_width(values: &[f64]) -> (f64, f64) {
    let n = values.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    if n < 2 {
        return (mean, 0.0);
    }
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    (mean, Z_95 * (variance / n as f64).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Ending, Visit};

    fn visit(minutes: f64) -> Visit {
        Visit {
            minutes,
            ending: Ending::FixedAtHome,
            questions: 0,
            fixes: 1,
            part_named: None,
        }
    }

    fn run(a: &[f64], b: &[f64]) -> Run {
        Run {
            policies: vec![Policy::MicDoctor, Policy::Myopic],
            causes: vec![0; a.len()],
            visits: vec![
                a.iter().copied().map(visit).collect(),
                b.iter().copied().map(visit).collect(),
            ],
        }
    }

    #[test]
    fn hand_worked_differences() {
        // Differences 1-3, 5-4, 2-2, 6-10 = -2, 1, 0, -4: mean -1.25; squared deviations
        // 0.5625 + 5.0625 + 1.5625 + 7.5625 = 14.75, s² = 14.75 / 3, s / √4 = 1.108678...
        let paired = Paired::of(
            &run(&[1.0, 5.0, 2.0, 6.0], &[3.0, 4.0, 2.0, 10.0]),
            Policy::MicDoctor,
            Policy::Myopic,
        )
        .unwrap();
        assert_eq!(paired.customers, 4);
        assert!((paired.mean_difference + 1.25).abs() < 1e-12);
        let half = 1.959_963_984_540_054 * (14.75_f64 / 3.0).sqrt() / 2.0;
        assert!((paired.low_95 - (-1.25 - half)).abs() < 1e-12);
        assert!((paired.high_95 - (-1.25 + half)).abs() < 1e-12);
        assert_eq!((paired.quicker, paired.slower), (2, 1));
        // -1.25 ± 2.17: a tie.
        assert!(!paired.clearly_quicker() && !paired.clearly_slower());
    }

    #[test]
    fn a_steady_saving_is_clearly_quicker_and_the_reverse_clearly_slower() {
        let a = [9.0, 10.0, 11.0, 12.0, 13.0];
        let b = [10.0, 11.5, 12.0, 13.5, 14.0];
        let run = run(&a, &b);
        let paired = Paired::of(&run, Policy::MicDoctor, Policy::Myopic).unwrap();
        assert!(paired.clearly_quicker(), "{paired:?}");
        let reverse = Paired::of(&run, Policy::Myopic, Policy::MicDoctor).unwrap();
        assert!(reverse.clearly_slower(), "{reverse:?}");
        assert!((reverse.mean_difference + paired.mean_difference).abs() < 1e-12);
    }

    #[test]
    fn a_policy_that_did_not_run_has_no_comparison() {
        assert!(Paired::of(&run(&[1.0], &[2.0]), Policy::MicDoctor, Policy::Guide).is_none());
    }
}
