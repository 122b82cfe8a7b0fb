//! Typed ids for the entities of a knowledge base: a cause id cannot be passed where a fix id is
//! meant. Each is a `String` underneath and serialises as one, so every JSON shape (knowledge bases,
//! sessions, reports) stays exactly as it was; each reads as a `&str` (`Deref`, `Borrow<str>`), so
//! maps keyed by an id are looked up with a plain string.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(transparent)]
        #[schemars(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> Self {
                Self(id.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

string_id!(
    /// A problem (journey) the knowledge base covers: `mic_whatsapp`.
    ProblemId
);
string_id!(
    /// A possible cause of a problem: `mic_permission_off`.
    CauseId
);
string_id!(
    /// A finding: a symptom or a check with a yes/no answer, `silent_everywhere`.
    FindingId
);
string_id!(
    /// A fix, including a hand-over to a repair shop: `fix_permissions`.
    FixId
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn an_id_is_its_string_in_json_and_looks_up_by_str() {
        let id = CauseId::from("mic_port_blocked");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"mic_port_blocked\"");
        let back: CauseId = serde_json::from_str("\"mic_port_blocked\"").unwrap();
        assert_eq!(back, id);
        assert_eq!(id, "mic_port_blocked");
        let mut map = BTreeMap::new();
        map.insert(id.clone(), 0.5);
        assert_eq!(map.get("mic_port_blocked"), Some(&0.5));
        assert_eq!(id.to_string(), "mic_port_blocked");
        assert!(id.starts_with("mic_"));
    }

    #[test]
    fn the_schema_is_a_string() {
        let schema = schemars::schema_for!(FixId);
        assert_eq!(schema.get("type"), Some(&serde_json::json!("string")));
    }
}
