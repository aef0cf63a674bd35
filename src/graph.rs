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
        self.ids.binary_search_by(|x| x.as_str().cmp(id)).ok().map(|i| i as u32)
    }
}

/// The metrics graph: every party, person and table; table–party per membership, table–person
/// per membership naming a person, person–party per person, one edge per relationship,
/// table–table per `rapporteert_aan`. Edges to unknown ids are skipped.
pub fn metrics_graph(map: &Map) -> Graph {
    let _ = map;
    todo!()
}

/// The member graph: tables and members (the person when a membership names one, else the
/// party); table–member per membership, member–member per relationship whose two ends are both
/// members, table–table per `rapporteert_aan`.
pub fn member_graph(map: &Map) -> Graph {
    let _ = map;
    todo!()
}
