//! `lopsided_collaboration` (spec version 2): the collaboration leans on one party — it chairs
//! more than a share (default half) of the tables that have a chair, or carries more than that
//! share of all meeting hours, while at least three parties take part ("de samenwerking loopt
//! scheef").
//!
//! Settled here: a party *chairs* a table when one of the table's seats for it has the role
//! `voorzitter`; its *meeting hours* are the hours a year of every seat it holds (a table with
//! two seats of one party counts twice, since two people spend the time). Taking part means
//! holding at least one seat. One finding per party and criterion; severity `middel`.

use super::context::Ctx;
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::Msg;
use crate::i18n::actions as tx;
use crate::model::Role;
use serde_json::json;

/// The findings, chairs first, then hours.
pub(crate) fn lopsided(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let np = ctx.map.parties.len();
    let mut out = Vec::new();
    let taking_part = ctx.party_tables.iter().filter(|v| !v.is_empty()).count();
    if taking_part < t.lopsided_min_parties.max(1) {
        return out;
    }
    let mut chairs = vec![0usize; np];
    let mut chaired_tables = 0usize;
    let mut hours = vec![0.0f64; np];
    let roles = seat_roles(ctx);
    for (ti, seats) in ctx.table_seats.iter().enumerate() {
        let h = ctx.table_hours(ti as u32);
        let mut chaired: Vec<u32> = Vec::new();
        for (s, m) in seats.iter().zip(roles[ti].iter().copied()) {
            hours[s.party as usize] += h;
            if m == Role::Voorzitter {
                chaired.push(s.party);
            }
        }
        chaired.sort_unstable();
        chaired.dedup();
        if !chaired.is_empty() {
            chaired_tables += 1;
        }
        for p in chaired {
            chairs[p as usize] += 1;
        }
    }
    let total_hours: f64 = hours.iter().sum();
    let chair_share: Vec<f64> = chairs
        .iter()
        .map(|&c| c as f64 / chaired_tables.max(1) as f64)
        .collect();
    let hour_share: Vec<f64> = hours
        .iter()
        .map(|&h| {
            if total_hours > 0.0 {
                h / total_hours
            } else {
                0.0
            }
        })
        .collect();
    for (shares, text, what) in [
        (&chair_share, tx::LOPSIDED_CHAIRS, "chairs"),
        (&hour_share, tx::LOPSIDED_HOURS, "meeting_hours"),
    ] {
        for p in 0..np {
            if shares[p] <= t.lopsided_share {
                continue;
            }
            let next = (0..np)
                .filter(|&q| q != p)
                .map(|q| shares[q])
                .fold(0.0, f64::max);
            let party = &ctx.map.parties[p];
            let pct = |x: f64| (x * 100.0).round();
            out.push(Finding::new(
                FindingKind::LopsidedCollaboration,
                Severity::Middel,
                vec![party.id.clone()],
                Msg::new(text)
                    .with("party", party.name.as_str())
                    .with("share", pct(shares[p]))
                    .with("next", pct(next))
                    .with("chaired", chaired_tables),
                tx::ADVICE_LOPSIDED,
                json!({"criterion": what, "share": shares[p], "next_share": next,
                       "tables_with_chair": chaired_tables, "total_meeting_hours": total_hours}),
            ));
        }
    }
    out
}

/// The roles of every table's seats, in the order of [`Ctx::table_seats`] (valid references
/// only, as there), in one pass over the memberships.
fn seat_roles(ctx: &Ctx) -> Vec<Vec<Role>> {
    let mut roles = vec![Vec::new(); ctx.map.tables.len()];
    for m in &ctx.map.memberships {
        if let (Some(t), Some(_)) = (ctx.index.table(&m.table), ctx.index.party(&m.party)) {
            roles[t].push(m.role);
        }
    }
    roles
}
