//! `micdoctor cases recheck | pickup | contact`: the end of a repair at the counter — the microphones
//! checked again, the pickup sheet the customer signs, and the customer's contact when the shop keeps it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use micdoctor_recording::judge_takes;
use micdoctor_store::{CaseStore, CustomerContact, Recheck, StoreError, pickup_sheet};

use super::{Failure, Output, emit, usage};
use micdoctor_core::recording::Microphone;
use micdoctor_core::report::mic_line;
use micdoctor_core::t;

/// Measures the takes given, judges them as the intake's microphone test does, and keeps them with case
/// `code`; prints the table.
pub fn recheck(
    store: &mut dyn CaseStore,
    code: &str,
    files: &[(Microphone, &Option<PathBuf>)],
    staff: &str,
    now: u64,
    io: &mut Output<'_>,
) -> Result<u8, Failure> {
    let lang = io.language;
    let record = store
        .case(code)
        .map_err(usage)?
        .ok_or_else(|| usage(StoreError::NoSuchCase(code.to_owned())))?;
    let takes: Vec<(Microphone, &Path)> = files
        .iter()
        .filter_map(|(mic, file)| file.as_deref().map(|f| (*mic, f)))
        .collect();
    if takes.is_empty() {
        return Err(usage(t!(lang, "cli-recheck-no-files")));
    }
    let rows = judge_takes(&takes).map_err(|err| Failure::Usage(err.in_words(lang)))?;
    store
        .record_recheck(
            code,
            &Recheck {
                rows: rows.clone(),
                staff: staff.to_owned(),
                at: now,
            },
        )
        .map_err(usage)?;
    let kb = super::load_kb(None).map_err(usage)?;
    let mut text = format!("{}\n", t!(lang, "cli-recheck-recorded", code = code));
    for row in &rows {
        let line = mic_line(lang, &kb, &record.problem, row);
        let reasons = if line.reasons.is_empty() {
            String::new()
        } else {
            format!(" ({})", line.reasons.join(", "))
        };
        let _ = writeln!(
            text,
            "  {:<28} {:<6} {:>12}{reasons}",
            line.label, line.verdict_name, line.level
        );
    }
    emit(io, &text)
}

/// Writes the pickup sheet of case `code` to `out`, or prints it.
pub fn pickup(
    store: &dyn CaseStore,
    code: &str,
    out: Option<&Path>,
    io: &mut Output<'_>,
) -> Result<u8, Failure> {
    let lang = io.language;
    let record = store
        .case(code)
        .map_err(usage)?
        .ok_or_else(|| usage(StoreError::NoSuchCase(code.to_owned())))?;
    let kb = super::load_kb(None).map_err(usage)?;
    let page = pickup_sheet(lang, &kb, &record).map_err(usage)?;
    match out {
        Some(path) => {
            std::fs::write(path, &page).map_err(|e| {
                usage(t!(
                    lang,
                    "cli-cannot-write",
                    file = path.display().to_string(),
                    error = e.to_string()
                ))
            })?;
            emit(
                io,
                &format!(
                    "{}\n",
                    t!(
                        lang,
                        "cli-pickup-written",
                        code = code,
                        path = path.display().to_string()
                    )
                ),
            )
        }
        None => emit(io, &page),
    }
}

/// Keeps (or, with both empty, clears) the customer's name and phone on case `code`.
pub fn contact(
    store: &mut dyn CaseStore,
    code: &str,
    (name, phone): (&str, &str),
    staff: &str,
    now: u64,
    io: &mut Output<'_>,
) -> Result<u8, Failure> {
    let lang = io.language;
    let contact = CustomerContact {
        name: name.trim().to_owned(),
        phone: phone.trim().to_owned(),
        staff: staff.to_owned(),
        at: now,
    };
    store.record_contact(code, &contact).map_err(usage)?;
    let said = if contact.name.is_empty() && contact.phone.is_empty() {
        t!(lang, "cli-contact-cleared", code = code)
    } else {
        t!(lang, "cli-contact-kept", code = code)
    };
    emit(io, &format!("{said}\n"))
}
