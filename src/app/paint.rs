//! Small bridges between the core's renderer-agnostic style and egui's types.

use crate::style::Rgba;

/// The egui colour of an opaque style colour, in a `const` (alpha ignored).
pub const fn opaque(c: Rgba) -> egui::Color32 {
    let [r, g, b, _] = c.0;
    egui::Color32::from_rgb(r, g, b)
}

/// The egui colour of a style colour.
pub fn color(c: Rgba) -> egui::Color32 {
    let [r, g, b, a] = c.0;
    egui::Color32::from_rgba_unmultiplied(r, g, b, a)
}
