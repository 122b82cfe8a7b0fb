//! One line of an App Privacy Report, recognised by a hand-written serde visitor that reads only the keys
//! a sensor use needs (`type`, `accessor.identifier`, `category`, `identifier`, `kind`, `timeStamp`) and
//! notes the keys of the iOS 15 beta format; every other value, and the whole of a network line past its
//! `type`, is skipped by the parser without being kept. Keys may come in any order, unknown keys are
//! fine, a key given twice counts as its last value (as JavaScript reads JSON), and a value of an
//! unexpected type is treated as missing rather than failing the line.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::model::Sensor;

/// Which end of a use a line marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// `intervalBegin`.
    Begin,
    /// `intervalEnd`.
    End,
}

/// A begin or end of a sensor use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SensorEvent<'a> {
    /// The accessor's identifier, less a Team ID prefix.
    pub app: Cow<'a, str>,
    pub sensor: Sensor,
    /// The UUID a use's begin and end share.
    pub identifier: Cow<'a, str>,
    pub edge: Edge,
    pub at: OffsetDateTime,
}

/// What a line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line<'a> {
    /// An access line of a kept sensor.
    Sensor(SensorEvent<'a>),
    /// An access line of another category (location, contacts, …): only its time is used.
    OtherAccess(OffsetDateTime),
    /// A `networkActivity` line: counted, nothing else read.
    Network,
    /// A line of the iOS 15 beta format (`stream`, `tccService`, a lower-case `timestamp`, `version`, or
    /// a `_marker` line), with no v4 `type`.
    OldFormat,
    /// Not JSON, not an object, of no known type, or missing what its type needs.
    Skipped,
}

/// Reads one line (without its line break).
#[must_use]
pub fn parse(bytes: &[u8]) -> Line<'_> {
    let Ok(raw) = serde_json::from_slice::<RawLine<'_>>(bytes) else {
        return Line::Skipped;
    };
    match raw.line_type.text() {
        Some("access") => raw.access(),
        Some("networkActivity") => Line::Network,
        _ if raw.old_format => Line::OldFormat,
        _ => Line::Skipped,
    }
}

/// `5Q4J53EFRC.com.example` → `com.example`: a Team ID is ten upper-case letters or digits before a dot.
/// A name without the prefix, or with nothing reverse-DNS after it, is returned as it is.
#[must_use]
pub fn without_team_id(app: &str) -> &str {
    let bytes = app.as_bytes();
    let is_team_id = bytes.len() > 11
        && bytes[10] == b'.'
        && bytes[..10]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if is_team_id && app[11..].contains('.') {
        &app[11..]
    } else {
        app
    }
}

fn parse_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// A value: a string (borrowed from the line when it has no escapes), or anything else.
#[derive(Debug, Default)]
enum Field<'a> {
    Text(Cow<'a, str>),
    #[default]
    Other,
}

impl<'a> Field<'a> {
    fn text(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(text),
            Self::Other => None,
        }
    }

    fn into_text(self) -> Option<Cow<'a, str>> {
        match self {
            Self::Text(text) => Some(text),
            Self::Other => None,
        }
    }
}

/// The keys the reader looks at; every other key is `Other`.
enum Key {
    Type,
    Accessor,
    Category,
    Identifier,
    Kind,
    TimeStamp,
    /// `stream`, `tccService`, `timestamp`, `version`, `_marker`: keys of the iOS 15 beta format.
    OldFormat,
    Other,
}

#[derive(Default)]
struct RawLine<'a> {
    line_type: Field<'a>,
    accessor: Field<'a>,
    category: Field<'a>,
    identifier: Field<'a>,
    kind: Field<'a>,
    time_stamp: Field<'a>,
    old_format: bool,
}

impl<'a> RawLine<'a> {
    fn access(self) -> Line<'a> {
        let Some(at) = self.time_stamp.text().and_then(parse_time) else {
            return Line::Skipped;
        };
        let Some(sensor) = self.category.text().and_then(Sensor::from_category) else {
            return Line::OtherAccess(at);
        };
        let edge = match self.kind.text() {
            Some("intervalBegin") => Edge::Begin,
            Some("intervalEnd") => Edge::End,
            _ => return Line::Skipped,
        };
        let (Some(app), Some(identifier)) =
            (self.accessor.into_text(), self.identifier.into_text())
        else {
            return Line::Skipped;
        };
        if app.is_empty() || identifier.is_empty() {
            return Line::Skipped;
        }
        let app = match app {
            Cow::Borrowed(app) => Cow::Borrowed(without_team_id(app)),
            Cow::Owned(app) => Cow::Owned(without_team_id(&app).to_owned()),
        };
        Line::Sensor(SensorEvent {
            app,
            sensor,
            identifier,
            edge,
            at,
        })
    }
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "type" => Key::Type,
                    "accessor" => Key::Accessor,
                    "category" => Key::Category,
                    "identifier" => Key::Identifier,
                    "kind" => Key::Kind,
                    "timeStamp" => Key::TimeStamp,
                    "stream" | "tccService" | "timestamp" | "version" | "_marker" => Key::OldFormat,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Drains a map or sequence it is not interested in, so that the parser moves past it.
fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// The scalar visits of a visitor whose value is `Default` for anything but what it looks for.
macro_rules! other_scalars {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Self::Value::default())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Self::Value::default())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Self::Value::default())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Self::Value::default())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Self::Value::default())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            drain_seq(seq)?;
            Ok(Self::Value::default())
        }
    };
}

impl<'de> de::Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Field<'de>, E> {
                Ok(Field::Text(Cow::Owned(text)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Field<'de>, A::Error> {
                drain_map(map)?;
                Ok(Field::Other)
            }
            other_scalars!();
        }
        deserializer.deserialize_any(FieldVisitor)
    }
}

/// `accessor`: an object whose `identifier` is the app; anything else is `Other`.
struct Accessor<'a>(Field<'a>);

impl<'de> de::Deserialize<'de> for Accessor<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AccessorVisitor;
        impl<'de> Visitor<'de> for AccessorVisitor {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an accessor")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
                let mut identifier = Field::Other;
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Identifier => identifier = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(identifier)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            other_scalars!();
        }
        deserializer.deserialize_any(AccessorVisitor).map(Accessor)
    }
}

impl<'de> de::Deserialize<'de> for RawLine<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LineVisitor;
        impl<'de> Visitor<'de> for LineVisitor {
            type Value = RawLine<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawLine<'de>, A::Error> {
                let mut line = RawLine::default();
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Type => line.line_type = map.next_value()?,
                        Key::Accessor => line.accessor = map.next_value::<Accessor<'de>>()?.0,
                        Key::Category => line.category = map.next_value()?,
                        Key::Identifier => line.identifier = map.next_value()?,
                        Key::Kind => line.kind = map.next_value()?,
                        Key::TimeStamp => line.time_stamp = map.next_value()?,
                        Key::OldFormat => {
                            line.old_format = true;
                            map.next_value::<IgnoredAny>()?;
                        }
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(line)
            }
        }
        deserializer.deserialize_map(LineVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEGIN: &str = r#"{"accessor":{"identifier":"net.whatsapp.WhatsApp","identifierType":"bundleID"},"category":"microphone","identifier":"B0848F17-B581-42C4-AF98-EC5CB2181A61","kind":"intervalBegin","timeStamp":"2024-10-15T12:26:55.460+02:00","type":"access"}"#;

    fn event(line: &str) -> SensorEvent<'_> {
        match parse(line.as_bytes()) {
            Line::Sensor(event) => event,
            other => panic!("{other:?} for {line}"),
        }
    }

    #[test]
    fn an_access_line_gives_its_app_sensor_use_edge_and_instant() {
        let event = event(BEGIN);
        assert_eq!(event.app, "net.whatsapp.WhatsApp");
        assert!(matches!(event.app, Cow::Borrowed(_)));
        assert_eq!(event.sensor, Sensor::Microphone);
        assert_eq!(event.identifier, "B0848F17-B581-42C4-AF98-EC5CB2181A61");
        assert_eq!(event.edge, Edge::Begin);
        assert_eq!(event.at.offset().whole_hours(), 2);
        assert_eq!(event.at.unix_timestamp(), 1_728_988_015);
        assert_eq!(event.at.millisecond(), 460);
    }

    #[test]
    fn keys_in_any_order_unknown_keys_and_escapes_are_read() {
        let event = event(
            r#"{"type":"access","extra":[1,{"a":[]}],"timeStamp":"2024-10-15T10:26:55Z","kind":"intervalEnd","identifier":"X","category":"camera","outOfProcess":false,"accessCount":3,"accessor":{"identifierType":"bundleID","identifier":"com.exa\u006dple"}}"#,
        );
        assert_eq!(event.app, "com.example");
        assert_eq!(event.sensor, Sensor::Camera);
        assert_eq!(event.edge, Edge::End);
        assert!(event.at.offset().is_utc());
    }

    #[test]
    fn a_team_id_prefix_is_taken_off() {
        assert_eq!(without_team_id("5Q4J53EFRC.com.example"), "com.example");
        assert_eq!(without_team_id("com.example.app"), "com.example.app");
        assert_eq!(without_team_id("5Q4J53EFRC.x"), "5Q4J53EFRC.x");
        assert_eq!(without_team_id("/usr/libexec/x"), "/usr/libexec/x");
        let line = BEGIN.replace("net.whatsapp", "57T9237FN3.net.whatsapp");
        assert_eq!(event(&line).app, "net.whatsapp.WhatsApp");
    }

    #[test]
    fn other_lines_are_told_apart() {
        let network = r#"{"domain":"g.whatsapp.net","firstTimeStamp":"2021-06-06T16:15:48Z","context":"","timeStamp":"2021-06-06T16:15:59Z","domainType":2,"initiatedType":"AppInitiated","hits":10,"type":"networkActivity","domainOwner":"","bundleID":"net.whatsapp.WhatsApp"}"#;
        assert_eq!(parse(network.as_bytes()), Line::Network);
        let location = BEGIN.replace("microphone", "location");
        assert!(matches!(parse(location.as_bytes()), Line::OtherAccess(_)));
        let beta = r#"{"stream":"com.apple.privacy.accounting.stream.tcc","accessor":{"identifier":"com.google.ProjectFi","identifierType":"bundleID"},"tccService":"kTCCServiceAddressBook","identifier":"BE766661-F44C-46F8-A3E5-258FAE68D603","kind":"event","timestamp":"2021-06-09T14:19:48.270-05:00","version":3}"#;
        assert_eq!(parse(beta.as_bytes()), Line::OldFormat);
        assert_eq!(parse(br#"{"_marker":"<end-of-section>"}"#), Line::OldFormat);
        for skipped in [
            &b"not json"[..],
            b"[1,2]",
            b"\"access\"",
            b"{\"type\":\"access\"}",
            b"{\"type\":\"other\"}",
            b"{}",
            b"{\"type\":\"access\",\"timeStamp\":\"yesterday\",\"category\":\"camera\"}",
            b"{\"a\":1} trailing",
            &[0xff, 0xfe, b'{', b'}'],
        ] {
            assert_eq!(parse(skipped), Line::Skipped, "{skipped:?}");
        }
        let no_kind = BEGIN.replace("intervalBegin", "event");
        assert_eq!(parse(no_kind.as_bytes()), Line::Skipped);
        let accessor_text = BEGIN.replace(
            r#"{"identifier":"net.whatsapp.WhatsApp","identifierType":"bundleID"}"#,
            r#""net.whatsapp.WhatsApp""#,
        );
        assert_eq!(parse(accessor_text.as_bytes()), Line::Skipped);
    }

    #[test]
    fn a_value_of_the_wrong_type_counts_as_missing() {
        let line = BEGIN.replace(r#""type":"access""#, r#""type":7"#);
        assert_eq!(parse(line.as_bytes()), Line::Skipped);
        let line = BEGIN.replace(r#""category":"microphone""#, r#""category":{"a":1}"#);
        assert!(matches!(parse(line.as_bytes()), Line::OtherAccess(_)));
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = format!("{{\"x\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(deep.as_bytes()), Line::Skipped);
    }
}
