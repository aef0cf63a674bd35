//! The data writers, read back with the csv crate and calamine (not with our own importer, so
//! a mistake cannot cancel itself out). Expected grids are written out by hand from the map
//! built in `sample_map`.

use calamine::{Data, Reader, Xlsx, open_workbook};
use netwerkkaart::export::{
    CsvOptions, Encoding, ExportError, write_csv_folder, write_templates, write_workbook,
};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::*;
use std::path::Path;

fn party(id: &str, name: &str, kind: PartyKind) -> Party {
    Party::new(id, name, kind)
}

fn attrs(pairs: &[(&str, &str)]) -> Attributes {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn sample_map() -> Map {
    let mut gem = party("gem-arnhoven", "Gemeente Arnhoven", PartyKind::Gemeente);
    gem.attributes = attrs(&[
        ("website", "arnhoven.example"),
        ("opmerking", "centrumgemeente"),
    ]);
    let veld = party("gem-veldmeer", "Gemeente Veldmeer", PartyKind::Gemeente);
    let mut corp = party("corp-woonvast", "Woonvast", PartyKind::Woningcorporatie);
    corp.werkgebied = vec!["gem-arnhoven".into()];
    corp.interests = "Leefbare wijken".into();
    corp.attributes = attrs(&[("opmerking", "3.200 woningen")]);
    let mut raad = party("client-raad", "Cliëntenraad Café", PartyKind::Client);
    raad.werkgebied = vec!["gem-arnhoven".into(), "gem-veldmeer".into()];
    let mut tp = party("tp-lingemond", "Transferpunt", PartyKind::Intermediair);
    tp.parent = Some("gem-arnhoven".into());

    let table = |id: &str, name: &str, kind, domains: &[Domain], layers: &[Layer]| Table {
        id: id.into(),
        name: name.into(),
        kind,
        domains: domains.iter().copied().collect(),
        layers: layers.iter().copied().collect(),
        frequency: None,
        duration_hours: None,
        decision: None,
        werkgebied: vec![],
        reports_to: vec![],
        attributes: vec![],
    };
    let mut rbo = table(
        "t-rbo",
        "Regionaal Bestuurlijk Overleg BW/MO",
        TableKind::Tafel,
        &[Domain::Institutioneel],
        &[Layer::Strategisch],
    );
    rbo.frequency = Some(4.0);
    rbo.duration_hours = Some(2.0);
    rbo.decision = Some(Decision::Besluitvormend);
    // Inserted out of canonical order on purpose: the cell must come out canonical.
    let mut doe = table(
        "t-doe",
        "Doe-tafel",
        TableKind::Tafel,
        &[Domain::Leefomgeving, Domain::Casus],
        &[Layer::Operationeel, Layer::Tactisch],
    );
    doe.frequency = Some(24.0);
    doe.duration_hours = Some(2.5);
    doe.decision = Some(Decision::Afstemmend);
    doe.werkgebied = vec!["gem-arnhoven".into(), "gem-veldmeer".into()];
    doe.reports_to = vec!["t-rbo".into()];
    doe.attributes = attrs(&[("opmerking", "escalatie via procesregisseur; zie notitie")]);
    let buurt = table(
        "t-buurt",
        "Buurtkamer De Schakel",
        TableKind::Initiatief,
        &[Domain::Leefomgeving],
        &[Layer::Operationeel],
    );

    let member = |table: &str, party: &str, person: Option<&str>, role| Membership {
        table: table.into(),
        party: party.into(),
        person: person.map(str::to_string),
        role,
        attributes: vec![],
    };
    let mut buurt_member = member("t-buurt", "client-raad", None, Role::Lid);
    buurt_member.attributes = attrs(&[("sinds", "2024")]);

    Map {
        title: "Test".into(),
        parties: vec![gem, veld, corp, raad, tp],
        persons: vec![
            Person {
                id: "p-hvdl".into(),
                name: "Hanneke van der Linden".into(),
                party: "gem-arnhoven".into(),
                function: "Wethouder Zorg en Wonen".into(),
                layer: Some(Layer::Strategisch),
                network_roles: Set::one(NetworkRole::Strateeg),
                hours_per_month: Some(8.0),
                attributes: vec![],
            },
            Person {
                id: "p-mbakker".into(),
                name: "Marieke Bakker".into(),
                party: "tp-lingemond".into(),
                function: "Procesregisseur uitstroom".into(),
                layer: Some(Layer::Tactisch),
                network_roles: [NetworkRole::Procesmanager, NetworkRole::Verkenner]
                    .into_iter()
                    .collect(),
                hours_per_month: Some(16.5),
                attributes: vec![],
            },
        ],
        tables: vec![rbo, doe, buurt],
        memberships: vec![
            member("t-rbo", "gem-arnhoven", Some("p-hvdl"), Role::Voorzitter),
            member("t-doe", "tp-lingemond", Some("p-mbakker"), Role::Lid),
            member("t-doe", "corp-woonvast", None, Role::Adviseur),
            buurt_member,
        ],
        relations: vec![
            Relation {
                from: "gem-arnhoven".into(),
                to: "corp-woonvast".into(),
                kind: "prestatieafspraken".into(),
                domains: Set::one(Domain::Institutioneel),
                layers: [Layer::Tactisch, Layer::Strategisch].into_iter().collect(),
                quality: Some(Quality::Goed),
                note: "40 woningen per jaar; ook \"moeilijke\" huurders,\nregel 2".into(),
                attributes: vec![],
            },
            Relation {
                from: "p-mbakker".into(),
                to: "p-hvdl".into(),
                kind: "escalatie".into(),
                domains: Set::one(Domain::Casus),
                layers: Set::empty(),
                quality: Some(Quality::Moeizaam),
                note: String::new(),
                attributes: vec![],
            },
        ],
        arrangement: Default::default(),
    }
}

type Grid = Vec<Vec<String>>;

fn grid(rows: &[&[&str]]) -> Grid {
    rows.iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

/// The expected files of [`sample_map`], one function per file.
fn expected() -> Vec<(&'static str, Grid)> {
    vec![
        expected_partijen(),
        expected_tafels(),
        expected_deelnames(),
        expected_personen(),
        expected_relaties(),
    ]
}

/// The expected `partijen.csv` of [`sample_map`].
fn expected_partijen() -> (&'static str, Grid) {
    (
        "partijen",
        grid(&[
            &[
                "id",
                "naam",
                "soort",
                "werkgebied",
                "hoort_bij",
                "belangen",
                "halen",
                "brengen",
                "website",
                "opmerking",
            ],
            &[
                "gem-arnhoven",
                "Gemeente Arnhoven",
                "gemeente",
                "",
                "",
                "",
                "",
                "",
                "arnhoven.example",
                "centrumgemeente",
            ],
            &[
                "gem-veldmeer",
                "Gemeente Veldmeer",
                "gemeente",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
            &[
                "corp-woonvast",
                "Woonvast",
                "woningcorporatie",
                "gem-arnhoven",
                "",
                "Leefbare wijken",
                "",
                "",
                "",
                "3.200 woningen",
            ],
            &[
                "client-raad",
                "Cliëntenraad Café",
                "client",
                "gem-arnhoven|gem-veldmeer",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
            &[
                "tp-lingemond",
                "Transferpunt",
                "intermediair",
                "",
                "gem-arnhoven",
                "",
                "",
                "",
                "",
                "",
            ],
        ]),
    )
}

/// The expected `tafels.csv` of [`sample_map`].
fn expected_tafels() -> (&'static str, Grid) {
    (
        "tafels",
        grid(&[
            &[
                "id",
                "naam",
                "soort",
                "domein",
                "laag",
                "frequentie",
                "duur_uren",
                "besluitvorming",
                "werkgebied",
                "rapporteert_aan",
                "opmerking",
            ],
            &[
                "t-rbo",
                "Regionaal Bestuurlijk Overleg BW/MO",
                "tafel",
                "institutioneel",
                "strategisch",
                "4",
                "2",
                "besluitvormend",
                "",
                "",
                "",
            ],
            &[
                "t-doe",
                "Doe-tafel",
                "tafel",
                "casus|leefomgeving",
                "tactisch|operationeel",
                "24",
                "2.5",
                "afstemmend",
                "gem-arnhoven|gem-veldmeer",
                "t-rbo",
                "escalatie via procesregisseur; zie notitie",
            ],
            &[
                "t-buurt",
                "Buurtkamer De Schakel",
                "initiatief",
                "leefomgeving",
                "operationeel",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
        ]),
    )
}

/// The expected `deelnames.csv` of [`sample_map`].
fn expected_deelnames() -> (&'static str, Grid) {
    (
        "deelnames",
        grid(&[
            &["tafel", "partij", "persoon", "rol", "sinds"],
            &["t-rbo", "gem-arnhoven", "p-hvdl", "voorzitter", ""],
            &["t-doe", "tp-lingemond", "p-mbakker", "lid", ""],
            &["t-doe", "corp-woonvast", "", "adviseur", ""],
            &["t-buurt", "client-raad", "", "lid", "2024"],
        ]),
    )
}

/// The expected `personen.csv` of [`sample_map`].
fn expected_personen() -> (&'static str, Grid) {
    (
        "personen",
        grid(&[
            &[
                "id",
                "naam",
                "partij",
                "functie",
                "laag",
                "netwerkrol",
                "uren_per_maand",
            ],
            &[
                "p-hvdl",
                "Hanneke van der Linden",
                "gem-arnhoven",
                "Wethouder Zorg en Wonen",
                "strategisch",
                "strateeg",
                "8",
            ],
            &[
                "p-mbakker",
                "Marieke Bakker",
                "tp-lingemond",
                "Procesregisseur uitstroom",
                "tactisch",
                "verkenner|procesmanager",
                "16.5",
            ],
        ]),
    )
}

/// The expected `relaties.csv` of [`sample_map`].
fn expected_relaties() -> (&'static str, Grid) {
    (
        "relaties",
        grid(&[
            &[
                "van",
                "naar",
                "soort",
                "domein",
                "laag",
                "kwaliteit",
                "toelichting",
            ],
            &[
                "gem-arnhoven",
                "corp-woonvast",
                "prestatieafspraken",
                "institutioneel",
                "strategisch|tactisch",
                "goed",
                "40 woningen per jaar; ook \"moeilijke\" huurders,\nregel 2",
            ],
            &[
                "p-mbakker",
                "p-hvdl",
                "escalatie",
                "casus",
                "",
                "moeizaam",
                "",
            ],
        ]),
    )
}

/// The numeric columns of each file, where the decimal mark applies.
const NUMERIC: &[&str] = &["frequentie", "duur_uren", "uren_per_maand"];

/// `expected()` with `,` as decimal mark in the numeric columns only (free text such as
/// "3.200 woningen" keeps its point).
fn with_decimal_comma(mut g: Grid) -> Grid {
    let numeric: Vec<bool> = g[0].iter().map(|h| NUMERIC.contains(&h.as_str())).collect();
    for row in g.iter_mut().skip(1) {
        for (cell, is_num) in row.iter_mut().zip(&numeric) {
            if *is_num {
                *cell = cell.replace('.', ",");
            }
        }
    }
    g
}

fn decode(bytes: &[u8], enc: Encoding) -> String {
    match enc {
        Encoding::Utf8 => {
            assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM expected");
            String::from_utf8(bytes.to_vec()).expect("valid UTF-8")
        }
        Encoding::Utf8Bom => {
            assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM expected");
            String::from_utf8(bytes[3..].to_vec()).expect("valid UTF-8")
        }
        Encoding::Windows1252 => {
            let (text, had_errors) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            assert!(!had_errors);
            text.into_owned()
        }
    }
}

fn parse_csv(text: &str, delimiter: u8) -> Grid {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("well-formed CSV")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn option_sets() -> Vec<CsvOptions> {
    vec![
        CsvOptions::default(),
        CsvOptions {
            delimiter: b';',
            ..CsvOptions::default()
        },
        CsvOptions {
            encoding: Encoding::Utf8Bom,
            ..CsvOptions::default()
        },
        CsvOptions {
            encoding: Encoding::Windows1252,
            ..CsvOptions::default()
        },
        CsvOptions {
            decimal_comma: true,
            crlf: true,
            ..CsvOptions::default()
        },
        CsvOptions::dutch_excel(),
    ]
}

#[test]
fn dutch_excel_preset_is_semicolon_1252_decimal_comma_crlf() {
    let o = CsvOptions::dutch_excel();
    assert_eq!(
        (o.delimiter, o.encoding, o.decimal_comma, o.crlf),
        (b';', Encoding::Windows1252, true, true)
    );
}

#[test]
fn csv_folder_round_trips_cell_by_cell_for_every_option_set() {
    let map = sample_map();
    for opts in option_sets() {
        let dir = tempfile::tempdir().unwrap();
        write_csv_folder(&map, dir.path(), &opts).unwrap();
        for (name, want) in expected() {
            let bytes = std::fs::read(dir.path().join(format!("{name}.csv"))).unwrap();
            let got = parse_csv(&decode(&bytes, opts.encoding), opts.delimiter);
            let want = if opts.decimal_comma {
                with_decimal_comma(want)
            } else {
                want
            };
            assert_eq!(got, want, "{name}.csv with {opts:?}");
        }
    }
}

#[test]
fn line_endings_follow_the_option() {
    let map = sample_map();
    for crlf in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        write_csv_folder(
            &map,
            dir.path(),
            &CsvOptions {
                crlf,
                ..CsvOptions::default()
            },
        )
        .unwrap();
        let text = std::fs::read_to_string(dir.path().join("tafels.csv")).unwrap();
        // tafels.csv has a header and three rows and no line break inside a cell: 4 records.
        assert_eq!(text.matches('\n').count(), 4);
        assert_eq!(text.matches("\r\n").count(), if crlf { 4 } else { 0 });
        assert!(text.ends_with('\n'));
    }
}

#[test]
fn windows_1252_writes_single_bytes_for_e_diaeresis_and_e_acute() {
    let dir = tempfile::tempdir().unwrap();
    write_csv_folder(&sample_map(), dir.path(), &CsvOptions::dutch_excel()).unwrap();
    let bytes = std::fs::read(dir.path().join("partijen.csv")).unwrap();
    // "Cliëntenraad Café": ë is 0xEB and é is 0xE9 in Windows-1252; the UTF-8 forms
    // (C3 AB, C3 A9) must not appear.
    let needle: &[u8] = b"Cli\xEBntenraad Caf\xE9";
    assert!(bytes.windows(needle.len()).any(|w| w == needle));
    assert!(
        !bytes
            .windows(2)
            .any(|w| w == [0xC3, 0xAB] || w == [0xC3, 0xA9])
    );
}

#[test]
fn a_character_outside_windows_1252_is_an_error_naming_the_cell_and_writes_nothing() {
    let mut map = sample_map();
    map.persons[1].name = "Deniz Şahin".into();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("uit");
    let err = write_csv_folder(&map, &out, &CsvOptions::dutch_excel()).unwrap_err();
    match &err {
        ExportError::NotInWindows1252 {
            file,
            line,
            column,
            ch,
        } => {
            // Header is line 1, Hanneke line 2, the renamed person line 3.
            assert_eq!(
                (file.as_str(), *line, column.as_str(), *ch),
                ("personen.csv", 3, "naam", 'Ş')
            );
        }
        other => panic!("unexpected error {other:?}"),
    }
    let msg = err.to_string();
    assert!(
        msg.contains("personen.csv") && msg.contains("regel 3") && msg.contains("naam"),
        "{msg}"
    );
    assert!(!out.exists(), "nothing may be written when encoding fails");
    // The same map is fine in UTF-8.
    write_csv_folder(
        &map,
        &out,
        &CsvOptions {
            encoding: Encoding::Utf8Bom,
            ..CsvOptions::dutch_excel()
        },
    )
    .unwrap();
}

#[test]
fn optional_files_are_left_out_when_empty() {
    let mut map = sample_map();
    map.persons.clear();
    map.relations.clear();
    for m in &mut map.memberships {
        m.person = None;
    }
    let dir = tempfile::tempdir().unwrap();
    write_csv_folder(&map, dir.path(), &CsvOptions::default()).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["deelnames.csv", "partijen.csv", "tafels.csv"]);
}

#[test]
fn a_stale_optional_file_is_blanked_not_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    write_csv_folder(&sample_map(), dir.path(), &CsvOptions::default()).unwrap();
    let mut map = sample_map();
    map.relations.clear();
    write_csv_folder(&map, dir.path(), &CsvOptions::default()).unwrap();
    // The relationships of the first export must not come back on re-import.
    let text = std::fs::read_to_string(dir.path().join("relaties.csv")).unwrap();
    assert_eq!(text, "van,naar,soort,domein,laag,kwaliteit,toelichting\n");
    // Persons are still there and still written in full.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("personen.csv"))
            .unwrap()
            .lines()
            .count(),
        3
    );
}

#[test]
fn a_repeated_attribute_key_gets_two_columns_and_a_reserved_name_is_refused() {
    let mut map = sample_map();
    map.parties[1].attributes = attrs(&[("opmerking", "a"), ("opmerking", "b")]);
    let dir = tempfile::tempdir().unwrap();
    write_csv_folder(&map, dir.path(), &CsvOptions::default()).unwrap();
    let g = parse_csv(
        &std::fs::read_to_string(dir.path().join("partijen.csv")).unwrap(),
        b',',
    );
    // First seen: website, opmerking (gem-arnhoven), then a second opmerking (gem-veldmeer).
    assert_eq!(g[0][8..], ["website", "opmerking", "opmerking"]);
    assert_eq!(g[1][8..], ["arnhoven.example", "centrumgemeente", ""]);
    assert_eq!(g[2][8..], ["", "a", "b"]);
    assert_eq!(g[3][8..], ["", "3.200 woningen", ""]);

    for key in ["Naam ", "name", "Hoort bij", "PARENT"] {
        let mut map = sample_map();
        map.parties[0].attributes = attrs(&[(key, "x")]);
        match write_csv_folder(&map, dir.path(), &CsvOptions::default()) {
            Err(ExportError::ReservedAttribute { file, column }) => {
                assert_eq!((file.as_str(), column.as_str()), ("partijen.csv", key));
            }
            other => panic!("{key}: expected a reserved-name error, got {other:?}"),
        }
    }
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => panic!("unexpected cell {other:?}"),
    }
}

fn read_sheet(
    wb: &mut Xlsx<std::io::BufReader<std::fs::File>>,
    name: &str,
) -> (Grid, Vec<Vec<Data>>) {
    let range = wb.worksheet_range(name).unwrap();
    assert_eq!(range.start(), Some((0, 0)), "{name} starts at A1");
    let raw: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    (
        raw.iter()
            .map(|r| r.iter().map(cell_text).collect())
            .collect(),
        raw,
    )
}

fn assert_no_formulas(wb: &mut Xlsx<std::io::BufReader<std::fs::File>>, name: &str) {
    let f = wb.worksheet_formula(name).unwrap();
    assert!(
        f.used_cells().all(|(_, _, s)| s.is_empty()),
        "{name} holds a formula"
    );
}

#[test]
fn workbook_reads_back_with_the_same_sheets_headers_cells_and_numeric_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    write_workbook(&sample_map(), &path).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["partijen", "tafels", "deelnames", "personen", "relaties"]
    );
    for (name, want) in expected() {
        let (got, raw) = read_sheet(&mut wb, name);
        assert_eq!(got, want, "sheet {name}");
        for (j, h) in want[0].iter().enumerate() {
            for row in raw.iter().skip(1) {
                let c = &row[j];
                if NUMERIC.contains(&h.as_str()) {
                    assert!(
                        matches!(c, Data::Float(_) | Data::Int(_) | Data::Empty),
                        "{name}.{h}: {c:?}"
                    );
                } else {
                    assert!(
                        matches!(c, Data::String(_) | Data::Empty),
                        "{name}.{h}: {c:?}"
                    );
                }
            }
        }
        assert_no_formulas(&mut wb, name);
    }
}

#[test]
fn formula_like_texts_stay_strings_in_the_workbook() {
    let nasty = [
        "=HYPERLINK(\"http://example.invalid\",\"klik\")",
        "+31 6 1234 5678",
        "-kwetsbaar",
        "@home",
        "=1+1",
    ];
    let mut map = sample_map();
    for (p, name) in map.parties.iter_mut().zip(nasty) {
        p.name = name.to_string();
    }
    map.persons[0].function = "=SUM(A1:A9)".into();
    map.relations[1].note = "@SUM(1)".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    write_workbook(&map, &path).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    for name in ["partijen", "tafels", "deelnames", "personen", "relaties"] {
        assert_no_formulas(&mut wb, name);
    }
    let (_, raw) = read_sheet(&mut wb, "partijen");
    for (row, name) in raw.iter().skip(1).zip(nasty) {
        assert_eq!(row[1], Data::String(name.to_string()));
    }
    let (_, raw) = read_sheet(&mut wb, "personen");
    assert_eq!(raw[1][3], Data::String("=SUM(A1:A9)".into()));
    let (_, raw) = read_sheet(&mut wb, "relaties");
    assert_eq!(raw[2][6], Data::String("@SUM(1)".into()));
}

/// The headers of spec/data-format.md, copied from the spec by hand.
const SPEC_HEADERS: [(&str, &[&str]); 5] = [
    (
        "partijen",
        &[
            "id",
            "naam",
            "soort",
            "werkgebied",
            "hoort_bij",
            "belangen",
            "halen",
            "brengen",
        ],
    ),
    (
        "tafels",
        &[
            "id",
            "naam",
            "soort",
            "domein",
            "laag",
            "frequentie",
            "duur_uren",
            "besluitvorming",
            "werkgebied",
            "rapporteert_aan",
        ],
    ),
    ("deelnames", &["tafel", "partij", "persoon", "rol"]),
    (
        "personen",
        &[
            "id",
            "naam",
            "partij",
            "functie",
            "laag",
            "netwerkrol",
            "uren_per_maand",
        ],
    ),
    (
        "relaties",
        &[
            "van",
            "naar",
            "soort",
            "domein",
            "laag",
            "kwaliteit",
            "toelichting",
        ],
    ),
];

fn read_template_csv(dir: &Path, name: &str) -> Grid {
    let bytes = std::fs::read(dir.join(format!("{name}.csv"))).unwrap();
    parse_csv(&decode(&bytes, Encoding::Utf8Bom), b';')
}

#[test]
fn templates_hold_exactly_the_spec_headers_and_one_example_row() {
    let dir = tempfile::tempdir().unwrap();
    write_templates(dir.path(), Lang::Nl).unwrap();
    let mut wb: Xlsx<_> = open_workbook(dir.path().join("sjabloon.xlsx")).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Uitleg",
            "partijen",
            "tafels",
            "deelnames",
            "personen",
            "relaties"
        ]
    );
    for (name, headers) in SPEC_HEADERS {
        let csv = read_template_csv(dir.path(), name);
        assert_eq!(csv[0], headers, "{name}.csv headers");
        // Partijen has two examples (the example relationship needs two ends), the rest one.
        let rows = if name == "partijen" { 2 } else { 1 };
        assert_eq!(csv.len(), 1 + rows, "{name}.csv rows");
        assert!(
            csv[1].iter().filter(|c| !c.is_empty()).count() >= 2,
            "{name}: an example row"
        );
        let (sheet, _) = read_sheet(&mut wb, name);
        assert_eq!(sheet[0], headers, "{name} sheet headers");
        // The sheet holds the same example; only the decimal mark of numbers differs.
        let csv_dotted: Grid = csv
            .iter()
            .map(|r| {
                r.iter()
                    .zip(headers)
                    .map(|(c, h)| {
                        if NUMERIC.contains(h) {
                            c.replace(',', ".")
                        } else {
                            c.clone()
                        }
                    })
                    .collect()
            })
            .collect();
        assert_eq!(sheet, csv_dotted, "{name} sheet vs csv");
        assert_no_formulas(&mut wb, name);
    }
    let uitleg: String = wb
        .worksheet_range("Uitleg")
        .unwrap()
        .used_cells()
        .map(|(_, _, d)| cell_text(d) + "\n")
        .collect();
    for must in [
        "|",
        "besluitvormend",
        "procesmanager",
        "moeizaam",
        "woningcorporatie",
        "leefomgeving",
        "voorzitter",
        "initiatief",
    ] {
        assert!(uitleg.contains(must), "Uitleg mentions {must}");
    }
}

#[test]
fn template_examples_are_valid_vocabulary_and_every_reference_resolves() {
    let dir = tempfile::tempdir().unwrap();
    write_templates(dir.path(), Lang::Nl).unwrap();
    let read = |name| read_template_csv(dir.path(), name);
    let (partijen, tafels, deelnames, personen, relaties) = (
        read("partijen"),
        read("tafels"),
        read("deelnames"),
        read("personen"),
        read("relaties"),
    );
    let ids = |g: &Grid| g[1..].iter().map(|r| r[0].clone()).collect::<Vec<_>>();
    let (party_ids, table_ids, person_ids) = (ids(&partijen), ids(&tafels), ids(&personen));
    for r in &partijen[1..] {
        assert!(PartyKind::parse(&r[2]).is_some(), "{}", r[2]);
        for g in r[3].split('|').filter(|s| !s.is_empty()) {
            assert!(party_ids.contains(&g.to_string()));
        }
    }
    for r in &tafels[1..] {
        assert!(TableKind::parse(&r[2]).is_some());
        assert!(r[3].split('|').all(|d| Domain::parse(d).is_some()));
        assert!(r[4].split('|').all(|l| Layer::parse(l).is_some()));
        assert!(r[5].parse::<f64>().is_ok() && r[6].replace(',', ".").parse::<f64>().is_ok());
        assert!(Decision::parse(&r[7]).is_some());
    }
    for r in &deelnames[1..] {
        assert!(
            table_ids.contains(&r[0]) && party_ids.contains(&r[1]) && person_ids.contains(&r[2])
        );
        assert!(Role::parse(&r[3]).is_some());
    }
    for r in &personen[1..] {
        assert!(party_ids.contains(&r[2]) && Layer::parse(&r[4]).is_some());
        assert!(r[5].split('|').all(|n| NetworkRole::parse(n).is_some()));
    }
    for r in &relaties[1..] {
        let known = |id: &String| party_ids.contains(id) || person_ids.contains(id);
        assert!(known(&r[0]) && known(&r[1]) && Quality::parse(&r[5]).is_some());
    }
}

#[test]
fn the_formula_check_does_see_a_real_formula() {
    // Guards the test above: calamine must report a formula where one was written, or
    // "no formulas" would prove nothing.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("partijen").unwrap();
    ws.write_string(0, 0, "=1+1").unwrap();
    ws.write_formula(1, 0, "=1+1").unwrap();
    wb.save(&path).unwrap();
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let f = wb.worksheet_formula("partijen").unwrap();
    // Positions in a calamine range are relative to its start, so add that back.
    let (r0, c0) = f.start().unwrap();
    let formulas: Vec<_> = f
        .used_cells()
        .filter(|(_, _, s)| !s.is_empty())
        .map(|(r, c, _)| (r + r0 as usize, c + c0 as usize))
        .collect();
    assert_eq!(
        formulas,
        [(1, 0)],
        "only the write_formula cell, not the string \"=1+1\""
    );
}
