//! The pickup sheet the customer signs when the phone goes home: what was found and done, each
//! microphone before and after the repair side by side, the customer's name when the shop keeps it, and
//! lines for a signature and the date. One self-contained printable page, like the case report.

use std::fmt::Write as _;

use super::case::CaseReport;
use super::html::{CONTENT_SECURITY_POLICY, STYLE, escape};
use super::iso_utc;
use super::recording::MicLine;
use crate::i18n::Language;
use crate::recording::Microphone;

/// What the technician found and did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepairDone {
    /// The cause found, in words (the knowledge base's name, or "something else").
    pub found: String,
    /// The technician's own note.
    pub note: String,
    pub staff: String,
    pub at: u64,
}

/// Everything on the sheet beyond the case report itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pickup {
    /// The microphones checked after the repair (the "after" column).
    pub after: Vec<MicLine>,
    /// When the after-repair check ran.
    pub after_at: Option<u64>,
    pub done: Option<RepairDone>,
    /// The customer's name and phone, when the shop keeps them.
    pub customer: Option<(String, String)>,
}

/// The whole page, in the case's language.
#[must_use]
pub fn render_pickup(case: &CaseReport, pickup: &Pickup) -> String {
    let lang = case.language;
    let mut s = String::new();
    let title = crate::t!(lang, "pickup-title");
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <title>{} \u{2014} {}</title>\n<style>\n{STYLE}{PICKUP_STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(&title),
        escape(&case.case_code)
    );
    let _ = writeln!(
        s,
        "<header><h1>{}</h1>\n<p>{}</p>\n<p>{}</p>",
        escape(&title),
        escape(&crate::t!(
            lang,
            "pickup-case",
            code = case.case_code.as_str(),
            problem = case.problem.name.as_str(),
            started = case.started.as_str()
        )),
        escape(&crate::t!(
            lang,
            "pickup-device",
            device = case.device.name.as_str()
        ))
    );
    if let Some((name, phone)) = &pickup.customer {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            escape(&crate::t!(
                lang,
                "pickup-customer",
                name = name.as_str(),
                phone = phone.as_str()
            ))
        );
    }
    s.push_str("</header>\n");
    done_section(lang, &mut s, pickup.done.as_ref());
    microphones_section(&mut s, case, pickup);
    let _ = writeln!(
        s,
        "<section class=\"signature\"><h2>{}</h2>\n<p>{}</p>\n\
         <div class=\"sign-line\"><span>{}</span></div>\n<div class=\"sign-line\"><span>{}</span></div>\n</section>",
        escape(&crate::t!(lang, "pickup-section-signature")),
        escape(&crate::t!(lang, "pickup-signature-text")),
        escape(&crate::t!(lang, "pickup-signature")),
        escape(&crate::t!(lang, "pickup-date"))
    );
    let footer = crate::t!(
        lang,
        "report-footer",
        app_version = escape(&case.app_version),
        kb_version = escape(&case.kb_version),
        code = escape(&case.case_code)
    );
    let _ = writeln!(s, "<footer>{footer}</footer>\n</body>\n</html>");
    s
}

const PICKUP_STYLE: &str = "\
.signature .sign-line { border-bottom: 1px solid #333; height: 3.2em; margin: 0.8em 0 0.2em; max-width: 28em; position: relative; }\n\
.signature .sign-line span { position: absolute; bottom: -1.4em; font-size: 0.85em; color: #555; }\n\
.signature { margin-bottom: 2.5em; }\n";

fn done_section(lang: Language, s: &mut String, done: Option<&RepairDone>) {
    let _ = writeln!(
        s,
        "<section><h2>{}</h2>",
        escape(&crate::t!(lang, "pickup-section-done"))
    );
    match done {
        Some(done) => {
            let _ = writeln!(
                s,
                "<p><strong>{}</strong></p>",
                escape(&crate::t!(
                    lang,
                    "pickup-found",
                    found = done.found.as_str()
                ))
            );
            if !done.note.trim().is_empty() {
                let _ = writeln!(s, "<p>{}</p>", escape(&done.note));
            }
            let _ = writeln!(
                s,
                "<p class=\"muted\">{}</p>",
                escape(&crate::t!(
                    lang,
                    "pickup-done-by",
                    staff = done.staff.as_str(),
                    date = iso_utc(done.at)[..10].to_owned()
                ))
            );
        }
        None => {
            let _ = writeln!(
                s,
                "<p>{}</p>",
                escape(&crate::t!(lang, "pickup-no-verdict"))
            );
        }
    }
    s.push_str("</section>\n");
}

fn microphones_section(s: &mut String, case: &CaseReport, pickup: &Pickup) {
    let lang = case.language;
    let _ = writeln!(
        s,
        "<section><h2>{}</h2>\n<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&crate::t!(lang, "pickup-section-microphones")),
        escape(&crate::t!(lang, "recording-column-microphone")),
        escape(&crate::t!(lang, "pickup-before")),
        escape(&crate::t!(lang, "pickup-after"))
    );
    let cell = |lines: &[MicLine], mic: Microphone| match lines.iter().find(|l| l.microphone == mic)
    {
        Some(line) => format!(
            "<td class=\"mic-{:?}\">{}<br><span class=\"muted\">{}</span></td>",
            line.verdict,
            escape(&verdict_words(line)),
            escape(&line.level)
        ),
        None => format!(
            "<td class=\"muted\">{}</td>",
            escape(&crate::t!(lang, "pickup-not-checked"))
        ),
    };
    for mic in Microphone::ALL {
        let label = case
            .microphones
            .iter()
            .chain(&pickup.after)
            .find(|l| l.microphone == mic)
            .map_or_else(|| plain_label(lang, mic), |l| l.label.clone());
        let _ = writeln!(
            s,
            "<tr><td>{}</td>{}{}</tr>",
            escape(&label),
            cell(&case.microphones, mic),
            cell(&pickup.after, mic)
        );
    }
    s.push_str("</tbody></table>\n");
    if let Some(at) = pickup.after_at {
        let _ = writeln!(
            s,
            "<p class=\"muted\">{}</p>",
            escape(&crate::t!(
                lang,
                "pickup-after-when",
                date = iso_utc(at)[..16].replace('T', " ")
            ))
        );
    }
    s.push_str("</section>\n");
}

fn plain_label(lang: Language, mic: Microphone) -> String {
    match mic {
        Microphone::Bottom => crate::t!(lang, "recording-role-bottom"),
        Microphone::Front => crate::t!(lang, "recording-role-front"),
        Microphone::Rear => crate::t!(lang, "recording-role-rear"),
    }
}

fn verdict_words(line: &MicLine) -> String {
    if line.reasons.is_empty() {
        line.verdict_name.clone()
    } else {
        format!("{}: {}", line.verdict_name, line.reasons.join(", "))
    }
}
