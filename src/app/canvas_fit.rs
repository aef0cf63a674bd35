//! What the canvas zooms to when a finding is selected.
//!
//! Most findings: their subjects. An `open_triangle` is about one domain in one werkgebied, but
//! its subjects are parties that may also sit (and be connected) elsewhere; fitting all of them
//! would zoom out to cells where the leg exists. So it fits to the subjects that take part in the
//! scope (active in the werkgebied, and at one of the scope's tables or with a relationship
//! tagged with the domain) and to the scope's tables where they sit: the place where the leg is
//! missing.

use crate::analysis::{Finding, FindingKind};
use crate::layout::cell_of;
use crate::model::{Domain, Map, PartyKind};
use std::collections::BTreeSet;

/// The ids the canvas fits to for finding `f` of `map`.
pub(super) fn fit_ids(map: &Map, f: &Finding) -> Vec<String> {
    match (f.kind, f.domain) {
        (FindingKind::OpenTriangle, Some(d)) => {
            let ids = triangle_scope(map, f, d);
            if ids.is_empty() {
                f.subjects.clone()
            } else {
                ids
            }
        }
        _ => f.subjects.clone(),
    }
}

/// The subjects in the triangle's scope and the scope's tables where they sit, sorted.
fn triangle_scope(map: &Map, f: &Finding, d: Domain) -> Vec<String> {
    let w = f.werkgebied.as_deref();
    let covers = |area: &[String]| w.is_none_or(|w| area.is_empty() || area.iter().any(|a| a == w));
    // A party is active in the werkgebied when it names it or names none (a gemeente is active
    // in itself), as the analysis counts it.
    let active = |id: &str| {
        map.party(id).is_some_and(|p| {
            (p.kind == PartyKind::Gemeente && w == Some(p.id.as_str()))
                || (p.kind != PartyKind::Gemeente || w.is_none()) && covers(&p.werkgebied)
        })
    };
    let subjects: BTreeSet<&str> = f
        .subjects
        .iter()
        .map(String::as_str)
        .filter(|id| active(id))
        .collect();
    // The scope's tables, preferring those drawn in the domain's own column (a table of several
    // domains is drawn in its first one).
    let scope: Vec<&crate::model::Table> = map
        .tables
        .iter()
        .filter(|t| t.domains.contains(d) && covers(&t.werkgebied))
        .collect();
    let in_column: Vec<&crate::model::Table> = scope
        .iter()
        .copied()
        .filter(|t| cell_of(t).0 == d)
        .collect();
    let tables = if in_column.is_empty() {
        scope
    } else {
        in_column
    };
    let mut out: BTreeSet<&str> = BTreeSet::new();
    for t in &tables {
        for m in map.memberships.iter().filter(|m| m.table == t.id) {
            if subjects.contains(m.party.as_str()) {
                out.insert(&m.party);
                out.insert(&t.id);
            }
        }
    }
    for r in map.relations.iter().filter(|r| r.domains.contains(d)) {
        if subjects.contains(r.from.as_str()) && subjects.contains(r.to.as_str()) {
            out.insert(&r.from);
            out.insert(&r.to);
        }
    }
    out.into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Layer, Membership, Party, Role, Set, Table, TableKind};

    fn party(id: &str, kind: PartyKind, area: &[&str]) -> Party {
        Party {
            werkgebied: area.iter().map(|s| s.to_string()).collect(),
            ..Party::new(id, id, kind)
        }
    }

    fn table(id: &str, domains: &[Domain], area: &[&str], seats: &[&str], map: &mut Map) {
        let mut set = Set::empty();
        for d in domains {
            set.insert(*d);
        }
        map.tables.push(Table {
            id: id.into(),
            name: id.into(),
            kind: TableKind::Tafel,
            domains: set,
            layers: Set::one(Layer::Tactisch),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: area.iter().map(|s| s.to_string()).collect(),
            reports_to: vec![],
            attributes: vec![],
        });
        for p in seats {
            map.memberships.push(Membership {
                table: id.into(),
                party: p.to_string(),
                person: None,
                role: Role::Lid,
                attributes: vec![],
            });
        }
    }

    /// Gemeenten ga and gb; corporation ca works in ga, cb in gb; zorg z is region-wide.
    /// In ga's leefomgeving: table la (ga, z; the leg ga–ca and ca–z missing), and the shared
    /// table mix (casus first, then leefomgeving; ca sits there). In gb the triangle closes at lb.
    fn region() -> Map {
        let mut map = Map {
            parties: vec![
                party("ga", PartyKind::Gemeente, &[]),
                party("gb", PartyKind::Gemeente, &[]),
                party("ca", PartyKind::Woningcorporatie, &["ga"]),
                party("cb", PartyKind::Woningcorporatie, &["gb"]),
                party("z", PartyKind::Zorgaanbieder, &[]),
            ],
            ..Map::default()
        };
        table(
            "la",
            &[Domain::Leefomgeving],
            &["ga"],
            &["ga", "z"],
            &mut map,
        );
        table(
            "mix",
            &[Domain::Casus, Domain::Leefomgeving],
            &["ga"],
            &["ca"],
            &mut map,
        );
        table(
            "lb",
            &[Domain::Leefomgeving],
            &["gb"],
            &["gb", "cb", "z"],
            &mut map,
        );
        table("cz", &[Domain::Casus], &[], &["ca", "z", "ga"], &mut map);
        map
    }

    fn open_triangle(subjects: &[&str]) -> Finding {
        Finding {
            domain: Some(Domain::Leefomgeving),
            werkgebied: Some("ga".into()),
            ..Finding::new(
                FindingKind::OpenTriangle,
                crate::analysis::Severity::Middel,
                subjects.iter().map(|s| s.to_string()).collect(),
                crate::i18n::Msg::new(crate::i18n::analysis::OPEN_TRIANGLE),
                crate::i18n::Msg::new(crate::i18n::analysis::ADVICE_OPEN_TRIANGLE),
                serde_json::Value::Null,
            )
        }
    }

    #[test]
    fn an_open_triangle_fits_to_where_its_leg_is_missing() {
        let map = region();
        // Subjects as the analysis could list them, with cb and gb of the other werkgebied
        // added: those are not in ga's scope and must not widen the view.
        let f = open_triangle(&["ca", "cb", "ga", "gb", "z"]);
        // In ga's leefomgeving column only la is drawn (mix is drawn under casus, and cz is a
        // casus table where the leg exists); ga and z sit at la. ca takes part only at mix,
        // which is in scope but drawn elsewhere, so it is not fitted either.
        assert_eq!(fit_ids(&map, &f), ["ga", "la", "z"]);
    }

    #[test]
    fn other_findings_fit_to_their_subjects() {
        let map = region();
        let mut f = open_triangle(&["ca", "z"]);
        f.kind = FindingKind::MissingLink;
        assert_eq!(fit_ids(&map, &f), ["ca", "z"]);
        // An open triangle whose subjects take part nowhere in its scope falls back likewise.
        let g = open_triangle(&["cb"]);
        assert_eq!(fit_ids(&map, &g), ["cb"]);
    }
}
