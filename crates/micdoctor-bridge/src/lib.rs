//! MicDoctor's phone bridge: the customer's iPhone sends its evidence — a Voice Memo, a WhatsApp voice
//! note, a Camera video, the App Privacy Report — to the computer at the counter through its own browser,
//! with no app. The app opens a [`Bridge`] for a case and shows its QR code; the phone opens the page,
//! picks or films the file, and the app receives [`BridgeEvent`]s, then the file in a private folder.
//!
//! No GUI and no async for the app: a dedicated thread owns a current-thread tokio runtime from
//! [`Bridge::open`] to [`BridgeHandle::close`], so an unused bridge costs nothing. The threat model, the
//! limits and what the QR card must say are in `docs/phone-bridge.md`.
//!
//! Files: [`settings`] (what the app asks for), [`bridge`](mod@bridge) (open, the handle, close),
//! [`events`] (what the app hears), `server` (the two routes and the streamed upload), [`page`] (the
//! HTML, in the case's language), [`sniff`] (a file's kind by its first bytes), [`photos`] (the
//! from-Photos heuristic), [`wifi`] (the Wi-Fi QR text), `token` (the link's secret).

pub mod bridge;
pub mod events;
pub mod page;
pub mod photos;
mod server;
pub mod settings;
pub mod sniff;
mod token;
pub mod wifi;

pub use bridge::{Bridge, BridgeError, BridgeHandle, Closing, default_address};
pub use events::{BridgeEvent, EndReason, Failure, Refusal, UploadId};
pub use micdoctor_core::report::QrModules;
pub use server::{RefuseOutcome, Waker};
pub use settings::{
    BridgeSettings, CaseTicket, DEFAULT_LINK_LIFETIME, Limits, Role, ShopWifi, WifiSecurity,
};
pub use sniff::FileKind;
pub use token::TOKEN_BYTES;
