//! `triangle_without_mandate` (spec version 2): the triangle is `gesloten` or `verbonden` in a
//! scope, but only at tables whose `besluitvorming` is `ontmoeting` or at platforms — the three
//! meet, nobody decides together (the handreiking's *impasses voorkomen*).
//!
//! Settled here: a table without `besluitvorming` is taken at its word as possibly deciding (the
//! map does not say otherwise), so only tables that say `ontmoeting`, and platforms, are set
//! aside; tagged relationships (a convenant, prestatieafspraken) keep counting, since they are
//! agreements. The triangle is then recomputed without the set-aside tables; when it is no
//! longer closed or connected, the finding is made, naming the meeting tables that carried it.
//! Nothing is reported when no table in the map carries `besluitvorming` at all.

use super::context::{Ctx, Werkgebied, core_bit, lower};
use super::triangle::{LEGS, Triangle, TriangleState};
use super::{Finding, FindingKind, Severity};
use crate::i18n::actions as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Decision, Domain, Relation, TableKind, Vocab};
use serde_json::json;

/// Legs mask and "one table seats all three" per scope, in the order of
/// [`super::triangle::triangles`], counting only the tables and relationships kept.
pub(crate) fn scoped_legs(
    ctx: &Ctx,
    keep_table: impl Fn(u32) -> bool,
    keep_rel: impl Fn(&Relation) -> bool,
) -> Vec<(u8, bool)> {
    let multi = ctx.municipalities.len() >= 2;
    let mut out = Vec::new();
    for &d in Domain::ALL {
        let tables: Vec<u32> = (0..ctx.map.tables.len() as u32)
            .filter(|&t| ctx.table_in(t, d) && keep_table(t))
            .collect();
        let rels: Vec<(u32, u32)> = ctx
            .party_rels
            .iter()
            .filter(|r| r.rel.domains.contains(d) && keep_rel(r.rel))
            .map(|r| (r.a, r.b))
            .collect();
        out.push(legs_in(ctx, None, &tables, &rels));
        if multi {
            for w in 0..ctx.municipalities.len() as u32 {
                let bucket: Vec<u32> = tables
                    .iter()
                    .copied()
                    .filter(|&t| match &ctx.table_wg[t as usize] {
                        Werkgebied::All => true,
                        Werkgebied::Some(ws) => ws.binary_search(&w).is_ok(),
                    })
                    .collect();
                out.push(legs_in(ctx, Some(w), &bucket, &rels));
            }
        }
    }
    out
}

fn legs_in(ctx: &Ctx, w: Option<u32>, tables: &[u32], rels: &[(u32, u32)]) -> (u8, bool) {
    let relevant = |p: u32| w.is_none_or(|w| ctx.party_wg[p as usize].contains(w));
    let bit = |p: u32| core_bit(ctx.party_kind(p));
    let legs_of = |mask: u8| {
        LEGS.iter()
            .filter(|(a, b, _, _)| mask & (a | b) == (a | b))
            .fold(0, |acc, l| acc | l.2)
    };
    let (mut legs, mut closed) = (0u8, false);
    for &t in tables {
        let mask = ctx.table_parties[t as usize]
            .iter()
            .filter(|&&p| relevant(p))
            .fold(0, |m, &p| m | bit(p));
        legs |= legs_of(mask);
        closed |= mask == 7;
    }
    for &(a, b) in rels {
        if relevant(a) && relevant(b) {
            legs |= legs_of(bit(a) | bit(b));
        }
    }
    (legs, closed)
}

/// Whether a table is only a meeting place: `besluitvorming` `ontmoeting`, or a platform.
fn meeting_only(ctx: &Ctx, t: u32) -> bool {
    let table = &ctx.map.tables[t as usize];
    table.decision == Some(Decision::Ontmoeting) || table.kind == TableKind::Platform
}

/// One finding per closed or connected triangle that falls open without its meeting tables.
pub(crate) fn triangles_without_mandate(ctx: &Ctx, triangles: &[Triangle]) -> Vec<Finding> {
    let mut out = Vec::new();
    if !ctx.map.tables.iter().any(|t| t.decision.is_some()) {
        return out;
    }
    let deciding = scoped_legs(ctx, |t| !meeting_only(ctx, t), |_| true);
    for (tri, (legs, closed)) in triangles.iter().zip(deciding) {
        if !matches!(
            tri.state,
            TriangleState::Gesloten | TriangleState::Verbonden
        ) || closed
            || legs == 7
        {
            continue;
        }
        let w = tri.werkgebied.as_deref().and_then(|id| {
            let p = ctx.index.party(id)? as u32;
            ctx.municipalities.iter().position(|m| *m == p)
        });
        // The meeting tables of the scope where core parties meet: what carries the triangle.
        let meeting: Vec<u32> = (0..ctx.map.tables.len() as u32)
            .filter(|&t| {
                ctx.table_in(t, tri.domain)
                    && meeting_only(ctx, t)
                    && w.is_none_or(|w| ctx.table_wg[t as usize].contains(w as u32))
                    && ctx.table_parties[t as usize]
                        .iter()
                        .filter(|&&p| core_bit(ctx.party_kind(p)) != 0)
                        .count()
                        >= 2
            })
            .collect();
        let names: Vec<String> = meeting
            .iter()
            .map(|&t| ctx.map.tables[t as usize].name.clone())
            .collect();
        let scope = match &tri.werkgebied {
            Some(id) => Msg::new(crate::i18n::analysis::IN_WERKGEBIED).with("name", ctx.name(id)),
            None => Msg::new(crate::i18n::analysis::WHOLE_REGION),
        };
        let message = Msg::new(tx::WITHOUT_MANDATE)
            .with("domain", lower(tri.domain))
            .with("scope", scope)
            .with("tables", Arg::Names(names, 5));
        out.push(Finding {
            domain: Some(tri.domain),
            werkgebied: tri.werkgebied.clone(),
            ..Finding::new(
                FindingKind::TriangleWithoutMandate,
                Severity::Middel,
                meeting
                    .iter()
                    .map(|&t| ctx.table_id(t).to_string())
                    .collect(),
                message,
                tx::ADVICE_WITHOUT_MANDATE,
                json!({
                    "state": tri.state,
                    "meeting_tables": meeting.iter().map(|&t| ctx.table_id(t)).collect::<Vec<_>>(),
                    "domain": tri.domain.name(),
                }),
            )
        });
    }
    out
}
