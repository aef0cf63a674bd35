//! The board outputs on the example map, read back with independent parsers: roxmltree for
//! GraphML, GEXF, SVG and the (XHTML) report, calamine for the workbook, the png crate for
//! pictures. Expected counts are worked out by hand from `data/voorbeeld`.
//!
//! Set `NETWERKKAART_BOARD_OUT=/some/dir` to also write every output there for viewing.

use calamine::{Data, Reader, Xlsx, open_workbook};
use netwerkkaart::analysis::{Analysis, Thresholds, analyse};
use netwerkkaart::export::{
    DiagramOptions, GraphOptions, ReportOptions, matrix_svg, svg_to_png, triangle_svg,
    write_findings_workbook, write_gexf, write_graphml, write_html,
};
use netwerkkaart::graph::metrics_graph;
use netwerkkaart::i18n::Lang;
use netwerkkaart::import::load_map;
use netwerkkaart::model::{Map, anonymise};
use std::collections::BTreeMap;
use std::path::Path;

fn example() -> (Map, Analysis) {
    let map = load_map(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/voorbeeld")
            .as_path(),
    )
    .expect("example map loads")
    .map;
    let a = analyse(&map, &Thresholds::default());
    (map, a)
}

fn dump(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("NETWERKKAART_BOARD_OUT") {
        let dir = Path::new(&dir);
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

fn opts() -> DiagramOptions {
    DiagramOptions {
        title: String::new(),
        date: "22 november 2026".into(),
        lang: Lang::Nl,
    }
}

fn parse(xml: &str) -> roxmltree::Document<'_> {
    let o = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(xml, o).unwrap_or_else(|e| panic!("not XML: {e}"))
}

/// All text of an XML document, element texts joined by newlines.
fn texts(doc: &roxmltree::Document<'_>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn write_everything_for_viewing() {
    let (map, a) = example();
    let tri = triangle_svg(&map, &a, &opts());
    let mat = matrix_svg(&map, &opts());
    dump("driehoek.svg", tri.as_bytes());
    dump("matrix.svg", mat.as_bytes());
    dump("driehoek.png", &svg_to_png(&tri, 2000).unwrap());
    dump("matrix.png", &svg_to_png(&mat, 2000).unwrap());
    let ro = ReportOptions {
        date: "22 november 2026".into(),
        ..Default::default()
    };
    dump("rapport.html", write_html(&map, &a, &ro).as_bytes());
    let ro = ReportOptions {
        anonymous: true,
        ..ro
    };
    dump("rapport-anoniem.html", write_html(&map, &a, &ro).as_bytes());
    dump(
        "kaart.graphml",
        write_graphml(&map, &a, &GraphOptions::default()).as_bytes(),
    );
    dump(
        "kaart.gexf",
        write_gexf(&map, &a, &GraphOptions::default(), "2026-11-22").as_bytes(),
    );
    if let Some(dir) = std::env::var_os("NETWERKKAART_BOARD_OUT") {
        write_findings_workbook(
            &map,
            &a,
            &Path::new(&dir).join("bevindingen.xlsx"),
            false,
            Lang::Nl,
        )
        .unwrap();
    }
}

// ---------------------------------------------------------------- GraphML and GEXF

/// Reporting lines in tafels.csv, counted by hand: stuurgroep→rbo, regiegroep→stuurgroep,
/// contract→rbo, schulden, contingent, klankbord, zachtelanding→regiegroep (4),
/// transferpunt→doetafel, three casustafels→transferpunt, teamthuis and housingfirst→doetafel,
/// wijkaanpak and gebiedsoverleg→leefbaarheid, buurtnetwerk→wijkaanpak, wijkggz→gebiedsoverleg:
/// 3 + 4 + 1 + 3 + 2 + 2 + 2 = 17 distinct pairs.
const REPORTING_EDGES: usize = 17;
/// Every one of the 73 persons is linked to their own party, and no relation joins a person to
/// their own party, so 73 person–party edges.
const PERSON_PARTY_EDGES: usize = 73;

#[test]
fn graphml_has_the_metrics_graph_with_attributes() {
    let (map, a) = example();
    let g = metrics_graph(&map);
    let xml = write_graphml(&map, &a, &GraphOptions::default());
    let doc = parse(&xml);
    let ns = "http://graphml.graphdrawing.org/xmlns";
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "node")))
        .collect();
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "edge")))
        .collect();
    assert_eq!(nodes.len(), g.len());
    assert_eq!(edges.len(), g.edge_count());
    // 27 parties + 73 persons + 28 tables.
    assert_eq!(nodes.len(), 27 + 73 + 28);
    let data = |n: &roxmltree::Node<'_, '_>, key: &str| -> Option<String> {
        n.children()
            .find(|c| c.has_tag_name((ns, "data")) && c.attribute("key") == Some(key))
            .and_then(|c| c.text().map(str::to_string))
    };
    for n in &nodes {
        for key in [
            "kind",
            "naam",
            "degree",
            "betweenness",
            "closeness",
            "articulation",
        ] {
            assert!(
                data(n, key).is_some(),
                "{:?} lacks {key}",
                n.attribute("id")
            );
        }
    }
    let by_id: BTreeMap<String, roxmltree::Node<'_, '_>> = nodes
        .iter()
        .map(|n| (n.attribute("id").unwrap().to_string(), *n))
        .collect();
    let tp = by_id["t-transferpunt"];
    assert_eq!(data(&tp, "kind").as_deref(), Some("tafel"));
    assert_eq!(data(&tp, "domein").as_deref(), Some("casus"));
    assert_eq!(data(&tp, "laag").as_deref(), Some("tactisch"));
    let corp = by_id["corp-thuisborg"];
    assert_eq!(data(&corp, "soort").as_deref(), Some("woningcorporatie"));
    assert_eq!(
        data(&corp, "werkgebied").as_deref(),
        Some("gem-brederwijk|gem-hulsveen")
    );
    // The metrics are those of the analysis.
    let m = a
        .metrics
        .nodes
        .iter()
        .find(|m| m.id == "p-mbakker")
        .unwrap();
    let mb = by_id["p-mbakker"];
    assert_eq!(data(&mb, "degree"), Some(m.degree.to_string()));
    assert_eq!(
        data(&mb, "betweenness").unwrap().parse::<f64>().unwrap(),
        m.betweenness
    );
    let ty = |t: &str| {
        edges
            .iter()
            .filter(|e| {
                e.children()
                    .any(|c| c.attribute("key") == Some("type") && c.text() == Some(t))
            })
            .count()
    };
    assert_eq!(ty("rapporteert_aan"), REPORTING_EDGES);
    assert_eq!(ty("persoon-partij"), PERSON_PARTY_EDGES);
    assert_eq!(
        ty("deelname") + ty("relatie") + REPORTING_EDGES + PERSON_PARTY_EDGES,
        g.edge_count()
    );
}

#[test]
fn gexf_has_the_same_counts_colours_and_positions() {
    let (map, a) = example();
    let g = metrics_graph(&map);
    let mut positions = BTreeMap::new();
    positions.insert(
        "gem-arnhoven".to_string(),
        netwerkkaart::model::Pos { x: 10.0, y: 20.0 },
    );
    let o = GraphOptions {
        anonymous: false,
        positions: Some(positions),
        lang: Lang::Nl,
    };
    let xml = write_gexf(&map, &a, &o, "2026-11-22");
    let doc = parse(&xml);
    let ns = "http://gexf.net/1.3";
    let viz = "http://gexf.net/1.3/viz";
    let root = doc.root_element();
    assert_eq!(root.attribute("version"), Some("1.3"));
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "node")))
        .collect();
    let edges = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "edge")))
        .count();
    assert_eq!(nodes.len(), g.len());
    assert_eq!(edges, g.edge_count());
    for n in &nodes {
        assert!(
            n.children().any(|c| c.has_tag_name((viz, "color"))),
            "every node has a colour"
        );
    }
    let colour = |id: &str| {
        let n = nodes
            .iter()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap();
        let c = n
            .children()
            .find(|c| c.has_tag_name((viz, "color")))
            .unwrap();
        (
            c.attribute("r").unwrap().parse::<u8>().unwrap(),
            c.attribute("g").unwrap().parse::<u8>().unwrap(),
            c.attribute("b").unwrap().parse::<u8>().unwrap(),
        )
    };
    // Gemeente blue (b dominant), corporatie orange (r dominant), zorg teal (g, b over r).
    let (r, gg, b) = colour("gem-arnhoven");
    assert!(b > r && b > gg);
    let (r, gg, b) = colour("corp-woonvast");
    assert!(r > gg && gg > b);
    let (r, gg, b) = colour("zorg-kwintara");
    assert!(gg > r && b > r);
    let positioned: Vec<_> = nodes
        .iter()
        .filter(|n| n.children().any(|c| c.has_tag_name((viz, "position"))))
        .map(|n| n.attribute("id").unwrap())
        .collect();
    assert_eq!(positioned, ["gem-arnhoven"]);
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name((ns, "attribute")) && n.attribute("title") == Some("betweenness"))
        .unwrap();
    assert_eq!(title.attribute("type"), Some("double"));
}

// ---------------------------------------------------------------- workbook

fn cell_text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn findings_workbook_has_the_sheets_rows_and_no_formulas() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bevindingen.xlsx");
    write_findings_workbook(&map, &a, &path, false, Lang::Nl).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Bevindingen",
            "Groepen",
            "Acties",
            "Driehoeken",
            "Partijen",
            "Personen",
            "Tafels",
            "Deelnames",
            "Relaties",
            "Drempels",
            "Bronnen"
        ]
    );
    let rows = |wb: &mut Xlsx<_>, name: &str| -> Vec<Vec<Data>> {
        wb.worksheet_range(name)
            .unwrap()
            .rows()
            .map(|r| r.to_vec())
            .collect()
    };
    let f = rows(&mut wb, "Bevindingen");
    assert_eq!(
        f.len(),
        a.findings.len() + 1,
        "header + one row per finding"
    );
    assert_eq!(cell_text(&f[0][0]), "Ernst");
    for (row, finding) in f.iter().skip(1).zip(&a.findings) {
        assert_eq!(cell_text(&row[6]), finding.message(Lang::Nl));
        assert_eq!(cell_text(&row[7]), finding.advice(Lang::Nl));
    }
    assert_eq!(rows(&mut wb, "Partijen").len(), 27 + 1);
    assert_eq!(rows(&mut wb, "Personen").len(), 73 + 1);
    assert_eq!(rows(&mut wb, "Tafels").len(), 28 + 1);
    assert_eq!(rows(&mut wb, "Deelnames").len(), map.memberships.len() + 1);
    // Partijen carries the metrics as numbers: Transferpunt's degree is the analysis's.
    let p = rows(&mut wb, "Partijen");
    let header: Vec<String> = p[0].iter().map(cell_text).collect();
    let deg = header.iter().position(|h| h == "Verbindingen").unwrap();
    let tp = p
        .iter()
        .find(|r| cell_text(&r[0]) == "tp-lingemond")
        .unwrap();
    let want = a
        .metrics
        .nodes
        .iter()
        .find(|m| m.id == "tp-lingemond")
        .unwrap()
        .degree;
    assert!(matches!(tp[deg], Data::Float(_) | Data::Int(_)));
    assert_eq!(cell_text(&tp[deg]), want.to_string());
    for name in wb.sheet_names() {
        let fm = wb.worksheet_formula(&name).unwrap();
        assert!(fm.used_cells().all(|(_, _, s)| s.is_empty()), "{name}");
    }
}

// ---------------------------------------------------------------- diagrams and PNG

#[test]
fn triangle_svg_parses_and_shows_every_scope_state_and_the_legend() {
    let (map, a) = example();
    let svg = triangle_svg(&map, &a, &opts());
    let doc = parse(&svg);
    let t = texts(&doc);
    // Four municipalities: 3 domains × (whole region + 4 werkgebieden) = 15 triangles.
    assert_eq!(a.triangles.len(), 15);
    for label in [
        "Casus",
        "Institutioneel",
        "Leefomgeving",
        "Legenda",
        "22 november 2026",
    ] {
        assert!(t.iter().any(|x| x.contains(label)), "{label} missing");
    }
    for w in ["Gemeente Arnhoven", "Gemeente Zandermeer"] {
        assert!(t.iter().any(|x| x == w), "{w}");
    }
    // One state badge per triangle: count the state labels in badge position (the texts that
    // equal a state label exactly).
    let states = ["gesloten", "verbonden", "open", "afwezig"];
    let badges = t.iter().filter(|x| states.contains(&x.as_str())).count();
    // An absent corner is marked "afwezig" in red as well; those are not badges.
    let red = netwerkkaart::style::LEG_MISSING.hex();
    let corner_marks = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("fill") == Some(red.as_str()))
        .filter(|n| n.text() == Some("afwezig"))
        .count();
    assert_eq!(badges - corner_marks, a.triangles.len());
    // Missing legs are red dashed lines: as many as the analysis' missing legs.
    let missing: usize = a.triangles.iter().map(|t| t.legs.missing().len()).sum();
    let dashed = doc
        .descendants()
        .filter(|n| {
            n.has_tag_name("line")
                && n.attribute("stroke") == Some(red.as_str())
                && n.attribute("stroke-dasharray").is_some()
        })
        .count();
    // The legend has one sample dashed line.
    assert_eq!(dashed, missing + 1);
}

#[test]
fn matrix_svg_lists_tables_and_marks_the_empty_cell() {
    let (map, _) = example();
    let svg = matrix_svg(&map, &opts());
    let doc = parse(&svg);
    let t = texts(&doc);
    // README of the example: casus × strategisch is the only empty cell.
    assert_eq!(t.iter().filter(|x| *x == "geen tafel").count(), 1);
    for label in [
        "Strategisch",
        "Tactisch",
        "Operationeel",
        "Legenda",
        "Casus",
    ] {
        assert!(t.iter().any(|x| x == label), "{label}");
    }
    // Short names appear whole; the Doe-tafel is in two cells (tactisch and operationeel).
    assert_eq!(t.iter().filter(|x| *x == "Doe-tafel Lingemond").count(), 2);
    assert!(t.iter().any(|x| x == "Buurtkamer De Schakel"));
}

fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

/// Decodes a PNG into (width, height, RGB or RGBA bytes, channels).
fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>, usize) {
    let dec = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut r = dec.read_info().unwrap();
    let mut buf = vec![0; r.output_buffer_size().unwrap()];
    let info = r.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf, info.color_type.samples())
}

#[test]
fn png_has_the_asked_width_and_is_not_blank() {
    let (map, a) = example();
    let svg = triangle_svg(&map, &a, &opts());
    let doc = parse(&svg);
    let root = doc.root_element();
    let w: f64 = root.attribute("width").unwrap().parse().unwrap();
    let h: f64 = root.attribute("height").unwrap().parse().unwrap();
    let png = svg_to_png(&svg, 900).unwrap();
    let (pw, ph) = png_size(&png);
    assert_eq!(pw, 900);
    assert_eq!(ph, (h * 900.0 / w).round() as u32);
    let (_, _, px, ch) = decode(&png);
    let coloured = px.chunks(ch).filter(|p| p[..3] != [255, 255, 255]).count();
    assert!(coloured > 1000, "{coloured} non-white pixels");
}

#[test]
fn png_text_renders_without_system_fonts() {
    // Only text, black on white: if no font were found, the picture would be all white.
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
        <text x="10" y="30" font-size="24" font-family="sans-serif" fill="#000">Netwerk é</text></svg>"##;
    let (w, h, px, ch) = decode(&svg_to_png(svg, 200).unwrap());
    assert_eq!((w, h), (200, 40));
    let dark = px.chunks(ch).filter(|p| p[0] < 128).count();
    assert!(dark > 100, "{dark} dark pixels");
}

// ---------------------------------------------------------------- report

#[test]
fn report_is_xhtml_with_sections_in_order_and_every_finding() {
    let (map, a) = example();
    let html = write_html(
        &map,
        &a,
        &ReportOptions {
            pictures: vec![(
                "Netwerk & co".into(),
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>netwerkplaatje</text></svg>".into(),
            )],
            date: "22 november 2026".into(),
            title: "Regio <Lingemond> & \"co\"".into(),
            ..Default::default()
        },
    );
    assert!(!html.to_lowercase().contains("<script"));
    // No external resources: nothing loaded by src or href other than in-page anchors.
    assert!(!html.contains("src=\""));
    assert!(!html.contains("href=\"http") && !html.contains("@import"));
    assert!(!html.contains("<link"));
    let doc = parse(&html);
    let xhtml = "http://www.w3.org/1999/xhtml";
    let ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((xhtml, "section")))
        .filter_map(|n| n.attribute("id"))
        .collect();
    // Summary, groups, network, the werkgebied pages, methods, appendix (issue 15).
    assert_eq!(
        ids[..4],
        ["samenvatting", "groepen", "netwerk", "werkgebieden"]
    );
    assert_eq!(ids[ids.len() - 3..], ["lezen", "bijlage", "tafels"]);
    let areas = ids.iter().filter(|i| i.starts_with("wg-")).count();
    assert_eq!(areas, 4, "the example has four municipalities");
    let h1 = doc
        .descendants()
        .find(|n| n.has_tag_name((xhtml, "h1")))
        .unwrap();
    assert_eq!(h1.text(), Some("Regio <Lingemond> & \"co\""));
    let all = texts(&doc).join("\n");
    assert!(
        all.contains("netwerkplaatje"),
        "the caller's picture is inlined"
    );
    // One card per group; every finding a row of the appendix with its message, and its
    // advice on its group's card.
    let articles = doc
        .descendants()
        .filter(|n| n.has_tag_name((xhtml, "article")))
        .count();
    assert_eq!(articles, a.groups.len());
    let rows: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((xhtml, "tr")) && n.attribute("class") == Some("finding"))
        .collect();
    assert_eq!(rows.len(), a.findings.len());
    // The appendix lists the findings by group, so a row is found by its message.
    let row_texts: Vec<String> = rows
        .iter()
        .map(|row| {
            row.descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect()
        })
        .collect();
    for f in &a.findings {
        let message = f.message(Lang::Nl);
        assert!(row_texts.iter().any(|t| t.contains(&message)), "{message}");
        assert!(all.contains(&f.advice(Lang::Nl)));
    }
    // The scorecard: the whole region and the four municipalities.
    let score_rows = doc
        .descendants()
        .find(|n| n.has_tag_name((xhtml, "table")) && n.attribute("class") == Some("scorecard"))
        .unwrap()
        .descendants()
        .filter(|n| n.has_tag_name((xhtml, "tr")))
        .count();
    assert_eq!(score_rows, 1 + 1 + 4);
    // Thresholds as given, in words: no code names.
    assert!(!all.contains("max_meeting_hours"));
    assert!(all.contains("150"));
    // Print CSS with page breaks.
    assert!(html.contains("@media print") && html.contains("break-before: page"));
}

// ---------------------------------------------------------------- anonymisation

/// What must not appear anywhere: every full name, every name part of 4+ letters that is not
/// also a word of a party or table name, and every original person id.
fn forbidden(map: &Map) -> Vec<String> {
    let words: std::collections::HashSet<String> = map
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .chain(map.tables.iter().map(|t| t.name.as_str()))
        .flat_map(|n| n.split(|c: char| !c.is_alphanumeric()))
        .map(|w| w.to_lowercase())
        .collect();
    let mut out = Vec::new();
    for p in &map.persons {
        out.push(p.name.to_lowercase());
        out.push(p.id.to_lowercase());
        for part in p.name.split_whitespace() {
            let part = part.to_lowercase();
            if part.chars().count() >= 4 && !words.contains(&part) {
                out.push(part);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The forbidden strings found in `text`, matched as whole words (case-insensitive).
fn leaks(text: &str, forbidden: &[String]) -> Vec<String> {
    let lower = text.to_lowercase();
    forbidden
        .iter()
        .filter(|f| {
            lower.match_indices(f.as_str()).any(|(i, _)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + f.len()..].chars().next();
                let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                boundary(before) && boundary(after)
            })
        })
        .cloned()
        .collect()
}

#[test]
fn the_leak_check_does_find_names() {
    // Guards the tests below: on the plain outputs, the check must find names.
    let (map, a) = example();
    let bad = forbidden(&map);
    assert!(bad.contains(&"marieke bakker".to_string()));
    assert!(bad.contains(&"p-mbakker".to_string()));
    let plain = write_graphml(&map, &a, &GraphOptions::default());
    assert!(leaks(&plain, &bad).len() > 73);
}

#[test]
fn anonymised_map_holds_no_name_and_no_old_id() {
    let (map, _) = example();
    let anon = anonymise(&map, Lang::Nl);
    let json = serde_json::to_string(&anon).unwrap();
    let bad = forbidden(&map);
    assert_eq!(leaks(&json, &bad), Vec::<String>::new());
    // The example's note "Vastgelopen uitstroom gaat naar Marieke" now names the function.
    let note = anon
        .relations
        .iter()
        .find(|r| r.note.starts_with("Vastgelopen"))
        .unwrap();
    assert_eq!(
        note.note,
        "Vastgelopen uitstroom gaat naar procesregisseur uitstroom, Transferpunt BW/MO Lingemond; zij agendeert het in de Regiegroep"
    );
    assert_eq!(anon.persons[0].id, "persoon-001");
    assert_eq!(
        anon.persons[0].name,
        "wethouder Zorg en Wonen, Gemeente Arnhoven"
    );
    // Same structure: the same counts and the same analysis figures.
    assert_eq!(anon.memberships.len(), map.memberships.len());
    assert_eq!(
        metrics_graph(&anon).edge_count(),
        metrics_graph(&map).edge_count()
    );
}

#[test]
fn every_output_is_free_of_names_when_anonymous() {
    let (map, a) = example();
    let bad = forbidden(&map);
    let anon = anonymise(&map, Lang::Nl);
    let ga = GraphOptions {
        anonymous: true,
        positions: None,
        lang: Lang::Nl,
    };
    let mut outputs: Vec<(&str, String)> = vec![
        ("graphml", write_graphml(&map, &a, &ga)),
        ("gexf", write_gexf(&map, &a, &ga, "2026-11-22")),
        (
            "html",
            write_html(
                &map,
                &a,
                &ReportOptions {
                    anonymous: true,
                    ..Default::default()
                },
            ),
        ),
        // The pictures draw only parties and tables; they are made from the anonymised map
        // as a caller in anonymous mode does.
        (
            "triangle",
            triangle_svg(&anon, &analyse(&anon, &a.thresholds), &opts()),
        ),
        ("matrix", matrix_svg(&anon, &opts())),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    write_findings_workbook(&map, &a, &path, true, Lang::Nl).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let mut cells = String::new();
    for name in wb.sheet_names() {
        for row in wb.worksheet_range(&name).unwrap().rows() {
            for c in row {
                cells.push_str(&cell_text(c));
                cells.push('\n');
            }
        }
    }
    outputs.push(("xlsx", cells));
    for (name, text) in &outputs {
        assert_eq!(leaks(text, &bad), Vec::<String>::new(), "{name}");
    }
    // The anonymous outputs do show the labels.
    assert!(
        outputs[0]
            .1
            .contains("procesregisseur uitstroom, Transferpunt BW/MO Lingemond")
    );
    assert!(outputs[2].1.contains("persoon") || outputs[2].1.contains("procesregisseur"));
}

// ---------------------------------------------------------------- escaping and injection

fn tricky_map() -> Map {
    let mut map = Map {
        title: "Kaart & <co>".into(),
        ..Map::default()
    };
    map.parties.push(netwerkkaart::model::Party::new(
        "a&b",
        "Zorg & Wonen <\"Café\"> 'x'",
        netwerkkaart::model::PartyKind::Zorgaanbieder,
    ));
    for (id, name) in [
        ("f1", "=HYPERLINK(\"http://x\",\"klik\")"),
        ("f2", "+31 6 1234"),
        ("f3", "-kwetsbaar"),
        ("f4", "@home"),
    ] {
        map.parties.push(netwerkkaart::model::Party::new(
            id,
            name,
            netwerkkaart::model::PartyKind::Gemeente,
        ));
    }
    map.tables.push(netwerkkaart::model::Table {
        id: "t<1>".into(),
        name: "Tafel \"één\" & <twee>".into(),
        kind: netwerkkaart::model::TableKind::Tafel,
        domains: netwerkkaart::model::Set::one(netwerkkaart::model::Domain::Casus),
        layers: netwerkkaart::model::Set::one(netwerkkaart::model::Layer::Tactisch),
        frequency: Some(4.0),
        duration_hours: Some(1.5),
        decision: None,
        werkgebied: vec![],
        reports_to: vec![],
        attributes: vec![],
    });
    for p in ["a&b", "f1", "f2"] {
        map.memberships.push(netwerkkaart::model::Membership {
            table: "t<1>".into(),
            party: p.into(),
            person: None,
            role: netwerkkaart::model::Role::Lid,
            attributes: vec![],
        });
    }
    map
}

#[test]
fn special_characters_survive_graphml_gexf_svg_and_html() {
    let map = tricky_map();
    let a = analyse(&map, &Thresholds::default());
    let g = write_graphml(&map, &a, &GraphOptions::default());
    let doc = parse(&g);
    let naam: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("key") == Some("naam"))
        .filter_map(|n| n.text())
        .collect();
    assert!(naam.contains(&"Zorg & Wonen <\"Café\"> 'x'"));
    assert!(naam.contains(&"Tafel \"één\" & <twee>"));
    let ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://graphml.graphdrawing.org/xmlns", "node")))
        .filter_map(|n| n.attribute("id"))
        .collect();
    assert!(ids.contains(&"a&b") && ids.contains(&"t<1>"));

    let x = write_gexf(&map, &a, &GraphOptions::default(), "not a date");
    let doc = parse(&x);
    let labels: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("label"))
        .collect();
    assert!(labels.contains(&"Zorg & Wonen <\"Café\"> 'x'"));

    let svg = matrix_svg(&map, &opts());
    let doc = parse(&svg);
    assert!(texts(&doc).iter().any(|t| t == "Tafel \"één\" & <twee>"));
    let svg = triangle_svg(&map, &a, &opts());
    parse(&svg);

    let html = write_html(&map, &a, &ReportOptions::default());
    let doc = parse(&html);
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.contains("Tafel \"één\" & <twee>"))
    );
    assert!(!html.contains("<twee>"));
}

#[test]
fn formula_like_names_stay_strings_in_the_findings_workbook() {
    let map = tricky_map();
    let a = analyse(&map, &Thresholds::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    write_findings_workbook(&map, &a, &path, false, Lang::Nl).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let rows: Vec<Vec<Data>> = wb
        .worksheet_range("Partijen")
        .unwrap()
        .rows()
        .map(|r| r.to_vec())
        .collect();
    let names: Vec<&Data> = rows.iter().skip(1).map(|r| &r[1]).collect();
    for want in [
        "=HYPERLINK(\"http://x\",\"klik\")",
        "+31 6 1234",
        "-kwetsbaar",
        "@home",
    ] {
        assert!(
            names.contains(&&Data::String(want.to_string())),
            "{want} as a string"
        );
    }
    for name in wb.sheet_names() {
        let fm = wb.worksheet_formula(&name).unwrap();
        assert!(fm.used_cells().all(|(_, _, s)| s.is_empty()), "{name}");
    }
}

#[test]
fn an_empty_map_gives_valid_outputs_not_panics() {
    let map = Map::default();
    let a = analyse(&map, &Thresholds::default());
    parse(&write_graphml(&map, &a, &GraphOptions::default()));
    parse(&write_gexf(&map, &a, &GraphOptions::default(), ""));
    let tri = triangle_svg(&map, &a, &opts());
    parse(&tri);
    let mat = matrix_svg(&map, &opts());
    // Nine empty cells, each marked.
    assert_eq!(
        texts(&parse(&mat))
            .iter()
            .filter(|t| *t == "geen tafel")
            .count(),
        9
    );
    assert_eq!(png_size(&svg_to_png(&mat, 400).unwrap()).0, 400);
    let html = write_html(
        &map,
        &a,
        &ReportOptions {
            anonymous: true,
            ..Default::default()
        },
    );
    parse(&html);
    let dir = tempfile::tempdir().unwrap();
    write_findings_workbook(&map, &a, &dir.path().join("e.xlsx"), true, Lang::Nl).unwrap();
}
