//! What-if ("what if this person, party or table leaves?") on the fixture maps, and its
//! agreement with the `single_point_of_failure` evidence.

use crate::support::analysis_fixtures as fixtures;

use fixtures::*;
use netwerkkaart::analysis::metrics;
use netwerkkaart::analysis::{FindingKind, Thresholds, TriangleState, analyse, without};
use netwerkkaart::graph;
use netwerkkaart::model::{Domain, Map};
use proptest::prelude::*;

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn changes(
    w: &netwerkkaart::analysis::WhatIf,
) -> Vec<(Domain, Option<String>, TriangleState, TriangleState)> {
    w.triangles_changed
        .iter()
        .map(|c| (c.domain, c.werkgebied.clone(), c.before, c.after))
        .collect()
}

#[test]
fn regisseur_leaving() {
    let w = without(&regisseur(), "p-regie", &Thresholds::default());
    assert!(w.known);
    // See the fixture: without p-regie the member graph falls into three pieces; the six casus
    // tables with p-cons-corp and p-begeleider (8 nodes) are the rest.
    assert_eq!(w.cut_off_tables, strings(&["t-bo", "t-buurtkamer"]));
    assert_eq!(
        w.cut_off_members,
        strings(&["p-dir-corp", "p-dir-zorg", "p-welzijn", "p-wethouder"])
    );
    assert_eq!((w.components_before, w.components_after), (1, 3));
    // The gemeente's only remaining member is p-wethouder (cut off) → gem is cut off; so is
    // welzijn (p-welzijn). corp and zorg keep p-cons-corp and p-begeleider at the casus tables.
    assert_eq!(w.cut_off_parties, strings(&["gem", "welzijn"]));
    // The gemeente sat at the casus tables only through p-regie: casus goes from gesloten to
    // afwezig. Institutioneel keeps the wethouder (gesloten); leefomgeving had no corporation
    // or care before either (afwezig both times).
    assert_eq!(
        changes(&w),
        vec![(
            Domain::Casus,
            None,
            TriangleState::Gesloten,
            TriangleState::Afwezig
        )]
    );
}

#[test]
fn municipality_leaving() {
    let w = without(&gouda(), "gem-gouda", &Thresholds::default());
    // Woonstede reached the rest only through the municipality (the Gouda case).
    assert_eq!(w.cut_off_tables, strings(&["t-bo-gouda", "t-woonurg"]));
    assert_eq!(w.cut_off_members, strings(&["corp-woon"]));
    assert_eq!(w.cut_off_parties, strings(&["corp-woon"]));
    assert_eq!((w.components_before, w.components_after), (1, 2));
    // Gouda's own werkgebied triangles lose their municipality; the whole-map ones stay closed
    // at the Waddinxveen tables; leefomgeving Gouda was afwezig already.
    assert_eq!(
        changes(&w),
        vec![
            (
                Domain::Casus,
                Some("gem-gouda".into()),
                TriangleState::Open,
                TriangleState::Afwezig
            ),
            (
                Domain::Institutioneel,
                Some("gem-gouda".into()),
                TriangleState::Open,
                TriangleState::Afwezig
            ),
        ]
    );
}

#[test]
fn table_leaving() {
    let w = without(&gouda(), "t-bo-wadd", &Thresholds::default());
    // The Waddinxveen members still meet at t-casus-wadd: nothing cut off.
    assert!(w.cut_off_tables.is_empty() && w.cut_off_members.is_empty());
    // Institutioneel was closed only at t-bo-wadd: whole map → open (t-bo-gouda G–C,
    // t-inkoop G–Z, no C–Z), Waddinxveen → afwezig (no institutional table covers it).
    assert_eq!(
        changes(&w),
        vec![
            (
                Domain::Institutioneel,
                None,
                TriangleState::Gesloten,
                TriangleState::Open
            ),
            (
                Domain::Institutioneel,
                Some("gem-wadd".into()),
                TriangleState::Gesloten,
                TriangleState::Afwezig
            ),
        ]
    );
}

#[test]
fn unknown_id_changes_nothing() {
    let w = without(&gouda(), "niemand", &Thresholds::default());
    assert!(!w.known);
    assert!(
        w.cut_off_tables.is_empty()
            && w.cut_off_members.is_empty()
            && w.triangles_changed.is_empty()
    );
    assert_eq!(w.components_before, w.components_after);
}

/// For every single_point_of_failure finding, its evidence equals what `without` says.
fn spof_agrees_with_whatif(m: &Map) {
    let t = Thresholds {
        max_listed: 10_000,
        ..Thresholds::default()
    };
    let a = analyse(m, &t);
    let spofs: std::collections::HashMap<&str, &netwerkkaart::analysis::Finding> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::SinglePointOfFailure)
        .map(|f| (f.subjects[0].as_str(), f))
        .collect();
    // A person leaving, or a party without persons leaving, is exactly its member node leaving;
    // a party with persons takes them along, which is a different question.
    let members: Vec<String> = m
        .memberships
        .iter()
        .map(|s| s.person.clone().unwrap_or_else(|| s.party.clone()))
        .filter(|id| !m.persons.iter().any(|p| p.party == *id))
        .collect();
    for id in members {
        let w = without(m, &id, &t);
        match spofs.get(id.as_str()) {
            Some(f) => {
                assert_eq!(
                    f.evidence["cut_off_tables"],
                    serde_json::json!(w.cut_off_tables),
                    "{id}"
                );
                assert_eq!(
                    f.evidence["cut_off_members"],
                    serde_json::json!(w.cut_off_members),
                    "{id}"
                );
            }
            None => assert!(
                w.cut_off_tables.is_empty() && w.cut_off_members.is_empty(),
                "{id}: {w:?}"
            ),
        }
    }
}

/// The articulation flags in the JSON (from the analysis' own depth-first search) are the
/// articulation points of `metrics::articulation_points` on the member graph.
fn articulation_agrees_with_metrics(m: &Map) {
    let g = graph::member_graph(m);
    let expected = metrics::articulation_points(&g);
    let a = analyse(m, &Thresholds::default());
    for n in &a.metrics.nodes {
        let want = g.node(&n.id).is_some_and(|i| expected[i as usize]);
        assert_eq!(n.articulation, want, "{}", n.id);
    }
}

#[test]
fn spof_evidence_matches_whatif_on_fixtures() {
    for m in [
        gouda(),
        regisseur(),
        fragment(),
        gaps(),
        healthy().build(),
        two_tables(false),
        two_tables(true),
    ] {
        spof_agrees_with_whatif(&m);
        articulation_agrees_with_metrics(&m);
    }
}

/// Random maps: parties of four kinds, some with up to two persons; each seat is party-level or
/// names one of the party's persons; a few reporting lines and person relationships.
fn random_map() -> impl Strategy<Value = Map> {
    (2usize..9, 1usize..7)
        .prop_flat_map(|(np, nt)| {
            (
                Just(np),
                Just(nt),
                prop::collection::vec((0usize..4, 0usize..3), np),
                prop::collection::vec((0..nt, 0..np, 0usize..3), 0..(2 * (np + nt))),
                prop::collection::vec((0..nt, 0..nt), 0..3),
                prop::collection::vec((0..np, 0..np), 0..2),
            )
        })
        .prop_map(|(np, nt, kinds, seats, reports, rels)| {
            let kind = ["gemeente", "woningcorporatie", "zorgaanbieder", "welzijn"];
            let mut b = B::new();
            for (i, (k, persons)) in kinds.iter().enumerate().take(np) {
                b = b.party(&format!("p{i}"), kind[*k], &[]);
                for x in 0..*persons {
                    b = b.person(&format!("p{i}-{x}"), &format!("p{i}"), "", "", None);
                }
            }
            for t in 0..nt {
                let to: Vec<String> = reports
                    .iter()
                    .filter(|(a, _)| *a == t)
                    .map(|(_, u)| format!("t{u}"))
                    .collect();
                let to: Vec<&str> = to.iter().map(String::as_str).collect();
                b = b.table(&format!("t{t}"), "casus", "operationeel", &[], &to);
            }
            for (t, p, x) in seats {
                if x < kinds[p].1 {
                    b = b.people(&format!("t{t}"), &[&format!("p{p}-{x}")]);
                } else {
                    b = b.seats(&format!("t{t}"), &[&format!("p{p}")]);
                }
            }
            for (a, c) in rels {
                // Between first persons when both have one, else between the parties.
                let end = |i: usize| {
                    if kinds[i].1 > 0 {
                        format!("p{i}-0")
                    } else {
                        format!("p{i}")
                    }
                };
                b = b.rel(&end(a), &end(c), "");
            }
            b.build()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn spof_evidence_matches_whatif_on_random_maps(m in random_map()) {
        spof_agrees_with_whatif(&m);
        articulation_agrees_with_metrics(&m);
    }
}
