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
//!
//! Bounded output: when a whole sector never meets another, the pairs are quadratic in the
//! number of parties (1,000 corporations × 1,000 care providers: a million findings). A party
//! that comes first in more than [`MAX_PAIRS_PER_PARTY`] missing pairs therefore gets one
//! finding about all of them — subjects the party alone, its partners counted and the first of
//! them listed in the evidence — instead of one per pair. Its key (`missing_link|-|-|-|party`,
//! the werkgebied when all pairs share one) stays stable while the party stays over the bound;
//! maps where no party is over it (every ordinary region) are reported pair by pair as before.

use super::context::{Ctx, Werkgebied, lower, name_list};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::reliability as rx;
use crate::i18n::{Arg, Msg};
use crate::model::PartyKind;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

/// The pairs of kinds that must meet, in canonical order.
const PAIRS: [(usize, usize); 3] = [(0, 1), (0, 2), (1, 2)];

/// A party first in more missing pairs than this gets one finding for all of them.
pub const MAX_PAIRS_PER_PARTY: usize = 100;

/// Broker or partner names kept in a message (the rendering shows five and counts the rest).
const NAMES_KEPT: usize = 5;

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
    // Missing pairs per first party: over the bound, one finding per party.
    let mut per_first = vec![0usize; ctx.map.parties.len()];
    for &(_, _, a, _) in &found {
        per_first[a as usize] += 1;
    }
    let mut many: BTreeMap<u32, Vec<(Option<u32>, u32)>> = BTreeMap::new();
    found.retain(|&(w, _, a, b)| {
        let over = per_first[a as usize] > MAX_PAIRS_PER_PARTY;
        if over {
            many.entry(a).or_default().push((w, b));
        }
        !over
    });
    let mut projection: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut out = Vec::with_capacity(found.len() + many.len());
    for (a, partners) in &many {
        out.push(collapsed(ctx, t, *a, partners));
    }
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
        Msg::new(tx::ONLY_VIA).with("brokers", names_counted(&broker_names, NAMES_KEPT))
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

/// Names for a message, the first `keep` kept and the rest only counted: renders as
/// `name_list(names, keep)` does, without holding every name in every finding.
pub(crate) fn names_counted(names: &[&str], keep: usize) -> Arg {
    let keep = keep.max(1);
    if names.len() <= keep {
        return name_list(names, keep);
    }
    Arg::Join(
        vec![
            name_list(&names[..keep], keep),
            Arg::Msg(Msg::new(tx::AND_OTHERS).with("n", names.len() - keep)),
        ],
        "",
    )
}

/// One finding for party `a` and every partner it never meets (`(werkgebied, partner)` in
/// the order of the pair walk).
fn collapsed(ctx: &Ctx, t: &Thresholds, a: u32, partners: &[(Option<u32>, u32)]) -> Finding {
    let pa = &ctx.map.parties[a as usize];
    let mut wgs: Vec<u32> = partners.iter().filter_map(|p| p.0).collect();
    wgs.sort_unstable();
    wgs.dedup();
    let werkgebied = match (wgs.as_slice(), partners.iter().any(|p| p.0.is_none())) {
        ([w], false) => Some(ctx.municipality_id(*w).to_string()),
        _ => None,
    };
    let scope = match &werkgebied {
        Some(id) => Msg::new(tx::IN_WERKGEBIED).with("name", ctx.name(id)),
        None => Msg::new(tx::THE_REGION),
    };
    let names: Vec<&str> = partners
        .iter()
        .map(|p| ctx.map.parties[p.1 as usize].name.as_str())
        .collect();
    let mut kinds: Vec<PartyKind> = vec![pa.kind];
    for p in partners {
        let k = ctx.party_kind(p.1);
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let message = Msg::new(rx::MISSING_LINKS_MANY)
        .with("kind_a", lower(pa.kind))
        .with("a", &pa.name)
        .with("scope", scope)
        .with("n", partners.len())
        .with("names", names_counted(&names, NAMES_KEPT));
    let evidence = json!({
        "kinds": kinds,
        "partner_count": partners.len(),
        "partners": partners.iter().take(t.max_listed).map(|p| ctx.party_id(p.1)).collect::<Vec<_>>(),
        "werkgebieden": wgs.iter().take(t.max_listed).map(|&w| ctx.municipality_id(w)).collect::<Vec<_>>(),
    });
    Finding {
        werkgebied,
        ..Finding::new(
            FindingKind::MissingLink,
            Severity::Middel,
            vec![pa.id.clone()],
            message,
            Msg::new(rx::ADVICE_MISSING_LINKS_MANY),
            evidence,
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Domain, Layer, Map, Membership, Party, Role, Set, Table, TableKind};

    pub(crate) fn party(id: &str, kind: PartyKind) -> Party {
        Party {
            id: id.into(),
            name: format!("Naam {id}"),
            kind,
            werkgebied: Vec::new(),
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: Vec::new(),
        }
    }

    /// A casus table seating `parties`.
    pub(crate) fn table_with(map: &mut Map, id: &str, parties: &[&str]) {
        map.tables.push(Table {
            id: id.into(),
            name: format!("Naam {id}"),
            kind: TableKind::Tafel,
            domains: Set::one(Domain::Casus),
            layers: Set::one(Layer::Operationeel),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: Vec::new(),
            reports_to: Vec::new(),
            attributes: Vec::new(),
        });
        for p in parties {
            map.memberships.push(Membership {
                table: id.into(),
                party: (*p).into(),
                person: None,
                role: Role::Lid,
                attributes: Vec::new(),
            });
        }
    }

    #[test]
    fn a_party_with_too_many_missing_partners_gets_one_finding() {
        // No gemeente: one region. Corporation c0 meets none of 150 care providers (each at
        // its own table): 150 pairs > 100, so one finding. Corporation c1 sits at the tables
        // of z000..z059 and misses the other 90: within the bound, 90 pair findings.
        let mut map = Map::default();
        map.parties.push(party("c0", PartyKind::Woningcorporatie));
        map.parties.push(party("c1", PartyKind::Woningcorporatie));
        for i in 0..150 {
            let z = format!("z{i:03}");
            map.parties.push(party(&z, PartyKind::Zorgaanbieder));
            if i < 60 {
                table_with(&mut map, &format!("t{i:03}"), &[&z, "c1"]);
            } else {
                table_with(&mut map, &format!("t{i:03}"), &[&z]);
            }
        }
        table_with(&mut map, "tc", &["c0"]);
        let ctx = Ctx::new(&map);
        let t = Thresholds::default();
        let found = missing_links(&ctx, &t);
        assert_eq!(found.len(), 1 + 90);
        let one: Vec<&Finding> = found.iter().filter(|f| f.subjects == ["c0"]).collect();
        assert_eq!(one.len(), 1);
        let f = one[0];
        assert_eq!(f.werkgebied, None);
        assert_eq!(f.evidence["partner_count"], 150);
        let partners = f.evidence["partners"].as_array().expect("list");
        assert_eq!(partners.len(), t.max_listed);
        assert_eq!(partners[0], "z000");
        let nl = f.message(Lang::Nl);
        assert!(nl.contains("met 150 kernpartijen"), "{nl}");
        assert!(nl.ends_with("Naam z004 en 145 andere."), "{nl}");
        assert!(f.message(Lang::En).contains("with 150 core parties"));
        let pairs = found.iter().filter(|f| f.subjects[0] == "c1").count();
        assert_eq!(pairs, 90);
        assert!(found.iter().all(|f| f.subjects.len() <= 2));
    }

    #[test]
    fn kept_names_render_as_the_full_list_did() {
        let names: Vec<String> = (0..12).map(|i| format!("n{i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        for lang in [Lang::Nl, Lang::En] {
            for len in [0, 1, 5, 6, 12] {
                let full = name_list(&refs[..len], 5).render(lang);
                assert_eq!(names_counted(&refs[..len], 5).render(lang), full);
            }
        }
    }
}
