//! The Netwerk view: the scene painted with egui's painter, with pan, zoom, fit, node dragging,
//! hover tooltips, labels that never pile up, lanes with sticky headers and a legend that is
//! always in view.
//!
//! The transform is our own (not `egui::Scene`) so that text and strokes stay at a readable
//! screen size at every zoom, and so that culling and label placement work in screen space.
//! Per frame the canvas only transforms, culls and paints; the scene itself is cached by the
//! [`Document`].

use super::paint::color;
use super::{Command, Document, layout_text};
use crate::i18n::Lang;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::layout::LayoutKind;
use crate::model::{Domain, Layer, NodeKind, Pos, Vocab};
use crate::scene::{EdgeStyle, Scene, SceneNode, Swatch};
use crate::style::{self, Marker, NodeShape};
use egui::{FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2};
use std::collections::HashMap;
use std::time::Instant;

/// Highlighted nodes that are labelled even where their label overlaps another.
const MUST_LABEL: usize = 24;

/// Most labels placed in one frame; beyond this the picture is unreadable anyway.
const MAX_LABELS: usize = 500;
/// Most label placements tried in one frame (each costs a text layout).
const MAX_LABEL_TRIES: usize = 2500;
/// Zoom limits.
const ZOOM_MIN: f32 = 0.02;
const ZOOM_MAX: f32 = 6.0;

/// What the next frame should fit into view.
#[derive(Debug, Clone, PartialEq)]
enum Fit {
    All,
    Ids(Vec<String>),
}

/// What a drag is doing.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Drag {
    Pan,
    /// Moving the node with this graph slot.
    Node(usize),
}

/// The canvas state: the view transform and the interaction in progress.
#[derive(Debug, Clone)]
pub struct Canvas {
    /// The canvas point at the centre of the view.
    center: Pos2,
    /// Screen points per canvas unit.
    zoom: f32,
    fit: Option<Fit>,
    drag: Option<Drag>,
    /// The node whose context menu is open (set on a right click on it).
    menu_node: Option<String>,
    /// Time the last paint took, in milliseconds.
    pub paint_ms: f32,
    /// Nodes and labels drawn in the last frame.
    pub drawn_nodes: usize,
    pub drawn_labels: usize,
    /// The screen rectangle of the canvas in the last frame.
    pub rect: Rect,
    /// Height of the legend strip in the last frame; fitting keeps clear of it.
    legend_height: f32,
    /// Whether hovering shows a tooltip (off for screenshots, where the pointer is wherever the
    /// display left it).
    pub tooltips: bool,
    /// Whether the view is still as fitted (no pan or zoom since): then a resize of the window
    /// fits again, so the picture keeps filling it.
    as_fitted: bool,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            center: Pos2::ZERO,
            zoom: 1.0,
            fit: Some(Fit::All),
            drag: None,
            menu_node: None,
            paint_ms: 0.0,
            drawn_nodes: 0,
            drawn_labels: 0,
            rect: Rect::NOTHING,
            legend_height: 40.0,
            as_fitted: true,
            tooltips: true,
        }
    }
}

/// Canvas ↔ screen mapping for one frame, with the scale of type and lines (1 on screen,
/// larger in the presentation, where the picture is read from the back of a room).
#[derive(Debug, Clone, Copy)]
pub(super) struct Transform {
    rect: Rect,
    center: Pos2,
    zoom: f32,
    text: f32,
    line: f32,
}

impl Transform {
    pub(super) fn to_screen(self, p: Pos) -> Pos2 {
        self.rect.center() + (pos2(p.x, p.y) - self.center) * self.zoom
    }

    fn to_canvas(self, s: Pos2) -> Pos {
        let p = self.center + (s - self.rect.center()) / self.zoom;
        Pos { x: p.x, y: p.y }
    }
}

impl Canvas {
    /// Fits everything at the next frame.
    pub fn request_fit(&mut self) {
        self.fit = Some(Fit::All);
    }

    /// Fits these nodes at the next frame (nothing happens when the list is empty).
    pub fn request_fit_to(&mut self, ids: Vec<String>) {
        if !ids.is_empty() {
            self.fit = Some(Fit::Ids(ids));
        }
    }

    /// Current zoom (screen points per canvas unit).
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Pans the view by a screen distance (what a drag on the background does).
    pub fn pan_by(&mut self, delta: Vec2) {
        self.center -= delta / self.zoom;
    }

    /// The screen position of a node in the last frame, for tests and tooling.
    pub fn screen_pos_of(&self, doc: &Document, id: &str) -> Option<Pos2> {
        let scene = doc.cached_scene();
        let n = &scene.nodes[scene.find(id)?];
        Some(self.transform(self.rect).to_screen(n.pos))
    }

    fn transform(&self, rect: Rect) -> Transform {
        Transform {
            rect,
            center: self.center,
            zoom: self.zoom,
            text: 1.0,
            line: 1.0,
        }
    }

    /// The toolbar and the canvas.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::Frame::NONE
            .inner_margin(egui::Margin::symmetric(8, 4))
            .show(ui, |ui| self.toolbar_ui(ui, doc, cmds, lang));
        if !doc.has_positions() {
            ui.centered_and_justified(|ui| {
                ui.spinner();
                ui.label(txt::LAYOUT_RUNNING.fill_in(lang, &[("pct", &0)]));
            });
            return;
        }
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        if self.as_fitted && self.fit.is_none() && rect.size() != self.rect.size() {
            self.fit = Some(Fit::All);
        }
        self.rect = rect;
        let started = Instant::now();
        self.apply_fit(rect, doc);
        let hovered = self.interact_ui(ui, &response, rect, doc, cmds);
        if response.secondary_clicked() {
            self.menu_node = hovered.map(|i| doc.cached_scene().nodes[i].id.clone());
        }
        if let Some(id) = self.menu_node.clone() {
            // Names from the display map; it has the same ids, so the edits are the same.
            response
                .context_menu(|ui| super::node_menu::ui(ui, doc.display_map(), &id, cmds, lang));
        }
        let t = self.transform(rect);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, color(style::BACKGROUND));
        let scene = doc.scene();
        let headers = match &scene.lanes {
            Some(l) => paint_lanes(&painter, &t, l, lang),
            None => Vec::new(),
        };
        paint_edges(&painter, &t, scene);
        self.drawn_nodes = paint_nodes(&painter, &t, scene);
        let legend = paint_legend(&painter, rect, scene, 1.0, lang);
        self.legend_height = legend.height();
        let mut blocked = headers;
        blocked.push(legend);
        self.drawn_labels = paint_labels(&painter, &t, scene, &blocked);
        self.paint_ms = started.elapsed().as_secs_f32() * 1000.0;
        if let Some(i) = hovered.filter(|_| self.tooltips) {
            let node = scene.nodes[i].clone();
            response.on_hover_ui_at_pointer(|ui| tooltip_ui(ui, doc, &node, lang));
        }
    }

    fn toolbar_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        ui.horizontal(|ui| {
            for k in [LayoutKind::Lagen, LayoutKind::Vrij] {
                if ui
                    .selectable_label(doc.layout() == k, layout_text(k).get_in(lang))
                    .clicked()
                {
                    cmds.push(Command::SetLayout(k));
                }
            }
            ui.separator();
            if ui
                .checkbox(&mut doc.filter.persons, txt::SHOW_PERSONS.get_in(lang))
                .changed()
            {
                doc.mark_scene_dirty();
            }
            if ui.button(txt::FIT.get_in(lang)).clicked() {
                cmds.push(Command::Fit);
            }
            if let Some(focus) = doc.filter.focus.clone() {
                ui.separator();
                ui.label(
                    txt::FOCUS_ON.fill_in(lang, &[("name", &doc.display_map().name_of(&focus))]),
                );
                if ui.button(txt::CLEAR_FOCUS.get_in(lang)).clicked() {
                    cmds.push(Command::Focus(None));
                }
            }
            if let Some(p) = doc.layout_progress() {
                ui.separator();
                ui.spinner();
                ui.label(
                    txt::LAYOUT_RUNNING.fill_in(lang, &[("pct", &((p * 100.0).round() as u32))]),
                );
            }
        });
    }

    /// Fits the requested nodes (or everything) into `rect`.
    fn apply_fit(&mut self, rect: Rect, doc: &mut Document) {
        let Some(fit) = self.fit.take() else { return };
        self.as_fitted = matches!(fit, Fit::All);
        let scene = doc.scene();
        let bounds = match &fit {
            Fit::All => scene.bounds(),
            Fit::Ids(ids) => {
                let pts: Vec<Pos> = ids
                    .iter()
                    .filter_map(|id| scene.find(id))
                    .map(|i| scene.nodes[i].pos)
                    .collect();
                crate::layout::bounds(&pts)
            }
        };
        let Some((lo, hi)) = bounds else { return };
        // Keep clear of the legend (bottom right) and of the lane headers (above and left of
        // the grid, in screen space).
        let lanes = scene.lanes.is_some() && matches!(fit, Fit::All);
        let rect = Rect::from_min_max(
            rect.min
                + vec2(
                    if lanes { 110.0 } else { 0.0 },
                    if lanes { 30.0 } else { 0.0 },
                ),
            rect.max - vec2(0.0, self.legend_height + 12.0),
        );
        // A single node (or a tight group) is shown with some surroundings, not blown up.
        let min_extent = if matches!(fit, Fit::All) { 1.0 } else { 500.0 };
        let w = (hi.x - lo.x).max(min_extent);
        let h = (hi.y - lo.y).max(min_extent);
        let margin = 24.0;
        let zoom = ((rect.width() - 2.0 * margin) / w)
            .min((rect.height() - 2.0 * margin) / h)
            .clamp(ZOOM_MIN, if matches!(fit, Fit::All) { 2.0 } else { 1.5 });
        self.zoom = zoom;
        // Centre the bounds in the inset rectangle, expressed as the centre of the whole canvas.
        let mid = pos2((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0);
        self.center = mid - (rect.center() - self.rect.center()) / zoom;
    }

    /// Hover, click, drag and zoom. Returns the hovered node (scene index).
    fn interact_ui(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        rect: Rect,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
    ) -> Option<usize> {
        let t = self.transform(rect);
        let pointer = response.hover_pos();
        let hovered = pointer.and_then(|p| hit(doc.scene(), &t, p));

        if response.drag_started() {
            // Where the button went down, not where the pointer is once the drag is decided.
            let press = ui
                .input(|i| i.pointer.press_origin())
                .or(response.interact_pointer_pos());
            let on = press.and_then(|p| hit(doc.scene(), &t, p));
            self.drag = Some(match on {
                Some(i) => Drag::Node(doc.cached_scene().nodes[i].slot as usize),
                None => Drag::Pan,
            });
        }
        if response.dragged() {
            let delta = response.drag_delta();
            match self.drag {
                Some(Drag::Node(slot)) => {
                    if let Some(p) = doc.positions().get(slot).copied() {
                        let to = Pos {
                            x: p.x + delta.x / self.zoom,
                            y: p.y + delta.y / self.zoom,
                        };
                        doc.move_node(slot, to);
                    }
                }
                Some(Drag::Pan) | None => {
                    self.pan_by(delta);
                    self.as_fitted = false;
                }
            }
        }
        if response.drag_stopped() {
            if let Some(Drag::Node(slot)) = self.drag
                && let Some(edit) = doc.pin_edit(slot)
            {
                cmds.push(Command::Edit(edit));
            }
            self.drag = None;
        }
        if response.clicked() {
            let id = hovered.map(|i| doc.cached_scene().nodes[i].id.clone());
            if id.is_none() {
                // A click on the empty canvas clears the highlight too.
                cmds.push(Command::SelectFinding(None));
            }
            cmds.push(Command::SelectNode(id));
        }
        if response.hovered() {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0015).exp();
            if (factor - 1.0).abs() > 1e-4 {
                let anchor = pointer.unwrap_or(rect.center());
                let before = t.to_canvas(anchor);
                self.zoom = (self.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
                self.as_fitted = false;
                self.center = pos2(before.x, before.y) - (anchor - rect.center()) / self.zoom;
            }
        }
        if hovered.is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        hovered
    }
}

/// Paints a scene read-only, fitted into `rect`, with type scaled by `text` and lines by
/// `line` (the presentation's slides). `whole_grid` fits the whole lane grid, otherwise only
/// the nodes (a slide of one domain), with the lane headers sticking to the edges. Returns how
/// many labels were placed.
pub(super) fn paint_fitted(
    painter: &egui::Painter,
    rect: Rect,
    scene: &Scene,
    sizes: (f32, f32),
    whole_grid: bool,
    lang: Lang,
) -> usize {
    paint_fitted_at(painter, rect, scene, sizes, whole_grid, lang).map_or(0, |(n, _)| n)
}

/// [`paint_fitted`], also giving the mapping it drew with (for marks drawn over the picture);
/// `None` for an empty scene.
pub(super) fn paint_fitted_at(
    painter: &egui::Painter,
    rect: Rect,
    scene: &Scene,
    (text, line): (f32, f32),
    whole_grid: bool,
    lang: Lang,
) -> Option<(usize, Transform)> {
    painter.rect_filled(rect, 0.0, color(style::BACKGROUND));
    // The legend first: the picture is fitted into the room it leaves. It is read up close
    // less often than the labels, so it grows less.
    let legend = paint_legend(painter, rect, scene, 1.0 + (text - 1.0) * 0.45, lang);
    let bounds = if whole_grid {
        scene.bounds()
    } else {
        let pts: Vec<Pos> = scene.nodes.iter().map(|n| n.pos).collect();
        crate::layout::bounds(&pts)
    };
    let (lo, hi) = bounds?;
    let lanes = scene.lanes.is_some();
    let inset = Rect::from_min_max(
        rect.min
            + vec2(
                if lanes { 120.0 * text } else { 0.0 },
                if lanes { 34.0 * text } else { 0.0 },
            ),
        pos2(
            rect.max.x,
            if legend.is_positive() {
                legend.top() - 8.0
            } else {
                rect.max.y
            },
        ),
    );
    // Room for the outermost nodes' labels too.
    let margin = 16.0 * text + if whole_grid { 0.0 } else { 40.0 * text };
    let (w, h) = ((hi.x - lo.x).max(1.0), (hi.y - lo.y).max(1.0));
    let zoom = ((inset.width() - 2.0 * margin) / w)
        .min((inset.height() - 2.0 * margin) / h)
        .clamp(ZOOM_MIN, ZOOM_MAX);
    let mid = pos2((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0);
    let t = Transform {
        rect,
        center: mid - (inset.center() - rect.center()) / zoom,
        zoom,
        text,
        line,
    };
    // The picture stays above the legend (the lanes of a one-domain slide reach beyond).
    let picture = painter.with_clip_rect(rect.with_max_y(inset.max.y));
    let mut blocked = match &scene.lanes {
        Some(l) => paint_lanes(&picture, &t, l, lang),
        None => Vec::new(),
    };
    paint_edges(&picture, &t, scene);
    paint_nodes(&picture, &t, scene);
    blocked.push(legend);
    Some((paint_labels(&picture, &t, scene, &blocked), t))
}

/// The node under a screen point: the nearest whose shape (plus a little slack) contains it.
fn hit(scene: &Scene, t: &Transform, p: Pos2) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, n) in scene.nodes.iter().enumerate() {
        let c = t.to_screen(n.pos);
        let r = screen_radius(n, t.zoom) + 3.0;
        let d = c.distance(p);
        if d <= r && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

/// Nodes shrink with the zoom only down to about half their size in points, so that an
/// overview stays legible (and never below a visible dot).
fn screen_radius(n: &SceneNode, zoom: f32) -> f32 {
    (n.radius * zoom).max(n.radius * 0.55).max(2.0)
}

/// Screen width of a line drawn `w` canvas units wide: thin lines stay visible when zoomed out
/// and do not turn into bars when zoomed in.
fn line_width(w: f32, zoom: f32) -> f32 {
    w * zoom.clamp(0.5, 1.6)
}

/// Paints the lane grid and its headers; returns where the headers are (labels avoid them).
fn paint_lanes(
    painter: &egui::Painter,
    t: &Transform,
    l: &crate::layout::LaneGrid,
    lang: Lang,
) -> Vec<Rect> {
    let mut headers = Vec::new();
    let tl = t.to_screen(Pos {
        x: l.cols[0],
        y: l.rows[0],
    });
    let br = t.to_screen(Pos {
        x: l.cols[3],
        y: l.rows[3],
    });
    let line = Stroke::new(1.0, color(style::LANE_LINE));
    for (c, &d) in Domain::ALL.iter().enumerate() {
        let x0 = t
            .to_screen(Pos {
                x: l.cols[c],
                y: 0.0,
            })
            .x;
        let x1 = t
            .to_screen(Pos {
                x: l.cols[c + 1],
                y: 0.0,
            })
            .x;
        let col = Rect::from_x_y_ranges(x0..=x1, tl.y..=br.y);
        if c % 2 == 0 {
            painter.rect_filled(col, 0.0, color(style::LANE_FILL));
        }
        painter.rect_stroke(col, 0.0, line, StrokeKind::Inside);
        // The domain header sits above its column and sticks to the top of the view.
        let y = (tl.y - 26.0 * t.text).max(t.rect.top() + 4.0);
        if y < br.y - 20.0 {
            headers.push(header(
                painter,
                pos2((x0 + x1) / 2.0, y),
                d.label_in(lang),
                egui::Align2::CENTER_TOP,
                t.text,
            ));
        }
    }
    for (r, &layer) in Layer::ALL.iter().enumerate() {
        let y0 = t
            .to_screen(Pos {
                x: 0.0,
                y: l.rows[r],
            })
            .y;
        let y1 = t
            .to_screen(Pos {
                x: 0.0,
                y: l.rows[r + 1],
            })
            .y;
        painter.hline(tl.x..=br.x, y0, line);
        // The layer header sits left of its row and sticks to the left edge of the view.
        let x = (tl.x - 10.0).max(t.rect.left() + 120.0 * t.text);
        let y = ((y0 + y1) / 2.0).clamp(t.rect.top() + 40.0, t.rect.bottom() - 20.0);
        if y > y0 && y < y1 {
            headers.push(header(
                painter,
                pos2(x, y),
                layer_title(layer, lang),
                egui::Align2::RIGHT_CENTER,
                t.text,
            ));
        }
    }
    headers
}

fn layer_title(l: Layer, lang: Lang) -> &'static str {
    l.label_in(lang)
}

/// A lane header: soft text on a light pill; returns the pill.
#[must_use]
fn header(painter: &egui::Painter, at: Pos2, text: &str, align: egui::Align2, scale: f32) -> Rect {
    let galley = painter.layout_no_wrap(
        text.to_uppercase(),
        FontId::proportional(14.0 * scale),
        color(style::INK_SOFT),
    );
    let rect = align.anchor_size(at, galley.size());
    let pill = rect.expand2(vec2(6.0, 3.0));
    painter.rect_filled(pill, 4.0, color(style::BACKGROUND).gamma_multiply(0.92));
    painter.galley(rect.min, galley, color(style::INK_SOFT));
    pill
}

fn paint_edges(painter: &egui::Painter, t: &Transform, scene: &Scene) {
    let view = t.rect.expand(4.0);
    let mut dashed = Vec::new();
    for e in &scene.edges {
        let a = t.to_screen(scene.nodes[e.a as usize].pos);
        let b = t.to_screen(scene.nodes[e.b as usize].pos);
        if !view.intersects(Rect::from_two_pos(a, b)) {
            continue;
        }
        let stroke = Stroke::new(line_width(e.width, t.zoom) * t.line, color(e.color));
        match e.style {
            EdgeStyle::Solid => {
                painter.line_segment([a, b], stroke);
            }
            EdgeStyle::Dashed => dashed.push((a, b, stroke)),
        }
    }
    // Missing links go on top of the ordinary lines so they are never hidden.
    for (a, b, stroke) in dashed {
        painter.extend(Shape::dashed_line(&[a, b], stroke, 9.0, 6.0));
    }
}

/// Paints the nodes that are on screen; returns how many.
fn paint_nodes(painter: &egui::Painter, t: &Transform, scene: &Scene) -> usize {
    let view = t.rect.expand(30.0);
    let mut drawn = 0;
    // Dimmed nodes first, so the bright ones sit on top.
    for pass in [true, false] {
        for n in scene.nodes.iter().filter(|n| n.dimmed == pass) {
            let c = t.to_screen(n.pos);
            if !view.contains(c) {
                continue;
            }
            drawn += 1;
            let r = screen_radius(n, t.zoom);
            let stroke = Stroke::new(
                (n.stroke_width * t.line).min(r * 0.5).max(0.5),
                color(n.stroke),
            );
            match n.shape {
                NodeShape::Circle => {
                    painter.circle(c, r, color(n.fill), stroke);
                }
                NodeShape::RoundedSquare => {
                    let rect = Rect::from_center_size(c, Vec2::splat(2.0 * r));
                    painter.rect(rect, r * 0.3, color(n.fill), stroke, StrokeKind::Middle);
                }
            }
            if let Some(m) = n.marker.filter(|_| !n.dimmed) {
                paint_marker(painter, c, r, n.shape, m);
            }
        }
    }
    drawn
}

fn paint_marker(painter: &egui::Painter, c: Pos2, r: f32, shape: NodeShape, m: Marker) {
    let col = color(style::marker_color(m));
    match m {
        Marker::Overloaded | Marker::SinglePointOfFailure => {
            let width = if m == Marker::Overloaded { 3.0 } else { 2.5 };
            match shape {
                NodeShape::Circle => {
                    painter.circle_stroke(c, r + 4.0, Stroke::new(width, col));
                }
                NodeShape::RoundedSquare => {
                    let rect = Rect::from_center_size(c, Vec2::splat(2.0 * r + 8.0));
                    painter.rect_stroke(rect, r * 0.4, Stroke::new(width, col), StrokeKind::Middle);
                }
            }
            if m == Marker::Overloaded {
                let at = c + vec2(r * 0.85 + 2.0, -r * 0.85 - 2.0);
                painter.circle_filled(at, 7.0, col);
                painter.text(
                    at,
                    egui::Align2::CENTER_CENTER,
                    "!",
                    FontId::proportional(11.0),
                    color(style::PAPER),
                );
            }
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
            painter.extend(Shape::dashed_line(&pts, Stroke::new(2.0, col), 6.0, 4.0));
        }
    }
}

/// Places labels by priority where they fit without overlapping another label; returns how
/// many were drawn.
fn paint_labels(painter: &egui::Painter, t: &Transform, scene: &Scene, blocked: &[Rect]) -> usize {
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
    let mut placed = 0;
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
        if !must && (placed >= MAX_LABELS || tries >= MAX_LABEL_TRIES) {
            break;
        }
        let n = &scene.nodes[i as usize];
        let c = t.to_screen(n.pos);
        if !t.rect.contains(c) || (n.dimmed && !n.highlighted) {
            continue;
        }
        let r = screen_radius(n, t.zoom);
        // Far out, only tables and highlighted nodes may speak.
        if r < 3.0 && !n.highlighted && n.kind != NodeKind::Table {
            continue;
        }
        tries += 1;
        let size = t.text
            * if n.kind == NodeKind::Table {
                13.0
            } else {
                12.0
            };
        let ink = if n.highlighted {
            style::HIGHLIGHT
        } else {
            style::INK
        };
        let galley =
            painter.layout_no_wrap(n.label.clone(), FontId::proportional(size), color(ink));
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
        painter.rect_filled(
            rect.expand2(vec2(3.0, 1.0)),
            3.0,
            color(style::BACKGROUND.with_alpha(215)),
        );
        painter.galley(rect.min, galley, color(ink));
        placed += 1;
    }
    placed
}

/// The legend, a strip along the bottom of the canvas whose entries wrap into rows; returns
/// where it is.
fn paint_legend(
    painter: &egui::Painter,
    rect: Rect,
    scene: &Scene,
    scale: f32,
    lang: Lang,
) -> Rect {
    if scene.legend.is_empty() {
        return Rect::NOTHING;
    }
    let font = FontId::proportional(13.5 * scale);
    let title = painter.layout_no_wrap(
        format!("{}:", txt::LEGEND.get_in(lang)),
        FontId::proportional(14.0 * scale),
        color(style::INK_SOFT),
    );
    let rows: Vec<_> = scene
        .legend
        .iter()
        .map(|e| painter.layout_no_wrap(e.label.clone(), font.clone(), color(style::INK)))
        .collect();
    let row_h = 22.0 * scale;
    let swatch_w = 26.0 * scale;
    let gap = 18.0 * scale;
    let inner_w = rect.width() - 24.0 - 20.0;
    // Lay the entries out left to right, wrapping; the title starts the first row.
    let mut spots = Vec::with_capacity(rows.len());
    let (mut x, mut line) = (title.size().x + gap, 0usize);
    for g in &rows {
        let w = swatch_w + g.size().x + gap;
        if x + w > inner_w && x > 0.0 {
            x = 0.0;
            line += 1;
        }
        spots.push((x, line));
        x += w;
    }
    let h = (line + 1) as f32 * row_h + 10.0;
    let boxr = Rect::from_min_max(
        pos2(rect.left() + 12.0, rect.bottom() - h - 10.0),
        pos2(rect.right() - 12.0, rect.bottom() - 10.0),
    );
    painter.rect(
        boxr,
        6.0,
        color(style::PAPER.with_alpha(242)),
        Stroke::new(1.0, color(style::LANE_LINE)),
        StrokeKind::Inside,
    );
    let origin = boxr.min + vec2(10.0, 5.0);
    painter.galley(
        origin + vec2(0.0, (row_h - title.size().y) / 2.0),
        title,
        color(style::INK_SOFT),
    );
    for ((e, g), (sx, sl)) in scene.legend.iter().zip(rows).zip(spots) {
        let x = origin.x + sx;
        let y = origin.y + sl as f32 * row_h;
        let c = pos2(x + 9.0 * scale, y + row_h / 2.0);
        match &e.swatch {
            Swatch::Node { shape, fill } => {
                let stroke = Stroke::new(1.0, color(fill.mix(style::INK, 0.45)));
                match shape {
                    NodeShape::Circle => {
                        painter.circle(c, 7.0 * scale, color(*fill), stroke);
                    }
                    NodeShape::RoundedSquare => {
                        painter.rect(
                            Rect::from_center_size(c, Vec2::splat(14.0 * scale)),
                            3.0,
                            color(*fill),
                            stroke,
                            StrokeKind::Middle,
                        );
                    }
                }
            }
            Swatch::Line {
                style: s,
                color: col,
            } => {
                let pts = [c - vec2(11.0 * scale, 0.0), c + vec2(11.0 * scale, 0.0)];
                let stroke = Stroke::new(2.0 * scale, color(*col));
                match s {
                    EdgeStyle::Solid => {
                        painter.line_segment(pts, stroke);
                    }
                    EdgeStyle::Dashed => painter.extend(Shape::dashed_line(&pts, stroke, 5.0, 3.0)),
                }
            }
            Swatch::Marker(m) => {
                painter.circle(
                    c,
                    5.0,
                    color(style::party_color(crate::model::PartyKind::Overig)),
                    Stroke::NONE,
                );
                paint_marker(painter, c, 5.0, NodeShape::Circle, *m);
            }
        }
        painter.galley(
            pos2(x + swatch_w, y + (row_h - g.size().y) / 2.0),
            g,
            color(style::INK),
        );
    }
    boxr
}

/// The hover tooltip: name, kind and the main figures.
fn tooltip_ui(ui: &mut egui::Ui, doc: &Document, n: &SceneNode, lang: Lang) {
    let map = doc.display_map();
    ui.strong(map.name_of(&n.id));
    let kind = match n.kind {
        NodeKind::Party => n
            .party_kind
            .map(|k| k.label_in(lang))
            .unwrap_or_default()
            .to_string(),
        NodeKind::Person => txt::LEGEND_PERSON.get_in(lang).to_string(),
        NodeKind::Table => map
            .table(&n.id)
            .map(|t| t.kind.label_in(lang))
            .unwrap_or_default()
            .to_string(),
    };
    ui.label(kind);
    if let Some(m) = super::core_bridge::node_metrics(doc.display_analysis(), &n.id) {
        if n.kind != NodeKind::Table {
            ui.label(format!("{}: {}", txt::FIG_TABLES.get_in(lang), m.tables));
        }
        ui.label(format!("{}: {}", txt::FIG_DEGREE.get_in(lang), m.degree));
    }
}
