//! Reading a report: line by line through one reused buffer, never past [`MAX_REPORT_BYTES`] (refused
//! before reading when the file's size says so, and stopped while reading when it does not), each line at
//! most [`MAX_LINE_BYTES`]; then pairing each use's begin and end by its `identifier`, per app and sensor.
//! What is held while reading grows with the access lines of kept sensors, never with the file's size.

use std::collections::BTreeMap;
use std::io::{self, BufRead};
use std::path::Path;

use rustc_hash::FxHashMap;
use time::OffsetDateTime;

use super::error::PrivacyReportError;
use super::line::{self, Edge, Line, SensorEvent};
use super::model::{AppSensorUses, Interval, PrivacyReport, Sensor, Window};

/// The largest report read: 32 MiB. A week's report is 1–3 MB (4,000–10,000 lines); ten times that is
/// still a report, anything beyond is another kind of file or a damaged one.
pub const MAX_REPORT_BYTES: u64 = 32 * 1024 * 1024;

/// The longest line read: 64 KiB. A report's lines are a few hundred bytes; a longer line is skipped (and
/// counted) without being held.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// The byte order mark some editors put at the start of a UTF-8 file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads the App Privacy Report at `path`, at most [`MAX_REPORT_BYTES`] of it.
///
/// # Errors
/// [`PrivacyReportError`]: the file cannot be read, is empty, is too big, is not an App Privacy Report, or
/// is one of the iOS 15 beta format.
pub fn read_report(path: &Path) -> Result<PrivacyReport, PrivacyReportError> {
    let io = |source| PrivacyReportError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_REPORT_BYTES {
        return Err(PrivacyReportError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_REPORT_BYTES,
        });
    }
    read_report_from(
        io::BufReader::with_capacity(64 * 1024, file),
        path,
        MAX_REPORT_BYTES,
    )
}

/// Reads an App Privacy Report from `reader`, stopping past `limit` bytes. `name` is the file the errors
/// name.
///
/// # Errors
/// As [`read_report`]; [`PrivacyReportError::TooLarge`] as soon as more than `limit` bytes were read.
pub fn read_report_from(
    mut reader: impl BufRead,
    name: &Path,
    limit: u64,
) -> Result<PrivacyReport, PrivacyReportError> {
    let mut lines = Lines {
        reader: &mut reader,
        read: 0,
        limit,
    };
    let mut pairing = Pairing::default();
    let mut report = PrivacyReport::default();
    let mut buffer = Vec::with_capacity(1024);
    let mut any_content = false;
    let mut old_format_lines = 0_u64;
    let mut first = true;
    loop {
        let piece = match lines.next(&mut buffer) {
            Ok(Some(piece)) => piece,
            Ok(None) => break,
            Err(Stop::Io(source)) => {
                return Err(PrivacyReportError::Io {
                    path: name.to_owned(),
                    source,
                });
            }
            Err(Stop::TooLarge(size)) => {
                return Err(PrivacyReportError::TooLarge {
                    path: name.to_owned(),
                    size,
                    limit,
                });
            }
        };
        let mut bytes = buffer.as_slice();
        if std::mem::take(&mut first) {
            bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        }
        if piece == Piece::TooLong {
            any_content = true;
            report.skipped_lines += 1;
            continue;
        }
        let bytes = bytes.trim_ascii();
        if bytes.is_empty() {
            continue;
        }
        any_content = true;
        match line::parse(bytes) {
            Line::Sensor(event) => {
                report.access_lines += 1;
                pairing.window(event.at);
                if pairing.add(event) {
                    report.repeated_lines += 1;
                }
            }
            Line::OtherAccess(at) => {
                report.access_lines += 1;
                pairing.window(at);
            }
            Line::Network => report.network_lines += 1,
            Line::OldFormat => {
                old_format_lines += 1;
                report.skipped_lines += 1;
            }
            Line::Skipped => report.skipped_lines += 1,
        }
    }
    let path = || name.to_owned();
    if !any_content {
        return Err(PrivacyReportError::Empty { path: path() });
    }
    if report.access_lines == 0 && report.network_lines == 0 {
        return Err(if old_format_lines > 0 {
            PrivacyReportError::OldFormat { path: path() }
        } else {
            PrivacyReportError::NotAReport { path: path() }
        });
    }
    report.window = pairing
        .first
        .zip(pairing.last)
        .map(|(first, last)| Window { first, last });
    report.uses = pairing.into_uses();
    Ok(report)
}

/// Why reading stopped early.
enum Stop {
    Io(io::Error),
    TooLarge(u64),
}

/// What [`Lines::next`] left in the buffer.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    /// A whole line, without its line break.
    Line,
    /// A line longer than [`MAX_LINE_BYTES`]: read past, not kept (the buffer is empty).
    TooLong,
}

/// The lines of a reader, into one buffer, counting bytes against the limit.
struct Lines<'r, R> {
    reader: &'r mut R,
    read: u64,
    limit: u64,
}

impl<R: BufRead> Lines<'_, R> {
    fn next(&mut self, buffer: &mut Vec<u8>) -> Result<Option<Piece>, Stop> {
        buffer.clear();
        let mut too_long = false;
        let mut started = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(Stop::Io(err)),
            };
            if available.is_empty() {
                return Ok(started.then_some(if too_long {
                    Piece::TooLong
                } else {
                    Piece::Line
                }));
            }
            started = true;
            let (used, ended) = match available.iter().position(|&b| b == b'\n') {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            let content = &available[..if ended { used - 1 } else { used }];
            if !too_long {
                if buffer.len() + content.len() > MAX_LINE_BYTES {
                    too_long = true;
                    buffer.clear();
                } else {
                    buffer.extend_from_slice(content);
                }
            }
            self.reader.consume(used);
            self.read += used as u64;
            if self.read > self.limit {
                return Err(Stop::TooLarge(self.read));
            }
            if ended {
                return Ok(Some(if too_long {
                    Piece::TooLong
                } else {
                    Piece::Line
                }));
            }
        }
    }
}

/// One use's key: the app (as an index into the names), the sensor and the use's `identifier`.
#[derive(Debug, PartialEq, Eq, Hash)]
struct UseKey {
    app: u32,
    sensor: Sensor,
    identifier: Box<str>,
}

/// The ends of one use read so far.
#[derive(Debug, Default)]
struct Ends {
    begin: Option<OffsetDateTime>,
    end: Option<OffsetDateTime>,
}

/// The uses read so far, and the report's first and last moments.
#[derive(Default)]
struct Pairing {
    names: Vec<Box<str>>,
    name_index: FxHashMap<Box<str>, u32>,
    uses: FxHashMap<UseKey, Ends>,
    first: Option<OffsetDateTime>,
    last: Option<OffsetDateTime>,
}

impl Pairing {
    fn window(&mut self, at: OffsetDateTime) {
        if self.first.is_none_or(|first| at < first) {
            self.first = Some(at);
        }
        if self.last.is_none_or(|last| at > last) {
            self.last = Some(at);
        }
    }

    /// Adds a begin or an end; true when that use already had one (a repeated line). The earliest begin
    /// and the latest end are kept.
    fn add(&mut self, event: SensorEvent<'_>) -> bool {
        let app = if let Some(&app) = self.name_index.get(event.app.as_ref()) {
            app
        } else {
            let app = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
            let name: Box<str> = event.app.into();
            self.names.push(name.clone());
            self.name_index.insert(name, app);
            app
        };
        let key = UseKey {
            app,
            sensor: event.sensor,
            identifier: event.identifier.into(),
        };
        let ends = self.uses.entry(key).or_default();
        let slot = match event.edge {
            Edge::Begin => &mut ends.begin,
            Edge::End => &mut ends.end,
        };
        let Some(old) = *slot else {
            *slot = Some(event.at);
            return false;
        };
        let keep_new = match event.edge {
            Edge::Begin => event.at < old,
            Edge::End => event.at > old,
        };
        if keep_new {
            *slot = Some(event.at);
        }
        true
    }

    /// The uses as intervals, per app and sensor. A use with no end is open until the report's last
    /// moment; a use with no begin starts at the report's first moment; an end written before its begin
    /// is read as the interval between the two.
    fn into_uses(self) -> Vec<AppSensorUses> {
        let (Some(first), Some(last)) = (self.first, self.last) else {
            return Vec::new();
        };
        let mut grouped: BTreeMap<(&str, Sensor), Vec<Interval>> = BTreeMap::new();
        for (key, ends) in &self.uses {
            let interval = match (ends.begin, ends.end) {
                (Some(begin), Some(end)) => Interval {
                    start: begin.min(end),
                    end: begin.max(end),
                    began_before_report: false,
                    open_at_export: false,
                },
                (Some(begin), None) => Interval {
                    start: begin,
                    end: last.max(begin),
                    began_before_report: false,
                    open_at_export: true,
                },
                (None, Some(end)) => Interval {
                    start: first.min(end),
                    end,
                    began_before_report: true,
                    open_at_export: false,
                },
                (None, None) => continue,
            };
            let name = self
                .names
                .get(key.app as usize)
                .map_or("", |name| name.as_ref());
            grouped
                .entry((name, key.sensor))
                .or_default()
                .push(interval);
        }
        grouped
            .into_iter()
            .map(|((app, sensor), mut intervals)| {
                intervals
                    .sort_by_key(|i| (i.start, i.end, i.began_before_report, i.open_at_export));
                AppSensorUses {
                    app: app.to_owned(),
                    sensor,
                    intervals,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn read(text: &str) -> Result<PrivacyReport, PrivacyReportError> {
        read_report_from(Cursor::new(text.as_bytes()), Path::new("r.ndjson"), 1 << 20)
    }

    #[test]
    fn lines_end_with_or_without_a_break_and_crlf_is_read() {
        let text = "{\"type\":\"networkActivity\"}\r\n\n  \n{\"type\":\"networkActivity\"}";
        let report = read(text).unwrap();
        assert_eq!(report.network_lines, 2);
        assert_eq!(report.skipped_lines, 0);
        assert!(report.window.is_none());
    }

    #[test]
    fn a_line_longer_than_the_limit_is_skipped_without_being_held() {
        let long = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_LINE_BYTES));
        let text = format!("{long}\n{{\"type\":\"networkActivity\"}}\n{long}");
        let report = read_report_from(
            io::BufReader::with_capacity(16, Cursor::new(text.as_bytes())),
            Path::new("r"),
            1 << 20,
        )
        .unwrap();
        assert_eq!((report.network_lines, report.skipped_lines), (1, 2));
    }

    #[test]
    fn reading_stops_past_the_limit() {
        let text = "{\"type\":\"networkActivity\"}\n".repeat(100);
        let err = read_report_from(Cursor::new(text.as_bytes()), Path::new("r"), 1000).unwrap_err();
        assert!(
            matches!(err, PrivacyReportError::TooLarge { size, limit: 1000, .. } if size > 1000 && size < 1100),
            "{err}"
        );
    }

    #[test]
    fn a_file_of_blank_lines_or_a_bom_alone_is_empty() {
        for text in ["", "\n\n", "\u{feff}", "\u{feff}\n  \n"] {
            assert!(
                matches!(read(text), Err(PrivacyReportError::Empty { .. })),
                "{text:?}"
            );
        }
    }
}
