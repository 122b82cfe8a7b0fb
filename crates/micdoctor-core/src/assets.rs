//! Pictures embedded in the binary: the illustration catalog the knowledge base refers to by id.

use crate::kb::IllustrationCatalog;

macro_rules! illustrations {
    ($($id:literal),* $(,)?) => {
        /// Every bundled illustration: its id and SVG bytes.
        pub const ILLUSTRATIONS: &[(&str, &[u8])] = &[
            $(($id, include_bytes!(concat!("../../../assets/illustrations/", $id, ".svg")))),*
        ];
    };
}

illustrations!(
    "iphone_face_id",
    "iphone_home_button",
    "app_switcher_face_id",
    "app_switcher_home_button",
    "restart_face_id",
    "restart_home_button",
    "force_restart_face_id",
    "force_restart_home_button",
    "power_on_face_id",
    "power_on_home_button",
    "offload_vs_delete",
    "mic_locations",
    "mic_test_call_position",
    "mic_test_bottom",
    "mic_test_camera_video",
    "recording_indicators",
    "control_center_banner",
    "port_inspection",
    "port_brush",
);

/// The SVG bytes of an illustration.
#[must_use]
pub fn illustration_svg(id: &str) -> Option<&'static [u8]> {
    ILLUSTRATIONS
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, bytes)| *bytes)
}

/// The illustrations compiled into this binary.
pub struct BundledIllustrations;

impl IllustrationCatalog for BundledIllustrations {
    fn has_illustration(&self, id: &str) -> bool {
        illustration_svg(id).is_some()
    }
}

/// The app icon (PNG, 256 px).
pub const APP_ICON_PNG: &[u8] = include_bytes!("../../../assets/icon-256.png");
