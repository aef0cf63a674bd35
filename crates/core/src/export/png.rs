//! SVG to PNG, headless: resvg draws, our own strip loop streams the rows into a PNG.
//!
//! Two things matter here. Fonts: CI machines and fresh Windows installs may have no usable
//! fonts for resvg, so the Ubuntu face that egui ships (`epaint_default_fonts`) is always loaded
//! and stands in for the generic `sans-serif`; system fonts are added when there are any, so
//! "Segoe UI" is used where it exists. Memory: a poster (A0 at 150 dpi, about 5000 × 7000 px)
//! is 140 MB as one RGBA canvas, so the picture is drawn in strips of rows that are encoded as
//! they come; only one strip is ever held.

use super::ExportError;
use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{self, fontdb};
use std::sync::{Arc, OnceLock};

/// The widest picture we draw (A0 landscape at 300 dpi is about 14,000 px).
pub const MAX_WIDTH_PX: u32 = 16_000;
/// The largest number of pixels in one picture (about a 16,000 × 12,000 poster).
const MAX_PIXELS: u64 = 200_000_000;
/// Rows per strip: a 5,000 px wide strip is then 10 MB.
const STRIP_ROWS: u32 = 512;

/// The font family every picture of this crate asks for, best first.
pub const FONT_STACK: &str = "'Segoe UI', Ubuntu, 'DejaVu Sans', Arial, sans-serif";

/// The font database: the embedded Ubuntu face, then system fonts when present. Built once.
fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        load_system_fonts(&mut db);
        // The generic families resolve to the face that is always there.
        db.set_sans_serif_family("Ubuntu");
        db.set_serif_family("Ubuntu");
        db.set_monospace_family("Ubuntu");
        Arc::new(db)
    })
    .clone()
}

/// Adds the fonts of the usual system folders, without following the whole tree blindly: a
/// broken or unreadable file is skipped (it only means one face less).
fn load_system_fonts(db: &mut fontdb::Database) {
    let mut dirs: Vec<std::path::PathBuf> = vec![
        "/usr/share/fonts".into(),
        "/usr/local/share/fonts".into(),
        "/Library/Fonts".into(),
        "/System/Library/Fonts".into(),
    ];
    if let Some(windir) = std::env::var_os("WINDIR") {
        dirs.push(std::path::Path::new(&windir).join("Fonts"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(std::path::Path::new(&home).join(".fonts"));
        dirs.push(std::path::Path::new(&home).join(".local/share/fonts"));
    }
    let mut stack = dirs;
    let mut budget = 5_000usize; // files; a guard against pathological trees
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            if budget == 0 {
                return;
            }
            budget -= 1;
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path
                .extension()
                .and_then(|x| x.to_str())
                .map(str::to_ascii_lowercase);
            if matches!(ext.as_deref(), Some("ttf" | "otf" | "ttc"))
                && let Ok(bytes) = std::fs::read(&path)
            {
                db.load_font_data(bytes);
            }
        }
    }
}

/// Draws an SVG as a PNG `width_px` wide (height in proportion) on a white background.
///
/// Works without any system font. Errors: an SVG that does not parse, or a size of zero or
/// beyond [`MAX_WIDTH_PX`] / 200 megapixels.
pub fn svg_to_png(svg: &str, width_px: u32) -> Result<Vec<u8>, ExportError> {
    let fail = |reason: String| ExportError::Picture { reason };
    if width_px == 0 || width_px > MAX_WIDTH_PX {
        return Err(fail(format!("width {width_px} px (1–{MAX_WIDTH_PX})")));
    }
    let opt = usvg::Options {
        font_family: "Ubuntu".to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| fail(e.to_string()))?;
    let size = tree.size();
    let scale = width_px as f32 / size.width();
    let height_px = (size.height() * scale).round().max(1.0) as u32;
    if u64::from(width_px) * u64::from(height_px) > MAX_PIXELS {
        return Err(fail(format!("{width_px} × {height_px} px")));
    }

    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, width_px, height_px);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Balanced);
        let png_err = |e: png::EncodingError| fail(e.to_string());
        let mut writer = enc.write_header().map_err(png_err)?;
        let mut stream = writer.stream_writer().map_err(png_err)?;
        let mut row = Vec::with_capacity(width_px as usize * 3);
        let mut y0 = 0u32;
        while y0 < height_px {
            let rows = STRIP_ROWS.min(height_px - y0);
            let mut strip = Pixmap::new(width_px, rows)
                .ok_or_else(|| fail(format!("{width_px} × {rows} px")))?;
            let [r, g, b, _] = crate::style::PAPER.0;
            strip.fill(Color::from_rgba8(r, g, b, 255));
            let t = Transform::from_scale(scale, scale).post_translate(0.0, -(y0 as f32));
            resvg::render(&tree, t, &mut strip.as_mut());
            // On an opaque white canvas every pixel is opaque, so premultiplied RGBA is plain
            // RGBA and the alpha can be dropped.
            for line in strip.data().chunks_exact(width_px as usize * 4) {
                row.clear();
                for px in line.chunks_exact(4) {
                    row.extend_from_slice(&px[..3]);
                }
                std::io::Write::write_all(&mut stream, &row).map_err(|e| fail(e.to_string()))?;
            }
            y0 += rows;
        }
        stream.finish().map_err(png_err)?;
        writer.finish().map_err(png_err)?;
    }
    Ok(out)
}

/// Encodes 8-bit RGBA pixels (row by row, `width × height × 4` bytes) as a PNG, e.g. a
/// screenshot of the app's window.
pub fn rgba_to_png(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, ExportError> {
    let fail = |reason: String| ExportError::Picture { reason };
    if rgba.len() as u64 != u64::from(width) * u64::from(height) * 4 {
        return Err(fail(format!(
            "{} bytes for {width} × {height} px",
            rgba.len()
        )));
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width, height);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let png_err = |e: png::EncodingError| fail(e.to_string());
    let mut writer = enc.write_header().map_err(png_err)?;
    writer.write_image_data(rgba).map_err(png_err)?;
    writer.finish().map_err(png_err)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_and_bad_svg_are_errors_not_panics() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        assert!(svg_to_png(svg, 0).is_err());
        assert!(svg_to_png("<not svg", 100).is_err());
    }
}
