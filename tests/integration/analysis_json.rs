//! The JSON contract of `spec/analysis.md`: keys exactly as named, values of the right kind,
//! and metrics checked by hand on a small path graph; plus the text and Markdown renderings.

use crate::support::analysis_fixtures as fixtures;
use netwerkkaart::i18n::Lang;

use fixtures::*;
use netwerkkaart::analysis::{Thresholds, analyse, to_json, to_markdown, to_text};
use serde_json::Value;

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort();
    k
}

#[test]
fn json_shape_is_the_contract() {
    let j = to_json(&analyse(&gouda(), &Thresholds::default()), Lang::Nl);
    assert_eq!(
        keys(&j),
        vec![
            "actions",
            "findings",
            "format",
            "groups",
            "metrics",
            "summary",
            "thresholds",
            "triangles",
            "version"
        ]
    );
    assert_eq!(j["format"], "netwerkkaart-analyse");
    assert_eq!(j["version"], 2);
    assert_eq!(
        keys(&j["summary"]),
        vec!["memberships", "parties", "persons", "relations", "tables"]
    );
    // gouda(): 6 parties, 0 persons, 6 tables, 2+2+3+2+3+3 = 15 memberships, 0 relations.
    assert_eq!(
        j["summary"],
        serde_json::json!({"parties": 6, "persons": 0, "tables": 6, "memberships": 15, "relations": 0})
    );
    assert_eq!(j["thresholds"]["max_tables"], 6);
    assert_eq!(j["thresholds"]["max_meeting_hours"], 150.0);
    assert_eq!(j["thresholds"]["betweenness_top_fraction"], 0.1);

    let findings = j["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert_eq!(
            keys(f),
            vec![
                "advice",
                "domain",
                "evidence",
                "key",
                "kind",
                "layer",
                "message",
                "severity",
                "subjects",
                "werkgebied"
            ]
        );
        assert!(["hoog", "middel", "laag"].contains(&f["severity"].as_str().unwrap()));
        assert!(f["evidence"].is_object());
        assert!(f["subjects"].is_array());
        assert!(f["domain"].is_null() || f["domain"].is_string());
        assert!(f["layer"].is_null() || f["layer"].is_string());
        assert!(f["werkgebied"].is_null() || f["werkgebied"].is_string());
        assert!(
            !f["message"].as_str().unwrap().is_empty() && !f["advice"].as_str().unwrap().is_empty()
        );
    }
    let tri = j["triangles"].as_array().unwrap();
    assert_eq!(tri.len(), 9);
    for t in tri {
        assert_eq!(
            keys(t),
            vec!["closing_tables", "domain", "legs", "state", "werkgebied"]
        );
        assert_eq!(
            keys(&t["legs"]),
            vec![
                "gemeente-woningcorporatie",
                "gemeente-zorgaanbieder",
                "woningcorporatie-zorgaanbieder"
            ]
        );
        assert!(
            ["gesloten", "verbonden", "open", "afwezig"].contains(&t["state"].as_str().unwrap())
        );
    }
    assert_eq!(tri[0]["werkgebied"], Value::Null);
    assert_eq!(tri[1]["werkgebied"], "gem-gouda");
    assert_eq!(keys(&j["metrics"]), vec!["components", "density", "nodes"]);
    for n in j["metrics"]["nodes"].as_array().unwrap() {
        assert_eq!(
            keys(n),
            vec![
                "articulation",
                "betweenness",
                "closeness",
                "degree",
                "id",
                "meeting_hours",
                "tables"
            ]
        );
    }
}

#[test]
fn metrics_on_a_path() {
    // two_tables(false) is the path corp – t1 – gem – t2 – zorg in the metrics graph.
    // n = 5, m = 4 → density 2·4 / (5·4) = 0.4.
    // Betweenness (normalised by (n−1)(n−2)/2 = 6 pairs): gem lies on corp–t2, corp–zorg,
    // t1–t2, t1–zorg → 4/6; t1 on corp–gem, corp–t2, corp–zorg → 3/6; the ends 0.
    // Closeness = (n−1)/Σd: gem 4/6, t1 4/7, corp 4/10.
    let j = to_json(
        &analyse(&two_tables(false), &Thresholds::default()),
        Lang::Nl,
    );
    let m = &j["metrics"];
    assert_eq!(m["components"], 1);
    assert!((m["density"].as_f64().unwrap() - 0.4).abs() < 1e-12);
    let node = |id: &str| {
        m["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    let close = |v: &Value, x: f64| (v.as_f64().unwrap() - x).abs() < 1e-12;
    let ids: Vec<&str> = m["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["corp", "gem", "t1", "t2", "zorg"]);
    let gem = node("gem");
    assert_eq!(gem["degree"], 2);
    assert!(close(&gem["betweenness"], 4.0 / 6.0) && close(&gem["closeness"], 4.0 / 6.0));
    let t1 = node("t1");
    assert!(close(&t1["betweenness"], 0.5) && close(&t1["closeness"], 4.0 / 7.0));
    let corp = node("corp");
    assert_eq!(corp["degree"], 1);
    assert!(close(&corp["betweenness"], 0.0) && close(&corp["closeness"], 0.4));
    assert_eq!(corp["tables"], 1);
    assert_eq!(t1["tables"], 0);
}

#[test]
fn load_figures_in_metrics() {
    // regisseur(): every table meets 12 × 2 = 24 hours a year.
    let j = to_json(&analyse(&regisseur(), &Thresholds::default()), Lang::Nl);
    let node = |id: &str| {
        j["metrics"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    // p-regie: 8 tables, 192 hours; gem is represented (by p-regie, p-wethouder) at the same 8.
    assert_eq!(node("p-regie")["tables"], 8);
    assert_eq!(node("p-regie")["meeting_hours"], 192.0);
    assert_eq!(node("gem")["tables"], 8);
    // p-begeleider: six casus tables, 144 hours. A table shows its own yearly hours.
    assert_eq!(node("p-begeleider")["meeting_hours"], 144.0);
    assert_eq!(node("t-bo")["meeting_hours"], 24.0);
    assert_eq!(node("t-bo")["tables"], 0);
    assert_eq!(node("p-regie")["articulation"], true);
    assert_eq!(node("p-cons-corp")["articulation"], false);
}

#[test]
fn text_and_markdown_group_by_severity() {
    let a = analyse(&gouda(), &Thresholds::default());
    let text = to_text(&a, Lang::Nl);
    assert!(text.starts_with("Netwerkkaart — analyse"));
    assert!(text.contains("6 partijen, 0 personen, 6 tafels, 15 deelnames, 0 relaties"));
    let (h, m) = (
        text.find("\nHoog (2)").unwrap(),
        text.find("\nMiddel (7)").unwrap(),
    );
    assert!(h < m);
    assert!(!text.contains("\nLaag ("));
    assert!(text.contains("alleen contact via Gemeente Gouda"));
    assert!(text.contains("  - Kwetsbare schakel: Als Kwintes wegvalt"));
    assert!(text.contains("Advies: "));
    // Counted nouns: one participant, two tables.
    assert!(
        text.contains("raken 2 tafels en 1 deelnemer los van de rest"),
        "{text}"
    );
    assert!(text.contains("Netwerk: 1 samenhangend deel"));

    let md = to_markdown(&a, Lang::Nl);
    assert!(md.starts_with("# Netwerkkaart — analyse"));
    let (h, m) = (
        md.find("### Hoog (2)").unwrap(),
        md.find("### Middel (7)").unwrap(),
    );
    assert!(h < m);
    assert!(md.contains("- **Ontbrekende verbinding** De woningcorporatie Woonstede"));
    assert!(md.contains("- meer tafels dan dit maakt een verbinder overbelast: 6 (`max_tables`)"));
    // Triangles are shown with names, not ids.
    assert!(md.contains("- Casus — Gemeente Gouda: open"));
    assert!(
        md.contains("- Casus — Gemeente Waddinxveen: gesloten (gesloten aan: Naam t-casus-wadd)")
    );
}

#[test]
fn finding_kind_names_are_the_contract() {
    use netwerkkaart::analysis::FindingKind;
    let names: Vec<String> = FindingKind::ALL
        .iter()
        .map(|k| {
            serde_json::to_value(k)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        vec![
            "open_triangle",
            "missing_link",
            "isolated_initiative",
            "unanchored_initiative",
            "mono_sector_table",
            "isolated_party",
            "fragmented_network",
            "overloaded_connector",
            "single_point_of_failure",
            "layer_gap",
            "domain_gap",
            "coalition_gap",
            "leadership_gap",
            "triangle_without_mandate",
            "strained_leg",
            "lopsided_collaboration",
        ]
    );
    for k in FindingKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.name());
    }
}

/// (id, degree, betweenness, closeness) as networkx 3.6 computes them on the metrics graph
/// (`betweenness_centrality(G, normalized=True)`, `closeness_centrality(G)`), the graph built
/// independently in Python from the fixture's rows (`tests/data/analysis/networkx_metrics.py`).
type Row = (&'static str, u64, f64, f64);

fn check_against_networkx(m: &netwerkkaart::model::Map, density: f64, rows: &[Row]) {
    let j = to_json(&analyse(m, &Thresholds::default()), Lang::Nl);
    assert!((j["metrics"]["density"].as_f64().unwrap() - density).abs() < 1e-12);
    let nodes = j["metrics"]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), rows.len());
    for (n, (id, degree, b, c)) in nodes.iter().zip(rows) {
        assert_eq!(n["id"], *id);
        assert_eq!(n["degree"], *degree, "{id}");
        assert!(
            (n["betweenness"].as_f64().unwrap() - b).abs() < 1e-9,
            "{id} betweenness"
        );
        assert!(
            (n["closeness"].as_f64().unwrap() - c).abs() < 1e-9,
            "{id} closeness"
        );
    }
}

#[test]
fn metrics_match_networkx() {
    let gouda_rows: &[Row] = &[
        ("corp-moz", 2, 0.0, 0.3055555555555556),
        ("corp-woon", 2, 0.0, 0.275),
        ("gem-gouda", 4, 0.43636363636363634, 0.4583333333333333),
        ("gem-wadd", 2, 0.0, 0.3055555555555556),
        ("t-bo-gouda", 3, 0.08181818181818182, 0.3548387096774194),
        ("t-bo-wadd", 4, 0.15454545454545454, 0.4074074074074074),
        ("t-casus-wadd", 4, 0.15454545454545454, 0.4074074074074074),
        ("t-inkoop", 3, 0.18181818181818182, 0.5),
        ("t-wijk", 4, 0.36363636363636365, 0.5238095238095238),
        ("t-woonurg", 3, 0.08181818181818182, 0.3548387096774194),
        ("welzijn-kw", 1, 0.0, 0.3548387096774194),
        ("zorg-kwin", 4, 0.509090909090909, 0.5),
    ];
    check_against_networkx(&gouda(), 0.2727272727272727, gouda_rows);
    let regisseur_rows: &[Row] = &[
        ("corp", 9, 0.0859010270774977, 0.5625),
        ("gem", 10, 0.22689075630252103, 0.6923076923076923),
        ("p-begeleider", 7, 0.01633986928104575, 0.5),
        ("p-cons-corp", 7, 0.01633986928104575, 0.5),
        ("p-dir-corp", 2, 0.0, 0.45),
        ("p-dir-zorg", 2, 0.0, 0.45),
        ("p-regie", 9, 0.15359477124183013, 0.6666666666666666),
        ("p-welzijn", 2, 0.0, 0.3333333333333333),
        ("p-wethouder", 2, 0.0, 0.47368421052631576),
        ("t-bo", 7, 0.1283846872082166, 0.5806451612903226),
        ("t-buurtkamer", 4, 0.20915032679738563, 0.47368421052631576),
        ("t-casus-1", 6, 0.02816682228446935, 0.5625),
        ("t-casus-2", 6, 0.02816682228446935, 0.5625),
        ("t-casus-3", 6, 0.02816682228446935, 0.5625),
        ("t-casus-4", 6, 0.02816682228446935, 0.5625),
        ("t-casus-5", 6, 0.02816682228446935, 0.5625),
        ("t-casus-6", 6, 0.02816682228446935, 0.5625),
        ("welzijn", 2, 0.0, 0.3333333333333333),
        ("zorg", 9, 0.0859010270774977, 0.5625),
    ];
    check_against_networkx(&regisseur(), 0.3157894736842105, regisseur_rows);
}
