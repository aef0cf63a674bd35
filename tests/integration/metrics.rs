//! Cross-checks of the graphs and metrics against networkx.
//!
//! The expected figures in `tests/data/networkx/*.json` were written by
//! `scripts/networkx_reference.py`, which reads the same CSVs and builds both graphs in Python
//! from the spec alone. Here the CSVs are read by a tiny test-only reader (comma, canonical
//! Dutch headers) so that these tests do not depend on the importer, and every figure must
//! agree to 1e-9.

use netwerkkaart::analysis::metrics::{self, Metrics};
use netwerkkaart::graph::{Graph, member_graph, metrics_graph};
use netwerkkaart::model::{
    Domain, Layer, Map, Membership, NodeKind, Party, PartyKind, Person, Relation, Role, Set, Table,
    TableKind, Vocab,
};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const TOLERANCE: f64 = 1e-9;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/networkx")
}

/// Rows of `dir/name` as header → cell maps; an absent file gives no rows.
fn rows(dir: &Path, name: &str) -> Vec<HashMap<String, String>> {
    let path = dir.join(name);
    if !path.exists() {
        return Vec::new();
    }
    let mut r = csv::Reader::from_path(&path).expect("readable CSV");
    let headers: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    r.records()
        .map(|rec| {
            let rec = rec.expect("CSV record");
            headers
                .iter()
                .cloned()
                .zip(rec.iter().map(|c| c.trim().to_string()))
                .collect()
        })
        .collect()
}

fn cell<'a>(row: &'a HashMap<String, String>, col: &str) -> &'a str {
    row.get(col).map(String::as_str).unwrap_or("")
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The map in a fixture folder. Only what the graphs need is read faithfully; the rest gets
/// defaults.
fn read_map(dir: &Path) -> Map {
    let mut map = Map::default();
    for r in rows(dir, "partijen.csv") {
        map.parties.push(Party {
            id: cell(&r, "id").into(),
            name: cell(&r, "naam").into(),
            kind: PartyKind::parse(cell(&r, "soort")).unwrap_or(PartyKind::Overig),
            werkgebied: list(cell(&r, "werkgebied")),
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: vec![],
        });
    }
    for r in rows(dir, "personen.csv") {
        map.persons.push(Person {
            id: cell(&r, "id").into(),
            name: cell(&r, "naam").into(),
            party: cell(&r, "partij").into(),
            function: String::new(),
            layer: Layer::parse(cell(&r, "laag")),
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: vec![],
        });
    }
    for r in rows(dir, "tafels.csv") {
        map.tables.push(Table {
            id: cell(&r, "id").into(),
            name: cell(&r, "naam").into(),
            kind: TableKind::parse(cell(&r, "soort")).unwrap_or(TableKind::Tafel),
            domains: list(cell(&r, "domein"))
                .iter()
                .filter_map(|d| Domain::parse(d))
                .collect(),
            layers: list(cell(&r, "laag"))
                .iter()
                .filter_map(|l| Layer::parse(l))
                .collect(),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: list(cell(&r, "werkgebied")),
            reports_to: list(cell(&r, "rapporteert_aan")),
            attributes: vec![],
        });
    }
    let own_party: HashMap<String, String> = map
        .persons
        .iter()
        .map(|p| (p.id.clone(), p.party.clone()))
        .collect();
    for r in rows(dir, "deelnames.csv") {
        let person = Some(cell(&r, "persoon").to_string()).filter(|p| !p.is_empty());
        // As the importer does: an empty party is the person's own party.
        let party = match (cell(&r, "partij"), &person) {
            ("", Some(p)) => own_party.get(p).cloned().unwrap_or_default(),
            (party, _) => party.to_string(),
        };
        map.memberships.push(Membership {
            table: cell(&r, "tafel").into(),
            party,
            person,
            role: Role::parse(cell(&r, "rol")).unwrap_or(Role::Lid),
            attributes: vec![],
        });
    }
    for r in rows(dir, "relaties.csv") {
        map.relations.push(Relation {
            from: cell(&r, "van").into(),
            to: cell(&r, "naar").into(),
            kind: cell(&r, "soort").into(),
            domains: Set::empty(),
            layers: Set::empty(),
            quality: None,
            note: String::new(),
            attributes: vec![],
        });
    }
    map
}

fn kind_name(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Party => "party",
        NodeKind::Person => "person",
        NodeKind::Table => "table",
    }
}

/// Compares one graph and its metrics with one graph section of a reference JSON.
fn compare(label: &str, g: &Graph, m: &Metrics, want: &Value) {
    let nodes = want["nodes"].as_array().expect("nodes");
    let ids: Vec<&str> = nodes
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    assert_eq!(g.ids, ids, "{label}: node ids");
    assert_eq!(
        g.edge_count() as u64,
        want["edges"].as_u64().expect("edges"),
        "{label}: edges"
    );
    let close = |a: f64, b: f64| (a - b).abs() <= TOLERANCE;
    assert!(
        close(m.density, want["density"].as_f64().expect("density")),
        "{label}: density {} vs {}",
        m.density,
        want["density"]
    );
    for (i, n) in nodes.iter().enumerate() {
        let id = &g.ids[i];
        assert_eq!(kind_name(g.kinds[i]), n["kind"], "{label} {id}: kind");
        assert_eq!(
            m.degree[i] as u64,
            n["degree"].as_u64().expect("degree"),
            "{label} {id}: degree"
        );
        let (b, c) = (
            n["betweenness"].as_f64().expect("bc"),
            n["closeness"].as_f64().expect("cl"),
        );
        assert!(
            close(m.betweenness[i], b),
            "{label} {id}: betweenness {} vs {b}",
            m.betweenness[i]
        );
        assert!(
            close(m.closeness[i], c),
            "{label} {id}: closeness {} vs {c}",
            m.closeness[i]
        );
        assert_eq!(
            Value::Bool(m.articulation[i]),
            n["articulation"],
            "{label} {id}: articulation"
        );
        assert_eq!(
            m.components[i] as u64,
            n["component"].as_u64().expect("comp"),
            "{label} {id}: component"
        );
    }
    let bridges: Vec<(String, String)> = m
        .bridges
        .iter()
        .map(|&(a, b)| (g.ids[a as usize].clone(), g.ids[b as usize].clone()))
        .collect();
    let want_bridges: Vec<(String, String)> = want["bridges"]
        .as_array()
        .expect("bridges")
        .iter()
        .map(|e| {
            (
                e[0].as_str().expect("a").to_string(),
                e[1].as_str().expect("b").to_string(),
            )
        })
        .collect();
    assert_eq!(bridges, want_bridges, "{label}: bridges");
    assert_eq!(
        m.component_count,
        want["components"].as_array().expect("components").len(),
        "{label}: components"
    );
}

fn check_map(label: &str, map: &Map, reference: &Path) {
    let text = std::fs::read_to_string(reference).expect("reference JSON");
    let want: Value = serde_json::from_str(&text).expect("valid JSON");
    let g = metrics_graph(map);
    compare(
        &format!("{label} metrics graph"),
        &g,
        &metrics::compute(&g),
        &want["metrics_graph"],
    );
    let mg = member_graph(map);
    compare(
        &format!("{label} member graph"),
        &mg,
        &metrics::compute(&mg),
        &want["member_graph"],
    );
}

fn check_fixture(name: &str) {
    let dir = data_dir();
    check_map(
        name,
        &read_map(&dir.join(name)),
        &dir.join(format!("{name}.json")),
    );
}

#[test]
fn small_region_matches_networkx() {
    check_fixture("kleine_regio");
}

#[test]
fn disconnected_map_matches_networkx() {
    check_fixture("gescheiden");
}

#[test]
fn chain_matches_networkx() {
    check_fixture("keten");
}

#[test]
fn duplicate_links_count_once_as_in_networkx() {
    check_fixture("dubbel");
}

#[test]
fn fixtures_cover_what_they_claim() {
    // Guards against a fixture silently losing its point after an edit: the disconnected
    // map has three components (main, island, lone party), the chain has cut vertices in
    // the member graph, and the duplicate map really repeats links.
    let dir = data_dir();
    let apart = metrics::compute(&metrics_graph(&read_map(&dir.join("gescheiden"))));
    assert_eq!(apart.component_count, 3);
    let chain = metrics::compute(&member_graph(&read_map(&dir.join("keten"))));
    assert!(chain.articulation.iter().filter(|&&a| a).count() >= 3);
    let dup = read_map(&dir.join("dubbel"));
    let g = metrics_graph(&dup);
    // Every link the spec names whose two ends exist and differ, before simplification.
    let known = |id: &str| g.node(id).is_some();
    let mut links = 0;
    let mut link = |a: &str, b: &str| links += usize::from(a != b && known(a) && known(b));
    for m in &dup.memberships {
        link(&m.table, &m.party);
        if let Some(p) = &m.person {
            link(&m.table, p);
        }
    }
    for p in &dup.persons {
        link(&p.id, &p.party);
    }
    for r in &dup.relations {
        link(&r.from, &r.to);
    }
    for t in &dup.tables {
        for to in &t.reports_to {
            link(&t.id, to);
        }
    }
    // Repeats were collapsed: the same seat twice (t-a–g and t-a–pg: 2), t-a–w from the
    // person-only seat of pw and from w's own seat (1), g–w three times (2), pw–pz both
    // ways (1), t-a–t-b both ways (1): 7 of the 24 links.
    assert_eq!(
        links - g.edge_count(),
        7,
        "{links} links, {} edges",
        g.edge_count()
    );
}

/// The 10-municipality synthetic region against networkx, run by the script on the CSVs the
/// example wrote; here the same map is generated in-process.
#[test]
fn synthetic_region_matches_networkx() {
    let reference = data_dir().join("synthetic10.json");
    if !reference.exists() {
        eprintln!("skipped: {} not generated", reference.display());
        return;
    }
    let map = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config::new(10));
    check_map("synthetic10", &map, &reference);
}
