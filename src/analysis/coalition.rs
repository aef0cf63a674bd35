//! `coalition_gap`: for at least one core kind (gemeente, woningcorporatie, zorgaanbieder) no
//! party of that kind is present in all three domains, so the kerncoalitie that should carry the
//! whole is incomplete. A party is present in a domain when it sits at a table of that domain or
//! has a relationship tagged with it (a person's counts for their party). One finding for the
//! map; nothing is said about a map without tables and relationships.

use super::context::{Ctx, prose};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
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
    let kinds: Vec<String> = missing.iter().map(|k| k.label().to_lowercase()).collect();
    let mut subjects: Vec<String> = core
        .iter()
        .map(|&p| ctx.map.parties[p].id.clone())
        .collect();
    subjects.sort();
    vec![Finding::new(
        FindingKind::CoalitionGap,
        Severity::Hoog,
        subjects,
        tx::COALITION_GAP.fill(&[("kinds", &prose(&kinds, tx::LIST_OR))]),
        tx::ADVICE_COALITION.get().to_string(),
        json!({
            "missing_kinds": missing,
            "presence": Value::Object(presence),
            "complete": complete,
        }),
    )]
}
