//! Widgets reused across screens: chips, cause rows, Settings paths, comparisons, step lists and their parts.

pub mod callout;
pub mod cause_row;
pub mod chip;
pub mod comparison;
pub mod countdown;
pub mod hint;
pub mod icon;
pub mod illustration;
pub mod painted;
pub mod plan_row;
pub mod qr;
pub mod settings_path;
pub mod step_list;
pub mod test_results;
