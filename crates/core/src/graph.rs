//! The two graphs of `spec/analysis.md` built from a [`Map`]: the metrics graph and the
//! member graph. Undirected, simple, deterministic (nodes in sorted-id order).
//!
//! Both are stored as compressed adjacency arrays (CSR) because every analysis walks
//! neighbour lists millions of times (Brandes betweenness is one BFS per node); a flat
//! `targets` array keeps those walks in cache. `Graph::to_petgraph` gives a petgraph view
//! for callers that want petgraph's algorithms or its export helpers (feature `petgraph`:
//! the app and the command line do not need it, so they do not build it).

use crate::model::{Map, NodeKind};
use std::collections::HashMap;

/// An undirected simple graph over map ids, in compressed adjacency (CSR) form.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// The id of each node; node `i` is `ids[i]`. Sorted ascending.
    pub ids: Vec<String>,
    /// What each node is.
    pub kinds: Vec<NodeKind>,
    /// `targets[offsets[i]..offsets[i + 1]]` are the neighbours of node `i`, sorted, no
    /// duplicates, no self-loops.
    pub offsets: Vec<usize>,
    pub targets: Vec<u32>,
}

impl Graph {
    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.ids.len()
    }
    /// Whether the graph has no node.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
    /// Number of undirected edges.
    pub fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }
    /// The neighbours of node `n`, sorted ascending.
    pub fn neighbors(&self, n: u32) -> &[u32] {
        &self.targets[self.offsets[n as usize]..self.offsets[n as usize + 1]]
    }
    /// The node index of an id (binary search on the sorted ids).
    pub fn node(&self, id: &str) -> Option<u32> {
        self.ids
            .binary_search_by(|x| x.as_str().cmp(id))
            .ok()
            .map(|i| i as u32)
    }
    /// The degree of node `n` (number of distinct neighbours).
    pub fn degree(&self, n: u32) -> usize {
        self.offsets[n as usize + 1] - self.offsets[n as usize]
    }
    /// Every undirected edge once, as `(a, b)` with `a < b`, in ascending order.
    pub fn edges(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        (0..self.len() as u32).flat_map(move |a| {
            self.neighbors(a)
                .iter()
                .filter(move |&&b| a < b)
                .map(move |&b| (a, b))
        })
    }

    /// Builds a graph from nodes (any order; a repeated id keeps its first kind) and edges
    /// between positions in `nodes`. Self-loops and repeated edges are dropped.
    pub fn from_parts(nodes: Vec<(String, NodeKind)>, edges: &[(u32, u32)]) -> Graph {
        // Sort positions by id, then map old positions to new indices (duplicates collapse
        // onto the first occurrence, as `model::Index` does).
        let mut order: Vec<u32> = (0..nodes.len() as u32).collect();
        order.sort_by(|&a, &b| {
            nodes[a as usize]
                .0
                .cmp(&nodes[b as usize].0)
                .then(a.cmp(&b))
        });
        let mut remap = vec![0u32; nodes.len()];
        let mut ids: Vec<String> = Vec::with_capacity(nodes.len());
        let mut kinds = Vec::with_capacity(nodes.len());
        for &old in &order {
            let (id, kind) = &nodes[old as usize];
            if ids.last() != Some(id) {
                ids.push(id.clone());
                kinds.push(*kind);
            }
            remap[old as usize] = (ids.len() - 1) as u32;
        }
        let n = ids.len();

        // Both directions packed in one u64 so that a single sort + dedup gives every
        // adjacency list sorted and duplicate-free.
        let mut arcs: Vec<u64> = Vec::with_capacity(edges.len() * 2);
        for &(a, b) in edges {
            let (Some(&a), Some(&b)) = (remap.get(a as usize), remap.get(b as usize)) else {
                continue;
            };
            if a != b {
                arcs.push(((a as u64) << 32) | b as u64);
                arcs.push(((b as u64) << 32) | a as u64);
            }
        }
        arcs.sort_unstable();
        arcs.dedup();

        let mut offsets = vec![0usize; n + 1];
        for &arc in &arcs {
            offsets[(arc >> 32) as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let targets = arcs.iter().map(|&arc| arc as u32).collect();
        Graph {
            ids,
            kinds,
            offsets,
            targets,
        }
    }

    /// A petgraph view of the same graph: node weight is the node index here, so
    /// `NodeIndex::new(i)` is node `i`; edges in ascending order.
    #[cfg(feature = "petgraph")]
    pub fn to_petgraph(&self) -> petgraph::graph::UnGraph<u32, ()> {
        let mut g = petgraph::graph::UnGraph::with_capacity(self.len(), self.edge_count());
        for i in 0..self.len() as u32 {
            g.add_node(i);
        }
        for (a, b) in self.edges() {
            g.add_edge(a.into(), b.into(), ());
        }
        g
    }

    /// Builds a graph from a petgraph graph whose node weights are ids (kinds all `Party`
    /// unless given); the inverse of [`Graph::to_petgraph`] for tests and tools.
    #[cfg(feature = "petgraph")]
    pub fn from_petgraph<N: AsRef<str>, E>(
        pg: &petgraph::graph::UnGraph<N, E>,
        kind: impl Fn(&N) -> NodeKind,
    ) -> Graph {
        let nodes = pg
            .node_weights()
            .map(|w| (w.as_ref().to_string(), kind(w)))
            .collect();
        let edges: Vec<(u32, u32)> = pg
            .edge_indices()
            .filter_map(|e| pg.edge_endpoints(e))
            .map(|(a, b)| (a.index() as u32, b.index() as u32))
            .collect();
        Graph::from_parts(nodes, &edges)
    }
}

/// Id → position in the node list, built once per graph (one hash map, no per-edge search).
struct Nodes<'a> {
    list: Vec<(String, NodeKind)>,
    index: HashMap<&'a str, u32>,
}

impl<'a> Nodes<'a> {
    fn with_capacity(n: usize) -> Self {
        Nodes {
            list: Vec::with_capacity(n),
            index: HashMap::with_capacity(n),
        }
    }
    /// Adds a node unless the id is already there (the first kind wins).
    fn add(&mut self, id: &'a str, kind: NodeKind) -> u32 {
        let next = self.list.len() as u32;
        *self.index.entry(id).or_insert_with(|| {
            self.list.push((id.to_string(), kind));
            next
        })
    }
    fn get(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }
}

/// Pushes an edge when both ends are known.
fn link(edges: &mut Vec<(u32, u32)>, a: Option<u32>, b: Option<u32>) {
    if let (Some(a), Some(b)) = (a, b) {
        edges.push((a, b));
    }
}

/// The metrics graph: every party, person and table; table–party per membership, table–person
/// per membership naming a person, person–party per person, one edge per relationship,
/// table–table per `rapporteert_aan`. Edges to unknown ids are skipped.
pub fn metrics_graph(map: &Map) -> Graph {
    let mut nodes = Nodes::with_capacity(map.parties.len() + map.persons.len() + map.tables.len());
    for p in &map.parties {
        nodes.add(&p.id, NodeKind::Party);
    }
    for p in &map.persons {
        nodes.add(&p.id, NodeKind::Person);
    }
    for t in &map.tables {
        nodes.add(&t.id, NodeKind::Table);
    }
    let mut edges =
        Vec::with_capacity(map.memberships.len() * 2 + map.persons.len() + map.relations.len());
    for m in &map.memberships {
        let t = nodes.get(&m.table);
        link(&mut edges, t, nodes.get(&m.party));
        if let Some(p) = &m.person {
            link(&mut edges, t, nodes.get(p));
        }
    }
    for p in &map.persons {
        link(&mut edges, nodes.get(&p.id), nodes.get(&p.party));
    }
    for r in &map.relations {
        link(&mut edges, nodes.get(&r.from), nodes.get(&r.to));
    }
    add_reporting(map, &nodes, &mut edges);
    Graph::from_parts(nodes.list, &edges)
}

/// The member graph: tables and members (the person when a membership names one, else the
/// party); table–member per membership, member–member per relationship whose two ends are both
/// members, table–table per `rapporteert_aan`.
///
/// A membership whose member id names no party or person of the map is skipped, like any
/// edge to an unknown id; the member's kind is what the map says the id is.
pub fn member_graph(map: &Map) -> Graph {
    let index = map.index();
    let mut nodes = Nodes::with_capacity(map.tables.len() + map.memberships.len().min(1 << 20));
    for t in &map.tables {
        nodes.add(&t.id, NodeKind::Table);
    }
    let mut edges = Vec::with_capacity(map.memberships.len() + map.relations.len());
    // Whether node `i` was added as a member: relationships only link members.
    let mut is_member: Vec<bool> = Vec::new();
    for m in &map.memberships {
        let member = m.person.as_deref().unwrap_or(&m.party);
        let (Some(t), Some((kind, _))) = (nodes.get(&m.table), index.get(member)) else {
            continue;
        };
        // A table is never a member, and a seat must be at a table.
        if kind == NodeKind::Table || index.table(&m.table).is_none() {
            continue;
        }
        let id = nodes.add(member, kind);
        if is_member.len() <= id as usize {
            is_member.resize(id as usize + 1, false);
        }
        is_member[id as usize] = true;
        edges.push((t, id));
    }
    let member = |id: &str| {
        nodes
            .get(id)
            .filter(|&i| is_member.get(i as usize) == Some(&true))
    };
    for r in &map.relations {
        link(&mut edges, member(&r.from), member(&r.to));
    }
    add_reporting(map, &nodes, &mut edges);
    Graph::from_parts(nodes.list, &edges)
}

/// Table–table edges for every `rapporteert_aan` whose target is a known table.
fn add_reporting(map: &Map, nodes: &Nodes<'_>, edges: &mut Vec<(u32, u32)>) {
    for t in &map.tables {
        let from = nodes.get(&t.id);
        for to in &t.reports_to {
            link(edges, from, nodes.get(to));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Domain, Layer, Membership, Party, PartyKind, Person, Relation, Role, Set, Table, TableKind,
    };

    fn party(id: &str) -> Party {
        Party::new(id, id, PartyKind::Gemeente)
    }
    fn person(id: &str, party: &str) -> Person {
        Person {
            id: id.into(),
            name: id.into(),
            party: party.into(),
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: vec![],
        }
    }
    fn table(id: &str, reports_to: &[&str]) -> Table {
        Table {
            id: id.into(),
            name: id.into(),
            kind: TableKind::Tafel,
            domains: Set::one(Domain::Casus),
            layers: Set::one(Layer::Operationeel),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: vec![],
            reports_to: reports_to.iter().map(|s| s.to_string()).collect(),
            attributes: vec![],
        }
    }
    fn seat(table: &str, party: &str, person: Option<&str>) -> Membership {
        Membership {
            table: table.into(),
            party: party.into(),
            person: person.map(Into::into),
            role: Role::Lid,
            attributes: vec![],
        }
    }
    fn rel(from: &str, to: &str) -> Relation {
        Relation {
            from: from.into(),
            to: to.into(),
            kind: String::new(),
            domains: Set::empty(),
            layers: Set::empty(),
            quality: None,
            note: String::new(),
            attributes: vec![],
        }
    }

    /// Parties b, a; person p (of a), q (of b); tables t1 → t2 (reporting), t2 → unknown.
    /// Memberships: t1–a by p (twice: a double link), t1–b, t2–b by q, t2–zz (unknown party).
    /// Relations: a–b, b–a (the same pair), p–q, p–p (a self-loop), a–nobody.
    fn sample() -> Map {
        Map {
            parties: vec![party("b"), party("a")],
            persons: vec![person("p", "a"), person("q", "b")],
            tables: vec![table("t1", &["t2"]), table("t2", &["ghost"])],
            memberships: vec![
                seat("t1", "a", Some("p")),
                seat("t1", "a", Some("p")),
                seat("t1", "b", None),
                seat("t2", "b", Some("q")),
                seat("t2", "zz", None),
            ],
            relations: vec![
                rel("a", "b"),
                rel("b", "a"),
                rel("p", "q"),
                rel("p", "p"),
                rel("a", "nobody"),
            ],
            ..Map::default()
        }
    }

    fn edge_ids(g: &Graph) -> Vec<(String, String)> {
        g.edges()
            .map(|(a, b)| (g.ids[a as usize].clone(), g.ids[b as usize].clone()))
            .collect()
    }

    #[test]
    fn metrics_graph_follows_the_spec() {
        let g = metrics_graph(&sample());
        assert_eq!(g.ids, ["a", "b", "p", "q", "t1", "t2"]);
        assert_eq!(g.kinds[0], NodeKind::Party);
        assert_eq!(g.kinds[2], NodeKind::Person);
        assert_eq!(g.kinds[5], NodeKind::Table);
        // By hand: t1–a, t1–p, t1–b, t2–b, t2–q (memberships); p–a, q–b (persons);
        // a–b, p–q (relations, the repeat and the loop dropped); t1–t2 (reporting).
        let want = [
            ("a", "b"),
            ("a", "p"),
            ("a", "t1"),
            ("b", "q"),
            ("b", "t1"),
            ("b", "t2"),
            ("p", "q"),
            ("p", "t1"),
            ("q", "t2"),
            ("t1", "t2"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(edge_ids(&g), want);
        assert_eq!(g.edge_count(), 10);
        for n in 0..g.len() as u32 {
            assert!(g.neighbors(n).windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn member_graph_uses_persons_where_named() {
        let g = member_graph(&sample());
        // Members: p (t1), b (t1), q (t2); zz is unknown. a is no member (it sits via p).
        assert_eq!(g.ids, ["b", "p", "q", "t1", "t2"]);
        // t1–p, t1–b, t2–q, p–q (relation between members; a–b dropped: a is no member),
        // t1–t2.
        let want = [
            ("b", "t1"),
            ("p", "q"),
            ("p", "t1"),
            ("q", "t2"),
            ("t1", "t2"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(edge_ids(&g), want);
    }

    #[test]
    #[cfg(feature = "petgraph")]
    fn petgraph_round_trip_keeps_edges() {
        let g = metrics_graph(&sample());
        let pg = g.to_petgraph();
        assert_eq!(pg.node_count(), g.len());
        assert_eq!(pg.edge_count(), g.edge_count());
        let named = pg.map(|_, &i| g.ids[i as usize].clone(), |_, _| ());
        let back = Graph::from_petgraph(&named, |_| NodeKind::Party);
        assert_eq!(back.ids, g.ids);
        assert_eq!(back.offsets, g.offsets);
        assert_eq!(back.targets, g.targets);
    }

    #[test]
    fn empty_map_gives_empty_graph() {
        let g = metrics_graph(&Map::default());
        assert!(g.is_empty());
        assert_eq!(g.offsets, [0]);
        assert_eq!(member_graph(&Map::default()).edge_count(), 0);
    }
}
