//! Case reports: [`CaseReport`] is built once from a knowledge base and a session, in one language, and
//! every format (Markdown, HTML, JSON, the technician summary, the pickup sheet) only renders it. The
//! diagnosis in words that a report carries is [`crate::explained`]; the recordings' lines and sections
//! are in `recording/`.

mod case;
mod date;
mod format;
mod guide;
mod html;
mod lines;
mod markdown;
mod pickup;
mod qr;
mod recording;
mod summary;

pub use case::{
    CaseOutcome, CaseReport, CauseLine, Likely, Named, NextLine, PlanLine, Reason, StepKind, Told,
    Tried, case_outcome, handover_reason,
};
pub use date::{iso_utc, parse_date};
pub use format::{ReportFormat, render};
pub use guide::{ComparisonTable, FixGuide, GuideRole, OlderPath, Picture, StepLine};
/// Text made safe inside HTML content and quoted attributes (the reports' and the phone page's).
pub use html::escape as escape_html;
pub use pickup::{Pickup, RepairDone, render_pickup};
pub use qr::{QrModules, qr_modules, qr_svg};
pub use recording::{
    FigureRow, MicLine, RecordingLine, codec_name, figure_rows, mic_line, mic_reason_name,
    mic_verdict_name, recording_lines, role_label, role_name, sketch_text, verdict_name,
};
pub use summary::technician_summary;
