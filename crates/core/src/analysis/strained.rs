//! `strained_leg` (spec version 2): a triangle leg in a scope exists only through relationships
//! of `kwaliteit` `moeizaam` — no shared table, no good or neutral (or unrated) relationship.
//!
//! Computed by recomputing each scope's legs without the strained relationships (see
//! [`super::mandate::scoped_legs`]): a leg the full triangle has and this one lacks hangs on
//! strained relationships only. Subjects: the parties of the strained relationships on that leg
//! in the scope. Severity `middel` for the whole map, `laag` per werkgebied (the whole-map one
//! usually says it already), as with `open_triangle`.

use super::context::{Ctx, core_bit, lower};
use super::mandate::scoped_legs;
use super::triangle::{LEGS, Triangle};
use super::{Finding, FindingKind, Severity};
use crate::i18n::actions as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{PartyKind, Quality};
use serde_json::json;

fn strained(q: Option<Quality>) -> bool {
    q == Some(Quality::Moeizaam)
}

/// One finding per strained leg per scope.
pub(crate) fn strained_legs(ctx: &Ctx, triangles: &[Triangle]) -> Vec<Finding> {
    let mut out = Vec::new();
    if !ctx.party_rels.iter().any(|r| strained(r.rel.quality)) {
        return out;
    }
    let healthy = scoped_legs(ctx, |_| true, |r| !strained(r.quality));
    for (tri, (legs, _)) in triangles.iter().zip(healthy) {
        let have = [
            tri.legs.gemeente_woningcorporatie,
            tri.legs.gemeente_zorgaanbieder,
            tri.legs.woningcorporatie_zorgaanbieder,
        ];
        let w = tri.werkgebied.as_deref().and_then(|id| {
            let p = ctx.index.party(id)? as u32;
            ctx.municipalities
                .iter()
                .position(|m| *m == p)
                .map(|x| x as u32)
        });
        for ((a, b, bit, name), had) in LEGS.iter().zip(have) {
            if !had || legs & bit != 0 {
                continue;
            }
            let relevant = |p: u32| w.is_none_or(|w| ctx.party_wg[p as usize].contains(w));
            let mut subjects: Vec<u32> = Vec::new();
            for r in &ctx.party_rels {
                let mask = core_bit(ctx.party_kind(r.a)) | core_bit(ctx.party_kind(r.b));
                if strained(r.rel.quality)
                    && r.rel.domains.contains(tri.domain)
                    && mask == (a | b)
                    && relevant(r.a)
                    && relevant(r.b)
                {
                    subjects.extend([r.a, r.b]);
                }
            }
            subjects.sort_unstable();
            subjects.dedup();
            let names: Vec<String> = subjects
                .iter()
                .map(|&p| ctx.map.parties[p as usize].name.clone())
                .collect();
            let kind = |bit: u8| PartyKind::CORE[bit.trailing_zeros() as usize];
            let scope = match &tri.werkgebied {
                Some(id) => {
                    Msg::new(crate::i18n::analysis::IN_WERKGEBIED).with("name", ctx.name(id))
                }
                None => Msg::new(crate::i18n::analysis::WHOLE_REGION),
            };
            out.push(Finding {
                domain: Some(tri.domain),
                werkgebied: tri.werkgebied.clone(),
                ..Finding::new(
                    FindingKind::StrainedLeg,
                    if tri.werkgebied.is_none() {
                        Severity::Middel
                    } else {
                        Severity::Laag
                    },
                    subjects
                        .iter()
                        .map(|&p| ctx.party_id(p).to_string())
                        .collect(),
                    Msg::new(tx::STRAINED_LEG)
                        .with("kind_a", lower(kind(*a)))
                        .with("kind_b", lower(kind(*b)))
                        .with("domain", lower(tri.domain))
                        .with("scope", scope)
                        .with("names", Arg::Names(names, 5)),
                    tx::ADVICE_STRAINED_LEG,
                    json!({"leg": name}),
                )
            });
        }
    }
    out
}
