//! The metrics graph as GraphML, for Gephi, yEd, networkx and Cytoscape users.
//!
//! Nodes and edges are exactly those of the metrics graph of `spec/analysis.md` (so counts and
//! centralities agree with `netwerkkaart analyse`), with the attributes a Gephi user filters
//! and sizes by. The XML is written by hand with a small escaping writer: the format is a flat
//! list and an XML crate would add nothing but weight. This file also holds the node and edge
//! rows that the GEXF writer shares.

use super::report::prepare;
use super::xml::xml_escape;
use crate::analysis::{Analysis, NodeMetrics};
use crate::graph::{self, Graph};
use crate::i18n::Lang;
use crate::i18n::vocab::Label;
use crate::model::{Domain, Layer, Map, NodeKind, Pos, Set, Vocab};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

/// Options of the graph writers.
#[derive(Debug, Clone, Default)]
pub struct GraphOptions {
    /// Replace person names and ids (see [`crate::model::anonymise`]).
    pub anonymous: bool,
    /// Positions by (original) node id, written as `viz:position` in GEXF and `x`/`y`
    /// attributes in GraphML; typically `map.arrangement.positions["vrij"]` or a layout.
    pub positions: Option<BTreeMap<String, Pos>>,
    /// The language of the readable labels (`soort_label`).
    pub lang: Lang,
}

/// The node kind as written in the files.
pub(crate) fn kind_name(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Party => "partij",
        NodeKind::Person => "persoon",
        NodeKind::Table => "tafel",
    }
}

/// One node of the metrics graph with its attributes.
pub(crate) struct NodeRow<'a> {
    pub id: String,
    pub kind: NodeKind,
    /// Party kind or table kind (canonical name); the party kind of a person's party.
    pub soort: &'static str,
    pub domein: String,
    pub laag: String,
    pub werkgebied: String,
    pub naam: &'a str,
    /// The party of a person (its name); empty for others.
    pub partij: &'a str,
    pub metrics: Option<&'a NodeMetrics>,
    pub pos: Option<Pos>,
}

/// The kind of an edge of the metrics graph.
pub(crate) fn edge_type(
    map: &Map,
    index: &crate::model::Index,
    g: &Graph,
    a: u32,
    b: u32,
) -> &'static str {
    let (ka, kb) = (g.kinds[a as usize], g.kinds[b as usize]);
    let (ia, ib) = (&g.ids[a as usize], &g.ids[b as usize]);
    let own_party = |person: &str, party: &str| {
        index
            .person(person)
            .is_some_and(|i| map.persons[i].party == party)
    };
    match (ka, kb) {
        (NodeKind::Table, NodeKind::Table) => "rapporteert_aan",
        (NodeKind::Table, _) | (_, NodeKind::Table) => "deelname",
        (NodeKind::Person, NodeKind::Party) if own_party(ia, ib) => "persoon-partij",
        (NodeKind::Party, NodeKind::Person) if own_party(ib, ia) => "persoon-partij",
        _ => "relatie",
    }
}

/// The display name of a node, borrowed from the map.
fn name_in<'a>(map: &'a Map, index: &crate::model::Index, id: &str) -> &'a str {
    match index.get(id) {
        Some((NodeKind::Party, i)) => &map.parties[i].name,
        Some((NodeKind::Person, i)) => &map.persons[i].name,
        Some((NodeKind::Table, i)) => &map.tables[i].name,
        None => "",
    }
}

/// The graph, its node rows and typed edges, prepared once for either writer.
pub(crate) struct Prepared<'a> {
    pub graph: Graph,
    pub nodes: Vec<NodeRow<'a>>,
    pub edges: Vec<(u32, u32, &'static str)>,
}

pub(crate) fn prepare_graph<'a>(
    map: &'a Map,
    analysis: &'a Analysis,
    positions: Option<&BTreeMap<String, Pos>>,
) -> Prepared<'a> {
    let g = graph::metrics_graph(map);
    let index = map.index();
    let metrics: HashMap<&str, &NodeMetrics> = analysis
        .metrics
        .nodes
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    // Domains and layers of parties and persons: those of the tables where they sit.
    let mut seat_scope: HashMap<&str, (Set<Domain>, Set<Layer>)> = HashMap::new();
    for m in &map.memberships {
        if let Some(t) = index.table(&m.table).map(|i| &map.tables[i]) {
            for id in std::iter::once(m.party.as_str()).chain(m.person.as_deref()) {
                let e = seat_scope.entry(id).or_default();
                e.0 = e.0.union(t.domains);
                e.1 = e.1.union(t.layers);
            }
        }
    }
    let nodes = g
        .ids
        .iter()
        .zip(&g.kinds)
        .map(|(id, &kind)| {
            let scope = seat_scope.get(id.as_str()).copied().unwrap_or_default();
            let mut row = NodeRow {
                id: id.clone(),
                kind,
                soort: "",
                domein: scope.0.to_cell(),
                laag: scope.1.to_cell(),
                werkgebied: String::new(),
                naam: name_in(map, &index, id),
                partij: "",
                metrics: metrics.get(id.as_str()).copied(),
                pos: positions.and_then(|p| p.get(id)).copied(),
            };
            match index.get(id) {
                Some((NodeKind::Party, i)) => {
                    let p = &map.parties[i];
                    row.soort = p.kind.name();
                    row.werkgebied = p.werkgebied.join("|");
                }
                Some((NodeKind::Person, i)) => {
                    let p = &map.persons[i];
                    if let Some(party) = map.party(&p.party) {
                        row.soort = party.kind.name();
                        row.partij = &party.name;
                        row.werkgebied = party.werkgebied.join("|");
                    }
                    if let Some(l) = p.layer {
                        row.laag = l.name().to_string();
                    }
                }
                Some((NodeKind::Table, i)) => {
                    let t = &map.tables[i];
                    row.soort = t.kind.name();
                    row.domein = t.domains.to_cell();
                    row.laag = t.layers.to_cell();
                    row.werkgebied = t.werkgebied.join("|");
                }
                None => {}
            }
            row
        })
        .collect();
    let edges = g
        .edges()
        .map(|(a, b)| (a, b, edge_type(map, &index, &g, a, b)))
        .collect();
    Prepared {
        graph: g,
        nodes,
        edges,
    }
}

/// The node attributes both formats declare: key, GraphML type, GEXF type.
pub(crate) const NODE_KEYS: [(&str, &str, &str); 14] = [
    ("kind", "string", "string"),
    ("soort", "string", "string"),
    ("domein", "string", "string"),
    ("laag", "string", "string"),
    ("werkgebied", "string", "string"),
    ("naam", "string", "string"),
    ("partij", "string", "string"),
    ("degree", "int", "integer"),
    ("betweenness", "double", "double"),
    ("closeness", "double", "double"),
    ("tables", "int", "integer"),
    ("meeting_hours", "double", "double"),
    ("articulation", "boolean", "boolean"),
    ("soort_label", "string", "string"),
];

/// The attribute values of a node, in the order of [`NODE_KEYS`]; `None` leaves it out.
pub(crate) fn node_values(n: &NodeRow<'_>, lang: Lang) -> [Option<String>; 14] {
    let m = n.metrics;
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let soort_label = match n.kind {
        NodeKind::Table => crate::model::TableKind::parse(n.soort).map(|k| k.label_in(lang)),
        _ => crate::model::PartyKind::parse(n.soort).map(|k| k.label_in(lang)),
    };
    [
        Some(kind_name(n.kind).to_string()),
        opt(n.soort),
        opt(&n.domein),
        opt(&n.laag),
        opt(&n.werkgebied),
        Some(n.naam.to_string()),
        opt(n.partij),
        m.map(|m| m.degree.to_string()),
        m.map(|m| m.betweenness.to_string()),
        m.map(|m| m.closeness.to_string()),
        m.map(|m| m.tables.to_string()),
        m.map(|m| m.meeting_hours.to_string()),
        m.map(|m| m.articulation.to_string()),
        soort_label.map(str::to_string),
    ]
}

/// Writes the metrics graph as GraphML (undirected), with node attributes kind, soort, domein,
/// laag, werkgebied, naam, partij and the metrics of `analysis`, and the edge attribute type
/// (`deelname`, `persoon-partij`, `relatie`, `rapporteert_aan`).
///
/// With `anonymous`, person names and ids are replaced first, and `analysis` is recomputed on
/// the anonymised map with the same thresholds.
pub fn write_graphml(map: &Map, analysis: &Analysis, opts: &GraphOptions) -> String {
    let (map, analysis, positions) = prepare_with_positions(map, analysis, opts);
    let p = prepare_graph(&map, &analysis, positions.as_ref());
    let mut s = String::with_capacity(256 + p.nodes.len() * 600 + p.edges.len() * 120);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (key, ty, _) in NODE_KEYS {
        let _ = writeln!(
            s,
            "  <key id=\"{key}\" for=\"node\" attr.name=\"{key}\" attr.type=\"{ty}\"/>"
        );
    }
    let has_pos = p.nodes.iter().any(|n| n.pos.is_some());
    if has_pos {
        for k in ["x", "y"] {
            let _ = writeln!(
                s,
                "  <key id=\"{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"float\"/>"
            );
        }
    }
    s.push_str("  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n");
    let title = if map.title.is_empty() {
        "netwerkkaart"
    } else {
        &map.title
    };
    let _ = writeln!(
        s,
        "  <graph id=\"{}\" edgedefault=\"undirected\">",
        xml_escape(title)
    );
    for n in &p.nodes {
        let _ = writeln!(s, "    <node id=\"{}\">", xml_escape(&n.id));
        for ((key, _, _), v) in NODE_KEYS.iter().zip(node_values(n, opts.lang)) {
            if let Some(v) = v {
                let _ = writeln!(s, "      <data key=\"{key}\">{}</data>", xml_escape(&v));
            }
        }
        if let Some(pos) = n.pos {
            let _ = writeln!(s, "      <data key=\"x\">{}</data>", pos.x);
            let _ = writeln!(s, "      <data key=\"y\">{}</data>", pos.y);
        }
        s.push_str("    </node>\n");
    }
    for (i, (a, b, ty)) in p.edges.iter().enumerate() {
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\"><data key=\"type\">{ty}</data></edge>",
            xml_escape(&p.graph.ids[*a as usize]),
            xml_escape(&p.graph.ids[*b as usize]),
        );
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// The map and analysis to write (anonymised when asked) and the positions re-keyed to match.
pub(crate) fn prepare_with_positions<'a>(
    map: &'a Map,
    analysis: &'a Analysis,
    opts: &GraphOptions,
) -> (
    Cow<'a, Map>,
    Cow<'a, Analysis>,
    Option<BTreeMap<String, Pos>>,
) {
    if !opts.anonymous {
        return (
            Cow::Borrowed(map),
            Cow::Borrowed(analysis),
            opts.positions.clone(),
        );
    }
    let (m, a, ids) = prepare(map, analysis, true, opts.lang);
    let positions = opts.positions.as_ref().map(|p| {
        p.iter()
            .map(|(k, v)| (ids.get(k).cloned().unwrap_or_else(|| k.clone()), *v))
            .collect()
    });
    (m, a, positions)
}
