//! The gemeente–woningcorporatie–zorgaanbieder triangle per domain (and per werkgebied when the
//! map has several municipalities), and the `open_triangle` finding.
//!
//! A *scope* is a domain, optionally narrowed to one municipality's werkgebied `w`. In a scope
//! with `w`:
//! - a table counts when it is in the domain and covers `w` (an empty werkgebied covers all);
//! - a party counts only when it is active in `w` (an empty werkgebied means the whole region;
//!   a gemeente is active in itself). So a region-wide table where Gemeente A sits does not give
//!   Gemeente B's werkgebied a municipality.
//! - a relationship counts when it is tagged with the domain and both its parties are active in
//!   `w` (relationships carry no werkgebied of their own).
//!
//! A kind is *present* when one of its parties sits at a table of the scope or has a tagged
//! relationship in it; a *leg* exists when a party of the one kind meets one of the other (common
//! table or tagged relationship). States: `afwezig` when a kind is not present, else `gesloten`
//! when one table seats all three kinds (the closing tables), else `verbonden` when all three legs
//! exist, else `open`.
//!
//! Bounded output: an `open_triangle` lists as subjects the parties of the kinds on its missing
//! legs, at most [`MAX_SUBJECTS`] of them (the first by id; the evidence then counts them all
//! in `subject_count`), so a map with thousands of region-wide parties does not repeat all of
//! them in every scope.

use super::context::{Ctx, Werkgebied, core_bit, lower};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Arg, Msg};
use crate::model::{Domain, PartyKind, Vocab};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// How far the triangle is closed in a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TriangleState {
    /// One table in the scope seats all three kinds.
    Gesloten,
    /// All three legs exist, but not at one table.
    Verbonden,
    /// A leg is missing.
    Open,
    /// A kind is absent from the scope.
    Afwezig,
}

impl TriangleState {
    /// The canonical (Dutch) name, as in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            TriangleState::Gesloten => "gesloten",
            TriangleState::Verbonden => "verbonden",
            TriangleState::Open => "open",
            TriangleState::Afwezig => "afwezig",
        }
    }
}

impl Label for TriangleState {
    fn text(self) -> crate::i18n::Text {
        match self {
            TriangleState::Gesloten => tx::STATE_GESLOTEN,
            TriangleState::Verbonden => tx::STATE_VERBONDEN,
            TriangleState::Open => tx::STATE_OPEN,
            TriangleState::Afwezig => tx::STATE_AFWEZIG,
        }
    }
}

/// Which legs of the triangle exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Legs {
    #[serde(rename = "gemeente-woningcorporatie")]
    pub gemeente_woningcorporatie: bool,
    #[serde(rename = "gemeente-zorgaanbieder")]
    pub gemeente_zorgaanbieder: bool,
    #[serde(rename = "woningcorporatie-zorgaanbieder")]
    pub woningcorporatie_zorgaanbieder: bool,
}

/// Most subjects an `open_triangle` lists (see the module documentation).
pub const MAX_SUBJECTS: usize = 200;

/// The three legs: kind bits (see [`core_bit`]), the leg's bit in a legs mask, and its name.
pub(crate) const LEGS: [(u8, u8, u8, &str); 3] = [
    (1, 2, 1, "gemeente-woningcorporatie"),
    (1, 4, 2, "gemeente-zorgaanbieder"),
    (2, 4, 4, "woningcorporatie-zorgaanbieder"),
];

impl Legs {
    fn from_mask(m: u8) -> Self {
        Legs {
            gemeente_woningcorporatie: m & 1 != 0,
            gemeente_zorgaanbieder: m & 2 != 0,
            woningcorporatie_zorgaanbieder: m & 4 != 0,
        }
    }

    /// The names of the missing legs, in canonical order.
    pub fn missing(&self) -> Vec<&'static str> {
        let have = [
            self.gemeente_woningcorporatie,
            self.gemeente_zorgaanbieder,
            self.woningcorporatie_zorgaanbieder,
        ];
        LEGS.iter()
            .zip(have)
            .filter(|(_, h)| !h)
            .map(|(l, _)| l.3)
            .collect()
    }
}

/// The triangle in one scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Triangle {
    pub domain: Domain,
    /// The municipality id, or `None` for the whole map.
    pub werkgebied: Option<String>,
    pub state: TriangleState,
    pub legs: Legs,
    /// Tables in the scope that seat all three kinds, in map order.
    pub closing_tables: Vec<String>,
    /// Present kinds as a mask of [`core_bit`]s (not part of the JSON).
    #[serde(skip)]
    pub(crate) present: u8,
}

/// The legs a kinds mask covers.
fn legs_of(mask: u8) -> u8 {
    LEGS.iter()
        .filter(|(a, b, _, _)| mask & (a | b) == (a | b))
        .fold(0, |acc, l| acc | l.2)
}

/// Every triangle: per domain for the whole map, then (with two or more municipalities) per
/// domain and werkgebied in map order.
pub(crate) fn triangles(ctx: &Ctx) -> Vec<Triangle> {
    let multi = ctx.municipalities.len() >= 2;
    let mut out = Vec::new();
    for &d in Domain::ALL {
        let tables: Vec<u32> = (0..ctx.map.tables.len() as u32)
            .filter(|&t| ctx.table_in(t, d))
            .collect();
        let rels: Vec<(u32, u32)> = ctx
            .party_rels
            .iter()
            .filter(|r| r.rel.domains.contains(d))
            .map(|r| (r.a, r.b))
            .collect();
        out.push(scope(ctx, d, None, &tables, &rels));
        if multi {
            // Tables per werkgebied (a region-wide table in every one), so that each scope
            // looks only at its own tables.
            let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); ctx.municipalities.len()];
            for &t in &tables {
                match &ctx.table_wg[t as usize] {
                    Werkgebied::All => buckets.iter_mut().for_each(|b| b.push(t)),
                    Werkgebied::Some(ws) => ws.iter().for_each(|&w| buckets[w as usize].push(t)),
                }
            }
            for (w, bucket) in buckets.iter().enumerate() {
                out.push(scope(ctx, d, Some(w as u32), bucket, &rels));
            }
        }
    }
    out
}

/// The triangle of one scope; `tables` are the domain's tables covering the werkgebied.
fn scope(ctx: &Ctx, d: Domain, w: Option<u32>, tables: &[u32], rels: &[(u32, u32)]) -> Triangle {
    let relevant = |p: u32| w.is_none_or(|w| ctx.party_wg[p as usize].contains(w));
    let bit = |p: u32| core_bit(ctx.party_kind(p));
    let (mut present, mut legs) = (0u8, 0u8);
    let mut closing = Vec::new();
    for &t in tables {
        let mask = ctx.table_parties[t as usize]
            .iter()
            .filter(|&&p| relevant(p))
            .fold(0, |m, &p| m | bit(p));
        present |= mask;
        legs |= legs_of(mask);
        if mask == 7 {
            closing.push(ctx.table_id(t).to_string());
        }
    }
    for &(a, b) in rels {
        if relevant(a) && relevant(b) {
            let mask = bit(a) | bit(b);
            present |= mask;
            legs |= legs_of(mask);
        }
    }
    let state = if present != 7 {
        TriangleState::Afwezig
    } else if !closing.is_empty() {
        TriangleState::Gesloten
    } else if legs == 7 {
        TriangleState::Verbonden
    } else {
        TriangleState::Open
    };
    Triangle {
        domain: d,
        werkgebied: w.map(|w| ctx.municipality_id(w).to_string()),
        state,
        legs: Legs::from_mask(legs),
        closing_tables: closing,
        present,
    }
}

/// `open_triangle`: one finding per triangle that is `open` or `afwezig`. Severity `hoog` for a
/// whole-map triangle, `middel` for one werkgebied (the whole-map one usually says it already).
/// A map without parties (a new, empty project) has nothing to say yet.
pub(crate) fn open_triangles(ctx: &Ctx, triangles: &[Triangle], t: &Thresholds) -> Vec<Finding> {
    let mut out = Vec::new();
    if ctx.map.parties.is_empty() {
        return out;
    }
    for tri in triangles {
        if !matches!(tri.state, TriangleState::Open | TriangleState::Afwezig) {
            continue;
        }
        let w = tri.werkgebied.as_deref().and_then(|id| {
            let p = ctx.index.party(id)? as u32;
            ctx.municipalities
                .iter()
                .position(|m| *m == p)
                .map(|x| x as u32)
        });
        // The parties of each core kind active in the scope's werkgebied, in map order.
        let mut by_kind: [Vec<u32>; 3] = Default::default();
        for (i, p) in ctx.map.parties.iter().enumerate() {
            let i = i as u32;
            if let Some(k) = PartyKind::CORE.iter().position(|k| *k == p.kind)
                && w.is_none_or(|w| ctx.party_wg[i as usize].contains(w))
            {
                by_kind[k].push(i);
            }
        }
        let kind_pos = |b: u8| b.trailing_zeros() as usize;
        let mut subjects = Vec::new();
        let mut details = Vec::new();
        let absent: Vec<PartyKind> = PartyKind::CORE
            .iter()
            .copied()
            .filter(|k| tri.present & core_bit(*k) == 0)
            .collect();
        for k in &absent {
            details.push(Msg::new(tx::KIND_ABSENT).with("kind", lower(*k)));
            // Parties of the absent kind that are on the map elsewhere: whom to ask.
            let elsewhere: Vec<Arg> = (0..ctx.map.parties.len() as u32)
                .filter(|&p| ctx.party_kind(p) == *k)
                .take(3)
                .map(|p| {
                    let name = ctx.map.parties[p as usize].name.as_str();
                    let domains: Vec<Arg> = Domain::ALL
                        .iter()
                        .copied()
                        .filter(|d| {
                            ctx.party_tables[p as usize]
                                .iter()
                                .any(|&x| ctx.table_in(x, *d))
                        })
                        .map(lower)
                        .collect();
                    Arg::Msg(if domains.is_empty() {
                        Msg::new(crate::i18n::actions::KIND_ELSEWHERE_NOWHERE).with("party", name)
                    } else {
                        Msg::new(crate::i18n::actions::KIND_ELSEWHERE)
                            .with("party", name)
                            .with("domains", Arg::Prose(domains, tx::LIST_AND))
                    })
                })
                .collect();
            if !elsewhere.is_empty() {
                details.push(
                    Msg::new(crate::i18n::actions::PLAIN).with("s", Arg::Join(elsewhere, ", ")),
                );
            }
        }
        let missing = tri.legs.missing();
        for (a, b, _, name) in LEGS {
            if !missing.contains(&name) {
                continue;
            }
            for p in by_kind[kind_pos(a)].iter().chain(&by_kind[kind_pos(b)]) {
                subjects.push(ctx.party_id(*p));
            }
            if tri.present & a != 0 && tri.present & b != 0 {
                let names = |k: usize| {
                    let v: Vec<&str> = by_kind[k]
                        .iter()
                        .map(|&p| ctx.map.parties[p as usize].name.as_str())
                        .collect();
                    super::missing_link::names_counted(&v, 3)
                };
                details.push(
                    Msg::new(tx::LEG_MISSING)
                        .with("kind_a", lower(PartyKind::CORE[kind_pos(a)]))
                        .with("names_a", names(kind_pos(a)))
                        .with("kind_b", lower(PartyKind::CORE[kind_pos(b)]))
                        .with("names_b", names(kind_pos(b))),
                );
            }
        }
        subjects.sort_unstable();
        subjects.dedup();
        let subject_count = subjects.len();
        subjects.truncate(MAX_SUBJECTS);
        let subjects: Vec<String> = subjects.into_iter().map(str::to_string).collect();
        let scope = match &tri.werkgebied {
            Some(id) => Msg::new(tx::IN_WERKGEBIED).with("name", ctx.name(id)),
            None => Msg::new(tx::WHOLE_REGION),
        };
        let message = Msg::new(tx::OPEN_TRIANGLE)
            .with("domain", lower(tri.domain))
            .with("scope", scope)
            .with(
                "details",
                Arg::Join(details.into_iter().map(Arg::Msg).collect(), "; "),
            );
        let advice = if absent.is_empty() {
            tx::ADVICE_OPEN_TRIANGLE
        } else {
            tx::ADVICE_KIND_ABSENT
        };
        let ids = |k: usize| -> Vec<&str> {
            by_kind[k]
                .iter()
                .take(t.max_listed)
                .map(|&p| ctx.party_id(p))
                .collect()
        };
        let mut evidence = json!({
            "state": tri.state,
            "missing_legs": missing,
            "absent_kinds": absent,
            "parties": {
                "gemeente": ids(0),
                "woningcorporatie": ids(1),
                "zorgaanbieder": ids(2),
            },
        });
        if subject_count > MAX_SUBJECTS {
            evidence["subject_count"] = json!(subject_count);
        }
        let severity = if tri.werkgebied.is_none() {
            Severity::Hoog
        } else {
            Severity::Middel
        };
        out.push(Finding {
            domain: Some(tri.domain),
            werkgebied: tri.werkgebied.clone(),
            ..Finding::new(
                FindingKind::OpenTriangle,
                severity,
                subjects,
                message,
                advice,
                evidence,
            )
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::missing_link::tests::{party, table_with};
    use crate::model::Map;

    #[test]
    fn an_open_triangle_lists_at_most_max_subjects() {
        // One gemeente, one corporation and 250 care providers, each at its own casus table:
        // nobody meets, so in casus all three legs are missing and the subjects would be all
        // 252 parties; in the other domains every kind is absent, likewise. Sorted ids:
        // c0, g0, z000, …, z249; the first 200 end at z197.
        let mut map = Map::default();
        map.parties.push(party("g0", PartyKind::Gemeente));
        map.parties.push(party("c0", PartyKind::Woningcorporatie));
        table_with(&mut map, "tg", &["g0"]);
        table_with(&mut map, "tc", &["c0"]);
        for i in 0..250 {
            let z = format!("z{i:03}");
            map.parties.push(party(&z, PartyKind::Zorgaanbieder));
            table_with(&mut map, &format!("t{i:03}"), &[&z]);
        }
        let ctx = Ctx::new(&map);
        let tris = triangles(&ctx);
        let found = open_triangles(&ctx, &tris, &Thresholds::default());
        assert_eq!(found.len(), Domain::ALL.len());
        for f in &found {
            assert_eq!(f.subjects.len(), MAX_SUBJECTS);
            assert_eq!(f.subjects[0], "c0");
            assert_eq!(f.subjects[1], "g0");
            assert_eq!(f.subjects[MAX_SUBJECTS - 1], "z197");
            assert_eq!(f.evidence["subject_count"], 252);
        }
        let casus = found
            .iter()
            .find(|f| f.domain == Some(Domain::Casus))
            .expect("casus");
        // The names in the message: three shown, the rest counted.
        let nl = casus.message(crate::i18n::Lang::Nl);
        assert!(nl.contains("Naam z002 en 247 andere"), "{nl}");
    }
}
