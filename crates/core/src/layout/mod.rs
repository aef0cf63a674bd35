//! Positions for the views: the *domeinen en lagen* grid and the free (force-directed) layout.
//!
//! Layouts are pure functions of the map and its graph: same input, same picture, every time.
//! Positions are in canvas units (about one unit per pixel at zoom 1), indexed like the nodes of
//! the [`Graph`](crate::graph::Graph) they were computed for. User-pinned positions (dragged
//! nodes, saved in the project) are honoured by both layouts.

mod force;
mod lanes;

pub use force::{ForceLayout, ForceParams};
pub use lanes::{LaneGrid, cell_of, lanes};

use crate::model::Pos;

/// Which layout a view uses; the name is the key under which pinned positions are saved.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum LayoutKind {
    /// Columns per domain, rows per layer.
    #[default]
    Lagen,
    /// Force-directed.
    Vrij,
}

impl LayoutKind {
    /// The key of this layout in `Arrangement::positions`.
    pub fn key(self) -> &'static str {
        match self {
            LayoutKind::Lagen => "lagen",
            LayoutKind::Vrij => "vrij",
        }
    }
}

/// The axis-aligned bounding box of a set of positions, as `(min, max)`; `None` when empty.
pub fn bounds(positions: &[Pos]) -> Option<(Pos, Pos)> {
    let mut it = positions
        .iter()
        .filter(|p| p.x.is_finite() && p.y.is_finite());
    let first = *it.next()?;
    let (mut lo, mut hi) = (first, first);
    for p in it {
        lo.x = lo.x.min(p.x);
        lo.y = lo.y.min(p.y);
        hi.x = hi.x.max(p.x);
        hi.y = hi.y.max(p.y);
    }
    Some((lo, hi))
}

/// A small deterministic random source (splitmix64), so layouts need no `rand` and never change
/// between runs or platforms.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix(u64);

impl SplitMix {
    pub(crate) fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in `[0, 1)`.
    pub(crate) fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// A stable 64-bit hash of a string (FNV-1a), for seeding per-node positions by id so that
/// adding a node does not move all the others.
pub(crate) fn hash_id(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
