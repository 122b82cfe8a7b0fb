//! MicDoctor: find out why an iPhone microphone fails in WhatsApp, and the cheapest step that fixes it.
//!
//! This crate is the thin layer people use: `ui` (the desktop app and the kiosk) and `cli`. Everything
//! else lives in the `micdoctor-core` crate, re-exported here under its own module names so that
//! `micdoctor::kb`, `micdoctor::engine` and the rest read the same from the app, the tests and the benches.

pub use micdoctor_core::{
    assets, case_log, config, engine, i18n, kb, learn, pin, recording, report, resolved, session,
    sim, t,
};

pub mod cli;
pub mod ui;
