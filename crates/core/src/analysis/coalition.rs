//! `coalition_gap`: for at least one core kind (gemeente, woningcorporatie, zorgaanbieder) no
//! party of that kind is present in all three domains, so the kerncoalitie that should carry the
//! whole is incomplete. A party is present in a domain when it sits at a table of that domain or
//! has a relationship tagged with it (a person's counts for their party). One finding for the
//! map; nothing is said about a map without tables and relationships.

use super::context::{Ctx, lower};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::actions as cx;
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Domain, PartyKind, Vocab};
use serde_json::{Map as JsonMap, Value, json};

pub(crate) fn coalition_gap(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    if ctx.map.tables.is_empty() && ctx.map.relations.is_empty() {
        return Vec::new();
    }
    let dmask = |ds: crate::model::Set<Domain>| ds.iter().fold(0u8, |m, d| m | 1 << d.index());
    let mut mask: Vec<u8> = ctx
        .party_tables
        .iter()
        .map(|ts| {
            ts.iter()
                .fold(0u8, |m, &x| m | dmask(ctx.map.tables[x as usize].domains))
        })
        .collect();
    for r in &ctx.party_rels {
        let m = dmask(r.rel.domains);
        mask[r.a as usize] |= m;
        mask[r.b as usize] |= m;
    }
    let core: Vec<usize> = (0..ctx.map.parties.len())
        .filter(|&p| ctx.map.parties[p].kind.is_core())
        .collect();
    let missing: Vec<PartyKind> = PartyKind::CORE
        .iter()
        .copied()
        .filter(|k| {
            !core
                .iter()
                .any(|&p| ctx.map.parties[p].kind == *k && mask[p] == 7)
        })
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let mut presence = JsonMap::new();
    for &p in core.iter().take(t.max_listed) {
        let ds: Vec<Domain> = Domain::ALL
            .iter()
            .copied()
            .filter(|d| mask[p] & 1 << d.index() != 0)
            .collect();
        presence.insert(ctx.map.parties[p].id.clone(), json!(ds));
    }
    let complete: Vec<&str> = core
        .iter()
        .filter(|&&p| mask[p] == 7)
        .map(|&p| ctx.map.parties[p].id.as_str())
        .collect();
    let kinds: Vec<Arg> = missing.iter().copied().map(lower).collect();
    let mut subjects: Vec<String> = core
        .iter()
        .map(|&p| ctx.map.parties[p].id.clone())
        .collect();
    subjects.sort();
    // Per missing kind: its parties and where they are (and are not), so the message names them
    // and the advice says whom to bring where: the one present in most domains first.
    let mut wheres = Vec::new();
    let mut asks = Vec::new();
    for k in &missing {
        let mut of_kind: Vec<usize> = core
            .iter()
            .copied()
            .filter(|&p| ctx.map.parties[p].kind == *k)
            .collect();
        of_kind.sort_by_key(|&p| (std::cmp::Reverse(mask[p].count_ones()), p));
        let domains = |m: u8| -> Vec<Arg> {
            Domain::ALL
                .iter()
                .copied()
                .filter(|d| m & 1 << d.index() != 0)
                .map(lower)
                .collect()
        };
        for &p in of_kind.iter().take(5) {
            let name = ctx.map.parties[p].name.as_str();
            wheres.push(Arg::Msg(if mask[p] == 0 {
                Msg::new(cx::COALITION_NOWHERE).with("party", name)
            } else {
                Msg::new(cx::COALITION_ONLY)
                    .with("party", name)
                    .with("domains", Arg::Prose(domains(mask[p]), tx::LIST_AND))
            }));
        }
        if of_kind.len() > 5 {
            wheres.push(Arg::Msg(
                Msg::new(cx::COALITION_MORE).with("n", of_kind.len() - 5),
            ));
        }
        if let Some(&p) = of_kind.first() {
            asks.push(Arg::Msg(
                Msg::new(cx::COALITION_ASK)
                    .with("party", ctx.map.parties[p].name.as_str())
                    .with("domains", Arg::Prose(domains(7 & !mask[p]), tx::LIST_AND)),
            ));
        } else {
            asks.push(Arg::Msg(
                Msg::new(cx::COALITION_FIND).with("kind", lower(*k)),
            ));
        }
    }
    let message = Msg::new(tx::COALITION_GAP)
        .with("kinds", Arg::Prose(kinds, tx::LIST_OR))
        .then(Msg::new(cx::COALITION_WHERE).with("where", Arg::Join(wheres, "; ")));
    let advice = Msg::new(cx::COALITION_ADVICE)
        .with("asks", Arg::Join(asks, " "))
        .with("general", Msg::new(tx::ADVICE_COALITION));
    vec![Finding::new(
        FindingKind::CoalitionGap,
        Severity::Hoog,
        subjects,
        message,
        advice,
        json!({
            "missing_kinds": missing,
            "presence": Value::Object(presence),
            "complete": complete,
        }),
    )]
}
