//! An illustration scaled to the column, with its alt text for screen readers: the knowledge base's own
//! picture when it brought one from a file (`illustrations[].file`), else the bundled drawing.

use std::sync::Arc;

use egui::{Context, Id, Image, TextureHandle, TextureOptions, Ui, Vec2};

use crate::ui::widgets::hint::picture_hint as hint;
use micdoctor_core::assets;
use micdoctor_core::kb::{KnowledgeBase, Picture, PictureFormat};

/// Native size of every bundled illustration (the SVG viewBox); pictures of a KB's own keep their shape.
const NATIVE: Vec2 = Vec2::new(480.0, 300.0);

/// Where [`use_pictures_of`] keeps the current knowledge base's own pictures in egui's memory.
fn pictures_key() -> Id {
    Id::unique("micdoctor.kb_pictures")
}

/// Where a decoded PNG's texture is kept (dropped, and so freed, when the knowledge base changes).
fn texture_key(uri: &str) -> Id {
    Id::unique(("micdoctor.kb_picture_texture", uri))
}

/// The pictures of the knowledge base on screen: `(illustration id, picture, uri)`.
#[derive(Clone, Default)]
struct KbPictures(Arc<Vec<(String, Picture, String)>>);

impl KbPictures {
    fn of(kb: &KnowledgeBase) -> Self {
        Self(Arc::new(
            kb.illustrations
                .iter()
                .filter_map(|i| {
                    let picture = i.picture.clone()?;
                    let uri = picture.uri(&i.id);
                    Some((i.id.clone(), picture, uri))
                })
                .collect(),
        ))
    }

    /// True when these are `kb`'s pictures: same ids, same bytes (by pointer, so this costs nothing per
    /// frame; fingerprints are computed only when the pictures change).
    fn are_those_of(&self, kb: &KnowledgeBase) -> bool {
        let mut theirs = kb
            .illustrations
            .iter()
            .filter_map(|i| i.picture.as_ref().map(|p| (&i.id, p)));
        self.0.iter().all(|(id, picture, _)| {
            theirs.next().is_some_and(|(their_id, theirs)| {
                their_id == id && Arc::ptr_eq(&picture.bytes, &theirs.bytes)
            })
        }) && theirs.next().is_none()
    }

    fn get(&self, id: &str) -> Option<(&Picture, &str)> {
        self.0
            .iter()
            .find(|(name, _, _)| name == id)
            .map(|(_, picture, uri)| (picture, uri.as_str()))
    }
}

/// Makes `kb`'s own pictures (read from its `illustrations[].file`) the ones [`illustration`] shows; call
/// it once per frame before drawing, or whenever the knowledge base changes. Cheap when nothing changed.
/// When the pictures change, the old ones are forgotten by egui's loaders and their textures freed.
pub fn use_pictures_of(ctx: &Context, kb: &KnowledgeBase) {
    let has_pictures = kb.illustrations.iter().any(|i| i.picture.is_some());
    let current: Option<KbPictures> = ctx.data(|d| d.get_temp(pictures_key()));
    if !has_pictures && current.is_none() {
        return;
    }
    if current.as_ref().is_some_and(|c| c.are_those_of(kb)) {
        return;
    }
    let wanted = KbPictures::of(kb);
    if let Some(old) = current {
        for (_, _, uri) in old.0.iter() {
            if !wanted.0.iter().any(|(_, _, u)| u == uri) {
                ctx.forget_image(uri);
                ctx.data_mut(|d| d.remove::<TextureHandle>(texture_key(uri)));
            }
        }
    }
    ctx.data_mut(|d| {
        if wanted.0.is_empty() {
            d.remove::<KbPictures>(pictures_key());
        } else {
            d.insert_temp(pictures_key(), wanted);
        }
    });
}

/// Shows the picture `id` no wider than `max_width`; shows the alt text alone if there is no picture.
///
/// On the app's very first frame the picture's place is held by a plain card and the picture follows on
/// the next frame: rasterising SVGs (about 45 ms each here) would otherwise delay the window itself.
pub fn illustration(ui: &mut Ui, id: &str, alt: &str, max_width: f32) {
    let own: Option<KbPictures> = ui.ctx().data(|d| d.get_temp(pictures_key()));
    let width = max_width.min(ui.available_width()).min(NATIVE.x * 1.2);
    if let Some((picture, uri)) = own.as_ref().and_then(|p| p.get(id)) {
        own_picture(ui, picture, uri, alt, width);
        return;
    }
    let Some(bytes) = assets::illustration_svg(id) else {
        ui.weak(alt);
        return;
    };
    let size = Vec2::new(width, width * NATIVE.y / NATIVE.x);
    if placeholder_on_first_frame(ui, size, alt) {
        return;
    }
    let shown = ui.add(
        Image::from_bytes(format!("bytes://illustrations/{id}.svg"), bytes)
            .fit_to_exact_size(size)
            .alt_text(alt),
    );
    hint(shown, || alt.to_owned());
}

/// Holds the picture's place with a plain card on the app's first frame; true when it did.
fn placeholder_on_first_frame(ui: &mut Ui, size: Vec2, alt: &str) -> bool {
    if ui.ctx().cumulative_frame_nr() != 0 {
        return false;
    }
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 12.0, ui.visuals().faint_bg_color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, alt));
    ui.ctx().request_repaint();
    true
}

/// A picture of the knowledge base's own: an SVG through egui's loaders (by its `.svg` URI), a PNG
/// decoded here once into a texture. One that cannot be shown after all shows its alt text.
fn own_picture(ui: &mut Ui, picture: &Picture, uri: &str, alt: &str, width: f32) {
    match picture.format {
        PictureFormat::Svg => {
            let size = Vec2::new(width, width * NATIVE.y / NATIVE.x);
            if placeholder_on_first_frame(ui, size, alt) {
                return;
            }
            // Fitted into the same frame as the bundled drawings, keeping its own shape.
            let image = Image::from_bytes(uri.to_owned(), picture.bytes.clone())
                .fit_to_exact_size(size)
                .alt_text(alt);
            // An SVG the renderer cannot draw after all shows its words, not egui's error sign.
            if image.load_for_size(ui.ctx(), size).is_err() {
                ui.weak(alt);
                return;
            }
            hint(ui.add(image), || alt.to_owned());
        }
        PictureFormat::Png => match png_texture(ui.ctx(), picture, uri) {
            Some(texture) => {
                let [w, h] = texture.size().map(|side| side.max(1) as f32);
                let size = Vec2::new(width, width * h / w);
                let shown = ui.add(
                    Image::from_texture((texture.id(), size))
                        .fit_to_exact_size(size)
                        .alt_text(alt),
                );
                hint(shown, || alt.to_owned());
            }
            None => {
                ui.weak(alt);
            }
        },
    }
}

/// The texture of a PNG picture, decoded on first use and kept until the knowledge base changes.
/// `None` when it cannot be decoded or is larger than the GPU takes (the loader checked both already).
fn png_texture(ctx: &Context, picture: &Picture, uri: &str) -> Option<TextureHandle> {
    let key = texture_key(uri);
    if let Some(texture) = ctx.data(|d| d.get_temp::<TextureHandle>(key)) {
        return Some(texture);
    }
    let decoded = image::load_from_memory_with_format(&picture.bytes, image::ImageFormat::Png)
        .ok()?
        .to_rgba8();
    let max_side = ctx.input(|i| i.max_texture_side);
    let (width, height) = (
        usize::try_from(decoded.width()).ok()?,
        usize::try_from(decoded.height()).ok()?,
    );
    if width > max_side || height > max_side {
        return None;
    }
    let image = egui::ColorImage::from_rgba_unmultiplied([width, height], decoded.as_raw());
    let texture = ctx.load_texture(uri, image, TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(key, texture.clone()));
    Some(texture)
}
