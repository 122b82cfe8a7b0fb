//! `micdoctor cases list` for people: a header row, then a row per case, each column as wide as its
//! widest cell as a terminal shows it (accents and wide characters counted by display width).

use unicode_width::UnicodeWidthStr;

use crate::case_row::CaseRow;
use crate::clock::LocalClock;
use micdoctor_core::i18n::Language;
use micdoctor_core::t;

/// What a missing value shows.
const NONE: &str = "-";

/// The table of `rows`, headed in `lang`, times on `clock`.
#[must_use]
pub fn case_table(lang: Language, clock: &LocalClock, rows: &[CaseRow]) -> String {
    let header = [
        t!(lang, "cases-column-code"),
        t!(lang, "cases-column-time"),
        t!(lang, "cases-column-problem"),
        t!(lang, "cases-column-outcome"),
        t!(lang, "cases-column-verdict"),
        t!(lang, "cases-column-who"),
    ];
    let body: Vec<[String; 6]> = rows
        .iter()
        .map(|row| {
            let or_none = |text: &Option<String>| text.clone().unwrap_or_else(|| NONE.to_owned());
            [
                row.code.clone(),
                clock.date_time(row.started_unix),
                row.problem_name.clone(),
                or_none(&row.outcome_name),
                or_none(&row.verdict_name),
                or_none(&row.staff),
            ]
        })
        .collect();
    aligned(&header, &body)
}

/// Cells padded to their column's width, two spaces apart, no trailing spaces.
fn aligned<const N: usize>(header: &[String; N], body: &[[String; N]]) -> String {
    let mut widths = [0; N];
    for row in std::iter::once(header).chain(body) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let mut text = String::new();
    for row in std::iter::once(header).chain(body) {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(widths) {
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', width - cell.width() + 2));
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_display_width() {
        let header = ["Código".to_owned(), "Hora".to_owned()];
        let body = [["S8-W5C".to_owned(), "02:05".to_owned()]];
        assert_eq!(aligned(&header, &body), "Código  Hora\nS8-W5C  02:05\n");
    }
}
