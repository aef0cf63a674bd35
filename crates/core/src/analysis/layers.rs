//! `layer_gap`: the three layers do not hold together.
//!
//! Map-wide (severity `hoog`): no strategic table at all, no operational table at all, or no
//! operational table linked to a strategic or tactical one — linked meaning the table is itself
//! also strategic/tactical, shares a member (person, or party seated without a person) with such
//! a table, or reports — directly or in a chain — to a table that is linked in one of these ways.
//!
//! Per core party (severity `middel`), only where persons carry a `laag`: the party takes part at
//! one layer only. Per seat of the party, the layer is the seated person's `laag` when they carry
//! one, else the table's layers (a seat without a named person is there at the table's level).

use super::context::{Ctx, lower};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::actions as cx;
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Layer, NodeKind, Vocab};
use serde_json::json;

pub(crate) fn layer_gaps(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let nt = ctx.map.tables.len() as u32;
    if nt == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let with = |l: Layer| {
        (0..nt)
            .filter(|&x| ctx.table_at(x, l))
            .collect::<Vec<u32>>()
    };
    let strategic = with(Layer::Strategisch);
    let operational = with(Layer::Operationeel);
    // The advice differs per case: without strategic tables the point is board support ("in de
    // marge"), without operational tables the professionals ("schijnsamenwerking"), and when
    // both exist but are not linked, the line between them.
    let counts = json!({
        "strategic_tables": strategic.len(),
        "tactical_tables": with(Layer::Tactisch).len(),
        "operational_tables": operational.len(),
    });
    let mut map_wide = |layer: Layer,
                        message: Msg,
                        advice: Msg,
                        subjects: Vec<String>,
                        extra: serde_json::Value| {
        let mut evidence = counts.clone();
        if let (Some(e), Some(x)) = (evidence.as_object_mut(), extra.as_object()) {
            e.extend(x.clone());
        }
        out.push(Finding {
            layer: Some(layer),
            ..Finding::new(
                FindingKind::LayerGap,
                Severity::Hoog,
                subjects,
                message,
                advice,
                evidence,
            )
        });
    };
    if strategic.is_empty() {
        map_wide(
            Layer::Strategisch,
            Msg::new(tx::NO_STRATEGIC),
            Msg::new(cx::ADVICE_NO_STRATEGIC),
            Vec::new(),
            json!({"missing": "strategisch"}),
        );
    }
    if operational.is_empty() {
        map_wide(
            Layer::Operationeel,
            Msg::new(tx::NO_OPERATIONAL),
            Msg::new(cx::ADVICE_NO_OPERATIONAL),
            Vec::new(),
            json!({"missing": "operationeel"}),
        );
    } else {
        let upper =
            |x: u32| ctx.table_at(x, Layer::Strategisch) || ctx.table_at(x, Layer::Tactisch);
        let linked = linked_to(ctx, upper);
        if !operational.iter().any(|&x| linked[x as usize]) {
            let mut subjects: Vec<String> = operational
                .iter()
                .map(|&x| ctx.table_id(x).to_string())
                .collect();
            subjects.sort();
            map_wide(
                Layer::Operationeel,
                if operational.len() == 1 {
                    Msg::new(tx::OPERATIONAL_UNLINKED_ONE)
                } else {
                    Msg::new(tx::OPERATIONAL_UNLINKED).with("n", operational.len())
                }
                .then(
                    Msg::new(cx::UNLINKED_TABLES).with(
                        "tables",
                        Arg::Names(
                            operational
                                .iter()
                                .map(|&x| ctx.map.tables[x as usize].name.clone())
                                .collect(),
                            t.max_listed.min(8),
                        ),
                    ),
                ),
                Msg::new(tx::ADVICE_LAYER_GAP),
                subjects,
                json!({"missing": "link"}),
            );
        }
    }
    out.extend(party_layers(ctx, t));
    out
}

/// Per table: whether it is `target`, shares a member with a `target` table, or reports to such a
/// table (directly or in a chain).
pub(crate) fn linked_to(ctx: &Ctx, target: impl Fn(u32) -> bool) -> Vec<bool> {
    let nt = ctx.map.tables.len();
    let g = &ctx.member;
    let mut ok = vec![false; nt];
    for x in 0..nt as u32 {
        if !target(x) {
            continue;
        }
        ok[x as usize] = true;
        let Some(n) = g.node(ctx.table_id(x)) else {
            continue;
        };
        for &m in g.neighbors(n) {
            if g.kinds[m as usize] != NodeKind::Table {
                for y in ctx.member_tables(m) {
                    if let Some(i) = ctx.member_table_index(y) {
                        ok[i as usize] = true;
                    }
                }
            }
        }
    }
    let mut stack: Vec<u32> = (0..nt as u32).filter(|&x| ok[x as usize]).collect();
    while let Some(u) = stack.pop() {
        for &x in &ctx.reported_by[u as usize] {
            if !ok[x as usize] {
                ok[x as usize] = true;
                stack.push(x);
            }
        }
    }
    ok
}

fn party_layers(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    if !ctx.map.persons.iter().any(|p| p.layer.is_some()) {
        return Vec::new();
    }
    // The layers each party takes part at: per seat the layer of the person in it when they
    // carry one, else the layers of the table itself.
    let np = ctx.map.parties.len();
    let mut mask = vec![0u8; np];
    let mut who: Vec<Vec<u32>> = vec![Vec::new(); np];
    for (x, seats) in ctx.table_seats.iter().enumerate() {
        for s in seats {
            let person_layer = s.person.and_then(|p| ctx.map.persons[p as usize].layer);
            match person_layer {
                Some(l) => {
                    mask[s.party as usize] |= 1 << l.index();
                    who[s.party as usize].extend(s.person);
                }
                None => {
                    for l in ctx.map.tables[x].layers.iter() {
                        mask[s.party as usize] |= 1 << l.index();
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (p, party) in ctx.map.parties.iter().enumerate() {
        if !party.kind.is_core() || mask[p].count_ones() != 1 {
            continue;
        }
        let layer = Layer::ALL[mask[p].trailing_zeros() as usize];
        let mut persons = who[p].clone();
        persons.sort_unstable();
        persons.dedup();
        let message = Msg::new(tx::PARTY_ONE_LAYER)
            .with("party", &party.name)
            .with("kind", lower(party.kind))
            .with("layer", lower(layer));
        out.push(Finding {
            layer: Some(layer),
            ..Finding::new(
                FindingKind::LayerGap,
                Severity::Middel,
                vec![party.id.clone()],
                message,
                Msg::new(tx::ADVICE_PARTY_ONE_LAYER),
                json!({
                    "layers": [layer],
                    "persons": persons
                        .iter()
                        .take(t.max_listed)
                        .map(|&x| ctx.map.persons[x as usize].id.as_str())
                        .collect::<Vec<_>>(),
                }),
            )
        });
    }
    out
}
