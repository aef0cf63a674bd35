//! The findings workbook as the board prints and sorts it: every sheet landscape, one page
//! wide, the header row on every page, page numbers in the footer; rows tall enough for their
//! wrapped text; an Ernst column that sorts Hoog, Middel, Laag; the sheets for triangles,
//! groups, actions, relationships, thresholds and sources; filled document properties; the
//! same bytes for the same map.

use calamine::{Data, Reader, Xlsx, open_workbook};
use netwerkkaart::analysis::{Analysis, Severity, Thresholds, analyse};
use netwerkkaart::export::write_findings_workbook;
use netwerkkaart::i18n::Lang;
use netwerkkaart::import::load_map;
use netwerkkaart::model::Map;
use std::io::Read as _;
use std::path::{Path, PathBuf};

fn example() -> (Map, Analysis) {
    let map = load_map(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"))
        .unwrap()
        .map;
    let a = analyse(&map, &Thresholds::default());
    (map, a)
}

/// One part of the xlsx package as text.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

fn rows(wb: &mut Xlsx<std::io::BufReader<std::fs::File>>, sheet: &str) -> Vec<Vec<Data>> {
    wb.worksheet_range(sheet)
        .unwrap()
        .rows()
        .map(|r| r.to_vec())
        .collect()
}

fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        _ => String::new(),
    }
}

#[test]
fn every_sheet_is_there_with_a_row_per_item() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
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
    assert_eq!(rows(&mut wb, "Groepen").len(), a.groups.len() + 1);
    assert_eq!(rows(&mut wb, "Acties").len(), a.actions.len() + 1);
    // 3 domains × (whole region + 4 werkgebieden), as the report's triangle table.
    assert_eq!(rows(&mut wb, "Driehoeken").len(), 15 + 1);
    assert_eq!(rows(&mut wb, "Relaties").len(), map.relations.len() + 1);
    let drempels = rows(&mut wb, "Drempels");
    assert_eq!(drempels.len(), a.thresholds.entries(Lang::Nl).len() + 1);
    let max_tables = drempels
        .iter()
        .find(|r| text(&r[0]) == "max_tables")
        .unwrap();
    assert_eq!(max_tables[2], Data::Float(6.0), "a threshold is a number");
    let bronnen = rows(&mut wb, "Bronnen");
    assert_eq!(bronnen.len(), 5 + 1);
    let partijen = bronnen
        .iter()
        .find(|r| text(&r[1]) == "partijen.csv")
        .unwrap();
    assert_eq!(partijen[2], Data::Float(27.0));
    // Groups are the analysis' own, in its order and severity.
    let groepen = rows(&mut wb, "Groepen");
    for (row, g) in groepen.iter().skip(1).zip(&a.groups) {
        assert_eq!(text(&row[2]), g.title.render(Lang::Nl));
        assert_eq!(row[6], Data::Float(g.findings.len() as f64));
    }
}

#[test]
fn ernst_sorts_hoog_middel_laag_and_keeps_the_colours() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    write_findings_workbook(&map, &a, &path, false, Lang::Nl).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let f = rows(&mut wb, "Bevindingen");
    assert_eq!(text(&f[0][0]), "Ernst");
    let mut by_text: Vec<(String, Severity)> = f
        .iter()
        .skip(1)
        .zip(&a.findings)
        .map(|(r, finding)| (text(&r[0]), finding.severity))
        .collect();
    assert!(by_text.iter().any(|(_, s)| *s == Severity::Hoog));
    assert!(by_text.iter().any(|(_, s)| *s == Severity::Laag));
    // What Excel's A→Z sort does with the column: text order.
    by_text.sort_by(|x, y| x.0.cmp(&y.0));
    let order: Vec<Severity> = by_text.iter().map(|(_, s)| *s).collect();
    let mut want = order.clone();
    want.sort();
    assert_eq!(order, want, "sorted text gives Hoog, Middel, Laag");
    assert!(by_text[0].0.starts_with("1 ") && by_text[0].0.ends_with("Hoog"));
}

#[test]
fn every_sheet_prints_landscape_one_page_wide_with_titles_and_page_numbers() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    write_findings_workbook(&map, &a, &path, false, Lang::Nl).unwrap();
    let workbook = part(&path, "xl/workbook.xml");
    for i in 1..=11 {
        let sheet = part(&path, &format!("xl/worksheets/sheet{i}.xml"));
        assert!(sheet.contains("orientation=\"landscape\""), "sheet {i}");
        assert!(sheet.contains("paperSize=\"9\""), "sheet {i}: A4");
        assert!(sheet.contains("fitToPage=\"1\""), "sheet {i}");
        assert!(
            sheet.contains("fitToHeight=\"0\""),
            "sheet {i}: as tall as needed"
        );
        assert!(
            sheet.contains("&amp;P") && sheet.contains("&amp;N"),
            "sheet {i}"
        );
        // The header row repeats on every page of every sheet.
        assert!(
            workbook.contains(&format!("localSheetId=\"{}\">", i - 1)),
            "sheet {i}: {workbook}"
        );
    }
    assert_eq!(workbook.matches("_xlnm.Print_Titles").count(), 11);
    // Bevindingen: a finding whose advice wraps gets a row tall enough for it.
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("customHeight=\"1\""));
    let core = part(&path, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Netwerkkaart</dc:creator>"),
        "{core}"
    );
    assert!(core.contains("<dc:title>"), "{core}");
    assert!(core.contains("T00:00:00Z</dcterms:created>"), "{core}");
}

#[test]
fn row_heights_grow_with_the_text_and_bytes_repeat() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let (p1, p2) = (dir.path().join("1.xlsx"), dir.path().join("2.xlsx"));
    write_findings_workbook(&map, &a, &p1, false, Lang::Nl).unwrap();
    write_findings_workbook(&map, &a, &p2, false, Lang::Nl).unwrap();
    assert_eq!(std::fs::read(&p1).unwrap(), std::fs::read(&p2).unwrap());
    // Heights of the finding rows, in row order (row 1 is the header).
    let sheet = part(&p1, "xl/worksheets/sheet1.xml");
    let heights: Vec<(usize, f64)> = sheet
        .split("<row ")
        .skip(1)
        .filter_map(|r| {
            let num = |key: &str| -> Option<String> {
                let at = r.find(&format!("{key}=\""))? + key.len() + 2;
                Some(r[at..].split('"').next()?.to_string())
            };
            Some((num("r")?.parse().ok()?, num("ht")?.parse().ok()?))
        })
        .collect();
    assert!(!heights.is_empty());
    let advice_len = |row: usize| a.findings[row - 2].advice(Lang::Nl).chars().count();
    // The tallest row holds a longer advice than the shortest raised row.
    let (tall, _) = heights
        .iter()
        .filter(|(r, _)| *r > 1)
        .max_by(|x, y| x.1.total_cmp(&y.1))
        .unwrap();
    let (low, _) = heights
        .iter()
        .filter(|(r, _)| *r > 1)
        .min_by(|x, y| x.1.total_cmp(&y.1))
        .unwrap();
    let longest = |r: usize| {
        let f = &a.findings[r - 2];
        f.message(Lang::Nl).chars().count().max(advice_len(r))
    };
    assert!(longest(*tall) >= longest(*low), "{tall} vs {low}");
    // A row of 46 units (45 characters a line) holding a 400-character advice needs at least
    // 400 / 43 ≈ 10 lines of 15 points.
    for (r, h) in &heights {
        if *r > 1 && advice_len(*r) >= 400 {
            assert!(*h >= 10.0 * 15.0, "row {r}: {h}");
        }
    }
}

#[test]
fn the_english_workbook_has_english_sheets() {
    let (map, a) = example();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.xlsx");
    write_findings_workbook(&map, &a, &path, false, Lang::En).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert!(wb.sheet_names().contains(&"Triangles".to_string()));
    assert!(wb.sheet_names().contains(&"Sources".to_string()));
    let f = rows(&mut wb, "Findings");
    assert!(f.iter().skip(1).any(|r| text(&r[0]) == "1 High"));
    assert!(part(&path, "xl/worksheets/sheet1.xml").contains("Page &amp;P of &amp;N"));
}
