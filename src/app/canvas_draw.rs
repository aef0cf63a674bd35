//! The shapes of the network picture: edges, nodes with their marks, and the labels placed so
//! that they never pile up. The same code feeds the canvas's cached geometry
//! ([`super::canvas_cache`]) and the presentation's pictures, which are painted directly.

use super::canvas::Transform;
use super::canvas_cache::{Layer, Lod, Placed};
use super::paint::color;
use crate::model::NodeKind;
use crate::scene::{EdgeStyle, Scene, SceneNode};
use crate::style::{self, Marker, NodeShape};
use egui::epaint::{CircleShape, RectShape};
use egui::{FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2, pos2, vec2};
use std::collections::HashMap;

/// Highlighted nodes that are labelled even where their label overlaps another.
const MUST_LABEL: usize = 24;
/// Most labels placed in one frame; beyond this the picture is unreadable anyway.
const MAX_LABELS: usize = 500;
/// Most label placements tried in one frame (each costs a text layout).
const MAX_LABEL_TRIES: usize = 2500;

/// Where shapes go: the layer, the point that decides the shape's tile, the shape.
pub(super) type Sink<'a> = dyn FnMut(Layer, Pos2, Shape) + 'a;

/// Nodes shrink with the zoom only down to about half their size in points, so that an
/// overview stays legible (and never below a visible dot).
pub(super) fn screen_radius(n: &SceneNode, zoom: f32) -> f32 {
    (n.radius * zoom).max(n.radius * 0.55).max(2.0)
}

/// Screen width of a line drawn `w` canvas units wide: thin lines stay visible when zoomed out
/// and do not turn into bars when zoomed in.
pub(super) fn line_width(w: f32, zoom: f32) -> f32 {
    w * zoom.clamp(0.5, 1.6)
}

/// The edges, solid ones first and the dashed missing links above them. With `cull`, edges
/// whose box misses it are left out.
pub(super) fn emit_edges(
    t: &Transform,
    scene: &Scene,
    cull: Option<Rect>,
    lod: Lod,
    out: &mut Sink,
) {
    let mut dashed = Vec::new();
    for e in &scene.edges {
        let a = t.to_screen(scene.nodes[e.a as usize].pos);
        let b = t.to_screen(scene.nodes[e.b as usize].pos);
        if cull.is_some_and(|v| !v.intersects(Rect::from_two_pos(a, b))) {
            continue;
        }
        let stroke = Stroke::new(line_width(e.width, t.zoom) * t.line, color(e.color));
        match e.style {
            EdgeStyle::Solid if lod.thin_edges => {
                let thin = Stroke::new(0.8 * t.line, stroke.color.gamma_multiply(0.75));
                out(
                    Layer::Edges,
                    a.lerp(b, 0.5),
                    Shape::LineSegment {
                        points: [a, b],
                        stroke: thin,
                    },
                );
            }
            EdgeStyle::Solid => out(
                Layer::Edges,
                a.lerp(b, 0.5),
                Shape::LineSegment {
                    points: [a, b],
                    stroke,
                },
            ),
            EdgeStyle::Dashed => dashed.push((a, b, stroke)),
        }
    }
    for (a, b, stroke) in dashed {
        for s in Shape::dashed_line(&[a, b], stroke, 9.0, 6.0) {
            out(Layer::Dashed, a.lerp(b, 0.5), s);
        }
    }
}

/// The nodes (dimmed ones first, so the bright ones sit on top) and their marks; with `cull`,
/// only those whose centre is in it. Returns where the overload marks' "!" goes (text is drawn
/// apart from the cached geometry).
pub(super) fn emit_nodes(
    t: &Transform,
    scene: &Scene,
    cull: Option<Rect>,
    out: &mut Sink,
) -> Vec<Pos2> {
    let mut bangs = Vec::new();
    for pass in [true, false] {
        let layer = if pass { Layer::Dimmed } else { Layer::Bright };
        for n in scene.nodes.iter().filter(|n| n.dimmed == pass) {
            let c = t.to_screen(n.pos);
            if cull.is_some_and(|v| !v.contains(c)) {
                continue;
            }
            let r = screen_radius(n, t.zoom);
            let stroke = Stroke::new(
                (n.stroke_width * t.line).min(r * 0.5).max(0.5),
                color(n.stroke),
            );
            let shape = match n.shape {
                NodeShape::Circle => Shape::Circle(CircleShape {
                    center: c,
                    radius: r,
                    fill: color(n.fill),
                    stroke,
                }),
                NodeShape::RoundedSquare => Shape::Rect(RectShape::new(
                    Rect::from_center_size(c, Vec2::splat(2.0 * r)),
                    r * 0.3,
                    color(n.fill),
                    stroke,
                    StrokeKind::Middle,
                )),
            };
            out(layer, c, shape);
            if let Some(m) = n.marker.filter(|_| !n.dimmed)
                && let Some(at) = emit_marker(c, r, n.shape, m, &mut |s| out(layer, c, s))
            {
                bangs.push(at);
            }
        }
    }
    bangs
}

/// A finding's mark around a node; returns where the "!" of an overload mark goes.
pub(super) fn emit_marker(
    c: Pos2,
    r: f32,
    shape: NodeShape,
    m: Marker,
    out: &mut dyn FnMut(Shape),
) -> Option<Pos2> {
    let col = color(style::marker_color(m));
    match m {
        Marker::Overloaded | Marker::SinglePointOfFailure => {
            let width = if m == Marker::Overloaded { 3.0 } else { 2.5 };
            out(match shape {
                NodeShape::Circle => Shape::circle_stroke(c, r + 4.0, Stroke::new(width, col)),
                NodeShape::RoundedSquare => Shape::Rect(RectShape::stroke(
                    Rect::from_center_size(c, Vec2::splat(2.0 * r + 8.0)),
                    r * 0.4,
                    Stroke::new(width, col),
                    StrokeKind::Middle,
                )),
            });
            (m == Marker::Overloaded).then(|| {
                let at = c + vec2(r * 0.85 + 2.0, -r * 0.85 - 2.0);
                out(Shape::circle_filled(at, 7.0, col));
                at
            })
        }
        Marker::Isolated => {
            let rect = Rect::from_center_size(c, Vec2::splat(2.0 * r + 12.0));
            let pts = [
                rect.left_top(),
                rect.right_top(),
                rect.right_bottom(),
                rect.left_bottom(),
                rect.left_top(),
            ];
            for s in Shape::dashed_line(&pts, Stroke::new(2.0, col), 6.0, 4.0) {
                out(s);
            }
            None
        }
    }
}

/// The "!" of the overload marks at these points.
pub(super) fn paint_bangs(painter: &egui::Painter, bangs: impl IntoIterator<Item = Pos2>) {
    for at in bangs {
        painter.text(
            at,
            egui::Align2::CENTER_CENTER,
            "!",
            FontId::proportional(11.0),
            color(style::PAPER),
        );
    }
}

/// Paints edges and nodes directly (the presentation's pictures), culled to the view; returns
/// how many nodes were drawn.
pub(super) fn paint_direct(painter: &egui::Painter, t: &Transform, scene: &Scene) -> usize {
    let mut add = |_: Layer, _: Pos2, s: Shape| {
        painter.add(s);
    };
    emit_edges(t, scene, Some(t.rect.expand(4.0)), Lod::default(), &mut add);
    let mut drawn = 0;
    let mut count = |l: Layer, at: Pos2, s: Shape| {
        if matches!(s, Shape::Circle(_) | Shape::Rect(_)) && t.rect.expand(30.0).contains(at) {
            drawn += 1;
        }
        add(l, at, s);
    };
    let bangs = emit_nodes(t, scene, Some(t.rect.expand(30.0)), &mut count);
    paint_bangs(painter, bangs);
    drawn.min(scene.nodes.len())
}

/// How many nodes have their centre in the view.
pub(super) fn on_screen(t: &Transform, scene: &Scene) -> usize {
    let view = t.rect.expand(30.0);
    scene
        .nodes
        .iter()
        .filter(|n| view.contains(t.to_screen(n.pos)))
        .count()
}

/// Places labels by priority where they fit without overlapping another label, a node or a
/// `blocked` rectangle; the first highlighted ones always get theirs.
pub(super) fn place_labels(
    painter: &egui::Painter,
    t: &Transform,
    scene: &Scene,
    blocked: &[Rect],
    lod: Lod,
) -> Vec<Placed> {
    const CELL: f32 = 64.0;
    let mut occupied: HashMap<(i32, i32), Vec<Rect>> = HashMap::new();
    let cells = |r: Rect| {
        let (x0, y0) = (
            (r.min.x / CELL).floor() as i32,
            (r.min.y / CELL).floor() as i32,
        );
        let (x1, y1) = (
            (r.max.x / CELL).floor() as i32,
            (r.max.y / CELL).floor() as i32,
        );
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    };
    for &b in blocked.iter().filter(|b| b.is_positive()) {
        for k in cells(b) {
            occupied.entry(k).or_default().push(b);
        }
    }
    // Nodes on screen block labels too (when there are few enough for that to matter).
    let on_screen: Vec<&SceneNode> = scene
        .nodes
        .iter()
        .filter(|n| t.rect.contains(t.to_screen(n.pos)))
        .collect();
    if on_screen.len() <= 3000 {
        for n in on_screen {
            let r = screen_radius(n, t.zoom);
            let rect = Rect::from_center_size(t.to_screen(n.pos), Vec2::splat(2.0 * r));
            for k in cells(rect) {
                occupied.entry(k).or_default().push(rect);
            }
        }
    }
    let mut placed = Vec::new();
    let mut tries = 0;
    // The highlighted (selected) nodes speak first, and the first few always get a label, even
    // over another: the person a finding is about must be named.
    let first: Vec<u32> = scene
        .label_order
        .iter()
        .copied()
        .filter(|&i| scene.nodes[i as usize].highlighted)
        .take(MUST_LABEL)
        .collect();
    let rest = scene
        .label_order
        .iter()
        .copied()
        .filter(|&i| !scene.nodes[i as usize].highlighted);
    for (k, i) in first.iter().copied().chain(rest).enumerate() {
        let must = k < first.len();
        if !must && (placed.len() >= MAX_LABELS || tries >= MAX_LABEL_TRIES) {
            break;
        }
        let n = &scene.nodes[i as usize];
        let c = t.to_screen(n.pos);
        if !t.rect.contains(c) || (n.dimmed && !n.highlighted) {
            continue;
        }
        let r = screen_radius(n, t.zoom);
        // Far out, only tables and highlighted nodes may speak.
        if r < lod.min_label_radius && !n.highlighted && n.kind != NodeKind::Table {
            continue;
        }
        tries += 1;
        let size = t.text
            * if n.kind == NodeKind::Table {
                13.0
            } else {
                12.0
            };
        let ink = color(if n.highlighted {
            style::HIGHLIGHT
        } else {
            style::INK
        });
        let galley = painter.layout_no_wrap(n.label.clone(), FontId::proportional(size), ink);
        let gs = galley.size();
        // Below, above, right, left, then the four diagonals.
        let (w, h) = (gs.x, gs.y);
        let candidates = [
            pos2(c.x - w / 2.0, c.y + r + 3.0),
            pos2(c.x - w / 2.0, c.y - r - 3.0 - h),
            pos2(c.x + r + 4.0, c.y - h / 2.0),
            pos2(c.x - r - 4.0 - w, c.y - h / 2.0),
            pos2(c.x + r * 0.7, c.y + r * 0.7),
            pos2(c.x - r * 0.7 - w, c.y + r * 0.7),
            pos2(c.x + r * 0.7, c.y - r * 0.7 - h),
            pos2(c.x - r * 0.7 - w, c.y - r * 0.7 - h),
        ]
        .map(|min| Rect::from_min_size(min, gs));
        let free = |rect: &Rect| {
            let padded = rect.expand(2.0);
            t.rect.contains_rect(*rect)
                && cells(padded).all(|k| {
                    occupied
                        .get(&k)
                        .is_none_or(|v| v.iter().all(|o| !o.intersects(padded)))
                })
        };
        let found = candidates.into_iter().find(|r| free(r));
        let Some(rect) = found.or(must.then_some(candidates[0])) else {
            continue;
        };
        for k in cells(rect) {
            occupied.entry(k).or_default().push(rect);
        }
        placed.push(Placed {
            rect,
            galley,
            ink,
            must,
        });
    }
    placed
}
