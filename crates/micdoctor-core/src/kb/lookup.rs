//! Finding entities of a knowledge base by id, without scanning: an id → position index per kind of
//! entity, built once on the first lookup and kept beside the lists (it is not part of the JSON).
//!
//! The lists are plain public data, so code that builds a knowledge base may change them after a
//! lookup. A lookup therefore checks that the entity at the indexed position still has the id it asked
//! for, and only then trusts it; otherwise (a list changed since) it falls back to a scan, which is
//! always right. In the app a knowledge base is never changed after it is opened, so that never happens.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::model::{
    Cause, Comparison, Device, DeviceProfile, FaqEntry, Finding, Fix, Illustration, KnowledgeBase,
    Problem, RecordingCheck,
};

/// Positions of every entity by id, per kind.
#[derive(Debug, Default)]
struct Positions {
    problems: FxHashMap<String, usize>,
    causes: FxHashMap<String, usize>,
    findings: FxHashMap<String, usize>,
    fixes: FxHashMap<String, usize>,
    illustrations: FxHashMap<String, usize>,
    comparisons: FxHashMap<String, usize>,
    faq: FxHashMap<String, usize>,
}

/// The lazily built id index of a [`KnowledgeBase`]. It carries no meaning of its own: two knowledge
/// bases are equal whatever their indexes hold, and a clone starts without one.
#[derive(Default)]
pub struct IdIndex(OnceLock<Positions>);

impl Clone for IdIndex {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for IdIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for IdIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "IdIndex(built)"
        } else {
            "IdIndex(not built)"
        })
    }
}

fn positions<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> FxHashMap<String, usize> {
    let mut map = FxHashMap::default();
    for (position, item) in items.iter().enumerate() {
        // The first of two equal ids wins, as a scan would find it (validation rejects duplicates).
        map.entry(id(item).to_owned()).or_insert(position);
    }
    map
}

/// The entity with `id`: through the index when it still points at that id, by a scan otherwise.
fn find<'a, T>(
    items: &'a [T],
    index: &FxHashMap<String, usize>,
    wanted: &str,
    id: impl Fn(&T) -> &str,
) -> Option<&'a T> {
    index
        .get(wanted)
        .and_then(|&position| items.get(position))
        .filter(|item| id(item) == wanted)
        .or_else(|| items.iter().find(|item| id(item) == wanted))
}

impl KnowledgeBase {
    fn positions(&self) -> &Positions {
        self.index.0.get_or_init(|| Positions {
            problems: positions(&self.problems, |p| &p.id),
            causes: positions(&self.causes, |c| &c.id),
            findings: positions(&self.findings, |f| &f.id),
            fixes: positions(&self.fixes, |f| &f.id),
            illustrations: positions(&self.illustrations, |i| &i.id),
            comparisons: positions(&self.comparisons, |c| &c.id),
            faq: positions(&self.faq, |f| &f.id),
        })
    }

    #[must_use]
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        find(&self.problems, &self.positions().problems, id, |p| &p.id)
    }

    #[must_use]
    pub fn recording_check(&self, problem: &str, id: &str) -> Option<&RecordingCheck> {
        self.problem(problem)?
            .recording_checks
            .iter()
            .find(|check| check.id == id)
    }

    #[must_use]
    pub fn cause(&self, id: &str) -> Option<&Cause> {
        find(&self.causes, &self.positions().causes, id, |c| &c.id)
    }

    #[must_use]
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        find(&self.findings, &self.positions().findings, id, |f| &f.id)
    }

    #[must_use]
    pub fn fix(&self, id: &str) -> Option<&Fix> {
        find(&self.fixes, &self.positions().fixes, id, |f| &f.id)
    }

    /// A device profile's presentation (two at most: a scan is the index).
    #[must_use]
    pub fn device(&self, profile: DeviceProfile) -> Option<&Device> {
        self.devices.iter().find(|d| d.id == profile)
    }

    #[must_use]
    pub fn illustration(&self, id: &str) -> Option<&Illustration> {
        find(
            &self.illustrations,
            &self.positions().illustrations,
            id,
            |i| &i.id,
        )
    }

    #[must_use]
    pub fn comparison(&self, id: &str) -> Option<&Comparison> {
        find(&self.comparisons, &self.positions().comparisons, id, |c| {
            &c.id
        })
    }

    #[must_use]
    pub fn faq_entry(&self, id: &str) -> Option<&FaqEntry> {
        find(&self.faq, &self.positions().faq, id, |f| &f.id)
    }

    /// The display name of any cause, finding or fix id (for FAQ "related" links and history).
    #[must_use]
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.cause(id)
            .map(|c| c.name.as_str())
            .or_else(|| self.finding(id).map(|f| f.label.as_str()))
            .or_else(|| self.fix(id).map(|f| f.title.as_str()))
            .or_else(|| self.problem(id).map(|p| p.title.as_str()))
    }

    /// The findings of a problem, in the problem's order (ids that do not resolve are skipped).
    pub fn findings_of<'a>(
        &'a self,
        problem: &'a Problem,
    ) -> impl Iterator<Item = &'a Finding> + 'a {
        problem.findings.iter().filter_map(|id| self.finding(id))
    }

    /// The fixes of a problem, in the problem's order.
    pub fn fixes_of<'a>(&'a self, problem: &'a Problem) -> impl Iterator<Item = &'a Fix> + 'a {
        problem.fixes.iter().filter_map(|id| self.fix(id))
    }
}

#[cfg(test)]
mod tests {
    use crate::assets::BundledIllustrations;
    use crate::kb::{Cause, KnowledgeBase, Severity};

    fn kb() -> KnowledgeBase {
        crate::kb::bundled(&BundledIllustrations).unwrap()
    }

    #[test]
    fn every_id_finds_its_own_entity_and_unknown_ids_find_none() {
        let kb = kb();
        for cause in &kb.causes {
            assert!(std::ptr::eq(kb.cause(&cause.id).unwrap(), cause));
        }
        for finding in &kb.findings {
            assert!(std::ptr::eq(kb.finding(&finding.id).unwrap(), finding));
        }
        for fix in &kb.fixes {
            assert!(std::ptr::eq(kb.fix(&fix.id).unwrap(), fix));
        }
        for problem in &kb.problems {
            assert!(std::ptr::eq(kb.problem(&problem.id).unwrap(), problem));
        }
        for entry in &kb.faq {
            assert!(std::ptr::eq(kb.faq_entry(&entry.id).unwrap(), entry));
        }
        assert!(kb.cause("no_such_cause").is_none());
        assert!(
            kb.fix(&kb.causes[0].id).is_none(),
            "ids are looked up per kind"
        );
    }

    #[test]
    fn a_list_changed_after_a_lookup_is_still_read_right() {
        let mut kb = kb();
        let first = kb.causes[0].id.clone();
        assert!(kb.cause(&first).is_some());
        // Reorder and extend after the index was built: every lookup must still be right.
        kb.causes.reverse();
        kb.causes.push(Cause {
            id: "added_later".into(),
            name: "Added later".to_owned(),
            explanation: String::new(),
            severity: Severity::Low,
            hardware: false,
            prior: 0.1,
            rationale: String::new(),
            sources: Vec::new(),
        });
        for cause in &kb.causes {
            assert_eq!(kb.cause(&cause.id).unwrap().id, cause.id);
        }
        assert_eq!(kb.cause("added_later").unwrap().name, "Added later");
    }

    #[test]
    fn the_index_is_no_part_of_equality_or_json() {
        let kb = kb();
        let fresh = kb.clone();
        let _ = kb.cause("mic_permission_off");
        assert_eq!(kb, fresh);
        let json = serde_json::to_value(&kb).unwrap();
        assert!(json.get("index").is_none());
    }
}
