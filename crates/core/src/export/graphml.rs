//! The metrics graph as GraphML, for Gephi, yEd, networkx, igraph and Cytoscape users; and the
//! node and edge rows that the GEXF writer shares.
//!
//! Nodes and edges are exactly those of the metrics graph of `spec/analysis.md` (so counts and
//! centralities agree with `netwerkkaart analyse`), with the attributes an analyst filters, sizes
//! and colours by: a node's kind, names, domains and layers, a person's function, network roles
//! and hours, a table's frequency, duration and decision style, the metrics and the findings
//! that name it; an edge's kind, the relationship's kind and quality and a seat's role.
//!
//! Every node carries the position of a layout (the lanes by default: what the network picture
//! shows; the force layout; or what the app shows on screen), the colour of the one palette and a
//! size from the canvas radii, three ways so that each tool finds them: `x`/`y`/`size`/`r`/`g`/`b`
//! data keys (Gephi's GraphML importer and networkx/igraph users), and a yEd `ShapeNode` (yEd
//! reads only its own graphics). The XML is written by hand with the one escaping helper: the
//! format is a flat list and an XML crate would add nothing but weight.

use super::report::prepare;
use super::xml::xml_escape;
use crate::analysis::{Analysis, NodeMetrics, Severity};
use crate::graph::{self, Graph};
use crate::i18n::Lang;
use crate::i18n::vocab::Label;
use crate::layout::{ForceLayout, ForceParams, LayoutKind, lanes};
use crate::model::{Domain, Layer, Map, NodeKind, PartyKind, Pos, Set, TableKind, Vocab};
use crate::style::{self, Rgba};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Options of the graph writers.
#[derive(Debug, Clone, Default)]
pub struct GraphOptions {
    /// Replace person names and ids (see [`crate::model::anonymise`]).
    pub anonymous: bool,
    /// Positions by (original) node id, written as `viz:position` in GEXF and `x`/`y` in
    /// GraphML; [`GraphLayout::positions`] makes them. Nodes without one get none.
    pub positions: Option<BTreeMap<String, Pos>>,
    /// The language of the readable labels (`soort_label`).
    pub lang: Lang,
}

/// Which positions a graph file carries.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum GraphLayout {
    /// The domeinen-en-lagen grid, as in the network picture (pinned positions honoured).
    #[default]
    Lanes,
    /// The free (force) layout, run until it settles, as the app's "vrij" view.
    Free,
    /// Positions by node id: what the app shows on screen.
    Given(BTreeMap<String, Pos>),
}

impl GraphLayout {
    /// The layout of this kind.
    pub fn of(kind: LayoutKind) -> Self {
        match kind {
            LayoutKind::Lagen => GraphLayout::Lanes,
            LayoutKind::Vrij => GraphLayout::Free,
        }
    }

    /// The positions of every node of the metrics graph of `map`, by id.
    pub fn positions(&self, map: &Map) -> BTreeMap<String, Pos> {
        let kind = match self {
            GraphLayout::Given(p) => return p.clone(),
            GraphLayout::Lanes => LayoutKind::Lagen,
            GraphLayout::Free => LayoutKind::Vrij,
        };
        let g = graph::metrics_graph(map);
        let saved = map.arrangement.positions.get(kind.key());
        let pinned: Vec<Option<Pos>> = g
            .ids
            .iter()
            .map(|id| saved.and_then(|p| p.get(id)).copied())
            .collect();
        let positions = match kind {
            LayoutKind::Lagen => lanes(map, &g, &pinned).0,
            LayoutKind::Vrij => {
                let nan = Pos {
                    x: f32::NAN,
                    y: f32::NAN,
                };
                let fixed = pinned.iter().map(Option::is_some).collect();
                let start = pinned.iter().map(|p| p.unwrap_or(nan)).collect();
                let mut f = ForceLayout::new(&g, start, fixed, ForceParams::default());
                // Cooling ends the run (about 200 steps); the bound only guards a change there.
                f.run(2_000);
                f.into_positions()
            }
        };
        g.ids.iter().cloned().zip(positions).collect()
    }
}

/// A number as the graph files write it: the shortest text that reads back as the same value,
/// never `-0` (a zero of either sign is `0`), `None` for NaN and infinities (left out).
pub(crate) fn num(x: f64) -> Option<String> {
    if !x.is_finite() {
        None
    } else if x == 0.0 {
        Some("0".to_string())
    } else {
        Some(x.to_string())
    }
}

/// A canvas coordinate or size, to a hundredth of a unit (more is noise of the layout).
pub(crate) fn coord(x: f32) -> Option<String> {
    num((f64::from(x) * 100.0).round() / 100.0)
}

/// The node kind as written in the files.
pub(crate) fn kind_name(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Party => "partij",
        NodeKind::Person => "persoon",
        NodeKind::Table => "tafel",
    }
}

/// The canonical name of a severity, as in the analysis JSON.
fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Hoog => "hoog",
        Severity::Middel => "middel",
        Severity::Laag => "laag",
    }
}

/// The findings that name a node as a subject.
#[derive(Default)]
struct NodeFindings {
    count: usize,
    kinds: BTreeSet<&'static str>,
    worst: Option<Severity>,
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
    pub functie: &'a str,
    pub netwerkrol: String,
    pub uren_per_maand: Option<f64>,
    pub frequentie: Option<f64>,
    pub duur_uren: Option<f64>,
    pub besluitvorming: &'static str,
    pub metrics: Option<&'a NodeMetrics>,
    findings: NodeFindings,
    pub pos: Option<Pos>,
    /// The fill of the one palette, as on the canvas.
    pub colour: Rgba,
    /// The radius on the canvas (half the side for tables), in the units of `pos`.
    pub size: f32,
}

/// One edge of the metrics graph with its attributes.
pub(crate) struct EdgeRow<'a> {
    pub a: u32,
    pub b: u32,
    /// `deelname`, `persoon-partij`, `relatie` or `rapporteert_aan`.
    pub ty: &'static str,
    /// The relationships between the two ends (their kinds, qualities, domains and layers).
    pub relatie_soort: BTreeSet<&'a str>,
    pub kwaliteit: BTreeSet<&'static str>,
    pub domein: Set<Domain>,
    pub laag: Set<Layer>,
    /// The roles of the seats this edge stands for.
    pub rol: BTreeSet<&'static str>,
}

impl EdgeRow<'_> {
    /// The colour of the line on the canvas.
    pub fn colour(&self) -> Rgba {
        match self.ty {
            "relatie" => style::RELATION,
            "rapporteert_aan" => style::REPORTING,
            _ => style::EDGE,
        }
    }
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
    pub edges: Vec<EdgeRow<'a>>,
}

/// Seats per node: the tables it sits at (parties and persons) or its memberships (tables);
/// the canvas sizes nodes by these.
fn seat_counts(map: &Map) -> HashMap<&str, usize> {
    let mut members: HashMap<&str, usize> = HashMap::new();
    let mut tables_of: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for m in &map.memberships {
        *members.entry(&m.table).or_default() += 1;
        tables_of.entry(&m.party).or_default().insert(&m.table);
        if let Some(p) = &m.person {
            tables_of.entry(p).or_default().insert(&m.table);
        }
    }
    members.extend(tables_of.into_iter().map(|(k, v)| (k, v.len())));
    members
}

/// The findings per subject id.
fn findings_by_node(analysis: &Analysis) -> HashMap<&str, NodeFindings> {
    let mut out: HashMap<&str, NodeFindings> = HashMap::new();
    for f in &analysis.findings {
        let mut seen = BTreeSet::new();
        for s in &f.subjects {
            if !seen.insert(s.as_str()) {
                continue;
            }
            let e = out.entry(s.as_str()).or_default();
            e.count += 1;
            e.kinds.insert(f.kind.name());
            e.worst = Some(e.worst.map_or(f.severity, |w| w.min(f.severity)));
        }
    }
    out
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
    let seats = seat_counts(map);
    let mut findings = findings_by_node(analysis);
    let nodes = g
        .ids
        .iter()
        .zip(&g.kinds)
        .map(|(id, &kind)| {
            let scope = seat_scope.get(id.as_str()).copied().unwrap_or_default();
            let seat = seats.get(id.as_str()).copied().unwrap_or(0);
            let mut row = NodeRow {
                id: id.clone(),
                kind,
                soort: "",
                domein: scope.0.to_cell(),
                laag: scope.1.to_cell(),
                werkgebied: String::new(),
                naam: name_in(map, &index, id),
                partij: "",
                functie: "",
                netwerkrol: String::new(),
                uren_per_maand: None,
                frequentie: None,
                duur_uren: None,
                besluitvorming: "",
                metrics: metrics.get(id.as_str()).copied(),
                findings: findings.remove(id.as_str()).unwrap_or_default(),
                pos: positions
                    .and_then(|p| p.get(id))
                    .copied()
                    .filter(|p| p.x.is_finite() && p.y.is_finite()),
                colour: style::party_color(PartyKind::Overig),
                size: 0.0,
            };
            fill_node(&mut row, map, &index, seat);
            row
        })
        .collect();
    let edges = edge_rows(map, &index, &g);
    Prepared {
        graph: g,
        nodes,
        edges,
    }
}

/// The attributes that depend on what the node is, and its colour and size as on the canvas.
fn fill_node<'a>(row: &mut NodeRow<'a>, map: &'a Map, index: &crate::model::Index, seats: usize) {
    match index.get(&row.id) {
        Some((NodeKind::Party, i)) => {
            let p = &map.parties[i];
            row.soort = p.kind.name();
            row.werkgebied = p.werkgebied.join("|");
            row.colour = style::party_color(p.kind);
            row.size = style::party_radius(seats);
        }
        Some((NodeKind::Person, i)) => {
            let p = &map.persons[i];
            let party = map.party(&p.party);
            if let Some(party) = party {
                row.soort = party.kind.name();
                row.partij = &party.name;
                row.werkgebied = party.werkgebied.join("|");
            }
            if let Some(l) = p.layer {
                row.laag = l.name().to_string();
            }
            row.functie = &p.function;
            row.netwerkrol = p.network_roles.to_cell();
            row.uren_per_maand = p.hours_per_month;
            row.colour = style::person_color(party.map(|p| p.kind));
            row.size = style::person_radius(seats);
        }
        Some((NodeKind::Table, i)) => {
            let t = &map.tables[i];
            row.soort = t.kind.name();
            row.domein = t.domains.to_cell();
            row.laag = t.layers.to_cell();
            row.werkgebied = t.werkgebied.join("|");
            row.frequentie = t.frequency;
            row.duur_uren = t.duration_hours;
            row.besluitvorming = t.decision.map_or("", |d| d.name());
            row.colour = style::table_color(t.kind);
            row.size = style::table_radius(seats);
        }
        None => {}
    }
}

/// The edges with what the relationships and memberships behind them say.
fn edge_rows<'a>(map: &'a Map, index: &crate::model::Index, g: &Graph) -> Vec<EdgeRow<'a>> {
    fn key<'k>(a: &'k str, b: &'k str) -> (&'k str, &'k str) {
        if a <= b { (a, b) } else { (b, a) }
    }
    let mut relations: HashMap<(&str, &str), Vec<&'a crate::model::Relation>> = HashMap::new();
    for r in &map.relations {
        relations.entry(key(&r.from, &r.to)).or_default().push(r);
    }
    let mut roles: HashMap<(&str, &str), BTreeSet<&'static str>> = HashMap::new();
    for m in &map.memberships {
        for member in std::iter::once(m.party.as_str()).chain(m.person.as_deref()) {
            roles
                .entry(key(&m.table, member))
                .or_default()
                .insert(m.role.name());
        }
    }
    g.edges()
        .map(|(a, b)| {
            let ty = edge_type(map, index, g, a, b);
            let k = key(&g.ids[a as usize], &g.ids[b as usize]);
            let mut row = EdgeRow {
                a,
                b,
                ty,
                relatie_soort: BTreeSet::new(),
                kwaliteit: BTreeSet::new(),
                domein: Set::default(),
                laag: Set::default(),
                rol: BTreeSet::new(),
            };
            for r in relations.get(&k).into_iter().flatten() {
                if !r.kind.is_empty() {
                    row.relatie_soort.insert(r.kind.as_str());
                }
                if let Some(q) = r.quality {
                    row.kwaliteit.insert(q.name());
                }
                row.domein = row.domein.union(r.domains);
                row.laag = row.laag.union(r.layers);
            }
            if ty == "deelname" {
                row.rol = roles.get(&k).cloned().unwrap_or_default();
            }
            row
        })
        .collect()
}

/// The value types of the attributes: (GraphML, GEXF).
#[derive(Clone, Copy)]
pub(crate) enum Ty {
    Str,
    Int,
    Double,
    Bool,
}

impl Ty {
    pub fn graphml(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Int => "int",
            Ty::Double => "double",
            Ty::Bool => "boolean",
        }
    }

    pub fn gexf(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Int => "integer",
            Ty::Double => "double",
            Ty::Bool => "boolean",
        }
    }
}

/// The node attributes both formats declare, in this order.
pub(crate) const NODE_KEYS: [(&str, Ty); 23] = [
    ("kind", Ty::Str),
    ("soort", Ty::Str),
    ("soort_label", Ty::Str),
    ("naam", Ty::Str),
    ("partij", Ty::Str),
    ("domein", Ty::Str),
    ("laag", Ty::Str),
    ("werkgebied", Ty::Str),
    ("functie", Ty::Str),
    ("netwerkrol", Ty::Str),
    ("uren_per_maand", Ty::Double),
    ("frequentie", Ty::Double),
    ("duur_uren", Ty::Double),
    ("besluitvorming", Ty::Str),
    ("degree", Ty::Int),
    ("betweenness", Ty::Double),
    ("closeness", Ty::Double),
    ("tables", Ty::Int),
    ("meeting_hours", Ty::Double),
    ("articulation", Ty::Bool),
    ("bevindingen", Ty::Int),
    ("bevinding_soorten", Ty::Str),
    ("ernst", Ty::Str),
];

/// The edge attributes both formats declare, in this order.
pub(crate) const EDGE_KEYS: [(&str, Ty); 6] = [
    ("type", Ty::Str),
    ("relatie_soort", Ty::Str),
    ("kwaliteit", Ty::Str),
    ("rol", Ty::Str),
    ("domein", Ty::Str),
    ("laag", Ty::Str),
];

/// The GraphML id of an edge attribute: its name, unless a node attribute has that name (key
/// ids are one namespace in GraphML; the attribute names stay as they are).
fn edge_key_id(name: &str) -> Cow<'_, str> {
    if NODE_KEYS.iter().any(|(k, _)| *k == name) {
        Cow::Owned(format!("edge_{name}"))
    } else {
        Cow::Borrowed(name)
    }
}

/// Texts joined as the graph files join sets; `None` when empty.
fn joined<'s>(items: impl IntoIterator<Item = &'s str>) -> Option<String> {
    let v: Vec<&str> = items.into_iter().collect();
    (!v.is_empty()).then(|| v.join("|"))
}

/// The attribute values of a node, in the order of [`NODE_KEYS`]; `None` leaves it out.
pub(crate) fn node_values(n: &NodeRow<'_>, lang: Lang) -> [Option<String>; 23] {
    let m = n.metrics;
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let soort_label = match n.kind {
        NodeKind::Table => TableKind::parse(n.soort).map(|k| k.label_in(lang)),
        _ => PartyKind::parse(n.soort).map(|k| k.label_in(lang)),
    };
    let f = &n.findings;
    [
        Some(kind_name(n.kind).to_string()),
        opt(n.soort),
        soort_label.map(str::to_string),
        Some(n.naam.to_string()),
        opt(n.partij),
        opt(&n.domein),
        opt(&n.laag),
        opt(&n.werkgebied),
        opt(n.functie),
        opt(&n.netwerkrol),
        n.uren_per_maand.and_then(num),
        n.frequentie.and_then(num),
        n.duur_uren.and_then(num),
        opt(n.besluitvorming),
        m.map(|m| m.degree.to_string()),
        m.and_then(|m| num(m.betweenness)),
        m.and_then(|m| num(m.closeness)),
        m.map(|m| m.tables.to_string()),
        m.and_then(|m| num(m.meeting_hours)),
        m.map(|m| m.articulation.to_string()),
        Some(f.count.to_string()),
        joined(f.kinds.iter().copied()),
        f.worst.map(|s| severity_name(s).to_string()),
    ]
}

/// The attribute values of an edge, in the order of [`EDGE_KEYS`].
pub(crate) fn edge_values(e: &EdgeRow<'_>) -> [Option<String>; 6] {
    [
        Some(e.ty.to_string()),
        joined(e.relatie_soort.iter().copied()),
        joined(e.kwaliteit.iter().copied()),
        joined(e.rol.iter().copied()),
        (!e.domein.is_empty()).then(|| e.domein.to_cell()),
        (!e.laag.is_empty()).then(|| e.laag.to_cell()),
    ]
}

/// The keys of the node's look: position, size and colour in the names Gephi's GraphML
/// importer maps onto its own (`x`, `y`, `size`, `r`, `g`, `b`), and the colour as text.
const LOOK_KEYS: [(&str, Ty); 7] = [
    ("x", Ty::Double),
    ("y", Ty::Double),
    ("size", Ty::Double),
    ("r", Ty::Int),
    ("g", Ty::Int),
    ("b", Ty::Int),
    ("kleur", Ty::Str),
];

/// The yEd graphics of a node: a shape at the canvas position (yEd's y axis points down, as
/// the canvas's; `Geometry` is the top-left corner), filled with the palette colour, labelled.
fn yed_shape(s: &mut String, n: &NodeRow<'_>) {
    let Some(pos) = n.pos else { return };
    let side = 2.0 * n.size;
    let (Some(x), Some(y), Some(w)) = (coord(pos.x - n.size), coord(pos.y - n.size), coord(side))
    else {
        return;
    };
    let shape = match n.kind {
        NodeKind::Table => "roundrectangle",
        _ => "ellipse",
    };
    let _ = writeln!(
        s,
        "      <data key=\"yed\"><y:ShapeNode><y:Geometry x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{w}\"/>\
         <y:Fill color=\"{}\" transparent=\"false\"/><y:NodeLabel>{}</y:NodeLabel>\
         <y:Shape type=\"{shape}\"/></y:ShapeNode></data>",
        n.colour.hex().to_uppercase(),
        xml_escape(n.naam)
    );
}

/// Writes the metrics graph as GraphML (undirected), with the node attributes of
/// [`NODE_KEYS`], the edge attributes of [`EDGE_KEYS`], and each positioned node's look
/// (`x`, `y` with y pointing up as in Gephi, `size`, `r`, `g`, `b`, `kleur`, and a yEd shape).
///
/// With `anonymous`, person names and ids are replaced first, and `analysis` is recomputed on
/// the anonymised map with the same thresholds.
pub fn write_graphml(map: &Map, analysis: &Analysis, opts: &GraphOptions) -> String {
    let (map, analysis, positions) = prepare_with_positions(map, analysis, opts);
    let p = prepare_graph(&map, &analysis, positions.as_ref());
    let mut s = String::with_capacity(2048 + p.nodes.len() * 1200 + p.edges.len() * 160);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xmlns:y=\"http://www.yworks.com/xml/graphml\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (key, ty) in NODE_KEYS.iter().chain(&LOOK_KEYS) {
        let _ = writeln!(
            s,
            "  <key id=\"{key}\" for=\"node\" attr.name=\"{key}\" attr.type=\"{}\"/>",
            ty.graphml()
        );
    }
    s.push_str("  <key id=\"yed\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
    for (key, ty) in EDGE_KEYS {
        let _ = writeln!(
            s,
            "  <key id=\"{}\" for=\"edge\" attr.name=\"{key}\" attr.type=\"{}\"/>",
            edge_key_id(key),
            ty.graphml()
        );
    }
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
        // The yEd graphics first: networkx reads a yEd shape's corner into `x`/`y`, and the
        // keys below then overwrite it with the centre.
        yed_shape(&mut s, n);
        for ((key, _), v) in NODE_KEYS.iter().zip(node_values(n, opts.lang)) {
            if let Some(v) = v {
                let _ = writeln!(s, "      <data key=\"{key}\">{}</data>", xml_escape(&v));
            }
        }
        if let Some(pos) = n.pos {
            let [r, g, b, _] = n.colour.0;
            let look = [
                coord(pos.x),
                coord(-pos.y),
                coord(n.size),
                Some(r.to_string()),
                Some(g.to_string()),
                Some(b.to_string()),
                Some(n.colour.hex()),
            ];
            for ((key, _), v) in LOOK_KEYS.iter().zip(look) {
                if let Some(v) = v {
                    let _ = writeln!(s, "      <data key=\"{key}\">{v}</data>");
                }
            }
        }
        s.push_str("    </node>\n");
    }
    for (i, e) in p.edges.iter().enumerate() {
        let _ = write!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(&p.graph.ids[e.a as usize]),
            xml_escape(&p.graph.ids[e.b as usize]),
        );
        for ((key, _), v) in EDGE_KEYS.iter().zip(edge_values(e)) {
            if let Some(v) = v {
                let _ = write!(
                    s,
                    "<data key=\"{}\">{}</data>",
                    edge_key_id(key),
                    xml_escape(&v)
                );
            }
        }
        s.push_str("</edge>\n");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_never_print_a_negative_zero_and_skip_what_is_no_number() {
        assert_eq!(num(-0.0).as_deref(), Some("0"));
        assert_eq!(num(0.0).as_deref(), Some("0"));
        assert_eq!(num(0.25).as_deref(), Some("0.25"));
        assert_eq!(num(-3.5).as_deref(), Some("-3.5"));
        assert_eq!(num(f64::NAN), None);
        assert_eq!(num(f64::INFINITY), None);
        // Coordinates to a hundredth: -0.004 rounds to a negative zero, written 0.
        assert_eq!(coord(-0.004).as_deref(), Some("0"));
        assert_eq!(coord(12.345_678).as_deref(), Some("12.35"));
        assert_eq!(coord(-7.0).as_deref(), Some("-7"));
    }

    #[test]
    fn the_layout_kinds_map_onto_the_graph_layouts() {
        assert_eq!(GraphLayout::of(LayoutKind::Lagen), GraphLayout::Lanes);
        assert_eq!(GraphLayout::of(LayoutKind::Vrij), GraphLayout::Free);
        let mut given = BTreeMap::new();
        given.insert("a".to_string(), Pos { x: 1.0, y: 2.0 });
        let layout = GraphLayout::Given(given.clone());
        assert_eq!(layout.positions(&Map::default()), given);
        // An empty map has no node, so no position.
        assert!(GraphLayout::Lanes.positions(&Map::default()).is_empty());
    }

    #[test]
    fn findings_are_counted_once_per_finding_with_the_worst_severity() {
        use crate::analysis::{Finding, FindingKind};
        let mut a = crate::analysis::analyse(&Map::default(), &Default::default());
        let f = |kind, severity, subjects: &[&str]| {
            let mut f = Finding::new(
                kind,
                severity,
                subjects.iter().map(|s| s.to_string()).collect(),
                crate::i18n::Msg::new(crate::i18n::analysis::SEV_HOOG),
                crate::i18n::Msg::new(crate::i18n::analysis::SEV_HOOG),
                serde_json::Value::Null,
            );
            f.key = format!("{kind:?}");
            f
        };
        a.findings = vec![
            f(FindingKind::MissingLink, Severity::Laag, &["x", "x", "y"]),
            f(FindingKind::OpenTriangle, Severity::Hoog, &["x"]),
        ];
        let by = findings_by_node(&a);
        assert_eq!(by["x"].count, 2);
        assert_eq!(by["x"].worst, Some(Severity::Hoog));
        assert_eq!(
            by["x"].kinds.iter().copied().collect::<Vec<_>>(),
            ["missing_link", "open_triangle"]
        );
        assert_eq!(by["y"].count, 1);
        assert_eq!(by["y"].worst, Some(Severity::Laag));
    }
}
