//! The board outputs in English: report, pictures and workbook for `Lang::En`.

use calamine::{Reader, Xlsx, open_workbook};
use netwerkkaart::analysis::{Thresholds, analyse};
use netwerkkaart::export::{
    DiagramOptions, ReportOptions, matrix_svg, triangle_svg, write_findings_workbook, write_html,
};
use netwerkkaart::i18n::Lang;
use netwerkkaart::import::load_map;
use std::path::Path;

#[test]
fn report_pictures_and_workbook_follow_the_language() {
    let map = load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"))
        .unwrap()
        .map;
    let a = analyse(&map, &Thresholds::default());
    let html = write_html(
        &map,
        &a,
        &ReportOptions {
            lang: Lang::En,
            ..ReportOptions::default()
        },
    );
    assert!(html.contains("lang=\"en\""));
    for h in [
        "Summary",
        "The findings at a glance",
        "The network",
        "How to read this report",
    ] {
        assert!(html.contains(&format!(">{h}</h2>")), "{h}");
    }
    assert!(html.contains(">Thresholds used</h3>") && html.contains(">Where to start</h3>"));
    assert!(!html.contains(">Samenvatting<"));
    let o = DiagramOptions {
        lang: Lang::En,
        ..DiagramOptions::default()
    };
    let t = triangle_svg(&map, &a, &o);
    assert!(t.contains(">Legend<") && t.contains(">Whole region<") && t.contains(">closed<"));
    let m = matrix_svg(&map, &o);
    assert!(m.contains(">no table<") && m.contains(">Strategic<"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    write_findings_workbook(&map, &a, &path, true, Lang::En).unwrap();
    let wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Findings",
            "Groups",
            "Actions",
            "Triangles",
            "Parties",
            "Persons",
            "Tables",
            "Memberships",
            "Relationships",
            "Thresholds",
            "Sources"
        ]
    );
}
