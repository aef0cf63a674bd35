//! The *domeinen en lagen* layout: a 3 × 3 grid with a column per domain (casus,
//! institutioneel, leefomgeving) and a row per layer (strategisch, tactisch, operationeel), the
//! werkmodel of the handreiking. Each table sits in the cell of its (first) domain and layer;
//! parties and persons settle near the tables they sit at, pulled by a short force run in which
//! the tables stay put. Parties (and persons) that sit at no table are not left floating: they
//! line up in a labelled strip to the right of the grid ([`LaneGrid::strip`]).

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
    /// The strip beside the grid where the nodes at no table stand, as `(min, max)`; `None`
    /// when every node sits at a table. Drawers label it ("aan geen tafel").
    pub strip: Option<(Pos, Pos)>,
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

/// The cell a table is drawn in: its first domain and first layer (institutioneel and tactisch
/// when it names none).
pub fn cell_of(t: &crate::model::Table) -> (Domain, Layer) {
    (
        t.domains.iter().next().unwrap_or(Domain::Institutioneel),
        t.layers.iter().next().unwrap_or(Layer::Tactisch),
    )
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
        let (d, l) = cell_of(t);
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
        strip: None,
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

    // Nodes at no table stand in the strip, fixed: they have no place in the grid.
    let loose = at_no_table(map, g);
    grid.strip = place_strip(&grid, &loose, &mut pos, &mut fixed);

    // Parties and persons start at the mean of their placed neighbours (their tables, or for a
    // person without tables, their party).
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
                // Not reachable from a table at all (e.g. a person of a party at no table
                // whose party is pinned elsewhere): the middle of the grid, then the force run.
                pos[n] = Pos {
                    x: (grid.cols[0] + grid.cols[3]) / 2.0,
                    y: (grid.rows[0] + grid.rows[3]) / 2.0,
                };
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

/// Room between the grid and the strip, and the strip's column width and row pitch, in canvas
/// units: a column holds a node and its label (placed below it) with air on both sides.
const STRIP_GAP: f32 = 60.0;
const STRIP_COL: f32 = 230.0;
const STRIP_ROW: f32 = 70.0;
/// Room at the top of the strip for its label.
const STRIP_HEAD: f32 = 50.0;

/// Graph slots of the parties that sit at no table, and of the persons that sit at none and
/// whose party sits at none either (a person at no table whose party sits somewhere stays
/// beside the party).
fn at_no_table(map: &Map, g: &Graph) -> Vec<usize> {
    use std::collections::HashSet;
    let seated: HashSet<&str> = map
        .memberships
        .iter()
        .flat_map(|m| std::iter::once(m.party.as_str()).chain(m.person.as_deref()))
        .collect();
    let index = map.index();
    (0..g.len())
        .filter(|&n| {
            let id = g.ids[n].as_str();
            match g.kinds[n] {
                NodeKind::Table => false,
                NodeKind::Party => !seated.contains(id),
                NodeKind::Person => {
                    !seated.contains(id)
                        && index
                            .person(id)
                            .is_none_or(|i| !seated.contains(map.persons[i].party.as_str()))
                }
            }
        })
        .collect()
}

/// Puts `loose` (graph order, so sorted by id) in columns to the right of the grid, top to
/// bottom, as many rows as the grid is high; returns the strip rectangle.
fn place_strip(
    grid: &LaneGrid,
    loose: &[usize],
    pos: &mut [Pos],
    fixed: &mut [bool],
) -> Option<(Pos, Pos)> {
    if loose.is_empty() {
        return None;
    }
    let height = grid.rows[3] - grid.rows[0];
    let per_col = (((height - STRIP_HEAD) / STRIP_ROW).floor() as usize).max(1);
    let cols = loose.len().div_ceil(per_col);
    let x0 = grid.cols[3] + STRIP_GAP;
    for (k, &n) in loose.iter().enumerate() {
        pos[n] = Pos {
            x: x0 + STRIP_COL / 2.0 + (k / per_col) as f32 * STRIP_COL,
            y: grid.rows[0] + STRIP_HEAD + STRIP_ROW / 2.0 + (k % per_col) as f32 * STRIP_ROW,
        };
        fixed[n] = true;
    }
    let rows_used = loose.len().min(per_col) as f32;
    Some((
        Pos {
            x: x0,
            y: grid.rows[0],
        },
        Pos {
            x: x0 + cols as f32 * STRIP_COL,
            y: (grid.rows[0] + STRIP_HEAD + rows_used * STRIP_ROW).max(grid.rows[3]),
        },
    ))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::metrics_graph;
    use crate::model::{Membership, Party, PartyKind, Role, Set, Table, TableKind};

    fn table(id: &str, d: Domain, l: Layer) -> Table {
        Table {
            id: id.into(),
            name: id.into(),
            kind: TableKind::Tafel,
            domains: Set::one(d),
            layers: Set::one(l),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: vec![],
            reports_to: vec![],
            attributes: vec![],
        }
    }

    #[test]
    fn a_party_at_no_table_stands_in_the_strip_beside_the_grid() {
        let map = Map {
            parties: vec![
                Party::new("a", "A", PartyKind::Gemeente),
                Party::new("los", "Los", PartyKind::Overig),
            ],
            tables: vec![table("t", Domain::Casus, Layer::Strategisch)],
            memberships: vec![Membership {
                table: "t".into(),
                party: "a".into(),
                person: None,
                role: Role::Lid,
                attributes: vec![],
            }],
            ..Map::default()
        };
        let g = metrics_graph(&map);
        let (pos, grid) = lanes(&map, &g, &[]);
        // One table: casus is 2 slots wide (ceil(sqrt(1.5)) = 2), 2 × 150 + 2 × 120 = 540;
        // the empty columns 150 + 240 = 390 each, every row 390 high.
        assert_eq!(grid.cols, [0.0, 540.0, 930.0, 1320.0]);
        assert_eq!(grid.rows, [0.0, 390.0, 780.0, 1170.0]);
        // The strip starts 60 to the right; its first slot is half a column (115) in and
        // below the heading (50) half a row (35) down.
        let Some((a, b)) = grid.strip else {
            panic!("no strip")
        };
        assert_eq!((a.x, a.y), (1380.0, 0.0));
        assert_eq!((b.x, b.y), (1380.0 + 230.0, 1170.0));
        let los = g.node("los").map(|n| n as usize).unwrap_or(usize::MAX);
        assert_eq!((pos[los].x, pos[los].y), (1495.0, 85.0));
        // The seated party stays by its table, in the grid.
        let a_slot = g.node("a").map(|n| n as usize).unwrap_or(usize::MAX);
        assert!(pos[a_slot].x < grid.cols[3]);
    }

    #[test]
    fn without_loose_parties_there_is_no_strip() {
        let map = Map {
            tables: vec![table("t", Domain::Casus, Layer::Strategisch)],
            ..Map::default()
        };
        let g = metrics_graph(&map);
        assert_eq!(lanes(&map, &g, &[]).1.strip, None);
    }

    /// Every table's square inside its cell, every party at no table inside the strip, for
    /// synthetic regions of 10 and 60 municipalities.
    #[cfg(feature = "synthetic")]
    #[test]
    fn synthetic_regions_keep_tables_in_their_cells_and_loose_parties_in_the_strip() {
        use crate::synthetic::{Config, generate};
        use std::collections::HashSet;
        for n in [10, 60] {
            let map = generate(&Config::new(n));
            let g = metrics_graph(&map);
            let (pos, grid) = lanes(&map, &g, &[]);
            let index = map.index();
            let mut members: std::collections::HashMap<&str, usize> = Default::default();
            for m in &map.memberships {
                *members.entry(m.table.as_str()).or_default() += 1;
            }
            for t in &map.tables {
                let slot = g.node(&t.id).map(|s| s as usize).unwrap_or(usize::MAX);
                let (d, l) = cell_of(t);
                let (a, b) = grid.cell(d, l);
                let r =
                    crate::style::table_radius(members.get(t.id.as_str()).copied().unwrap_or(0));
                let p = pos[slot];
                assert!(
                    p.x - r >= a.x && p.x + r <= b.x && p.y - r >= a.y && p.y + r <= b.y,
                    "{n} gemeenten: table {} at {p:?} (r {r}) outside its cell {a:?}..{b:?}",
                    t.id
                );
            }
            let seated: HashSet<&str> = map.memberships.iter().map(|m| m.party.as_str()).collect();
            let loose: Vec<_> = map
                .parties
                .iter()
                .filter(|p| !seated.contains(p.id.as_str()))
                .collect();
            let strip = grid.strip;
            assert_eq!(strip.is_some(), !loose.is_empty());
            for p in loose {
                let q = pos[g.node(&p.id).map(|s| s as usize).unwrap_or(usize::MAX)];
                let Some((a, b)) = strip else { break };
                assert!(
                    q.x > a.x && q.x < b.x && q.y > a.y && q.y < b.y,
                    "{n}: {} at {q:?} outside the strip",
                    p.id
                );
                assert!(index.party(&p.id).is_some());
            }
        }
    }
}
