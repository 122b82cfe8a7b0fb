//! `micdoctor simulate` run as a user would: the figures and ratios as JSON, the table with every policy
//! and cause, MicDoctor against each policy customer by customer, and a broken world refused.

use serde_json::{Value, json};

use crate::support::cli::{micdoctor, stderr, stdout, temp_file};

const FAITHFUL: &str = include_str!("../../knowledge/worlds/guide-faithful.json");

/// `micdoctor simulate` on a shipped world with greedy and the guide, and `extra` arguments.
fn simulate_shipped(world: &str, customers: &str, extra: &[&str]) -> std::process::Output {
    let world = format!(
        "{}/knowledge/worlds/{world}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut args = vec![
        "simulate",
        "--world",
        &world,
        "--policy",
        "greedy",
        "--policy",
        "guide",
        "--customers",
        customers,
    ];
    args.extend_from_slice(extra);
    micdoctor(&args)
}

/// `micdoctor simulate --json`: the figures of the policies asked for, on the same customers, with each
/// policy's mean over the guide's.
#[test]
fn the_command_prints_figures_and_ratios_as_json() {
    let out = simulate_shipped("guide-faithful", "40", &["--seed", "3", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["world"], "guide-faithful");
    assert_eq!(report["customers"], 40);
    let policies = report["policies"].as_array().unwrap();
    assert_eq!(policies.len(), 2);
    assert_eq!(policies[0]["policy"], "greedy");
    assert_eq!(policies[0]["all"]["customers"], 40);
    let ratios = report["ratios_to_guide"].as_array().unwrap();
    let greedy = policies[0]["all"]["mean"].as_f64().unwrap();
    let guide = policies[1]["all"]["mean"].as_f64().unwrap();
    assert!((ratios[0]["all"].as_f64().unwrap() - greedy / guide).abs() < 1e-12);
    assert!((ratios[1]["all"].as_f64().unwrap() - 1.0).abs() < 1e-12);
    // The same seed draws the same customers: the same figures again.
    let again = simulate_shipped("guide-faithful", "40", &["--seed", "3", "--json"]);
    assert_eq!(stdout(&again), stdout(&out));
}

#[test]
fn the_command_table_has_every_policy_and_cause() {
    let out = simulate_shipped(
        "repair-counter",
        "30",
        &["--trace", "2", "--policy", "informed"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("World “Customers at a repair-shop counter” (repair-counter"),
        "{text}"
    );
    for needle in [
        "  greedy ",
        "  guide ",
        "  informed ",
        "informed: MicDoctor's engine told the world's own numbers",
        "mic_bottom_fault *",
        "mic_permission_off",
        "#0 ",
        "#1 ",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
}

/// MicDoctor against each other policy on the same customers: the mean of the per-customer differences
/// equals the difference of the two means (computed apart, from the figures), its interval holds it,
/// and the sooner/later counts cannot exceed the customers.
#[test]
fn the_command_compares_micdoctor_with_each_policy_customer_by_customer() {
    let out = simulate_shipped(
        "repair-counter",
        "60",
        &["--policy", "micdoctor", "--policy", "myopic", "--json"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let mean_of = |name: &str| {
        report["policies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["policy"] == name)
            .unwrap()["all"]["mean"]
            .as_f64()
            .unwrap()
    };
    let against = report["micdoctor_against"].as_array().unwrap();
    let others: Vec<&str> = against
        .iter()
        .map(|p| p["other"].as_str().unwrap())
        .collect();
    assert_eq!(others, ["greedy", "guide", "myopic"]);
    for paired in against {
        let other = paired["other"].as_str().unwrap();
        let mean = paired["mean_difference"].as_f64().unwrap();
        assert!(
            (mean - (mean_of("micdoctor") - mean_of(other))).abs() < 1e-9,
            "{paired}"
        );
        let (low, high) = (
            paired["low_95"].as_f64().unwrap(),
            paired["high_95"].as_f64().unwrap(),
        );
        assert!(low <= mean && mean <= high, "{paired}");
        let counted = paired["quicker"].as_u64().unwrap() + paired["slower"].as_u64().unwrap();
        assert!(counted <= 60, "{paired}");
    }
    // Against the guide, on the counter's customers, MicDoctor is quicker beyond the noise.
    let guide = against.iter().find(|p| p["other"] == "guide").unwrap();
    assert!(guide["high_95"].as_f64().unwrap() < 0.0, "{guide}");

    let table = simulate_shipped("repair-counter", "60", &["--policy", "micdoctor"]);
    let text = stdout(&table);
    assert!(
        text.contains("MicDoctor minus each policy, customer by customer"),
        "{text}"
    );
    assert!(text.contains("quicker"), "{text}");
}

/// A world that cannot be used: exit 2, every problem listed, nothing else printed.
#[test]
fn the_command_refuses_a_broken_world_with_every_problem() {
    let mut world: Value = serde_json::from_str(FAITHFUL).unwrap();
    world["causes"][0]["share"]["value"] = json!(-1);
    world["minutes"]["fix_restart"]["value"] = json!(0);
    let path = temp_file("broken-world.json", &world.to_string());
    let out = micdoctor(&[
        "simulate",
        "--world",
        path.to_str().unwrap(),
        "--customers",
        "5",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("$.causes[0].share: a share is a number ≥ 0, not -1"),
        "{err}"
    );
    assert!(
        err.contains("$.minutes.fix_restart: every step takes more than 0 minutes, not 0"),
        "{err}"
    );
    let missing = micdoctor(&["simulate", "--world", "/nonexistent/world.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("/nonexistent/world.json"),
        "{}",
        stderr(&missing)
    );
}
