//! One ranked cause, painted as a single tappable row — name, severity badge, probability bar and
//! percent, and a "Why?" affordance — that opens what moved the cause, in words, below it.
//!
//! The row is one widget (one allocation, one accessible node: a disclosure named "cause: NN%") rather
//! than a dozen nested ones: the ranking column is the busiest part of the busiest screen.

use std::collections::BTreeSet;

use egui::{
    Color32, Pos2, Rect, Response, RichText, Sense, Shape, Stroke, StrokeKind, TextStyle, Ui, pos2,
    vec2,
};

use crate::ui::theme;
use crate::ui::widgets::hint::hint;
use crate::ui::widgets::icon::{Icon, icon};
use crate::ui::widgets::painted::galley as text;
use micdoctor_core::explained::{ExplainedCause, MIN_SHOWN_WEIGHT, statement};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{KnowledgeBase, Severity};
use micdoctor_core::t;

/// Space between the row's edge and what it shows (the hover and focus highlight fills it).
const PADDING: f32 = 6.0;
/// The percent's fixed column at the right of the bar, so every percent sits in the same place.
const PERCENT_WIDTH: f32 = 46.0;
const BAR_HEIGHT: f32 = 12.0;
/// Height of the bar's line (the percent is centred on it).
const BAR_LINE: f32 = 18.0;
/// Horizontal and vertical padding of the severity badge's pill.
const BADGE_PADDING: egui::Vec2 = egui::Vec2::new(8.0, 2.0);
/// Size of the "Why?" triangle.
const TRIANGLE: f32 = 8.0;

/// Draws a ranked cause: the row, and what moved it when the row is opened. `open_why` holds the
/// causes whose "why" is open (the case's UI state); a click on the row adds or removes this one.
pub fn cause_row(
    lang: Language,
    ui: &mut Ui,
    kb: &KnowledgeBase,
    cause: &ExplainedCause,
    open_why: &mut BTreeSet<micdoctor_core::kb::CauseId>,
) {
    let id = ui.make_persistent_id(("why", &cause.id));
    let was_open = open_why.contains(&cause.id);
    let response = summary(lang, ui, cause, id, was_open);
    let open = was_open != response.clicked();
    if open != was_open {
        if open {
            open_why.insert(cause.id.clone());
        } else {
            open_why.remove(&cause.id);
        }
    }
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_expanded(open);
    });
    if open {
        ui.indent(id, |ui| why(lang, ui, kb, cause));
    }
    ui.add_space(4.0);
}

/// The row itself; clicking it (or Enter/Space when focused) opens or closes the "why".
///
/// Its height comes from the name and the badge (the other texts are one line each), so a row scrolled
/// out of view is only measured and reserved: the ranking column shows a third of its rows at a time.
fn summary(
    lang: Language,
    ui: &mut Ui,
    cause: &ExplainedCause,
    id: egui::Id,
    open: bool,
) -> Response {
    // Passed as a number, so it reads the language's way.
    let percent = micdoctor_core::i18n::whole_percent(cause.probability);
    let width = ui.available_width();
    let content_width = (width - 2.0 * PADDING).max(0.0);
    let word = micdoctor_core::explained::severity_word(lang, cause.severity);
    let badge = text(
        ui,
        RichText::new(word.as_str()).small().strong(),
        f32::INFINITY,
    );
    let small = ui.text_style_height(&TextStyle::Small);
    let badge_size = vec2(
        badge.size().x + 2.0 * BADGE_PADDING.x,
        small + 2.0 * BADGE_PADDING.y,
    );
    let name = text(
        ui,
        RichText::new(&cause.name).strong(),
        (content_width - badge_size.x - 10.0).max(80.0),
    );
    let gap = 6.0;
    let top_line = name.size().y.max(badge_size.y);
    let height = PADDING + top_line + gap + BAR_LINE + gap + small + PADDING;
    // Allocated under the row's own id, so its accessibility node can be told it is open.
    let (_, rect) = ui.allocate_space(vec2(width, height));
    let response = ui.interact(rect, id, Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::DisclosureTriangle,
            ui.is_enabled(),
            t!(
                lang,
                "workspace-cause-probability",
                cause = cause.name.as_str(),
                percent = percent
            ),
        )
    });
    // A screen reader hears the severity with the cause, wherever the row is scrolled.
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_description(word.as_str());
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }

    let content = rect.shrink(PADDING);
    let badge_rect = Rect::from_min_size(
        pos2(content.right() - badge_size.x, content.top()),
        badge_size,
    );
    // The badge explains itself when pointed at.
    let badge_response = ui.interact(badge_rect, id.with("severity"), Sense::hover());
    hint(badge_response, || t!(lang, "workspace-severity-hint"));
    let value = text(
        ui,
        RichText::new(t!(lang, "workspace-percent", value = percent)).strong(),
        f32::INFINITY,
    );
    let why_label = text(
        ui,
        RichText::new(t!(lang, "workspace-why")).small(),
        content.width(),
    );

    let visuals = ui.visuals();
    let painter = ui.painter();
    if response.hovered() || response.has_focus() {
        let stroke = if response.has_focus() {
            Stroke::new(visuals.selection.stroke.width, theme::ACCENT)
        } else {
            Stroke::NONE
        };
        painter.rect(
            rect,
            8.0,
            visuals.widgets.hovered.weak_bg_fill,
            stroke,
            StrokeKind::Inside,
        );
    }
    let text_color = visuals.text_color();
    painter.galley(content.min, name, text_color);
    painter.rect_filled(badge_rect, 10.0, theme::severity_color(cause.severity));
    painter.galley(
        pos2(
            badge_rect.left() + BADGE_PADDING.x,
            badge_rect.center().y - badge.size().y / 2.0,
        ),
        badge,
        Color32::WHITE,
    );

    let bar_top = content.top() + top_line + gap;
    let bar_width = (content.width() - PERCENT_WIDTH - 10.0).max(60.0);
    let bar = Rect::from_min_size(
        pos2(content.left(), bar_top + (BAR_LINE - BAR_HEIGHT) / 2.0),
        vec2(bar_width, BAR_HEIGHT),
    );
    painter.rect_filled(bar, 6.0, visuals.widgets.inactive.bg_fill);
    let mut filled = bar;
    filled.set_width(bar.width() * (cause.probability as f32).clamp(0.0, 1.0));
    painter.rect_filled(filled, 6.0, theme::ACCENT);
    painter.galley(
        pos2(
            content.right() - value.size().x,
            bar_top + (BAR_LINE - value.size().y) / 2.0,
        ),
        value,
        text_color,
    );

    let why_top = bar_top + BAR_LINE + gap;
    let why_color = if response.hovered() {
        visuals.strong_text_color()
    } else {
        visuals.weak_text_color()
    };
    let center = pos2(content.left() + TRIANGLE / 2.0, why_top + small / 2.0);
    painter.add(triangle(center, open, why_color));
    painter.galley(
        pos2(content.left() + TRIANGLE + 6.0, why_top),
        why_label,
        why_color,
    );
    response
}

/// What the cause is, and each answer that moved it, up or down.
fn why(lang: Language, ui: &mut Ui, kb: &KnowledgeBase, cause: &ExplainedCause) {
    let explanation = kb.cause(&cause.id).map_or("", |c| c.explanation.as_str());
    ui.label(RichText::new(explanation).small());
    let mut reasons = cause
        .evidence
        .iter()
        .filter(|e| e.weight.abs() >= MIN_SHOWN_WEIGHT)
        .peekable();
    if reasons.peek().is_none() {
        ui.weak(t!(lang, "workspace-why-nothing"));
    }
    for item in reasons {
        let (arrow, color, word) = if item.weight > 0.0 {
            (
                Icon::Up,
                theme::severity_color(Severity::High),
                t!(lang, "workspace-why-up"),
            )
        } else {
            (Icon::Down, theme::SUCCESS, t!(lang, "workspace-why-down"))
        };
        ui.horizontal_wrapped(|ui| {
            icon(ui, arrow, 12.0);
            ui.label(RichText::new(word).color(color).small());
            ui.label(RichText::new(statement(lang, kb, item)).small());
        });
    }
}

/// The disclosure triangle: pointing right when closed, down when open.
fn triangle(center: Pos2, open: bool, color: Color32) -> Shape {
    let half = TRIANGLE / 2.0;
    let (across, along) = (half * 0.8, half);
    let points = if open {
        vec![
            center + vec2(-along, -across),
            center + vec2(along, -across),
            center + vec2(0.0, across),
        ]
    } else {
        vec![
            center + vec2(-across, -along),
            center + vec2(across, 0.0),
            center + vec2(-across, along),
        ]
    };
    Shape::convex_polygon(points, color, Stroke::NONE)
}
