//! What-if: "what if this person, party or table leaves?" — which tables and members lose their
//! connection to the rest, and which triangles change state.
//!
//! *Cut off* is defined on the member graph: take the connected component the leaver was in;
//! without the leaver it may fall apart into pieces. The largest piece (on a tie: the one holding
//! the smallest id) is "the rest"; every other piece is cut off. A person leaving takes their
//! seats and relationships along; a party leaving takes its persons, every seat it holds and
//! their relationships; a table leaving takes its seats and the reporting lines to it.
//!
//! [`without`] rebuilds the map and compares (for the app: one question at a time).
//! [`Cuts`] answers the same question for every node of a graph in one depth-first search
//! (Tarjan's low-points; a child subtree whose low-point does not reach above the node is a
//! piece), which is what `single_point_of_failure` uses on every run.

use super::Thresholds;
use super::context::Ctx;
use super::metrics;
use super::triangle::{self, Legs, TriangleState};
use crate::graph::Graph;
use crate::model::{Domain, Map, NodeKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// A triangle whose state differs with and without the leaver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriangleChange {
    pub domain: Domain,
    pub werkgebied: Option<String>,
    pub before: TriangleState,
    pub after: TriangleState,
    pub legs_before: Legs,
    pub legs_after: Legs,
}

/// The answer to "what if `removed` leaves?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIf {
    /// The id asked about.
    pub removed: String,
    /// Whether the id names a party, person or table of the map (if not, nothing changes).
    pub known: bool,
    /// Tables cut off from the rest of the member graph, sorted by id.
    pub cut_off_tables: Vec<String>,
    /// Members (persons, or parties seated without a person) cut off, sorted by id.
    pub cut_off_members: Vec<String>,
    /// Parties all of whose remaining members (the party itself, its own persons) are cut off,
    /// sorted by id: the organisations that lose their connection to the rest.
    pub cut_off_parties: Vec<String>,
    /// Connected components of the member graph before and after.
    pub components_before: usize,
    pub components_after: usize,
    /// Triangles that change state, in the order of the analysis' triangles.
    pub triangles_changed: Vec<TriangleChange>,
}

/// What happens when the party, person or table `id` leaves the map.
pub fn without(map: &Map, id: &str, t: &Thresholds) -> WhatIf {
    let _ = t; // Kept in the signature: later questions (load shifting) will need thresholds.
    let before = Ctx::new(map);
    let kind = before.index.get(id).map(|(k, _)| k);
    let reduced = kind
        .map(|k| remove(map, id, k))
        .unwrap_or_else(|| map.clone());
    let after = Ctx::new(&reduced);

    let (gb, ga) = (&before.member, &after.member);
    let cb = metrics::components(gb);
    let ca = metrics::components(ga);
    // After-pieces grouped by the before-component they come from.
    let mut pieces: BTreeMap<u32, BTreeMap<u32, Vec<u32>>> = BTreeMap::new();
    for (n, id) in ga.ids.iter().enumerate() {
        if let Some(b) = gb.node(id) {
            pieces
                .entry(cb[b as usize])
                .or_default()
                .entry(ca[n])
                .or_default()
                .push(n as u32);
        }
    }
    let (mut tables, mut members) = (Vec::new(), Vec::new());
    for group in pieces.values() {
        if group.len() < 2 {
            continue;
        }
        // Nodes are pushed in index order, so a piece's first node is its smallest id.
        let keep = group
            .iter()
            .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.1[0].cmp(&a.1[0])))
            .map(|(c, _)| *c);
        for (c, nodes) in group {
            if Some(*c) == keep {
                continue;
            }
            for &n in nodes {
                let target = if ga.kinds[n as usize] == NodeKind::Table {
                    &mut tables
                } else {
                    &mut members
                };
                target.push(ga.ids[n as usize].clone());
            }
        }
    }
    tables.sort();
    members.sort();
    let cut: HashSet<&str> = members.iter().map(String::as_str).collect();
    let mut parties: Vec<String> = reduced
        .parties
        .iter()
        .filter(|p| {
            let own = reduced
                .persons
                .iter()
                .filter(|x| x.party == p.id)
                .map(|x| x.id.as_str());
            let nodes: Vec<&str> = std::iter::once(p.id.as_str())
                .chain(own)
                .filter(|id| ga.node(id).is_some())
                .collect();
            !nodes.is_empty() && nodes.iter().all(|id| cut.contains(id))
        })
        .map(|p| p.id.clone())
        .collect();
    parties.sort();

    let tb = triangle::triangles(&before);
    let ta = triangle::triangles(&after);
    let mut triangles_changed = Vec::new();
    for x in &tb {
        let gone = x.werkgebied.as_deref() == Some(id);
        let y = ta
            .iter()
            .find(|y| y.domain == x.domain && y.werkgebied == x.werkgebied);
        let (state, legs) = match y {
            Some(y) => (y.state, y.legs),
            None if gone => (TriangleState::Afwezig, Legs::default()),
            None => continue,
        };
        if state != x.state {
            triangles_changed.push(TriangleChange {
                domain: x.domain,
                werkgebied: x.werkgebied.clone(),
                before: x.state,
                after: state,
                legs_before: x.legs,
                legs_after: legs,
            });
        }
    }

    WhatIf {
        removed: id.to_string(),
        known: kind.is_some(),
        cut_off_tables: tables,
        cut_off_members: members,
        cut_off_parties: parties,
        components_before: count(&cb),
        components_after: count(&ca),
        triangles_changed,
    }
}

fn count(components: &[u32]) -> usize {
    components
        .iter()
        .map(|c| *c as usize + 1)
        .max()
        .unwrap_or(0)
}

/// The map without `id` and everything that hangs on it.
fn remove(map: &Map, id: &str, kind: NodeKind) -> Map {
    let mut m = map.clone();
    match kind {
        NodeKind::Person => {
            m.persons.retain(|p| p.id != id);
            m.memberships.retain(|s| s.person.as_deref() != Some(id));
            m.relations.retain(|r| r.from != id && r.to != id);
        }
        NodeKind::Party => {
            let gone: HashSet<String> = map
                .persons
                .iter()
                .filter(|p| p.party == id)
                .map(|p| p.id.clone())
                .chain([id.to_string()])
                .collect();
            m.parties.retain(|p| p.id != id);
            m.persons.retain(|p| p.party != id);
            m.memberships
                .retain(|s| s.party != id && s.person.as_ref().is_none_or(|x| !gone.contains(x)));
            m.relations
                .retain(|r| !gone.contains(&r.from) && !gone.contains(&r.to));
        }
        NodeKind::Table => {
            m.tables.retain(|t| t.id != id);
            m.memberships.retain(|s| s.table != id);
            for t in &mut m.tables {
                t.reports_to.retain(|u| u != id);
            }
        }
    }
    m
}

/// For every node of a graph at once: is it a cut vertex, and what would its removal cut off
/// (same definition as [`without`] for a single node).
pub(crate) struct Cuts {
    disc: Vec<u32>,
    order: Vec<u32>,
    size: Vec<u32>,
    min_index: Vec<u32>,
    root: Vec<u32>,
    /// Children whose subtree becomes a separate piece when the node goes.
    separated: Vec<Vec<u32>>,
}

impl Cuts {
    pub fn new(g: &Graph) -> Self {
        let n = g.len();
        const NONE: u32 = u32::MAX;
        let mut c = Cuts {
            disc: vec![NONE; n],
            order: Vec::with_capacity(n),
            size: vec![1; n],
            min_index: (0..n as u32).collect(),
            root: vec![NONE; n],
            separated: vec![Vec::new(); n],
        };
        let mut low = vec![0u32; n];
        let mut parent = vec![NONE; n];
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for s in 0..n as u32 {
            if c.disc[s as usize] != NONE {
                continue;
            }
            let visit = |c: &mut Cuts, low: &mut Vec<u32>, v: u32| {
                let t = c.order.len() as u32;
                c.disc[v as usize] = t;
                low[v as usize] = t;
                c.root[v as usize] = s;
                c.order.push(v);
            };
            visit(&mut c, &mut low, s);
            stack.push((s, 0));
            while let Some(top) = stack.last_mut() {
                let (v, i) = *top;
                let nb = g.neighbors(v);
                if i < nb.len() {
                    top.1 += 1;
                    let w = nb[i];
                    if c.disc[w as usize] == NONE {
                        parent[w as usize] = v;
                        visit(&mut c, &mut low, w);
                        stack.push((w, 0));
                    } else if w != parent[v as usize] {
                        low[v as usize] = low[v as usize].min(c.disc[w as usize]);
                    }
                } else {
                    stack.pop();
                    let p = parent[v as usize];
                    if p != NONE {
                        let (p, v) = (p as usize, v as usize);
                        c.size[p] += c.size[v];
                        c.min_index[p] = c.min_index[p].min(c.min_index[v]);
                        low[p] = low[p].min(low[v]);
                        if low[v] >= c.disc[p] {
                            c.separated[p].push(v as u32);
                        }
                    }
                }
            }
        }
        c
    }

    fn is_root(&self, v: u32) -> bool {
        self.root[v as usize] == v
    }

    /// Whether removing `v` splits its component.
    pub fn is_cut(&self, v: u32) -> bool {
        let k = self.separated[v as usize].len();
        if self.is_root(v) { k >= 2 } else { k >= 1 }
    }

    fn subtree(&self, c: u32) -> &[u32] {
        let start = self.disc[c as usize] as usize;
        &self.order[start..start + self.size[c as usize] as usize]
    }

    /// The nodes cut off from the rest when `v` goes, sorted by node index (empty when `v` is
    /// not a cut vertex).
    pub fn cut_off(&self, v: u32) -> Vec<u32> {
        if !self.is_cut(v) {
            return Vec::new();
        }
        let seps = &self.separated[v as usize];
        let r = self.root[v as usize];
        // Pieces as (size, smallest index, Some(child) | None for the rest).
        let mut pieces: Vec<(u32, u32, Option<u32>)> = seps
            .iter()
            .map(|&c| (self.size[c as usize], self.min_index[c as usize], Some(c)))
            .collect();
        if !self.is_root(v) {
            let rest = self.size[r as usize]
                - 1
                - seps.iter().map(|&c| self.size[c as usize]).sum::<u32>();
            // The rest holds the DFS root, which is the smallest index of the component.
            pieces.push((rest, r, None));
        }
        let keep = pieces
            .iter()
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
            .and_then(|p| p.2);
        let mut out = Vec::new();
        for p in &pieces {
            match p.2 {
                Some(c) if Some(c) != keep => out.extend_from_slice(self.subtree(c)),
                None if keep.is_some() => {
                    // The rest is cut off: everything of the component outside v and its pieces.
                    let inside = |n: u32| {
                        let d = self.disc[n as usize];
                        seps.iter().any(|&c| {
                            let s = self.disc[c as usize];
                            d >= s && d < s + self.size[c as usize]
                        })
                    };
                    out.extend(
                        self.subtree(r)
                            .iter()
                            .copied()
                            .filter(|&n| n != v && !inside(n)),
                    );
                }
                _ => {}
            }
        }
        out.sort_unstable();
        out
    }
}
