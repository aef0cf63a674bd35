//! `missing_link`: a specific pair of core parties (gemeente–corporatie, gemeente–zorg,
//! corporatie–zorg) active in the same werkgebied that never meet — no common table anywhere and
//! no relationship of any kind (scope "everything"; a person's relationship counts for their
//! party). That is the Gouda case of the seeds: corporation and care knew each other only through
//! the municipality.
//!
//! The brokers in the evidence are the parties at distance two in the party projection: parties
//! that both of them meet. Each pair is reported once, with the first shared werkgebied in map
//! order; the evidence lists all shared werkgebieden. A map without gemeente parties is one
//! region in which every core party is active.
//!
//! Cost: per werkgebied the pairs of its core parties of different kinds (inherently pairwise),
//! each tested by a merge of two sorted table lists; the projection neighbourhoods needed for the
//! brokers are built only for parties in a missing link.

use super::context::{Ctx, name_list};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
use crate::model::PartyKind;
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// The pairs of kinds that must meet, in canonical order.
const PAIRS: [(usize, usize); 3] = [(0, 1), (0, 2), (1, 2)];

pub(crate) fn missing_links(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let nw = ctx.municipalities.len();
    // Scopes: each municipality position, or one regional scope (None) when there are none.
    let scopes: Vec<Option<u32>> = if nw == 0 {
        vec![None]
    } else {
        (0..nw as u32).map(Some).collect()
    };
    let core: Vec<(u32, usize)> = ctx
        .map
        .parties
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            PartyKind::CORE
                .iter()
                .position(|k| *k == p.kind)
                .map(|k| (i as u32, k))
        })
        .collect();

    let mut seen: HashSet<(u32, u32)> = HashSet::new();
    let mut projection: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut out = Vec::new();
    for w in scopes {
        let mut by_kind: [Vec<u32>; 3] = Default::default();
        for &(p, k) in &core {
            if w.is_none_or(|w| ctx.party_wg[p as usize].contains(w)) {
                by_kind[k].push(p);
            }
        }
        for (ka, kb) in PAIRS {
            for &a in &by_kind[ka] {
                for &b in &by_kind[kb] {
                    if !seen.insert((a, b)) || ctx.meet(a, b) {
                        continue;
                    }
                    for p in [a, b] {
                        projection.entry(p).or_insert_with(|| neighbourhood(ctx, p));
                    }
                    let brokers = intersect(&projection[&a], &projection[&b], a, b);
                    out.push(finding(ctx, t, a, b, w, &brokers));
                }
            }
        }
    }
    out
}

/// Every party `p` meets (tables and relationships, any scope), sorted, without `p`.
fn neighbourhood(ctx: &Ctx, p: u32) -> Vec<u32> {
    let mut v: Vec<u32> = ctx.party_tables[p as usize]
        .iter()
        .flat_map(|&t| ctx.table_parties[t as usize].iter().copied())
        .chain(ctx.party_rel_partners[p as usize].iter().copied())
        .filter(|&q| q != p)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn intersect(a: &[u32], b: &[u32], x: u32, y: u32) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if a[i] != x && a[i] != y {
                    out.push(a[i]);
                }
                i += 1;
                j += 1;
            }
        }
    }
    out
}

fn finding(ctx: &Ctx, t: &Thresholds, a: u32, b: u32, w: Option<u32>, brokers: &[u32]) -> Finding {
    let pa = &ctx.map.parties[a as usize];
    let pb = &ctx.map.parties[b as usize];
    let werkgebied = w.map(|w| ctx.municipality_id(w).to_string());
    let scope = match &werkgebied {
        Some(id) => tx::IN_WERKGEBIED.fill(&[("name", &ctx.name(id))]),
        None => tx::THE_REGION.get().to_string(),
    };
    let broker_names: Vec<&str> = brokers
        .iter()
        .map(|&p| ctx.map.parties[p as usize].name.as_str())
        .collect();
    let via = if brokers.is_empty() {
        tx::NO_BROKER.get().to_string()
    } else {
        tx::ONLY_VIA.fill(&[("brokers", &name_list(&broker_names, 5))])
    };
    let message = tx::MISSING_LINK.fill(&[
        ("kind_a", &pa.kind.label().to_lowercase()),
        ("a", &pa.name),
        ("kind_b", &pb.kind.label().to_lowercase()),
        ("b", &pb.name),
        ("scope", &scope),
        ("via", &via),
    ]);
    let shared: Vec<&str> = (0..ctx.municipalities.len() as u32)
        .filter(|&m| ctx.party_wg[a as usize].contains(m) && ctx.party_wg[b as usize].contains(m))
        .take(t.max_listed)
        .map(|m| ctx.municipality_id(m))
        .collect();
    let evidence = json!({
        "kinds": [pa.kind, pb.kind],
        "werkgebieden": shared,
        "brokers": brokers.iter().take(t.max_listed).map(|&p| ctx.party_id(p)).collect::<Vec<_>>(),
        "broker_names": broker_names.iter().take(t.max_listed).collect::<Vec<_>>(),
        "broker_count": brokers.len(),
    });
    Finding {
        werkgebied,
        ..Finding::new(
            FindingKind::MissingLink,
            Severity::Middel,
            vec![pa.id.clone(), pb.id.clone()],
            message,
            tx::ADVICE_MISSING_LINK.get().to_string(),
            evidence,
        )
    }
}
