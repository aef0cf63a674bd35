//! The *domeinen en lagen* layout: a 3 × 3 grid with a column per domain (casus,
//! institutioneel, leefomgeving) and a row per layer (strategisch, tactisch, operationeel), the
//! werkmodel of the handreiking. Each table sits in the cell of its (first) domain and layer;
//! parties and persons settle near the tables they sit at, pulled by a short force run in which
//! the tables stay put.

use super::{ForceLayout, ForceParams, Pos};
use crate::graph::Graph;
use crate::model::{Domain, Layer, Map, NodeKind, Vocab};

/// Spacing between table slots within a cell, in canvas units.
const SLOT: f32 = 150.0;
/// Padding around the tables inside a cell (room for parties and labels).
const PAD: f32 = 120.0;

/// Where the grid's lanes are: `cols[d]..cols[d + 1]` is domain `d`'s column, `rows[l]..rows[l +
/// 1]` layer `l`'s row, in canvas units. The canvas and the picture exports draw the lanes from
/// this.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneGrid {
    pub cols: [f32; 4],
    pub rows: [f32; 4],
}

impl LaneGrid {
    /// The cell rectangle of a domain and a layer, as `(min, max)`.
    pub fn cell(&self, d: Domain, l: Layer) -> (Pos, Pos) {
        let (c, r) = (d.index(), l.index());
        (
            Pos {
                x: self.cols[c],
                y: self.rows[r],
            },
            Pos {
                x: self.cols[c + 1],
                y: self.rows[r + 1],
            },
        )
    }
}

/// Computes the lanes layout for the nodes of `g` (built from `map`). `pinned` holds positions
/// the user dragged (by node index); those are kept as they are.
pub fn lanes(map: &Map, g: &Graph, pinned: &[Option<Pos>]) -> (Vec<Pos>, LaneGrid) {
    // Tables per cell, in id order (the graph's node order is sorted by id).
    let mut cells: Vec<Vec<u32>> = vec![Vec::new(); 9];
    let index = map.index();
    for (n, id) in g.ids.iter().enumerate() {
        if g.kinds[n] != NodeKind::Table {
            continue;
        }
        let Some(t) = index.table(id).map(|i| &map.tables[i]) else {
            continue;
        };
        let d = t.domains.iter().next().unwrap_or(Domain::Institutioneel);
        let l = t.layers.iter().next().unwrap_or(Layer::Tactisch);
        cells[d.index() * 3 + l.index()].push(n as u32);
    }

    // Every column as wide as its fullest cell needs, every row as high as its fullest cell:
    // a grid of k × k slots per cell, k = ceil(sqrt(count)), a little wider than high.
    let slots = |count: usize| -> (usize, usize) {
        if count == 0 {
            return (1, 1);
        }
        let cols = (count as f32 * 1.5).sqrt().ceil() as usize;
        (cols, count.div_ceil(cols))
    };
    let mut col_w = [0f32; 3];
    let mut row_h = [0f32; 3];
    for d in 0..3 {
        for l in 0..3 {
            let (c, r) = slots(cells[d * 3 + l].len());
            col_w[d] = col_w[d].max(c as f32 * SLOT + 2.0 * PAD);
            row_h[l] = row_h[l].max(r as f32 * SLOT + 2.0 * PAD);
        }
    }
    let mut grid = LaneGrid {
        cols: [0.0; 4],
        rows: [0.0; 4],
    };
    for i in 0..3 {
        grid.cols[i + 1] = grid.cols[i] + col_w[i];
        grid.rows[i + 1] = grid.rows[i] + row_h[i];
    }

    let mut pos = vec![
        Pos {
            x: f32::NAN,
            y: f32::NAN
        };
        g.len()
    ];
    let mut fixed = vec![false; g.len()];
    for d in 0..3 {
        for l in 0..3 {
            let members = &cells[d * 3 + l];
            let (c, r) = slots(members.len());
            let (x0, y0) = (grid.cols[d], grid.rows[l]);
            // Centre the slot block in the cell.
            let bx = x0 + (col_w[d] - c as f32 * SLOT) / 2.0 + SLOT / 2.0;
            let by = y0 + (row_h[l] - r as f32 * SLOT) / 2.0 + SLOT / 2.0;
            for (k, &n) in members.iter().enumerate() {
                pos[n as usize] = Pos {
                    x: bx + (k % c) as f32 * SLOT,
                    y: by + (k / c) as f32 * SLOT,
                };
                fixed[n as usize] = true;
            }
        }
    }

    // Parties and persons start at the mean of their placed neighbours (their tables, or for a
    // person without tables, their party); nodes with no placed neighbour go below the grid.
    let mut below = 0usize;
    for round in 0..2 {
        for n in 0..g.len() {
            if fixed[n] || (round == 1 && pos[n].x.is_finite()) {
                continue;
            }
            let (mut sx, mut sy, mut k) = (0.0f32, 0.0f32, 0usize);
            for &m in g.neighbors(n as u32) {
                let p = pos[m as usize];
                if p.x.is_finite() && (round == 1 || fixed[m as usize]) {
                    sx += p.x;
                    sy += p.y;
                    k += 1;
                }
            }
            if k > 0 {
                // A per-id offset keeps nodes with the same tables from sitting on one spot.
                let h = super::hash_id(&g.ids[n]);
                let jitter = |b: u64| ((h >> b) & 0xff) as f32 / 255.0 * 60.0 - 30.0;
                pos[n] = Pos {
                    x: sx / k as f32 + jitter(0),
                    y: sy / k as f32 + jitter(8),
                };
            } else if round == 1 {
                pos[n] = Pos {
                    x: (below % 12) as f32 * 90.0 + 60.0,
                    y: grid.rows[3] + 80.0 + (below / 12) as f32 * 70.0,
                };
                below += 1;
            }
        }
    }
    for (n, p) in pinned.iter().enumerate().take(g.len()) {
        if let Some(p) = p {
            pos[n] = *p;
            fixed[n] = true;
        }
    }

    // Let the free nodes settle around their tables without overlapping.
    let params = ForceParams {
        ideal_length: 110.0,
        gravity: 0.0,
        ..ForceParams::default()
    };
    let mut force = ForceLayout::new(g, pos, fixed.clone(), params);
    force.run(120);
    let mut pos = force.into_positions();
    separate(&mut pos, &fixed, MIN_GAP);
    (pos, grid)
}

/// The least distance between two node centres after [`separate`], in canvas units: room for
/// two nodes and a little air, so no party hides behind another.
const MIN_GAP: f32 = 56.0;

/// Pushes free nodes apart until no two nodes are closer than `gap` (or a round limit is
/// reached). Attraction to many tables pulls well-connected parties into the same spot; this
/// undoes the overlap without moving them far. Buckets of a grid keep it linear.
fn separate(pos: &mut [Pos], fixed: &[bool], gap: f32) {
    use std::collections::HashMap;
    for _round in 0..40 {
        let key = |p: Pos| ((p.x / gap).floor() as i32, (p.y / gap).floor() as i32);
        let mut buckets: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        for (i, p) in pos.iter().enumerate() {
            buckets.entry(key(*p)).or_default().push(i);
        }
        let mut moved = false;
        for i in 0..pos.len() {
            let (cx, cy) = key(pos[i]);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let Some(b) = buckets.get(&(cx + dx, cy + dy)) else {
                        continue;
                    };
                    for &j in b {
                        if j <= i || (fixed[i] && fixed[j]) {
                            continue;
                        }
                        let (ddx, ddy) = (pos[j].x - pos[i].x, pos[j].y - pos[i].y);
                        let d = (ddx * ddx + ddy * ddy).sqrt();
                        if d >= gap {
                            continue;
                        }
                        // Coincident nodes part in a direction fixed by the pair.
                        let (ux, uy) = if d > 1e-3 {
                            (ddx / d, ddy / d)
                        } else {
                            let a = (i * 7 + j * 13) as f32;
                            (a.cos(), a.sin())
                        };
                        let push = gap - d;
                        // A fixed node (a table, a pinned node) does not move; the other takes it all.
                        let (wi, wj) = match (fixed[i], fixed[j]) {
                            (true, false) => (0.0, 1.0),
                            (false, true) => (1.0, 0.0),
                            _ => (0.5, 0.5),
                        };
                        pos[i].x -= ux * push * wi;
                        pos[i].y -= uy * push * wi;
                        pos[j].x += ux * push * wj;
                        pos[j].y += uy * push * wj;
                        moved = true;
                    }
                }
            }
        }
        if !moved {
            break;
        }
    }
}
