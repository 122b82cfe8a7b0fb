//! `micdoctor learn`: priors learned from the shop's confirmed cases (those with a technician's verdict),
//! written as an overlay the app can use (config `learned`), with a table of every change and the cases
//! behind it.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use micdoctor_store::OTHER_CAUSE;

use super::{Failure, Output, emit, usage};
use micdoctor_core::i18n::decimals;
use micdoctor_core::learn::{self, ConfirmedCase, DEFAULT_STRENGTH};
use micdoctor_core::report::iso_utc;
use micdoctor_core::session::{Event, FixOutcome};
use micdoctor_core::t;

#[derive(Debug, Args)]
pub struct LearnArgs {
    /// The case store (a SQLite file or a postgres:// address); default: the config's `case_store` (or
    /// `case_log_dir`).
    #[arg(long, value_name = "FILE|URL")]
    pub store: Option<micdoctor_store::StoreLocation>,
    /// Only cases started on or after this day (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE", value_parser = super::args::parse_day)]
    pub since: Option<u64>,
    /// How many cases the knowledge base's own numbers are worth.
    #[arg(long, value_name = "S", default_value_t = DEFAULT_STRENGTH)]
    pub strength: f64,
    /// Knowledge base the cases were worked with (default: the bundled one).
    #[arg(long, value_name = "FILE")]
    pub kb: Option<PathBuf>,
    /// Where to write the learned priors.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// Counts the confirmed cases, writes the overlay, prints what changed.
pub fn learn_priors(args: &LearnArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    if !(args.strength.is_finite() && args.strength > 0.0) {
        return Err(usage(learn::LearnError::BadStrength(args.strength)));
    }
    let kb = super::load_kb(args.kb.as_deref())
        .map_err(|e| Failure::InvalidKb(e.in_words(io.language)))?;
    let store = super::cases::open_store(lang, args.store.as_ref(), None)?;
    // Only a technician's verdict says what the cause was; the store picks out each case's latest
    // verdict and history without reading whole reports.
    let confirmed: Vec<ConfirmedCase> = store
        .confirmed(args.since.unwrap_or(0))
        .map_err(usage)?
        .into_iter()
        .map(|case| ConfirmedCase {
            cause: if case.verdict.cause == OTHER_CAUSE {
                "other_cause".to_owned()
            } else {
                case.verdict.cause
            },
            fixes: case
                .history
                .iter()
                .filter_map(|entry| match &entry.event {
                    Event::Fix { fix, outcome } if *outcome != FixOutcome::Skipped => {
                        Some((fix.to_string(), *outcome == FixOutcome::Fixed))
                    }
                    _ => None,
                })
                .collect(),
            problem: case.problem,
            started_at: case.started_at,
        })
        .collect();
    if confirmed.is_empty() {
        // Nothing to learn from: writing the knowledge base's own priors back would only look like news.
        return Err(usage(t!(lang, "cli-learn-no-cases")));
    }
    let learned = learn::learn(&kb, &confirmed, args.strength);
    let text = serde_json::to_string_pretty(&learned).map_err(usage)?;
    std::fs::write(&args.out, format!("{text}\n")).map_err(|e| {
        usage(t!(
            lang,
            "cli-cannot-write",
            file = args.out.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let mut table = t!(
        lang,
        "cli-learned-heading",
        cases = learned.cases,
        since = iso_utc(learned.since)[..10].to_owned(),
        until = iso_utc(learned.until)[..10].to_owned(),
        strength = decimals(lang, learned.strength, 0),
        path = args.out.display().to_string()
    );
    table.push('\n');
    for change in &learned.priors {
        let _ = writeln!(
            table,
            "  {:<24} {:>6} % → {:>6} %   ({} / {})",
            change.cause,
            decimals(lang, change.old * 100.0, 1),
            decimals(lang, change.new * 100.0, 1),
            change.cases,
            change.of
        );
    }
    for change in &learned.repairs {
        let _ = writeln!(
            table,
            "  {} × {:<16} {:>6} % → {:>6} %   ({} / {})",
            change.fix,
            change.cause,
            decimals(lang, change.old * 100.0, 1),
            decimals(lang, change.new * 100.0, 1),
            change.worked,
            change.tried
        );
    }
    emit(io, &table)
}
