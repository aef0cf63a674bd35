//! The aggregated scene: the network of a region as a board can read it on one page.
//!
//! Every domain × layer cell with visible tables becomes one rounded square at the cell's
//! centre, sized by its number of tables; the visible parties are gathered per party kind or per
//! werkgebied into one circle each, sized by their number, standing in the strip beside the
//! grid; a line joins a group and a cell where its parties take seats there, as thick as the
//! seats. Persons are never drawn here: at this size they are counted, not shown.

use super::{
    Collapse, EdgeStyle, LegendEntry, Scene, SceneEdge, SceneInput, SceneNode, Swatch, shorten,
};
use crate::i18n::report as tx;
use crate::i18n::vocab::Label as _;
use crate::layout::{LaneGrid, cell_of};
use crate::model::{Domain, Index, Layer, NodeKind, PartyKind, Pos, Vocab};
use crate::style::{self, NodeShape};
use std::collections::BTreeMap;

/// The slot of an aggregated node: it stands for several graph nodes, so for none of them.
pub const NO_SLOT: u32 = u32::MAX;

/// Room between the grid and the group column, the column's width and the least row pitch.
const GAP: f32 = 60.0;
const COL: f32 = 260.0;
const MIN_ROW: f32 = 90.0;
const HEAD: f32 = 50.0;

/// A group of parties: its sort key, its display name, its kind (for the colour).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct GroupKey {
    order: usize,
    id: String,
}

/// Builds the aggregated scene from the visible graph slots (see the module documentation).
pub(super) fn build(
    input: &SceneInput<'_>,
    index: &Index,
    visible: &[bool],
    by: Collapse,
    grid: &LaneGrid,
) -> Scene {
    let SceneInput {
        map, graph, lang, ..
    } = *input;
    // Tables per cell, and the cell of every visible table.
    let mut cell_tables = [0usize; 9];
    let mut cell_of_table: BTreeMap<&str, usize> = BTreeMap::new();
    // Parties per group, and the group of every visible party.
    let mut groups: BTreeMap<GroupKey, (String, Option<PartyKind>, usize)> = BTreeMap::new();
    let mut group_of_party: BTreeMap<&str, GroupKey> = BTreeMap::new();
    for (slot, id) in graph.ids.iter().enumerate() {
        if !visible[slot] {
            continue;
        }
        match graph.kinds[slot] {
            NodeKind::Table => {
                if let Some(t) = index.table(id).map(|i| &map.tables[i]) {
                    let (d, l) = cell_of(t);
                    let c = d.index() * 3 + l.index();
                    cell_tables[c] += 1;
                    cell_of_table.insert(id, c);
                }
            }
            NodeKind::Party => {
                let Some(p) = index.party(id).map(|i| &map.parties[i]) else {
                    continue;
                };
                let (key, name, kind) = group_of(map, p, by, lang);
                groups.entry(key.clone()).or_insert((name, kind, 0)).2 += 1;
                group_of_party.insert(id, key);
            }
            NodeKind::Person => {}
        }
    }

    // Seats per (group, cell).
    let mut seats: BTreeMap<(&GroupKey, usize), usize> = BTreeMap::new();
    for m in &map.memberships {
        if let (Some(&c), Some(g)) = (
            cell_of_table.get(m.table.as_str()),
            group_of_party.get(m.party.as_str()),
        ) {
            *seats.entry((g, c)).or_default() += 1;
        }
    }

    let mut nodes = Vec::new();
    let mut cell_node = [u32::MAX; 9];
    for d in Domain::ALL {
        for l in Layer::ALL {
            let c = d.index() * 3 + l.index();
            let n = cell_tables[c];
            if n == 0 {
                continue;
            }
            let (a, b) = grid.cell(*d, *l);
            let room = (b.x - a.x).min(b.y - a.y);
            let fill = style::table_color(crate::model::TableKind::Tafel);
            cell_node[c] = nodes.len() as u32;
            nodes.push(SceneNode {
                id: format!("cel:{}:{}", d.name(), l.name()),
                kind: NodeKind::Table,
                party_kind: None,
                slot: NO_SLOT,
                pos: Pos {
                    x: (a.x + b.x) / 2.0,
                    y: (a.y + b.y) / 2.0,
                },
                radius: cell_radius(n, room),
                shape: NodeShape::RoundedSquare,
                fill,
                stroke: fill.mix(style::INK, 0.45),
                stroke_width: 1.0,
                label: crate::i18n::reliability::counted(n, tx::N_TABLES_CELL, lang),
                label_priority: 200.0 + n as f32,
                dimmed: false,
                highlighted: false,
                marker: None,
            });
        }
    }

    // The groups stand in columns beside the grid, spread over its height.
    let height = grid.rows[3] - grid.rows[0];
    let per_col = (((height - HEAD) / MIN_ROW).floor() as usize).max(1);
    let cols = groups.len().div_ceil(per_col).max(1);
    let rows_used = groups.len().min(per_col).max(1);
    let pitch = ((height - HEAD) / rows_used as f32).max(MIN_ROW);
    let x0 = grid.cols[3] + GAP;
    let mut group_node: BTreeMap<&GroupKey, u32> = BTreeMap::new();
    for (k, (key, (name, kind, count))) in groups.iter().enumerate() {
        let fill = kind.map_or(style::party_color(PartyKind::Overig), style::party_color);
        group_node.insert(key, nodes.len() as u32);
        nodes.push(SceneNode {
            id: format!("groep:{}", key.id),
            kind: NodeKind::Party,
            party_kind: *kind,
            slot: NO_SLOT,
            pos: Pos {
                x: x0 + COL / 2.0 + (k / per_col) as f32 * COL,
                y: grid.rows[0] + HEAD + pitch / 2.0 + (k % per_col) as f32 * pitch,
            },
            radius: (10.0 + 3.0 * (*count as f32).sqrt()).min(pitch * 0.3),
            shape: NodeShape::Circle,
            fill,
            stroke: fill.mix(style::INK, 0.45),
            stroke_width: 1.0,
            label: shorten(
                &tx::GROUP_LABEL.fill_in(lang, &[("name", name), ("n", count)]),
                super::MAX_LABEL,
            ),
            label_priority: 150.0 + *count as f32,
            dimmed: false,
            highlighted: false,
            marker: None,
        });
    }

    let edges: Vec<SceneEdge> = seats
        .iter()
        .filter_map(|(&(g, c), &n)| {
            Some(SceneEdge {
                a: *group_node.get(g)?,
                b: *cell_node.get(c).filter(|&&i| i != u32::MAX)?,
                style: EdgeStyle::Solid,
                color: style::EDGE.with_alpha(190),
                width: 1.0 + 0.8 * (n as f32).sqrt(),
            })
        })
        .collect();

    let label_order = label_order(&nodes);
    let mut lanes = grid.clone();
    lanes.strip = (!groups.is_empty()).then(|| {
        (
            Pos {
                x: x0,
                y: grid.rows[0],
            },
            Pos {
                x: x0 + cols as f32 * COL,
                y: grid.rows[3],
            },
        )
    });
    let strip_label = match by {
        Collapse::PartyKind => tx::STRIP_BY_KIND,
        Collapse::Werkgebied => tx::STRIP_BY_WERKGEBIED,
    };
    Scene {
        nodes,
        edges,
        lanes: Some(lanes),
        legend: legend(lang),
        label_order,
        strip_label: strip_label.get_in(lang).to_string(),
    }
}

/// Node indices by decreasing label priority, ties by index.
fn label_order(nodes: &[SceneNode]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..nodes.len() as u32).collect();
    order.sort_by(|&a, &b| {
        nodes[b as usize]
            .label_priority
            .total_cmp(&nodes[a as usize].label_priority)
            .then(a.cmp(&b))
    });
    order
}

/// The group a party goes to, its display name and the kind that colours it.
fn group_of(
    map: &crate::model::Map,
    p: &crate::model::Party,
    by: Collapse,
    lang: crate::i18n::Lang,
) -> (GroupKey, String, Option<PartyKind>) {
    match by {
        Collapse::PartyKind => (
            GroupKey {
                order: PartyKind::ALL
                    .iter()
                    .position(|k| *k == p.kind)
                    .unwrap_or(0),
                id: p.kind.name().to_string(),
            },
            p.kind.label_in(lang).to_string(),
            Some(p.kind),
        ),
        Collapse::Werkgebied => {
            let w = if p.kind == PartyKind::Gemeente {
                Some(p.id.as_str())
            } else {
                p.werkgebied.first().map(String::as_str)
            };
            match w {
                Some(w) => (
                    GroupKey {
                        order: 0,
                        id: w.to_string(),
                    },
                    map.name_of(w).to_string(),
                    Some(PartyKind::Gemeente),
                ),
                None => (
                    GroupKey {
                        order: 1,
                        id: String::new(),
                    },
                    tx::GROUP_REGION.get_in(lang).to_string(),
                    None,
                ),
            }
        }
    }
}

/// The half side of a cell's square for `n` tables: grows with the square root (the area with
/// the count), never more than a third of the cell so its label fits beside it.
pub fn cell_radius(n: usize, room: f32) -> f32 {
    (16.0 + 7.0 * (n as f32).sqrt()).min(room / 3.0)
}

fn legend(lang: crate::i18n::Lang) -> Vec<LegendEntry> {
    vec![
        LegendEntry {
            label: tx::LEGEND_CELL.get_in(lang).to_string(),
            swatch: Swatch::Node {
                shape: NodeShape::RoundedSquare,
                fill: style::table_color(crate::model::TableKind::Tafel),
            },
        },
        LegendEntry {
            label: tx::LEGEND_GROUP.get_in(lang).to_string(),
            swatch: Swatch::Node {
                shape: NodeShape::Circle,
                fill: style::party_color(PartyKind::Overig),
            },
        },
        LegendEntry {
            label: tx::LEGEND_SEATS.get_in(lang).to_string(),
            swatch: Swatch::Line {
                style: EdgeStyle::Solid,
                color: style::EDGE,
            },
        },
    ]
}
