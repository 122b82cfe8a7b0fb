//! The recording crate's tests, in one binary: every fixture judged as itself in every container, bad
//! files each with their message, the three-microphone comparison, recordings in case reports, and the
//! benchmark's committed subset (every file called its true class).
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod bad_files;
mod benchmark_subset;
mod fixture_files;
mod microphones;
mod report;
