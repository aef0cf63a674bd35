//! The network picture as SVG: the *domeinen en lagen* layout drawn from the same
//! [`Scene`](crate::scene::Scene) the app's canvas paints, so the picture in a report or on a
//! poster looks like the screen — lanes with their headers, tables and parties in their kind's
//! colours, the marks of the findings, missing links dashed red, a legend, title and date.
//!
//! Labels are placed greedily in the scene's priority order and skipped where they would
//! overlap one already placed: a picture for a board must stay readable.

use super::FONT_STACK;
use super::diagrams::text_width;
use super::xml::xml_escape;
use crate::analysis::Analysis;
use crate::graph::metrics_graph;
use crate::i18n::Lang;
use crate::i18n::report as tx;
use crate::i18n::vocab::Label as _;
use crate::layout::{LayoutKind, lanes};
use crate::model::{Domain, Layer, Map, Pos, Vocab};
use crate::scene::{self, EdgeStyle, Filter, Highlight, Scene, SceneInput, Swatch};
use crate::style::{self, Marker, NodeShape, Rgba};
use std::fmt::Write as _;

// The chrome of the poster, from the one palette.
const PAPER: Rgba = style::PAPER;
const INK: Rgba = style::INK;
const INK_SOFT: Rgba = style::INK_SOFT;

/// What the network picture shows.
#[derive(Debug, Clone, Default)]
pub struct NetworkOptions {
    /// The heading; empty for the map's title or a default.
    pub title: String,
    /// The date as printed.
    pub date: String,
    /// Draw persons too (seats then run table–person–party).
    pub persons: bool,
    /// The language of the texts in the picture.
    pub lang: Lang,
}

/// Room above the grid for the title, and at least this much to its left for the layer headers
/// (more when a header is wider, see [`left_margin`]).
const TOP: f32 = 110.0;
const LEFT: f32 = 150.0;
/// Size of the layer headers, and the gap between a header and the grid.
const LAYER_SIZE: f32 = 18.0;
const LAYER_GAP: f32 = 14.0;
/// How much wider bold type is than the width table's regular estimate (DejaVu Sans Bold
/// against its regular: about 10 %, with room to spare).
pub(crate) const BOLD: f32 = 1.15;
const MARGIN: f32 = 40.0;
const LABEL_SIZE: f32 = 15.0;

/// The network of `map` in domains and layers, with the marks of `analysis`, as an SVG document.
pub fn network_svg(map: &Map, analysis: &Analysis, opts: &NetworkOptions) -> String {
    let filter = Filter {
        persons: opts.persons,
        ..Filter::default()
    };
    network_svg_filtered(map, analysis, opts, &filter)
}

/// [`network_svg`] with a filter (one domain for a slide, a saved view's filter); the
/// filter's `persons` wins over the options'.
pub fn network_svg_filtered(
    map: &Map,
    analysis: &Analysis,
    opts: &NetworkOptions,
    filter: &Filter,
) -> String {
    let g = metrics_graph(map);
    let pinned: Vec<Option<Pos>> = {
        let saved = map.arrangement.positions.get(LayoutKind::Lagen.key());
        g.ids
            .iter()
            .map(|id| saved.and_then(|p| p.get(id)).copied())
            .collect()
    };
    let (positions, grid) = lanes(map, &g, &pinned);
    let highlight = Highlight::from_findings(&analysis.findings, None, None, 60);
    let scene = scene::build(SceneInput {
        map,
        graph: &g,
        positions: &positions,
        lanes: Some(&grid),
        filter,
        highlight: &highlight,
        lang: opts.lang,
    });
    let title = if !opts.title.trim().is_empty() {
        opts.title.clone()
    } else if !map.title.trim().is_empty() {
        map.title.clone()
    } else {
        tx::NETWORK_TITLE.get_in(opts.lang).to_string()
    };
    render(&scene, &title, &opts.date, opts.lang)
}

fn colour(c: Rgba) -> String {
    let a = c.0[3];
    if a == 255 {
        c.hex()
    } else {
        format!("{}\" fill-opacity=\"{:.2}", c.hex(), f32::from(a) / 255.0)
    }
}

fn stroke_attrs(c: Rgba) -> String {
    let a = c.0[3];
    if a == 255 {
        format!("stroke=\"{}\"", c.hex())
    } else {
        format!(
            "stroke=\"{}\" stroke-opacity=\"{:.2}\"",
            c.hex(),
            f32::from(a) / 255.0
        )
    }
}

fn render(scene: &Scene, title: &str, date: &str, lang: Lang) -> String {
    let (lo, hi) = scene
        .bounds()
        .unwrap_or((Pos { x: 0.0, y: 0.0 }, Pos { x: 800.0, y: 600.0 }));
    // Shift so the grid starts at (left, TOP); the legend goes below.
    let left = left_margin(lang);
    let (dx, dy) = (left - lo.x, TOP - lo.y);
    let mut width = (hi.x - lo.x) + left + MARGIN;
    // The heading of the strip of parties at no table may reach past its column.
    if let Some((a, _)) = scene.lanes.as_ref().and_then(|l| l.strip) {
        let reach = a.x + dx + 12.0 + text_width(&scene.strip_label, 20.0) * BOLD;
        width = width.max(reach + MARGIN);
    }
    let legend_rows = scene.legend.len().div_ceil(5) as f32;
    // Below everything, including labels under the lowest nodes.
    let legend_top = (hi.y - lo.y) + TOP + 70.0;
    let height = legend_top + legend_rows * 30.0 + MARGIN;
    let at = Shift(dx, dy);

    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="{font}">
<rect width="100%" height="100%" fill="{PAPER}"/>
<text x="{MARGIN}" y="48" font-size="30" font-weight="bold" fill="{INK}">{t}</text>
<text x="{MARGIN}" y="78" font-size="16" fill="{INK_SOFT}">{d}</text>
"##,
        w = width,
        h = height,
        font = xml_escape(FONT_STACK),
        t = xml_escape(title),
        d = xml_escape(date),
    );

    if let Some(grid) = &scene.lanes {
        lanes_svg(&mut s, grid, &at, lang);
        strip_svg(&mut s, grid, &scene.strip_label, &at);
    }
    edges(&mut s, scene, &at);
    nodes(&mut s, scene, &at);
    labels(&mut s, scene, &at);
    legend(&mut s, scene, (legend_top, width), lang);
    s.push_str("</g>\n</svg>\n");
    s
}

/// Room left of the grid: the widest layer header (bold, upper case) with its gap and a
/// margin, so no header starts left of the picture ("OPERATIONEEL" once lost its "O").
pub(crate) fn left_margin(lang: Lang) -> f32 {
    let widest = Layer::ALL
        .iter()
        .map(|l| text_width(&l.label_in(lang).to_uppercase(), LAYER_SIZE) * BOLD)
        .fold(0.0, f32::max);
    LEFT.max(widest + LAYER_GAP + MARGIN / 2.0)
}

/// The shift that puts the grid at (left, TOP).
struct Shift(f32, f32);

impl Shift {
    fn at(&self, p: Pos) -> (f32, f32) {
        (p.x + self.0, p.y + self.1)
    }
}

/// The domains × layers grid with its headers.
fn lanes_svg(s: &mut String, grid: &crate::layout::LaneGrid, at: &Shift, lang: Lang) {
    s.push_str("<g id=\"lanes\">\n");
    for d in Domain::ALL {
        for l in Layer::ALL {
            let (a, b) = grid.cell(*d, *l);
            let (x0, y0) = at.at(a);
            let (x1, y1) = at.at(b);
            let fill = if (d.index() + l.index()) % 2 == 0 {
                style::LANE_FILL
            } else {
                style::PANEL
            };
            let _ = writeln!(
                s,
                r#"<rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="{}" {}/>"#,
                x1 - x0,
                y1 - y0,
                fill.hex(),
                stroke_attrs(style::LANE_LINE)
            );
        }
        let (a, b) = grid.cell(*d, Layer::Strategisch);
        let (x0, y0) = at.at(a);
        let x1 = at.at(b).0;
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="20" font-weight="bold" fill="{INK_SOFT}" text-anchor="middle">{}</text>"##,
            (x0 + x1) / 2.0,
            y0 - 12.0,
            xml_escape(&d.label_in(lang).to_uppercase())
        );
    }
    for l in Layer::ALL {
        let (a, b) = grid.cell(Domain::Casus, *l);
        let (x0, y0) = at.at(a);
        let y1 = at.at(b).1;
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="{LAYER_SIZE}" font-weight="bold" fill="{INK_SOFT}" text-anchor="end">{}</text>"##,
            x0 - LAYER_GAP,
            (y0 + y1) / 2.0 + 6.0,
            xml_escape(&l.label_in(lang).to_uppercase())
        );
    }
    s.push_str("</g>\n");
}

/// The frame and heading of the strip of parties that sit at no table, beside the grid.
fn strip_svg(s: &mut String, grid: &crate::layout::LaneGrid, label: &str, at: &Shift) {
    let Some((a, b)) = grid.strip else {
        return;
    };
    let ((x0, y0), (x1, y1)) = (at.at(a), at.at(b));
    let _ = writeln!(
        s,
        r##"<g id="strip"><rect x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="none" {} stroke-dasharray="8 5"/><text x="{:.1}" y="{:.1}" font-size="20" font-weight="bold" fill="{INK_SOFT}">{}</text></g>"##,
        x1 - x0,
        y1 - y0,
        stroke_attrs(style::LANE_LINE),
        x0 + 12.0,
        y0 - 12.0,
        xml_escape(label)
    );
}

/// The edges: solid first, dashed (missing links) on top.
fn edges(s: &mut String, scene: &Scene, at: &Shift) {
    s.push_str("<g id=\"edges\" stroke-linecap=\"round\">\n");
    // Solid first, dashed (missing links) on top.
    for dashed in [false, true] {
        for e in scene
            .edges
            .iter()
            .filter(|e| (e.style == EdgeStyle::Dashed) == dashed)
        {
            let (x1, y1) = at.at(scene.nodes[e.a as usize].pos);
            let (x2, y2) = at.at(scene.nodes[e.b as usize].pos);
            let dash = if dashed {
                r#" stroke-dasharray="10 6""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" {} stroke-width="{:.1}"{dash}/>"#,
                stroke_attrs(e.color),
                e.width.max(1.0)
            );
        }
    }
}

/// The nodes with their marks.
fn nodes(s: &mut String, scene: &Scene, at: &Shift) {
    s.push_str("</g>\n<g id=\"nodes\">\n");
    for n in &scene.nodes {
        let (x, y) = at.at(n.pos);
        let r = n.radius;
        let stroke = format!(
            "{} stroke-width=\"{:.1}\"",
            stroke_attrs(n.stroke),
            n.stroke_width.max(1.0)
        );
        match n.shape {
            NodeShape::Circle => {
                let _ = writeln!(
                    s,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{}" {stroke}><title>{}</title></circle>"#,
                    colour(n.fill),
                    xml_escape(&n.label)
                );
            }
            NodeShape::RoundedSquare => {
                let _ = writeln!(
                    s,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{:.1}" fill="{}" {stroke}><title>{}</title></rect>"#,
                    x - r,
                    y - r,
                    2.0 * r,
                    2.0 * r,
                    r * 0.3,
                    colour(n.fill),
                    xml_escape(&n.label)
                );
            }
        }
        if let Some(m) = n.marker {
            let c = style::marker_color(m).hex();
            let rr = r + 7.0;
            match m {
                Marker::Isolated => {
                    let _ = writeln!(
                        s,
                        r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="none" stroke="{c}" stroke-width="2.5" stroke-dasharray="6 4"/>"#,
                        x - rr,
                        y - rr,
                        2.0 * rr,
                        2.0 * rr
                    );
                }
                Marker::SinglePointOfFailure => {
                    let _ = writeln!(
                        s,
                        r#"<circle cx="{x:.1}" cy="{y:.1}" r="{rr:.1}" fill="none" stroke="{c}" stroke-width="3"/>"#
                    );
                }
                Marker::Overloaded => {
                    let _ = writeln!(
                        s,
                        r#"<circle cx="{x:.1}" cy="{y:.1}" r="{rr:.1}" fill="none" stroke="{c}" stroke-width="5"/>"#
                    );
                    let (bx, by) = (x + rr * 0.75, y - rr * 0.75);
                    let _ = writeln!(
                        s,
                        r##"<circle cx="{bx:.1}" cy="{by:.1}" r="9" fill="{c}"/><text x="{bx:.1}" y="{:.1}" font-size="13" font-weight="bold" fill="{PAPER}" text-anchor="middle">!</text>"##,
                        by + 4.5
                    );
                }
            }
        }
    }
}

/// The labels, placed greedily: below the node, else above, else right; skipped when all collide.
fn labels(s: &mut String, scene: &Scene, at: &Shift) {
    let _ = writeln!(s, "</g>\n<g id=\"labels\" font-size=\"15\" fill=\"{INK}\">");
    // Greedy placement: below the node, else above, else right; skipped when all collide.
    let mut taken: Vec<(f32, f32, f32, f32)> = scene
        .nodes
        .iter()
        .map(|n| {
            let (x, y) = at.at(n.pos);
            (x - n.radius, y - n.radius, x + n.radius, y + n.radius)
        })
        .collect();
    let overlaps = |a: &(f32, f32, f32, f32), b: &(f32, f32, f32, f32)| {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    };
    for &i in &scene.label_order {
        let n = &scene.nodes[i as usize];
        if n.label.is_empty() {
            continue;
        }
        let (x, y) = at.at(n.pos);
        let w = text_width(&n.label, LABEL_SIZE);
        let h = LABEL_SIZE * 1.2;
        let spots = [
            (x - w / 2.0, y + n.radius + 4.0),
            (x - w / 2.0, y - n.radius - 4.0 - h),
            (x + n.radius + 6.0, y - h / 2.0),
            (x - n.radius - 6.0 - w, y - h / 2.0),
        ];
        let own = (x - n.radius, y - n.radius, x + n.radius, y + n.radius);
        let Some(&(lx, ly)) = spots.iter().find(|(lx, ly)| {
            let r = (*lx, *ly, lx + w, ly + h);
            !taken.iter().any(|t| *t != own && overlaps(t, &r))
        }) else {
            continue;
        };
        taken.push((lx, ly, lx + w, ly + h));
        let weight = if n.highlighted {
            " font-weight=\"bold\""
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r##"<text x="{lx:.1}" y="{:.1}"{weight} paint-order="stroke" stroke="{PAPER}" stroke-width="4" stroke-linejoin="round">{}</text>"##,
            ly + LABEL_SIZE,
            xml_escape(&n.label)
        );
    }
    s.push_str("</g>\n");
}

/// The legend, five entries a row, from `top`.
fn legend(s: &mut String, scene: &Scene, (legend_top, width): (f32, f32), lang: Lang) {
    // Legend: five entries a row.
    let _ = writeln!(
        s,
        r##"<g id="legend" font-size="15" fill="{INK}"><text x="{MARGIN}" y="{:.1}" font-size="16" font-weight="bold">{}</text>"##,
        legend_top - 8.0,
        xml_escape(tx::LEGEND.get_in(lang))
    );
    let col_w = (width - 2.0 * MARGIN) / 5.0;
    for (k, e) in scene.legend.iter().enumerate() {
        let x = MARGIN + (k % 5) as f32 * col_w;
        let y = legend_top + 14.0 + (k / 5) as f32 * 30.0;
        match &e.swatch {
            Swatch::Node {
                shape: NodeShape::Circle,
                fill,
            } => {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{y:.1}" r="8" fill="{}"/>"#,
                    x + 8.0,
                    fill.hex()
                );
            }
            Swatch::Node {
                shape: NodeShape::RoundedSquare,
                fill,
            } => {
                let _ = write!(
                    s,
                    r#"<rect x="{x:.1}" y="{:.1}" width="16" height="16" rx="4" fill="{}"/>"#,
                    y - 8.0,
                    fill.hex()
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
                    r#"<line x1="{x:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{}" stroke-width="3"{dash}/>"#,
                    x + 18.0,
                    color.hex()
                );
            }
            Swatch::Marker(m) => {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{y:.1}" r="8" fill="none" stroke="{}" stroke-width="3"/>"#,
                    x + 8.0,
                    style::marker_color(*m).hex()
                );
            }
        }
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
            x + 26.0,
            y + 5.0,
            xml_escape(&e.label)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_layer_header_starts_inside_the_picture() {
        for lang in [Lang::Nl, Lang::En] {
            let left = left_margin(lang);
            for l in Layer::ALL {
                let label = l.label_in(lang).to_uppercase();
                // The header ends LAYER_GAP left of the grid, which starts at `left`.
                let start = left - LAYER_GAP - text_width(&label, LAYER_SIZE) * BOLD;
                assert!(start >= MARGIN / 2.0 - 0.01, "{label} starts at {start}");
            }
        }
        // The longest Dutch header is wider than the old fixed room allowed.
        let op = text_width("OPERATIONEEL", LAYER_SIZE) * BOLD;
        assert!(op + LAYER_GAP > LEFT - MARGIN / 2.0, "{op}");
    }
}
