//! The phone bridge's tests, in one binary: the server against a raw HTTP client on 127.0.0.1 (`http`),
//! the page in headless Chromium driven over `WebDriver` (`browser`), and the page's texts in every
//! language (`catalog`). Every connection is to 127.0.0.1.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod browser;
mod catalog;
mod http;
mod support;
