//! Recordings in the window: measuring dropped or chosen files off the UI thread, the recording-check
//! window with its takes and microphone table, and the pictures of each sound.

pub mod desk;
pub mod jobs;
pub mod panel;
pub mod plots;

pub use desk::RecordingDesk;
