//! The inventory: four partners of the invented region Dalwijk–Veerhaven send back their
//! lists — two municipalities (one from Dutch Excel: semicolons, Windows-1252), a care
//! provider's workbook and a housing corporation that uses an id of its own — and
//! `netwerkkaart samenvoegen` combines them. Every expectation below is worked out by hand
//! from the fixture files in `tests/data/intake/`.

use netwerkkaart::intake::{self, REPORTED_BY};
use netwerkkaart::model::{Layer, Map};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/intake")
}

/// The four sources in the order the programme leader received them.
fn sources() -> Vec<PathBuf> {
    let f = fixtures();
    vec![
        f.join("gemeente-dalwijk"),
        f.join("gemeente-veerhaven"),
        f.join("zorggroep-lindehof.xlsx"),
        f.join("woonstichting-dalwijk-wonen"),
    ]
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn reported_by(attrs: &[(String, String)]) -> &str {
    attrs
        .iter()
        .find(|(k, _)| k == REPORTED_BY)
        .map_or("", |(_, v)| v.as_str())
}

fn combined() -> intake::Combined {
    intake::combine_paths(&sources(), "Dalwijk-Veerhaven").unwrap_or_else(|f| {
        panic!(
            "{:?}",
            f.failures
                .iter()
                .map(|(n, e)| format!("{n}: {}", e.render(netwerkkaart::i18n::Lang::Nl)))
                .collect::<Vec<_>>()
        )
    })
}

#[test]
fn parties_are_matched_across_spellings_and_keep_who_reported_them() {
    let c = combined();
    let m = &c.map;
    let mut names: Vec<&str> = m.parties.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Gemeente Dalwijk",
            "Gemeente Veerhaven",
            "Stichting Cliëntenraad Regio",
            "Welzijn Dalwijk",
            "Welzijn Dalwijk Jeugd",
            "Woonstichting Dalwijk Wonen",
            "Zorggroep Lindehof",
        ]
    );
    // "Gem. Dalwijk" (workbook) and the name in Veerhaven's seats are the same party; the
    // corporation's own id is kept; "Lindenhof" is a typo of "Lindehof".
    let gem = m.party("gemeente-dalwijk").expect("derived id");
    assert_eq!(
        reported_by(&gem.attributes),
        "gemeente-dalwijk|zorggroep-lindehof|woonstichting-dalwijk-wonen"
    );
    assert!(m.party("corp-dalwijk-wonen").is_some());
    let lindehof = m.party("zorggroep-lindehof").unwrap();
    assert_eq!(
        reported_by(&lindehof.attributes),
        "gemeente-dalwijk|gemeente-veerhaven|zorggroep-lindehof"
    );
    let spellings = c
        .report
        .matches
        .iter()
        .find(|x| x.id == "zorggroep-lindehof")
        .unwrap();
    assert!(
        spellings
            .names
            .iter()
            .any(|n| n.name == "Zorggroep Lindenhof")
    );
    // Werkgebied "Dalwijk|Veerhaven" became the two municipalities' ids.
    assert_eq!(
        lindehof.werkgebied,
        ["gemeente-dalwijk", "gemeente-veerhaven"]
    );
}

#[test]
fn a_generic_table_name_in_two_municipalities_stays_two_tables() {
    let c = combined();
    let m = &c.map;
    assert_eq!(m.tables.len(), 4);
    let casus: Vec<_> = m
        .tables
        .iter()
        .filter(|t| t.name == "Casusoverleg")
        .collect();
    assert_eq!(casus.len(), 2);
    assert_eq!(casus[0].id, "casusoverleg");
    assert_eq!(casus[0].werkgebied, ["gemeente-dalwijk"]);
    assert_eq!(casus[1].id, "casusoverleg-gemeente-veerhaven");
    assert_eq!(casus[1].werkgebied, ["gemeente-veerhaven"]);
    assert_eq!(
        reported_by(&casus[0].attributes),
        "gemeente-dalwijk|zorggroep-lindehof|woonstichting-dalwijk-wonen"
    );
    // 1,5 in the Dutch Excel file is one and a half hours.
    assert_eq!(casus[1].duration_hours, Some(1.5));
}

/// id, field, and each value with its sources.
type ConflictRow<'a> = (String, &'a str, Vec<(String, Vec<String>)>);

#[test]
fn conflicts_take_the_majority_or_the_first_source_and_are_listed() {
    let c = combined();
    let conflicts: Vec<ConflictRow> = c
        .report
        .conflicts
        .iter()
        .map(|k| {
            (
                k.id.clone(),
                k.field,
                k.values
                    .iter()
                    .map(|v| (v.value.clone(), v.sources.clone()))
                    .collect(),
            )
        })
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        conflicts,
        [
            (
                "bestuurlijk-overleg-wonen-en-zorg".to_string(),
                "laag",
                vec![
                    ("strategisch".to_string(), s(&["gemeente-dalwijk"])),
                    ("tactisch".to_string(), s(&["gemeente-veerhaven"])),
                ]
            ),
            (
                "casusoverleg".to_string(),
                "frequentie",
                vec![
                    (
                        "24".to_string(),
                        s(&["gemeente-dalwijk", "woonstichting-dalwijk-wonen"])
                    ),
                    ("12".to_string(), s(&["zorggroep-lindehof"])),
                ]
            ),
        ]
    );
    let m = &c.map;
    let board = m.table("bestuurlijk-overleg-wonen-en-zorg").unwrap();
    assert!(board.layers.contains(Layer::Strategisch) && !board.layers.contains(Layer::Tactisch));
    assert_eq!(m.table("casusoverleg").unwrap().frequency, Some(24.0));
}

#[test]
fn seats_are_combined_and_unconfirmed_ones_reported() {
    let c = combined();
    let m = &c.map;
    assert_eq!(m.memberships.len(), 13);
    // The corporation's seat without a person (from Dalwijk's list) is the seat of Kees
    // Jansen (from the corporation's own list): one seat, reported by both.
    let corp_at_casus: Vec<_> = m
        .memberships
        .iter()
        .filter(|x| x.table == "casusoverleg" && x.party == "corp-dalwijk-wonen")
        .collect();
    assert_eq!(corp_at_casus.len(), 1);
    assert_eq!(corp_at_casus[0].person.as_deref(), Some("kees-jansen"));
    assert_eq!(
        reported_by(&corp_at_casus[0].attributes),
        "gemeente-dalwijk|woonstichting-dalwijk-wonen"
    );
    let unconfirmed: Vec<(&str, &str, Vec<String>)> = c
        .report
        .unconfirmed
        .iter()
        .map(|u| (u.table.as_str(), u.party.as_str(), u.reported_by.clone()))
        .collect();
    assert_eq!(
        unconfirmed,
        [
            (
                "bestuurlijk-overleg-wonen-en-zorg",
                "corp-dalwijk-wonen",
                vec!["gemeente-dalwijk".to_string()]
            ),
            (
                "casusoverleg-gemeente-veerhaven",
                "zorggroep-lindehof",
                vec!["gemeente-veerhaven".to_string()]
            ),
        ]
    );
}

#[test]
fn look_alike_names_are_left_for_a_person() {
    let c = combined();
    let review: Vec<(&str, Vec<String>)> = c
        .report
        .review
        .iter()
        .map(|r| (r.kind, r.names.clone()))
        .collect();
    assert_eq!(
        review,
        [(
            "partij",
            vec![
                "Welzijn Dalwijk".to_string(),
                "Welzijn Dalwijk Jeugd".to_string()
            ]
        )]
    );
}

#[test]
fn the_combined_map_is_valid_and_the_same_sources_give_the_same_bytes() {
    let c = combined();
    let problems: Vec<_> = netwerkkaart::model::validate(&c.map)
        .into_iter()
        .filter(|p| p.is_error())
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = Vec::new();
    for n in ["a", "b"] {
        std::fs::create_dir(dir.path().join(n)).unwrap();
        let out = dir.path().join(n).join("regio.netwerkkaart");
        let report = dir.path().join(n).join("samenvoeging.json");
        let mut args: Vec<&std::ffi::OsStr> = vec!["samenvoegen".as_ref()];
        let srcs = sources();
        args.extend(srcs.iter().map(|p| p.as_os_str()));
        args.extend([
            "-o".as_ref(),
            out.as_os_str(),
            "--rapport".as_ref(),
            report.as_os_str(),
        ]);
        let (code, stdout, stderr) = run(&args);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stdout.contains("Samengevoegd: 4 bronnen → 7 partijen"),
            "{stdout}"
        );
        assert!(
            stdout.contains("2 tegenstrijdige waarden, 2 onbevestigde deelnames, 1 naampaar"),
            "{stdout}"
        );
        assert!(
            stdout.contains("Onbevestigd: 'Zorggroep Lindehof' aan tafel 'Casusoverleg'"),
            "{stdout}"
        );
        let j: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        assert_eq!(j["format"], "netwerkkaart-samenvoeging");
        assert_eq!(
            j["combined"],
            json!({"parties": 7, "persons": 2, "tables": 4, "memberships": 13, "relations": 0})
        );
        assert_eq!(
            j["sources"][2],
            json!({"name": "zorggroep-lindehof", "parties": 3, "tables": 2, "memberships": 3})
        );
        bytes.push((
            std::fs::read(&out).unwrap(),
            std::fs::read(&report).unwrap(),
        ));
        // The combined map reads back as a map.
        let (code, _, stderr) = run(&["check".as_ref(), out.as_os_str()]);
        assert_eq!(code, 0, "{stderr}");
    }
    assert_eq!(bytes[0], bytes[1]);
}

#[test]
fn every_broken_source_is_reported_at_once_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("welzijn-dalwijk");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(
        broken.join("partijen.csv"),
        "naam,soort\nWelzijn Dalwijk,welzijn\n",
    )
    .unwrap();
    std::fs::write(
        broken.join("tafels.csv"),
        "naam,domein,laag\nBuurtpanel,buurt,operationeel\n",
    )
    .unwrap();
    std::fs::write(
        broken.join("deelnames.csv"),
        "tafel,partij\nBuurtpanel,Welzijn Dalwijk\n",
    )
    .unwrap();
    let missing = dir.path().join("ggd-regio.xlsx");
    let out = dir.path().join("kaart.netwerkkaart");
    let srcs = sources();
    let mut args: Vec<&std::ffi::OsStr> = vec!["samenvoegen".as_ref()];
    args.extend(srcs.iter().map(|p| p.as_os_str()));
    args.extend([
        broken.as_os_str(),
        missing.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    let (code, _, stderr) = run(&args);
    assert_eq!(code, 1);
    assert!(stderr.contains("Bron 'welzijn-dalwijk'"), "{stderr}");
    assert!(
        stderr.contains("tafels.csv, regel 2, kolom 2 (domein)"),
        "{stderr}"
    );
    assert!(stderr.contains("Bron 'ggd-regio'"), "{stderr}");
    assert!(stderr.contains("2 van de 6 bronnen"), "{stderr}");
    assert!(!out.exists());
}

/// The second round: a template per partner with what the map knows of it, that reads back
/// into the same seats; its explanation sheet and drop-down lists make `check` say nothing.
#[test]
fn a_personal_template_holds_the_partners_tables_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let map_path = dir.path().join("kaart.netwerkkaart");
    let c = combined();
    netwerkkaart::project::save(&c.map, &map_path).unwrap();
    let out = dir.path().join("voor-lindehof");
    let (code, _, stderr) = run(&[
        "template".as_ref(),
        out.as_os_str(),
        "--voor".as_ref(),
        "Zorggroep Lindenhof".as_ref(),
        "--kaart".as_ref(),
        map_path.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("3 tafels"), "{stderr}");
    let back: Map = netwerkkaart::import::load_map(&out.join("sjabloon.xlsx"))
        .unwrap()
        .map;
    let mut tables: Vec<&str> = back.tables.iter().map(|t| t.id.as_str()).collect();
    tables.sort_unstable();
    assert_eq!(
        tables,
        [
            "casusoverleg",
            "casusoverleg-gemeente-veerhaven",
            "wijkteam-noord"
        ]
    );
    assert!(
        back.memberships
            .iter()
            .all(|m| m.party == "zorggroep-lindehof")
    );
    let (code, stdout, stderr) = run(&["check".as_ref(), out.join("sjabloon.xlsx").as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    // The explanation sheet and the bookkeeping column raise no warning; the municipalities
    // that are there only as werkgebied may.
    assert!(stdout.contains("3 tafels, 3 deelnames"), "{stdout}");
    for w in ["Uitleg", "gemeld_door", "blad tafels", "blad deelnames"] {
        assert!(!stderr.contains(w), "{w}: {stderr}");
    }
    // Excel offers the allowed values: the sheet carries list validations.
    let sheet = unzip_entry(&out.join("sjabloon.xlsx"), "xl/worksheets/sheet3.xml");
    assert!(
        sheet.contains("<dataValidation") && sheet.contains("casus,institutioneel,leefomgeving"),
        "{sheet}"
    );
    // A party the map does not have is named with a suggestion.
    let (code, _, stderr) = run(&[
        "template".as_ref(),
        out.as_os_str(),
        "--voor".as_ref(),
        "GGD Rivierenland".as_ref(),
        "--kaart".as_ref(),
        map_path.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("Partij 'GGD Rivierenland' staat niet in"),
        "{stderr}"
    );
}

fn unzip_entry(path: &Path, name: &str) -> String {
    let out = Command::new("python3")
        .args([
            "-c",
            "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
        ])
        .arg(path)
        .arg(name)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The report of a combined map says who sent what, and a finding on a seat that one list
/// names says so.
#[test]
fn the_report_names_the_sources_and_single_source_findings() {
    let c = combined();
    let a = netwerkkaart::analysis::analyse(&c.map, &netwerkkaart::analysis::Thresholds::default());
    let opts = netwerkkaart::export::ReportOptions {
        lang: netwerkkaart::i18n::Lang::Nl,
        ..Default::default()
    };
    let html = netwerkkaart::export::write_html(&c.map, &a, &opts);
    assert!(
        html.contains("<section id=\"bronnen\""),
        "no sources section"
    );
    assert!(html.contains("<td>gemeente-veerhaven</td>"));
    assert!(html.contains("href=\"#bronnen\""), "not in the contents");
    let single: Vec<String> = a
        .findings
        .iter()
        .map(|f| f.message(netwerkkaart::i18n::Lang::Nl))
        .filter(|m| m.contains("Volgens 1 bron"))
        .collect();
    // Lindehof's seat at Veerhaven's casusoverleg is on Veerhaven's list only (Lindehof's own
    // list does not name it): the open triangle of Veerhaven rests on it. Seats a party
    // reports itself carry no note, so Dalwijk's triangle findings have none.
    let veerhaven: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.subjects == ["gemeente-veerhaven", "zorggroep-lindehof"])
        .collect();
    assert!(!veerhaven.is_empty());
    for f in veerhaven {
        assert!(
            f.message(netwerkkaart::i18n::Lang::Nl)
                .contains("Volgens 1 bron: gemeente-veerhaven"),
            "{}",
            f.message(netwerkkaart::i18n::Lang::Nl)
        );
    }
    assert!(
        single
            .iter()
            .all(|m| m.contains("gemeente-veerhaven") || m.contains("gemeente-dalwijk")),
        "{single:#?}"
    );
}

/// Who sent what, when: the date of each partner's file is in the command line's summary, and
/// the combined project keeps it, so the report of the saved map still says it.
#[test]
fn the_date_of_each_list_survives_in_the_saved_map_and_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("regio.netwerkkaart");
    let srcs = sources();
    let mut args: Vec<&std::ffi::OsStr> = vec!["samenvoegen".as_ref()];
    args.extend(srcs.iter().map(|p| p.as_os_str()));
    args.extend(["-o".as_ref(), out.as_os_str()]);
    let (code, stdout, stderr) = run(&args);
    assert_eq!(code, 0, "{stderr}");
    let iso = intake::file_date(&srcs[2]).expect("a workbook has a date");
    let words = netwerkkaart::export::report_sources::parse_iso(&iso)
        .unwrap()
        .text(netwerkkaart::i18n::Lang::Nl);
    assert!(
        stdout.contains(&format!("zorggroep-lindehof ({words})")),
        "{stdout}"
    );
    assert!(stdout.contains("Bronnen: gemeente-dalwijk ("), "{stdout}");
    let map = netwerkkaart::import::load_map(&out).unwrap().map;
    let dates = intake::source_dates(&map);
    assert_eq!(dates.len(), 4);
    assert_eq!(dates[2], ("zorggroep-lindehof".to_string(), iso));
    let a = netwerkkaart::analysis::analyse(&map, &netwerkkaart::analysis::Thresholds::default());
    let opts = netwerkkaart::export::ReportOptions {
        lang: netwerkkaart::i18n::Lang::Nl,
        ..Default::default()
    };
    let html = netwerkkaart::export::write_html(&map, &a, &opts);
    assert!(html.contains("<th>Datum bestand</th>"), "no date column");
    assert!(
        html.contains(&format!("<td>{words}</td>")),
        "no date of the workbook"
    );
}
