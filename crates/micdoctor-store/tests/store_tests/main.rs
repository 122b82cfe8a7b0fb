//! The case store's tests, in one binary: the journeys every backend must keep (`contract`), run on a
//! SQLite file and, when `MICDOCTOR_TEST_POSTGRES` names a server, on PostgreSQL, and what is each
//! backend's own.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

mod contract;
mod postgres;
mod postgres_tls;
mod property;
mod sqlite;
