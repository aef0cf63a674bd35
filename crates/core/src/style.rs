//! The visual vocabulary shared by the app and the picture exports: colours per party kind and
//! severity, node shapes and sizes, as plain RGBA so that no renderer is assumed.
//!
//! The three corners of the triangle get the strong, colour-blind-safe Okabe–Ito hues (blue,
//! orange, bluish green) and keep them everywhere; every other kind is a muted tint, so the eye
//! goes to the triangle first. Nothing relies on colour alone: tables have their own shape,
//! missing links are dashed, markers add a ring or a badge.

use crate::analysis::{Severity, TriangleState};
use crate::model::{NodeKind, PartyKind, TableKind};
use serde::{Deserialize, Serialize};

/// A colour as straight (not premultiplied) sRGB with alpha. Displays as `#rrggbb` (alpha
/// dropped), so that SVG, HTML and CSS writers can put a style colour into a format string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Rgba([r, g, b, 255])
    }

    /// The same colour with another alpha.
    pub const fn with_alpha(self, a: u8) -> Self {
        let [r, g, b, _] = self.0;
        Rgba([r, g, b, a])
    }

    /// Mixes towards `other` by `t` (0 = self, 1 = other); alpha is mixed too.
    pub fn mix(self, other: Rgba, t: f32) -> Rgba {
        let t = t.clamp(0.0, 1.0);
        let mut out = [0u8; 4];
        for (i, o) in out.iter_mut().enumerate() {
            let a = f32::from(self.0[i]);
            let b = f32::from(other.0[i]);
            *o = (a + (b - a) * t).round() as u8;
        }
        Rgba(out)
    }

    /// `#rrggbb` (alpha dropped), for SVG.
    pub fn hex(self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// `0xrrggbb` (alpha dropped), for writers that take a packed RGB number (the workbook).
    pub const fn rgb24(self) -> u32 {
        let [r, g, b, _] = self.0;
        ((r as u32) << 16) | ((g as u32) << 8) | b as u32
    }

    /// Relative luminance (0 dark … 1 light), to choose a readable text colour on top.
    pub fn luminance(self) -> f32 {
        let lin = |c: u8| {
            let c = f32::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b, _] = self.0;
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
}

impl std::fmt::Display for Rgba {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [r, g, b, _] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

/// Background of the canvas and the exports.
pub const BACKGROUND: Rgba = Rgba::rgb(0xfb, 0xfb, 0xf8);
/// Text on the canvas.
pub const INK: Rgba = Rgba::rgb(0x22, 0x26, 0x2b);
/// Secondary text (headers of lanes, captions).
pub const INK_SOFT: Rgba = Rgba::rgb(0x5f, 0x66, 0x6d);
/// Lines of the lane grid.
pub const LANE_LINE: Rgba = Rgba::rgb(0xd5, 0xd8, 0xdc);
/// Alternate lane fill, to tell the columns apart.
pub const LANE_FILL: Rgba = Rgba::rgb(0xf1, 0xf3, 0xf5);
/// An ordinary edge (a seat at a table).
pub const EDGE: Rgba = Rgba::rgb(0xa9, 0xb1, 0xb9);
/// A direct relationship between parties or persons.
pub const RELATION: Rgba = Rgba::rgb(0x6c, 0x7a, 0x89);
/// A reporting line between tables.
pub const REPORTING: Rgba = Rgba::rgb(0x8a, 0x6f, 0xb0);
/// A missing link, drawn dashed between the two parties that never meet.
pub const MISSING: Rgba = Rgba::rgb(0xd6, 0x27, 0x28);
/// A triangle leg that exists.
pub const LEG_PRESENT: Rgba = Rgba::rgb(0x1b, 0x9e, 0x5a);
/// A triangle leg that is missing.
pub const LEG_MISSING: Rgba = MISSING;
/// Outline of whatever is selected or highlighted.
pub const HIGHLIGHT: Rgba = Rgba::rgb(0x11, 0x11, 0x11);
/// Empty matrix cells.
pub const EMPTY_CELL: Rgba = Rgba::rgb(0xfd, 0xe8, 0xe4);
/// White: the paper of the pictures, documents and slides, halos behind labels, text on strong
/// fills.
pub const PAPER: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
/// The darkest ink, for slides on a projector (which washes out everything in between).
pub const SLIDE_INK: Rgba = Rgba::rgb(0x10, 0x12, 0x14);
/// Thin separating rules and frames in the pictures and the report.
pub const RULE: Rgba = Rgba::rgb(0xe5, 0xe7, 0xeb);
/// The fill of a panel or a matrix cell in the pictures.
pub const PANEL: Rgba = Rgba::rgb(0xfb, 0xfb, 0xfc);
/// The fill of header cells (matrix picture, workbook header rows).
pub const HEADER_FILL: Rgba = Rgba::rgb(0xf3, 0xf4, 0xf6);
/// The track behind a bar (the kind-mix bars of the matrix).
pub const BAR_TRACK: Rgba = Rgba::rgb(0xee, 0xf0, 0xf3);
/// The hatching stripes over an empty matrix cell (on [`EMPTY_CELL`]).
pub const EMPTY_CELL_HATCH: Rgba = Rgba::rgb(0xf5, 0xc2, 0xc2);
/// Headings and key figures of the report.
pub const ACCENT: Rgba = Rgba::rgb(0x1e, 0x3a, 0x5f);
/// A soft fill behind figures, advice and table heads of the report.
pub const SOFT_FILL: Rgba = Rgba::rgb(0xf8, 0xf9, 0xfb);
/// A quiet note (the "names hidden" line of the report): text and fill.
pub const NOTE_TEXT: Rgba = Rgba::rgb(0x37, 0x41, 0x51);
/// See [`NOTE_TEXT`].
pub const NOTE_FILL: Rgba = Rgba::rgb(0xee, 0xf2, 0xf7);
/// The stronger rule under a table head in the report.
pub const TABLE_HEAD_RULE: Rgba = Rgba::rgb(0xd1, 0xd5, 0xdb);
/// The edge of a card whose severity is unknown.
pub const CARD_EDGE: Rgba = Rgba::rgb(0x9c, 0xa3, 0xaf);
/// An error in the app (a cell that does not validate, a failed open).
pub const ERROR: Rgba = Rgba::rgb(0xc0, 0x39, 0x2b);
/// The fill of an error note.
pub const ERROR_FILL: Rgba = Rgba::rgb(0xfd, 0xec, 0xea);
/// A warning in the app (a cell with a warning, recovery and duplicate notes).
pub const WARNING: Rgba = Rgba::rgb(0xb3, 0x6b, 0x00);
/// The fill of a warning note.
pub const WARNING_FILL: Rgba = Rgba::rgb(0xfe, 0xf5, 0xe7);
/// The frame of a warning note.
pub const WARNING_EDGE: Rgba = Rgba::rgb(0xd6, 0x8a, 0x1a);
/// Comparing two versions: what is new (green).
pub const COMPARE_ADDED: Rgba = LEG_PRESENT;
/// Comparing two versions: what is gone (red; drawn dashed).
pub const COMPARE_REMOVED: Rgba = MISSING;
/// Comparing two versions: what changed (amber).
pub const COMPARE_CHANGED: Rgba = WARNING_EDGE;

/// The tone of a badge or pill: the state of a triangle, the severity of a finding, a yes/no
/// cell. The same four pairs in the pictures, the report and the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// Closed, present: green.
    Good,
    /// Connected, low: blue.
    Info,
    /// Open, middle: amber.
    Warning,
    /// Absent, high, missing: red.
    Bad,
}

impl Tone {
    /// The text colour of a badge of this tone.
    pub const fn text(self) -> Rgba {
        match self {
            Tone::Good => Rgba::rgb(0x16, 0x65, 0x34),
            Tone::Info => Rgba::rgb(0x1e, 0x40, 0xaf),
            Tone::Warning => Rgba::rgb(0x92, 0x40, 0x0e),
            Tone::Bad => Rgba::rgb(0x99, 0x1b, 0x1b),
        }
    }

    /// The background of a badge of this tone.
    pub const fn fill(self) -> Rgba {
        match self {
            Tone::Good => Rgba::rgb(0xdc, 0xfc, 0xe7),
            Tone::Info => Rgba::rgb(0xdb, 0xea, 0xfe),
            Tone::Warning => Rgba::rgb(0xfe, 0xf3, 0xc7),
            Tone::Bad => Rgba::rgb(0xfe, 0xe2, 0xe2),
        }
    }

    /// The tone of a triangle state: gesloten green, verbonden blue, open amber, afwezig red.
    pub const fn of_triangle(st: TriangleState) -> Tone {
        match st {
            TriangleState::Gesloten => Tone::Good,
            TriangleState::Verbonden => Tone::Info,
            TriangleState::Open => Tone::Warning,
            TriangleState::Afwezig => Tone::Bad,
        }
    }

    /// The tone of a finding's severity (as [`Tone::of_severity`]).
    pub const fn of_finding(s: Severity) -> Tone {
        match s {
            Severity::Hoog => Tone::Bad,
            Severity::Middel => Tone::Warning,
            Severity::Laag => Tone::Info,
        }
    }

    /// The tone of a severity (hoog red, middel amber, laag blue).
    pub const fn of_severity(s: SeverityLevel) -> Tone {
        match s {
            SeverityLevel::Hoog => Tone::Bad,
            SeverityLevel::Middel => Tone::Warning,
            SeverityLevel::Laag => Tone::Info,
        }
    }
}

/// How far dimmed things fade into the background (0 = not at all, 1 = gone).
pub const DIM: f32 = 0.78;

/// The fill of a party of this kind.
pub fn party_color(kind: PartyKind) -> Rgba {
    match kind {
        // Okabe–Ito: distinguishable with every common colour-vision deficiency.
        PartyKind::Gemeente => Rgba::rgb(0x00, 0x72, 0xb2),
        PartyKind::Woningcorporatie => Rgba::rgb(0xe6, 0x9f, 0x00),
        PartyKind::Zorgaanbieder => Rgba::rgb(0x00, 0x9e, 0x73),
        // The others muted, a little apart from each other but never competing with the core.
        PartyKind::Welzijn => Rgba::rgb(0xc4, 0xa7, 0xc9),
        PartyKind::Client => Rgba::rgb(0xd9, 0xb8, 0xa6),
        PartyKind::Bewoners => Rgba::rgb(0xc9, 0xc3, 0x9f),
        PartyKind::Veiligheid => Rgba::rgb(0xa7, 0xb4, 0xc9),
        PartyKind::Gezondheid => Rgba::rgb(0xa9, 0xc9, 0xc0),
        PartyKind::WerkInkomen => Rgba::rgb(0xc9, 0xb0, 0xa0),
        PartyKind::Intermediair => Rgba::rgb(0xb7, 0xb7, 0xc4),
        PartyKind::Overig => Rgba::rgb(0xbd, 0xbd, 0xbd),
    }
}

/// The fill of a table of this kind (tables are neutral: the parties carry the colour).
pub fn table_color(kind: TableKind) -> Rgba {
    match kind {
        TableKind::Tafel => Rgba::rgb(0x4a, 0x55, 0x63),
        TableKind::Platform => Rgba::rgb(0x6b, 0x76, 0x84),
        TableKind::Initiatief => Rgba::rgb(0x7b, 0x5e, 0x9e),
    }
}

/// The fill of a person: their party's colour, lighter, so persons read as "belonging to".
pub fn person_color(party: Option<PartyKind>) -> Rgba {
    party
        .map(party_color)
        .unwrap_or(party_color(PartyKind::Overig))
        .mix(PAPER, 0.35)
}

/// The shape a node is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NodeShape {
    /// Parties and persons.
    Circle,
    /// Tables, platforms and initiatives; `radius` is half the side.
    RoundedSquare,
}

/// The shape of a node kind.
pub fn node_shape(kind: NodeKind) -> NodeShape {
    match kind {
        NodeKind::Table => NodeShape::RoundedSquare,
        NodeKind::Party | NodeKind::Person => NodeShape::Circle,
    }
}

/// The radius (half side for tables) of a table with `members` seats, in canvas units: grows
/// with the square root so that area tracks size.
pub fn table_radius(members: usize) -> f32 {
    (9.0 + 2.2 * (members as f32).sqrt()).min(28.0)
}

/// The radius of a party sitting at `tables` tables.
pub fn party_radius(tables: usize) -> f32 {
    (8.0 + 1.8 * (tables as f32).sqrt()).min(20.0)
}

/// The radius of a person sitting at `tables` tables.
pub fn person_radius(tables: usize) -> f32 {
    (5.0 + 1.5 * (tables as f32).sqrt()).min(12.0)
}

/// How serious a finding is; mirrors the analysis' `hoog`/`middel`/`laag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeverityLevel {
    Hoog,
    Middel,
    Laag,
}

/// The colour of a severity.
pub fn severity_color(s: SeverityLevel) -> Rgba {
    match s {
        SeverityLevel::Hoog => Rgba::rgb(0xc0, 0x39, 0x2b),
        SeverityLevel::Middel => Rgba::rgb(0xb3, 0x6b, 0x00),
        SeverityLevel::Laag => Rgba::rgb(0x5d, 0x6d, 0x7e),
    }
}

/// A mark on a node that a finding put there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Marker {
    /// Bridges and carries too much (a thick amber ring and a "!" badge).
    Overloaded,
    /// Its departure cuts parts off (a red ring).
    SinglePointOfFailure,
    /// An island: a dashed outline.
    Isolated,
}

/// The colour of a marker.
pub fn marker_color(m: Marker) -> Rgba {
    match m {
        Marker::Overloaded => Rgba::rgb(0xd5, 0x5e, 0x00),
        Marker::SinglePointOfFailure => Rgba::rgb(0xc0, 0x39, 0x2b),
        Marker::Isolated => Rgba::rgb(0x7b, 0x5e, 0x9e),
    }
}

/// A text colour that reads on `fill`.
pub fn text_on(fill: Rgba) -> Rgba {
    if fill.luminance() > 0.35 { INK } else { PAPER }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vocab;

    #[test]
    fn core_kinds_have_distinct_strong_colours_and_others_are_muted() {
        let core: Vec<Rgba> = PartyKind::CORE.iter().map(|k| party_color(*k)).collect();
        assert_ne!(core[0], core[1]);
        assert_ne!(core[1], core[2]);
        assert_ne!(core[0], core[2]);
        // "Muted" means greyer: HSV saturation (max − min) / max. The Okabe–Ito hues are fully
        // saturated (one channel is 0), the muted tints have channels within a third of each other.
        let saturation = |c: Rgba| {
            let [r, g, b, _] = c.0;
            let (max, min) = (r.max(g).max(b), r.min(g).min(b));
            f32::from(max - min) / f32::from(max.max(1))
        };
        for c in &core {
            assert!(saturation(*c) > 0.9, "{c:?}");
        }
        for k in PartyKind::ALL.iter().filter(|k| !k.is_core()) {
            assert!(saturation(party_color(*k)) < 0.35, "{k:?}");
        }
    }

    #[test]
    fn mix_and_hex() {
        let a = Rgba::rgb(0, 0, 0);
        let b = Rgba::rgb(255, 255, 255);
        // Halfway: 127.5 rounds to 128 = 0x80.
        assert_eq!(a.mix(b, 0.5).hex(), "#808080");
        assert_eq!(Rgba::rgb(0x00, 0x72, 0xb2).hex(), "#0072b2");
        assert_eq!(Rgba::rgb(0x00, 0x72, 0xb2).to_string(), "#0072b2");
        assert_eq!(Rgba::rgb(0x12, 0x34, 0x56).rgb24(), 0x123456);
    }

    #[test]
    fn tables_grow_with_members_but_stay_bounded() {
        assert!(table_radius(9) > table_radius(1));
        assert!(table_radius(10_000) <= 28.0);
    }

    /// The raw colour literals in `src`, as (line, excerpt): `#rgb`/`#rrggbb`/`#rrggbbaa`,
    /// colour constructors with number arguments (`Rgba::rgb(0x…`, `Color32::from_rgb(2…`,
    /// `Color::RGB(0x…`), named colour constants of egui and tiny-skia (`Color32::WHITE`) and CSS
    /// functions (`rgb(`, `rgba(`, `hsl(`) in text.
    fn raw_colours(src: &str) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        for (n, line) in src.lines().enumerate() {
            let b = line.as_bytes();
            let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
            let mut hit = |what: &str| found.push((n + 1, format!("{what}: {}", line.trim())));
            for (i, &c) in b.iter().enumerate() {
                if c == b'#' && (i == 0 || !is_word(b[i - 1])) {
                    let digits = b[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_hexdigit())
                        .count();
                    let after = b.get(i + 1 + digits).copied();
                    if matches!(digits, 3 | 6 | 8) && !after.is_some_and(is_word) {
                        hit("hex colour");
                    }
                }
            }
            for ctor in [
                "Rgba::rgb(",
                "Rgba([",
                "Color32::from_rgb(",
                "Color32::from_rgba_unmultiplied(",
                "Color32::from_rgba_premultiplied(",
                "Color32::from_gray(",
                "Color32::from_black_alpha(",
                "Color32::from_white_alpha(",
                "Color::RGB(",
                "Color::from_rgba8(",
                "Color::from_rgba(",
            ] {
                for (at, _) in line.match_indices(ctor) {
                    let rest = line[at + ctor.len()..].trim_start();
                    if rest.starts_with(|c: char| c.is_ascii_digit()) {
                        hit("colour constructor with numbers");
                    }
                }
            }
            for named in ["Color32::", "Color::"] {
                for (at, _) in line.match_indices(named) {
                    if at > 0 && is_word(b[at - 1]) {
                        continue;
                    }
                    let rest = &line[at + named.len()..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                        .collect();
                    if name.len() > 1 && name != "TRANSPARENT" && name != "RGB" {
                        hit("named colour");
                    }
                }
            }
            for css in ["rgb(", "rgba(", "hsl(", "hsla("] {
                for (at, _) in line.match_indices(css) {
                    let before = at.checked_sub(1).map(|i| b[i]);
                    if !before.is_some_and(|c| is_word(c) || c == b':' || c == b'.') {
                        hit("CSS colour function");
                    }
                }
            }
        }
        found
    }

    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    #[test]
    fn the_scanner_finds_each_kind_of_raw_colour_and_nothing_else() {
        for raw in [
            r##"let c = "#2563eb";"##,
            r##"fill=\"#fff\""##,
            "Rgba::rgb(0x00, 0x72, 0xb2)",
            "egui::Color32::from_rgb(12, 34, 56)",
            "Color::RGB(0xF3F4F6)",
            "painter.text(at, a, t, f, Color32::WHITE)",
            r#"color: rgb(1, 2, 3);"#,
        ] {
            assert_eq!(raw_colours(raw).len(), 1, "{raw}");
        }
        for fine in [
            "#[derive(Debug)]",
            r##"write!(s, "<a href=\"#{id}\">")"##,
            r##"fill=\"url(#hatch)\""##,
            "egui::Color32::from_rgb(r, g, b)",
            "Color32::TRANSPARENT",
            "let c = style::INK.rgb24();",
            "Rgba::rgb(r, g, b)",
        ] {
            assert!(
                raw_colours(fine).is_empty(),
                "{fine}: {:?}",
                raw_colours(fine)
            );
        }
    }

    /// One palette: every colour of the canvas, the pictures, the report, the workbook and the
    /// app's panels comes from this module. A raw colour anywhere else in the sources of the
    /// core or the app fails here with file and line; add a named colour above instead.
    #[test]
    fn no_raw_colours_outside_the_style_module() {
        let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&core.join("src"), &mut files);
        rust_files(&core.join("../../src"), &mut files);
        assert!(files.len() > 50, "scanned only {} files", files.len());
        let this = core.join("src").join("style.rs");
        let mut offences = Vec::new();
        for f in &files {
            if *f == this {
                continue;
            }
            let text =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            for (line, what) in raw_colours(&text) {
                offences.push(format!("{}:{line}: {what}", f.display()));
            }
        }
        assert!(
            offences.is_empty(),
            "raw colours outside style.rs:\n{}",
            offences.join("\n")
        );
    }
}
