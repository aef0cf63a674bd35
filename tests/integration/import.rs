//! Importer tests against the fixtures in `tests/data/import/<case>/` (made by
//! `generate.py` there): one case per error class of `spec/data-format.md`, each asserting
//! file, line, column and suggestion, plus the dialect cases (Windows-1252, `;`, English
//! names, BOM, CRLF, quoted newlines, decimal comma).
//!
//! Line numbers below are counted by hand in the fixture files (header = line 1).

use netwerkkaart::import::{
    Diagnostic, DiagnosticKind, ImportFailure, Loaded, Severity, load_csv_folder, load_map,
};
use netwerkkaart::model::{
    Decision, Domain, Layer, NetworkRole, NodeKind, PartyKind, Quality, Role, Set, TableKind,
};
use std::path::{Path, PathBuf};

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(case)
}

fn listing(ds: &[Diagnostic]) -> String {
    ds.iter().map(|d| format!("  {d}\n")).collect()
}

fn load_ok(case: &str) -> Loaded {
    match load_csv_folder(&fixture(case)) {
        Ok(l) => l,
        Err(f) => panic!("{case}: {f}\n{}", listing(&f.errors)),
    }
}

fn load_err(case: &str) -> ImportFailure {
    match load_csv_folder(&fixture(case)) {
        Ok(l) => panic!("{case} imported, warnings:\n{}", listing(&l.warnings)),
        Err(f) => f,
    }
}

/// The only error, with a readable failure otherwise.
fn only_error(f: &ImportFailure) -> &Diagnostic {
    assert_eq!(
        f.errors.len(),
        1,
        "expected one error, got:\n{}",
        listing(&f.errors)
    );
    &f.errors[0]
}

/// Checks the location: file, line, and (1-based column, header).
fn assert_at(d: &Diagnostic, file: &str, line: Option<usize>, column: Option<(usize, &str)>) {
    assert_eq!(d.file, file, "{d}");
    assert_eq!(d.line, line, "{d}");
    let got = d.column.as_ref().map(|c| (c.index, c.header.as_str()));
    assert_eq!(got, column, "{d}");
}

#[test]
fn valid_folder_imports_with_every_field() {
    let l = load_ok("valid");
    let m = &l.map;
    assert_eq!(m.title, "valid");
    let ids: Vec<&str> = m.parties.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["gem-gouda", "gem-wadd", "corp-a", "zorg-b"]);
    // "Gemeente" (capital), "corporatie" and "GGZ" are spellings of the canonical kinds.
    let kinds: Vec<PartyKind> = m.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PartyKind::Gemeente,
            PartyKind::Gemeente,
            PartyKind::Woningcorporatie,
            PartyKind::Zorgaanbieder
        ]
    );
    let corp = m.party("corp-a").unwrap();
    assert_eq!(corp.werkgebied, ["gem-gouda", "gem-wadd"]);
    assert_eq!(
        corp.attributes,
        [("opmerking".to_string(), "sinds 2020".to_string())]
    );
    assert!(m.party("gem-gouda").unwrap().attributes.is_empty());

    let bestuur = m.table("t-bestuur").unwrap();
    assert_eq!(bestuur.kind, TableKind::Tafel);
    assert_eq!(bestuur.domains, Set::one(Domain::Institutioneel));
    assert_eq!(bestuur.layers, Set::one(Layer::Strategisch));
    assert_eq!(
        (bestuur.frequency, bestuur.duration_hours),
        (Some(4.0), Some(2.0))
    );
    assert_eq!(bestuur.decision, Some(Decision::Besluitvormend));
    let casus = m.table("t-casus").unwrap();
    assert_eq!(
        casus.kind,
        TableKind::Tafel,
        "empty soort defaults to tafel"
    );
    // "1,5" with a decimal comma.
    assert_eq!(
        (casus.frequency, casus.duration_hours),
        (Some(12.0), Some(1.5))
    );
    assert_eq!(casus.werkgebied, ["gem-gouda"]);
    assert_eq!(casus.reports_to, ["t-bestuur"]);
    assert_eq!(casus.decision, Some(Decision::Afstemmend));

    assert_eq!(m.memberships.len(), 5);
    assert_eq!(m.memberships[0].role, Role::Voorzitter);
    assert_eq!(m.memberships[0].person.as_deref(), Some("p-wethouder"));
    assert_eq!(m.memberships[2].role, Role::Lid, "empty role is lid");
    // Line 5: empty partij, person p-consulent of corp-a → the person's own party.
    assert_eq!(m.memberships[3].party, "corp-a");
    assert_eq!(m.memberships[4].role, Role::Secretaris);

    let cons = m.person("p-consulent").unwrap();
    assert_eq!(cons.hours_per_month, Some(2.5));
    assert_eq!(cons.layer, Some(Layer::Operationeel));
    let roles: Set<NetworkRole> = [NetworkRole::Verkenner, NetworkRole::Procesmanager]
        .into_iter()
        .collect();
    assert_eq!(cons.network_roles, roles);
    assert_eq!(m.relations.len(), 1);
    assert_eq!(m.relations[0].quality, Some(Quality::Goed));
    assert_eq!(m.relations[0].kind, "prestatieafspraken");

    // Two warnings: the unknown column (header, column 6) and gem-wadd, which is only in a
    // werkgebied, not at a table nor in a relationship (line 3).
    assert_eq!(l.warnings.len(), 2, "{}", listing(&l.warnings));
    let w = &l.warnings[0];
    assert_at(w, "partijen.csv", Some(1), Some((6, "opmerking")));
    assert!(matches!(&w.kind, DiagnosticKind::UnknownColumn { header } if header == "opmerking"));
    let w = &l.warnings[1];
    assert_at(w, "partijen.csv", Some(3), Some((1, "id")));
    assert!(matches!(&w.kind, DiagnosticKind::PartyUnconnected { party } if party == "gem-wadd"));
    assert!(l.warnings.iter().all(|w| w.severity == Severity::Warning));
}

#[test]
fn unknown_party_kind_is_a_warning_with_suggestion_and_keeps_the_text() {
    let l = load_ok("soort_typo");
    let w = l
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::UnknownPartyKind { .. }))
        .expect("warning for the kind");
    assert_at(w, "partijen.csv", Some(4), Some((3, "soort")));
    assert_eq!(w.suggestion.as_deref(), Some("corporatie"));
    assert_eq!(
        w.to_string(),
        "partijen.csv, regel 4, kolom 3 (soort): onbekende soort 'corporatei'; de partij wordt \
         'overig' en de tekst blijft bewaard — bedoelde u 'corporatie'?"
    );
    let corp = l.map.party("corp-a").unwrap();
    assert_eq!(corp.kind, PartyKind::Overig);
    assert!(
        corp.attributes
            .contains(&("soort".to_string(), "corporatei".to_string()))
    );
}

#[test]
fn unknown_domain_is_an_error_with_nearest_value() {
    let f = load_err("domein_typo");
    let e = only_error(&f);
    assert_at(e, "tafels.csv", Some(3), Some((4, "domein")));
    assert!(matches!(&e.kind, DiagnosticKind::UnknownValue { value, .. } if value == "casu"));
    assert_eq!(e.suggestion.as_deref(), Some("casus"));
    assert_eq!(
        e.to_string(),
        "tafels.csv, regel 3, kolom 4 (domein): onbekende waarde 'casu'; kies uit: casus, \
         institutioneel, leefomgeving — bedoelde u 'casus'?"
    );
}

#[test]
fn dangling_reference_suggests_the_nearest_id() {
    let f = load_err("dangling_id");
    let e = only_error(&f);
    assert_at(e, "deelnames.csv", Some(3), Some((2, "partij")));
    assert_eq!(
        e.kind,
        DiagnosticKind::UnknownId {
            id: "gem-goud".into(),
            expected: NodeKind::Party,
            or_person: false,
            actual: None
        }
    );
    assert_eq!(e.suggestion.as_deref(), Some("gem-gouda"));
}

#[test]
fn duplicate_id_names_the_line_of_the_first() {
    let f = load_err("duplicate_id");
    let e = only_error(&f);
    // corp-a is on line 4 and again on the appended line 6.
    assert_at(e, "partijen.csv", Some(6), Some((1, "id")));
    assert_eq!(
        e.kind,
        DiagnosticKind::DuplicateId {
            id: "corp-a".into(),
            first_file: "partijen.csv".into(),
            first_sheet: None,
            first_line: Some(4)
        }
    );
    assert!(e.to_string().contains("komt al voor (regel 4)"), "{e}");
}

#[test]
fn missing_required_file_is_named_with_the_near_miss() {
    let f = load_err("missing_file");
    let e = only_error(&f);
    assert_at(e, "deelnames.csv", None, None);
    assert!(
        matches!(&e.kind, DiagnosticKind::MissingFile { name, aliases, sheet: false }
        if name == "deelnames.csv" && aliases == "memberships.csv")
    );
    assert_eq!(e.suggestion.as_deref(), Some("deelname.csv"));
    let w = f
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::UnknownFile { .. }))
        .expect("the near-miss file is reported");
    assert_eq!(w.file, "deelname.csv");
    assert_eq!(w.suggestion.as_deref(), Some("deelnames.csv"));
}

#[test]
fn missing_required_column_points_at_the_lookalike_header() {
    let f = load_err("missing_column");
    let e = only_error(&f);
    assert_at(e, "tafels.csv", Some(1), Some((5, "lagg")));
    assert!(matches!(&e.kind, DiagnosticKind::MissingColumn { column, .. } if column == "laag"));
    assert_eq!(e.suggestion.as_deref(), Some("laag"));
    // Reported once: not also as an unknown column.
    assert!(
        !f.warnings.iter().any(
            |w| matches!(&w.kind, DiagnosticKind::UnknownColumn { header } if header == "lagg")
        ),
        "{}",
        listing(&f.warnings)
    );
}

#[test]
fn empty_required_cell() {
    let f = load_err("empty_required");
    let e = only_error(&f);
    assert_at(e, "partijen.csv", Some(3), Some((2, "naam")));
    assert_eq!(e.kind, DiagnosticKind::EmptyRequired);
    assert_eq!(e.suggestion, None);
}

#[test]
fn number_that_does_not_parse() {
    let f = load_err("bad_number");
    let e = only_error(&f);
    assert_at(e, "tafels.csv", Some(2), Some((6, "frequentie")));
    assert_eq!(
        e.kind,
        DiagnosticKind::BadNumber {
            value: "vier".into()
        }
    );
}

#[test]
fn random_bytes_are_not_a_csv_and_cause_no_follow_up_errors() {
    let f = load_err("not_a_csv");
    // Only the one error: the references from deelnames.csv into the unreadable
    // partijen.csv are not repeated as dangling ids.
    let e = only_error(&f);
    assert_at(e, "partijen.csv", None, None);
    assert_eq!(e.kind, DiagnosticKind::NotText { looks_like: None });
}

#[test]
fn png_renamed_to_csv_is_recognised() {
    let f = load_err("png_renamed");
    let e = only_error(&f);
    assert_at(e, "partijen.csv", None, None);
    assert_eq!(
        e.kind,
        DiagnosticKind::NotText {
            looks_like: Some("image".into())
        }
    );
}

#[test]
fn empty_required_file() {
    let f = load_err("empty_file");
    let e = only_error(&f);
    assert_at(e, "tafels.csv", None, None);
    assert_eq!(e.kind, DiagnosticKind::EmptyFile { required: true });
}

#[test]
fn header_only_file_is_a_warning() {
    let l = load_ok("header_only");
    assert!(l.map.relations.is_empty());
    let w = l
        .warnings
        .iter()
        .find(|w| w.kind == DiagnosticKind::NoRows)
        .expect("no-rows warning");
    assert_eq!(w.file, "relaties.csv");
}

#[test]
fn all_errors_are_reported_at_once_in_file_order() {
    let f = load_err("many_errors");
    let got: Vec<(&str, Option<usize>, Option<usize>)> = f
        .errors
        .iter()
        .map(|e| (e.file.as_str(), e.line, e.column.as_ref().map(|c| c.index)))
        .collect();
    // partijen line 3 naam empty; tafels line 2 frequentie 'vier', line 3 domein 'casu';
    // deelnames line 3 partij 'gem-goud'.
    assert_eq!(
        got,
        [
            ("partijen.csv", Some(3), Some(2)),
            ("tafels.csv", Some(2), Some(6)),
            ("tafels.csv", Some(3), Some(4)),
            ("deelnames.csv", Some(3), Some(2)),
        ],
        "{}",
        listing(&f.errors)
    );
    // Warnings as in the valid case: the unknown column and the unconnected gem-wadd.
    assert_eq!(
        f.to_string(),
        "De kaart is niet ingelezen: 4 fouten en 2 waarschuwingen."
    );
}

#[test]
fn windows_1252_semicolons_and_english_names() {
    let l = load_ok("cp1252_semicolon_english");
    let m = &l.map;
    let names: Vec<&str> = m.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Gemeente Gouda", "Café de Ontmoeting", "Cliëntenraad Gouda"]
    );
    let kinds: Vec<PartyKind> = m.parties.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [PartyKind::Gemeente, PartyKind::Welzijn, PartyKind::Client]
    );
    assert_eq!(m.party("cafe").unwrap().werkgebied, ["gem-gouda"]);
    let t = &m.tables[0];
    assert_eq!(t.domains, Set::one(Domain::Leefomgeving), "wijk");
    assert_eq!(t.layers, Set::one(Layer::Operationeel), "uitvoerend");
    assert_eq!((t.frequency, t.duration_hours), (Some(10.0), Some(1.5)));
    let roles: Vec<Role> = m.memberships.iter().map(|m| m.role).collect();
    assert_eq!(roles, [Role::Voorzitter, Role::Lid, Role::Lid]);
    // The guessed encoding is said, once per file that needed it, and nothing else.
    assert!(
        l.warnings
            .iter()
            .all(|d| matches!(d.kind, DiagnosticKind::Windows1252 { .. })),
        "{}",
        listing(&l.warnings)
    );
    assert!(!l.warnings.is_empty(), "the guess is not silent");
}

/// File, line, column index and suggestion of a diagnostic.
type Spot<'a> = (&'a str, Option<usize>, Option<usize>, Option<&'a str>);

#[test]
fn bom_crlf_and_quoted_newlines_keep_physical_line_numbers() {
    let f = load_err("bom_crlf_quoted");
    // partijen: gem-gouda spans lines 2–3, corp-a 4–5, zorg-b (kind typo) is on line 6.
    let w = f
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::UnknownPartyKind { .. }))
        .expect("kind warning");
    assert_at(w, "partijen.csv", Some(6), Some((3, "soort")));
    assert_eq!(w.suggestion.as_deref(), Some("zorgaanbieder"));
    // tafels (with `;` after the BOM): t-1 spans lines 2–4, t-2 with layer 'tactish' is line 5.
    let got: Vec<Spot> = f
        .errors
        .iter()
        .map(|e| {
            (
                e.file.as_str(),
                e.line,
                e.column.as_ref().map(|c| c.index),
                e.suggestion.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("tafels.csv", Some(5), Some(4), Some("tactisch")),
            ("deelnames.csv", Some(5), Some(2), Some("gem-gouda"))
        ],
        "{}",
        listing(&f.errors)
    );
}

#[test]
fn bom_crlf_quoted_values_are_kept_whole() {
    // The same files without the two errors import, and the multi-line values survive.
    let dir = tempfile::tempdir().unwrap();
    for name in ["partijen.csv", "tafels.csv", "deelnames.csv"] {
        let text = std::fs::read_to_string(fixture("bom_crlf_quoted").join(name)).unwrap();
        let text = text
            .replace("tactish", "tactisch")
            .replace("gem-goud\r", "gem-gouda\r");
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let l = load_csv_folder(dir.path()).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    let m = &l.map;
    assert_eq!(
        m.party("gem-gouda").unwrap().interests,
        "regel een\r\nregel twee"
    );
    assert_eq!(m.party("corp-a").unwrap().name, "Woon\r\npartners");
    assert_eq!(m.party("corp-a").unwrap().interests, "a, b; en \"c\"");
    assert_eq!(m.table("t-1").unwrap().name, "Overleg\r\nmet\r\nregels");
    assert_eq!(m.table("t-2").unwrap().layers, Set::one(Layer::Tactisch));
}

#[test]
fn membership_party_from_person_and_person_for_other_party() {
    let l = load_ok("person_party");
    let m = &l.map;
    let parties: Vec<&str> = m.memberships.iter().map(|m| m.party.as_str()).collect();
    // Line 2: empty partij → p-wethouder's gem-gouda; line 3 explicit zorg-b; line 4 empty
    // → p-consulent's corp-a.
    assert_eq!(parties, ["gem-gouda", "zorg-b", "corp-a"]);
    assert_eq!(
        m.memberships[1].role,
        Role::Secretaris,
        "notulist is an alias"
    );
    assert_eq!(m.memberships[2].role, Role::Lid);
    assert!(
        m.memberships[2]
            .attributes
            .contains(&("rol".to_string(), "voorzittter".to_string()))
    );

    let other = l
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::PersonForOtherParty { .. }))
        .expect("person for another party");
    assert_at(other, "deelnames.csv", Some(3), Some((3, "persoon")));
    assert_eq!(
        other.kind,
        DiagnosticKind::PersonForOtherParty {
            person: "p-consulent".into(),
            own_party: "corp-a".into(),
            represented: "zorg-b".into()
        }
    );
    let role = l
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::UnknownRole { .. }))
        .expect("unknown role");
    assert_at(role, "deelnames.csv", Some(4), Some((4, "rol")));
    assert_eq!(role.suggestion.as_deref(), Some("voorzitter"));
    // opmerking column, person for other party, unknown role, unconnected gem-wadd.
    assert_eq!(l.warnings.len(), 4, "{}", listing(&l.warnings));
}

#[test]
fn membership_party_column_may_be_left_out() {
    let l = load_ok("no_party_column");
    let parties: Vec<&str> = l.map.memberships.iter().map(|m| m.party.as_str()).collect();
    assert_eq!(parties, ["gem-gouda", "corp-a"]);
    // zorg-b (line 5) now sits nowhere; gem-wadd (line 3) never did.
    let unconnected: Vec<Option<usize>> = l
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, DiagnosticKind::PartyUnconnected { .. }))
        .map(|w| w.line)
        .collect();
    assert_eq!(unconnected, [Some(3), Some(5)]);
}

#[test]
fn near_duplicate_names_are_a_warning_with_the_merge() {
    let l = load_ok("near_duplicates");
    let w: Vec<&Diagnostic> = l
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, DiagnosticKind::NearDuplicate { .. }))
        .collect();
    assert_eq!(w.len(), 1, "{}", listing(&l.warnings));
    // gem-gouda and gem-gouda-2 each have one seat: the first in the file is kept; the
    // warning sits at the row to merge (line 6). "Gemeente Goes" (line 7) is not flagged.
    assert_at(w[0], "partijen.csv", Some(6), Some((2, "naam")));
    assert_eq!(
        w[0].kind,
        DiagnosticKind::NearDuplicate {
            keep: "gem-gouda".into(),
            names: vec![
                "'Gemeente Gouda' (gem-gouda)".into(),
                "'Gem. Gouda' (gem-gouda-2)".into()
            ]
        }
    );
}

/// A folder with the valid case's files, partijen.csv replaced (relaties.csv left out).
fn with_parties(text: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["tafels.csv", "deelnames.csv", "personen.csv"] {
        std::fs::copy(fixture("valid").join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("partijen.csv"), text).unwrap();
    dir
}

#[test]
fn ten_megabyte_field_is_refused_quickly() {
    let valid = std::fs::read_to_string(fixture("valid").join("partijen.csv")).unwrap();
    let huge = "x".repeat(10 * 1024 * 1024);
    // The name of gem-wadd (line 3) becomes 10 MiB; a quoted 10 MiB note with newlines goes
    // into the free column of corp-a (line 4), shifting zorg-b to line 4 + 3 = 7.
    let big_note = format!("\"{}\"", "y\n".repeat(3).to_string() + &huge);
    let text = valid
        .replace("Gemeente Waddinxveen", &huge)
        .replace("sinds 2020", &big_note);
    let dir = with_parties(text.as_bytes());
    let start = std::time::Instant::now();
    let f = load_csv_folder(dir.path()).expect_err("too long");
    let elapsed = start.elapsed();
    println!("20 MiB of oversized fields handled in {elapsed:?}");
    assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
    let got: Vec<(Option<usize>, Option<usize>, &DiagnosticKind)> = f
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_ref().map(|c| c.index), &e.kind))
        .collect();
    let max = netwerkkaart::import::MAX_TEXT_CHARS;
    assert_eq!(
        got,
        [
            (
                Some(3),
                Some(2),
                &DiagnosticKind::FieldTooLong {
                    len: huge.len(),
                    max
                }
            ),
            (
                Some(4),
                Some(6),
                &DiagnosticKind::FieldTooLong {
                    len: huge.len() + 6,
                    max
                }
            ),
        ],
        "{}",
        listing(&f.errors)
    );
}

#[test]
fn load_map_dispatches_on_the_path() {
    assert!(load_map(&fixture("valid")).is_ok());
    let f = load_map(&fixture("nope-does-not-exist")).unwrap_err();
    assert_eq!(only_error(&f).kind, DiagnosticKind::PathNotFound);
    let f = load_map(&fixture("valid").join("partijen.csv")).unwrap_err();
    assert!(matches!(
        only_error(&f).kind,
        DiagnosticKind::SingleCsv { .. }
    ));
    assert_eq!(only_error(&f).file, "partijen.csv");
}

#[test]
fn project_file_round_trips_and_newer_version_is_an_error() {
    let map = load_ok("valid").map;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.netwerkkaart");
    netwerkkaart::project::save(&map, &path).unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let l = load_map(&path).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    assert_eq!(l.map, map);

    value["version"] = 99.into();
    std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
    let f = load_map(&path).unwrap_err();
    let e = only_error(&f);
    assert_eq!(e.file, "kaart.netwerkkaart");
    assert!(matches!(e.kind, DiagnosticKind::Project { .. }));
}

/// The valid case in a temporary folder with text replacements; each `from` must occur, so a
/// test cannot pass because its edit silently missed.
fn edited(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "partijen.csv",
        "tafels.csv",
        "deelnames.csv",
        "personen.csv",
        "relaties.csv",
    ] {
        let mut text = std::fs::read_to_string(fixture("valid").join(name)).unwrap();
        for (file, from, to) in edits.iter().filter(|(f, _, _)| *f == name) {
            assert!(text.contains(from), "{from} not in {file}");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn values_outside_every_closed_list_are_errors_with_suggestions() {
    let dir = edited(&[
        (
            "tafels.csv",
            "tafel,institutioneel,strategisch,4,2,",
            "platfrom,institutioneel,strategisch,4,-2,",
        ),
        ("tafels.csv", "afstemmend", "afstemend"),
        (
            "personen.csv",
            "wethouder,strategisch,",
            "wethouder,strategish,",
        ),
        (
            "personen.csv",
            "verkenner|procesmanager",
            "verkenner|procesmanagr",
        ),
        ("relaties.csv", ",goed,", ",goedd,"),
    ]);
    let f = load_csv_folder(dir.path()).unwrap_err();
    let got: Vec<Spot> = f
        .errors
        .iter()
        .map(|e| {
            (
                e.file.as_str(),
                e.line,
                e.column.as_ref().map(|c| c.index),
                e.suggestion.as_deref(),
            )
        })
        .collect();
    // Files in the format's order (tafels, then personen, then relaties), rows, columns.
    assert_eq!(
        got,
        [
            ("tafels.csv", Some(2), Some(3), Some("platform")),
            ("tafels.csv", Some(2), Some(7), None),
            ("tafels.csv", Some(3), Some(8), Some("afstemmend")),
            ("personen.csv", Some(2), Some(5), Some("strategisch")),
            ("personen.csv", Some(3), Some(6), Some("procesmanager")),
            ("relaties.csv", Some(2), Some(6), Some("goed")),
        ],
        "{}",
        listing(&f.errors)
    );
    assert_eq!(
        f.errors[1].kind,
        DiagnosticKind::NegativeNumber { value: "-2".into() }
    );
    assert!(
        matches!(&f.errors[4].kind, DiagnosticKind::UnknownValue { value, .. } if value == "procesmanagr")
    );
}

#[test]
fn duplicate_id_across_files_and_unknown_relation_end() {
    let dir = edited(&[("relaties.csv", "gem-gouda,corp-a,", "gem-gouda,corp-x,")]);
    // A table with the id of a party (gem-wadd, partijen.csv line 3), appended as line 4.
    let tafels = dir.path().join("tafels.csv");
    let mut text = std::fs::read_to_string(&tafels).unwrap();
    text.push_str("gem-wadd,Extra tafel,,casus,tactisch,,,,,\n");
    std::fs::write(&tafels, text).unwrap();

    let f = load_csv_folder(dir.path()).unwrap_err();
    assert_eq!(f.errors.len(), 2, "{}", listing(&f.errors));
    assert_eq!(
        f.errors[0].to_string(),
        "tafels.csv, regel 4, kolom 1 (id): id 'gem-wadd' komt al voor (partijen.csv, regel 3); \
         elk id moet uniek zijn"
    );
    assert_eq!(
        f.errors[1].to_string(),
        "relaties.csv, regel 2, kolom 2 (naar): partij of persoon 'corp-x' bestaat niet — \
         bedoelde u 'corp-a'?"
    );
}

#[test]
fn hidden_and_lock_files_are_ignored_other_csvs_warned() {
    let dir = edited(&[]);
    std::fs::write(
        dir.path().join("._partijen.csv"),
        b"\0\x05\x16\0Mac resource fork",
    )
    .unwrap();
    std::fs::write(dir.path().join("notities.csv"), "wat,waar\nx,y\n").unwrap();
    let l = load_csv_folder(dir.path()).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    let files: Vec<&str> = l
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, DiagnosticKind::UnknownFile { .. }))
        .map(|w| w.file.as_str())
        .collect();
    assert_eq!(files, ["notities.csv"]);
}

#[test]
fn header_only_required_files_give_an_empty_map_with_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("partijen.csv"), "id,naam,soort\n").unwrap();
    std::fs::write(dir.path().join("tafels.csv"), "id;naam;domein;laag\r\n").unwrap();
    std::fs::write(dir.path().join("deelnames.csv"), "tafel,partij\n\n,,\n").unwrap();
    let l = load_csv_folder(dir.path()).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    assert_eq!(
        l.map.parties.len() + l.map.tables.len() + l.map.memberships.len(),
        0
    );
    let no_rows: Vec<&str> = l
        .warnings
        .iter()
        .filter(|w| w.kind == DiagnosticKind::NoRows)
        .map(|w| w.file.as_str())
        .collect();
    assert_eq!(no_rows, ["partijen.csv", "tafels.csv", "deelnames.csv"]);
    assert_eq!(l.warnings.len(), 3, "{}", listing(&l.warnings));
    assert_eq!(
        l.warnings[0].to_string(),
        "partijen.csv: bevat geen rijen (alleen de kopregel)"
    );
}

#[test]
fn huge_header_cell_is_an_error_not_a_hang() {
    let valid = std::fs::read_to_string(fixture("valid").join("partijen.csv")).unwrap();
    let huge = "k".repeat(5 * 1024 * 1024);
    let dir = with_parties(valid.replacen("opmerking", &huge, 1).as_bytes());
    let start = std::time::Instant::now();
    let f = load_csv_folder(dir.path()).unwrap_err();
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    let e = only_error(&f);
    assert_eq!((e.file.as_str(), e.line), ("partijen.csv", Some(1)));
    let col = e.column.as_ref().unwrap();
    // Column 6; the header shown is cut to 60 characters and an ellipsis.
    assert_eq!((col.index, col.header.chars().count()), (6, 61));
    assert_eq!(
        e.kind,
        DiagnosticKind::FieldTooLong {
            len: huge.len(),
            max: netwerkkaart::import::MAX_VALUE_CHARS
        }
    );
}

#[test]
fn the_same_list_twice_is_an_error() {
    let dir = edited(&[]);
    std::fs::copy(
        dir.path().join("partijen.csv"),
        dir.path().join("parties.csv"),
    )
    .unwrap();
    let f = load_csv_folder(dir.path()).unwrap_err();
    let e = only_error(&f);
    // Files are taken in name order: parties.csv ('e' < 'j') comes first.
    assert_eq!(
        e.to_string(),
        "partijen.csv: partijen.csv staat er twee keer in (parties.csv en partijen.csv); houd er één"
    );
}

#[test]
fn person_layer_accepts_the_role_words_of_the_format() {
    // personen.csv: p-wethouder (line 2) "Bestuurder", p-consulent (line 3) "professionel".
    let dir = edited(&[
        (
            "personen.csv",
            "wethouder,strategisch,",
            "wethouder,Bestuurder,",
        ),
        (
            "personen.csv",
            "consulent,operationeel,",
            "consulent,professionel,",
        ),
    ]);
    let f = load_csv_folder(dir.path()).unwrap_err();
    let e = only_error(&f);
    assert_at(e, "personen.csv", Some(3), Some((5, "laag")));
    // "professionel" is one edit from both "professional" and "professioneel" (no canonical
    // layer name is close); model::suggest breaks the tie alphabetically.
    assert_eq!(e.suggestion.as_deref(), Some("professional"));
    let dir = edited(&[(
        "personen.csv",
        "wethouder,strategisch,",
        "wethouder,Bestuurder,",
    )]);
    let l = load_csv_folder(dir.path()).unwrap();
    assert_eq!(
        l.map.person("p-wethouder").unwrap().layer,
        Some(Layer::Strategisch)
    );
}
