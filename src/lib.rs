//! MicDoctor: find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.
//!
//! The core (`kb`, `engine`, `session`, `report`, `config`, `pin`, `case_log`) is pure Rust with no GUI dependency; `cli` and `ui` are
//! thin layers over it.

pub mod assets;
pub mod case_log;
pub mod cli;
pub mod config;
pub mod engine;
pub mod i18n;
pub mod kb;
pub mod pin;
pub mod report;
pub mod session;
pub mod sim;
pub mod ui;
