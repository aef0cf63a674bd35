//! The analyses on hand-built fixture maps (`analysis_fixtures.rs`), with the expected findings
//! worked out by hand in the comments.

use crate::support::analysis_fixtures as fixtures;
use netwerkkaart::i18n::Lang;

use fixtures::*;
use netwerkkaart::analysis::{Analysis, FindingKind, Thresholds, TriangleState, analyse, to_json};
use netwerkkaart::graph;
use netwerkkaart::model::Domain;
use serde_json::{Value, json};

/// (severity, kind, subjects) of every finding, in output order.
fn summary(a: &Analysis) -> Vec<(String, String, Vec<String>)> {
    let j = to_json(a, Lang::Nl);
    j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["subjects"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn row(sev: &str, kind: &str, subjects: &[&str]) -> (String, String, Vec<String>) {
    (
        sev.into(),
        kind.into(),
        subjects.iter().map(|s| s.to_string()).collect(),
    )
}

fn find<'a>(a: &'a Value, kind: &str, first_subject: &str) -> &'a Value {
    a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind && f["subjects"][0] == first_subject)
        .unwrap_or_else(|| panic!("no {kind} finding about {first_subject}"))
}

fn kinds(a: &Analysis) -> Vec<FindingKind> {
    a.findings.iter().map(|f| f.kind).collect()
}

#[test]
fn gouda_all_findings() {
    let a = analyse(&gouda(), &Thresholds::default());
    // Worked out by hand (see the fixture's table):
    // - leefomgeving has no tables: triangle `afwezig` for the whole map (hoog, all five core
    //   parties) and per werkgebied (middel: the core parties active there); nobody is present in
    //   all three domains, so coalition_gap (hoog) with every core kind missing.
    // - casus and institutioneel in Gouda: gemeente meets corporatie (t-woonurg, t-bo-gouda) and
    //   zorg (t-wijk, t-inkoop), corporatie never meets zorg → open, subjects Woonstede + Kwintes.
    //   Whole map and Waddinxveen: closed at t-casus-wadd / t-bo-wadd.
    // - missing_link: in Gouda, corp-woon and zorg-kwin share no table and no relation; the
    //   parties both meet are gem-gouda only (zorg also meets welzijn, gem-wadd, corp-moz; corp-woon
    //   only gem-gouda). In Waddinxveen every pair meets at t-casus-wadd.
    // - member graph (parties): gem-gouda is the only link of {corp-woon, t-bo-gouda, t-woonurg}
    //   to the rest; zorg-kwin the only link of the Waddinxveen part {gem-wadd, corp-moz,
    //   t-casus-wadd, t-bo-wadd} → two single points of failure. Nobody above 6 tables, no hours.
    // - every casus table reports to an institutional strategic/tactical table; operational
    //   tables link to strategic ones; casus–institutioneel linked by reporting → no anchoring,
    //   layer or domain gaps; every table has a reporting line → no islands.
    let expected = vec![
        row(
            "hoog",
            "coalition_gap",
            &[
                "corp-moz",
                "corp-woon",
                "gem-gouda",
                "gem-wadd",
                "zorg-kwin",
            ],
        ),
        row(
            "hoog",
            "open_triangle",
            &[
                "corp-moz",
                "corp-woon",
                "gem-gouda",
                "gem-wadd",
                "zorg-kwin",
            ],
        ),
        row("middel", "missing_link", &["corp-woon", "zorg-kwin"]),
        row(
            "middel",
            "open_triangle",
            &["corp-moz", "gem-wadd", "zorg-kwin"],
        ),
        row(
            "middel",
            "open_triangle",
            &["corp-woon", "gem-gouda", "zorg-kwin"],
        ),
        row("middel", "open_triangle", &["corp-woon", "zorg-kwin"]),
        row("middel", "open_triangle", &["corp-woon", "zorg-kwin"]),
        row("middel", "single_point_of_failure", &["gem-gouda"]),
        row("middel", "single_point_of_failure", &["zorg-kwin"]),
    ];
    assert_eq!(summary(&a), expected);
}

#[test]
fn gouda_missing_link_names_the_municipality_as_broker() {
    let a = to_json(&analyse(&gouda(), &Thresholds::default()), Lang::Nl);
    let f = find(&a, "missing_link", "corp-woon");
    assert_eq!(f["werkgebied"], "gem-gouda");
    assert_eq!(f["evidence"]["brokers"], json!(["gem-gouda"]));
    assert_eq!(f["evidence"]["werkgebieden"], json!(["gem-gouda"]));
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("Woonstede") && msg.contains("Kwintes"),
        "{msg}"
    );
    assert!(msg.contains("werkgebied Gemeente Gouda"), "{msg}");
    assert!(msg.contains("alleen contact via Gemeente Gouda"), "{msg}");
}

#[test]
fn gouda_triangle_states() {
    let a = analyse(&gouda(), &Thresholds::default());
    type Row<'a> = (
        Domain,
        Option<&'a str>,
        TriangleState,
        [bool; 3],
        Vec<&'a str>,
    );
    let got: Vec<Row> = a
        .triangles
        .iter()
        .map(|t| {
            (
                t.domain,
                t.werkgebied.as_deref(),
                t.state,
                [
                    t.legs.gemeente_woningcorporatie,
                    t.legs.gemeente_zorgaanbieder,
                    t.legs.woningcorporatie_zorgaanbieder,
                ],
                t.closing_tables.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    use Domain::*;
    use TriangleState::*;
    // Per domain: whole map, then Gouda, then Waddinxveen (map order). See gouda_all_findings.
    let expected = vec![
        (
            Casus,
            None,
            Gesloten,
            [true, true, true],
            vec!["t-casus-wadd"],
        ),
        (Casus, Some("gem-gouda"), Open, [true, true, false], vec![]),
        (
            Casus,
            Some("gem-wadd"),
            Gesloten,
            [true, true, true],
            vec!["t-casus-wadd"],
        ),
        (
            Institutioneel,
            None,
            Gesloten,
            [true, true, true],
            vec!["t-bo-wadd"],
        ),
        (
            Institutioneel,
            Some("gem-gouda"),
            Open,
            [true, true, false],
            vec![],
        ),
        (
            Institutioneel,
            Some("gem-wadd"),
            Gesloten,
            [true, true, true],
            vec!["t-bo-wadd"],
        ),
        (Leefomgeving, None, Afwezig, [false, false, false], vec![]),
        (
            Leefomgeving,
            Some("gem-gouda"),
            Afwezig,
            [false, false, false],
            vec![],
        ),
        (
            Leefomgeving,
            Some("gem-wadd"),
            Afwezig,
            [false, false, false],
            vec![],
        ),
    ];
    assert_eq!(got, expected);

    let j = to_json(&a, Lang::Nl);
    let casus_gouda = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["kind"] == "open_triangle" && f["domain"] == "casus" && f["werkgebied"] == "gem-gouda"
        })
        .expect("open triangle casus Gouda");
    assert_eq!(
        casus_gouda["evidence"]["missing_legs"],
        json!(["woningcorporatie-zorgaanbieder"])
    );
    assert_eq!(casus_gouda["severity"], "middel");
}

#[test]
fn werkgebied_triangles_only_with_several_municipalities() {
    // One municipality: three triangles, all for the whole map.
    let a = analyse(&healthy().build(), &Thresholds::default());
    assert_eq!(a.triangles.len(), 3);
    assert!(
        a.triangles
            .iter()
            .all(|t| t.werkgebied.is_none() && t.state == TriangleState::Gesloten)
    );
    assert_eq!(a.triangles[0].closing_tables, vec!["t-casus".to_string()]);
}

#[test]
fn relationship_tagged_with_domain_closes_a_leg_untagged_does_not() {
    // two_tables: corp and zorg never meet → casus triangle open on woningcorporatie-zorgaanbieder.
    let base = two_tables(false);
    let a = analyse(&base, &Thresholds::default());
    assert_eq!(a.triangles[0].state, TriangleState::Open);
    assert!(kinds(&a).contains(&FindingKind::MissingLink));

    // An untagged relationship counts only for "everything": the pair now meets (no
    // missing_link), but the casus leg stays missing.
    let mut m = base.clone();
    m.relations = B::new().rel("corp", "zorg", "").build().relations;
    let a = analyse(&m, &Thresholds::default());
    assert_eq!(a.triangles[0].state, TriangleState::Open);
    assert!(!kinds(&a).contains(&FindingKind::MissingLink));

    // Tagged casus, and given by a person of corp: counts for the party → all legs, no table
    // seats all three kinds → verbonden.
    let mut m = base.clone();
    let extra = B::new()
        .person("c1", "corp", "", "", None)
        .rel("c1", "zorg", "casus")
        .build();
    m.persons = extra.persons;
    m.relations = extra.relations;
    let a = analyse(&m, &Thresholds::default());
    assert_eq!(a.triangles[0].state, TriangleState::Verbonden);
    assert!(a.triangles[0].legs.woningcorporatie_zorgaanbieder);
    assert!(
        !kinds(&a).contains(&FindingKind::OpenTriangle)
            || a.findings
                .iter()
                .all(|f| f.domain != Some(Domain::Casus) || f.kind != FindingKind::OpenTriangle)
    );
}

#[test]
fn regisseur_is_an_overloaded_connector_and_a_single_point_of_failure() {
    let a = to_json(&analyse(&regisseur(), &Thresholds::default()), Lang::Nl);
    // p-regie sits at 8 tables (> 6), 8 × 24 = 192 hours (> 150), capacity 10 × 12 = 120 (< 192);
    // removing p-regie splits the member graph into {t-bo + three directors} (4 nodes), the six
    // casus tables with p-cons-corp and p-begeleider (8 nodes, the rest) and {t-buurtkamer,
    // p-welzijn} (2 nodes).
    let f = find(&a, "overloaded_connector", "p-regie");
    assert_eq!(f["severity"], "hoog");
    let subjects: Vec<&str> = f["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(
        subjects,
        vec![
            "p-regie",
            "t-bo",
            "t-buurtkamer",
            "t-casus-1",
            "t-casus-2",
            "t-casus-3",
            "t-casus-4",
            "t-casus-5",
            "t-casus-6"
        ]
    );
    assert_eq!(f["evidence"]["tables"], 8);
    assert_eq!(f["evidence"]["meeting_hours"], 192.0);
    assert_eq!(f["evidence"]["capacity_hours"], 120.0);
    assert_eq!(
        f["evidence"]["over"],
        json!(["tables", "meeting_hours", "capacity"])
    );
    assert_eq!(f["evidence"]["articulation"], true);
    // He is the only member in both casus and institutioneel (and the other pairs too).
    assert_eq!(
        f["evidence"]["sole_link_domains"],
        json!([
            ["casus", "institutioneel"],
            ["casus", "leefomgeving"],
            ["institutioneel", "leefomgeving"]
        ])
    );
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("Procesregisseur Zuidstad") && msg.contains("8 tafels") && msg.contains("192"),
        "{msg}"
    );

    let s = find(&a, "single_point_of_failure", "p-regie");
    assert_eq!(
        s["evidence"]["cut_off_tables"],
        json!(["t-bo", "t-buurtkamer"])
    );
    assert_eq!(
        s["evidence"]["cut_off_members"],
        json!(["p-dir-corp", "p-dir-zorg", "p-welzijn", "p-wethouder"])
    );

    // p-begeleider: 6 tables (not above 6), 144 hours (not above 150) but above a capacity of
    // 8 × 12 = 96 — yet not bridging (not a cut vertex, shares casus with p-cons-corp, not the top
    // tenth: with 7 members the top tenth is one, p-regie) → no finding. p-cons-corp likewise.
    let others: Vec<&Value> = a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            (f["kind"] == "overloaded_connector" || f["kind"] == "single_point_of_failure")
                && f["subjects"][0] != "p-regie"
        })
        .collect();
    assert!(others.is_empty(), "{others:?}");
}

#[test]
fn overload_thresholds_are_strict_and_adjustable() {
    let m = regisseur();
    // At 8 tables and 192 hours a threshold of exactly 8 tables and 192 hours is not exceeded;
    // the capacity (120 hours) still is.
    let t = Thresholds {
        max_tables: 8,
        max_meeting_hours: 192.0,
        ..Thresholds::default()
    };
    let a = to_json(&analyse(&m, &t), Lang::Nl);
    assert_eq!(
        find(&a, "overloaded_connector", "p-regie")["evidence"]["over"],
        json!(["capacity"])
    );
    assert_eq!(a["thresholds"]["max_tables"], 8);
    // Without capacity data he is no longer overloaded, but still a single point of failure.
    let mut m2 = m.clone();
    m2.persons.iter_mut().for_each(|p| p.hours_per_month = None);
    let a = analyse(&m2, &t);
    assert!(!kinds(&a).contains(&FindingKind::OverloadedConnector));
    assert!(kinds(&a).contains(&FindingKind::SinglePointOfFailure));
}

#[test]
fn regisseur_leadership_gaps() {
    let a = to_json(&analyse(&regisseur(), &Thresholds::default()), Lang::Nl);
    // Only p-regie has a network role (procesmanager): the other three are held by nobody
    // (middel, no subjects), procesmanager by one person (laag).
    let gaps: Vec<(String, Value, Value)> = a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "leadership_gap")
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["evidence"]["role"].clone(),
                f["subjects"].clone(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        vec![
            ("middel".into(), json!("strateeg"), json!([])),
            ("middel".into(), json!("verkenner"), json!([])),
            ("middel".into(), json!("ontwikkelaar"), json!([])),
            ("laag".into(), json!("procesmanager"), json!(["p-regie"])),
        ]
    );
}

#[test]
fn fragment_findings() {
    let a = analyse(&fragment(), &Thresholds::default());
    // The healthy part yields nothing (see healthy_map_has_no_findings). The fragment:
    // - metrics graph components: healthy part (3 parties, 6 persons, 3 tables = 12 nodes),
    //   {t-bbq, p-buurt, p-huurders} (3), {p-los} (1) → two fragmented_network findings;
    // - t-bbq: its two members sit nowhere else, no reporting line → isolated_initiative; it is a
    //   leefomgeving table without a route to an institutional strategic/tactical table →
    //   unanchored_initiative; both members are bewoners → mono_sector_table (laag);
    // - p-los: no table, no relationship → isolated_party (laag).
    let expected = vec![
        row(
            "middel",
            "fragmented_network",
            &["p-buurt", "p-huurders", "t-bbq"],
        ),
        row("middel", "fragmented_network", &["p-los"]),
        row("middel", "isolated_initiative", &["t-bbq"]),
        row("middel", "unanchored_initiative", &["t-bbq"]),
        row("laag", "isolated_party", &["p-los"]),
        row("laag", "mono_sector_table", &["t-bbq"]),
    ];
    assert_eq!(summary(&a), expected);
    assert_eq!(a.metrics.components, 3);
    let j = to_json(&a, Lang::Nl);
    let f = find(&j, "fragmented_network", "p-buurt");
    assert_eq!(f["evidence"]["size"], 3);
    assert_eq!(f["evidence"]["largest"], 12);
    assert_eq!(f["evidence"]["tables"], 1);
}

#[test]
fn gaps_findings() {
    let a = analyse(&gaps(), &Thresholds::default());
    // - no strategic table at all → layer_gap (hoog, no subjects);
    // - the one operational table (t-casus) shares no member with the tactical t-inst (g-op,
    //   c-op, z-op vs g-man and the corp seat) and reports nowhere → layer_gap (hoog, t-casus);
    // - zorg takes part only through z-op (operationeel) → layer_gap (middel); gem has g-op and
    //   g-man (tactisch), corp has c-op and a person-less seat at tactical t-inst → fine;
    // - casus and institutioneel share no member and no reporting line → domain_gap (middel);
    // - t-casus has no route to the tactical institutional t-inst → unanchored_initiative;
    // - institutioneel lacks zorg, leefomgeving has no tables → two open_triangle (hoog) with
    //   subjects corp, gem, zorg; casus is closed at t-casus;
    // - nobody in all three domains → coalition_gap;
    // - members are persons where named: g-op, c-op and z-op sit at t-casus only, g-man and the
    //   corp seat at t-inst only, and neither table reports → both are isolated_initiative.
    let expected = vec![
        row("hoog", "coalition_gap", &["corp", "gem", "zorg"]),
        row("hoog", "layer_gap", &[]),
        row("hoog", "layer_gap", &["t-casus"]),
        row("hoog", "open_triangle", &["corp", "gem", "zorg"]),
        row("hoog", "open_triangle", &["corp", "gem", "zorg"]),
        row("middel", "domain_gap", &["t-casus", "t-inst"]),
        row("middel", "isolated_initiative", &["t-casus"]),
        row("middel", "isolated_initiative", &["t-inst"]),
        row("middel", "layer_gap", &["zorg"]),
        row("middel", "unanchored_initiative", &["t-casus"]),
    ];
    assert_eq!(summary(&a), expected);
    let j = to_json(&a, Lang::Nl);
    let d = find(&j, "domain_gap", "t-casus");
    assert_eq!(d["evidence"]["shared_parties"], json!(["gem", "corp"]));
    let l = find(&j, "layer_gap", "zorg");
    assert_eq!(l["layer"], "operationeel");
    let top = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "layer_gap")
        .unwrap();
    assert_eq!(top["layer"], "strategisch");
    // Without a strategic table the advice is about bestuurlijk draagvlak ("in de marge").
    assert!(top["advice"].as_str().unwrap().contains("in de marge"));
}

#[test]
fn no_operational_table_is_a_layer_gap() {
    let m = B::new()
        .party("gem", "gemeente", &[])
        .table("t-bo", "institutioneel", "strategisch", &[], &[])
        .seats("t-bo", &["gem"])
        .build();
    let a = to_json(&analyse(&m, &Thresholds::default()), Lang::Nl);
    let gaps: Vec<&Value> = a["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "layer_gap")
        .collect();
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0]["layer"], "operationeel");
    assert_eq!(gaps[0]["evidence"]["missing"], "operationeel");
}

#[test]
fn healthy_map_has_no_findings() {
    // Every triangle closed, every pair meets, both operational tables report to the strategic
    // institutional t-bo, no cut vertex among members (leaves or doubled), loads far below the
    // limits, all four roles held by two persons, each core party at two layers, every core party
    // in all three domains.
    let a = analyse(&healthy().build(), &Thresholds::default());
    assert_eq!(summary(&a), vec![]);
    assert_eq!(a.metrics.components, 1);
}

#[test]
fn every_kind_is_produced_by_some_fixture() {
    let t = Thresholds::default();
    let mut seen: Vec<FindingKind> = [gouda(), regisseur(), fragment(), gaps()]
        .iter()
        .flat_map(|m| kinds(&analyse(m, &t)))
        .collect();
    seen.sort_by_key(|k| k.name());
    seen.dedup();
    // The kinds of version 2 read besluitvorming, kwaliteit and rol, which these fixtures do
    // not carry; their own tests are in the core (analysis::v2_tests).
    let v2 = [
        FindingKind::TriangleWithoutMandate,
        FindingKind::StrainedLeg,
        FindingKind::LopsidedCollaboration,
    ];
    let mut all: Vec<FindingKind> = FindingKind::ALL
        .iter()
        .copied()
        .filter(|k| !v2.contains(k))
        .collect();
    all.sort_by_key(|k| k.name());
    assert_eq!(seen, all);
}

#[test]
fn member_graph_uses_persons_when_given() {
    // Party-level: gem sits at t1 and t2 itself → member graph {corp, gem, zorg, t1, t2}, gem a
    // cut vertex. Removing gem leaves {corp, t1} and {t2, zorg}, equal in size; the piece with
    // the smallest id ("corp") is the rest, so t2 and zorg are cut off.
    let m = two_tables(false);
    let g = graph::member_graph(&m);
    assert_eq!(g.ids, vec!["corp", "gem", "t1", "t2", "zorg"]);
    let a = to_json(&analyse(&m, &Thresholds::default()), Lang::Nl);
    let s = find(&a, "single_point_of_failure", "gem");
    assert_eq!(s["evidence"]["cut_off_tables"], json!(["t2"]));
    assert_eq!(s["evidence"]["cut_off_members"], json!(["zorg"]));
    let gem = a["metrics"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "gem")
        .unwrap();
    assert_eq!(gem["articulation"], true);
    assert_eq!(gem["tables"], 2);

    // Person-level: gem is represented by g1 at t1 and g2 at t2 → members are persons, the
    // member graph has two components and no cut vertex; the metrics graph (which keeps the
    // party) stays one component.
    let m = two_tables(true);
    let g = graph::member_graph(&m);
    assert_eq!(g.ids, vec!["corp", "g1", "g2", "t1", "t2", "zorg"]);
    let a = analyse(&m, &Thresholds::default());
    assert!(!kinds(&a).contains(&FindingKind::SinglePointOfFailure));
    assert_eq!(a.metrics.components, 1);
    let j = to_json(&a, Lang::Nl);
    let gem = j["metrics"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "gem")
        .unwrap();
    assert_eq!(gem["articulation"], false);
    // gem is still represented at both tables.
    assert_eq!(gem["tables"], 2);
}

#[test]
fn findings_are_sorted_by_severity_kind_subjects() {
    for m in [gouda(), regisseur(), fragment(), gaps()] {
        let rows = summary(&analyse(&m, &Thresholds::default()));
        let rank = |s: &str| {
            ["hoog", "middel", "laag"]
                .iter()
                .position(|x| *x == s)
                .unwrap()
        };
        let keys: Vec<(usize, String, Vec<String>)> = rows
            .iter()
            .map(|(s, k, v)| (rank(s), k.clone(), v.clone()))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }
}

#[test]
fn analyse_is_deterministic() {
    let t = Thresholds::default();
    for m in [gouda(), regisseur(), fragment(), gaps()] {
        let a = serde_json::to_vec(&to_json(&analyse(&m, &t), Lang::Nl)).unwrap();
        let b = serde_json::to_vec(&to_json(&analyse(&m.clone(), &t), Lang::Nl)).unwrap();
        assert_eq!(a, b);
    }
}

#[test]
fn broken_references_do_not_panic() {
    let mut m = gouda();
    m.memberships[0].table = "nope".into();
    m.memberships[1].party = "nobody".into();
    m.tables[0].reports_to.push("ghost".into());
    m.tables[1].werkgebied.push("not-a-municipality".into());
    m.relations = B::new().rel("x", "gem-gouda", "casus").build().relations;
    m.tables[2].frequency = Some(f64::NAN);
    m.tables[2].duration_hours = Some(2.0);
    let a = analyse(&m, &Thresholds::default());
    let s = serde_json::to_string(&to_json(&a, Lang::Nl)).unwrap();
    assert!(!s.contains("NaN") && !s.contains("null,\"closeness\""));
    // An empty map analyses to nothing at all.
    let a = analyse(&Default::default(), &Thresholds::default());
    assert!(a.findings.is_empty(), "{:?}", a.findings);
    assert_eq!(a.metrics.components, 0);
}
