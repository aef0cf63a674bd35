//! Centralities and structure on a [`Graph`]: betweenness and closeness as networkx computes
//! them, articulation points, bridges and components.
//!
//! INTERFACE CONTRACT (fixed; implementations to be filled in):

use crate::graph::Graph;

/// networkx `betweenness_centrality(G, normalized=True)` for every node, by node index.
pub fn betweenness(g: &Graph) -> Vec<f64> {
    // Plain Brandes (placeholder implementation).
    let n = g.len();
    let mut bc = vec![0.0; n];
    for s in 0..n {
        let mut stack = Vec::new();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = std::collections::VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in g.neighbors(v as u32) {
                let w = w as usize;
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0; n];
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for b in &mut bc {
            *b *= scale;
        }
    }
    bc
}

/// networkx `closeness_centrality(G)` (Wasserman–Faust for disconnected graphs), by node index.
pub fn closeness(g: &Graph) -> Vec<f64> {
    let n = g.len();
    (0..n)
        .map(|s| {
            let d = bfs(g, s, usize::MAX);
            let reach: Vec<usize> = d.iter().filter_map(|x| *x).collect();
            let tot: usize = reach.iter().sum();
            let r = reach.len();
            if tot > 0 && n > 1 {
                let c = (r - 1) as f64 / tot as f64;
                c * (r - 1) as f64 / (n - 1) as f64
            } else {
                0.0
            }
        })
        .collect()
}

fn bfs(g: &Graph, s: usize, skip: usize) -> Vec<Option<usize>> {
    let mut d = vec![None; g.len()];
    if s == skip {
        return d;
    }
    d[s] = Some(0);
    let mut queue = std::collections::VecDeque::from([s]);
    while let Some(v) = queue.pop_front() {
        for &w in g.neighbors(v as u32) {
            let w = w as usize;
            if w != skip && d[w].is_none() {
                d[w] = Some(d[v].unwrap_or(0) + 1);
                queue.push_back(w);
            }
        }
    }
    d
}

fn count_components(g: &Graph, skip: usize) -> usize {
    let mut seen = vec![false; g.len()];
    let mut count = 0;
    for s in 0..g.len() {
        if s == skip || seen[s] {
            continue;
        }
        count += 1;
        for (i, x) in bfs(g, s, skip).iter().enumerate() {
            if x.is_some() {
                seen[i] = true;
            }
        }
    }
    count
}

/// Whether each node is an articulation point (cut vertex).
pub fn articulation_points(g: &Graph) -> Vec<bool> {
    let before = count_components(g, usize::MAX);
    (0..g.len())
        .map(|v| {
            let isolated = g.neighbors(v as u32).is_empty();
            !isolated && count_components(g, v) > before
        })
        .collect()
}

/// The bridges (cut edges) as node-index pairs `(a, b)` with `a < b`, sorted.
pub fn bridges(g: &Graph) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for a in 0..g.len() as u32 {
        for &b in g.neighbors(a) {
            if a < b {
                // Reachability of b from a without the edge a–b.
                let mut seen = vec![false; g.len()];
                seen[a as usize] = true;
                let mut stack = vec![a];
                while let Some(v) = stack.pop() {
                    for &w in g.neighbors(v) {
                        if (v == a && w == b) || seen[w as usize] {
                            continue;
                        }
                        seen[w as usize] = true;
                        stack.push(w);
                    }
                }
                if !seen[b as usize] {
                    out.push((a, b));
                }
            }
        }
    }
    out
}

/// The connected component of each node: components are numbered 0.. by decreasing size,
/// ties by smallest node index.
pub fn components(g: &Graph) -> Vec<u32> {
    let n = g.len();
    let mut comp = vec![u32::MAX; n];
    let mut groups: Vec<(usize, usize, u32)> = Vec::new();
    let mut next = 0u32;
    for s in 0..n {
        if comp[s] != u32::MAX {
            continue;
        }
        let d = bfs(g, s, usize::MAX);
        let mut size = 0;
        for (i, x) in d.iter().enumerate() {
            if x.is_some() {
                comp[i] = next;
                size += 1;
            }
        }
        groups.push((size, s, next));
        next += 1;
    }
    groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut renumber = vec![0u32; groups.len()];
    for (new, (_, _, old)) in groups.iter().enumerate() {
        renumber[*old as usize] = new as u32;
    }
    comp.iter().map(|c| renumber[*c as usize]).collect()
}
