//! The network picture as a renderer-agnostic draw list: which nodes and edges are visible,
//! where, in which shape and colour, with which label, dimmed or highlighted, with which marks.
//!
//! The app paints a [`Scene`] with egui; the picture exports serialise the same scene to SVG.
//! Building it is the expensive part (filters, look-ups, strings), so it is built once per
//! change of map, layout, filter or highlight, never per frame.
//!
//! At regional size a node per party and table is a hairball: [`Filter::collapse`] asks for the
//! aggregated scene instead (see [`aggregate`]): one sized node per domain × layer cell for its
//! tables, one per party kind or werkgebied for its parties. [`Filter::for_map`] picks that and
//! leaves persons off for a large map.

mod aggregate;

pub use aggregate::NO_SLOT;

use crate::analysis::{Finding, FindingKind};
use crate::graph::Graph;
use crate::i18n::Lang;
use crate::i18n::vocab::Label as _;
use crate::layout::LaneGrid;
use crate::model::{Domain, Layer, Map, NodeKind, PartyKind, Pos, Set, Vocab};
use crate::style::{self, Marker, NodeShape, Rgba};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What the user chose to see.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Tables are shown when one of their domains is in here.
    pub domains: Set<Domain>,
    /// Tables are shown when one of their layers is in here.
    pub layers: Set<Layer>,
    /// Party kinds shown (their persons follow them).
    pub party_kinds: Vec<PartyKind>,
    /// Only what is active in this municipality (by id); `None` is the whole region.
    pub werkgebied: Option<String>,
    /// Only this node and its direct neighbours.
    pub focus: Option<String>,
    /// Whether persons are drawn (seats then run table–person–party).
    pub persons: bool,
    /// Collapse the network into cells and party groups (needs the lanes grid; ignored
    /// without it).
    pub collapse: Option<Collapse>,
}

/// How the aggregated scene gathers the parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collapse {
    /// One node per municipality (a party goes with its first werkgebied; parties without
    /// one form the "regio" node).
    Werkgebied,
    /// One node per party kind.
    PartyKind,
}

/// From this many parties (or tables) on, [`Filter::for_map`] collapses the network: beyond
/// some 60 labels in one picture they no longer fit beside each other at a readable size.
pub const COLLAPSE_FROM_PARTIES: usize = 60;

impl Default for Filter {
    fn default() -> Self {
        Filter {
            domains: Set::all(),
            layers: Set::all(),
            party_kinds: PartyKind::ALL.to_vec(),
            werkgebied: None,
            focus: None,
            persons: false,
            collapse: None,
        }
    }
}

impl Filter {
    /// The filter a view of `map` starts with: everything, persons off, and at regional size
    /// (from [`COLLAPSE_FROM_PARTIES`] parties or tables) collapsed by party kind.
    pub fn for_map(map: &Map) -> Filter {
        let large = map.parties.len().max(map.tables.len()) >= COLLAPSE_FROM_PARTIES;
        Filter {
            collapse: large.then_some(Collapse::PartyKind),
            ..Filter::default()
        }
    }

    /// Whether the domain and layer choice lets every table through.
    pub fn shows_all_tables(&self) -> bool {
        self.domains == Set::all() && self.layers == Set::all() && self.werkgebied.is_none()
    }
}

/// What the findings and the selection emphasise.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Highlight {
    /// Subjects of the selected finding; when not empty everything else is dimmed.
    pub subjects: BTreeSet<String>,
    /// The selected node: it and its neighbours stay bright.
    pub selected: Option<String>,
    /// Pairs that should meet and do not (drawn dashed).
    pub missing_links: Vec<(String, String)>,
    /// Marks from findings, by node id.
    pub markers: BTreeMap<String, Marker>,
}

impl Highlight {
    /// The emphasis of a selected finding (if any) and the marks of all findings. Missing
    /// links are drawn for the selected finding, or all of them when there are at most
    /// `max_links` (a web of red dashes helps nobody).
    pub fn from_findings(
        findings: &[Finding],
        selected: Option<usize>,
        selected_node: Option<String>,
        max_links: usize,
    ) -> Highlight {
        let selected = selected.and_then(|i| findings.get(i));
        let all_links: Vec<(String, String)> =
            findings.iter().filter_map(missing_link_pair).collect();
        let missing_links = match selected.and_then(missing_link_pair) {
            Some(pair) => vec![pair],
            None if all_links.len() <= max_links => all_links,
            None => vec![],
        };
        let mut markers = BTreeMap::new();
        for f in findings {
            if let (Some(m), Some(id)) = (marker_of(f), f.subjects.first()) {
                // The strongest mark wins (the enum is ordered by weight).
                let e = markers.entry(id.clone()).or_insert(m);
                *e = (*e).min(m);
            }
        }
        Highlight {
            subjects: selected
                .map(|f| f.subjects.iter().cloned().collect())
                .unwrap_or_default(),
            selected: selected_node,
            missing_links,
            markers,
        }
    }
}

/// The mark a finding puts on its first subject, if any.
pub fn marker_of(f: &Finding) -> Option<Marker> {
    match f.kind {
        FindingKind::OverloadedConnector => Some(Marker::Overloaded),
        FindingKind::SinglePointOfFailure => Some(Marker::SinglePointOfFailure),
        FindingKind::IsolatedInitiative => Some(Marker::Isolated),
        _ => None,
    }
}

/// The two parties of a missing link.
pub fn missing_link_pair(f: &Finding) -> Option<(String, String)> {
    match (f.kind, f.subjects.as_slice()) {
        (FindingKind::MissingLink, [a, b]) => Some((a.clone(), b.clone())),
        _ => None,
    }
}

/// One node to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneNode {
    pub id: String,
    pub kind: NodeKind,
    /// The party kind of a party (or of a person's party).
    pub party_kind: Option<PartyKind>,
    /// Index of the node in the graph (and position list) the scene was built from.
    pub slot: u32,
    pub pos: Pos,
    /// Radius of a circle, half side of a square, in canvas units.
    pub radius: f32,
    pub shape: NodeShape,
    pub fill: Rgba,
    pub stroke: Rgba,
    pub stroke_width: f32,
    pub label: String,
    /// Higher labels win when there is no room for all.
    pub label_priority: f32,
    pub dimmed: bool,
    pub highlighted: bool,
    pub marker: Option<Marker>,
}

/// How an edge is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EdgeStyle {
    Solid,
    Dashed,
}

/// One edge to draw, between two entries of [`Scene::nodes`].
#[derive(Debug, Clone, PartialEq)]
pub struct SceneEdge {
    pub a: u32,
    pub b: u32,
    pub style: EdgeStyle,
    pub color: Rgba,
    pub width: f32,
}

/// One line of the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub swatch: Swatch,
}

/// What a legend line shows in front of its label.
#[derive(Debug, Clone, PartialEq)]
pub enum Swatch {
    Node { shape: NodeShape, fill: Rgba },
    Line { style: EdgeStyle, color: Rgba },
    Marker(Marker),
}

/// The whole draw list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
    /// The domain × layer grid, in the *domeinen en lagen* layout.
    pub lanes: Option<LaneGrid>,
    pub legend: Vec<LegendEntry>,
    /// Node indices by decreasing label priority: the order in which labels claim room.
    pub label_order: Vec<u32>,
    /// The heading of the strip beside the grid (`lanes.strip`), in the scene's language:
    /// "Aan geen tafel", or what the party nodes of an aggregated scene stand for.
    pub strip_label: String,
}

impl Scene {
    /// The bounding box of the nodes and lanes, as `(min, max)`.
    pub fn bounds(&self) -> Option<(Pos, Pos)> {
        let mut pts: Vec<Pos> = self
            .nodes
            .iter()
            .flat_map(|n| {
                let r = n.radius;
                [
                    Pos {
                        x: n.pos.x - r,
                        y: n.pos.y - r,
                    },
                    Pos {
                        x: n.pos.x + r,
                        y: n.pos.y + r,
                    },
                ]
            })
            .collect();
        if let Some(l) = &self.lanes {
            pts.push(Pos {
                x: l.cols[0],
                y: l.rows[0],
            });
            pts.push(Pos {
                x: l.cols[3],
                y: l.rows[3],
            });
            if let Some((a, b)) = l.strip {
                pts.extend([a, b]);
            }
        }
        crate::layout::bounds(&pts)
    }

    /// The index of the node with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }
}

/// Everything a scene is built from.
#[derive(Debug, Clone, Copy)]
pub struct SceneInput<'a> {
    pub map: &'a Map,
    /// The graph whose node order `positions` follows (the metrics graph).
    pub graph: &'a Graph,
    pub positions: &'a [Pos],
    pub lanes: Option<&'a LaneGrid>,
    pub filter: &'a Filter,
    pub highlight: &'a Highlight,
    /// The language of the legend.
    pub lang: Lang,
}

/// Longest label drawn on the canvas, in characters; the full name is in the tooltip.
const MAX_LABEL: usize = 30;

/// Builds the draw list: which nodes pass the filter, the edges between them, the focus,
/// what stays bright, then the nodes and edges as drawn and the order of their labels.
pub fn build(input: SceneInput<'_>) -> Scene {
    let SceneInput {
        map,
        lanes,
        filter,
        lang,
        ..
    } = input;
    let index = map.index();
    let seats = Seats::of(map);
    let mut visible = visible_slots(&input, &index, &seats);
    if let (Some(by), Some(grid)) = (filter.collapse, lanes) {
        return aggregate::build(&input, &index, &visible, by, grid);
    }
    let mut edges = raw_edges(&input, &visible);
    apply_focus(&input, &mut visible, &mut edges);
    let bright = bright_slots(&input, &edges);
    let dimming = !bright.is_empty();
    let (nodes, scene_index) = scene_nodes(&input, &index, &seats, &visible, &bright);
    let edges: Vec<SceneEdge> = edges
        .into_iter()
        .map(|(a, b, style, color, width)| {
            let lit = !dimming || (bright.contains(&a) && bright.contains(&b));
            SceneEdge {
                a: scene_index[a],
                b: scene_index[b],
                style,
                color: if lit {
                    color
                } else {
                    color.mix(style::BACKGROUND, style::DIM)
                },
                width: if lit && dimming { width * 1.6 } else { width },
            }
        })
        .collect();

    let mut label_order: Vec<u32> = (0..nodes.len() as u32).collect();
    label_order.sort_by(|&a, &b| {
        nodes[b as usize]
            .label_priority
            .total_cmp(&nodes[a as usize].label_priority)
            .then(a.cmp(&b))
    });
    let legend = legend(map, filter, &nodes, &edges, lang);
    let strip_label = strip_heading(lanes, &nodes, lang);
    Scene {
        nodes,
        edges,
        lanes: lanes.cloned(),
        legend,
        label_order,
        strip_label,
    }
}

/// The heading of the strip of nodes at no table, with the number of parties drawn in it:
/// "Aan geen tafel: 12 partijen".
fn strip_heading(lanes: Option<&LaneGrid>, nodes: &[SceneNode], lang: Lang) -> String {
    let Some((lo, hi)) = lanes.and_then(|l| l.strip) else {
        return crate::i18n::report::STRIP_NO_TABLE.get_in(lang).to_string();
    };
    let n = nodes
        .iter()
        .filter(|n| {
            n.kind == NodeKind::Party
                && (lo.x..=hi.x).contains(&n.pos.x)
                && (lo.y..=hi.y).contains(&n.pos.y)
        })
        .count();
    crate::i18n::reliability::counted(n, crate::i18n::canvas::STRIP_NO_TABLE, lang)
}

/// Seat counts, for sizes and label priority.
struct Seats<'a> {
    /// Memberships per table.
    table_members: HashMap<&'a str, usize>,
    /// The tables each party and person sits at.
    tables_of: HashMap<&'a str, HashSet<&'a str>>,
}

impl<'a> Seats<'a> {
    fn of(map: &'a Map) -> Self {
        let mut table_members: HashMap<&str, usize> = HashMap::new();
        let mut tables_of: HashMap<&str, HashSet<&str>> = HashMap::new();
        for m in &map.memberships {
            *table_members.entry(&m.table).or_default() += 1;
            tables_of.entry(&m.party).or_default().insert(&m.table);
            if let Some(p) = &m.person {
                tables_of.entry(p).or_default().insert(&m.table);
            }
        }
        Seats {
            table_members,
            tables_of,
        }
    }
}

/// Which graph slots pass the filter: the tables first, then the parties and persons.
fn visible_slots(input: &SceneInput<'_>, index: &crate::model::Index, seats: &Seats) -> Vec<bool> {
    let SceneInput {
        map, graph, filter, ..
    } = *input;
    let in_area = |area: &[String]| {
        filter
            .werkgebied
            .as_ref()
            .is_none_or(|g| area.is_empty() || area.contains(g))
    };
    let table_ok: HashSet<&str> = map
        .tables
        .iter()
        .filter(|t| {
            (t.domains.is_empty() || t.domains.intersects(filter.domains))
                && (t.layers.is_empty() || t.layers.intersects(filter.layers))
                && in_area(&t.werkgebied)
        })
        .map(|t| t.id.as_str())
        .collect();
    let sits_at_shown = |id: &str| {
        filter.shows_all_tables()
            || seats
                .tables_of
                .get(id)
                .is_some_and(|ts| ts.iter().any(|t| table_ok.contains(t)))
    };
    let party_ok = |id: &str| -> bool {
        let Some(p) = index.party(id).map(|i| &map.parties[i]) else {
            return false;
        };
        filter.party_kinds.contains(&p.kind)
            && (p.kind == PartyKind::Gemeente && filter.werkgebied.as_deref() == Some(&p.id)
                || in_area(&p.werkgebied))
            && sits_at_shown(id)
    };
    let mut visible = vec![false; graph.len()];
    for (slot, id) in graph.ids.iter().enumerate() {
        visible[slot] = match graph.kinds[slot] {
            NodeKind::Table => table_ok.contains(id.as_str()),
            NodeKind::Party => party_ok(id),
            NodeKind::Person => {
                filter.persons
                    && index
                        .person(id)
                        .is_some_and(|i| party_ok(&map.persons[i].party))
                    && sits_at_shown(id)
            }
        };
    }
    visible
}

/// An edge before it is drawn: the two slots, its style, colour and width.
type RawEdge = (usize, usize, EdgeStyle, Rgba, f32);

/// Edges between visible slots, one per pair: seats, person–party lines, relationships and
/// reporting lines (the structural ones) first, the dashed missing links after them.
fn raw_edges(input: &SceneInput<'_>, visible: &[bool]) -> Vec<RawEdge> {
    let SceneInput {
        map,
        graph,
        filter,
        highlight,
        ..
    } = *input;
    let slot_of = |id: &str| graph.node(id).map(|s| s as usize);
    let mut edges: Vec<RawEdge> = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut push = |a: Option<usize>, b: Option<usize>, style, color, width| {
        let (Some(a), Some(b)) = (a, b) else { return };
        if a == b || !visible[a] || !visible[b] {
            return;
        }
        let key = (a.min(b), a.max(b));
        if seen.insert(key) {
            edges.push((key.0, key.1, style, color, width));
        }
    };
    for m in &map.memberships {
        let t = slot_of(&m.table);
        let person = m
            .person
            .as_deref()
            .and_then(slot_of)
            .filter(|_| filter.persons);
        match person {
            Some(p) if visible[p] => push(t, Some(p), EdgeStyle::Solid, style::EDGE, 1.0),
            _ => push(t, slot_of(&m.party), EdgeStyle::Solid, style::EDGE, 1.0),
        }
    }
    if filter.persons {
        for p in &map.persons {
            push(
                slot_of(&p.id),
                slot_of(&p.party),
                EdgeStyle::Solid,
                style::EDGE.with_alpha(140),
                0.8,
            );
        }
    }
    for r in &map.relations {
        push(
            slot_of(&r.from),
            slot_of(&r.to),
            EdgeStyle::Solid,
            style::RELATION,
            1.6,
        );
    }
    for t in &map.tables {
        for to in &t.reports_to {
            push(
                slot_of(&t.id),
                slot_of(to),
                EdgeStyle::Solid,
                style::REPORTING,
                1.8,
            );
        }
    }
    for (a, b) in &highlight.missing_links {
        push(
            slot_of(a),
            slot_of(b),
            EdgeStyle::Dashed,
            style::MISSING,
            2.0,
        );
    }
    edges
}

/// Focus: keep the focused node and its direct (structural) neighbours only.
fn apply_focus(input: &SceneInput<'_>, visible: &mut Vec<bool>, edges: &mut Vec<RawEdge>) {
    let graph = input.graph;
    let slot_of = |id: &str| graph.node(id).map(|s| s as usize);
    // The structural edges come first, the dashed missing links after them.
    let structural = edges.iter().take_while(|e| e.2 == EdgeStyle::Solid).count();
    if let Some(focus) = input.filter.focus.as_deref().and_then(slot_of)
        && visible[focus]
    {
        let mut keep = vec![false; graph.len()];
        keep[focus] = true;
        for &(a, b, ..) in &edges[..structural] {
            if a == focus {
                keep[b] = true;
            } else if b == focus {
                keep[a] = true;
            }
        }
        *visible = keep;
        edges.retain(|&(a, b, ..)| visible[a] && visible[b]);
    }
}

/// What stays bright: the finding's subjects, the selected node and its neighbours (empty
/// when nothing is highlighted, so nothing dims).
fn bright_slots(input: &SceneInput<'_>, edges: &[RawEdge]) -> HashSet<usize> {
    let (graph, highlight) = (input.graph, input.highlight);
    let slot_of = |id: &str| graph.node(id).map(|s| s as usize);
    let mut bright: HashSet<usize> = highlight
        .subjects
        .iter()
        .filter_map(|s| slot_of(s))
        .collect();
    if let Some(sel) = highlight.selected.as_deref().and_then(slot_of) {
        bright.insert(sel);
        for &(a, b, style, ..) in edges {
            if style == EdgeStyle::Solid && (a == sel || b == sel) {
                bright.insert(a);
                bright.insert(b);
            }
        }
    }
    bright
}

/// The visible nodes in graph order, and the map from graph slot to scene index.
fn scene_nodes(
    input: &SceneInput<'_>,
    index: &crate::model::Index,
    seats: &Seats,
    visible: &[bool],
    bright: &HashSet<usize>,
) -> (Vec<SceneNode>, Vec<u32>) {
    let SceneInput {
        map,
        graph,
        positions,
        highlight,
        ..
    } = *input;
    let n = graph.len();
    let dimming = !bright.is_empty();
    let mut scene_index = vec![u32::MAX; n];
    let mut nodes = Vec::new();
    for slot in (0..n).filter(|&s| visible[s]) {
        let id = &graph.ids[slot];
        let kind = graph.kinds[slot];
        let look = node_look(map, index, seats, kind, id);
        let highlighted =
            highlight.subjects.contains(id) || highlight.selected.as_ref() == Some(id);
        let dimmed = dimming && !bright.contains(&slot);
        let marker = highlight.markers.get(id).copied();
        let (stroke, stroke_width) = if highlighted {
            (style::HIGHLIGHT, 3.0)
        } else {
            (look.fill.mix(style::INK, 0.45), 1.0)
        };
        let fade = |c: Rgba| {
            if dimmed {
                c.mix(style::BACKGROUND, style::DIM)
            } else {
                c
            }
        };
        scene_index[slot] = nodes.len() as u32;
        nodes.push(SceneNode {
            id: id.clone(),
            kind,
            party_kind: look.party_kind,
            slot: slot as u32,
            pos: positions
                .get(slot)
                .copied()
                .unwrap_or(Pos { x: 0.0, y: 0.0 }),
            radius: look.radius,
            shape: style::node_shape(kind),
            fill: fade(look.fill),
            stroke: fade(stroke),
            stroke_width,
            label: shorten(look.name, MAX_LABEL),
            label_priority: look.priority + if highlighted { 1000.0 } else { 0.0 },
            dimmed,
            highlighted,
            marker,
        });
    }
    (nodes, scene_index)
}

/// How a node looks before highlighting: its party kind, size, fill, name and label priority.
struct NodeLook<'a> {
    party_kind: Option<PartyKind>,
    radius: f32,
    fill: Rgba,
    name: &'a str,
    priority: f32,
}

fn node_look<'a>(
    map: &'a Map,
    index: &crate::model::Index,
    seats: &Seats,
    kind: NodeKind,
    id: &'a str,
) -> NodeLook<'a> {
    let seat_count = seats.tables_of.get(id).map_or(0, HashSet::len);
    match kind {
        NodeKind::Table => {
            let t = index.table(id).map(|i| &map.tables[i]);
            let members = seats.table_members.get(id).copied().unwrap_or(0);
            NodeLook {
                party_kind: None,
                radius: style::table_radius(members),
                fill: style::table_color(t.map_or(crate::model::TableKind::Tafel, |t| t.kind)),
                name: t.map_or(id, |t| t.name.as_str()),
                priority: 100.0 + members as f32,
            }
        }
        NodeKind::Party => {
            let p = index.party(id).map(|i| &map.parties[i]);
            let pk = p.map_or(PartyKind::Overig, |p| p.kind);
            let base = if pk.is_core() { 80.0 } else { 50.0 };
            NodeLook {
                party_kind: Some(pk),
                radius: style::party_radius(seat_count),
                fill: style::party_color(pk),
                name: p.map_or(id, |p| p.name.as_str()),
                priority: base + 2.0 * seat_count as f32,
            }
        }
        NodeKind::Person => {
            let p = index.person(id).map(|i| &map.persons[i]);
            let pk = p
                .and_then(|p| index.party(&p.party))
                .map(|i| map.parties[i].kind);
            NodeLook {
                party_kind: pk,
                radius: style::person_radius(seat_count),
                fill: style::person_color(pk),
                name: p.map_or(id, |p| p.name.as_str()),
                priority: 10.0 + seat_count as f32,
            }
        }
    }
}

/// The legend: the core kinds always, other kinds and the table kinds present, the line kinds
/// and marks drawn.
fn legend(
    map: &Map,
    filter: &Filter,
    nodes: &[SceneNode],
    edges: &[SceneEdge],
    lang: Lang,
) -> Vec<LegendEntry> {
    use crate::i18n::ui as txt;
    let mut out = Vec::new();
    for &k in PartyKind::ALL {
        let present = nodes
            .iter()
            .any(|n| n.kind == NodeKind::Party && n.party_kind == Some(k));
        if k.is_core() || present {
            out.push(LegendEntry {
                label: k.label_in(lang).to_string(),
                swatch: Swatch::Node {
                    shape: NodeShape::Circle,
                    fill: style::party_color(k),
                },
            });
        }
    }
    for &k in crate::model::TableKind::ALL {
        if map.tables.iter().any(|t| t.kind == k) {
            out.push(LegendEntry {
                label: k.label_in(lang).to_string(),
                swatch: Swatch::Node {
                    shape: NodeShape::RoundedSquare,
                    fill: style::table_color(k),
                },
            });
        }
    }
    if filter.persons && nodes.iter().any(|n| n.kind == NodeKind::Person) {
        out.push(LegendEntry {
            label: txt::LEGEND_PERSON.get_in(lang).to_string(),
            swatch: Swatch::Node {
                shape: NodeShape::Circle,
                fill: style::person_color(None),
            },
        });
    }
    let has = |c: Rgba, s: EdgeStyle| edges.iter().any(|e| e.style == s && e.color == c);
    let lines = [
        (style::RELATION, EdgeStyle::Solid, txt::LEGEND_RELATION),
        (style::REPORTING, EdgeStyle::Solid, txt::LEGEND_REPORTING),
        (style::MISSING, EdgeStyle::Dashed, txt::LEGEND_MISSING),
    ];
    for (color, style, label) in lines {
        if has(color, style) {
            out.push(LegendEntry {
                label: label.get_in(lang).to_string(),
                swatch: Swatch::Line { style, color },
            });
        }
    }
    let marks = [
        (Marker::Overloaded, txt::LEGEND_OVERLOADED),
        (Marker::SinglePointOfFailure, txt::LEGEND_SPOF),
        (Marker::Isolated, txt::LEGEND_ISOLATED),
    ];
    for (m, label) in marks {
        if nodes.iter().any(|n| n.marker == Some(m)) {
            out.push(LegendEntry {
                label: label.get_in(lang).to_string(),
                swatch: Swatch::Marker(m),
            });
        }
    }
    out
}

/// `s` cut to `max` characters with an ellipsis.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::metrics_graph;
    use crate::model::{Membership, Party, Person, Role, Table, TableKind};

    fn party(id: &str, kind: PartyKind) -> Party {
        Party::new(id, format!("Partij {id}"), kind)
    }

    fn table(id: &str, d: Domain, l: Layer) -> Table {
        Table {
            id: id.into(),
            name: format!("Tafel {id}"),
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

    fn seat(t: &str, p: &str, person: Option<&str>) -> Membership {
        Membership {
            table: t.into(),
            party: p.into(),
            person: person.map(Into::into),
            role: Role::Lid,
            attributes: vec![],
        }
    }

    /// gem and corp at t1 (casus, operationeel); gem and zorg at t2 (institutioneel,
    /// strategisch); person x of gem sits at t1.
    fn sample() -> Map {
        Map {
            parties: vec![
                party("gem", PartyKind::Gemeente),
                party("corp", PartyKind::Woningcorporatie),
                party("zorg", PartyKind::Zorgaanbieder),
            ],
            persons: vec![Person {
                id: "x".into(),
                name: "X".into(),
                party: "gem".into(),
                function: String::new(),
                layer: None,
                network_roles: Set::empty(),
                hours_per_month: None,
                attributes: vec![],
            }],
            tables: vec![
                table("t1", Domain::Casus, Layer::Operationeel),
                table("t2", Domain::Institutioneel, Layer::Strategisch),
            ],
            memberships: vec![
                seat("t1", "gem", Some("x")),
                seat("t1", "corp", None),
                seat("t2", "gem", None),
                seat("t2", "zorg", None),
            ],
            ..Map::default()
        }
    }

    fn scene(map: &Map, filter: &Filter, highlight: &Highlight) -> Scene {
        let g = metrics_graph(map);
        let pos = vec![Pos { x: 0.0, y: 0.0 }; g.len()];
        build(SceneInput {
            map,
            graph: &g,
            positions: &pos,
            lanes: None,
            filter,
            highlight,
            lang: crate::i18n::Lang::Nl,
        })
    }

    fn ids(s: &Scene) -> Vec<&str> {
        s.nodes.iter().map(|n| n.id.as_str()).collect()
    }

    #[test]
    fn default_filter_shows_parties_and_tables_without_persons() {
        let map = sample();
        let s = scene(&map, &Filter::default(), &Highlight::default());
        assert_eq!(ids(&s), ["corp", "gem", "t1", "t2", "zorg"]);
        // Four seats, each table–party: four edges.
        assert_eq!(s.edges.len(), 4);
        let t = &s.nodes[s.find("t1").unwrap_or(0)];
        assert_eq!(t.shape, NodeShape::RoundedSquare);
    }

    #[test]
    fn persons_reroute_the_seat_through_the_person() {
        let map = sample();
        let f = Filter {
            persons: true,
            ..Filter::default()
        };
        let s = scene(&map, &f, &Highlight::default());
        assert!(ids(&s).contains(&"x"));
        // t1–x replaces t1–gem, and x–gem joins: still 4 seats + 1 person edge = 5.
        assert_eq!(s.edges.len(), 5);
    }

    #[test]
    fn domain_filter_hides_other_tables_and_parties_only_there() {
        let map = sample();
        let f = Filter {
            domains: Set::one(Domain::Casus),
            ..Filter::default()
        };
        let s = scene(&map, &f, &Highlight::default());
        // t2 is institutional; zorg sits only at t2; gem sits at t1 too.
        assert_eq!(ids(&s), ["corp", "gem", "t1"]);
    }

    #[test]
    fn finding_subjects_stay_bright_and_the_rest_dims() {
        let map = sample();
        let h = Highlight {
            subjects: ["corp".to_string(), "zorg".to_string()].into(),
            missing_links: vec![("corp".into(), "zorg".into())],
            ..Highlight::default()
        };
        let s = scene(&map, &Filter::default(), &h);
        for n in &s.nodes {
            let subject = n.id == "corp" || n.id == "zorg";
            assert_eq!(n.highlighted, subject, "{}", n.id);
            assert_eq!(n.dimmed, !subject, "{}", n.id);
        }
        let dashed: Vec<_> = s
            .edges
            .iter()
            .filter(|e| e.style == EdgeStyle::Dashed)
            .collect();
        assert_eq!(dashed.len(), 1);
        let ends = [
            &s.nodes[dashed[0].a as usize].id,
            &s.nodes[dashed[0].b as usize].id,
        ];
        assert!(ends.contains(&&"corp".to_string()) && ends.contains(&&"zorg".to_string()));
        assert!(s.legend.iter().any(|l| matches!(
            l.swatch,
            Swatch::Line {
                style: EdgeStyle::Dashed,
                ..
            }
        )));
        // Highlighted labels claim room first.
        let first = &s.nodes[s.label_order[0] as usize];
        assert!(first.highlighted);
    }

    #[test]
    fn focus_keeps_a_node_and_its_neighbours() {
        let map = sample();
        let f = Filter {
            focus: Some("t2".into()),
            ..Filter::default()
        };
        let s = scene(&map, &f, &Highlight::default());
        assert_eq!(ids(&s), ["gem", "t2", "zorg"]);
    }

    #[test]
    fn collapse_by_kind_gives_one_node_per_cell_and_per_kind() {
        let map = sample();
        let g = metrics_graph(&map);
        let (pos, grid) = crate::layout::lanes(&map, &g, &[]);
        let f = Filter {
            collapse: Some(Collapse::PartyKind),
            ..Filter::default()
        };
        let s = build(SceneInput {
            map: &map,
            graph: &g,
            positions: &pos,
            lanes: Some(&grid),
            filter: &f,
            highlight: &Highlight::default(),
            lang: crate::i18n::Lang::Nl,
        });
        // t1 is casus × operationeel, t2 institutioneel × strategisch: two cells; three kinds.
        assert_eq!(
            ids(&s),
            [
                "cel:casus:operationeel",
                "cel:institutioneel:strategisch",
                "groep:gemeente",
                "groep:woningcorporatie",
                "groep:zorgaanbieder"
            ]
        );
        // Seats gem–t1, corp–t1, gem–t2, zorg–t2: four lines of one seat, 1 + 0.8 × 1 wide.
        assert_eq!(s.edges.len(), 4);
        assert!(s.edges.iter().all(|e| (e.width - 1.8).abs() < 1e-6));
        // Each cell node at its cell's centre, labelled with its count.
        let (a, b) = grid.cell(Domain::Casus, Layer::Operationeel);
        let c = &s.nodes[0];
        assert_eq!(
            c.pos,
            Pos {
                x: (a.x + b.x) / 2.0,
                y: (a.y + b.y) / 2.0
            }
        );
        assert_eq!(c.label, "1 tafel");
        assert_eq!(s.nodes[2].label, "Gemeente (1)");
        // The groups stand in the strip to the right of the grid.
        let Some((lo, hi)) = s.lanes.as_ref().and_then(|l| l.strip) else {
            panic!("no strip")
        };
        for n in &s.nodes[2..] {
            assert!(n.pos.x > lo.x && n.pos.x < hi.x && n.pos.y > lo.y && n.pos.y < hi.y);
            assert!(n.pos.x > grid.cols[3]);
        }
        assert_eq!(s.strip_label, "Partijen per soort");
    }

    #[test]
    fn the_strip_heading_counts_the_parties_at_no_table() {
        // Two parties that sit nowhere besides the sample's three seated ones.
        let mut map = sample();
        map.parties.push(party("los1", PartyKind::Overig));
        map.parties.push(party("los2", PartyKind::Welzijn));
        let g = metrics_graph(&map);
        let (pos, grid) = crate::layout::lanes(&map, &g, &[]);
        let s = build(SceneInput {
            map: &map,
            graph: &g,
            positions: &pos,
            lanes: Some(&grid),
            filter: &Filter::default(),
            highlight: &Highlight::default(),
            lang: crate::i18n::Lang::Nl,
        });
        assert_eq!(s.strip_label, "Aan geen tafel: 2 partijen");
        let en = build(SceneInput {
            map: &map,
            graph: &g,
            positions: &pos,
            lanes: Some(&grid),
            filter: &Filter::default(),
            highlight: &Highlight::default(),
            lang: crate::i18n::Lang::En,
        });
        assert_eq!(en.strip_label, "At no table: 2 parties");
    }

    #[test]
    fn a_large_map_starts_collapsed_and_without_persons() {
        let mut map = sample();
        assert_eq!(Filter::for_map(&map).collapse, None);
        map.parties = (0..COLLAPSE_FROM_PARTIES)
            .map(|i| party(&format!("p{i}"), PartyKind::Overig))
            .collect();
        let f = Filter::for_map(&map);
        assert_eq!(f.collapse, Some(Collapse::PartyKind));
        assert!(!f.persons);
    }
}
