//! A force-directed layout (Fruchterman–Reingold with cooling), seeded and deterministic, that
//! stays fast at thousands of nodes by computing repulsion only between nodes in neighbouring
//! cells of a spatial grid (far nodes barely push each other anyway).
//!
//! It runs in steps so that the app can advance it a little per frame, or on a worker thread,
//! and show progress; [`ForceLayout::run`] does a whole run for headless exports.

use super::{Pos, SplitMix, hash_id};
use crate::graph::Graph;
use std::collections::HashMap;

/// Tuning of the force layout.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForceParams {
    /// The edge length the layout aims for, in canvas units.
    pub ideal_length: f32,
    /// Pull towards the centre, which keeps separate components from drifting apart.
    pub gravity: f32,
    /// The largest step a node may take in the first iteration; it cools from there.
    pub initial_temperature: f32,
    /// Temperature factor per iteration.
    pub cooling: f32,
    /// Seed for the initial positions of nodes without one.
    pub seed: u64,
}

impl Default for ForceParams {
    fn default() -> Self {
        ForceParams {
            ideal_length: 90.0,
            gravity: 0.02,
            initial_temperature: 200.0,
            cooling: 0.97,
            seed: 0x6e65_7477_6b61_6172,
        }
    }
}

/// A force layout in progress.
#[derive(Debug, Clone)]
pub struct ForceLayout {
    offsets: Vec<usize>,
    targets: Vec<u32>,
    pos: Vec<Pos>,
    fixed: Vec<bool>,
    params: ForceParams,
    temperature: f32,
    iterations: usize,
    disp: Vec<(f32, f32)>,
}

impl ForceLayout {
    /// Starts a layout of `g`. Positions that are not finite get a seeded spot (by node id, so
    /// one new node does not reshuffle the rest); `fixed` nodes never move.
    pub fn new(g: &Graph, mut pos: Vec<Pos>, mut fixed: Vec<bool>, params: ForceParams) -> Self {
        let n = g.len();
        pos.resize(
            n,
            Pos {
                x: f32::NAN,
                y: f32::NAN,
            },
        );
        fixed.resize(n, false);
        let spread = params.ideal_length * (n as f32).sqrt().max(1.0);
        for (i, p) in pos.iter_mut().enumerate() {
            if !(p.x.is_finite() && p.y.is_finite()) {
                let mut r = SplitMix::new(params.seed ^ hash_id(&g.ids[i]));
                let angle = r.next_f32() * std::f32::consts::TAU;
                let radius = r.next_f32().sqrt() * spread;
                *p = Pos {
                    x: radius * angle.cos(),
                    y: radius * angle.sin(),
                };
            }
        }
        ForceLayout {
            offsets: g.offsets.clone(),
            targets: g.targets.clone(),
            pos,
            fixed,
            params,
            temperature: params.initial_temperature,
            iterations: 0,
            disp: vec![(0.0, 0.0); n],
        }
    }

    /// The current positions, by node index.
    pub fn positions(&self) -> &[Pos] {
        &self.pos
    }

    pub fn into_positions(self) -> Vec<Pos> {
        self.pos
    }

    /// Iterations done so far.
    pub fn iterations(&self) -> usize {
        self.iterations
    }

    /// Whether further steps would hardly move anything.
    pub fn is_settled(&self) -> bool {
        self.temperature < 0.5
    }

    /// Pins or unpins a node at a position (a drag in the app).
    pub fn pin(&mut self, node: usize, at: Option<Pos>) {
        if let Some(p) = at {
            self.pos[node] = p;
        }
        self.fixed[node] = at.is_some();
    }

    /// Runs `n` iterations (or until settled).
    pub fn run(&mut self, n: usize) {
        for _ in 0..n {
            if self.is_settled() {
                break;
            }
            self.step();
        }
    }

    /// One iteration; returns the largest distance a node moved.
    pub fn step(&mut self) -> f32 {
        let n = self.pos.len();
        if n == 0 {
            self.temperature = 0.0;
            return 0.0;
        }
        let k = self.params.ideal_length;
        let k2 = k * k;
        let cell = 2.5 * k;
        for d in &mut self.disp {
            *d = (0.0, 0.0);
        }

        // Repulsion between nodes in the same or adjacent grid cells.
        let key = |p: Pos| ((p.x / cell).floor() as i32, (p.y / cell).floor() as i32);
        let mut grid: HashMap<(i32, i32), Vec<u32>> = HashMap::with_capacity(n);
        for (i, p) in self.pos.iter().enumerate() {
            grid.entry(key(*p)).or_default().push(i as u32);
        }
        for (i, p) in self.pos.iter().enumerate() {
            let (cx, cy) = key(*p);
            let (mut fx, mut fy) = (0.0f32, 0.0f32);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let Some(bucket) = grid.get(&(cx + dx, cy + dy)) else {
                        continue;
                    };
                    for &j in bucket {
                        if j as usize == i {
                            continue;
                        }
                        let q = self.pos[j as usize];
                        let (mut ddx, mut ddy) = (p.x - q.x, p.y - q.y);
                        let mut d2 = ddx * ddx + ddy * ddy;
                        if d2 < 1e-4 {
                            // Coincident nodes: push apart in a direction fixed by the pair.
                            let a = ((i as u64).wrapping_mul(31) ^ u64::from(j)) as f32;
                            ddx = a.cos();
                            ddy = a.sin();
                            d2 = 1.0;
                        }
                        if d2 < cell * cell {
                            let f = k2 / d2;
                            fx += ddx * f;
                            fy += ddy * f;
                        }
                    }
                }
            }
            self.disp[i].0 += fx;
            self.disp[i].1 += fy;
        }

        // Attraction along edges (each undirected edge is stored twice; each side pulls itself).
        for i in 0..n {
            let p = self.pos[i];
            for &j in &self.targets[self.offsets[i]..self.offsets[i + 1]] {
                let q = self.pos[j as usize];
                let (dx, dy) = (p.x - q.x, p.y - q.y);
                let d = (dx * dx + dy * dy).sqrt();
                let f = d / k;
                self.disp[i].0 -= dx * f;
                self.disp[i].1 -= dy * f;
            }
        }

        // Gravity towards the centre of mass.
        if self.params.gravity > 0.0 {
            let (sx, sy) = self
                .pos
                .iter()
                .fold((0.0, 0.0), |(a, b), p| (a + p.x, b + p.y));
            let (mx, my) = (sx / n as f32, sy / n as f32);
            for (i, p) in self.pos.iter().enumerate() {
                self.disp[i].0 -= (p.x - mx) * self.params.gravity * k / 10.0;
                self.disp[i].1 -= (p.y - my) * self.params.gravity * k / 10.0;
            }
        }

        let t = self.temperature;
        let mut moved = 0.0f32;
        for i in 0..n {
            if self.fixed[i] {
                continue;
            }
            let (dx, dy) = self.disp[i];
            let len = (dx * dx + dy * dy).sqrt();
            if len > 0.0 && len.is_finite() {
                let step = len.min(t);
                self.pos[i].x += dx / len * step;
                self.pos[i].y += dy / len * step;
                moved = moved.max(step);
            }
        }
        self.temperature *= self.params.cooling;
        self.iterations += 1;
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    /// A path a–b–c–d as a CSR graph.
    fn path4() -> Graph {
        Graph {
            ids: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            kinds: vec![NodeKind::Party; 4],
            offsets: vec![0, 1, 3, 5, 6],
            targets: vec![1, 0, 2, 1, 3, 2],
        }
    }

    fn dist(a: Pos, b: Pos) -> f32 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    #[test]
    fn same_input_gives_the_same_layout() {
        let g = path4();
        let run = || {
            let mut f = ForceLayout::new(&g, vec![], vec![], ForceParams::default());
            f.run(300);
            f.into_positions()
        };
        assert_eq!(run(), run());
    }

    #[test]
    fn linked_nodes_end_closer_than_the_ends_of_the_path() {
        let g = path4();
        let mut f = ForceLayout::new(&g, vec![], vec![], ForceParams::default());
        f.run(500);
        let p = f.positions();
        // a–b are linked, a–d are three steps apart: a settled layout stretches the path.
        assert!(dist(p[0], p[1]) < dist(p[0], p[3]), "{p:?}");
        assert!(p.iter().all(|q| q.x.is_finite() && q.y.is_finite()));
    }

    #[test]
    fn fixed_nodes_do_not_move() {
        let g = path4();
        let start = vec![
            Pos { x: 0.0, y: 0.0 },
            Pos {
                x: f32::NAN,
                y: 0.0,
            },
            Pos {
                x: f32::NAN,
                y: 0.0,
            },
            Pos { x: 500.0, y: 0.0 },
        ];
        let mut f = ForceLayout::new(
            &g,
            start,
            vec![true, false, false, true],
            ForceParams::default(),
        );
        f.run(200);
        assert_eq!(f.positions()[0], Pos { x: 0.0, y: 0.0 });
        assert_eq!(f.positions()[3], Pos { x: 500.0, y: 0.0 });
    }
}
