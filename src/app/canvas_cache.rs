//! Geometry of the Netwerk view kept between frames, so that panning a province costs a copy
//! instead of a rebuild.
//!
//! The edges and nodes are tessellated once into meshes in *zoomed canvas space* (a canvas
//! point times the zoom), cut into tiles so that off-screen parts are skipped. A frame then only
//! moves the visible tiles to the screen (a translation; while a zoom gesture runs, also a
//! scale). The geometry is rebuilt when what it shows changes: a new scene (an edit, a filter,
//! a selection: the document's scene generation), a moved node (the positions' fingerprint) or
//! a settled zoom. Text is never baked into the meshes (the font atlas may be rebuilt); the
//! labels are placed in screen space and that placement is kept while the view only moves a
//! little (see [`labels_stale`]).
//!
//! Level of detail ([`lod_for`]): far out with many edges, edges are drawn as thin faint lines;
//! with many nodes on screen, only the larger nodes get a label.

use crate::scene::Scene;
use egui::emath::TSTransform;
use egui::epaint::{Galley, Mesh, Tessellator};
use egui::{Color32, Pos2, Rect, Shape, Vec2};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Side of a tile of cached geometry, in screen points at the zoom it was built for.
const TILE: f32 = 384.0;
/// A zoom gesture scales the cached geometry for as long as it stays within this ratio of the
/// zoom it was built for and the gesture goes on; then it is rebuilt.
const ZOOM_RATIO: f32 = 1.5;
/// How long after its last step a zoom gesture counts as going on.
pub(super) const ZOOM_SETTLE: std::time::Duration = std::time::Duration::from_millis(150);
/// From this many edges in the scene, and below [`THIN_BELOW_ZOOM`], edges are drawn thin.
pub(super) const THIN_EDGES_FROM: usize = 1500;
pub(super) const THIN_BELOW_ZOOM: f32 = 0.5;
/// From this many nodes on screen only nodes of at least [`CROWDED_LABEL_RADIUS`] points (and
/// tables and highlighted nodes) are labelled; with fewer, those of [`LABEL_RADIUS`].
pub(super) const CROWDED: usize = 1200;
pub(super) const LABEL_RADIUS: f32 = 3.0;
pub(super) const CROWDED_LABEL_RADIUS: f32 = 6.0;

/// Draw layers, bottom to top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Layer {
    Edges,
    /// Missing links, above the ordinary lines so they are never hidden.
    Dashed,
    /// Dimmed nodes under the bright ones.
    Dimmed,
    Bright,
}

/// How much detail a frame draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Lod {
    /// Edges as thin, faint lines (far out in a dense network they are a texture, not lines).
    pub thin_edges: bool,
    /// Nodes drawn smaller than this (in points) get no label unless highlighted or a table.
    pub min_label_radius: f32,
    /// Soft (anti-aliased) outlines; off in a crowded view, where they double the geometry.
    pub feather: bool,
}

impl Default for Lod {
    fn default() -> Self {
        Lod {
            thin_edges: false,
            min_label_radius: LABEL_RADIUS,
            feather: true,
        }
    }
}

/// The level of detail at `zoom` for a scene of `edges` edges with `on_screen` nodes in view.
pub(super) fn lod_for(zoom: f32, edges: usize, on_screen: usize) -> Lod {
    Lod {
        thin_edges: edges >= THIN_EDGES_FROM && zoom < THIN_BELOW_ZOOM,
        min_label_radius: if on_screen >= CROWDED {
            CROWDED_LABEL_RADIUS
        } else {
            LABEL_RADIUS
        },
        feather: on_screen < CROWDED,
    }
}

/// What cached geometry was built from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Key {
    /// The document's scene generation: bumped on every rebuild of the scene.
    pub generation: u64,
    /// [`positions_fingerprint`] of the scene.
    pub positions: u64,
    pub zoom: f32,
    pub pixels_per_point: f32,
    pub thin_edges: bool,
    pub feather: bool,
}

/// A cheap fingerprint of where the scene's nodes are (a drag or a running layout moves them
/// without a new scene).
pub(super) fn positions_fingerprint(scene: &Scene) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ scene.nodes.len() as u64;
    for n in &scene.nodes {
        let v = (u64::from(n.pos.x.to_bits()) << 32) | u64::from(n.pos.y.to_bits());
        h = (h ^ v).wrapping_mul(0x0100_0000_01b3).rotate_left(5);
    }
    h
}

/// One tile of one layer: its mesh and the mesh's bounds, in zoomed canvas space.
#[derive(Debug, Clone)]
struct Tile {
    bounds: Rect,
    mesh: Arc<Mesh>,
}

/// The cached edges and nodes.
#[derive(Debug, Clone, Default)]
pub(super) struct Geometry {
    key: Option<Key>,
    /// Tiles by layer, in drawing order.
    tiles: Vec<(Layer, Tile)>,
    /// How many times the geometry was built (tests check that edits rebuild it).
    pub builds: u64,
    /// Vertices moved to the screen in the last frame.
    pub vertices: usize,
}

/// Whether geometry built for `cached` can be drawn for `now`: the same scene and positions
/// and, while a zoom gesture goes on, a zoom within [`ZOOM_RATIO`] (scaled until it settles).
pub(super) fn reusable(cached: Option<&Key>, now: &Key, zooming: bool) -> bool {
    let Some(c) = cached else { return false };
    let same = c.generation == now.generation
        && c.positions == now.positions
        && c.pixels_per_point == now.pixels_per_point;
    if !same {
        return false;
    }
    if c.zoom == now.zoom && c.thin_edges == now.thin_edges && c.feather == now.feather {
        return true;
    }
    let ratio = now.zoom / c.zoom;
    zooming && ratio < ZOOM_RATIO && ratio > 1.0 / ZOOM_RATIO
}

impl Geometry {
    /// The key the geometry was last built for.
    pub(super) fn key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    /// Rebuilds the geometry for `key` from the shapes `emit` produces (each with the point
    /// that decides its tile), in zoomed canvas space.
    pub(super) fn build(
        &mut self,
        ctx: &egui::Context,
        key: Key,
        emit: impl FnOnce(&mut dyn FnMut(Layer, Pos2, Shape)),
    ) {
        let mut options = ctx.tessellation_options(|o| *o);
        options.feathering &= key.feather;
        let font_size = ctx.fonts(|f| f.font_image_size());
        let mut tess = Tessellator::new(key.pixels_per_point, options, font_size, Vec::new());
        let mut meshes: BTreeMap<(Layer, i32, i32), Mesh> = BTreeMap::new();
        emit(&mut |layer, at, shape| {
            let cell = (
                layer,
                (at.x / TILE).floor() as i32,
                (at.y / TILE).floor() as i32,
            );
            tess.tessellate_shape(shape, meshes.entry(cell).or_default());
        });
        self.tiles = meshes
            .into_iter()
            .filter(|(_, m)| !m.is_empty())
            .map(|((layer, _, _), mesh)| {
                let bounds = mesh.calc_bounds();
                (
                    layer,
                    Tile {
                        bounds,
                        mesh: Arc::new(mesh),
                    },
                )
            })
            .collect();
        // The map's order sorts by layer first: the tiles are in drawing order.
        self.key = Some(key);
        self.builds += 1;
    }

    /// Paints the tiles that meet `view`, moved from zoomed canvas space (at the zoom they were
    /// built for) to the screen: `screen = canvas × zoom + offset`.
    pub(super) fn paint(&mut self, painter: &egui::Painter, view: Rect, zoom: f32, offset: Vec2) {
        let Some(key) = self.key else { return };
        let to_screen = TSTransform::new(offset, zoom / key.zoom);
        let mut vertices = 0;
        for (_, tile) in &self.tiles {
            if !view.intersects(to_screen * tile.bounds) {
                continue;
            }
            let mut mesh = (*tile.mesh).clone();
            mesh.transform(to_screen);
            vertices += mesh.vertices.len();
            painter.add(Shape::mesh(mesh));
        }
        self.vertices = vertices;
    }
}

/// A label placed on screen: where, its text and its ink.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub rect: Rect,
    pub galley: Arc<Galley>,
    pub ink: Color32,
    /// A highlighted node's label, drawn even over a header.
    pub must: bool,
}

/// What a label placement was made for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct LabelKey {
    pub generation: u64,
    pub positions: u64,
    pub zoom: f32,
    /// The canvas rectangle on screen.
    pub view: Rect,
    /// Screen offset of the canvas origin (`screen = canvas × zoom + offset`).
    pub offset: Vec2,
}

/// Whether labels placed for `cached` must be placed anew for `now`: another scene, other
/// positions, zoom or window, a pan of more than a quarter of the view, or the view came to rest
/// somewhere else (then they are placed exactly for where it rests).
pub(super) fn labels_stale(cached: Option<&LabelKey>, now: &LabelKey, moving: bool) -> bool {
    let Some(c) = cached else { return true };
    if c.generation != now.generation
        || c.positions != now.positions
        || c.zoom != now.zoom
        || c.view != now.view
    {
        return true;
    }
    let moved = now.offset - c.offset;
    let far = moved.length() > 0.25 * now.view.width().min(now.view.height());
    far || (!moving && moved != Vec2::ZERO)
}

/// The labels of the last placement.
#[derive(Debug, Clone, Default)]
pub(super) struct Labels {
    pub key: Option<LabelKey>,
    pub placed: Vec<Placed>,
    /// How many times labels were placed (tests).
    pub placements: u64,
}

impl Labels {
    /// Draws the placed labels moved by the pan since they were placed, leaving out those that
    /// left the view or now lie under a sticky header or the legend; returns how many.
    pub(super) fn paint(&self, painter: &egui::Painter, now: &LabelKey, blocked: &[Rect]) -> usize {
        let Some(c) = &self.key else { return 0 };
        let delta = now.offset - c.offset;
        let mut drawn = 0;
        for p in &self.placed {
            let rect = p.rect.translate(delta);
            if !now.view.contains_rect(rect)
                || !p.must && blocked.iter().any(|b| b.intersects(rect))
            {
                continue;
            }
            paint_label(painter, rect, p);
            drawn += 1;
        }
        drawn
    }
}

/// A label on its soft plate.
pub(super) fn paint_label(painter: &egui::Painter, rect: Rect, p: &Placed) {
    painter.rect_filled(
        rect.expand2(egui::vec2(3.0, 1.0)),
        3.0,
        super::paint::color(crate::style::BACKGROUND.with_alpha(215)),
    );
    painter.galley(rect.min, p.galley.clone(), p.ink);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(generation: u64, positions: u64, zoom: f32) -> Key {
        Key {
            generation,
            positions,
            zoom,
            pixels_per_point: 1.0,
            thin_edges: false,
            feather: true,
        }
    }

    #[test]
    fn far_out_dense_networks_get_thin_edges_and_fewer_labels() {
        // 2,000 edges at zoom 0.3: thin; at zoom 0.8, or with 100 edges: full.
        assert!(lod_for(0.3, 2000, 10).thin_edges);
        assert!(!lod_for(0.8, 2000, 10).thin_edges);
        assert!(!lod_for(0.3, 100, 10).thin_edges);
        assert_eq!(
            lod_for(0.3, 100, 5000).min_label_radius,
            CROWDED_LABEL_RADIUS
        );
        assert_eq!(lod_for(0.3, 100, 50).min_label_radius, LABEL_RADIUS);
        assert!(lod_for(0.3, 100, 50).feather && !lod_for(0.3, 100, 5000).feather);
    }

    #[test]
    fn geometry_is_rebuilt_for_a_new_scene_or_moved_nodes_and_kept_for_a_pan() {
        let built = key(3, 77, 0.5);
        // A pan changes neither: the same geometry, moved.
        assert!(reusable(Some(&built), &key(3, 77, 0.5), false));
        // An edit or a filter change rebuilds the scene (new generation); a drag moves nodes.
        assert!(!reusable(Some(&built), &key(4, 77, 0.5), false));
        assert!(!reusable(Some(&built), &key(3, 78, 0.5), false));
        // During a zoom gesture the geometry is scaled up to 1.5×, then rebuilt; at rest the
        // new zoom is rebuilt at once.
        assert!(reusable(Some(&built), &key(3, 77, 0.6), true));
        assert!(!reusable(Some(&built), &key(3, 77, 0.8), true));
        assert!(!reusable(Some(&built), &key(3, 77, 0.6), false));
        assert!(!reusable(None, &built, false));
    }

    #[test]
    fn labels_follow_a_small_pan_and_are_placed_anew_at_rest_or_far() {
        let view = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 400.0));
        let at = |x: f32| LabelKey {
            generation: 1,
            positions: 2,
            zoom: 1.0,
            view,
            offset: egui::vec2(x, 0.0),
        };
        // A quarter of the smaller side is 100 points.
        assert!(!labels_stale(Some(&at(0.0)), &at(60.0), true));
        assert!(labels_stale(Some(&at(0.0)), &at(120.0), true));
        assert!(labels_stale(Some(&at(0.0)), &at(60.0), false));
        assert!(!labels_stale(Some(&at(0.0)), &at(0.0), false));
        let mut other = at(0.0);
        other.generation = 9;
        assert!(labels_stale(Some(&at(0.0)), &other, true));
    }

    #[test]
    fn the_fingerprint_changes_when_a_node_moves() {
        let mut s = Scene::default();
        s.nodes.push(crate::scene::SceneNode {
            id: "a".into(),
            kind: crate::model::NodeKind::Party,
            party_kind: None,
            slot: 0,
            pos: crate::model::Pos { x: 1.0, y: 2.0 },
            radius: 5.0,
            shape: crate::style::NodeShape::Circle,
            fill: crate::style::INK,
            stroke: crate::style::INK,
            stroke_width: 1.0,
            label: String::new(),
            label_priority: 0.0,
            dimmed: false,
            highlighted: false,
            marker: None,
        });
        let before = positions_fingerprint(&s);
        s.nodes[0].pos.x = 1.5;
        assert_ne!(before, positions_fingerprint(&s));
    }
}
