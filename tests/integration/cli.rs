//! The command line as users and scripts call it: exit codes, Dutch output, and that what one
//! command writes the next one reads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn check_accepts_every_form_of_the_example_map() {
    for form in [
        "data/voorbeeld",
        "data/voorbeeld-excel",
        "data/voorbeeld.xlsx",
    ] {
        let o = run(&["check", root().join(form).to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{form}: {}", text(&o));
        let out = text(&o);
        assert!(out.contains("in orde"), "{form}: {out}");
        assert!(
            out.contains("27 partijen") && out.contains("28 tafels"),
            "{form}: {out}"
        );
    }
}

#[test]
fn check_lists_every_error_with_file_line_and_column_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("partijen.csv"),
        "id;naam;soort\ngem-gouda;Gemeente Gouda;gemeente\ncorp-a;Corporatie A;corporatie\n",
    )
    .unwrap();
    std::fs::write(
        d.join("tafels.csv"),
        "id;naam;domein;laag\nt-1;Casustafel;casu;operationeel\n",
    )
    .unwrap();
    std::fs::write(
        d.join("deelnames.csv"),
        "tafel;partij\nt-1;gem-goud\nt-1;corp-a\n",
    )
    .unwrap();
    let o = run(&["check", d.to_str().unwrap()]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    // Both errors at once: the bad domain (line 2 of tafels.csv) and the dangling id (line 2 of
    // deelnames.csv), each with a suggestion.
    assert!(out.contains("tafels.csv") && out.contains("casus"), "{out}");
    assert!(
        out.contains("deelnames.csv") && out.contains("gem-gouda"),
        "{out}"
    );
    assert!(out.matches("fout:").count() >= 2, "{out}");
}

#[test]
fn wrong_usage_exits_2_in_dutch() {
    // A mistyped command reads as a map that does not exist: usage error with a suggestion.
    let o = run(&["chek"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o).contains("bestaat niet") && text(&o).contains("'check'"),
        "{}",
        text(&o)
    );
    let o = run(&["controleer", "x"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("ontbreekt"), "{}", text(&o));
    let o = run(&["analyse", "data/voorbeeld", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_is_dutch() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o);
    assert!(
        out.contains("Gebruik:") && out.contains("Opdrachten") && out.contains("Toon deze hulp"),
        "{out}"
    );
}

#[test]
fn templates_are_written_and_read_back_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("sjablonen");
    let o = run(&["template", t.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for f in [
        "partijen.csv",
        "tafels.csv",
        "deelnames.csv",
        "personen.csv",
        "relaties.csv",
        "sjabloon.xlsx",
    ] {
        assert!(t.join(f).is_file(), "{f} missing");
    }
    let o = run(&["check", t.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "CSV templates: {}", text(&o));
    let o = run(&["check", t.join("sjabloon.xlsx").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "xlsx template: {}", text(&o));
}

fn export_and_compare(target: &Path, extra: &[&str]) {
    let src = root().join("data/voorbeeld");
    let mut args = vec![
        "export",
        src.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let original = netwerkkaart::import::load_map(&src).unwrap().map;
    let back = netwerkkaart::import::load_map(target).unwrap().map;
    assert_eq!(back.parties, original.parties);
    assert_eq!(back.persons, original.persons);
    assert_eq!(back.tables, original.tables);
    assert_eq!(back.memberships, original.memberships);
    assert_eq!(back.relations, original.relations);
}

#[test]
fn export_to_a_project_file_keeps_the_whole_map() {
    let dir = tempfile::tempdir().unwrap();
    export_and_compare(&dir.path().join("kaart.netwerkkaart"), &[]);
}

#[test]
fn export_to_xlsx_and_to_excel_csv_keeps_the_whole_map() {
    let dir = tempfile::tempdir().unwrap();
    export_and_compare(&dir.path().join("kaart.xlsx"), &["--gegevens"]);
    export_and_compare(&dir.path().join("csv-excel"), &["--excel"]);
}

#[test]
fn analyse_json_is_stable_and_has_the_contract_header() {
    let src = root().join("data/voorbeeld");
    let a = run(&["analyse", src.to_str().unwrap(), "--format", "json"]);
    let b = run(&["analyse", src.to_str().unwrap(), "--format", "json"]);
    assert_eq!(a.status.code(), Some(0), "{}", text(&a));
    assert_eq!(a.stdout, b.stdout, "two runs differ");
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["format"], "netwerkkaart-analyse");
    assert_eq!(v["version"], 2);
    assert_eq!(v["summary"]["parties"], 27);
}

#[test]
fn thresholds_from_flags_are_echoed_and_unknown_ones_refused() {
    let src = root().join("data/voorbeeld");
    let o = run(&[
        "analyse",
        src.to_str().unwrap(),
        "--format",
        "json",
        "--max-tafels",
        "3",
        "--max-uren",
        "99",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["thresholds"]["max_tables"], 3);
    assert_eq!(v["thresholds"]["max_meeting_hours"], 99.0);
    let o = run(&[
        "analyse",
        src.to_str().unwrap(),
        "--drempel",
        "bestaat_niet=3",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("onbekende drempel"), "{}", text(&o));
}

#[test]
fn english_output_on_request() {
    let src = root().join("data/voorbeeld");
    let o = run(&["check", src.to_str().unwrap(), "--taal", "en"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o).contains("parties"), "{}", text(&o));
}

#[test]
fn every_output_format_is_written_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let src = root().join("data/voorbeeld");
    let src = src.to_str().unwrap();
    let out = |name: &str| dir.path().join(name);
    let ok = |args: &[&str]| {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
    };
    let p = out("driehoek.svg");
    ok(&[
        "export",
        src,
        "-o",
        p.to_str().unwrap(),
        "--view",
        "driehoek",
    ]);
    let svg = std::fs::read_to_string(&p).unwrap();
    assert!(
        svg.starts_with("<?xml") || svg.starts_with("<svg"),
        "{}",
        &svg[..60.min(svg.len())]
    );
    assert!(svg.contains("Leefomgeving"));

    let p = out("matrix.png");
    ok(&[
        "export",
        src,
        "-o",
        p.to_str().unwrap(),
        "--view",
        "matrix",
        "--breedte",
        "1200",
    ]);
    let png = std::fs::read(&p).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, 1200);

    for name in ["kaart.graphml", "kaart.gexf"] {
        let p = out(name);
        ok(&["export", src, "-o", p.to_str().unwrap()]);
        let xml = std::fs::read_to_string(&p).unwrap();
        assert_eq!(
            xml.matches("<node ").count(),
            128,
            "{name}: every party, person and table"
        );
    }

    let p = out("bevindingen.xlsx");
    ok(&["export", src, "-o", p.to_str().unwrap()]);
    use calamine::Reader as _;
    let wb: calamine::Xlsx<_> = calamine::open_workbook(&p).unwrap();
    assert!(
        wb.sheet_names().iter().any(|s| s == "Bevindingen"),
        "{:?}",
        wb.sheet_names()
    );

    let p = out("rapport.html");
    ok(&["report", src, "-o", p.to_str().unwrap()]);
    let html = std::fs::read_to_string(&p).unwrap();
    assert!(html.contains("Marieke Bakker") && html.contains("Buurtkamer De Schakel"));
    assert!(!html.contains("<script"));
}

#[test]
fn anonymous_outputs_hold_no_person_name() {
    let dir = tempfile::tempdir().unwrap();
    let src = root().join("data/voorbeeld");
    let map = netwerkkaart::import::load_map(&src).unwrap().map;
    let src = src.to_str().unwrap();
    let mut written = Vec::new();
    for (name, extra) in [
        ("r.html", vec!["report"]),
        ("k.graphml", vec!["export"]),
        ("k.gexf", vec!["export"]),
        ("d.svg", vec!["export", "--view", "driehoek"]),
        ("k.netwerkkaart", vec!["export"]),
        ("csv", vec!["export", "--gegevens"]),
    ] {
        let p = dir.path().join(name);
        let mut args = vec![extra[0], src, "-o", p.to_str().unwrap(), "--anoniem"];
        args.extend_from_slice(&extra[1..]);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        written.push(p);
    }
    let mut all = String::new();
    for p in &written {
        if p.is_dir() {
            for f in std::fs::read_dir(p).unwrap() {
                all.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
            }
        } else {
            all.push_str(&std::fs::read_to_string(p).unwrap());
        }
    }
    for person in &map.persons {
        assert!(
            !all.contains(&person.name),
            "{} appears in an anonymous output",
            person.name
        );
        assert!(
            !all.contains(&format!("\"{}\"", person.id)),
            "{} appears",
            person.id
        );
    }
}

/// The example map as a project whose thresholds were changed in the app (view state
/// `drempels`), in a temporary folder.
fn project_with_stored_thresholds() -> (
    tempfile::TempDir,
    PathBuf,
    netwerkkaart::analysis::Thresholds,
) {
    use netwerkkaart::analysis::Thresholds;
    let map = netwerkkaart::import::load_map(&root().join("data/voorbeeld"))
        .unwrap()
        .map;
    let stored = Thresholds {
        max_tables: 1,
        max_meeting_hours: 10.0,
        leadership_min_holders: 4,
        ..Thresholds::default()
    };
    let mut map = map;
    map.arrangement.views.insert(
        netwerkkaart::view_state::THRESHOLDS.to_string(),
        stored.to_view_state().unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.netwerkkaart");
    netwerkkaart::project::save(&map, &path).unwrap();
    (dir, path, stored)
}

#[test]
fn analyse_report_and_export_start_from_the_stored_thresholds_flags_on_top() {
    use netwerkkaart::analysis::{Thresholds, analyse};
    let (dir, path, stored) = project_with_stored_thresholds();
    let map = netwerkkaart::project::load(&path).unwrap();
    let in_app = analyse(&map, &Thresholds::from_view_state(&map));
    let defaults = analyse(&map, &Thresholds::default());
    assert!(
        in_app.findings.len() > defaults.findings.len(),
        "the stored thresholds must matter for this test"
    );

    let o = run(&["analyse", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["thresholds"]["max_tables"], 1);
    assert_eq!(v["thresholds"]["leadership_min_holders"], 4);
    assert_eq!(
        v["findings"],
        netwerkkaart::analysis::to_json(&in_app, netwerkkaart::i18n::Lang::Nl)["findings"],
        "the same findings as in the app"
    );

    // A flag changes its own threshold; the other stored ones stay.
    let o = run(&[
        "analyse",
        path.to_str().unwrap(),
        "--format",
        "json",
        "--max-tafels",
        "4",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["thresholds"]["max_tables"], 4);
    assert_eq!(
        v["thresholds"]["leadership_min_holders"],
        stored.leadership_min_holders
    );
    assert_eq!(v["thresholds"]["max_meeting_hours"], 10.0);

    // The report lists the app's findings.
    let html = dir.path().join("rapport.html");
    let o = run(&[
        "report",
        path.to_str().unwrap(),
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(
        page.matches("<tr class=\"finding\"").count(),
        in_app.findings.len()
    );

    // The findings workbook has one row per finding of the app, plus the header.
    let xlsx = dir.path().join("bevindingen.xlsx");
    let o = run(&[
        "export",
        path.to_str().unwrap(),
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    use calamine::Reader as _;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let rows = wb.worksheet_range("Bevindingen").unwrap().rows().count();
    assert_eq!(rows, in_app.findings.len() + 1);
}

#[test]
fn help_is_english_with_taal_en_for_the_program_and_each_command() {
    for args in [
        &["--taal", "en", "--help"][..],
        &["--help", "--taal=en"][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = text(&o);
        assert!(
            out.contains("Usage:") && out.contains("Commands:") && out.contains("Show this help"),
            "{args:?}: {out}"
        );
        assert!(
            !out.contains("Gebruik") && !out.contains("Opdrachten") && !out.contains("Toon"),
            "{args:?}: {out}"
        );
    }
    for args in [
        &["--taal", "en", "analyse", "--help"][..],
        &["analyse", "--taal", "en", "--help"][..],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = text(&o);
        for want in [
            "Analyse a map",
            "Usage: netwerkkaart analyse [OPTIONS] <MAP>",
            "Output form",
            "Possible values:",
            "- json: JSON as in spec/analysis.md",
            "[default: text]",
            "Thresholds:",
        ] {
            assert!(out.contains(want), "{args:?} lacks {want}: {out}");
        }
        for unwanted in [
            "Uitvoervorm",
            "Mogelijke",
            "standaard:",
            "Drempels",
            "Gebruik",
        ] {
            assert!(!out.contains(unwanted), "{args:?} has {unwanted}: {out}");
        }
    }
}

#[test]
fn help_of_a_command_is_dutch_including_the_words_of_clap() {
    let o = run(&["export", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o);
    for want in [
        "Gebruik: netwerkkaart export [OPTIES] --uit <BESTAND> <KAART>",
        "Argumenten:",
        "Opties:",
        "Mogelijke waarden:",
        "- driehoek: De driehoek gemeente–corporatie–zorg per domein",
        "[standaard: netwerk]",
        "[standaard: 2000]",
        "Algemene opties:",
    ] {
        assert!(out.contains(want), "lacks {want}: {out}");
    }
    for unwanted in [
        "Usage",
        "Options:",
        "Arguments:",
        "Possible values",
        "[default",
    ] {
        assert!(!out.contains(unwanted), "has {unwanted}: {out}");
    }
}
