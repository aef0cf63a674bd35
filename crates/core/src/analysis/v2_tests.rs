//! Tests of version 2 (keys, groups, actions and the new kinds) on small maps built in code,
//! with expectations worked out by hand, plus a property test of the actions' contract.

use super::actions::{ActionEdit, apply};
use super::{Analysis, FindingKind, Thresholds, analyse, findings_of};
use crate::model::{
    Decision, Domain, Layer, Map, Membership, Party, PartyKind, Quality, Relation, Role, Set,
    Table, TableKind, Vocab,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn party(id: &str, kind: PartyKind, wg: &[&str]) -> Party {
    Party {
        id: id.into(),
        name: format!("Naam {id}"),
        kind,
        werkgebied: wg.iter().map(|s| s.to_string()).collect(),
        parent: None,
        interests: String::new(),
        takes: String::new(),
        gives: String::new(),
        attributes: Vec::new(),
    }
}

fn table(id: &str, d: Domain, l: Layer, wg: &[&str], reports: &[&str]) -> Table {
    Table {
        id: id.into(),
        name: format!("Naam {id}"),
        kind: TableKind::Tafel,
        domains: Set::one(d),
        layers: Set::one(l),
        frequency: None,
        duration_hours: None,
        decision: None,
        werkgebied: wg.iter().map(|s| s.to_string()).collect(),
        reports_to: reports.iter().map(|s| s.to_string()).collect(),
        attributes: Vec::new(),
    }
}

fn seat(t: &str, p: &str) -> Membership {
    Membership {
        table: t.into(),
        party: p.into(),
        person: None,
        role: Role::Lid,
        attributes: Vec::new(),
    }
}

fn rel(a: &str, b: &str, d: Domain, q: Option<Quality>) -> Relation {
    Relation {
        from: a.into(),
        to: b.into(),
        kind: String::new(),
        domains: Set::one(d),
        layers: Set::empty(),
        quality: q,
        note: String::new(),
        attributes: Vec::new(),
    }
}

/// One municipality where every domain has one table seating all three core parties, each
/// casus and leefomgeving table reporting to the bestuurlijk overleg: nothing to say.
fn healthy() -> Map {
    use Domain::*;
    let mut m = Map {
        parties: vec![
            party("gem", PartyKind::Gemeente, &[]),
            party("corp", PartyKind::Woningcorporatie, &[]),
            party("zorg", PartyKind::Zorgaanbieder, &[]),
        ],
        tables: vec![
            table("t-bo", Institutioneel, Layer::Strategisch, &[], &[]),
            table("t-casus", Casus, Layer::Operationeel, &[], &["t-bo"]),
            table("t-wijk", Leefomgeving, Layer::Operationeel, &[], &["t-bo"]),
        ],
        ..Map::default()
    };
    for t in ["t-bo", "t-casus", "t-wijk"] {
        for p in ["gem", "corp", "zorg"] {
            m.memberships.push(seat(t, p));
        }
    }
    m
}

/// Two municipalities. In A the corporation (active in A only) and the care provider (whole
/// region) each meet the municipality at their own casus table, never each other; B is like
/// the healthy map. They do meet at the region-wide tables, so there is no missing_link; by hand
/// the only finding is the open casus triangle in gem-a, and seating corp-a at t-casus-zorg
/// (where zorg sits, casus, in A), or zorg at t-casus-corp, resolves exactly that.
fn two_towns() -> Map {
    use Domain::*;
    let mut m = Map {
        parties: vec![
            party("gem-a", PartyKind::Gemeente, &[]),
            party("gem-b", PartyKind::Gemeente, &[]),
            party("corp-a", PartyKind::Woningcorporatie, &["gem-a"]),
            party("corp-b", PartyKind::Woningcorporatie, &["gem-b"]),
            party("zorg", PartyKind::Zorgaanbieder, &[]),
        ],
        tables: vec![
            table("t-bo", Institutioneel, Layer::Strategisch, &[], &[]),
            table(
                "t-casus-corp",
                Casus,
                Layer::Operationeel,
                &["gem-a"],
                &["t-bo"],
            ),
            table(
                "t-casus-zorg",
                Casus,
                Layer::Operationeel,
                &["gem-a"],
                &["t-bo"],
            ),
            table(
                "t-casus-b",
                Casus,
                Layer::Operationeel,
                &["gem-b"],
                &["t-bo"],
            ),
            table("t-wijk", Leefomgeving, Layer::Operationeel, &[], &["t-bo"]),
        ],
        ..Map::default()
    };
    let seats = [
        ("t-bo", &["gem-a", "gem-b", "corp-a", "corp-b", "zorg"][..]),
        ("t-casus-corp", &["gem-a", "corp-a"][..]),
        ("t-casus-zorg", &["gem-a", "zorg"][..]),
        ("t-casus-b", &["gem-b", "corp-b", "zorg"][..]),
        (
            "t-wijk",
            &["gem-a", "gem-b", "corp-a", "corp-b", "zorg"][..],
        ),
    ];
    for (t, ps) in seats {
        for p in ps {
            m.memberships.push(seat(t, p));
        }
    }
    m
}

fn keys(a: &Analysis) -> BTreeSet<String> {
    a.findings.iter().map(|f| f.key.clone()).collect()
}

#[test]
fn healthy_map_gives_no_findings_groups_or_actions() {
    let a = analyse(&healthy(), &Thresholds::default());
    assert!(a.findings.is_empty(), "{:?}", keys(&a));
    assert!(a.groups.is_empty());
    assert!(a.actions.is_empty());
}

#[test]
fn two_towns_findings_keys_and_first_action_are_as_worked_out() {
    let a = analyse(&two_towns(), &Thresholds::default());
    let k = keys(&a);
    let tri = "open_triangle|casus|-|gem-a|corp-a,zorg";
    assert_eq!(k.into_iter().collect::<Vec<_>>(), vec![tri.to_string()]);
    assert_eq!(a.actions.len(), 1, "one thing to do, proposed once");
    let first = &a.actions[0];
    assert_eq!(first.rank, 1);
    assert_eq!(first.resolves, vec![tri.to_string()]);
    assert!(first.introduces.is_empty());
    assert_eq!(a.groups.len(), 1);
    assert_eq!(a.groups[0].findings, vec![tri.to_string()]);
    // Either party at the other's casus table in A does it; both are one membership.
    let ok = [("t-casus-zorg", "corp-a"), ("t-casus-corp", "zorg")];
    match first.edits.as_slice() {
        [ActionEdit::AddMembership { table, party, .. }] => {
            assert!(
                ok.contains(&(table.as_str(), party.as_str())),
                "{table} {party}"
            )
        }
        other => panic!("expected one seat, got {other:?}"),
    }
}

#[test]
fn groups_partition_the_findings_and_take_the_highest_severity() {
    let a = analyse(&two_towns(), &Thresholds::default());
    let mut seen = Vec::new();
    for g in &a.groups {
        let sev = a
            .findings
            .iter()
            .filter(|f| g.findings.contains(&f.key))
            .map(|f| f.severity)
            .min();
        assert_eq!(Some(g.severity), sev);
        seen.extend(g.findings.iter().cloned());
    }
    seen.sort();
    let mut all: Vec<String> = a.findings.iter().map(|f| f.key.clone()).collect();
    all.sort();
    assert_eq!(seen, all, "every finding in exactly one group");
}

#[test]
fn missing_links_of_one_party_form_one_group_with_figures() {
    // corp-a meets none of the three care providers of A: one group, "3 van de 3".
    use Domain::*;
    let mut m = Map {
        parties: vec![
            party("gem-a", PartyKind::Gemeente, &[]),
            party("corp-a", PartyKind::Woningcorporatie, &["gem-a"]),
            party("z1", PartyKind::Zorgaanbieder, &["gem-a"]),
            party("z2", PartyKind::Zorgaanbieder, &["gem-a"]),
            party("z3", PartyKind::Zorgaanbieder, &["gem-a"]),
        ],
        tables: vec![
            table("t-1", Casus, Layer::Operationeel, &[], &[]),
            table("t-2", Casus, Layer::Operationeel, &[], &[]),
        ],
        ..Map::default()
    };
    for p in ["gem-a", "corp-a"] {
        m.memberships.push(seat("t-1", p));
    }
    for p in ["gem-a", "z1", "z2", "z3"] {
        m.memberships.push(seat("t-2", p));
    }
    let a = analyse(&m, &Thresholds::default());
    let g = a
        .groups
        .iter()
        .find(|g| g.kind == FindingKind::MissingLink)
        .expect("a missing_link group");
    assert_eq!(g.id, "missing_link|corp-a");
    assert_eq!(g.findings.len(), 3);
    let line = g.message.render(crate::i18n::Lang::Nl);
    assert!(line.contains("3 van de 3 zorgaanbieders"), "{line}");
    assert!(line.contains("alleen via Naam gem-a"), "{line}");
    let en = g.message.render(crate::i18n::Lang::En);
    assert!(en.contains("3 of the 3 care providers"), "{en}");
}

#[test]
fn new_kinds_fire_on_meeting_tables_strained_legs_and_one_chair() {
    let mut m = healthy();
    // Every table only a meeting place: the triangles stand, nobody decides.
    for t in &mut m.tables {
        t.decision = Some(Decision::Ontmoeting);
    }
    let a = analyse(&m, &Thresholds::default());
    assert!(
        a.findings
            .iter()
            .any(|f| f.kind == FindingKind::TriangleWithoutMandate),
        "{:?}",
        keys(&a)
    );
    // A leg only through a difficult relationship.
    let mut s = healthy();
    s.memberships
        .retain(|x| !(x.party == "zorg" && x.table == "t-casus"));
    s.memberships
        .retain(|x| !(x.party == "corp" && x.table != "t-casus"));
    s.relations.push(rel(
        "corp",
        "zorg",
        Domain::Institutioneel,
        Some(Quality::Moeizaam),
    ));
    let a = analyse(&s, &Thresholds::default());
    let strained: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::StrainedLeg)
        .map(|f| f.key.as_str())
        .collect();
    assert!(
        strained.contains(&"strained_leg|institutioneel|-|-|corp,zorg"),
        "{strained:?}"
    );
    // gem chairs all three tables.
    let mut c = healthy();
    for x in c.memberships.iter_mut().filter(|x| x.party == "gem") {
        x.role = Role::Voorzitter;
    }
    let a = analyse(&c, &Thresholds::default());
    assert!(
        keys(&a).contains("lopsided_collaboration|-|-|-|gem"),
        "{:?}",
        keys(&a)
    );
    // Thresholds are shown with the others.
    let shown: Vec<&str> = a
        .thresholds
        .entries(crate::i18n::Lang::Nl)
        .iter()
        .map(|e| e.0)
        .collect();
    assert!(shown.contains(&"lopsided_share") && shown.contains(&"max_actions"));
}

#[test]
fn an_island_of_people_is_an_island_even_when_their_organisations_sit_elsewhere() {
    use crate::model::Person;
    let mut m = healthy();
    m.tables.push(table(
        "t-doe",
        Domain::Leefomgeving,
        Layer::Operationeel,
        &[],
        &[],
    ));
    for (i, p) in ["gem", "corp", "zorg"].iter().enumerate() {
        let id = format!("x{i}");
        m.persons.push(Person {
            id: id.clone(),
            name: id.clone(),
            party: p.to_string(),
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: Vec::new(),
        });
        m.memberships.push(Membership {
            person: Some(id),
            ..seat("t-doe", p)
        });
    }
    let a = analyse(&m, &Thresholds::default());
    assert!(
        keys(&a).contains("isolated_initiative|-|-|-|t-doe"),
        "{:?}",
        keys(&a)
    );
    // The proposed reporting line to the bestuurlijk overleg resolves it, verified.
    assert!(a.actions.iter().any(|x| {
        x.resolves
            .iter()
            .any(|k| k == "isolated_initiative|-|-|-|t-doe")
            && x.edits.contains(&ActionEdit::AddReportingLine {
                table: "t-doe".into(),
                reports_to: "t-bo".into(),
            })
    }));
}

#[test]
fn json_is_version_2_with_keys_groups_and_actions() {
    let a = analyse(&two_towns(), &Thresholds::default());
    let j = super::to_json(&a, crate::i18n::Lang::Nl);
    assert_eq!(j["version"], 2);
    assert_eq!(j["findings"][0]["key"], a.findings[0].key.as_str());
    assert_eq!(j["groups"].as_array().map(Vec::len), Some(a.groups.len()));
    assert_eq!(j["actions"][0]["rank"], 1);
    assert!(j["actions"][0]["edits"][0]["op"].is_string());
    let text = super::to_text(&a, crate::i18n::Lang::Nl);
    let begin = text.find("Waar te beginnen").expect("actions first");
    let going = text.find("Wat er speelt").expect("then groups");
    let all = text.find("Bevindingen").expect("then the findings");
    assert!(begin < going && going < all, "{text}");
    let md = super::to_markdown(&a, crate::i18n::Lang::En);
    assert!(md.contains("## Where to begin") && md.contains("## What is going on"));
}

/// A random small map: parties of the core kinds (and welzijn) over two municipalities,
/// tables in random domains and layers, random seats and reporting lines.
fn arb_map() -> impl Strategy<Value = Map> {
    (
        proptest::collection::vec((0usize..4, 0usize..3), 3..9),
        proptest::collection::vec((0usize..3, 0usize..3, 0usize..3), 2..6),
        proptest::collection::vec((0usize..8, 0usize..6), 0..24),
        proptest::collection::vec((0usize..6, 0usize..6), 0..4),
    )
        .prop_map(|(ps, ts, seats, reps)| {
            let kinds = [
                PartyKind::Gemeente,
                PartyKind::Woningcorporatie,
                PartyKind::Zorgaanbieder,
                PartyKind::Welzijn,
            ];
            let mut m = Map {
                parties: vec![
                    party("gem-a", PartyKind::Gemeente, &[]),
                    party("gem-b", PartyKind::Gemeente, &[]),
                ],
                ..Map::default()
            };
            for (i, (k, w)) in ps.iter().enumerate() {
                let wg: &[&str] = match w {
                    0 => &[],
                    1 => &["gem-a"],
                    _ => &["gem-b"],
                };
                m.parties.push(party(&format!("p{i}"), kinds[*k], wg));
            }
            for (i, (d, l, w)) in ts.iter().enumerate() {
                let wg: &[&str] = match w {
                    0 => &[],
                    1 => &["gem-a"],
                    _ => &["gem-b"],
                };
                m.tables.push(table(
                    &format!("t{i}"),
                    Domain::ALL[*d],
                    Layer::ALL[*l],
                    wg,
                    &[],
                ));
            }
            let np = m.parties.len();
            let nt = m.tables.len();
            for (p, t) in seats {
                m.memberships
                    .push(seat(&format!("t{}", t % nt), &m.parties[p % np].id.clone()));
            }
            for (a, b) in reps {
                let (a, b) = (a % nt, b % nt);
                if a != b {
                    m.tables[a].reports_to.push(format!("t{b}"));
                }
            }
            m
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// The contract: apply an action's edits, analyse again; exactly `resolves` are gone and
    /// exactly `introduces` are new. Keys are unique in every output.
    #[test]
    fn actions_resolve_and_introduce_exactly_what_reanalysis_shows(m in arb_map()) {
        let t = Thresholds::default();
        let a = analyse(&m, &t);
        let before = keys(&a);
        prop_assert_eq!(before.len(), a.findings.len());
        prop_assert!(a.actions.len() <= t.max_actions);
        for x in &a.actions {
            let mut copy = m.clone();
            apply(&mut copy, &x.edits);
            let after: BTreeSet<String> =
                findings_of(&copy, &t, true).into_iter().map(|f| f.key).collect();
            let gone: Vec<String> = before.difference(&after).cloned().collect();
            let new: Vec<String> = after.difference(&before).cloned().collect();
            prop_assert_eq!(&gone, &x.resolves);
            prop_assert_eq!(&new, &x.introduces);
            // And the full analysis agrees with the findings-only pass.
            let full = keys(&analyse(&copy, &t));
            prop_assert_eq!(&full, &after);
        }
    }
}

#[cfg(feature = "synthetic")]
#[test]
fn a_ten_municipality_region_reads_as_at_most_25_groups() {
    let m = crate::synthetic::generate(&crate::synthetic::Config::new(10));
    let a = analyse(&m, &Thresholds::default());
    assert!(a.findings.len() > 25);
    assert!(a.groups.len() <= 25, "{}", a.groups.len());
    assert_eq!(keys(&a).len(), a.findings.len());
    let grouped: usize = a.groups.iter().map(|g| g.findings.len()).sum();
    assert_eq!(grouped, a.findings.len());
    assert!(!a.actions.is_empty());
}

fn message_of(a: &Analysis, kind: FindingKind) -> (String, String) {
    let f = a
        .findings
        .iter()
        .find(|f| f.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:?}", keys(a)));
    (
        f.message(crate::i18n::Lang::Nl),
        f.advice(crate::i18n::Lang::Nl),
    )
}

#[test]
fn coalition_gap_names_the_parties_and_where_they_are_missing() {
    let mut m = healthy();
    m.memberships
        .retain(|x| !(x.party == "corp" && x.table != "t-bo"));
    let a = analyse(&m, &Thresholds::default());
    let (msg, advice) = message_of(&a, FindingKind::CoalitionGap);
    assert!(
        msg.contains("Naam corp zit alleen aan tafels van het domein institutioneel"),
        "{msg}"
    );
    assert!(
        advice.contains("Vraag Naam corp ook aan tafel in het domein casus en leefomgeving"),
        "{advice}"
    );
}

#[test]
fn layer_gap_advice_differs_per_case() {
    let mut m = healthy();
    m.tables[0].layers = Set::one(Layer::Tactisch);
    let a = analyse(&m, &Thresholds::default());
    let (_, advice) = message_of(&a, FindingKind::LayerGap);
    assert!(advice.contains("in de marge"), "{advice}");
    assert!(!advice.contains("schijnsamenwerking"), "{advice}");
    let mut m = healthy();
    for t in &mut m.tables {
        t.layers = Set::one(Layer::Strategisch);
    }
    let a = analyse(&m, &Thresholds::default());
    let (msg, advice) = message_of(&a, FindingKind::LayerGap);
    assert!(advice.contains("schijnsamenwerking"), "{advice}");
    assert!(msg.contains("operationele"), "{msg}");
}

#[test]
fn overloaded_connector_says_the_limit_exceeded_first() {
    use crate::model::Person;
    let mut m = healthy();
    m.persons.push(Person {
        id: "x".into(),
        name: "Regisseur".into(),
        party: "gem".into(),
        function: String::new(),
        layer: None,
        network_roles: Set::empty(),
        hours_per_month: None,
        attributes: Vec::new(),
    });
    // Seven tables that hang on the person alone (each also seats a welzijn party).
    for i in 0..7 {
        let t = format!("t-c{i}");
        let w = format!("w{i}");
        m.parties.push(party(&w, PartyKind::Welzijn, &[]));
        m.tables.push(table(
            &t,
            Domain::Casus,
            Layer::Operationeel,
            &[],
            &["t-bo"],
        ));
        m.memberships.push(Membership {
            person: Some("x".into()),
            ..seat(&t, "gem")
        });
        m.memberships.push(seat(&t, &w));
    }
    let a = analyse(&m, &Thresholds::default());
    let (msg, _) = message_of(&a, FindingKind::OverloadedConnector);
    assert!(
        msg.starts_with("Regisseur is overbelast: zit aan 7 tafels, meer dan de grens van 6."),
        "{msg}"
    );
    assert!(!msg.contains("uur"), "no limits it is under: {msg}");
}

#[test]
fn an_absent_kind_names_its_parties_elsewhere_on_the_map() {
    let mut m = healthy();
    m.memberships
        .retain(|x| !(x.party == "corp" && x.table == "t-wijk"));
    let a = analyse(&m, &Thresholds::default());
    let (msg, _) = message_of(&a, FindingKind::OpenTriangle);
    assert!(
        msg.contains("Naam corp doet wel mee in casus en institutioneel"),
        "{msg}"
    );
}

#[test]
fn actions_are_skipped_only_past_the_verify_limit_and_the_text_says_so() {
    use super::actions::{VERIFY_LIMIT, too_large};
    let mut map = Map::default();
    // A party is one node and no links: the limit is reached at exactly VERIFY_LIMIT of them.
    map.parties = (0..VERIFY_LIMIT)
        .map(|i| party(&format!("p{i}"), PartyKind::Overig, &[]))
        .collect();
    assert!(!too_large(&map));
    map.parties.push(party("one-more", PartyKind::Overig, &[]));
    assert!(too_large(&map));
    assert!(!too_large(&two_towns()));

    let mut a = analyse(&two_towns(), &Thresholds::default());
    assert!(!a.actions_skipped);
    assert!(
        super::to_json(&a, crate::i18n::Lang::Nl)
            .get("actions_skipped")
            .is_none()
    );
    a.actions.clear();
    a.actions_skipped = true;
    let json = super::to_json(&a, crate::i18n::Lang::Nl);
    assert_eq!(json["actions_skipped"], true);
    let text = super::render::to_text(&a, crate::i18n::Lang::Nl);
    assert!(text.contains("te groot"), "{text}");
    assert!(text.contains("200.000"), "{text}");
}
