//! A stored case's pickup sheet: its latest snapshot's session rebuilt into a case report in the
//! language asked for, the after-repair check and the technician's verdict put in words, and the
//! customer's contact when the shop keeps it.

use micdoctor_core::i18n::Language;
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::report::{CaseReport, Pickup, RepairDone, mic_line, render_pickup};

use crate::{CaseRecord, OTHER_CAUSE, Snapshot, StoreError};

/// The pickup sheet of `record` as a printable page, worded with `kb`.
///
/// # Errors
/// When the case has no snapshot with a session, or the session does not fit `kb`.
pub fn pickup_sheet(
    lang: Language,
    kb: &KnowledgeBase,
    record: &CaseRecord,
) -> Result<String, StoreError> {
    let unreadable = |why: String| StoreError::NoReport {
        code: record.code.clone(),
        why,
    };
    let session = record
        .snapshot
        .as_ref()
        .map(Snapshot::session)
        .ok_or_else(|| unreadable("it has no snapshot".to_owned()))?;
    let case = CaseReport::new(lang, kb, session).map_err(|err| unreadable(err.to_string()))?;
    let pickup = Pickup {
        after: record
            .recheck
            .iter()
            .flat_map(|recheck| &recheck.rows)
            .map(|row| mic_line(lang, kb, &record.problem, row))
            .collect(),
        after_at: record.recheck.as_ref().map(|recheck| recheck.at),
        done: record.verdict.as_ref().map(|verdict| RepairDone {
            found: if verdict.cause == OTHER_CAUSE {
                micdoctor_core::t!(lang, "pickup-something-else")
            } else {
                kb.cause(&verdict.cause)
                    .map_or_else(|| verdict.cause.clone(), |cause| cause.name.clone())
            },
            note: verdict.note.clone(),
            staff: verdict.staff.clone(),
            at: verdict.at,
        }),
        customer: record
            .contact
            .as_ref()
            .map(|contact| (contact.name.clone(), contact.phone.clone())),
    };
    Ok(render_pickup(&case, &pickup))
}
