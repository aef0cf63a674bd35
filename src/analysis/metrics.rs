//! Centralities and structure on a [`Graph`]: betweenness and closeness as networkx computes
//! them, articulation points, bridges and components.
//!
//! INTERFACE CONTRACT (fixed; implementations to be filled in):

use crate::graph::Graph;

/// networkx `betweenness_centrality(G, normalized=True)` for every node, by node index.
pub fn betweenness(g: &Graph) -> Vec<f64> {
    let _ = g;
    todo!()
}

/// networkx `closeness_centrality(G)` (Wasserman–Faust for disconnected graphs), by node index.
pub fn closeness(g: &Graph) -> Vec<f64> {
    let _ = g;
    todo!()
}

/// Whether each node is an articulation point (cut vertex).
pub fn articulation_points(g: &Graph) -> Vec<bool> {
    let _ = g;
    todo!()
}

/// The bridges (cut edges) as node-index pairs `(a, b)` with `a < b`, sorted.
pub fn bridges(g: &Graph) -> Vec<(u32, u32)> {
    let _ = g;
    todo!()
}

/// The connected component of each node: components are numbered 0.. by decreasing size,
/// ties by smallest node index.
pub fn components(g: &Graph) -> Vec<u32> {
    let _ = g;
    todo!()
}
