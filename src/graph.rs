//! The two graphs of `spec/analysis.md` built from a [`Map`]: the metrics graph and the
//! member graph. Undirected, simple, deterministic (nodes in sorted-id order).
//!
//! INTERFACE CONTRACT (fixed; implementation to be filled in):

use crate::model::{Map, NodeKind};

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
    pub fn len(&self) -> usize {
        self.ids.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
    /// Number of undirected edges.
    pub fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }
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
}

/// The metrics graph: every party, person and table; table–party per membership, table–person
/// per membership naming a person, person–party per person, one edge per relationship,
/// table–table per `rapporteert_aan`. Edges to unknown ids are skipped.
pub fn metrics_graph(map: &Map) -> Graph {
    let mut b = Builder::new(map);
    for m in &map.memberships {
        b.edge(&m.table, &m.party);
        if let Some(p) = &m.person {
            b.edge(&m.table, p);
        }
    }
    for p in &map.persons {
        b.edge(&p.id, &p.party);
    }
    for r in &map.relations {
        b.edge(&r.from, &r.to);
    }
    for t in &map.tables {
        for u in &t.reports_to {
            b.edge(&t.id, u);
        }
    }
    b.finish(|_| true)
}

/// The member graph: tables and members (the person when a membership names one, else the
/// party); table–member per membership, member–member per relationship whose two ends are both
/// members, table–table per `rapporteert_aan`.
pub fn member_graph(map: &Map) -> Graph {
    let mut b = Builder::new(map);
    let mut members = std::collections::HashSet::new();
    for m in &map.memberships {
        let member = m.person.as_ref().unwrap_or(&m.party);
        if b.known(&m.table) && b.known(member) {
            members.insert(member.clone());
            b.edge(&m.table, member);
        }
    }
    for r in &map.relations {
        if members.contains(&r.from) && members.contains(&r.to) {
            b.edge(&r.from, &r.to);
        }
    }
    for t in &map.tables {
        for u in &t.reports_to {
            b.edge(&t.id, u);
        }
    }
    b.finish(|(id, kind)| *kind == NodeKind::Table || members.contains(*id))
}

/// Simple placeholder builder: collects id pairs, then sorts into CSR.
struct Builder<'a> {
    kinds: std::collections::HashMap<&'a str, NodeKind>,
    edges: Vec<(String, String)>,
}

impl<'a> Builder<'a> {
    fn new(map: &'a Map) -> Self {
        let mut kinds = std::collections::HashMap::new();
        for p in &map.parties {
            kinds.entry(p.id.as_str()).or_insert(NodeKind::Party);
        }
        for p in &map.persons {
            kinds.entry(p.id.as_str()).or_insert(NodeKind::Person);
        }
        for t in &map.tables {
            kinds.entry(t.id.as_str()).or_insert(NodeKind::Table);
        }
        Builder {
            kinds,
            edges: Vec::new(),
        }
    }

    fn known(&self, id: &str) -> bool {
        self.kinds.contains_key(id)
    }

    fn edge(&mut self, a: &str, b: &str) {
        if a != b && self.known(a) && self.known(b) {
            self.edges.push((a.to_string(), b.to_string()));
        }
    }

    fn finish(self, keep: impl Fn(&(&str, NodeKind)) -> bool) -> Graph {
        let mut nodes: Vec<(&str, NodeKind)> = self
            .kinds
            .iter()
            .map(|(k, v)| (*k, *v))
            .filter(|x| keep(x))
            .collect();
        nodes.sort();
        let ids: Vec<String> = nodes.iter().map(|(k, _)| k.to_string()).collect();
        let kinds: Vec<NodeKind> = nodes.iter().map(|(_, k)| *k).collect();
        let pos = |id: &str| ids.binary_search_by(|x| x.as_str().cmp(id)).ok();
        let mut adj: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
        for (a, b) in &self.edges {
            if let (Some(a), Some(b)) = (pos(a), pos(b)) {
                adj[a].push(b as u32);
                adj[b].push(a as u32);
            }
        }
        let mut offsets = vec![0];
        let mut targets = Vec::new();
        for mut l in adj {
            l.sort_unstable();
            l.dedup();
            targets.extend(l);
            offsets.push(targets.len());
        }
        Graph {
            ids,
            kinds,
            offsets,
            targets,
        }
    }
}
