//! Every text people read in a knowledge base, by its overlay key, walked over the typed model: the one
//! place that knows which fields are words (names, questions, steps, Settings paths) and which are
//! structure (ids, numbers, rationales, picture files).
//!
//! Keys are paths in which an entity with an `id` is named by it and anything else by its index:
//! `causes/mic_permission_off/name`, `fixes/fix_force_quit/steps/1/variants/home_button/text`,
//! `fixes/fix_permissions/steps/0/settings_path/2`. Walking the typed model, rather than a JSON copy of
//! it, keeps what JSON does not carry (a shop's pictures) and cannot fail.

use super::model::{
    Cause, Comparison, Device, Explainer, FaqEntry, Finding, Fix, Illustration, KnowledgeBase,
    Problem, RecordingCheck, Source, Step,
};

/// Calls `visit` with the key and the text of every string people read in `kb`.
pub fn visit_texts(kb: &mut KnowledgeBase, visit: &mut dyn FnMut(&str, &mut String)) {
    let mut walk = Walk {
        key: String::new(),
        visit,
    };
    walk.text("title", &mut kb.title);
    walk.each("sources", &mut kb.sources, |s| s.id.clone(), source);
    walk.each("devices", &mut kb.devices, |d| d.id.id().to_owned(), device);
    walk.each(
        "illustrations",
        &mut kb.illustrations,
        |i| i.id.clone(),
        illustration,
    );
    walk.each("problems", &mut kb.problems, |p| p.id.to_string(), problem);
    walk.each("causes", &mut kb.causes, |c| c.id.to_string(), cause);
    walk.each("findings", &mut kb.findings, |f| f.id.to_string(), finding);
    walk.each("fixes", &mut kb.fixes, |f| f.id.to_string(), fix);
    walk.each("faq", &mut kb.faq, |f| f.id.clone(), faq);
    walk.each(
        "comparisons",
        &mut kb.comparisons,
        |c| c.id.clone(),
        comparison,
    );
}

/// The key being built, and what to do at each text.
struct Walk<'v> {
    key: String,
    visit: &'v mut dyn FnMut(&str, &mut String),
}

impl Walk<'_> {
    /// Runs `body` with `segment` appended to the key.
    fn within(&mut self, segment: &str, body: impl FnOnce(&mut Self)) {
        let len = self.key.len();
        if !self.key.is_empty() {
            self.key.push('/');
        }
        self.key.push_str(segment);
        body(self);
        self.key.truncate(len);
    }

    fn text(&mut self, field: &str, text: &mut String) {
        self.within(field, |walk| (walk.visit)(&walk.key, text));
    }

    fn optional(&mut self, field: &str, text: &mut Option<String>) {
        if let Some(text) = text {
            self.text(field, text);
        }
    }

    /// A list of strings: each is named by its index.
    fn texts(&mut self, field: &str, texts: &mut [String]) {
        self.within(field, |walk| {
            for (index, text) in texts.iter_mut().enumerate() {
                walk.text(&index.to_string(), text);
            }
        });
    }

    /// A list of entities, each named by `name` (its id) and walked by `body`.
    fn each<T>(
        &mut self,
        field: &str,
        items: &mut [T],
        name: impl Fn(&T) -> String,
        body: fn(&mut Self, &mut T),
    ) {
        self.within(field, |walk| {
            for item in items {
                let segment = name(item);
                walk.within(&segment, |walk| body(walk, item));
            }
        });
    }

    /// A list of entities without ids: each is named by its index.
    fn indexed<T>(&mut self, field: &str, items: &mut [T], body: fn(&mut Self, &mut T)) {
        self.within(field, |walk| {
            for (index, item) in items.iter_mut().enumerate() {
                walk.within(&index.to_string(), |walk| body(walk, item));
            }
        });
    }
}

fn source(walk: &mut Walk<'_>, source: &mut Source) {
    walk.text("title", &mut source.title);
}

fn device(walk: &mut Walk<'_>, device: &mut Device) {
    walk.text("name", &mut device.name);
    walk.text("hint", &mut device.hint);
}

fn illustration(walk: &mut Walk<'_>, illustration: &mut Illustration) {
    walk.text("alt", &mut illustration.alt);
}

fn problem(walk: &mut Walk<'_>, problem: &mut Problem) {
    walk.text("title", &mut problem.title);
    walk.text("summary", &mut problem.summary);
    walk.each(
        "symptom_groups",
        &mut problem.symptom_groups,
        |g| g.id.clone(),
        |walk, group| walk.text("title", &mut group.title),
    );
    if let Some(explainer) = &mut problem.explainer {
        walk.within("explainer", |walk| explain(walk, explainer));
    }
    walk.each(
        "recording_checks",
        &mut problem.recording_checks,
        |c| c.id.clone(),
        recording_check,
    );
    if let Some(next_time) = &mut problem.next_time {
        walk.within("next_time", |walk| {
            walk.text("title", &mut next_time.title);
            walk.indexed("steps", &mut next_time.steps, step);
        });
    }
}

fn recording_check(walk: &mut Walk<'_>, check: &mut RecordingCheck) {
    walk.text("title", &mut check.title);
    walk.text("summary", &mut check.summary);
    walk.indexed("steps", &mut check.steps, step);
    walk.indexed("takes", &mut check.takes, |walk, take| {
        walk.text("label", &mut take.label);
        walk.text("prompt", &mut take.prompt);
    });
}

fn explain(walk: &mut Walk<'_>, explainer: &mut Explainer) {
    walk.text("title", &mut explainer.title);
    walk.indexed("sections", &mut explainer.sections, |walk, section| {
        walk.text("heading", &mut section.heading);
        walk.texts("points", &mut section.points);
    });
}

fn cause(walk: &mut Walk<'_>, cause: &mut Cause) {
    walk.text("name", &mut cause.name);
    walk.text("explanation", &mut cause.explanation);
}

fn finding(walk: &mut Walk<'_>, finding: &mut Finding) {
    walk.text("label", &mut finding.label);
    walk.text("question", &mut finding.question);
    walk.text("yes_statement", &mut finding.yes_statement);
    walk.text("no_statement", &mut finding.no_statement);
    walk.indexed("steps", &mut finding.steps, step);
    if let Some(note) = &mut finding.for_technician {
        walk.within("for_technician", |walk| {
            walk.text("subject", &mut note.subject);
            for (key, outcome) in [("yes", &mut note.yes), ("no", &mut note.no)] {
                if let Some(outcome) = outcome {
                    walk.within(key, |walk| walk.text("text", &mut outcome.text));
                }
            }
        });
    }
}

fn fix(walk: &mut Walk<'_>, fix: &mut Fix) {
    walk.text("title", &mut fix.title);
    walk.text("summary", &mut fix.summary);
    walk.optional("risk_note", &mut fix.risk_note);
    walk.indexed("steps", &mut fix.steps, step);
    walk.indexed("afterwards", &mut fix.afterwards, step);
}

fn step(walk: &mut Walk<'_>, step: &mut Step) {
    walk.text("text", &mut step.text);
    if let Some(path) = &mut step.settings_path {
        walk.texts("settings_path", path);
    }
    if let Some(older) = &mut step.older_settings_path {
        walk.within("older_settings_path", |walk| {
            walk.text("applies_to", &mut older.applies_to);
            walk.texts("path", &mut older.path);
        });
    }
    walk.optional("warning", &mut step.warning);
    walk.optional("tip", &mut step.tip);
    walk.optional("confirm_before", &mut step.confirm_before);
    walk.within("variants", |walk| {
        for (device, variant) in &mut step.variants {
            walk.within(device.id(), |walk| walk.text("text", &mut variant.text));
        }
    });
}

fn faq(walk: &mut Walk<'_>, entry: &mut FaqEntry) {
    walk.text("question", &mut entry.question);
    walk.text("answer", &mut entry.answer);
}

fn comparison(walk: &mut Walk<'_>, comparison: &mut Comparison) {
    walk.text("title", &mut comparison.title);
    walk.texts("headings", &mut comparison.headings);
    walk.indexed("rows", &mut comparison.rows, |walk, row| {
        walk.text("label", &mut row.label);
        walk.texts("cells", &mut row.cells);
    });
}
