//! MicDoctor: find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.
//!
//! The core (`kb`, `engine`, `session`, `report`) is pure Rust with no GUI dependency; `cli` and `ui` are
//! thin layers over it.

pub mod assets;
pub mod cli;
pub mod engine;
pub mod kb;
pub mod report;
pub mod session;
pub mod ui;
