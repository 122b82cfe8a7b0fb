//! The app in its window, in one test binary: every journey driven headless through real frames with
//! `egui_kittest` (click by label, read what a person would read), the desktop's menus and files, the
//! counter kiosk and its soak, recordings, idle, the shop's config, hostile input, the three languages,
//! glyphs, pictures and the snapshot PNGs.
//!
//! One binary rather than one per file: each links eframe, wgpu and SQLite, and linking them sixteen times
//! took longer than running most of the tests.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod support;

mod config;
mod desktop;
mod glyphs;
mod i18n;
mod idle;
mod illustrations;
mod journeys;
mod kiosk;
mod phone;
mod privacy_phone;
mod privacy_report;
mod recordings;
mod robustness;
mod snapshots;
mod soak;
mod staff_desk;
mod store_thread;
