//! Islands: `isolated_initiative` (a table none of whose members sits at any other table and
//! without a reporting line), `isolated_party` (in no table and no relationship) and
//! `fragmented_network` (the metrics graph falls apart).
//!
//! For an initiative, "its members" are members as the spec defines them: the person when the
//! seat names one, the party otherwise. A table is an island when none of those members sits at
//! another table — a Doe-tafel whose five people sit nowhere else is an island even when their
//! organisations sit elsewhere through other people. A table without members and without a
//! reporting line is an island too.
//! A party counts as in a table also when one of its own persons sits somewhere for another
//! party, and as in a relationship also through its persons.

use super::context::{Ctx, lower, name_list};
use super::{Computed, Finding, FindingKind, Severity};
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::NodeKind;
use serde_json::json;

pub(crate) fn isolated_initiatives(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for (t, table) in ctx.map.tables.iter().enumerate() {
        if !ctx.reports_to[t].is_empty() || !ctx.reported_by[t].is_empty() {
            continue;
        }
        let seats = &ctx.table_seats[t];
        let elsewhere = seats.iter().any(|s| {
            let id = match s.person {
                Some(x) => &ctx.map.persons[x as usize].id,
                None => &ctx.map.parties[s.party as usize].id,
            };
            ctx.member
                .node(id)
                .is_some_and(|n| ctx.member_tables(n).nth(1).is_some())
        });
        if elsewhere {
            continue;
        }
        let members = ctx.table_parties[t].len();
        let message = if seats.is_empty() {
            Msg::new(tx::ISOLATED_INITIATIVE_EMPTY).with("table", &table.name)
        } else if members == 1 {
            Msg::new(tx::ISOLATED_INITIATIVE_ONE).with("table", &table.name)
        } else {
            Msg::new(tx::ISOLATED_INITIATIVE)
                .with("table", &table.name)
                .with("n", members)
        };
        out.push(Finding::new(
            FindingKind::IsolatedInitiative,
            Severity::Middel,
            vec![table.id.clone()],
            message,
            Msg::new(tx::ADVICE_ISOLATED_INITIATIVE),
            json!({ "table_kind": table.kind, "parties": members, "seats": seats.len() }),
        ));
    }
    out
}

pub(crate) fn isolated_parties(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    for (p, party) in ctx.map.parties.iter().enumerate() {
        let persons = &ctx.party_persons[p];
        let seated = !ctx.party_tables[p].is_empty()
            || persons
                .iter()
                .any(|&x| !ctx.person_tables[x as usize].is_empty());
        if seated || !ctx.party_rel_partners[p].is_empty() {
            continue;
        }
        out.push(Finding::new(
            FindingKind::IsolatedParty,
            Severity::Laag,
            vec![party.id.clone()],
            Msg::new(tx::ISOLATED_PARTY)
                .with("party", &party.name)
                .with("kind", lower(party.kind)),
            Msg::new(tx::ADVICE_ISOLATED_PARTY),
            json!({ "party_kind": party.kind, "persons": persons.len() }),
        ));
    }
    out
}

/// One finding per component of the metrics graph outside the largest (component 0).
pub(crate) fn fragmented_network(ctx: &Ctx, comp: &Computed) -> Vec<Finding> {
    let g = &comp.metrics;
    let count = comp
        .components
        .iter()
        .map(|c| *c as usize + 1)
        .max()
        .unwrap_or(0);
    if count < 2 {
        return Vec::new();
    }
    let mut parts: Vec<Vec<u32>> = vec![Vec::new(); count];
    for (n, c) in comp.components.iter().enumerate() {
        parts[*c as usize].push(n as u32);
    }
    let largest = parts[0].len();
    parts
        .iter()
        .enumerate()
        .skip(1)
        .map(|(c, nodes)| {
            let of = |k: NodeKind| nodes.iter().filter(|&&n| g.kinds[n as usize] == k).count();
            let (tables, parties, persons) = (
                of(NodeKind::Table),
                of(NodeKind::Party),
                of(NodeKind::Person),
            );
            let names: Vec<&str> = nodes
                .iter()
                .map(|&n| ctx.name(&g.ids[n as usize]))
                .collect();
            let parts: Vec<Arg> = [
                (tables, tx::N_TABLE),
                (parties, tx::N_PARTY),
                (persons, tx::N_PERSON),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, noun)| Arg::Count(n, noun))
            .collect();
            let message = Msg::new(tx::FRAGMENTED)
                .with("n", Arg::Count(nodes.len(), tx::N_NODE))
                .with("parts", Arg::Join(parts, ", "))
                .with("names", name_list(&names, 5))
                .with("largest", Arg::Count(largest, tx::N_NODE));
            Finding::new(
                FindingKind::FragmentedNetwork,
                Severity::Middel,
                nodes.iter().map(|&n| g.ids[n as usize].clone()).collect(),
                message,
                Msg::new(tx::ADVICE_FRAGMENTED),
                json!({
                    "component": c,
                    "size": nodes.len(),
                    "largest": largest,
                    "components": count,
                    "tables": tables,
                    "parties": parties,
                    "persons": persons,
                }),
            )
        })
        .collect()
}
