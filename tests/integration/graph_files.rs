//! The GraphML and GEXF files as Gephi, yEd, networkx and igraph users get them: read back with
//! networkx and igraph (`scripts/check_graph_files.py`), every node has the position of the
//! layout, the palette's colour and a size; counts, degrees and networkx betweenness are those
//! of the analysis; no `-0`; same map, same bytes. With `GEXF_SCHEMA_DIR` pointing at the
//! GEXF 1.3 schema files, the GEXF is also validated against the RELAX NG grammar.

use netwerkkaart::analysis::{Analysis, Thresholds, analyse};
use netwerkkaart::export::{
    GraphLayout, GraphOptions, Output, write_gexf, write_graphml, write_output,
};
use netwerkkaart::graph::metrics_graph;
use netwerkkaart::i18n::Lang;
use netwerkkaart::import::load_map;
use netwerkkaart::model::{Map, PartyKind, Pos, TableKind, Vocab};
use netwerkkaart::style;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example() -> (Map, Analysis) {
    let map = load_map(&root().join("data/voorbeeld")).unwrap().map;
    let a = analyse(&map, &Thresholds::default());
    (map, a)
}

/// Whether python3 with networkx and igraph is there; says so when not.
fn python_ready() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import networkx, igraph"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        println!(
            "skipped: python3 with networkx and python-igraph is not installed \
             (pip install networkx python-igraph lxml)"
        );
    }
    ok
}

/// Runs the check script on the two files and parses what it prints.
fn read_back(graphml: &Path, gexf: &Path) -> serde_json::Value {
    let mut cmd = Command::new("python3");
    cmd.arg(root().join("scripts/check_graph_files.py"))
        .arg("--graphml")
        .arg(graphml)
        .arg("--gexf")
        .arg(gexf);
    if let Some(dir) = std::env::var_os("GEXF_SCHEMA_DIR") {
        cmd.arg("--gexf-schema").arg(dir);
    }
    let o = cmd.output().expect("python3 runs");
    assert!(
        o.status.success(),
        "check_graph_files.py failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("the script prints JSON")
}

/// Both files of `map` written as the command line and the app do, with `layout`.
fn write_both(map: &Map, a: &Analysis, layout: GraphLayout, dir: &Path) -> (PathBuf, PathBuf) {
    let (g, x) = (dir.join("kaart.graphml"), dir.join("kaart.gexf"));
    write_output(
        map,
        a,
        &g,
        &Output::GraphMl(layout.clone()),
        false,
        Lang::Nl,
    )
    .unwrap();
    write_output(map, a, &x, &Output::Gexf(layout), false, Lang::Nl).unwrap();
    (g, x)
}

#[test]
fn networkx_and_igraph_read_the_graph_the_layout_colours_and_the_metrics() {
    if !python_ready() {
        return;
    }
    let (map, a) = example();
    let g = metrics_graph(&map);
    let dir = tempfile::tempdir().unwrap();
    let (graphml, gexf) = write_both(&map, &a, GraphLayout::Lanes, dir.path());
    let r = read_back(&graphml, &gexf);
    let (n, m) = (g.len() as u64, g.edge_count() as u64);
    // 27 parties + 73 persons + 28 tables, as the example's README counts.
    assert_eq!(n, 128);
    for (file, reader) in [
        ("graphml", "networkx"),
        ("graphml", "igraph"),
        ("gexf", "networkx"),
    ] {
        let s = &r[file][reader];
        assert_eq!(s["nodes"], n, "{file} {reader}");
        assert_eq!(s["edges"], m, "{file} {reader}");
        assert_eq!(s["directed"], false, "{file} {reader}");
        assert_eq!(
            s["positioned"], n,
            "{file} {reader}: every node has x and y"
        );
    }
    for file in ["graphml", "gexf"] {
        assert_eq!(r["negative_zero"][file], 0, "{file} has a -0");
    }
    // networkx's degree and betweenness on what it read are the analysis's (which follows
    // networkx by contract): the edges arrived whole.
    for file in ["graphml", "gexf"] {
        let by_id = &r[file]["networkx"]["by_id"];
        for nm in &a.metrics.nodes {
            let node = &by_id[nm.id.as_str()];
            assert_eq!(node["degree"], nm.degree as u64, "{file} {}", nm.id);
            let b = node["betweenness"].as_f64().unwrap();
            assert!(
                (b - nm.betweenness).abs() < 1e-9,
                "{file} {}: {b} vs {}",
                nm.id,
                nm.betweenness
            );
        }
    }
    let ig_degree = &r["graphml"]["igraph"]["degree"];
    for nm in &a.metrics.nodes {
        assert_eq!(
            ig_degree[nm.id.as_str()],
            nm.degree as u64,
            "igraph {}",
            nm.id
        );
    }
    // The analyst's attributes are there, with numbers as numbers.
    let keys: BTreeSet<&str> = r["graphml"]["networkx"]["node_keys"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| k.as_str())
        .collect();
    for k in [
        "kind",
        "soort",
        "domein",
        "laag",
        "functie",
        "netwerkrol",
        "uren_per_maand",
        "frequentie",
        "duur_uren",
        "besluitvorming",
        "degree",
        "betweenness",
        "closeness",
        "bevindingen",
        "bevinding_soorten",
        "x",
        "y",
        "size",
        "r",
        "g",
        "b",
    ] {
        assert!(keys.contains(k), "graphml lacks {k}: {keys:?}");
    }
    let types = &r["graphml"]["networkx"]["types"];
    assert_eq!(types["x"], "float");
    assert_eq!(types["degree"], "int");
    let edge_keys = r["gexf"]["networkx"]["edge_keys"].to_string();
    for k in ["relatie_soort", "kwaliteit", "rol", "type"] {
        assert!(edge_keys.contains(k), "gexf edges lack {k}: {edge_keys}");
    }
    // Edge types: as many reporting lines as the example has (see export_board).
    assert_eq!(r["gexf"]["networkx"]["edge_types"]["rapporteert_aan"], 17);
}

#[test]
fn positions_colours_and_sizes_are_those_of_the_picture() {
    if !python_ready() {
        return;
    }
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let (graphml, gexf) = write_both(&map, &a, GraphLayout::Lanes, dir.path());
    let r = read_back(&graphml, &gexf);
    let lanes = GraphLayout::Lanes.positions(&map);
    let gx = &r["gexf"]["networkx"]["by_id"];
    let gm = &r["graphml"]["networkx"]["by_id"];
    for (id, p) in &lanes {
        // GEXF and the GraphML keys have y pointing up: the canvas's y negated.
        for (file, node) in [("gexf", &gx[id.as_str()]), ("graphml", &gm[id.as_str()])] {
            let (x, y) = (node["x"].as_f64().unwrap(), node["y"].as_f64().unwrap());
            assert!((x - f64::from(p.x)).abs() < 0.01, "{file} {id} x");
            assert!((y + f64::from(p.y)).abs() < 0.01, "{file} {id} y");
        }
    }
    // Every party kind of the example has its own colour, the palette's; tables by kind.
    let mut seen: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for p in &map.parties {
        let c = style::party_color(p.kind).0;
        let want = vec![u64::from(c[0]), u64::from(c[1]), u64::from(c[2])];
        for (file, by_id) in [("gexf", gx), ("graphml", gm)] {
            let got: Vec<u64> = by_id[p.id.as_str()]["colour"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap())
                .collect();
            assert_eq!(got, want, "{file} {}", p.id);
        }
        seen.insert(p.kind.name().to_string(), want);
    }
    let kinds: BTreeSet<PartyKind> = map.parties.iter().map(|p| p.kind).collect();
    assert!(
        kinds.len() >= 8,
        "the example has {} party kinds",
        kinds.len()
    );
    let colours: BTreeSet<&Vec<u64>> = seen.values().collect();
    assert_eq!(colours.len(), kinds.len(), "one colour per party kind");
    for t in &map.tables {
        let c = style::table_color(t.kind).0;
        let got = &gx[t.id.as_str()]["colour"];
        assert_eq!(got[0], u64::from(c[0]), "{}", t.id);
        assert_eq!(got[2], u64::from(c[2]), "{}", t.id);
    }
    assert!(map.tables.iter().any(|t| t.kind != TableKind::Tafel));
    // Sizes grow with the seats: a table with more members is drawn larger.
    let size = |id: &str| gx[id]["size"].as_f64().unwrap();
    let members = |id: &str| map.memberships.iter().filter(|m| m.table == id).count();
    let (big, small) = map
        .tables
        .iter()
        .map(|t| t.id.as_str())
        .fold(("", ""), |(b, s), id| {
            let b = if b.is_empty() || members(id) > members(b) {
                id
            } else {
                b
            };
            let s = if s.is_empty() || members(id) < members(s) {
                id
            } else {
                s
            };
            (b, s)
        });
    assert!(members(big) > members(small));
    assert!(size(big) > size(small), "{big} vs {small}");
}

#[test]
fn the_gexf_is_valid_against_the_gexf_1_3_grammar_when_the_schema_is_at_hand() {
    let Some(dir) = std::env::var_os("GEXF_SCHEMA_DIR") else {
        println!("skipped: set GEXF_SCHEMA_DIR to a folder with the GEXF 1.3 gexf.rng");
        return;
    };
    if !python_ready() {
        return;
    }
    let (map, a) = example();
    let out = tempfile::tempdir().unwrap();
    let (graphml, gexf) = write_both(&map, &a, GraphLayout::Lanes, out.path());
    let r = read_back(&graphml, &gexf);
    let schema = &r["gexf"]["schema"];
    assert_eq!(
        schema["relaxng_valid"],
        true,
        "{} against {}",
        schema,
        dir.to_string_lossy()
    );
}

#[test]
fn same_map_same_bytes_and_no_negative_zero() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let (g1, x1) = write_both(&map, &a, GraphLayout::Free, dir.path());
    let (b1, c1) = (std::fs::read(&g1).unwrap(), std::fs::read(&x1).unwrap());
    let again = tempfile::tempdir().unwrap();
    let (g2, x2) = write_both(&map, &a, GraphLayout::Free, again.path());
    assert_eq!(b1, std::fs::read(g2).unwrap());
    assert_eq!(c1, std::fs::read(x2).unwrap());
    // Positions that are a negative zero, or round to one, are written as 0.
    let mut positions = BTreeMap::new();
    for (i, id) in metrics_graph(&map).ids.iter().enumerate() {
        let v = if i % 2 == 0 { -0.0 } else { -0.004 };
        positions.insert(id.clone(), Pos { x: v, y: v });
    }
    let opts = GraphOptions {
        anonymous: false,
        positions: Some(positions),
        lang: Lang::Nl,
    };
    for text in [
        write_graphml(&map, &a, &opts),
        write_gexf(&map, &a, &opts, "2026-11-22"),
    ] {
        assert!(!text.contains("\"-0\"") && !text.contains(">-0<"));
        assert!(!text.contains("-0.0"), "a -0.0 in the output");
        assert!(text.contains("x=\"0\"") || text.contains("<data key=\"x\">0</data>"));
    }
}

#[test]
fn the_free_layout_and_the_app_s_positions_reach_the_file() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let lanes = GraphLayout::Lanes.positions(&map);
    let free = GraphLayout::Free.positions(&map);
    assert_eq!(lanes.len(), free.len());
    assert_ne!(lanes, free, "two layouts, two sets of positions");
    // What the app shows on screen: one node moved by hand.
    let mut screen = lanes.clone();
    screen.insert(
        "gem-arnhoven".into(),
        Pos {
            x: 1234.5,
            y: 678.25,
        },
    );
    let out = Output::from_path(Path::new("k.gexf"), Default::default(), 2000, false, false)
        .unwrap()
        .with_positions(screen);
    let path = dir.path().join("k.gexf");
    write_output(&map, &a, &path, &out, false, Lang::Nl).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("<viz:position x=\"1234.5\" y=\"-678.25\" z=\"0\"/>"));
    // The command line's --indeling vrij writes the force layout.
    let target = dir.path().join("vrij.graphml");
    let o = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .arg("export")
        .arg(root().join("data/voorbeeld"))
        .arg("-o")
        .arg(&target)
        .args(["--indeling", "vrij"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let xml = std::fs::read_to_string(&target).unwrap();
    let p = free["gem-arnhoven"];
    let want = format!(
        "<data key=\"x\">{}</data>",
        (f64::from(p.x) * 100.0).round() / 100.0
    );
    assert!(xml.contains(&want), "{want}");
}
