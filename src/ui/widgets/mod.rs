//! Widgets reused across screens: chips, cause rows, Settings breadcrumbs, step lists and their parts.

pub mod breadcrumb;
pub mod callout;
pub mod cause_row;
pub mod chip;
pub mod countdown;
pub mod icon;
pub mod illustration;
pub mod step_list;
