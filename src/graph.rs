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

/// Builds the CSR graph over `nodes` (any order; duplicates keep the first kind) from `edges`
/// given as id pairs. Edges naming unknown ids and self-loops are skipped; pairs linked twice
/// count once.
fn build<'a>(
    nodes: impl IntoIterator<Item = (&'a str, NodeKind)>,
    edges: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Graph {
    let mut list: Vec<(&str, NodeKind)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (id, kind) in nodes {
        if seen.insert(id) {
            list.push((id, kind));
        }
    }
    list.sort_by(|a, b| a.0.cmp(b.0));
    let ids: Vec<String> = list.iter().map(|(id, _)| (*id).to_string()).collect();
    let kinds: Vec<NodeKind> = list.iter().map(|(_, k)| *k).collect();
    let lookup = |id: &str| ids.binary_search_by(|x| x.as_str().cmp(id)).ok();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (a, b) in edges {
        let (Some(a), Some(b)) = (lookup(a), lookup(b)) else {
            continue;
        };
        if a != b {
            pairs.push((a as u32, b as u32));
            pairs.push((b as u32, a as u32));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut offsets = vec![0usize; ids.len() + 1];
    for &(a, _) in &pairs {
        offsets[a as usize + 1] += 1;
    }
    for i in 0..ids.len() {
        offsets[i + 1] += offsets[i];
    }
    let targets = pairs.into_iter().map(|(_, b)| b).collect();
    Graph {
        ids,
        kinds,
        offsets,
        targets,
    }
}

/// Every party, person and table of `map` with its kind.
fn all_nodes(map: &Map) -> impl Iterator<Item = (&str, NodeKind)> {
    map.parties
        .iter()
        .map(|p| (p.id.as_str(), NodeKind::Party))
        .chain(
            map.persons
                .iter()
                .map(|p| (p.id.as_str(), NodeKind::Person)),
        )
        .chain(map.tables.iter().map(|t| (t.id.as_str(), NodeKind::Table)))
}

/// The `rapporteert_aan` edges between tables.
fn reporting_edges(map: &Map) -> impl Iterator<Item = (&str, &str)> {
    map.tables.iter().flat_map(|t| {
        t.reports_to
            .iter()
            .map(move |r| (t.id.as_str(), r.as_str()))
    })
}

/// The metrics graph: every party, person and table; table–party per membership, table–person
/// per membership naming a person, person–party per person, one edge per relationship,
/// table–table per `rapporteert_aan`. Edges to unknown ids are skipped.
pub fn metrics_graph(map: &Map) -> Graph {
    let memberships = map.memberships.iter().flat_map(|m| {
        std::iter::once((m.table.as_str(), m.party.as_str()))
            .chain(m.person.as_deref().map(|p| (m.table.as_str(), p)))
    });
    let own_party = map
        .persons
        .iter()
        .map(|p| (p.id.as_str(), p.party.as_str()));
    let relations = map
        .relations
        .iter()
        .map(|r| (r.from.as_str(), r.to.as_str()));
    build(
        all_nodes(map),
        memberships
            .chain(own_party)
            .chain(relations)
            .chain(reporting_edges(map)),
    )
}

/// The member graph: tables and members (the person when a membership names one, else the
/// party); table–member per membership, member–member per relationship whose two ends are both
/// members, table–table per `rapporteert_aan`.
pub fn member_graph(map: &Map) -> Graph {
    let index = map.index();
    let member_of = |m: &'_ crate::model::Membership| -> Option<(String, NodeKind)> {
        match &m.person {
            Some(p) if index.person(p).is_some() => Some((p.clone(), NodeKind::Person)),
            Some(_) => None,
            None => index
                .party(&m.party)
                .map(|_| (m.party.clone(), NodeKind::Party)),
        }
    };
    let members: Vec<(String, NodeKind)> = map.memberships.iter().filter_map(member_of).collect();
    let is_member: std::collections::HashSet<&str> =
        members.iter().map(|(id, _)| id.as_str()).collect();
    let nodes = map
        .tables
        .iter()
        .map(|t| (t.id.as_str(), NodeKind::Table))
        .chain(members.iter().map(|(id, k)| (id.as_str(), *k)));
    let seats = map.memberships.iter().filter_map(|m| {
        let member = m.person.as_deref().unwrap_or(m.party.as_str());
        is_member
            .contains(member)
            .then_some((m.table.as_str(), member))
    });
    let relations = map
        .relations
        .iter()
        .filter(|r| is_member.contains(r.from.as_str()) && is_member.contains(r.to.as_str()))
        .map(|r| (r.from.as_str(), r.to.as_str()));
    build(nodes, seats.chain(relations).chain(reporting_edges(map)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Membership, Party, PartyKind, Person, Role, Set, Table, TableKind};

    fn party(id: &str) -> Party {
        Party {
            id: id.into(),
            name: id.into(),
            kind: PartyKind::Gemeente,
            werkgebied: vec![],
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: vec![],
        }
    }

    fn table(id: &str, reports_to: &[&str]) -> Table {
        Table {
            id: id.into(),
            name: id.into(),
            kind: TableKind::Tafel,
            domains: Set::empty(),
            layers: Set::empty(),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: vec![],
            reports_to: reports_to.iter().map(|s| s.to_string()).collect(),
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

    /// Parties a, b; person x of a; tables t1 → t2. Seats: (t1, a, x), (t1, b), (t2, b),
    /// plus a duplicate (t1, b) and a seat at an unknown table.
    fn sample() -> Map {
        Map {
            parties: vec![party("b"), party("a")],
            persons: vec![Person {
                id: "x".into(),
                name: "x".into(),
                party: "a".into(),
                function: String::new(),
                layer: None,
                network_roles: Set::empty(),
                hours_per_month: None,
                attributes: vec![],
            }],
            tables: vec![table("t1", &["t2"]), table("t2", &[])],
            memberships: vec![
                seat("t1", "a", Some("x")),
                seat("t1", "b", None),
                seat("t2", "b", None),
                seat("t1", "b", None),
                seat("zz", "b", None),
            ],
            ..Map::default()
        }
    }

    fn edges(g: &Graph) -> Vec<(String, String)> {
        let mut out = vec![];
        for i in 0..g.len() {
            for &j in g.neighbors(i as u32) {
                if (i as u32) < j {
                    out.push((g.ids[i].clone(), g.ids[j as usize].clone()));
                }
            }
        }
        out
    }

    #[test]
    fn metrics_graph_links_seats_persons_and_reporting() {
        let g = metrics_graph(&sample());
        assert_eq!(g.ids, ["a", "b", "t1", "t2", "x"]);
        // By hand: t1–a, t1–x, t1–b, t2–b, x–a, t1–t2; the duplicate and the unknown table
        // add nothing.
        let mut want = vec![
            ("a", "t1"),
            ("a", "x"),
            ("b", "t1"),
            ("b", "t2"),
            ("t1", "t2"),
            ("t1", "x"),
        ];
        want.sort();
        let want: Vec<(String, String)> = want
            .into_iter()
            .map(|(a, b)| (a.into(), b.into()))
            .collect();
        assert_eq!(edges(&g), want);
        assert_eq!(g.edge_count(), 6);
    }

    #[test]
    fn member_graph_uses_the_person_where_named() {
        let g = member_graph(&sample());
        // Members: x (for a, via the person) and b; a itself is no member.
        assert_eq!(g.ids, ["b", "t1", "t2", "x"]);
        assert_eq!(g.edge_count(), 4); // t1–x, t1–b, t2–b, t1–t2
    }
}
