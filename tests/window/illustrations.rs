//! The bundled pictures: each decodes through the app's SVG loader at its native size, stays a
//! self-contained, word-free drawing, and is described in the knowledge base.
use egui::load::{ImagePoll, SizeHint};
use micdoctor_core::assets::{BundledIllustrations, ILLUSTRATIONS};
use micdoctor_core::kb;

#[test]
fn every_illustration_renders_at_its_native_size() {
    let ctx = egui::Context::default();
    egui_extras::install_image_loaders(&ctx);
    for (id, bytes) in ILLUSTRATIONS {
        let uri = format!("bytes://illustrations/{id}.svg");
        ctx.include_bytes(uri.clone(), *bytes);
        match ctx.try_load_image(&uri, SizeHint::Scale(1.0.into())) {
            Ok(ImagePoll::Ready { image }) => {
                assert_eq!(image.size, [480, 300], "{id} has the wrong size");
                let opaque = image.pixels.iter().filter(|p| p.a() > 0).count();
                assert!(opaque > 480 * 300 / 2, "{id} draws almost nothing");
            }
            Ok(ImagePoll::Pending { .. }) => panic!("{id} did not load synchronously"),
            Err(err) => panic!("{id} failed to render: {err}"),
        }
    }
}

#[test]
fn pictures_are_self_contained_and_carry_no_words() {
    for (id, bytes) in ILLUSTRATIONS {
        let svg = std::str::from_utf8(bytes).unwrap();
        for forbidden in [
            "<text",
            "<script",
            "<image",
            "<foreignObject",
            "href=\"http",
            "<style",
        ] {
            assert!(
                !svg.contains(forbidden),
                "{id} contains {forbidden}: words belong in the KB's alt text"
            );
        }
        assert!(
            svg.contains("viewBox=\"0 0 480 300\""),
            "{id} must use the shared 480 × 300 card"
        );
    }
}

#[test]
fn every_picture_is_used_and_described_by_the_knowledge_base() {
    let kb = kb::bundled(&BundledIllustrations).unwrap();
    let text = kb::BUNDLED_JSON;
    for (id, _) in ILLUSTRATIONS {
        assert!(kb.illustration(id).is_some(), "{id} has no alt text");
        let uses = text.matches(&format!("\"{id}\"")).count();
        assert!(
            uses >= 2,
            "{id} is described but no step, device or comparison shows it"
        );
    }
}
