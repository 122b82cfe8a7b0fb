//! The `micdoctor` command line, in one test binary, run as a user would: exit codes, messages and JSON
//! shapes of every command, `simulate`'s figures, and output in other languages.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod support;

mod cases_list;
mod commands;
mod reports;
mod simulate;
