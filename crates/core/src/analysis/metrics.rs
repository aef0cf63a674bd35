//! Centralities and structure on a [`Graph`]: betweenness and closeness as networkx computes
//! them, articulation points, bridges, components and density.
//!
//! The spec computes degree, betweenness and closeness on the metrics graph, and articulation
//! points and bridges on the member graph (`crate::graph`); every function here works on
//! either, so a caller picks: [`compute`] on the metrics graph, [`cut_structure`] on the
//! member graph.
//!
//! Betweenness is Brandes' algorithm: one breadth-first search per source, then a backward
//! sweep that accumulates dependencies. Closeness needs the same searches, so [`centralities`]
//! does both in one pass. To make that fast enough for a whole country (26,000 nodes):
//!
//! - pendant nodes (degree 1) are folded into their neighbour with a weight, exactly, so
//!   neither searched from nor visited (a third of a typical map: persons who sit nowhere);
//! - the remaining graph is renumbered in breadth-first order, for memory locality;
//! - the search avoids data-dependent branches and records each node's successors, so the
//!   backward sweep reads a flat list;
//! - sources are spread over rayon's threads in chunks; each chunk owns its buffers and
//!   resets only what it touched, so a source costs no allocation.
//!
//! `tests/metrics.rs` checks every figure against networkx to 1e-9, and a property test
//! checks the optimised pass against textbook Brandes on random graphs.
//!
//! Exact Brandes costs one search per node, so nodes × links in all: a country map is a few
//! seconds, but a reporting chain of 100,000 tables would be minutes. The analysis therefore
//! calls [`centralities_bounded`]: exact up to [`EXACT_WORK`], beyond that an estimate from
//! sampled sources (Brandes & Pich, "Centrality estimation in large networks", 2007; what
//! networkx' `betweenness_centrality(G, k, seed)` does), scaled up by the share of sources
//! searched, per component. The same searches estimate closeness from the distances to the
//! sampled sources (Eppstein & Wang, "Fast approximation of centrality", 2001). The sample is
//! fixed (a seeded generator over the breadth-first numbering), so the same map gives the same
//! figures, and the output says the figures are estimates.
//!
//! Articulation points and bridges use Tarjan's low-link with an explicit stack: a map can
//! hold a chain tens of thousands of nodes deep, which would overflow the call stack if
//! written recursively.

use crate::graph::Graph;
use rayon::prelude::*;

/// Marks an unvisited node in the search buffers.
const UNSEEN: u32 = u32::MAX;

/// Every figure of this module for one graph, by node index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metrics {
    /// Number of distinct neighbours.
    pub degree: Vec<usize>,
    /// networkx `betweenness_centrality(G, normalized=True)`.
    pub betweenness: Vec<f64>,
    /// networkx `closeness_centrality(G)` (Wasserman–Faust).
    pub closeness: Vec<f64>,
    /// Whether the node is a cut vertex.
    pub articulation: Vec<bool>,
    /// Cut edges as `(a, b)` with `a < b`, sorted.
    pub bridges: Vec<(u32, u32)>,
    /// Component number of each node, 0 the largest (see [`components`]).
    pub components: Vec<u32>,
    /// Number of connected components.
    pub component_count: usize,
    /// networkx `density(G)`.
    pub density: f64,
}

/// Computes every figure of [`Metrics`], the two centralities in one pass. The centralities
/// dominate the cost; when only the structure is needed (the member graph), call
/// [`cut_structure`] and [`components`] directly.
pub fn compute(g: &Graph) -> Metrics {
    let (betweenness, closeness) = centralities(g);
    let (articulation, bridges) = cut_structure(g);
    let components = components(g);
    let component_count = components
        .iter()
        .map(|&c| c as usize + 1)
        .max()
        .unwrap_or(0);
    Metrics {
        degree: (0..g.len() as u32).map(|n| g.degree(n)).collect(),
        betweenness,
        closeness,
        articulation,
        bridges,
        components,
        component_count,
        density: density(g),
    }
}

/// networkx `betweenness_centrality(G, normalized=True)` for every node, by node index.
pub fn betweenness(g: &Graph) -> Vec<f64> {
    centralities(g).0
}

/// networkx `closeness_centrality(G)` (Wasserman–Faust for disconnected graphs), by node index.
pub fn closeness(g: &Graph) -> Vec<f64> {
    all_sources(g, false).1
}

/// Betweenness and closeness together (see [`betweenness`] and [`closeness`]), sharing one
/// breadth-first search per source.
pub fn centralities(g: &Graph) -> (Vec<f64>, Vec<f64>) {
    let (mut bc, cl) = all_sources(g, true);
    let n = g.len();
    // networkx sums dependencies over ordered pairs (s, t) and, normalised and undirected,
    // divides by (n - 1)(n - 2): the number of ordered pairs not containing v. Below three
    // nodes no path has an interior node and the values stay 0.
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for b in &mut bc {
            *b *= scale;
        }
    }
    (bc, cl)
}

/// Search work (node and arc visits: for each source, its component's kept nodes and arcs)
/// above which [`centralities_bounded`] estimates instead of computing exactly: about two
/// seconds on two cores (a synthetic region of 200 municipalities, 15,000 nodes). Regions of
/// the size people map (tens of municipalities, a few thousand nodes) are far below it.
pub const EXACT_WORK: u64 = 500_000_000;

/// The search work an estimate aims at: about three tenths of a second on two cores.
pub const ESTIMATE_WORK: u64 = 100_000_000;

/// A component with at most this many searched nodes is always computed exactly (its work is
/// at most this many times its size, so all of them together stay linear in the graph).
const SMALL_COMPONENT: usize = 256;

/// The fewest sources searched in an estimated component (all of it when it is smaller).
const MIN_PIVOTS: usize = 64;

/// Seed of the source sample: fixed, so that a map always gets the same figures.
const SAMPLE_SEED: u64 = 0x6e65_7477_6572_6b31;

/// Betweenness and closeness by node index, and whether they are estimates.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Centralities {
    /// networkx `betweenness_centrality(G, normalized=True)`, or its estimate.
    pub betweenness: Vec<f64>,
    /// networkx `closeness_centrality(G)`, or its estimate.
    pub closeness: Vec<f64>,
    /// `None` when both are exact; else the number of sources searched.
    pub sampled: Option<usize>,
}

/// [`centralities`] when the exact computation stays within [`EXACT_WORK`]; otherwise
/// estimates from a fixed sample of sources aiming at [`ESTIMATE_WORK`] (see the module
/// documentation).
pub fn centralities_bounded(g: &Graph) -> Centralities {
    centralities_within(g, EXACT_WORK, ESTIMATE_WORK)
}

/// The search work of the exact centralities of `g` (compare with [`EXACT_WORK`]): linear to
/// compute, so callers can budget by it.
pub fn search_work(g: &Graph) -> u64 {
    if g.is_empty() {
        0
    } else {
        Reduced::new(g).work()
    }
}

/// [`centralities_bounded`] with the two work limits given (for tests and benchmarks).
///
/// Estimate, per component of the reduced graph with K kept nodes of which k are sampled
/// uniformly: every node's raw betweenness is K/k times what the sampled sources give it (what
/// networkx does with n/k on one component), an unbiased estimate since sources of one
/// component add only to nodes of that component; likewise K/k times the distances to the
/// sampled sources estimates a node's distance sum, and closeness follows from it with the
/// exact count of nodes reached (the component's size). A sampled source's own closeness is
/// exact. Components that are small, or where the sample would be all, are exact.
pub fn centralities_within(g: &Graph, exact_work: u64, estimate_work: u64) -> Centralities {
    let n = g.len();
    if n == 0 {
        return Centralities::default();
    }
    let r = Reduced::new(g);
    let comps = r.comp_start.len() - 1;
    let work_of = |c: usize| r.component_work(c);
    if r.work() <= exact_work {
        let (betweenness, closeness) = centralities(g);
        return Centralities {
            betweenness,
            closeness,
            sampled: None,
        };
    }
    let big: u64 = (0..comps)
        .filter(|&c| r.comp_start[c + 1] - r.comp_start[c] > SMALL_COMPONENT)
        .map(work_of)
        .sum();
    let share = estimate_work as f64 / big.max(1) as f64;
    let mut rng = SplitMix(SAMPLE_SEED);
    let mut sources: Vec<u32> = Vec::new();
    // K/k per component; 1 where every kept node is a source.
    let mut scale = vec![1.0; comps];
    for (c, sc) in scale.iter_mut().enumerate() {
        let (a, b) = (r.comp_start[c], r.comp_start[c + 1]);
        let size = b - a;
        let k = if size <= SMALL_COMPONENT {
            size
        } else {
            ((size as f64 * share).ceil() as usize).clamp(MIN_PIVOTS.min(size), size)
        };
        if k == size {
            sources.extend(a as u32..b as u32);
            continue;
        }
        *sc = size as f64 / k as f64;
        // A partial Fisher–Yates shuffle: k distinct nodes of the component.
        let mut pool: Vec<u32> = (a as u32..b as u32).collect();
        for i in 0..k {
            let j = i + (rng.next() % (size - i) as u64) as usize;
            pool.swap(i, j);
        }
        let mut chosen = pool[..k].to_vec();
        // In numbering order, for memory locality of consecutive searches.
        chosen.sort_unstable();
        sources.extend(chosen);
    }
    let sums = searches(&r, &sources, true, true);
    Centralities {
        betweenness: estimated_betweenness(&r, &sums, &scale),
        closeness: estimated_closeness(&r, &sums, &scale, &sources),
        sampled: Some(sources.len()),
    }
}

/// The component of each kept node (new numbering).
fn kept_components(r: &Reduced) -> Vec<u32> {
    let mut comp = vec![0u32; r.orig.len()];
    for c in 0..r.comp_start.len() - 1 {
        comp[r.comp_start[c]..r.comp_start[c + 1]].fill(c as u32);
    }
    comp
}

/// Scaled and normalised betweenness, original numbering.
fn estimated_betweenness(r: &Reduced, sums: &Sums, scale: &[f64]) -> Vec<f64> {
    let comp = kept_components(r);
    let n = r.n;
    let norm = if n > 2 {
        1.0 / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        0.0
    };
    let by_new: Vec<f64> = sums
        .bc
        .iter()
        .zip(&comp)
        .map(|(&b, &c)| b * scale[c as usize] * norm)
        .collect();
    to_original(r, &by_new)
}

/// Closeness of every node: exact where the searches give it (sources, their pendant nodes,
/// components searched whole), estimated from the scaled distance sums elsewhere.
fn estimated_closeness(r: &Reduced, sums: &Sums, scale: &[f64], sources: &[u32]) -> Vec<f64> {
    let mut closeness = sums.closeness.clone();
    let mut is_source = vec![false; r.orig.len()];
    for &s in sources {
        is_source[s as usize] = true;
    }
    let n = r.n;
    for (c, &sc) in scale.iter().enumerate() {
        if sc == 1.0 {
            continue;
        }
        let (a, b) = (r.comp_start[c], r.comp_start[c + 1]);
        // Nodes of the component other than the one asked about, pendants included.
        let size: u64 = (a..b).map(|v| 1 + r.pendants[v] as u64).sum();
        let rs = (size - 1) as f64;
        let wf = |total: f64| {
            if total > 0.0 && n > 1 {
                (rs / total) * (rs / (n - 1) as f64)
            } else {
                0.0
            }
        };
        for v in a..b {
            if is_source[v] {
                continue;
            }
            let total = sums.dsum[v] * sc;
            closeness[r.orig[v] as usize] = wf(total);
            // A pendant on `v`: one step further from everything but `v` and itself.
            for &x in &r.pendant_ids[r.pendant_offsets[v]..r.pendant_offsets[v + 1]] {
                closeness[x as usize] = wf(total + rs - 1.0);
            }
        }
    }
    closeness
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, well-mixed generator; the sample needs no
/// more than that, and no dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Runs one search per source in parallel; returns raw (unscaled, ordered-pair) betweenness
/// sums, empty unless `with_betweenness`, and closeness, both by original node index.
fn all_sources(g: &Graph, with_betweenness: bool) -> (Vec<f64>, Vec<f64>) {
    if g.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let r = Reduced::new(g);
    let sources: Vec<u32> = (0..r.orig.len() as u32).collect();
    let s = searches(&r, &sources, with_betweenness, false);
    (to_original(&r, &s.bc), s.closeness)
}

/// Values by kept node (new numbering) moved to the original numbering, 0 for pendant nodes.
fn to_original(r: &Reduced, by_new: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; if by_new.is_empty() { 0 } else { r.n }];
    for (new, &b) in by_new.iter().enumerate() {
        out[r.orig[new] as usize] = b;
    }
    out
}

/// What the searches from a set of sources add up to.
struct Sums {
    /// Raw betweenness by kept node (new numbering); empty unless asked.
    bc: Vec<f64>,
    /// Exact closeness (original numbering) of the sources and their pendant nodes.
    closeness: Vec<f64>,
    /// By kept node: the distances from the sources and their pendant nodes (see
    /// [`Worker::source`]); empty unless asked.
    dsum: Vec<f64>,
}

/// One search per source in `sources` (kept nodes, new numbering), spread over the threads.
fn searches(r: &Reduced, sources: &[u32], with_bc: bool, with_dsum: bool) -> Sums {
    let k = r.orig.len();
    let n = r.n;
    // A few chunks per thread balance uneven sources (a hub's search reaches more) while
    // keeping the number of buffer sets, and of partial sums to add, small.
    let chunk = (sources.len() / (rayon::current_num_threads() * 8)).max(32);
    let empty = || Sums {
        bc: vec![0.0; if with_bc { k } else { 0 }],
        closeness: vec![0.0; n],
        dsum: vec![0.0; if with_dsum { k } else { 0 }],
    };
    sources
        .par_iter()
        .with_min_len(chunk)
        .fold(
            || Worker::new(k, r.targets.len(), n, with_bc, with_dsum),
            |mut w, &s| {
                w.source(r, s);
                w
            },
        )
        .map(|w| Sums {
            bc: w.bc,
            closeness: w.closeness,
            dsum: w.dsum,
        })
        .reduce(empty, |mut a, b| {
            add(&mut a.bc, &b.bc);
            add(&mut a.closeness, &b.closeness);
            add(&mut a.dsum, &b.dsum);
            a
        })
}

fn add(into: &mut [f64], from: &[f64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a += b;
    }
}

/// The graph the searches run on: `g` without its pendant nodes (degree 1, attached to a node
/// of degree 2 or more), renumbered in breadth-first order.
///
/// Why: a pendant node `x` on anchor `a` is never inside a shortest path, every path to or
/// from it runs through `a`, and its distances are those of `a` plus one. So `x` need not be
/// visited nor searched from; `a` stands in for it with a weight (Baglioni et al., "Fast
/// exact computation of betweenness centrality in social networks", 2012). Maps have many
/// such nodes (a person who sits nowhere, a party at one table), so this removes a third or
/// more of the work; the breadth-first numbering keeps neighbours close in memory.
struct Reduced {
    /// Original index of each kept node.
    orig: Vec<u32>,
    offsets: Vec<usize>,
    targets: Vec<u32>,
    /// Pendant nodes hanging on each kept node (`ℓ` in the comments below).
    pendants: Vec<u32>,
    /// Original indices of those pendant nodes: `pendant_ids[pendant_offsets[i]..][..]`.
    pendant_offsets: Vec<usize>,
    pendant_ids: Vec<u32>,
    /// Node count of the whole graph.
    n: usize,
    /// The breadth-first numbering numbers each component's kept nodes contiguously: component
    /// `c` is `comp_start[c]..comp_start[c + 1]`.
    comp_start: Vec<usize>,
}

impl Reduced {
    fn new(g: &Graph) -> Self {
        let n = g.len();
        let pendant = |v: u32| g.degree(v) == 1 && g.degree(g.neighbors(v)[0]) >= 2;
        let mut new_of = vec![UNSEEN; n];
        let mut orig: Vec<u32> = Vec::with_capacity(n);
        let mut comp_start = Vec::new();
        for start in 0..n as u32 {
            if new_of[start as usize] != UNSEEN || pendant(start) {
                continue;
            }
            comp_start.push(orig.len());
            new_of[start as usize] = orig.len() as u32;
            let mut head = orig.len();
            orig.push(start);
            while head < orig.len() {
                let v = orig[head];
                head += 1;
                for &w in g.neighbors(v) {
                    if new_of[w as usize] == UNSEEN && !pendant(w) {
                        new_of[w as usize] = orig.len() as u32;
                        orig.push(w);
                    }
                }
            }
        }
        let k = orig.len();
        comp_start.push(k);
        let mut offsets = Vec::with_capacity(k + 1);
        let mut targets = Vec::with_capacity(g.targets.len());
        let mut pendant_offsets = Vec::with_capacity(k + 1);
        let mut pendant_ids = Vec::new();
        let mut pendants = Vec::with_capacity(k);
        offsets.push(0);
        pendant_offsets.push(0);
        for &v in &orig {
            let before = pendant_ids.len();
            for &w in g.neighbors(v) {
                match new_of[w as usize] {
                    UNSEEN => pendant_ids.push(w),
                    nw => targets.push(nw),
                }
            }
            // In new numbers, so that a node's neighbours are read in memory order.
            let from = *offsets.last().unwrap_or(&0);
            targets[from..].sort_unstable();
            offsets.push(targets.len());
            pendant_offsets.push(pendant_ids.len());
            pendants.push((pendant_ids.len() - before) as u32);
        }
        Reduced {
            orig,
            offsets,
            targets,
            pendants,
            pendant_offsets,
            pendant_ids,
            n,
            comp_start,
        }
    }

    fn neighbors(&self, v: u32) -> &[u32] {
        &self.targets[self.offsets[v as usize]..self.offsets[v as usize + 1]]
    }

    /// Work of searching from every kept node of component `c`: per source, the component's
    /// kept nodes and arcs.
    fn component_work(&self, c: usize) -> u64 {
        let (a, b) = (self.comp_start[c], self.comp_start[c + 1]);
        let arcs = (self.offsets[b] - self.offsets[a]) as u64;
        (b - a) as u64 * ((b - a) as u64 + arcs)
    }

    /// Work of the exact computation: [`Reduced::component_work`] over all components.
    fn work(&self) -> u64 {
        (0..self.comp_start.len() - 1)
            .map(|c| self.component_work(c))
            .sum()
    }
}

/// One thread's buffers for single-source searches, and its partial sums.
struct Worker {
    dist: Vec<u32>,
    sigma: Vec<f64>,
    /// `(τ(v) + D(v)) / σ(v)`: what node `v` passes back to each predecessor per path.
    coeff: Vec<f64>,
    /// Visiting order of the current search; one slot longer than the node count.
    order: Vec<u32>,
    /// Successors (neighbours one level further) of the visited nodes, in visiting order:
    /// those of `order[i]` end at `succ_end[i]`. Recorded while searching so that the
    /// backward sweep reads a flat list instead of testing every neighbour's distance.
    /// One slot longer than the arc count.
    succ: Vec<u32>,
    succ_end: Vec<usize>,
    /// Raw betweenness of the kept nodes (new numbering) from this worker's sources; empty
    /// when only closeness is wanted.
    bc: Vec<f64>,
    /// Closeness (original numbering) of this worker's sources and their pendant nodes.
    closeness: Vec<f64>,
    /// Distance sums by kept node from this worker's sources (see [`Worker::source`]); empty
    /// unless closeness is estimated.
    dsum: Vec<f64>,
}

impl Worker {
    fn new(k: usize, arcs: usize, n: usize, with_betweenness: bool, with_dsum: bool) -> Self {
        let m = if with_betweenness { k } else { 0 };
        Worker {
            dist: vec![UNSEEN; k],
            sigma: vec![0.0; m],
            coeff: vec![0.0; m],
            order: vec![0; k + 1],
            succ: vec![0; if with_betweenness { arcs + 1 } else { 0 }],
            succ_end: vec![0; m],
            bc: vec![0.0; m],
            closeness: vec![0.0; n],
            dsum: vec![0.0; if with_dsum { k } else { 0 }],
        }
    }

    /// Brandes from kept node `s`, standing in for `s` and its ℓ(s) pendant nodes.
    ///
    /// With τ(t) = 1 + ℓ(t) (a target and its pendants) and D(v) the dependency of `s` on `v`
    /// over kept targets weighted by τ, D(v) = Σ_{w successor of v} σ(v)/σ(w) (τ(w) + D(w));
    /// the full dependency adds ℓ(v) (the pendants of v are reached only through v). A
    /// pendant source on `s` has the same dependencies as `s` on every other node, hence the
    /// weight 1 + ℓ(s); on `s` itself each pendant source counts every target beyond it.
    ///
    /// With `dsum` kept, adds to each reached kept node `v` what `s` and its pendants add to
    /// the distance sum of `v`: (1 + ℓ(s)) d(s, v) + ℓ(s). Over all kept `s` of a component
    /// that is exactly the distance sum of `v`; over a sample it is the estimate's base.
    fn source(&mut self, r: &Reduced, s: u32) {
        let with_bc = !self.bc.is_empty();
        let Worker {
            dist,
            sigma,
            coeff,
            order,
            succ,
            succ_end,
            bc,
            closeness,
            dsum,
        } = self;
        dist[s as usize] = 0;
        order[0] = s;
        let mut len = 1;
        let mut head = 0;
        // The inner loops avoid data-dependent branches (which node is new, which is one
        // level further is a coin flip for the branch predictor): every neighbour is written
        // to the end of `order` and kept only if it was unseen, and path counts add 0 for
        // nodes that are not one level further. `order` has room for that one extra write.
        if with_bc {
            sigma[s as usize] = 1.0;
            let mut slen = 0;
            while head < len {
                let v = order[head];
                let next = dist[v as usize] + 1;
                let sv = sigma[v as usize];
                for &w in r.neighbors(v) {
                    let dw = dist[w as usize];
                    order[len] = w;
                    len += (dw == UNSEEN) as usize;
                    let d = dw.min(next);
                    dist[w as usize] = d;
                    let is_succ = d == next;
                    sigma[w as usize] += if is_succ { sv } else { 0.0 };
                    succ[slen] = w;
                    slen += is_succ as usize;
                }
                succ_end[head] = slen;
                head += 1;
            }
        } else {
            while head < len {
                let v = order[head];
                head += 1;
                let next = dist[v as usize] + 1;
                for &w in r.neighbors(v) {
                    let dw = dist[w as usize];
                    order[len] = w;
                    len += (dw == UNSEEN) as usize;
                    dist[w as usize] = dw.min(next);
                }
            }
        }
        let order = &order[..len];

        // Reached nodes of the whole graph and their distance sum, pendants included: a
        // pendant of t is one step beyond t.
        let (mut reached, mut total) = (0u64, 0u64);
        for &v in order {
            let l = r.pendants[v as usize] as u64;
            reached += 1 + l;
            total += (1 + l) * dist[v as usize] as u64 + l;
        }

        // networkx: (r / total) * (r / (n - 1)) with r the nodes reached other than the
        // source, in the same order of operations so the floating-point result matches.
        // A pendant on `s` reaches the same nodes, each one step further than from `s`,
        // except `s` itself (one step) and the pendant (no step): total + r - 1.
        let n = r.n;
        let rs = reached - 1;
        let wf = |total: u64| {
            if total > 0 && n > 1 {
                let r = rs as f64;
                let mut c = r / total as f64;
                c *= r / (n - 1) as f64;
                c
            } else {
                0.0
            }
        };
        closeness[r.orig[s as usize] as usize] = wf(total);
        if !dsum.is_empty() {
            let l = r.pendants[s as usize] as f64;
            for &v in order {
                dsum[v as usize] += (1.0 + l) * dist[v as usize] as f64 + l;
            }
        }
        let (from, to) = (
            r.pendant_offsets[s as usize],
            r.pendant_offsets[s as usize + 1],
        );
        if from < to {
            let c = wf(total + rs - 1);
            for &x in &r.pendant_ids[from..to] {
                closeness[x as usize] = c;
            }
        }

        if with_bc {
            let weight = 1.0 + r.pendants[s as usize] as f64;
            // Pulled in reverse BFS order: each node sums what its successors pass back,
            // reading scattered values but writing only its own.
            for (i, &v) in order.iter().enumerate().rev() {
                let start = if i == 0 { 0 } else { succ_end[i - 1] };
                let mut acc = 0.0;
                for &w in &succ[start..succ_end[i]] {
                    acc += coeff[w as usize];
                }
                let sv = sigma[v as usize];
                let d = sv * acc;
                let l = r.pendants[v as usize] as f64;
                if v != s {
                    bc[v as usize] += weight * (d + l);
                }
                coeff[v as usize] = (1.0 + l + d) / sv;
            }
            // A source with pendants has degree two or more, so rs ≥ 2.
            if r.pendants[s as usize] > 0 {
                bc[s as usize] += r.pendants[s as usize] as f64 * (rs - 1) as f64;
            }
            for &v in order {
                sigma[v as usize] = 0.0;
            }
        }
        for &v in order {
            dist[v as usize] = UNSEEN;
        }
    }
}

/// Whether each node is an articulation point (cut vertex).
pub fn articulation_points(g: &Graph) -> Vec<bool> {
    cut_structure(g).0
}

/// The bridges (cut edges) as node-index pairs `(a, b)` with `a < b`, sorted.
pub fn bridges(g: &Graph) -> Vec<(u32, u32)> {
    cut_structure(g).1
}

/// Articulation points and bridges in one depth-first traversal (Tarjan's low-link),
/// iterative so that depth is bounded by memory, not by the call stack.
pub fn cut_structure(g: &Graph) -> (Vec<bool>, Vec<(u32, u32)>) {
    let n = g.len();
    let mut disc = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut art = vec![false; n];
    let mut bridges = Vec::new();
    // (node, parent or UNSEEN, position of the next neighbour to look at in `targets`)
    let mut stack: Vec<(u32, u32, usize)> = Vec::new();
    let mut time = 0u32;
    for root in 0..n as u32 {
        if disc[root as usize] != UNSEEN {
            continue;
        }
        disc[root as usize] = time;
        low[root as usize] = time;
        time += 1;
        stack.push((root, UNSEEN, g.offsets[root as usize]));
        let mut root_children = 0;
        while let Some(top) = stack.last_mut() {
            let (v, parent, pos) = *top;
            if pos < g.offsets[v as usize + 1] {
                top.2 += 1;
                let w = g.targets[pos];
                if disc[w as usize] == UNSEEN {
                    disc[w as usize] = time;
                    low[w as usize] = time;
                    time += 1;
                    stack.push((w, v, g.offsets[w as usize]));
                } else if w != parent {
                    // The graph is simple, so the only edge back to the parent is the tree
                    // edge itself.
                    low[v as usize] = low[v as usize].min(disc[w as usize]);
                }
            } else {
                stack.pop();
                if parent == UNSEEN {
                    continue;
                }
                let (p, lv) = (parent as usize, low[v as usize]);
                low[p] = low[p].min(lv);
                if parent == root {
                    root_children += 1;
                } else if lv >= disc[p] {
                    art[p] = true;
                }
                if lv > disc[p] {
                    bridges.push((parent.min(v), parent.max(v)));
                }
            }
        }
        if root_children >= 2 {
            art[root as usize] = true;
        }
    }
    bridges.sort_unstable();
    (art, bridges)
}

/// The connected component of each node: components are numbered 0.. by decreasing size,
/// ties by smallest node index.
pub fn components(g: &Graph) -> Vec<u32> {
    let n = g.len();
    let mut comp = vec![UNSEEN; n];
    let mut sizes: Vec<usize> = Vec::new();
    let mut queue: Vec<u32> = Vec::new();
    // Scanning nodes in index order numbers components by their smallest node.
    for start in 0..n as u32 {
        if comp[start as usize] != UNSEEN {
            continue;
        }
        let c = sizes.len() as u32;
        comp[start as usize] = c;
        queue.clear();
        queue.push(start);
        let mut head = 0;
        while head < queue.len() {
            let v = queue[head];
            head += 1;
            for &w in g.neighbors(v) {
                if comp[w as usize] == UNSEEN {
                    comp[w as usize] = c;
                    queue.push(w);
                }
            }
        }
        sizes.push(queue.len());
    }
    // A stable sort by size keeps smallest-node order among equals.
    let mut by_size: Vec<u32> = (0..sizes.len() as u32).collect();
    by_size.sort_by(|&a, &b| sizes[b as usize].cmp(&sizes[a as usize]));
    let mut rank = vec![0u32; sizes.len()];
    for (r, &c) in by_size.iter().enumerate() {
        rank[c as usize] = r as u32;
    }
    comp.iter().map(|&c| rank[c as usize]).collect()
}

/// networkx `density(G)` for an undirected graph: 2m / (n (n - 1)), 0 below two nodes.
pub fn density(g: &Graph) -> f64 {
    let n = g.len();
    if n <= 1 {
        return 0.0;
    }
    // Same operation order as networkx, for identical floating-point results.
    let d = g.edge_count() as f64 / (n as f64 * (n - 1) as f64);
    d * 2.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    /// A graph on nodes named n0, n1, … (zero-padded so that sorted order is index order).
    fn graph(n: usize, edges: &[(u32, u32)]) -> Graph {
        let nodes = (0..n)
            .map(|i| (format!("n{i:04}"), NodeKind::Party))
            .collect();
        Graph::from_parts(nodes, edges)
    }

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len());
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            assert!((x - y).abs() < 1e-12, "node {i}: {x} vs {y}");
        }
    }

    #[test]
    fn path_of_four() {
        // 0 - 1 - 2 - 3. Node 1 lies inside the pairs {0,2} and {0,3}: 2 unordered pairs,
        // normalised by (n-1)(n-2)/2 = 3 → 2/3; node 2 likewise.
        let g = graph(4, &[(0, 1), (1, 2), (2, 3)]);
        close(&betweenness(&g), &[0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0]);
        // Distances from 0: 1+2+3 = 6 → 3/6 = 0.5; from 1: 1+1+2 = 4 → 0.75.
        close(&closeness(&g), &[0.5, 0.75, 0.75, 0.5]);
        assert_eq!(articulation_points(&g), [false, true, true, false]);
        assert_eq!(bridges(&g), [(0, 1), (1, 2), (2, 3)]);
        assert_eq!(components(&g), [0, 0, 0, 0]);
        // 3 edges of 6 possible.
        assert_eq!(density(&g), 0.5);
    }

    #[test]
    fn star() {
        // Centre 0 with leaves 1..=4: every one of the C(4,2) = 6 leaf pairs runs through 0,
        // and 6 is also the normaliser (n-1)(n-2)/2 → 1.
        let g = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        close(&betweenness(&g), &[1.0, 0.0, 0.0, 0.0, 0.0]);
        // Centre: 4/4 = 1; leaf: distances 1 + 2·3 = 7 → 4/7.
        let leaf = 4.0 / 7.0;
        close(&closeness(&g), &[1.0, leaf, leaf, leaf, leaf]);
        assert_eq!(articulation_points(&g), [true, false, false, false, false]);
        assert_eq!(bridges(&g).len(), 4);
        assert_eq!(density(&g), 0.4);
    }

    #[test]
    fn triangle_with_tail() {
        // Triangle 0-1-2 with tail 2-3. Node 2 separates 3 from 0 and 1: pairs {0,3}, {1,3}
        // → 2, normalised by 3 → 2/3. Nobody else is inside a shortest path.
        let g = graph(4, &[(0, 1), (1, 2), (0, 2), (2, 3)]);
        close(&betweenness(&g), &[0.0, 0.0, 2.0 / 3.0, 0.0]);
        // 0: 1+1+2 = 4 → 0.75; 2: 3/3 = 1; 3: 1+2+2 = 5 → 0.6.
        close(&closeness(&g), &[0.75, 0.75, 1.0, 0.6]);
        assert_eq!(articulation_points(&g), [false, false, true, false]);
        assert_eq!(bridges(&g), [(2, 3)]);
    }

    #[test]
    fn two_shortest_paths_share_the_credit() {
        // A 4-cycle 0-1-2-3-0: the pair {0,2} has two shortest paths (via 1 and via 3), so
        // 1 and 3 get ½ each; likewise {1,3} gives ½ to 0 and 2. Normalised by 3 → 1/6.
        let g = graph(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
        close(&betweenness(&g), &[1.0 / 6.0; 4]);
        assert!(articulation_points(&g).iter().all(|a| !a));
        assert!(bridges(&g).is_empty());
    }

    #[test]
    fn disconnected_graph_uses_wasserman_faust() {
        // Path 0-1-2, edge 3-4, isolated 5; n = 6.
        let g = graph(6, &[(0, 1), (1, 2), (3, 4)]);
        // Node 1: r = 2, distances 2 → (2/2)·(2/5) = 0.4. Node 0: r = 2, sum 3 → (2/3)(2/5).
        // Node 3: r = 1, sum 1 → 1·(1/5). Isolated: 0.
        close(
            &closeness(&g),
            &[4.0 / 15.0, 0.4, 4.0 / 15.0, 0.2, 0.2, 0.0],
        );
        // Node 1 covers {0,2}: 1 pair over (5·4)/2 = 10 → 0.1.
        close(&betweenness(&g), &[0.0, 0.1, 0.0, 0.0, 0.0, 0.0]);
        // Largest first: {0,1,2}, then {3,4}, then {5}.
        assert_eq!(components(&g), [0, 0, 0, 1, 1, 2]);
        assert_eq!(compute(&g).component_count, 3);
    }

    #[test]
    fn component_ties_go_to_the_smallest_node() {
        // {0, 3} and {1, 2} both have two nodes; {0, 3} holds node 0, so it is number 0.
        // {4, 5, 6} is larger and comes first.
        let g = graph(7, &[(0, 3), (1, 2), (4, 5), (5, 6)]);
        assert_eq!(components(&g), [1, 2, 2, 1, 0, 0, 0]);
    }

    #[test]
    fn deep_chain_does_not_overflow_the_stack() {
        // A path of 200,000 nodes: every inner node is a cut vertex, every edge a bridge.
        let n = 200_000u32;
        let edges: Vec<(u32, u32)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        let nodes = (0..n)
            .map(|i| (format!("{i:07}"), NodeKind::Table))
            .collect();
        let g = Graph::from_parts(nodes, &edges);
        let (art, br) = cut_structure(&g);
        assert_eq!(art.iter().filter(|&&a| a).count(), n as usize - 2);
        assert!(!art[0] && !art[n as usize - 1]);
        assert_eq!(br.len(), n as usize - 1);
    }

    #[test]
    fn tiny_graphs_do_not_divide_by_zero() {
        let empty = graph(0, &[]);
        assert!(betweenness(&empty).is_empty());
        assert_eq!(density(&empty), 0.0);
        let one = graph(1, &[]);
        assert_eq!(closeness(&one), [0.0]);
        assert_eq!(density(&one), 0.0);
        let two = graph(2, &[(0, 1)]);
        assert_eq!(betweenness(&two), [0.0, 0.0]);
        assert_eq!(closeness(&two), [1.0, 1.0]);
    }

    #[test]
    fn parallel_result_matches_across_chunkings() {
        // A grid 30×30 has many equal-length paths; the sum must not depend on how sources
        // are split over threads. Compare against a single-threaded pool.
        let w = 30u32;
        let mut edges = Vec::new();
        for r in 0..w {
            for c in 0..w {
                let i = r * w + c;
                if c + 1 < w {
                    edges.push((i, i + 1));
                }
                if r + 1 < w {
                    edges.push((i, i + w));
                }
            }
        }
        let nodes = (0..w * w)
            .map(|i| (format!("{i:04}"), NodeKind::Party))
            .collect();
        let g = Graph::from_parts(nodes, &edges);
        let (bc, cl) = centralities(&g);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        let (bc1, cl1) = pool.install(|| centralities(&g));
        for i in 0..g.len() {
            assert!((bc[i] - bc1[i]).abs() < 1e-12);
            assert_eq!(cl[i], cl1[i]);
        }
        // Symmetry of the grid: corners are equal, and the centre beats a corner.
        assert!((bc[0] - bc[(w * w - 1) as usize]).abs() < 1e-12);
        let centre = (w / 2 * w + w / 2) as usize;
        assert!(bc[centre] > bc[0]);
    }

    fn grid(w: u32) -> Graph {
        let mut edges = Vec::new();
        for r in 0..w {
            for c in 0..w {
                let i = r * w + c;
                if c + 1 < w {
                    edges.push((i, i + 1));
                }
                if r + 1 < w {
                    edges.push((i, i + w));
                }
            }
        }
        // Pendant nodes and a small second component, so every path of the estimate runs.
        let n = w * w;
        edges.extend([(0, n), (5, n + 1), (n + 2, n + 3), (n + 3, n + 4)]);
        graph((n + 5) as usize, &edges)
    }

    #[test]
    fn small_graphs_are_exact() {
        let g = grid(10);
        let c = centralities_bounded(&g);
        assert_eq!(c.sampled, None);
        let (bc, cl) = centralities(&g);
        assert_eq!(c.betweenness, bc);
        assert_eq!(c.closeness, cl);
        assert!(search_work(&g) < EXACT_WORK);
    }

    #[test]
    fn an_estimate_that_samples_every_source_is_exact() {
        // 30 × 30 = 900 kept nodes: above the small-component limit, so this runs the
        // estimating code, but with a budget that makes the sample the whole component.
        let g = grid(30);
        let c = centralities_within(&g, 0, u64::MAX);
        // The path n+2 – n+3 – n+4 keeps only its middle; its ends are pendant nodes.
        assert_eq!(
            c.sampled,
            Some(901),
            "900 grid nodes + 1 of the small component"
        );
        let (bc, cl) = centralities(&g);
        close(&c.betweenness, &bc);
        close(&c.closeness, &cl);
    }

    #[test]
    fn an_odd_ring_is_estimated_close_to_its_exact_figures() {
        // A cycle of n = 2001 nodes: every node lies inside (n - 1)(n - 3)/8 of the unordered
        // pairs' shortest paths (unique, n odd); normalised by (n - 1)(n - 2)/2 that is
        // (n - 3) / (4 (n - 2)). Distance sum: 2 (1 + … + 1000) = 1000 · 1001, so closeness
        // is 2000 / 1,001,000.
        let n = 2001u32;
        let edges: Vec<(u32, u32)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        let g = graph(n as usize, &edges);
        let budget = 100 * (n as u64 * 3);
        let c = centralities_within(&g, 0, budget);
        let k = c.sampled.expect("estimated");
        assert!((64..=120).contains(&k), "{k} sources");
        let want_bc = (n - 3) as f64 / (4.0 * (n - 2) as f64);
        let want_cl = 2000.0 / 1_001_000.0;
        // By symmetry every source adds the same total, so the mean is exact; single nodes
        // are off by the sampling error only.
        let mean = c.betweenness.iter().sum::<f64>() / n as f64;
        assert!((mean - want_bc).abs() < 1e-9, "mean {mean} vs {want_bc}");
        for (i, (&b, &cl)) in c.betweenness.iter().zip(&c.closeness).enumerate() {
            assert!(
                (b - want_bc).abs() < 0.35 * want_bc,
                "bc {i}: {b} vs {want_bc}"
            );
            assert!(
                (cl - want_cl).abs() < 0.25 * want_cl,
                "cl {i}: {cl} vs {want_cl}"
            );
        }
        // A fixed sample: the same graph gives the same figures.
        assert_eq!(centralities_within(&g, 0, budget), c);
    }

    #[test]
    fn the_json_says_so_only_when_estimated() {
        let mut m = crate::analysis::Metrics {
            nodes: Vec::new(),
            components: 1,
            density: 0.5,
            estimate_sources: None,
            betweenness_estimated: false,
            closeness_estimated: false,
        };
        let exact = serde_json::to_value(&m).expect("json");
        assert!(exact.get("betweenness_estimated").is_none());
        assert!(exact.get("estimate_sources").is_none());
        m.estimate_sources = Some(200);
        m.betweenness_estimated = true;
        m.closeness_estimated = true;
        let est = serde_json::to_value(&m).expect("json");
        assert_eq!(est["betweenness_estimated"], true);
        assert_eq!(est["closeness_estimated"], true);
        assert_eq!(est["estimate_sources"], 200);
        let back: crate::analysis::Metrics = serde_json::from_value(exact).expect("read");
        assert!(!back.betweenness_estimated);
    }

    /// Textbook Brandes with predecessor lists and plain BFS closeness, no reduction, no
    /// threads: the reference the optimised pass must agree with.
    fn reference(g: &Graph) -> (Vec<f64>, Vec<f64>) {
        let n = g.len();
        let mut bc = vec![0.0; n];
        let mut cl = vec![0.0; n];
        for s in 0..n {
            let mut dist = vec![usize::MAX; n];
            let mut sigma = vec![0.0f64; n];
            let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
            let mut order = vec![s];
            dist[s] = 0;
            sigma[s] = 1.0;
            let mut head = 0;
            while head < order.len() {
                let v = order[head];
                head += 1;
                for &w in g.neighbors(v as u32) {
                    let w = w as usize;
                    if dist[w] == usize::MAX {
                        dist[w] = dist[v] + 1;
                        order.push(w);
                    }
                    if dist[w] == dist[v] + 1 {
                        sigma[w] += sigma[v];
                        pred[w].push(v);
                    }
                }
            }
            let total: usize = order.iter().map(|&v| dist[v]).sum();
            if total > 0 {
                let r = (order.len() - 1) as f64;
                cl[s] = r / total as f64 * (r / (n - 1) as f64);
            }
            let mut delta = vec![0.0; n];
            for &w in order.iter().rev() {
                for &v in &pred[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if w != s {
                    bc[w] += delta[w];
                }
            }
        }
        if n > 2 {
            let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
            bc.iter_mut().for_each(|b| *b *= scale);
        }
        (bc, cl)
    }

    proptest::proptest! {
        /// Random sparse graphs with many pendant nodes, stars and small components: the
        /// pendant folding must give exactly what plain Brandes gives.
        #[test]
        fn optimised_pass_equals_textbook_brandes(
            n in 1usize..60,
            raw in proptest::collection::vec((0u32..60, 0u32..60), 0..90),
            pendants in proptest::collection::vec(0u32..60, 0..40),
        ) {
            let mut edges: Vec<(u32, u32)> = raw
                .into_iter()
                .filter(|&(a, b)| (a as usize) < n && (b as usize) < n)
                .collect();
            // Hang extra leaves on existing nodes.
            let mut nodes = n;
            for p in pendants {
                if (p as usize) < n {
                    edges.push((p, nodes as u32));
                    nodes += 1;
                }
            }
            let g = graph(nodes, &edges);
            let (bc, cl) = centralities(&g);
            let (rbc, rcl) = reference(&g);
            for i in 0..nodes {
                proptest::prop_assert!((bc[i] - rbc[i]).abs() < 1e-12, "bc {}: {} vs {}", i, bc[i], rbc[i]);
                proptest::prop_assert!((cl[i] - rcl[i]).abs() < 1e-12, "cl {}: {} vs {}", i, cl[i], rcl[i]);
            }
            let only = closeness(&g);
            proptest::prop_assert_eq!(only, cl);
        }
    }
}
