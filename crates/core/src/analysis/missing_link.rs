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
//! Cost: each pair of core parties of different kinds once (inherently pairwise, but not once
//! more per werkgebied), tested by a merge of two sorted table lists; the projection
//! neighbourhoods needed for the brokers are built only for parties in a missing link.

use super::context::{Ctx, Werkgebied, lower, name_list};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::Msg;
use crate::i18n::analysis as tx;
use crate::model::PartyKind;
use serde_json::json;
use std::collections::HashMap;

/// The pairs of kinds that must meet, in canonical order.
const PAIRS: [(usize, usize); 3] = [(0, 1), (0, 2), (1, 2)];

pub(crate) fn missing_links(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let nw = ctx.municipalities.len();
    let mut by_kind: [Vec<u32>; 3] = Default::default();
    for (i, p) in ctx.map.parties.iter().enumerate() {
        if let Some(k) = PartyKind::CORE.iter().position(|k| *k == p.kind) {
            by_kind[k].push(i as u32);
        }
    }
    // Each pair is visited once (not once per werkgebied: a region-wide corporation and care
    // provider are in every one of them) and reported in its first shared werkgebied; the
    // findings are then put in the order of a walk over the werkgebieden, pair kind, a, b.
    let mut found: Vec<(Option<u32>, usize, u32, u32)> = Vec::new();
    for (pair, (ka, kb)) in PAIRS.into_iter().enumerate() {
        for &a in &by_kind[ka] {
            for &b in &by_kind[kb] {
                if ctx.meet(a, b) {
                    continue;
                }
                let scope = if nw == 0 {
                    Some(None)
                } else {
                    first_shared(&ctx.party_wg[a as usize], &ctx.party_wg[b as usize], nw).map(Some)
                };
                if let Some(w) = scope {
                    found.push((w, pair, a, b));
                }
            }
        }
    }
    found.sort_unstable();
    let mut projection: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut out = Vec::with_capacity(found.len());
    for (w, _, a, b) in found {
        for p in [a, b] {
            projection.entry(p).or_insert_with(|| neighbourhood(ctx, p));
        }
        let brokers = intersect(&projection[&a], &projection[&b], a, b);
        out.push(finding(ctx, t, a, b, w, &brokers));
    }
    out
}

/// The first municipality position both werkgebieden cover, if any.
fn first_shared(a: &Werkgebied, b: &Werkgebied, nw: usize) -> Option<u32> {
    match (a, b) {
        (Werkgebied::All, Werkgebied::All) => (nw > 0).then_some(0),
        (Werkgebied::All, Werkgebied::Some(v)) | (Werkgebied::Some(v), Werkgebied::All) => {
            v.first().copied()
        }
        (Werkgebied::Some(x), Werkgebied::Some(y)) => {
            let (mut i, mut j) = (0, 0);
            while i < x.len() && j < y.len() {
                match x[i].cmp(&y[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => return Some(x[i]),
                }
            }
            None
        }
    }
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
        Some(id) => Msg::new(tx::IN_WERKGEBIED).with("name", ctx.name(id)),
        None => Msg::new(tx::THE_REGION),
    };
    let broker_names: Vec<&str> = brokers
        .iter()
        .map(|&p| ctx.map.parties[p as usize].name.as_str())
        .collect();
    let via = if brokers.is_empty() {
        Msg::new(tx::NO_BROKER)
    } else {
        Msg::new(tx::ONLY_VIA).with("brokers", name_list(&broker_names, 5))
    };
    let message = Msg::new(tx::MISSING_LINK)
        .with("kind_a", lower(pa.kind))
        .with("a", &pa.name)
        .with("kind_b", lower(pb.kind))
        .with("b", &pb.name)
        .with("scope", scope)
        .with("via", via);
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
            Msg::new(tx::ADVICE_MISSING_LINK),
            evidence,
        )
    }
}
