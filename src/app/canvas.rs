//! The Netwerk view: the scene painted with egui's painter, with pan, zoom, fit, node dragging,
//! hover tooltips, labels that never pile up, lanes with sticky headers and a legend that is
//! always in view.
//!
//! The transform is our own (not `egui::Scene`) so that text and strokes stay at a readable
//! screen size at every zoom, and so that culling and label placement work in screen space.
//! Per frame the canvas only transforms, culls and paints; the scene itself is cached by the
//! [`Document`].

use super::canvas_aggregate::{self as aggregate, Aggregate};
use super::canvas_cache::{self as cache, Geometry, Key, LabelKey, Labels, Lod, paint_label};
use super::canvas_draw::{
    emit_edges, emit_marker, emit_nodes, on_screen, paint_bangs, paint_direct, place_labels,
    screen_radius,
};
use super::paint::color;
use super::{Command, Document, layout_text};
use crate::i18n::Lang;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::layout::LayoutKind;
use crate::model::{Domain, Layer, NodeKind, Pos, Vocab};
use crate::scene::{Collapse, EdgeStyle, Filter, Scene, SceneNode, Swatch};
use crate::style::{self, NodeShape};
use egui::{FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2};
use std::time::Instant;

/// How far (in points) the pointer may move between press and release of a click.
const CLICK_SLACK: f32 = 6.0;
/// Zoom limits.
const ZOOM_MIN: f32 = 0.02;
const ZOOM_MAX: f32 = 6.0;

/// What the next frame should fit into view.
#[derive(Debug, Clone, PartialEq)]
enum Fit {
    All,
    Ids(Vec<String>),
    /// A rectangle of the canvas (an opened cell), as `(min, max)`.
    Area(Pos, Pos),
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
    /// Edges and nodes tessellated for the current scene and zoom.
    pub(super) geometry: Geometry,
    /// The labels placed for the current scene, zoom and (about) the current pan.
    pub(super) labels: Labels,
    /// Where the canvas origin was on screen in the last frame (to tell a moving view).
    last_offset: Option<Vec2>,
    /// When the zoom last changed (a gesture in progress scales the cached geometry).
    zoomed_at: Option<Instant>,
    /// Whether edges, nodes and labels are kept between frames (off: painted anew every frame,
    /// as the presentation does; the benchmark compares both).
    pub cache: bool,
    /// Where the primary button went down for the drag in progress.
    press_at: Option<Pos2>,
    /// The aggregated node opened by a click, and the filter from before (what "terug naar
    /// overzicht" restores).
    pub(super) opened: Option<(Aggregate, Filter)>,
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
            geometry: Geometry::default(),
            labels: Labels::default(),
            last_offset: None,
            zoomed_at: None,
            press_at: None,
            opened: None,
            cache: true,
        }
    }
}

/// Canvas ↔ screen mapping for one frame, with the scale of type and lines (1 on screen,
/// larger in the presentation, where the picture is read from the back of a room).
#[derive(Debug, Clone, Copy)]
pub(super) struct Transform {
    pub(super) rect: Rect,
    pub(super) center: Pos2,
    pub(super) zoom: f32,
    pub(super) text: f32,
    pub(super) line: f32,
}

impl Transform {
    pub(super) fn to_screen(self, p: Pos) -> Pos2 {
        self.rect.center() + (pos2(p.x, p.y) - self.center) * self.zoom
    }

    /// Where the canvas origin lies on screen: `screen = canvas × zoom + offset`.
    pub(super) fn offset(self) -> Vec2 {
        self.rect.center().to_vec2() - self.center.to_vec2() * self.zoom
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

    /// How often the edges and nodes were tessellated anew (a pan reuses them; an edit, a
    /// filter or a selection rebuilds them).
    pub fn geometry_builds(&self) -> u64 {
        self.geometry.builds
    }

    /// Vertices of cached geometry moved to the screen in the last frame.
    pub fn vertices_drawn(&self) -> usize {
        self.geometry.vertices
    }

    /// Whether an aggregated node is open (then "terug naar overzicht" is offered).
    pub fn is_opened(&self) -> bool {
        self.opened.is_some()
    }

    /// Zooms by a factor about the centre of the view (what the benchmark and tests do).
    pub fn zoom_by(&mut self, factor: f32) {
        self.zoom = (self.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
        self.as_fitted = false;
        self.zoomed_at = Some(Instant::now());
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
        doc.scene();
        let generation = doc.scene_generation();
        let scene = doc.cached_scene();
        let headers = match &scene.lanes {
            Some(l) => paint_lanes(&painter, &t, l, &scene.strip_label, lang),
            None => Vec::new(),
        };
        let (lod, positions) = self.paint_geometry(ui.ctx(), &painter, &t, scene, generation);
        let legend = paint_legend(&painter, rect, scene, 1.0, lang);
        self.legend_height = legend.height();
        let mut blocked = headers;
        blocked.push(legend);
        let now = LabelKey {
            generation,
            positions,
            zoom: self.zoom,
            view: rect,
            offset: t.offset(),
        };
        let moving = self.last_offset.is_some_and(|o| o != now.offset);
        self.last_offset = Some(now.offset);
        if !self.cache {
            self.labels.key = None;
        }
        if cache::labels_stale(self.labels.key.as_ref(), &now, moving) {
            self.labels.placed = place_labels(&painter, &t, scene, &blocked, lod);
            self.labels.key = Some(now);
            self.labels.placements += 1;
        }
        self.drawn_labels = self.labels.paint(&painter, &now, &blocked);
        self.paint_ms = started.elapsed().as_secs_f32() * 1000.0;
        if let Some(i) = hovered.filter(|_| self.tooltips) {
            let node = scene.nodes[i].clone();
            response.on_hover_ui_at_pointer(|ui| tooltip_ui(ui, doc, &node, lang));
        }
    }

    /// Paints the edges and nodes from the cached geometry, rebuilding it when the scene, the
    /// positions or the settled zoom changed; returns the level of detail and the positions'
    /// fingerprint.
    fn paint_geometry(
        &mut self,
        ctx: &egui::Context,
        painter: &egui::Painter,
        t: &Transform,
        scene: &Scene,
        generation: u64,
    ) -> (Lod, u64) {
        if !self.cache {
            self.drawn_nodes = paint_direct(painter, t, scene);
            return (Lod::default(), cache::positions_fingerprint(scene));
        }
        self.drawn_nodes = on_screen(t, scene);
        let lod = cache::lod_for(self.zoom, scene.edges.len(), self.drawn_nodes);
        let key = Key {
            generation,
            positions: cache::positions_fingerprint(scene),
            zoom: self.zoom,
            pixels_per_point: ctx.pixels_per_point(),
            thin_edges: lod.thin_edges,
            feather: lod.feather,
        };
        let zooming = self
            .zoomed_at
            .is_some_and(|at| at.elapsed() < cache::ZOOM_SETTLE);
        if zooming {
            ctx.request_repaint_after(cache::ZOOM_SETTLE);
        }
        if !cache::reusable(self.geometry.key(), &key, zooming) {
            // Built in zoomed canvas space: the canvas origin at the screen origin.
            let q = Transform {
                rect: Rect::from_center_size(Pos2::ZERO, Vec2::ZERO),
                center: Pos2::ZERO,
                ..*t
            };
            self.geometry.build(ctx, key, |out| {
                emit_edges(&q, scene, None, lod, out);
                emit_nodes(&q, scene, None, out);
            });
        }
        self.geometry
            .paint(painter, t.rect.expand(4.0), self.zoom, t.offset());
        // The marks' "!" is text, never baked into the meshes.
        let view = t.rect.expand(30.0);
        let bangs = scene
            .nodes
            .iter()
            .filter(|n| n.marker == Some(crate::style::Marker::Overloaded) && !n.dimmed)
            .map(|n| {
                let r = screen_radius(n, self.zoom);
                t.to_screen(n.pos) + vec2(r * 0.85 + 2.0, -r * 0.85 - 2.0)
            })
            .filter(|p| view.contains(*p));
        paint_bangs(painter, bangs);
        (lod, key.positions)
    }

    /// "Samenvatten: uit / per werkgebied / per soort partij", and once an aggregated node is
    /// open, what is open and the way back.
    fn collapse_ui(&mut self, ui: &mut egui::Ui, doc: &mut Document, lang: Lang) {
        use crate::i18n::canvas as ctx;
        if let Some((what, _)) = &self.opened {
            let name = aggregate::title(what, |id| doc.display_map().name_of(id).to_string(), lang);
            ui.label(ctx::OPENED.fill_in(lang, &[("what", &name)]));
            if ui.button(ctx::BACK_TO_OVERVIEW.get_in(lang)).clicked() {
                self.back_to_overview(doc);
            }
            return;
        }
        let lanes = doc.layout() == LayoutKind::Lagen;
        ui.add_enabled_ui(lanes, |ui| {
            ui.label(ctx::COLLAPSE.get_in(lang))
                .on_hover_text(if lanes {
                    ctx::COLLAPSE_HINT.get_in(lang)
                } else {
                    ctx::COLLAPSE_NEEDS_LANES.get_in(lang)
                });
            let choices = [
                (None, ctx::COLLAPSE_OFF),
                (Some(Collapse::Werkgebied), ctx::COLLAPSE_WERKGEBIED),
                (Some(Collapse::PartyKind), ctx::COLLAPSE_KIND),
            ];
            for (c, label) in choices {
                let on = doc.filter.collapse == c;
                if ui.selectable_label(on, label.get_in(lang)).clicked() && !on {
                    doc.filter.collapse = c;
                    doc.mark_scene_dirty();
                    self.fit = Some(Fit::All);
                }
            }
        });
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
            ui.separator();
            self.collapse_ui(ui, doc, lang);
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
            Fit::Area(lo, hi) => Some((*lo, *hi)),
        };
        let Some((lo, hi)) = bounds else { return };
        // Keep clear of the legend (bottom right) and of the lane headers (above and left of
        // the grid, in screen space).
        let lanes = scene.lanes.is_some() && matches!(fit, Fit::All);
        // The strip's heading is wider than the strip far out: room for it on the right.
        let strip = scene.lanes.as_ref().and_then(|l| l.strip).is_some();
        let strip_room = if lanes && strip {
            (scene.strip_label.chars().count() as f32 * 9.0).min(260.0)
        } else {
            0.0
        };
        let rect = Rect::from_min_max(
            rect.min
                + vec2(
                    if lanes { 110.0 } else { 0.0 },
                    if lanes { 30.0 } else { 0.0 },
                ),
            rect.max - vec2(strip_room, self.legend_height + 12.0),
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

    /// A click on a node (or on the empty canvas, `None`): an aggregated node opens, any
    /// other is selected.
    fn click(&mut self, doc: &mut Document, cmds: &mut Vec<Command>, id: Option<String>) {
        if let Some(what) = id
            .as_deref()
            .and_then(|id| aggregate::parse(id, doc.filter.collapse))
        {
            self.open(doc, what);
            return;
        }
        if id.is_none() {
            // A click on the empty canvas clears the highlight too.
            cmds.push(Command::SelectFinding(None));
        }
        cmds.push(Command::SelectNode(id));
    }

    /// Shows an aggregated node in full: the filter narrowed to it, the view on it.
    fn open(&mut self, doc: &mut Document, what: Aggregate) {
        let before = doc.filter.clone();
        doc.filter = aggregate::opened(&before, &what);
        doc.mark_scene_dirty();
        self.fit = match (&what, doc.lanes()) {
            (Aggregate::Cell(d, l), Some(grid)) => {
                let (lo, hi) = grid.cell(*d, *l);
                Some(Fit::Area(lo, hi))
            }
            _ => Some(Fit::All),
        };
        // Opening inside an opened view keeps the way back to the first overview.
        let base = self.opened.take().map_or(before, |(_, f)| f);
        self.opened = Some((what, base));
    }

    /// Shows a selected finding's subjects: a summarised view opens in full (with the way
    /// back), then the view fits to `ids`.
    pub fn show_finding(&mut self, doc: &mut Document, ids: Vec<String>) {
        if doc.filter.collapse.is_some() && doc.layout() == LayoutKind::Lagen {
            self.open(doc, Aggregate::Everything);
        }
        self.request_fit_to(ids);
    }

    /// Back to the aggregated overview a click opened from.
    pub fn back_to_overview(&mut self, doc: &mut Document) {
        if let Some((_, f)) = self.opened.take() {
            doc.filter = f;
            doc.mark_scene_dirty();
            self.fit = Some(Fit::All);
        }
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
            self.press_at = press;
            let on = press.and_then(|p| hit(doc.scene(), &t, p));
            // Aggregated nodes stand for many: they are opened, not dragged.
            let slot = on
                .map(|i| doc.cached_scene().nodes[i].slot)
                .filter(|&s| s != crate::scene::NO_SLOT);
            self.drag = Some(match slot {
                Some(s) => Drag::Node(s as usize),
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
        let mut clicked = response.clicked();
        if response.drag_stopped() {
            // A press held long (a slow frame makes any press long) is a drag to egui; one
            // that did not move is still a click.
            let still = self
                .press_at
                .zip(ui.input(|i| i.pointer.latest_pos()))
                .is_some_and(|(a, b)| a.distance(b) < CLICK_SLACK);
            if let Some(Drag::Node(slot)) = self.drag
                && !still
                && let Some(edit) = doc.pin_edit(slot)
            {
                cmds.push(Command::Edit(edit));
            }
            clicked |= still;
            self.drag = None;
            self.press_at = None;
        }
        if clicked {
            let id = hovered.map(|i| doc.cached_scene().nodes[i].id.clone());
            self.click(doc, cmds, id);
        }
        if response.hovered() {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0015).exp();
            if (factor - 1.0).abs() > 1e-4 {
                let anchor = pointer.unwrap_or(rect.center());
                let before = t.to_canvas(anchor);
                self.zoom = (self.zoom * factor).clamp(ZOOM_MIN, ZOOM_MAX);
                self.as_fitted = false;
                self.zoomed_at = Some(Instant::now());
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
        Some(l) => paint_lanes(&picture, &t, l, &scene.strip_label, lang),
        None => Vec::new(),
    };
    paint_direct(&picture, &t, scene);
    blocked.push(legend);
    let placed = place_labels(&picture, &t, scene, &blocked, Lod::default());
    for p in &placed {
        paint_label(&picture, p.rect, p);
    }
    Some((placed.len(), t))
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

/// Paints the lane grid and its headers; returns where the headers are (labels avoid them).
fn paint_lanes(
    painter: &egui::Painter,
    t: &Transform,
    l: &crate::layout::LaneGrid,
    strip_label: &str,
    lang: Lang,
) -> Vec<Rect> {
    let mut headers = Vec::new();
    if let Some((a, b)) = l.strip {
        headers.extend(paint_strip(painter, t, (a, b), strip_label));
    }
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

/// The strip beside the grid (parties at no table, or the groups of an aggregated network): a
/// dashed frame and its heading above it, which sticks to the top of the view while the strip
/// is in it. Returns the heading's pill.
fn paint_strip(
    painter: &egui::Painter,
    t: &Transform,
    (a, b): (Pos, Pos),
    label: &str,
) -> Option<Rect> {
    let frame = Rect::from_two_pos(t.to_screen(a), t.to_screen(b));
    if !frame.intersects(t.rect) {
        return None;
    }
    painter.rect_filled(frame, 6.0, color(style::PANEL));
    let pts = [
        frame.left_top(),
        frame.right_top(),
        frame.right_bottom(),
        frame.left_bottom(),
        frame.left_top(),
    ];
    let line = Stroke::new(1.2 * t.line, color(style::LANE_LINE));
    painter.extend(Shape::dashed_line(&pts, line, 8.0, 5.0));
    // Above the frame, in line with the domain headers (the first node stands at its top).
    let y = (frame.top() - 26.0 * t.text).max(t.rect.top() + 4.0);
    (y < frame.bottom() - 24.0 * t.text).then(|| {
        header(
            painter,
            pos2(frame.left() + 4.0 * t.text, y),
            label,
            egui::Align2::LEFT_TOP,
            t.text,
        )
    })
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
                let bang = emit_marker(c, 5.0, NodeShape::Circle, *m, &mut |s| {
                    painter.add(s);
                });
                paint_bangs(painter, bang);
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
    if let Some(what) = aggregate::parse(&n.id, doc.filter.collapse) {
        let [what, hint] = aggregate::tooltip(n, &what, |id| map.name_of(id).to_string(), lang);
        ui.strong(what);
        ui.label(hint);
        return;
    }
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
