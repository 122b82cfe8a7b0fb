//! What a command needs from outside the state — a file dialog, a file read or written, a recording
//! measured, a window to close — returned by [`crate::ui::state::AppState::apply`] and carried out by the
//! frame in one place (`app/effects.rs`), so the state's changes stay pure and testable without egui.

use std::path::PathBuf;

use micdoctor_core::recording::RecordingRole;

/// Something to do outside the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Ask for a knowledge-base file (or for its path, where no dialog can be shown).
    ChooseKb,
    /// Open a knowledge-base file: on success it comes back as a `UseKb` command.
    OpenKb(PathBuf),
    /// Ask where to save a report of the case.
    ChooseReportFile,
    /// Write a report of the case to this file.
    SaveReport(PathBuf),
    /// Ask for a recording for this take (`None`: the take the app picks).
    ChooseRecording(Option<RecordingRole>),
    /// Measure these files, off the UI thread.
    Measure(Vec<(PathBuf, Option<RecordingRole>)>),
    /// Ask for an App Privacy Report file.
    ChoosePrivacyReport,
    /// Read this App Privacy Report, off the UI thread.
    ReadPrivacyReport(PathBuf),
    /// Open the phone bridge for what `PhoneAsk` names (the page asks for that and nothing else).
    OpenPhoneBridge(PhoneAsk),
    /// Close the phone bridge once no upload is running (at once when the case ends); with `Some`, only
    /// a bridge opened for that.
    ClosePhoneBridge(Option<PhoneAsk>),
    /// Refuse a phone upload by its number.
    RefuseUpload(u64),
    ShowShortcuts,
    ShowAbout,
    /// Close the window.
    Quit,
    /// A new customer at the kiosk: forget every widget's state and every recording being measured.
    ForgetCustomer,
}

/// What a bridge is opened for: the takes of one recording check, or the App Privacy Report alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneAsk {
    /// The takes of the recording check with this id.
    Check(String),
    /// The App Privacy Report (`.ndjson`), from the privacy journey.
    PrivacyReport,
}
