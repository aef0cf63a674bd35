//! `mono_sector_table`: every party represented at a table is of one kind — a sector meeting
//! itself. Needs at least [`Thresholds::mono_sector_min_members`] seats, so a one-seat table is
//! not reported (an empty or lone table is an island matter, see `isolation`).

use super::context::{Ctx, lower};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use serde_json::json;

pub(crate) fn mono_sector_tables(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, table) in ctx.map.tables.iter().enumerate() {
        let seats = &ctx.table_seats[i];
        let parties = &ctx.table_parties[i];
        if seats.len() < t.mono_sector_min_members.max(1) || parties.is_empty() {
            continue;
        }
        let kind = ctx.party_kind(parties[0]);
        if parties.iter().any(|&p| ctx.party_kind(p) != kind) {
            continue;
        }
        let message = Msg::new(tx::MONO_SECTOR)
            .with("table", &table.name)
            .with("kind", lower(kind))
            .with("n", Arg::Count(seats.len(), tx::N_MEMBER));
        out.push(Finding::new(
            FindingKind::MonoSectorTable,
            Severity::Laag,
            vec![table.id.clone()],
            message,
            Msg::new(tx::ADVICE_MONO_SECTOR),
            json!({
                "party_kind": kind,
                "seats": seats.len(),
                "parties": parties.iter().take(t.max_listed).map(|&p| ctx.party_id(p)).collect::<Vec<_>>(),
            }),
        ));
    }
    out
}
