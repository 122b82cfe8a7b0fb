//! A JSON path (`$.problems[3].causes`) that the validator builds on the stack as it walks and
//! formats only when an issue names it, so a valid knowledge base costs no strings.

use std::fmt;

/// One place in the knowledge-base JSON: the root, or a key or index under another place.
#[derive(Debug, Clone, Copy)]
pub(super) enum JsonPath<'p> {
    Root,
    Key(&'p JsonPath<'p>, &'p str),
    Index(&'p JsonPath<'p>, usize),
}

impl<'p> JsonPath<'p> {
    /// The member `key` of this object.
    pub(super) fn key(&'p self, key: &'p str) -> Self {
        Self::Key(self, key)
    }

    /// The element `index` of this array.
    pub(super) fn index(&'p self, index: usize) -> Self {
        Self::Index(self, index)
    }
}

impl fmt::Display for JsonPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Root => f.write_str("$"),
            Self::Key(parent, key) => write!(f, "{parent}.{key}"),
            Self::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::JsonPath;

    #[test]
    fn formats_as_the_json_path_it_names() {
        let root = JsonPath::Root;
        let problems = root.key("problems");
        let third = problems.index(3);
        let variants = third.key("variants");
        let variant = variants.key("face_id");
        assert_eq!(root.to_string(), "$");
        assert_eq!(
            third.key("causes").index(0).to_string(),
            "$.problems[3].causes[0]"
        );
        assert_eq!(variant.to_string(), "$.problems[3].variants.face_id");
    }
}
