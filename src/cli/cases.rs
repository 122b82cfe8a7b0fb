//! `micdoctor cases …`: the shop's case store from the command line — list, export (JSON Lines or
//! CSV), import (an export, or an old `cases.jsonl`), record a technician's verdict, forget a case; the end
//! of a repair (recheck, pickup sheet, contact) is `pickup.rs`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use micdoctor_store::exchange::{export_csv, export_jsonl, import_jsonl};
use micdoctor_store::{CaseStore, OTHER_CAUSE, StaffAction, StoreLocation, TechnicianVerdict};

use super::{Failure, Output, emit, usage};
use crate::case_row::CaseRow;
use crate::clock::LocalClock;
use micdoctor_core::i18n::Language;
use micdoctor_core::recording::Microphone;
use micdoctor_core::session::unix_now;
use micdoctor_core::t;

#[derive(Debug, Args)]
pub struct CasesArgs {
    /// The case store (a SQLite file or a postgres:// address); default: the config's `case_store` (or
    /// `case_log_dir`).
    #[arg(long, value_name = "FILE|URL", global = true)]
    pub store: Option<StoreLocation>,
    /// Read this config file instead of the one in the platform's config directory.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub action: CasesAction,
}

#[derive(Debug, Subcommand)]
pub enum CasesAction {
    /// List the cases as a table: code, start (local time), problem, outcome, technician's verdict and
    /// who gave it, in the language of `--lang`.
    List {
        /// Only cases started on or after this day (YYYY-MM-DD, UTC).
        #[arg(long, value_name = "DATE", value_parser = super::args::parse_day)]
        since: Option<u64>,
        /// One JSON array instead: an object per case (`code`, `started`, `started_unix`, `problem`,
        /// `problem_name`, `outcome`, `outcome_name`, `verdict`, `verdict_name`, `staff`).
        #[arg(long)]
        json: bool,
    },
    /// Write the cases out: JSON Lines (every event; imports back exactly) or CSV (one row per case).
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        /// Only cases started on or after this day (YYYY-MM-DD, UTC).
        #[arg(long, value_name = "DATE", value_parser = super::args::parse_day)]
        since: Option<u64>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Who is exporting (for the staff log).
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
    /// Read cases in: a JSON Lines export, or an old `cases.jsonl` case log. Nothing is read twice.
    Import {
        file: PathBuf,
        /// Who is importing (for the staff log).
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
    /// Record what the technician found: the true cause (a cause id of the case's problem, or `other`).
    Verdict {
        code: String,
        #[arg(long, value_name = "CAUSE")]
        cause: String,
        #[arg(long, default_value = "")]
        note: String,
        /// Who found it.
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
    /// Check the microphones again after the repair: the same three takes as the intake's microphone
    /// test (at least one), measured and judged the same way, kept with the case.
    Recheck {
        code: String,
        /// A Voice Memo with the bottom toward the mouth.
        #[arg(long, value_name = "FILE")]
        bottom: Option<PathBuf>,
        /// A front-camera video.
        #[arg(long, value_name = "FILE")]
        front: Option<PathBuf>,
        /// A back-camera video.
        #[arg(long, value_name = "FILE")]
        rear: Option<PathBuf>,
        /// Who ran the check.
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
    /// Write the pickup sheet: what was found and done, the microphones before and after, a line for
    /// the customer's signature (a printable web page).
    Pickup {
        code: String,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Keep the customer's name and phone with a case (only when the config's `customer_contact` is
    /// on); empty values clear them.
    Contact {
        code: String,
        #[arg(long, default_value = "")]
        name: String,
        #[arg(long, default_value = "")]
        phone: String,
        /// Who wrote them down.
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
    /// Delete a case and everything about it (its contact included).
    Forget {
        code: String,
        /// Who is deleting it (for the staff log).
        #[arg(long, value_name = "NAME")]
        staff: String,
    },
}

/// `--format` of `micdoctor cases export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Jsonl,
    Csv,
}

/// Opens the store to use: `--store`, else the config's (`config`, or the platform's config file).
pub(super) fn open_store(
    lang: Language,
    explicit: Option<&StoreLocation>,
    config: Option<&std::path::Path>,
) -> Result<Box<dyn CaseStore>, Failure> {
    let location = match explicit {
        Some(location) => location.clone(),
        None => micdoctor_core::config::Config::load(config)
            .map_err(usage)?
            .store_location()
            .ok_or_else(|| usage(t!(lang, "cli-no-case-store")))?,
    };
    micdoctor_store::open(&location).map_err(usage)
}

/// Runs one `cases` command.
pub fn cases(args: &CasesArgs, io: &mut Output<'_>) -> Result<u8, Failure> {
    let lang = io.language;
    let mut store = open_store(lang, args.store.as_ref(), args.config.as_deref())?;
    let now = unix_now();
    match &args.action {
        CasesAction::List { since, json } => {
            let cases = store.cases(since.unwrap_or(0)).map_err(usage)?;
            let kb = super::open_in_current_language(None, io)?;
            // The shop's time zone, read once for the whole list.
            let clock = LocalClock::system();
            let rows: Vec<CaseRow> = cases
                .iter()
                .map(|case| CaseRow::new(lang, &kb, &clock, case))
                .collect();
            if *json {
                return super::print_json(io, &rows);
            }
            if rows.is_empty() {
                return emit(io, &format!("{}\n", t!(lang, "cli-cases-none")));
            }
            emit(io, &super::case_table::case_table(lang, &clock, &rows))
        }
        CasesAction::Export {
            format,
            since,
            out,
            staff,
        } => {
            let mut buffer = Vec::new();
            let since = since.unwrap_or(0);
            let count = match format {
                ExportFormat::Jsonl => export_jsonl(store.as_ref(), since, &mut buffer),
                ExportFormat::Csv => export_csv(store.as_ref(), since, &mut buffer),
            }
            .map_err(usage)?;
            log(
                store.as_mut(),
                staff,
                "export",
                &format!("{count} cases"),
                now,
            )?;
            match out {
                Some(file) => {
                    std::fs::write(file, &buffer).map_err(|e| {
                        usage(t!(
                            lang,
                            "cli-cannot-write",
                            file = file.display().to_string(),
                            error = e.to_string()
                        ))
                    })?;
                    let _ = writeln_err(
                        io,
                        &t!(
                            lang,
                            "cli-cases-exported",
                            count = count,
                            path = file.display().to_string()
                        ),
                    );
                    Ok(0)
                }
                None => emit(io, &String::from_utf8_lossy(&buffer)),
            }
        }
        CasesAction::Import { file, staff } => {
            let imported = import_jsonl(store.as_mut(), file).map_err(usage)?;
            log(
                store.as_mut(),
                staff,
                "import",
                &format!("{}: {} events", file.display(), imported.events),
                now,
            )?;
            let mut said = format!(
                "{}\n",
                t!(
                    lang,
                    "cli-cases-imported",
                    events = imported.events,
                    skipped = imported.already_there
                )
            );
            for (old, new) in &imported.renamed {
                said.push_str(&t!(
                    lang,
                    "cli-cases-import-renamed",
                    old = old.as_str(),
                    new = new.as_str()
                ));
                said.push('\n');
            }
            emit(io, &said)
        }
        CasesAction::Verdict {
            code,
            cause,
            note,
            staff,
        } => {
            check_cause(lang, store.as_ref(), code, cause)?;
            store
                .record_verdict(
                    code,
                    &TechnicianVerdict {
                        cause: cause.clone(),
                        note: note.clone(),
                        staff: staff.clone(),
                        at: now,
                    },
                )
                .map_err(usage)?;
            emit(
                io,
                &format!(
                    "{}\n",
                    t!(lang, "cli-verdict-recorded", code = code.as_str())
                ),
            )
        }
        CasesAction::Recheck {
            code,
            bottom,
            front,
            rear,
            staff,
        } => {
            let files = [
                (Microphone::Bottom, bottom),
                (Microphone::Front, front),
                (Microphone::Rear, rear),
            ];
            super::pickup::recheck(store.as_mut(), code, &files, staff, now, io)
        }
        CasesAction::Pickup { code, out } => {
            super::pickup::pickup(store.as_ref(), code, out.as_deref(), io)
        }
        CasesAction::Contact {
            code,
            name,
            phone,
            staff,
        } => {
            let config =
                micdoctor_core::config::Config::load(args.config.as_deref()).map_err(usage)?;
            if !config.customer_contact {
                return Err(usage(t!(lang, "cli-contact-off")));
            }
            super::pickup::contact(store.as_mut(), code, (name, phone), staff, now, io)
        }
        CasesAction::Forget { code, staff } => {
            store.forget(code, staff, now).map_err(usage)?;
            emit(
                io,
                &format!("{}\n", t!(lang, "cli-case-forgotten", code = code.as_str())),
            )
        }
    }
}

fn writeln_err(io: &mut Output<'_>, text: &str) -> std::io::Result<()> {
    writeln!(io.err, "{text}")
}

fn log(
    store: &mut dyn CaseStore,
    staff: &str,
    action: &str,
    detail: &str,
    at: u64,
) -> Result<(), Failure> {
    store
        .log_staff(&StaffAction {
            at,
            staff: staff.to_owned(),
            action: action.to_owned(),
            detail: detail.to_owned(),
        })
        .map_err(usage)
}

/// A verdict's cause must be one of the case's problem's causes (in the bundled knowledge base), or
/// `other`.
fn check_cause(
    lang: Language,
    store: &dyn CaseStore,
    code: &str,
    cause: &str,
) -> Result<(), Failure> {
    let record = store
        .case(code)
        .map_err(usage)?
        .ok_or_else(|| usage(micdoctor_store::StoreError::NoSuchCase(code.to_owned())))?;
    if cause == OTHER_CAUSE {
        return Ok(());
    }
    let kb = super::load_kb(None).map_err(usage)?;
    let causes: Vec<String> = kb
        .problem(&record.problem)
        .map(|p| p.causes.iter().map(ToString::to_string).collect())
        .unwrap_or_default();
    if causes.iter().any(|c| c == cause) {
        Ok(())
    } else {
        Err(usage(t!(
            lang,
            "cli-unknown-cause",
            cause = cause,
            problem = record.problem.as_str(),
            causes = causes.join(", ")
        )))
    }
}
