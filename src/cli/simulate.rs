//! `micdoctor simulate`: serve a world's customers with each policy and print the figures and their
//! ratios to the guide.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Failure, Output, emit, load_kb, print_json, usage};
use micdoctor_core::engine::{Lookahead, ProblemModel};
use micdoctor_core::i18n::Language;
use micdoctor_core::sim::{
    self, BUNDLED_GUIDE_JSON, Guide, Paired, Policy, SimulationReport, TraceStep, World, WorldFile,
};
use micdoctor_core::t;

#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// World file (JSON): reality for one problem, written apart from the knowledge base.
    #[arg(long, value_name = "FILE")]
    pub world: PathBuf,
    /// A policy to run (repeatable; default: all five).
    #[arg(long, value_enum)]
    pub policy: Vec<PolicyArg>,
    /// Number of customers drawn.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub customers: u64,
    /// Seed of the draws (the same seed draws the same customers).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Knowledge base whose model the policies use (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub kb: Option<PathBuf>,
    /// The guide's order (default: the bundled seed guide, for `mic_whatsapp`).
    #[arg(long, value_name = "FILE")]
    pub guide: Option<PathBuf>,
    /// Deepest look-ahead of the `micdoctor` policy (default: the engine's).
    #[arg(long, value_parser = clap::value_parser!(u8).range(2..=12))]
    pub depth: Option<u8>,
    /// Also print, for the first N customers, every step each policy took with them.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub trace: u64,
    /// Questions the `micdoctor` policy considers below the root (default: the engine's).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub beam: Option<u64>,
    /// Plan evaluations the `micdoctor` policy may spend per step (default: the engine's).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub leaves: Option<u64>,
}

/// `--policy` of `micdoctor simulate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolicyArg {
    /// The engine's look-ahead with the terminal hand-over.
    Micdoctor,
    /// The one-step ECO rule with the terminal hand-over.
    Myopic,
    /// Greedy over the fixes, no questions.
    Greedy,
    /// The seed guide's fixed order.
    Guide,
    /// The engine's look-ahead told the world's own numbers (a KB free of error: a yardstick).
    Informed,
}

impl From<PolicyArg> for Policy {
    fn from(policy: PolicyArg) -> Self {
        match policy {
            PolicyArg::Micdoctor => Self::MicDoctor,
            PolicyArg::Myopic => Self::Myopic,
            PolicyArg::Greedy => Self::Greedy,
            PolicyArg::Guide => Self::Guide,
            PolicyArg::Informed => Self::Informed,
        }
    }
}

pub(super) fn simulate(args: &SimulateArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let kb =
        load_kb(args.kb.as_deref()).map_err(|e| Failure::InvalidKb(e.in_words(io.language)))?;
    let text = sim::read_file(&args.world).map_err(usage)?;
    // Parsed once: its shape first (which names the problem), then its contents against that problem.
    let file = WorldFile::parse(&text).map_err(|e| world_error(lang, &args.world, &e))?;
    let model = ProblemModel::from_kb(&kb, &file.problem).map_err(|e| usage(e.in_words(lang)))?;
    let world = World::from_file(&file, &model).map_err(|e| world_error(lang, &args.world, &e))?;
    let policies: Vec<Policy> = if args.policy.is_empty() {
        Policy::ALL.to_vec()
    } else {
        let mut chosen: Vec<Policy> = args.policy.iter().map(|&p| p.into()).collect();
        chosen.dedup();
        chosen
    };
    let guide = match &args.guide {
        Some(path) => {
            let text = sim::read_file(path).map_err(usage)?;
            Some(Guide::parse(&text, &model).map_err(|e| world_error(lang, path, &e))?)
        }
        None => Guide::parse(BUNDLED_GUIDE_JSON, &model).ok(),
    };
    if policies.contains(&Policy::Guide) && guide.is_none() {
        return Err(Failure::Usage(t!(
            lang,
            "cli-sim-no-guide",
            problem = model.problem.as_str()
        )));
    }
    let customers = usize::try_from(args.customers).unwrap_or(usize::MAX);
    let defaults = Lookahead::default();
    let lookahead = Lookahead {
        max_depth: args.depth.unwrap_or(defaults.max_depth),
        max_leaves: args.leaves.map_or(defaults.max_leaves, |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        }),
        beam: args
            .beam
            .map_or(defaults.beam, |n| usize::try_from(n).unwrap_or(usize::MAX)),
    };
    let run = sim::run(
        &model,
        &world,
        guide.as_ref(),
        &policies,
        lookahead,
        customers,
        args.seed,
    );
    let report = SimulationReport::new(&world, &run, args.seed);
    if args.json {
        return print_json(io, &report);
    }
    let mut text = table(lang, &world, &report);
    for index in 0..args.trace.min(args.customers) {
        text.push_str(&trace(
            &model,
            &world,
            guide.as_ref(),
            &policies,
            lookahead,
            args.seed,
            index,
        ));
    }
    emit(io, &text)
}

/// One customer's steps under each policy, one line per policy.
fn trace(
    model: &ProblemModel,
    world: &World,
    guide: Option<&Guide>,
    policies: &[Policy],
    lookahead: Lookahead,
    seed: u64,
    index: u64,
) -> String {
    let symptom = |f: micdoctor_core::engine::FindingIx| {
        model.findings[f].kind == micdoctor_core::kb::FindingKind::Symptom
    };
    let customer = sim::draw(world, seed, index, symptom);
    let volunteered: Vec<&str> = customer
        .volunteered
        .iter()
        .map(|&f| model.findings[f].id.as_str())
        .collect();
    let mut s = format!(
        "\n#{index} {} [{}]\n",
        world.causes[customer.cause].id,
        volunteered.join(" ")
    );
    for &policy in policies {
        let mut steps = Vec::new();
        let visit = sim::serve_traced(
            model,
            world,
            guide,
            policy,
            lookahead,
            &customer,
            &mut |step| {
                steps.push(match step {
                    TraceStep::Asked { finding, yes } => {
                        format!(
                            "{}={}",
                            model.findings[finding].id,
                            if yes { "y" } else { "n" }
                        )
                    }
                    TraceStep::Measured { check, outcome } => {
                        format!("{}:{}", model.checks[check].id, model.findings[outcome].id)
                    }
                    TraceStep::Tried { fix, worked } => {
                        format!("{}{}", model.fixes[fix].id, if worked { "✓" } else { "✗" })
                    }
                    TraceStep::Handover { fix } => format!("→{}", model.fixes[fix].id),
                    TraceStep::GaveUp => "(gave up)".to_owned(),
                });
            },
        );
        let _ = writeln!(
            s,
            "  {:<10} {:>6.1}  {}",
            policy.name(),
            visit.minutes,
            steps.join(" ")
        );
    }
    s
}

/// MicDoctor against each other policy on the same customers, one line each (nothing when it did not run).
fn paired_lines(lang: Language, against: &[Paired]) -> String {
    if against.is_empty() {
        return String::new();
    }
    let mut s = format!(
        "\n{}\n{}\n",
        t!(lang, "cli-sim-paired"),
        t!(lang, "cli-sim-paired-columns")
    );
    for p in against {
        let verdict = if p.clearly_quicker() {
            t!(lang, "cli-sim-paired-quicker")
        } else if p.clearly_slower() {
            t!(lang, "cli-sim-paired-slower")
        } else {
            t!(lang, "cli-sim-paired-tie")
        };
        let _ = writeln!(
            s,
            "  {:<10} {:>+7.2} [{:>+7.2}, {:>+7.2}] {:>6} {:>7}  {verdict}",
            p.other.name(),
            p.mean_difference,
            p.low_95,
            p.high_95,
            p.quicker,
            p.slower,
        );
    }
    s
}

fn world_error(lang: Language, path: &std::path::Path, err: &sim::SimError) -> Failure {
    Failure::Usage(t!(
        lang,
        "cli-sim-bad-file",
        path = path.display().to_string(),
        error = err.to_string()
    ))
}

fn table(lang: Language, world: &World, report: &SimulationReport) -> String {
    let figures = &report.policies;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}\n",
        t!(
            lang,
            "cli-sim-header",
            title = world.title.as_str(),
            id = world.id.as_str(),
            problem = world.problem.as_str(),
            customers = report.customers.to_string(),
            seed = report.seed.to_string()
        )
    );
    let _ = writeln!(s, "{}", t!(lang, "cli-sim-columns"));
    for f in figures {
        let ratio = report.ratios_of(f.policy);
        let _ = writeln!(
            s,
            "  {:<10} {:>7.1} {:>7.1} {:>7} {:>9.1} {:>7} {:>6.0}% {:>8} {:>7} {:>6.1}",
            f.policy.name(),
            f.all.mean,
            f.all.p90,
            ratio.map_or_else(String::new, |r| format!("{:.2}", r.all)),
            f.hardware.mean,
            ratio.map_or_else(String::new, |r| format!("{:.2}", r.hardware)),
            f.part_named_share() * 100.0,
            f.software_to_shop,
            f.fixed_at_home,
            f.mean_questions,
        );
    }
    let _ = writeln!(s, "\n{}", t!(lang, "cli-sim-by-cause"));
    let mut heading = format!("  {:<24} {:>5}", "", "n");
    for f in figures {
        let _ = write!(heading, " {:>16}", f.policy.name());
    }
    let _ = writeln!(s, "{heading}");
    let guide = figures.iter().find(|f| f.policy == Policy::Guide);
    for (index, cause) in world.causes.iter().enumerate() {
        let n = figures
            .first()
            .map_or(0, |f| f.by_cause[index].minutes.customers);
        let mut row = format!(
            "  {:<24} {:>5}",
            format!("{}{}", cause.id, if cause.hardware { " *" } else { "" }),
            n
        );
        for f in figures {
            let c = &f.by_cause[index];
            let cell = match guide {
                Some(g) if g.by_cause[index].minutes.mean > 0.0 => format!(
                    "{:.1} ({:.2}×)",
                    c.minutes.mean,
                    c.minutes.mean / g.by_cause[index].minutes.mean
                ),
                _ => format!("{:.1}", c.minutes.mean),
            };
            let _ = write!(row, " {cell:>16}");
        }
        let _ = writeln!(s, "{row}");
    }
    s.push_str(&paired_lines(lang, &report.micdoctor_against));
    let _ = writeln!(s, "\n{}", t!(lang, "cli-sim-legend"));
    s
}
