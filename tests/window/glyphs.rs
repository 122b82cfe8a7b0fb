//! Every character the app can show has a glyph in the bundled fonts (no tofu boxes in any language).
use std::collections::BTreeSet;

fn font_has(ctx: &egui::Context, c: char) -> bool {
    ctx.fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(16.0), c))
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    ctx
}

#[test]
fn every_character_of_the_knowledge_base_has_a_glyph() {
    let ctx = context();
    let chars: BTreeSet<char> = micdoctor_core::kb::BUNDLED_JSON
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let missing: Vec<String> = chars
        .into_iter()
        .filter(|&c| !font_has(&ctx, c))
        .map(|c| format!("{c:?} U+{:04X}", c as u32))
        .collect();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}

#[test]
fn every_character_of_every_translation_has_a_glyph() {
    let ctx = context();
    let overlays = micdoctor_core::kb::overlay::BUNDLED_OVERLAYS
        .iter()
        .map(|(language, text)| (language.code(), *text));
    let catalogs = micdoctor_core::i18n::SOURCES
        .iter()
        .flat_map(|(language, files)| files.iter().map(|text| (language.code(), *text)));
    let mut missing = BTreeSet::new();
    for (language, text) in overlays.chain(catalogs) {
        for c in text.chars().filter(|c| !c.is_control()) {
            if !font_has(&ctx, c) {
                missing.insert(format!("{language}: {c:?} U+{:04X}", c as u32));
            }
        }
    }
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}

#[test]
fn every_escaped_character_in_the_ui_code_has_a_glyph() {
    let ctx = context();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/ui"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (index, _) in text.match_indices("\\u{") {
            let rest = &text[index + 3..];
            let hex = &rest[..rest.find('}').unwrap()];
            let c = char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap();
            if !font_has(&ctx, c) {
                missing.push(format!("{} uses U+{hex}", path.display()));
            }
        }
        for c in text.chars().filter(|c| !c.is_ascii()) {
            if !font_has(&ctx, c) {
                missing.push(format!("{} uses {c:?}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
