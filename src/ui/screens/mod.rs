//! One module per screen; each draws from the state and pushes the user's [`Command`](super::command::Command)s.

pub mod browse;
pub mod outcome;
pub mod start;
pub mod symptoms;
pub mod top_bar;
pub mod workspace;
