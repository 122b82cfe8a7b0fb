//! The core's tests, in one binary: the engine's numbers checked by hand and by property tests, the
//! knowledge base's rules, learning from confirmed cases, the App Privacy Report reader, recordings as evidence, case reports (golden
//! files, other languages) and the simulator.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod support;

mod engine;
mod error_words;
mod knowledge;
mod learning;
mod privacy_report;
mod recordings;
mod report;
mod report_i18n;
mod simulate;
