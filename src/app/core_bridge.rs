//! The one place where the app meets the importer and the analysis.
//!
//! Everything the app needs from `crate::import` and `crate::analysis` goes through this
//! module: loading a map, analysing it, and the few questions the views ask of findings and
//! triangles (which leg is missing, which marker a finding puts on a node). The views never
//! look inside the analysis types beyond these, so a change in the analysis touches this file.

pub use crate::analysis::{
    Analysis, Finding, FindingKind, NodeMetrics, Severity, Thresholds, Triangle, TriangleState,
    WhatIf,
};
pub use crate::import::{Diagnostic, ImportFailure, Loaded, load_map};
pub use crate::scene::{marker_of, missing_link_pair};

use crate::model::{Map, PartyKind};
use crate::style::SeverityLevel;

/// The app's analysis after every edit: everything but the actions. Verifying an action costs a
/// re-analysis of the edited map per candidate (about 15 ms on the example map, 200 ms on a
/// 10-municipality region), which must not freeze the canvas; the app does not show actions yet,
/// so they are left to the command line and the exports until they run off the UI thread. The
/// thresholds kept in the result are the user's own.
pub fn analyse(map: &Map, t: &Thresholds) -> Analysis {
    let quick = Thresholds {
        max_actions: 0,
        ..t.clone()
    };
    let mut a = crate::analysis::analyse(map, &quick);
    a.thresholds = t.clone();
    a
}

/// The three legs of the triangle, in the order the driehoek view draws them.
pub const LEGS: [(PartyKind, PartyKind); 3] = [
    (PartyKind::Gemeente, PartyKind::Woningcorporatie),
    (PartyKind::Gemeente, PartyKind::Zorgaanbieder),
    (PartyKind::Woningcorporatie, PartyKind::Zorgaanbieder),
];

/// "What if `id` leaves?" as the analysis answers it (on the member graph, with the triangles
/// that would change).
pub fn what_if(map: &Map, id: &str, t: &Thresholds) -> WhatIf {
    crate::analysis::without(map, id, t)
}

// ---------------------------------------------------------------------------------------------
// Accessors: the questions the views ask. Adapt these at merge; the views stay as they are.
// ---------------------------------------------------------------------------------------------

/// The severity of a finding as the style knows it.
pub fn severity_level(f: &Finding) -> SeverityLevel {
    match f.severity {
        Severity::Hoog => SeverityLevel::Hoog,
        Severity::Middel => SeverityLevel::Middel,
        Severity::Laag => SeverityLevel::Laag,
    }
}

/// The machine name of a finding's kind (as in the JSON), which keys its label.
pub fn kind_key(kind: FindingKind) -> &'static str {
    kind.name()
}

/// Whether the leg between two core kinds exists in a triangle.
pub fn leg_present(t: &Triangle, a: PartyKind, b: PartyKind) -> bool {
    use PartyKind::{Gemeente as G, Woningcorporatie as W, Zorgaanbieder as Z};
    match (a, b) {
        (G, W) | (W, G) => t.legs.gemeente_woningcorporatie,
        (G, Z) | (Z, G) => t.legs.gemeente_zorgaanbieder,
        (W, Z) | (Z, W) => t.legs.woningcorporatie_zorgaanbieder,
        _ => false,
    }
}

/// The pairs an `open_triangle` finding is missing: for each missing leg of its triangle, its
/// subjects of the one kind with those of the other (at most `max`), so the canvas draws the
/// leg that is not there. Empty for any other finding.
pub fn missing_legs(map: &Map, a: &Analysis, f: &Finding, max: usize) -> Vec<(String, String)> {
    if f.kind != FindingKind::OpenTriangle {
        return Vec::new();
    }
    let Some(tri) = a
        .triangles
        .iter()
        .find(|t| Some(t.domain) == f.domain && t.werkgebied == f.werkgebied)
    else {
        return Vec::new();
    };
    let of_kind = |k: PartyKind| -> Vec<&String> {
        f.subjects
            .iter()
            .filter(|id| map.party(id).is_some_and(|p| p.kind == k))
            .collect()
    };
    let mut out = Vec::new();
    for (ka, kb) in LEGS {
        if leg_present(tri, ka, kb) {
            continue;
        }
        for x in of_kind(ka) {
            for y in of_kind(kb) {
                if out.len() < max {
                    out.push((x.clone(), y.clone()));
                }
            }
        }
    }
    out
}

/// The figures of one node, if the analysis has them.
pub fn node_metrics<'a>(a: &'a Analysis, id: &str) -> Option<&'a NodeMetrics> {
    a.metrics.nodes.iter().find(|m| m.id == id)
}
