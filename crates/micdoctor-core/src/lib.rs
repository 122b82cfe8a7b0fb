//! MicDoctor's core: the knowledge base, the troubleshooting engine, sessions, reports, translations,
//! config, the staff PIN, case codes, the App Privacy Report reader and the advice simulator. A diagnosis is
//! put in words by `explained`, a whole case by `report`.
//!
//! Pure Rust with no GUI in its dependency graph (CI checks this with `cargo tree`); the app and the CLI in
//! the root crate are thin layers over it. Data flows one way: knowledge → session → engine → reports.

pub mod assets;
pub mod case_code;
pub mod config;
pub mod engine;
pub mod explained;
pub mod fs;
pub mod i18n;
pub mod ids;
pub mod kb;
pub mod learn;
pub mod pin;
pub mod privacy_report;
pub mod recording;
pub mod report;
pub mod resolved;
pub mod session;
pub mod sim;
pub mod store_location;
pub mod tests_run;
