//! MicDoctor, the app: the window (`ui`: the desktop app and the counter kiosk) and the command line
//! (`cli`), thin layers over the `micdoctor-core` crate, which owns the knowledge base, the engine, cases,
//! reports and languages. The app uses the core under its own name (`micdoctor_core::kb`, …), so a reader
//! always knows where a thing lives; `ARCHITECTURE.md` maps the crates.

pub mod case_row;
pub mod cli;
pub mod clock;
pub mod ui;
