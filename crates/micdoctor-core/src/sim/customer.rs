//! Simulated customers: each draws a true cause by its share, then every answer, which symptoms they
//! volunteer and which fixes would work for them, from their own seeded generator — so every policy
//! meets exactly the same customers.

use super::world::World;
use crate::engine::FindingIx;

/// One customer's reality, fixed before any policy sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    /// Index into [`World::causes`].
    pub cause: usize,
    /// The answer to every finding, by finding index.
    pub answers: Vec<bool>,
    /// Symptom findings the customer picks on the symptom screen unasked.
    pub volunteered: Vec<FindingIx>,
    /// Whether each fix would work, by fix index.
    pub works: Vec<bool>,
    /// The outcome each check would end on (a finding answered yes), by check index.
    pub measured: Vec<FindingIx>,
}

/// `SplitMix64`: spreads (seed, index) over the generator's seeds.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Customer number `index` of a run seeded with `seed`; `symptom` says which findings are symptoms.
#[must_use]
pub fn draw(world: &World, seed: u64, index: u64, symptom: impl Fn(FindingIx) -> bool) -> Customer {
    let mut rng = fastrand::Rng::with_seed(mix(seed ^ mix(index)));
    let pick = rng.f64();
    let mut cumulative = 0.0;
    let mut cause = world.causes.len() - 1;
    for (i, reality) in world.causes.iter().enumerate() {
        cumulative += reality.share;
        if pick < cumulative {
            cause = i;
            break;
        }
    }
    let reality = &world.causes[cause];
    let answers: Vec<bool> = reality.yes.iter().map(|&p| rng.f64() < p).collect();
    let volunteered = FindingIx::all(answers.len())
        .filter(|&f| {
            // One draw per finding whatever its answer, so the draws line up across customers.
            let speaks_up = rng.f64() < world.volunteer;
            symptom(f) && answers[f.get()] && speaks_up
        })
        .collect();
    let works = reality.works.iter().map(|&p| rng.f64() < p).collect();
    // Drawn last, so the draws above are the same whether or not the problem has checks.
    let measured = world
        .check_outcomes
        .iter()
        .zip(&reality.outcomes)
        .map(|(outcomes, chances)| {
            let pick = rng.f64();
            let mut cumulative = 0.0;
            outcomes
                .iter()
                .zip(chances)
                .find(|&(_, chance)| {
                    cumulative += chance;
                    pick < cumulative
                })
                .or_else(|| {
                    outcomes
                        .iter()
                        .zip(chances)
                        .rfind(|&(_, chance)| *chance > 0.0)
                })
                .map_or(outcomes[0], |(&finding, _)| finding)
        })
        .collect();
    Customer {
        cause,
        answers,
        volunteered,
        works,
        measured,
    }
}
