//! The network pictures of the board report, sized for the printed page.
//!
//! A picture on A4 is printed at a known width in millimetres, so the size of its text in
//! points follows from the picture's width in SVG units: `pt = units × (mm / units) × 72 / 25.4`.
//! The poster writer (`network.rs`) draws labels at a fixed size in canvas units, which a
//! regional picture shrinks to 1.5 pt on paper; here the fonts are chosen the other way round,
//! from the printed size ([`LABEL_PT`], never below [`MIN_PT`]), and what no longer fits is
//! left out by the label placement or moved to a picture of its own (one per werkgebied, the
//! aggregated scene for the region).
//!
//! The scene is the same draw list the app paints ([`crate::scene`]); only the serialisation
//! differs. Every picture carries `role="img"`, an `aria-label` and a `<title>`: its alt text.

use super::FONT_STACK;
use super::diagrams::text_width;
use super::xml::xml_escape;
use crate::analysis::{Analysis, Finding};
use crate::graph::metrics_graph;
use crate::i18n::Lang;
use crate::i18n::report as tx;
use crate::i18n::vocab::Label as _;
use crate::layout::lanes;
use crate::model::{Domain, Layer, Map, PartyKind, Pos, Vocab};
use crate::scene::{self, Collapse, EdgeStyle, Filter, Highlight, Scene, SceneInput, Swatch};
use crate::style::{self, NodeShape};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The least size of any text in a printed picture, in points.
pub const MIN_PT: f32 = 6.0;
/// The size of node labels and legend text, in points.
pub const LABEL_PT: f32 = 7.0;
/// The size of the lane headers, in points.
const HEADER_PT: f32 = 8.0;
const MM_PER_PT: f32 = 25.4 / 72.0;

/// The room a picture may take on the page, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrintBox {
    pub width_mm: f32,
    pub height_mm: f32,
}

/// The printed size in points of text `units` high in an SVG whose viewBox is `viewbox_width`
/// units wide and which is printed `width_mm` wide.
pub fn printed_pt(units: f32, viewbox_width: f32, width_mm: f32) -> f32 {
    units * (width_mm / viewbox_width) / MM_PER_PT
}

/// A picture ready to inline: the SVG document and its printed size.
#[derive(Debug, Clone, PartialEq)]
pub struct SizedPicture {
    pub svg: String,
    pub width_mm: f32,
    pub height_mm: f32,
}

/// The fonts and margins of one picture at one scale (mm per unit).
struct Metrics {
    label: f32,
    header: f32,
    left: f32,
    top: f32,
    bottom: f32,
    right: f32,
}

impl Metrics {
    fn at(scale: f32, scene: &Scene, lang: Lang, content_w: f32) -> Metrics {
        let u = |pt: f32| pt * MM_PER_PT / scale;
        let (label, header) = (u(LABEL_PT), u(HEADER_PT));
        let widest_layer = Layer::ALL
            .iter()
            .map(|l| text_width(&l.label_in(lang).to_uppercase(), header))
            .fold(0.0f32, f32::max);
        // The legend: as many entries a row as fit, a row a line and a half high.
        let entry_w = scene
            .legend
            .iter()
            .map(|e| text_width(&e.label, label) + 3.0 * label)
            .fold(label, f32::max);
        let per_row = ((content_w / entry_w).floor() as usize).max(1);
        let rows = scene.legend.len().div_ceil(per_row) as f32;
        Metrics {
            label,
            header,
            left: widest_layer + 1.5 * header,
            top: 2.5 * header,
            bottom: 2.0 * label + rows * 1.8 * label,
            right: overhang(scene, label, header),
        }
    }
}

/// How far labels placed to the right of the rightmost nodes, and the strip's heading, may
/// reach past the scene's bounds (at most what the widest such text needs).
fn overhang(scene: &Scene, label: f32, header: f32) -> f32 {
    let Some((_, hi)) = scene.bounds() else {
        return label;
    };
    let mut reach = hi.x + label;
    for n in &scene.nodes {
        reach = reach.max(n.pos.x + n.radius + 0.6 * label + text_width(&n.label, label));
    }
    if let Some((a, _)) = scene.lanes.as_ref().and_then(|l| l.strip) {
        reach = reach.max(a.x + 1.2 * header + text_width(&scene.strip_label, header));
    }
    reach - hi.x
}

/// Serialises `scene` to an SVG that prints inside `fit` with every text at least [`MIN_PT`].
pub fn render(scene: &Scene, fit: PrintBox, alt: &str, lang: Lang) -> SizedPicture {
    let (lo, hi) = scene
        .bounds()
        .unwrap_or((Pos { x: 0.0, y: 0.0 }, Pos { x: 800.0, y: 600.0 }));
    let (cw, ch) = ((hi.x - lo.x).max(1.0), (hi.y - lo.y).max(1.0));
    // The margins depend on the fonts, the fonts on the scale, the scale on the margins: a few
    // rounds settle it (each round changes the scale by less than the last).
    let mut scale = (fit.width_mm / cw).min(fit.height_mm / ch);
    let mut m = Metrics::at(scale, scene, lang, cw);
    for _ in 0..6 {
        let w = cw + m.left + m.right;
        let h = ch + m.top + m.bottom;
        scale = (fit.width_mm / w).min(fit.height_mm / h);
        m = Metrics::at(scale, scene, lang, cw);
    }
    let (w, h) = (cw + m.left + m.right, ch + m.top + m.bottom);
    // The fonts above were made for the final scale; the size printed is the size drawn.
    let (width_mm, height_mm) = (w * scale, h * scale);
    let at = |p: Pos| (p.x - lo.x + m.left, p.y - lo.y + m.top);

    let mut s = String::with_capacity(32 * 1024);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="sized" role="img" aria-label="{a}" width="{width_mm:.1}mm" height="{height_mm:.1}mm" viewBox="0 0 {w:.0} {h:.0}" font-family="{font}"><title>{a}</title>"#,
        a = xml_escape(alt),
        font = xml_escape(FONT_STACK),
    );
    let _ = writeln!(
        s,
        r#"<rect width="100%" height="100%" fill="{}"/>"#,
        style::PAPER
    );
    if let Some(grid) = &scene.lanes {
        lanes_svg(&mut s, grid, &scene.strip_label, &at, &m, lang);
    }
    edges_svg(&mut s, scene, &at);
    nodes_svg(&mut s, scene, &at);
    labels_svg(&mut s, scene, &at, m.label);
    legend_svg(
        &mut s,
        scene,
        (m.label, h - m.bottom + 1.5 * m.label, cw),
        m.left,
    );
    s.push_str("</svg>\n");
    SizedPicture {
        svg: s,
        width_mm,
        height_mm,
    }
}

fn lanes_svg(
    s: &mut String,
    grid: &crate::layout::LaneGrid,
    strip_label: &str,
    at: &dyn Fn(Pos) -> (f32, f32),
    m: &Metrics,
    lang: Lang,
) {
    s.push_str("<g>\n");
    for d in Domain::ALL {
        for l in Layer::ALL {
            let (a, b) = grid.cell(*d, *l);
            let ((x0, y0), (x1, y1)) = (at(a), at(b));
            let fill = if (d.index() + l.index()) % 2 == 0 {
                style::LANE_FILL
            } else {
                style::PANEL
            };
            let _ = writeln!(
                s,
                r#"<rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="{fill}" stroke="{}"/>"#,
                x1 - x0,
                y1 - y0,
                style::LANE_LINE
            );
        }
        let (a, b) = grid.cell(*d, Layer::Strategisch);
        let ((x0, y0), (x1, _)) = (at(a), at(b));
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" font-weight="bold" fill="{}" text-anchor="middle">{}</text>"#,
            (x0 + x1) / 2.0,
            y0 - 0.8 * m.header,
            m.header,
            style::INK_SOFT,
            xml_escape(&d.label_in(lang).to_uppercase())
        );
    }
    for l in Layer::ALL {
        let (a, b) = grid.cell(Domain::Casus, *l);
        let ((x0, y0), (_, y1)) = (at(a), at(b));
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" font-weight="bold" fill="{}" text-anchor="end">{}</text>"#,
            x0 - 0.6 * m.header,
            (y0 + y1) / 2.0 + m.header / 3.0,
            m.header,
            style::INK_SOFT,
            xml_escape(&l.label_in(lang).to_uppercase())
        );
    }
    if let Some((a, b)) = grid.strip {
        let ((x0, y0), (x1, y1)) = (at(a), at(b));
        let _ = writeln!(
            s,
            r#"<rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="{}" stroke="{}" stroke-dasharray="8 5"/><text x="{:.1}" y="{:.1}" font-size="{:.1}" font-weight="bold" fill="{}">{}</text>"#,
            x1 - x0,
            y1 - y0,
            style::PANEL,
            style::LANE_LINE,
            x0 + 0.6 * m.header,
            y0 + 1.4 * m.header,
            m.header,
            style::INK_SOFT,
            xml_escape(strip_label)
        );
    }
    s.push_str("</g>\n");
}

fn edges_svg(s: &mut String, scene: &Scene, at: &dyn Fn(Pos) -> (f32, f32)) {
    s.push_str("<g stroke-linecap=\"round\">\n");
    for dashed in [false, true] {
        for e in scene
            .edges
            .iter()
            .filter(|e| (e.style == EdgeStyle::Dashed) == dashed)
        {
            let (x1, y1) = at(scene.nodes[e.a as usize].pos);
            let (x2, y2) = at(scene.nodes[e.b as usize].pos);
            let dash = if dashed {
                r#" stroke-dasharray="10 6""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-opacity="{:.2}" stroke-width="{:.1}"{dash}/>"#,
                e.color.hex(),
                f32::from(e.color.0[3]) / 255.0,
                e.width.max(1.0)
            );
        }
    }
    s.push_str("</g>\n");
}

fn nodes_svg(s: &mut String, scene: &Scene, at: &dyn Fn(Pos) -> (f32, f32)) {
    s.push_str("<g>\n");
    for n in &scene.nodes {
        let (x, y) = at(n.pos);
        let r = n.radius;
        let stroke = format!(
            r#"stroke="{}" stroke-width="{:.1}""#,
            n.stroke.hex(),
            n.stroke_width.max(1.0)
        );
        match n.shape {
            NodeShape::Circle => {
                let _ = writeln!(
                    s,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{}" {stroke}/>"#,
                    n.fill.hex()
                );
            }
            NodeShape::RoundedSquare => {
                let _ = writeln!(
                    s,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="{}" {stroke}/>"#,
                    x - r,
                    y - r,
                    2.0 * r,
                    2.0 * r,
                    r * 0.3,
                    n.fill.hex()
                );
            }
        }
        if let Some(mk) = n.marker {
            let _ = writeln!(
                s,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="none" stroke="{}" stroke-width="3"/>"#,
                r + 6.0,
                style::marker_color(mk)
            );
        }
    }
    s.push_str("</g>\n");
}

/// Labels placed greedily in the scene's priority order: below the node, else above, right or
/// left; left out when every spot collides with a node or a label already placed.
fn labels_svg(s: &mut String, scene: &Scene, at: &dyn Fn(Pos) -> (f32, f32), size: f32) {
    let _ = writeln!(s, r#"<g font-size="{size:.1}" fill="{}">"#, style::INK);
    let mut taken: Vec<[f32; 4]> = scene
        .nodes
        .iter()
        .map(|n| {
            let (x, y) = at(n.pos);
            [x - n.radius, y - n.radius, x + n.radius, y + n.radius]
        })
        .collect();
    let overlaps =
        |a: &[f32; 4], b: &[f32; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    for &i in &scene.label_order {
        let n = &scene.nodes[i as usize];
        if n.label.is_empty() {
            continue;
        }
        let (x, y) = at(n.pos);
        let (w, h, r) = (text_width(&n.label, size), size * 1.2, n.radius);
        let own = [x - r, y - r, x + r, y + r];
        let spots = [
            (x - w / 2.0, y + r + 0.2 * size),
            (x - w / 2.0, y - r - 0.2 * size - h),
            (x + r + 0.3 * size, y - h / 2.0),
            (x - r - 0.3 * size - w, y - h / 2.0),
        ];
        let Some(&(lx, ly)) = spots.iter().find(|(lx, ly)| {
            let b = [*lx, *ly, lx + w, ly + h];
            !taken.iter().any(|t| *t != own && overlaps(t, &b))
        }) else {
            continue;
        };
        taken.push([lx, ly, lx + w, ly + h]);
        let _ = writeln!(
            s,
            r#"<text x="{lx:.1}" y="{:.1}" paint-order="stroke" stroke="{}" stroke-width="{:.1}" stroke-linejoin="round">{}</text>"#,
            ly + size,
            style::PAPER,
            size * 0.25,
            xml_escape(&n.label)
        );
    }
    s.push_str("</g>\n");
}

fn legend_svg(s: &mut String, scene: &Scene, (size, top, width): (f32, f32, f32), left: f32) {
    let entry_w = scene
        .legend
        .iter()
        .map(|e| text_width(&e.label, size) + 3.0 * size)
        .fold(size, f32::max);
    let per_row = ((width / entry_w).floor() as usize).max(1);
    let _ = writeln!(s, r#"<g font-size="{size:.1}" fill="{}">"#, style::INK);
    for (k, e) in scene.legend.iter().enumerate() {
        let x = left + (k % per_row) as f32 * entry_w;
        let y = top + (k / per_row) as f32 * 1.8 * size;
        let half = size * 0.45;
        match &e.swatch {
            Swatch::Node {
                shape: NodeShape::Circle,
                fill,
            } => {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{y:.1}" r="{half:.1}" fill="{fill}"/>"#,
                    x + half
                );
            }
            Swatch::Node {
                shape: NodeShape::RoundedSquare,
                fill,
            } => {
                let _ = write!(
                    s,
                    r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="2" fill="{fill}"/>"#,
                    y - half,
                    2.0 * half,
                    2.0 * half
                );
            }
            Swatch::Line { style: st, color } => {
                let dash = if *st == EdgeStyle::Dashed {
                    r#" stroke-dasharray="6 4""#
                } else {
                    ""
                };
                let _ = write!(
                    s,
                    r#"<line x1="{x:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{color}" stroke-width="3"{dash}/>"#,
                    x + 2.0 * half
                );
            }
            Swatch::Marker(mk) => {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{y:.1}" r="{half:.1}" fill="none" stroke="{}" stroke-width="3"/>"#,
                    x + half,
                    style::marker_color(*mk)
                );
            }
        }
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
            x + 2.0 * half + 0.5 * size,
            y + size * 0.35,
            xml_escape(&e.label)
        );
    }
    s.push_str("</g>\n");
}

/// The part of `map` that belongs to werkgebied `w`: its own tables (those whose werkgebied
/// names it), the parties at them and the parties of `w` itself, the seats at those tables (by
/// party; persons are not drawn at this size), the relationships among those parties and the
/// reporting lines among those tables.
pub fn werkgebied_map(map: &Map, w: &str) -> Map {
    let tables: Vec<_> = map
        .tables
        .iter()
        .filter(|t| t.werkgebied.iter().any(|x| x == w))
        .cloned()
        .collect();
    let table_ids: BTreeSet<String> = tables.iter().map(|t| t.id.clone()).collect();
    let mut party_ids: BTreeSet<&str> = map
        .memberships
        .iter()
        .filter(|m| table_ids.contains(m.table.as_str()))
        .map(|m| m.party.as_str())
        .collect();
    party_ids.extend(
        map.parties
            .iter()
            .filter(|p| {
                (p.kind == PartyKind::Gemeente && p.id == w) || p.werkgebied.iter().any(|x| x == w)
            })
            .map(|p| p.id.as_str()),
    );
    let mut out = Map {
        title: map.name_of(w).to_string(),
        parties: map
            .parties
            .iter()
            .filter(|p| party_ids.contains(p.id.as_str()))
            .cloned()
            .collect(),
        memberships: map
            .memberships
            .iter()
            .filter(|m| table_ids.contains(m.table.as_str()))
            .map(|m| crate::model::Membership {
                person: None,
                ..m.clone()
            })
            .collect(),
        relations: map
            .relations
            .iter()
            .filter(|r| party_ids.contains(r.from.as_str()) && party_ids.contains(r.to.as_str()))
            .cloned()
            .collect(),
        ..Map::default()
    };
    out.tables = tables
        .into_iter()
        .map(|mut t| {
            t.reports_to.retain(|r| table_ids.contains(r));
            t
        })
        .collect();
    out
}

/// The lanes scene of `map` (persons off), with the marks of `findings`.
fn lanes_scene(map: &Map, findings: &[Finding], filter: &Filter, lang: Lang) -> Scene {
    let g = metrics_graph(map);
    let (positions, grid) = lanes(map, &g, &[]);
    let highlight = Highlight::from_findings(findings, None, None, 20);
    scene::build(SceneInput {
        map,
        graph: &g,
        positions: &positions,
        lanes: Some(&grid),
        filter,
        highlight: &highlight,
        lang,
    })
}

/// The region collapsed by party kind (see [`crate::scene`]), sized for `fit`.
pub fn region_picture(map: &Map, analysis: &Analysis, fit: PrintBox, lang: Lang) -> SizedPicture {
    let filter = Filter {
        collapse: Some(Collapse::PartyKind),
        ..Filter::default()
    };
    let scene = lanes_scene(map, &analysis.findings, &filter, lang);
    let cells = scene
        .nodes
        .iter()
        .filter(|n| n.shape == NodeShape::RoundedSquare)
        .count();
    let groups = scene.nodes.len() - cells;
    let alt = tx::AGG_ALT.fill_in(
        lang,
        &[
            ("tables", &map.tables.len()),
            ("cells", &cells),
            ("parties", &map.parties.len()),
            ("groups", &groups),
        ],
    );
    render(&scene, fit, &alt, lang)
}

/// The area of a slide's picture (16:9, under its title), as if printed: a slide projected a
/// metre wide shows its 6 pt labels some four times larger than on paper.
pub const SLIDE_BOX: PrintBox = PrintBox {
    width_mm: 250.0,
    height_mm: 118.0,
};

/// A network slide's picture: the lanes scene with the slide's `filter` (collapsed at regional
/// size), sized for [`SLIDE_BOX`] with every label at [`MIN_PT`] or more, so that a hundred
/// parties collapsed into their kinds read on a projector.
pub fn slide_picture(map: &Map, analysis: &Analysis, filter: &Filter, lang: Lang) -> SizedPicture {
    let scene = lanes_scene(map, &analysis.findings, filter, lang);
    let alt = tx::NETWORK_ALT.fill_in(
        lang,
        &[
            ("name", &map.title),
            ("tables", &map.tables.len()),
            ("parties", &map.parties.len()),
        ],
    );
    render(&scene, SLIDE_BOX, &alt, lang)
}

/// The network of `map` itself (every table and party, persons off), sized for `fit`; the
/// strip says `strip_label`.
pub fn network_picture(
    map: &Map,
    findings: &[Finding],
    fit: PrintBox,
    strip_label: &str,
    lang: Lang,
) -> SizedPicture {
    let mut scene = lanes_scene(map, findings, &Filter::default(), lang);
    scene.strip_label = strip_label.to_string();
    let alt = tx::NETWORK_ALT.fill_in(
        lang,
        &[
            ("name", &map.title),
            ("tables", &map.tables.len()),
            ("parties", &map.parties.len()),
        ],
    );
    render(&scene, fit, &alt, lang)
}

/// The smallest text of an SVG written by [`render`] as printed at its own width, in points:
/// what the report's tests hold to [`MIN_PT`].
pub fn smallest_printed_pt(svg: &str) -> Option<f32> {
    let attr = |name: &str| -> Option<&str> {
        let start = svg.find(&format!(" {name}=\""))? + name.len() + 3;
        svg[start..].split('"').next()
    };
    let width_mm: f32 = attr("width")?.trim_end_matches("mm").parse().ok()?;
    let vb_w: f32 = attr("viewBox")?.split(' ').nth(2)?.parse().ok()?;
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<f32>().ok())
        .map(|u| printed_pt(u, vb_w, width_mm))
        .reduce(f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printed_size_follows_from_width_and_viewbox() {
        // 25.4 mm is 72 pt: a viewBox 254 units wide printed 25.4 mm wide is 0.1 mm a unit,
        // so text 20 units high prints 2 mm = 5.669 pt.
        let pt = printed_pt(20.0, 254.0, 25.4);
        assert!((pt - 2.0 / MM_PER_PT).abs() < 1e-4, "{pt}");
        assert!((pt - 5.669).abs() < 1e-3, "{pt}");
        // The example of the issue: a 4000-unit network at 15 units printed 180 mm wide is
        // 15 × 0.045 mm = 0.675 mm = 1.91 pt.
        assert!((printed_pt(15.0, 4000.0, 180.0) - 1.913).abs() < 1e-3);
    }

    #[test]
    fn smallest_text_is_read_back_from_the_svg() {
        let svg = r#"<svg width="180.0mm" height="90.0mm" viewBox="0 0 1800 900"><text font-size="17"/><text font-size="30"/></svg>"#;
        // 0.1 mm a unit: 17 units = 1.7 mm = 4.82 pt.
        let pt = smallest_printed_pt(svg).unwrap_or(0.0);
        assert!((pt - 1.7 / MM_PER_PT).abs() < 1e-3, "{pt}");
    }
}
