//! `unanchored_initiative`: a table in the casus or leefomgeving domain with no route to an
//! *anchor* — a strategic or tactical table of the institutional domain — so it cannot get a
//! mandate or escalate (the Doe-tafel lesson of the seeds).
//!
//! A table is anchored when it is an anchor itself, or one of its members also sits at an
//! anchor, or it reports (`rapporteert_aan`, directly or in a chain) to a table that is anchored
//! in one of these ways. A *member* is the person when the membership names one, else the party —
//! the member graph's notion: with person-level data it takes a person who actually sits at both
//! tables, since an organisation sending different people to each does not carry the line by
//! itself; without persons the party stands in.

use super::context::{Ctx, lower};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Domain, Layer, NodeKind};
use serde_json::json;

/// Whether a table is a strategic or tactical table of the institutional domain.
pub(crate) fn is_anchor(ctx: &Ctx, t: u32) -> bool {
    ctx.table_in(t, Domain::Institutioneel)
        && (ctx.table_at(t, Layer::Strategisch) || ctx.table_at(t, Layer::Tactisch))
}

/// Per table: whether it has a route to an anchor.
pub(crate) fn anchored(ctx: &Ctx) -> Vec<bool> {
    let nt = ctx.map.tables.len();
    let g = &ctx.member;
    let mut ok = vec![false; nt];
    for t in 0..nt as u32 {
        if !is_anchor(ctx, t) {
            continue;
        }
        ok[t as usize] = true;
        let Some(n) = g.node(ctx.table_id(t)) else {
            continue;
        };
        for &m in g.neighbors(n) {
            if g.kinds[m as usize] == NodeKind::Table {
                continue;
            }
            for x in ctx.member_tables(m) {
                if let Some(i) = ctx.member_table_index(x) {
                    ok[i as usize] = true;
                }
            }
        }
    }
    // Whoever reports to an anchored table is anchored: walk the reporting lines backwards.
    let mut stack: Vec<u32> = (0..nt as u32).filter(|&t| ok[t as usize]).collect();
    while let Some(u) = stack.pop() {
        for &t in &ctx.reported_by[u as usize] {
            if !ok[t as usize] {
                ok[t as usize] = true;
                stack.push(t);
            }
        }
    }
    ok
}

pub(crate) fn unanchored_initiatives(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let ok = anchored(ctx);
    let anchors = (0..ctx.map.tables.len() as u32)
        .filter(|&x| is_anchor(ctx, x))
        .count();
    let mut out = Vec::new();
    for (i, table) in ctx.map.tables.iter().enumerate() {
        let field =
            table.domains.contains(Domain::Casus) || table.domains.contains(Domain::Leefomgeving);
        if !field || ok[i] {
            continue;
        }
        let domains: Vec<Arg> = table.domains.iter().map(lower).collect();
        let message = Msg::new(tx::UNANCHORED)
            .with("table", &table.name)
            .with("domains", Arg::Join(domains, ", "));
        let reports: Vec<&str> = ctx.reports_to[i]
            .iter()
            .take(t.max_listed)
            .map(|&u| ctx.table_id(u))
            .collect();
        out.push(Finding {
            domain: table.domains.iter().find(|d| *d != Domain::Institutioneel),
            ..Finding::new(
                FindingKind::UnanchoredInitiative,
                Severity::Middel,
                vec![table.id.clone()],
                message,
                Msg::new(tx::ADVICE_UNANCHORED),
                json!({
                    "domains": table.domains,
                    "layers": table.layers,
                    "reports_to": reports,
                    "anchor_tables": anchors,
                }),
            )
        });
    }
    out
}
