//! SVG to PNG, headless: resvg draws, our own strip loop streams the rows into a PNG.
//!
//! Three things matter here. Fonts: one face for every picture, DejaVu Sans regular and bold,
//! is bundled (`assets/fonts`, Bitstream Vera licence) and named first in the SVGs'
//! [`FONT_STACK`], so an SVG in a browser that has DejaVu and the PNG drawn here look alike,
//! bold included, on any machine; system fonts are added after it only as a fallback for
//! glyphs DejaVu lacks. Print size: every PNG carries its resolution (a `pHYs` chunk, see
//! [`dpi_for_width`]), so a word processor places it at a sensible size. Memory: a poster (A0 at 150 dpi, about 5000 × 7000 px)
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

/// The font family every picture of this crate asks for, best first: the bundled face, then
/// Verdana (its ancestor's metrics, so text estimated for DejaVu still fits), then the usual
/// system faces.
pub const FONT_STACK: &str = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

/// The family name of the bundled face.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The bundled face, regular and bold.
pub const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The font database: the bundled face first (so it wins over a system copy of the same
/// family), then system fonts for glyphs it lacks. Built once.
fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(FONT_REGULAR.to_vec());
        db.load_font_data(FONT_BOLD.to_vec());
        load_system_fonts(&mut db);
        // The generic families resolve to the face that is always there.
        db.set_sans_serif_family(FONT_FAMILY);
        db.set_serif_family(FONT_FAMILY);
        db.set_monospace_family(FONT_FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// The resolution a PNG `width_px` wide is marked with: the one at which it spans the width
/// of an A4 page in landscape (277 mm inside 10 mm margins), so 3,272 px prints at 300 dpi
/// and a 2,000 px picture at 183 dpi; never below 96 (a screen) nor above 600.
pub fn dpi_for_width(width_px: u32) -> u32 {
    const A4_LANDSCAPE_INNER_MM: f64 = 277.0;
    let dpi = f64::from(width_px) / (A4_LANDSCAPE_INNER_MM / 25.4);
    (dpi.round() as u32).clamp(96, 600)
}

/// The `pHYs` value of a resolution: pixels per metre.
fn pixel_dims(dpi: u32) -> png::PixelDimensions {
    let ppm = (f64::from(dpi) / 0.0254).round() as u32;
    png::PixelDimensions {
        xppu: ppm,
        yppu: ppm,
        unit: png::Unit::Meter,
    }
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

/// Draws an SVG as a PNG `width_px` wide (height in proportion) on a white background, marked
/// with [`dpi_for_width`].
///
/// Works without any system font. Errors: an SVG that does not parse, or a size of zero or
/// beyond [`MAX_WIDTH_PX`] / 200 megapixels.
pub fn svg_to_png(svg: &str, width_px: u32) -> Result<Vec<u8>, ExportError> {
    let fail = |reason: String| ExportError::Picture { reason };
    if width_px == 0 || width_px > MAX_WIDTH_PX {
        return Err(fail(format!("width {width_px} px (1–{MAX_WIDTH_PX})")));
    }
    let opt = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
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
        enc.set_pixel_dims(Some(pixel_dims(dpi_for_width(width_px))));
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

    /// The `pHYs` chunk of a PNG: (x, y pixels per unit, unit byte).
    fn phys(png: &[u8]) -> Option<(u32, u32, u8)> {
        let mut at = 8;
        while at + 12 <= png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
            if &png[at + 4..at + 8] == b"pHYs" {
                let d = &png[at + 8..at + 8 + len];
                let x = u32::from_be_bytes(d[0..4].try_into().ok()?);
                let y = u32::from_be_bytes(d[4..8].try_into().ok()?);
                return Some((x, y, d[8]));
            }
            at += 12 + len;
        }
        None
    }

    #[test]
    fn a_png_carries_the_resolution_its_width_implies() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"/>"#;
        // 3,272 px over 277 mm: 300 dpi, 11,811 pixels per metre.
        let (x, y, unit) = phys(&svg_to_png(svg, 3272).unwrap()).expect("a pHYs chunk");
        assert_eq!((x, y, unit), (11_811, 11_811, 1));
        let (x, _, _) = phys(&svg_to_png(svg, 200).unwrap()).expect("a pHYs chunk");
        assert_eq!(x, 3780, "a small picture is marked 96 dpi, not 18");
        assert_eq!(dpi_for_width(2000), 183);
    }

    /// The ink of a text drawn in `weight`, as the count of dark pixels.
    fn ink(weight: &str) -> usize {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40" font-size="30" font-family="{}" font-weight="{weight}">OPERATIONEEL</text></svg>"#,
            FONT_STACK.replace('\'', "&apos;")
        );
        let png = svg_to_png(&svg, 400).unwrap();
        let dec = png::Decoder::new(std::io::Cursor::new(png));
        let mut r = dec.read_info().unwrap();
        let mut buf = vec![0; r.output_buffer_size().unwrap()];
        r.next_frame(&mut buf).unwrap();
        buf.chunks_exact(3).filter(|p| p[0] < 128).count()
    }

    #[test]
    fn bold_text_is_drawn_bolder_with_the_bundled_face() {
        let (regular, bold) = (ink("normal"), ink("bold"));
        assert!(
            regular > 500,
            "text is drawn at all ({regular} dark pixels)"
        );
        assert!(
            bold as f64 > regular as f64 * 1.3,
            "bold {bold} vs regular {regular} dark pixels"
        );
    }
}
