//! The two analysis pictures as self-contained SVG: the gemeente–corporatie–zorg triangle per
//! domain (and per werkgebied), and the domain × layer matrix with the tables in each cell.
//!
//! Hand-written SVG rather than a drawing library: the pictures are a few dozen shapes, must
//! look the same in a browser, in the HTML report and through resvg (PNG), and must not depend
//! on fonts being installed. Only plain SVG 1.1 features that all three render identically are
//! used (no CSS classes, no `foreignObject`, no external references); text sizes are estimated
//! with a simple width table so that long names are wrapped or shortened, never cut off by the
//! frame. Every picture carries a title, the date and a legend.

use super::png::FONT_STACK;
use super::xml::xml_escape;
use crate::analysis::{Analysis, Triangle, TriangleState};
use crate::i18n::Lang;
use crate::i18n::report as tx;
use crate::i18n::vocab::Label;
use crate::model::{Domain, Layer, Map, PartyKind, TableKind, Vocab};
use crate::style::{self, Rgba, Tone};
use std::fmt::Write;

/// Title and date printed on a picture.
#[derive(Debug, Clone, Default)]
pub struct DiagramOptions {
    /// The heading; empty for the picture's own default ("Driehoek …", "Matrix …").
    pub title: String,
    /// The date as it should be printed (e.g. "22 november 2026").
    pub date: String,
    /// The language of the texts in the picture.
    pub lang: Lang,
}

// The colours of the pictures, all from the one palette in `crate::style` (so that the
// triangle and the matrix show a gemeente in the same blue as the canvas).
const INK: Rgba = style::INK;
const MUTED: Rgba = style::INK_SOFT;
const RULE: Rgba = style::RULE;
const GREEN: Rgba = style::LEG_PRESENT;
const RED: Rgba = style::LEG_MISSING;
const PAPER: Rgba = style::PAPER;
const PANEL: Rgba = style::PANEL;
const HEADER_FILL: Rgba = style::HEADER_FILL;
const BAR_TRACK: Rgba = style::BAR_TRACK;

/// Rough advance width of a character in ems for a humanist sans (Segoe UI, Ubuntu, DejaVu):
/// enough to keep text inside its box; wider than real rather than narrower.
fn char_em(c: char) -> f32 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | '\'' | '|' | ':' | ';' | '!' | 'í' | 'ï' => 0.28,
        'f' | 't' | 'r' | 'I' | ' ' | '(' | ')' | '-' | '/' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' => 0.88,
        c if c.is_uppercase() => 0.70,
        c if c.is_ascii_digit() => 0.62,
        _ => 0.60,
    }
}

/// Estimated width of `s` in pixels at `size` px.
pub(crate) fn text_width(s: &str, size: f32) -> f32 {
    s.chars().map(char_em).sum::<f32>() * size
}

/// `s` shortened with an ellipsis to fit `max` px at `size` px.
pub(crate) fn fit(s: &str, max: f32, size: f32) -> String {
    if text_width(s, size) <= max {
        return s.to_string();
    }
    let budget = max - text_width("…", size);
    let mut w = 0.0;
    let mut out = String::new();
    for c in s.chars() {
        w += char_em(c) * size;
        if w > budget {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// `s` broken into at most `lines` lines of at most `max` px (the last shortened if needed).
pub(crate) fn wrap(s: &str, max: f32, size: f32, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let words: Vec<&str> = s.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let candidate = if cur.is_empty() {
            w.to_string()
        } else {
            format!("{cur} {w}")
        };
        if text_width(&candidate, size) <= max || cur.is_empty() {
            cur = candidate;
            continue;
        }
        if out.len() + 1 == lines {
            // Last line: everything left, shortened.
            let rest = words[i..].join(" ");
            out.push(fit(&format!("{cur} {rest}"), max, size));
            return out;
        }
        out.push(fit(&std::mem::take(&mut cur), max, size));
        cur = w.to_string();
    }
    if !cur.is_empty() {
        out.push(fit(&cur, max, size));
    }
    out
}

/// The opening of a picture: `<svg>` with size, a white background, the font stack, the title
/// and a subtitle (map title · date), and a rule under them. Returns the y where content starts.
fn open(s: &mut String, w: f32, h: f32, title: &str, subtitle: &str) -> f32 {
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\">\n\
         <title>{}</title>\n\
         <rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{PAPER}\"/>\n",
        xml_escape(title)
    );
    let _ = writeln!(
        s,
        "<text x=\"32\" y=\"46\" font-size=\"24\" font-weight=\"600\" fill=\"{INK}\">{}</text>",
        xml_escape(&fit(title, w - 64.0, 24.0))
    );
    let _ = writeln!(
        s,
        "<text x=\"32\" y=\"72\" font-size=\"14\" fill=\"{MUTED}\">{}</text>",
        xml_escape(&fit(subtitle, w - 64.0, 14.0))
    );
    let _ = writeln!(
        s,
        "<line x1=\"32\" y1=\"90\" x2=\"{}\" y2=\"90\" stroke=\"{RULE}\" stroke-width=\"1\"/>",
        w - 32.0
    );
    110.0
}

fn subtitle(map: &Map, date: &str) -> String {
    [map.title.as_str(), date]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One `<text>` element. Many positional arguments on purpose: it mirrors the element's
/// attributes, and a style struct would lengthen every one of the calls without clarifying them.
#[allow(clippy::too_many_arguments)]
fn text(s: &mut String, x: f32, y: f32, size: f32, fill: Rgba, anchor: &str, extra: &str, t: &str) {
    let _ = writeln!(
        s,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" fill=\"{fill}\" text-anchor=\"{anchor}\"{extra}>{}</text>",
        xml_escape(t)
    );
}

/// Badge colours (text, background) of a triangle state.
fn state_colours(st: TriangleState) -> (Rgba, Rgba) {
    let tone = Tone::of_triangle(st);
    (tone.text(), tone.fill())
}

const PANEL_W: f32 = 380.0;
const PANEL_H: f32 = 400.0;
const GAP: f32 = 20.0;
/// Gap between the blocks (one scope's three panels) of the triangle grid.
const BLOCK_GAP: f32 = 48.0;
/// Where the triangle sits in its panel: the top corner's y, the bottom corners' y and their
/// half distance; then the baselines of a bottom corner's name and its "afwezig", and of the
/// first line under the figure. The detail starts well below the "afwezig" line (they once
/// overlapped).
const APEX_Y: f32 = 118.0;
const BASE_Y: f32 = 238.0;
const HALF_BASE: f32 = 100.0;
const CORNER_NAME_DY: f32 = 34.0;
const CORNER_ABSENT_DY: f32 = 51.0;
pub(crate) const DETAIL_Y: f32 = 322.0;
/// The aspect ratio (width / height) the triangle grid aims at: between an A4 page in landscape
/// (1.41) and a 16:9 slide (1.78).
const GRID_ASPECT: f32 = 1.6;

/// The scopes (rows) of the triangle picture: the whole region first, then each werkgebied in
/// the order of the analysis.
fn triangle_scopes(analysis: &Analysis) -> Vec<Option<&str>> {
    let mut scopes: Vec<Option<&str>> = vec![None];
    for t in &analysis.triangles {
        if let Some(w) = t.werkgebied.as_deref()
            && !scopes.contains(&Some(w))
        {
            scopes.push(Some(w));
        }
    }
    scopes
}

/// The triangle per domain (and per werkgebied when the map has several municipalities): one
/// panel per triangle of the analysis, with its three corners, the legs present (green) or
/// missing (red, dashed), the state and the tables that close it. One picture with every row
/// (a poster); see [`triangle_svg_pages`] for page-sized parts.
pub fn triangle_svg(map: &Map, analysis: &Analysis, opts: &DiagramOptions) -> String {
    let lang = opts.lang;
    let title = if opts.title.is_empty() {
        tx::TRIANGLE_TITLE.get_in(lang).to_string()
    } else {
        opts.title.clone()
    };
    let scopes = triangle_scopes(analysis);
    let cols = grid_columns(scopes.len());
    triangle_grid(map, analysis, &scopes, cols, &title, &opts.date, lang)
}

/// The triangles of some scopes (`None` = the whole region), `cols` scopes side by side: for a
/// slide with a few werkgebieden.
pub fn triangle_svg_scopes(
    map: &Map,
    analysis: &Analysis,
    scopes: &[Option<&str>],
    cols: usize,
    opts: &DiagramOptions,
) -> String {
    let title = if opts.title.is_empty() {
        tx::TRIANGLE_TITLE.get_in(opts.lang).to_string()
    } else {
        opts.title.clone()
    };
    triangle_grid(map, analysis, scopes, cols, &title, &opts.date, opts.lang)
}

/// The werkgebieden of the triangles, in the order of the analysis (none for one municipality).
pub fn triangle_werkgebieden(analysis: &Analysis) -> Vec<&str> {
    triangle_scopes(analysis).into_iter().flatten().collect()
}

/// How many scopes side by side make the grid of `n` closest to [`GRID_ASPECT`].
fn grid_columns(n: usize) -> usize {
    let n = n.max(1);
    (1..=n)
        .min_by(|&a, &b| {
            let d = |c: usize| {
                (grid_size(n, c).0 / grid_size(n, c).1 / GRID_ASPECT)
                    .ln()
                    .abs()
            };
            d(a).total_cmp(&d(b))
        })
        .unwrap_or(1)
}

/// Width and height of the triangle grid of `n` scopes in `cols` block columns.
fn grid_size(n: usize, cols: usize) -> (f32, f32) {
    let domains = Domain::ALL.len() as f32;
    let block_w = domains * PANEL_W + (domains - 1.0) * GAP;
    let cols = cols.clamp(1, n.max(1));
    let rows = n.max(1).div_ceil(cols) as f32;
    let w = 32.0 * 2.0 + cols as f32 * block_w + (cols as f32 - 1.0) * BLOCK_GAP;
    let h = 110.0 + rows * (PANEL_H + GAP) + 70.0;
    (w, h)
}

/// The triangle picture in page-sized parts for a printed report: the whole region, then the
/// werkgebieden three rows at a time (each part with its own title, date and legend).
pub fn triangle_svg_pages(map: &Map, analysis: &Analysis, opts: &DiagramOptions) -> Vec<String> {
    let lang = opts.lang;
    let scopes = triangle_scopes(analysis);
    let title = if opts.title.is_empty() {
        tx::TRIANGLE_TITLE.get_in(lang).to_string()
    } else {
        opts.title.clone()
    };
    let mut out = vec![triangle_grid(
        map,
        analysis,
        &scopes[..1],
        1,
        &title,
        &opts.date,
        lang,
    )];
    let rest = &scopes[1..];
    // Parts of at most three rows, as even as possible (four werkgebieden: 2 + 2, not 3 + 1).
    let parts = rest.len().div_ceil(3);
    let size = if parts == 0 {
        1
    } else {
        rest.len().div_ceil(parts)
    };
    let chunks: Vec<&[Option<&str>]> = rest.chunks(size).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let t = if chunks.len() > 1 {
            format!(
                "{} ({}/{})",
                tx::TRIANGLE_PER_WERKGEBIED.get_in(lang),
                i + 1,
                chunks.len()
            )
        } else {
            tx::TRIANGLE_PER_WERKGEBIED.get_in(lang).to_string()
        };
        out.push(triangle_grid(map, analysis, chunk, 1, &t, &opts.date, lang));
    }
    out
}

/// The triangle picture of `scopes`, `cols` scopes (blocks of one panel per domain) a row.
fn triangle_grid(
    map: &Map,
    analysis: &Analysis,
    scopes: &[Option<&str>],
    cols: usize,
    title: &str,
    date: &str,
    lang: Lang,
) -> String {
    let cols = cols.clamp(1, scopes.len().max(1));
    let (w, h) = grid_size(scopes.len(), cols);
    let domains = Domain::ALL.len() as f32;
    let block_w = domains * PANEL_W + (domains - 1.0) * GAP;
    let rows = scopes.len().max(1).div_ceil(cols);
    let mut s = String::with_capacity(8192 * scopes.len());
    let top = open(&mut s, w, h, title, &subtitle(map, date));
    for (k, scope) in scopes.iter().enumerate() {
        let (row, block) = (k / cols, k % cols);
        for (col, d) in Domain::ALL.iter().enumerate() {
            let x = 32.0 + block as f32 * (block_w + BLOCK_GAP) + col as f32 * (PANEL_W + GAP);
            let y = top + row as f32 * (PANEL_H + GAP);
            let tri = analysis
                .triangles
                .iter()
                .find(|t| t.domain == *d && t.werkgebied.as_deref() == *scope);
            let scope_name = match scope {
                Some(id) => analysis
                    .names
                    .get(*id)
                    .map(String::as_str)
                    .unwrap_or(id)
                    .to_string(),
                None => tx::WHOLE_REGION.get_in(lang).to_string(),
            };
            triangle_panel(&mut s, (x, y), *d, &scope_name, tri, analysis, lang);
        }
    }
    let ly = top + rows as f32 * (PANEL_H + GAP) + 10.0;
    triangle_legend(&mut s, 32.0, ly, w - 64.0, lang);
    s.push_str("</svg>\n");
    s
}

/// One panel of the triangle picture: domain and scope, state badge, the triangle, and what
/// closes it or what is missing.
fn triangle_panel(
    s: &mut String,
    (x, y): (f32, f32),
    d: Domain,
    scope: &str,
    tri: Option<&Triangle>,
    a: &Analysis,
    lang: Lang,
) {
    let _ = writeln!(
        s,
        "<g><rect x=\"{x}\" y=\"{y}\" width=\"{PANEL_W}\" height=\"{PANEL_H}\" rx=\"10\" \
         fill=\"{PANEL}\" stroke=\"{RULE}\" stroke-width=\"1.2\"/>"
    );
    text(
        s,
        x + 18.0,
        y + 30.0,
        20.0,
        INK,
        "start",
        " font-weight=\"600\"",
        d.label_in(lang),
    );
    text(
        s,
        x + 18.0,
        y + 50.0,
        15.0,
        MUTED,
        "start",
        "",
        &fit(scope, PANEL_W - 150.0, 15.0),
    );
    let Some(tri) = tri else {
        text(
            s,
            x + PANEL_W / 2.0,
            y + PANEL_H / 2.0,
            15.0,
            MUTED,
            "middle",
            "",
            tx::NO_DATA.get_in(lang),
        );
        s.push_str("</g>\n");
        return;
    };
    // State badge, top right.
    let label = tri.state.label_in(lang);
    let (fg, bg) = state_colours(tri.state);
    let bw = text_width(label, 15.0) + 24.0;
    let _ = writeln!(
        s,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"26\" rx=\"13\" fill=\"{bg}\"/>",
        x + PANEL_W - 18.0 - bw,
        y + 18.0
    );
    text(
        s,
        x + PANEL_W - 18.0 - bw / 2.0,
        y + 36.0,
        15.0,
        fg,
        "middle",
        " font-weight=\"600\"",
        label,
    );

    triangle_figure(s, x, y, tri, lang);
    triangle_detail(s, x, y, tri, a, lang);
}

/// The triangle itself: corners gemeente on top, corporatie bottom left, zorg bottom right.
fn triangle_figure(s: &mut String, x: f32, y: f32, tri: &Triangle, lang: Lang) {
    let cx = x + PANEL_W / 2.0;
    let corners = [
        (cx, y + APEX_Y),
        (cx - HALF_BASE, y + BASE_Y),
        (cx + HALF_BASE, y + BASE_Y),
    ];
    let legs = [
        (0usize, 1usize, tri.legs.gemeente_woningcorporatie),
        (0, 2, tri.legs.gemeente_zorgaanbieder),
        (1, 2, tri.legs.woningcorporatie_zorgaanbieder),
    ];
    if tri.state == TriangleState::Gesloten {
        let _ = writeln!(
            s,
            "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{GREEN}\" fill-opacity=\"0.08\"/>",
            corners[0].0, corners[0].1, corners[1].0, corners[1].1, corners[2].0, corners[2].1
        );
    }
    for (i, j, present) in legs {
        let (a0, a1) = corners[i];
        let (b0, b1) = corners[j];
        if present {
            let _ = writeln!(
                s,
                "<line x1=\"{a0:.1}\" y1=\"{a1:.1}\" x2=\"{b0:.1}\" y2=\"{b1:.1}\" stroke=\"{GREEN}\" stroke-width=\"5\" stroke-linecap=\"round\"/>"
            );
        } else {
            let _ = writeln!(
                s,
                "<line x1=\"{a0:.1}\" y1=\"{a1:.1}\" x2=\"{b0:.1}\" y2=\"{b1:.1}\" stroke=\"{RED}\" stroke-width=\"3\" stroke-dasharray=\"9 7\"/>"
            );
        }
    }
    for (k, (kind, (px, py))) in PartyKind::CORE.iter().zip(corners).enumerate() {
        let present = tri.present & (1 << k) != 0;
        let c = style::party_color(*kind);
        if present {
            let _ = writeln!(
                s,
                "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"17\" fill=\"{c}\" stroke=\"{PAPER}\" stroke-width=\"3\"/>"
            );
        } else {
            let _ = writeln!(
                s,
                "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"16\" fill=\"{PAPER}\" stroke=\"{c}\" stroke-width=\"2.5\" stroke-dasharray=\"4 3\"/>"
            );
        }
        let name = kind.label_in(lang);
        let (ty, sub_y) = if k == 0 {
            (py - 28.0, py - 28.0)
        } else {
            (py + CORNER_NAME_DY, py + CORNER_ABSENT_DY)
        };
        // Keep the label inside the panel even when it is wider than the space under the
        // corner (long English labels).
        let half = text_width(name, 15.0) / 2.0;
        let lx = px.clamp(x + 14.0 + half, x + PANEL_W - 14.0 - half);
        text(s, lx, ty, 15.0, INK, "middle", " font-weight=\"600\"", name);
        if !present {
            let y2 = if k == 0 { ty - 16.0 } else { sub_y };
            text(
                s,
                px,
                y2,
                14.0,
                RED,
                "middle",
                "",
                tx::KIND_ABSENT_SHORT.get_in(lang),
            );
        }
    }
}

/// Under the triangle: the closing tables, or the legs that are missing.
fn triangle_detail(s: &mut String, x: f32, y: f32, tri: &Triangle, a: &Analysis, lang: Lang) {
    let mut ly = y + DETAIL_Y;
    match tri.state {
        TriangleState::Gesloten => {
            let names: Vec<&str> = tri
                .closing_tables
                .iter()
                .map(|id| a.names.get(id).map(String::as_str).unwrap_or(id))
                .collect();
            text(
                s,
                x + 18.0,
                ly,
                14.0,
                MUTED,
                "start",
                "",
                &tx::CLOSED_BY.fill_in(lang, &[("n", &names.len())]),
            );
            ly += 20.0;
            let shown = names.len().min(2);
            for n in &names[..shown] {
                text(
                    s,
                    x + 18.0,
                    ly,
                    15.0,
                    INK,
                    "start",
                    "",
                    &fit(n, PANEL_W - 36.0, 15.0),
                );
                ly += 20.0;
            }
            if names.len() > shown {
                text(
                    s,
                    x + 18.0,
                    ly,
                    14.0,
                    MUTED,
                    "start",
                    "",
                    &tx::AND_MORE.fill_in(lang, &[("n", &(names.len() - shown))]),
                );
            }
        }
        TriangleState::Verbonden => {
            let lines = wrap(
                tx::CONNECTED_NOT_CLOSED.get_in(lang),
                PANEL_W - 36.0,
                14.0,
                3,
            );
            for l in lines {
                text(s, x + 18.0, ly, 14.0, MUTED, "start", "", &l);
                ly += 20.0;
            }
        }
        TriangleState::Open | TriangleState::Afwezig => {
            let missing: Vec<String> = tri
                .legs
                .missing()
                .iter()
                .map(|l| leg_label(l, lang))
                .collect();
            if !missing.is_empty() {
                text(
                    s,
                    x + 18.0,
                    ly,
                    14.0,
                    MUTED,
                    "start",
                    "",
                    tx::MISSING_LEGS.get_in(lang),
                );
                ly += 20.0;
                for l in missing.iter().take(3) {
                    text(
                        s,
                        x + 18.0,
                        ly,
                        15.0,
                        RED,
                        "start",
                        "",
                        &fit(l, PANEL_W - 36.0, 15.0),
                    );
                    ly += 20.0;
                }
            }
        }
    }
    s.push_str("</g>\n");
}

/// "Gemeente – Woningcorporatie" for a leg name of the JSON.
pub(crate) fn leg_label(leg: &str, lang: Lang) -> String {
    leg.split('-')
        .map(|k| PartyKind::parse(k).map(|k| k.label_in(lang)).unwrap_or(k))
        .collect::<Vec<_>>()
        .join(" – ")
}

fn triangle_legend(s: &mut String, x: f32, y: f32, w: f32, lang: Lang) {
    let _ = writeln!(
        s,
        "<g><line x1=\"{x}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{RULE}\"/>",
        x + w
    );
    let cy = y + 32.0;
    let mut cx = x;
    text(
        s,
        cx,
        cy + 4.5,
        14.0,
        INK,
        "start",
        " font-weight=\"600\"",
        tx::LEGEND.get_in(lang),
    );
    cx += text_width(tx::LEGEND.get_in(lang), 14.0) + 24.0;
    // The two kinds of leg: present (solid green) and missing (dashed red).
    for (line, label) in [
        (
            format!("stroke=\"{GREEN}\" stroke-width=\"5\" stroke-linecap=\"round\""),
            tx::LEG_PRESENT.get_in(lang),
        ),
        (
            format!("stroke=\"{RED}\" stroke-width=\"3\" stroke-dasharray=\"9 7\""),
            tx::LEG_MISSING.get_in(lang),
        ),
    ] {
        let _ = writeln!(
            s,
            "<line x1=\"{cx}\" y1=\"{cy}\" x2=\"{}\" y2=\"{cy}\" {line}/>",
            cx + 36.0
        );
        text(s, cx + 46.0, cy + 4.5, 14.0, INK, "start", "", label);
        cx += 46.0 + text_width(label, 14.0) + 28.0;
    }
    for k in PartyKind::CORE {
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{cy}\" r=\"7\" fill=\"{}\"/>",
            cx + 7.0,
            style::party_color(k)
        );
        text(
            s,
            cx + 20.0,
            cy + 4.5,
            14.0,
            INK,
            "start",
            "",
            k.label_in(lang),
        );
        cx += 20.0 + text_width(k.label_in(lang), 14.0) + 22.0;
    }
    let _ = writeln!(
        s,
        "<circle cx=\"{:.1}\" cy=\"{cy}\" r=\"7\" fill=\"{PAPER}\" stroke=\"{MUTED}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
        cx + 7.0
    );
    text(
        s,
        cx + 20.0,
        cy + 4.5,
        14.0,
        INK,
        "start",
        "",
        tx::KIND_ABSENT_LEGEND.get_in(lang),
    );
    s.push_str("</g>\n");
}

/// The four colour groups of the kind mix bars: gemeente, corporatie, zorg, other.
fn mix_group(k: PartyKind) -> usize {
    match k {
        PartyKind::Gemeente => 0,
        PartyKind::Woningcorporatie => 1,
        PartyKind::Zorgaanbieder => 2,
        _ => 3,
    }
}

const MIX_KINDS: [PartyKind; 4] = [
    PartyKind::Gemeente,
    PartyKind::Woningcorporatie,
    PartyKind::Zorgaanbieder,
    PartyKind::Overig,
];

/// Distinct parties at each table by colour group, in table order.
pub(crate) fn kind_mix(map: &Map) -> Vec<[usize; 4]> {
    let index = map.index();
    let mut seen: Vec<Vec<usize>> = vec![Vec::new(); map.tables.len()];
    for m in &map.memberships {
        if let (Some(t), Some(p)) = (index.table(&m.table), index.party(&m.party))
            && !seen[t].contains(&p)
        {
            seen[t].push(p);
        }
    }
    seen.iter()
        .map(|ps| {
            let mut c = [0usize; 4];
            for &p in ps {
                c[mix_group(map.parties[p].kind)] += 1;
            }
            c
        })
        .collect()
}

const LABEL_W: f32 = 150.0;
const CELL_W: f32 = 390.0;
const LINE: f32 = 19.0;
const NAME_SIZE: f32 = 15.0;

/// The tables of each cell of the domain × layer grid, by index into `map.tables`.
pub(crate) fn cells(map: &Map) -> Vec<Vec<Vec<usize>>> {
    Layer::ALL
        .iter()
        .map(|l| {
            Domain::ALL
                .iter()
                .map(|d| {
                    (0..map.tables.len())
                        .filter(|&i| {
                            map.tables[i].layers.contains(*l) && map.tables[i].domains.contains(*d)
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The domain × layer matrix (the handreiking's werkmodel): columns casus / institutioneel /
/// leefomgeving, rows strategisch / tactisch / operationeel, each cell listing its tables with
/// a small bar of the kinds of parties at the table; empty cells hatched and marked.
pub fn matrix_svg(map: &Map, opts: &DiagramOptions) -> String {
    let lang = opts.lang;
    let grid = cells(map);
    let mix = kind_mix(map);
    let name_w = CELL_W - 24.0 - 18.0 - 72.0;
    // Lines per table (names wrap to two lines), to size each row.
    let lines: Vec<Vec<String>> = map
        .tables
        .iter()
        .map(|t| wrap(&t.name, name_w, NAME_SIZE, 2))
        .collect();
    let row_h: Vec<f32> = grid
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| {
                    cell.iter()
                        .map(|&t| lines[t].len() as f32 * LINE + 9.0)
                        .sum::<f32>()
                })
                .fold(0.0f32, f32::max)
                .max(64.0)
                + 28.0
        })
        .collect();
    let w = 32.0 * 2.0 + LABEL_W + Domain::ALL.len() as f32 * CELL_W;
    let head_h = 44.0;
    let legend_h = 90.0;
    let h = 110.0 + head_h + row_h.iter().sum::<f32>() + legend_h;
    let title = if opts.title.is_empty() {
        tx::MATRIX_TITLE.get_in(lang).to_string()
    } else {
        opts.title.clone()
    };
    let mut s = String::with_capacity(16384);
    let top = open(&mut s, w, h, &title, &subtitle(map, &opts.date));
    let _ = writeln!(
        s,
        "<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"{}\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"{}\" stroke-width=\"3\"/></pattern></defs>",
        style::EMPTY_CELL,
        style::EMPTY_CELL_HATCH
    );
    let x0 = 32.0;
    let gx = x0 + LABEL_W;
    // Column heads.
    for (c, d) in Domain::ALL.iter().enumerate() {
        let x = gx + c as f32 * CELL_W;
        let _ = writeln!(
            s,
            "<rect x=\"{x}\" y=\"{top}\" width=\"{CELL_W}\" height=\"{head_h}\" fill=\"{HEADER_FILL}\" stroke=\"{PAPER}\" stroke-width=\"2\"/>"
        );
        text(
            &mut s,
            x + CELL_W / 2.0,
            top + 28.0,
            17.0,
            INK,
            "middle",
            " font-weight=\"600\"",
            d.label_in(lang),
        );
    }
    let mut y = top + head_h;
    for (r, l) in Layer::ALL.iter().enumerate() {
        let rh = row_h[r];
        let _ = writeln!(
            s,
            "<rect x=\"{x0}\" y=\"{y}\" width=\"{LABEL_W}\" height=\"{rh}\" fill=\"{HEADER_FILL}\" stroke=\"{PAPER}\" stroke-width=\"2\"/>"
        );
        text(
            &mut s,
            x0 + 16.0,
            y + 28.0,
            17.0,
            INK,
            "start",
            " font-weight=\"600\"",
            l.label_in(lang),
        );
        for (c, cell) in grid[r].iter().enumerate() {
            let x = gx + c as f32 * CELL_W;
            if cell.is_empty() {
                let _ = writeln!(
                    s,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{CELL_W}\" height=\"{rh}\" fill=\"url(#hatch)\" stroke=\"{PAPER}\" stroke-width=\"2\"/>"
                );
                text(
                    &mut s,
                    x + CELL_W / 2.0,
                    y + rh / 2.0 + 5.0,
                    14.0,
                    Tone::Bad.text(),
                    "middle",
                    " font-style=\"italic\"",
                    tx::EMPTY_CELL.get_in(lang),
                );
                continue;
            }
            let _ = writeln!(
                s,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{CELL_W}\" height=\"{rh}\" fill=\"{PANEL}\" stroke=\"{RULE}\" stroke-width=\"1\"/>"
            );
            text(
                &mut s,
                x + CELL_W - 12.0,
                y + 20.0,
                13.0,
                MUTED,
                "end",
                "",
                &tx::N_TABLES.fill_in(lang, &[("n", &cell.len())]),
            );
            let mut ty = y + 32.0;
            for &t in cell {
                let table = &map.tables[t];
                let icon_y = ty + 7.0;
                table_icon(&mut s, x + 18.0, icon_y, table.kind);
                for (k, line) in lines[t].iter().enumerate() {
                    text(
                        &mut s,
                        x + 32.0,
                        ty + 12.0 + k as f32 * LINE,
                        NAME_SIZE,
                        INK,
                        "start",
                        "",
                        line,
                    );
                }
                mix_bar(
                    &mut s,
                    x + CELL_W - 12.0 - 64.0,
                    ty + 3.0,
                    64.0,
                    7.0,
                    mix[t],
                );
                ty += lines[t].len() as f32 * LINE + 9.0;
            }
        }
        y += rh;
    }
    matrix_legend(&mut s, x0, y + 16.0, w - 64.0, lang);
    s.push_str("</svg>\n");
    s
}

/// A small glyph per table kind: tafel a square, platform a circle, initiatief a diamond.
fn table_icon(s: &mut String, cx: f32, cy: f32, k: TableKind) {
    let c = style::table_color(k);
    let _ = match k {
        TableKind::Tafel => writeln!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\" rx=\"1.5\" fill=\"{c}\"/>",
            cx - 4.5,
            cy - 4.5
        ),
        TableKind::Platform => writeln!(
            s,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"5\" fill=\"{c}\"/>"
        ),
        TableKind::Initiatief => writeln!(
            s,
            "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"{c}\"/>",
            cx,
            cy - 6.0,
            cx + 6.0,
            cy,
            cx,
            cy + 6.0,
            cx - 6.0,
            cy
        ),
    };
}

/// A stacked bar of the parties at a table by kind group; grey outline when nobody sits there.
fn mix_bar(s: &mut String, x: f32, y: f32, w: f32, h: f32, counts: [usize; 4]) {
    let total: usize = counts.iter().sum();
    let _ = writeln!(
        s,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w}\" height=\"{h}\" rx=\"2\" fill=\"{BAR_TRACK}\"/>"
    );
    if total == 0 {
        return;
    }
    let mut cx = x;
    for (k, n) in MIX_KINDS.iter().zip(counts) {
        if n == 0 {
            continue;
        }
        let bw = w * n as f32 / total as f32;
        let _ = writeln!(
            s,
            "<rect x=\"{cx:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{h}\" fill=\"{}\"/>",
            style::party_color(*k)
        );
        cx += bw;
    }
}

fn matrix_legend(s: &mut String, x: f32, y: f32, w: f32, lang: Lang) {
    let _ = writeln!(
        s,
        "<g><line x1=\"{x}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"{RULE}\"/>",
        x + w
    );
    let cy = y + 28.0;
    text(
        s,
        x,
        cy + 4.5,
        14.0,
        INK,
        "start",
        " font-weight=\"600\"",
        tx::LEGEND.get_in(lang),
    );
    let mut cx = x + text_width(tx::LEGEND.get_in(lang), 14.0) + 24.0;
    for (k, label) in [
        (TableKind::Tafel, TableKind::Tafel.label_in(lang)),
        (TableKind::Platform, TableKind::Platform.label_in(lang)),
        (TableKind::Initiatief, TableKind::Initiatief.label_in(lang)),
    ] {
        table_icon(s, cx + 5.0, cy, k);
        text(s, cx + 16.0, cy + 4.5, 14.0, INK, "start", "", label);
        cx += 16.0 + text_width(label, 14.0) + 22.0;
    }
    let _ = writeln!(
        s,
        "<rect x=\"{cx}\" y=\"{:.1}\" width=\"34\" height=\"18\" fill=\"url(#hatch)\" stroke=\"{RULE}\"/>",
        cy - 9.0
    );
    text(
        s,
        cx + 42.0,
        cy + 4.5,
        14.0,
        INK,
        "start",
        "",
        tx::EMPTY_CELL_LEGEND.get_in(lang),
    );
    // Second line: the kind mix bar.
    let cy = cy + 30.0;
    let mut cx = x + text_width(tx::LEGEND.get_in(lang), 14.0) + 24.0;
    text(
        s,
        cx,
        cy + 4.5,
        14.0,
        MUTED,
        "start",
        "",
        tx::MIX_LEGEND.get_in(lang),
    );
    cx += text_width(tx::MIX_LEGEND.get_in(lang), 14.0) + 16.0;
    for k in MIX_KINDS {
        let label = if k == PartyKind::Overig {
            tx::OTHER_KINDS.get_in(lang)
        } else {
            k.label_in(lang)
        };
        let _ = writeln!(
            s,
            "<rect x=\"{cx}\" y=\"{:.1}\" width=\"18\" height=\"7\" rx=\"2\" fill=\"{}\"/>",
            cy - 3.5,
            style::party_color(k)
        );
        text(s, cx + 24.0, cy + 4.5, 14.0, INK, "start", "", label);
        cx += 24.0 + text_width(label, 14.0) + 20.0;
    }
    s.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width_and_count() {
        let s = "Prestatieafsprakenoverleg Hulsveen en Zandermeer met een heel lange staart";
        let lines = wrap(s, 200.0, 13.0, 2);
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert!(text_width(l, 13.0) <= 200.0 + 13.0, "{l}");
        }
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("kort", 200.0, 13.0, 2), ["kort"]);
    }

    #[test]
    fn the_triangle_grid_of_eleven_scopes_is_page_shaped_not_a_strip() {
        let (w, h) = grid_size(11, grid_columns(11));
        let aspect = w / h;
        assert!((1.0..=16.0 / 9.0 * 1.15).contains(&aspect), "{w} × {h}");
        assert_eq!(grid_columns(1), 1, "one scope is one row");
        // A column of eleven rows would be the old strip: far from a page.
        let (w1, h1) = grid_size(11, 1);
        assert!(w1 / h1 < 0.3);
    }

    #[test]
    fn absent_under_a_corner_stays_clear_of_the_missing_legs_line() {
        // Zorg absent: its corner says "afwezig", the detail lists the two missing legs.
        let tri = Triangle {
            domain: Domain::Casus,
            werkgebied: None,
            state: TriangleState::Afwezig,
            legs: crate::analysis::Legs {
                gemeente_woningcorporatie: true,
                ..Default::default()
            },
            closing_tables: Vec::new(),
            present: 0b011,
        };
        let a = crate::analysis::analyse(&Map::default(), &crate::analysis::Thresholds::default());
        // The detail closes the panel's group.
        let mut s = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\"><g>");
        triangle_figure(&mut s, 0.0, 0.0, &tri, Lang::Nl);
        triangle_detail(&mut s, 0.0, 0.0, &tri, &a, Lang::Nl);
        s.push_str("</svg>");
        let doc = roxmltree::Document::parse(&s).unwrap();
        let y_of = |t: &str| -> Vec<f32> {
            doc.descendants()
                .filter(|n| n.has_tag_name("text") && n.text() == Some(t))
                .map(|n| n.attribute("y").unwrap().parse().unwrap())
                .collect()
        };
        let absent = y_of(tx::KIND_ABSENT_SHORT.get_in(Lang::Nl));
        let header = y_of(tx::MISSING_LEGS.get_in(Lang::Nl));
        assert_eq!((absent.len(), header.len()), (1, 1), "{s}");
        // Baselines of 14 px type: the header's top (about 11 px above its baseline) stays
        // clear of the absent line's descent (about 4 px below) with room to spare.
        assert!(
            header[0] - 11.0 > absent[0] + 4.0 + 6.0,
            "{absent:?} vs {header:?}"
        );
        // The last text line still sits inside the panel.
        let last = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.attribute("y").unwrap().parse::<f32>().unwrap())
            .fold(0.0, f32::max);
        assert!(last + 4.0 < PANEL_H, "{last}");
    }

    #[test]
    fn fit_shortens_only_when_needed() {
        assert_eq!(fit("abc", 100.0, 10.0), "abc");
        let f = fit(&"a".repeat(100), 100.0, 10.0);
        assert!(f.ends_with('…') && f.chars().count() < 100);
    }
}
