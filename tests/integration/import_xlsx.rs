//! Workbook import: an `.xlsx` made (with rust_xlsxwriter) from the same rows as the valid CSV
//! fixture gives the same map; typed cells read as the user sees them; diagnostics name the
//! workbook, the sheet, the spreadsheet row and the column letter.

use netwerkkaart::i18n::Lang;
use netwerkkaart::import::{
    Diagnostic, DiagnosticKind, load_csv_folder, load_map, load_workbook, parse_number,
};
use netwerkkaart::model::{Layer, PartyKind, Set};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::{Path, PathBuf};

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(case)
}

fn listing(ds: &[Diagnostic]) -> String {
    ds.iter().map(|d| format!("  {d}\n")).collect()
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Writes sheets of text rows; cells that read as numbers are written as numbers, the way a
/// user's workbook holds them.
fn write_workbook(path: &Path, sheets: &[(&str, Vec<Vec<String>>)]) {
    let mut wb = Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let (r, c) = (r as u32, c as u16);
                match parse_number(cell) {
                    Some(n) if r > 0 => ws.write_number(r, c, n).unwrap(),
                    _ => ws.write_string(r, c, cell).unwrap(),
                };
            }
        }
    }
    wb.save(path).unwrap();
}

fn valid_sheets() -> Vec<(&'static str, Vec<Vec<String>>)> {
    ["partijen", "tafels", "deelnames", "personen", "relaties"]
        .into_iter()
        .map(|s| (s, csv_rows(&fixture("valid").join(format!("{s}.csv")))))
        .collect()
}

#[test]
fn xlsx_gives_the_same_map_as_the_csv_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("valid.xlsx");
    write_workbook(&path, &valid_sheets());
    let from_csv = load_csv_folder(&fixture("valid")).unwrap();
    let from_xlsx = load_workbook(&path).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    assert_eq!(from_xlsx.map, from_csv.map);
    // "1,5" in the CSV is the number 1.5 in the workbook; both read 1.5.
    assert_eq!(
        from_xlsx.map.table("t-casus").unwrap().duration_hours,
        Some(1.5)
    );

    // The same warnings, located in the workbook: sheet, row, column letter.
    let kinds = |ds: &[Diagnostic]| ds.iter().map(|d| d.kind.clone()).collect::<Vec<_>>();
    assert_eq!(kinds(&from_xlsx.warnings), kinds(&from_csv.warnings));
    let w = &from_xlsx.warnings[0];
    assert_eq!(
        (w.file.as_str(), w.sheet.as_deref(), w.line),
        ("valid.xlsx", Some("partijen"), Some(1))
    );
    assert_eq!(w.column.as_ref().map(|c| c.label()), Some("F".to_string()));
    assert_eq!(
        w.to_string(),
        "valid.xlsx, blad partijen, regel 1, kolom F (opmerking): onbekende kolom 'opmerking', \
         bewaard als vrije eigenschap"
    );
    // load_map picks the workbook reader by extension.
    assert_eq!(load_map(&path).unwrap().map, from_csv.map);
}

#[test]
fn xlsx_error_names_workbook_sheet_row_and_letter() {
    let mut sheets = valid_sheets();
    sheets[1].1[2][3] = "casu".into(); // tafels, row 3, column D (domein)
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    write_workbook(&path, &sheets);
    let f = load_workbook(&path).unwrap_err();
    assert_eq!(f.errors.len(), 1, "{}", listing(&f.errors));
    assert_eq!(
        f.errors[0].to_string(),
        "kaart.xlsx, blad tafels, regel 3, kolom D (domein): onbekende waarde 'casu'; kies uit: \
         casus, institutioneel, leefomgeving — bedoelde u 'casus'?"
    );
}

#[test]
fn typed_cells_offset_ranges_and_english_sheet_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    let mut wb = Workbook::new();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    {
        let ws = wb.add_worksheet();
        ws.set_name("Parties").unwrap();
        for (c, h) in ["id", "name", "kind", "gestart", "actief", "aantal", "fte"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "gem-gouda").unwrap();
        ws.write_string(1, 1, "Gemeente Gouda").unwrap();
        ws.write_string(1, 2, "Municipality").unwrap();
        let date = ExcelDateTime::from_ymd(2025, 3, 1).unwrap();
        ws.write_datetime_with_format(1, 3, &date, &date_format)
            .unwrap();
        ws.write_boolean(1, 4, true).unwrap();
        ws.write_number(1, 5, 12.0).unwrap();
        ws.write_number(1, 6, 1.5).unwrap();
    }
    {
        // Starts at B3: two empty rows above, one empty column left.
        let ws = wb.add_worksheet();
        ws.set_name("Tables").unwrap();
        for (c, h) in ["id", "name", "domain", "layer"].iter().enumerate() {
            ws.write_string(2, 1 + c as u16, *h).unwrap();
        }
        for (r, row) in [
            ["t-1", "Overleg", "casus", "tactisch"],
            ["t-2", "Tweede", "casus", "tactish"],
        ]
        .iter()
        .enumerate()
        {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(3 + r as u32, 1 + c as u16, *v).unwrap();
            }
        }
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name("Memberships").unwrap();
        ws.write_string(0, 0, "table").unwrap();
        ws.write_string(0, 1, "party").unwrap();
        ws.write_string(1, 0, "t-1").unwrap();
        ws.write_string(1, 1, "gem-gouda").unwrap();
        ws.write_string(2, 0, "t-2").unwrap();
        ws.write_string(2, 1, "gem-gouda").unwrap();
    }
    wb.add_worksheet()
        .set_name("Notities")
        .unwrap()
        .write_string(0, 0, "Lees mij")
        .unwrap();
    wb.save(&path).unwrap();

    let f = load_workbook(&path).unwrap_err();
    // Only the layer typo: spreadsheet row 5 (header on row 3), column E (B + 3).
    assert_eq!(f.errors.len(), 1, "{}", listing(&f.errors));
    let e = &f.errors[0];
    assert_eq!((e.sheet.as_deref(), e.line), (Some("Tables"), Some(5)));
    assert_eq!(
        e.column.as_ref().map(|c| (c.label(), c.header.as_str())),
        Some(("E".into(), "layer"))
    );
    assert_eq!(e.suggestion.as_deref(), Some("tactisch"));
    let uitleg = f
        .warnings
        .iter()
        .find(|w| matches!(w.kind, DiagnosticKind::UnknownFile { sheet: true }))
        .expect("unknown sheet warned");
    assert_eq!(uitleg.sheet.as_deref(), Some("Notities"));

    // A clean workbook with Dutch sheet names, to read the typed cells.
    let fixed = dir.path().join("fixed.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("partijen").unwrap();
        for (c, h) in ["id", "naam", "soort", "gestart", "actief", "aantal", "fte"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, "gem-gouda").unwrap();
        ws.write_string(1, 1, "Gemeente Gouda").unwrap();
        ws.write_string(1, 2, "gemeente").unwrap();
        let date = ExcelDateTime::from_ymd(2025, 3, 1).unwrap();
        ws.write_datetime_with_format(1, 3, &date, &date_format)
            .unwrap();
        ws.write_boolean(1, 4, false).unwrap();
        ws.write_number(1, 5, 12.0).unwrap();
        ws.write_number(1, 6, 1.5).unwrap();
        let ws = wb.add_worksheet();
        ws.set_name("tafels").unwrap();
        for (c, v) in ["id", "naam", "domein", "laag", "frequentie"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *v).unwrap();
        }
        for (c, v) in ["t-1", "Overleg", "casus", "tactisch"].iter().enumerate() {
            ws.write_string(1, c as u16, *v).unwrap();
        }
        ws.write_number(1, 4, 10.0).unwrap();
        let ws = wb.add_worksheet();
        ws.set_name("deelnames").unwrap();
        ws.write_string(0, 0, "tafel").unwrap();
        ws.write_string(0, 1, "partij").unwrap();
        ws.write_string(1, 0, "t-1").unwrap();
        ws.write_string(1, 1, "gem-gouda").unwrap();
        wb.save(&fixed).unwrap();
    }
    let l = load_workbook(&fixed).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    let p = &l.map.parties[0];
    assert_eq!(p.kind, PartyKind::Gemeente);
    let attr = |k: &str| {
        p.attributes
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(attr("gestart"), Some("01-03-2025"));
    assert_eq!(attr("actief"), Some("nee"));
    assert_eq!(attr("aantal"), Some("12"));
    assert_eq!(attr("fte"), Some("1.5"));
    let t = &l.map.tables[0];
    assert_eq!(
        (t.frequency, t.layers),
        (Some(10.0), Set::one(Layer::Tactisch))
    );
}

#[test]
fn missing_sheet_and_broken_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    let sheets = valid_sheets().into_iter().take(1).collect::<Vec<_>>();
    write_workbook(&path, &sheets);
    let f = load_workbook(&path).unwrap_err();
    let missing: Vec<(&str, String)> = f
        .errors
        .iter()
        .filter_map(|e| match &e.kind {
            DiagnosticKind::MissingFile {
                name, sheet: true, ..
            } => Some((e.file.as_str(), name.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        missing,
        [
            ("kaart.xlsx", "tafels".to_string()),
            ("kaart.xlsx", "deelnames".to_string())
        ]
    );
    assert_eq!(f.errors.len(), 2, "{}", listing(&f.errors));

    // A CSV saved under an .xlsx name.
    let fake = dir.path().join("nep.xlsx");
    std::fs::copy(fixture("valid").join("partijen.csv"), &fake).unwrap();
    let f = load_map(&fake).unwrap_err();
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].file, "nep.xlsx");
    assert!(matches!(
        f.errors[0].kind,
        DiagnosticKind::NotWorkbook { .. }
    ));
}

#[test]
fn ods_gives_the_same_map_as_the_csv_folder() {
    // tests/data/import/ods/valid.ods is the valid case written by generate.py, with numbers
    // as float cells ("1,5" → 1.5).
    let path = fixture("ods").join("valid.ods");
    let from_ods = load_map(&path).unwrap_or_else(|f| panic!("{}", listing(&f.errors)));
    let from_csv = load_csv_folder(&fixture("valid")).unwrap();
    assert_eq!(from_ods.map, from_csv.map);
    let w = &from_ods.warnings[0];
    assert_eq!(
        w.location(Lang::Nl),
        "valid.ods, blad partijen, regel 1, kolom F (opmerking)"
    );
}

#[test]
fn duplicate_id_on_another_sheet_names_that_sheet() {
    let mut sheets = valid_sheets();
    // A third table row reusing the id of party gem-wadd (sheet partijen, row 3).
    let mut row = sheets[1].1[2].clone();
    row[0] = "gem-wadd".into();
    sheets[1].1.push(row);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.xlsx");
    write_workbook(&path, &sheets);
    let f = load_workbook(&path).unwrap_err();
    assert_eq!(f.errors.len(), 1, "{}", listing(&f.errors));
    assert_eq!(
        f.errors[0].to_string(),
        "kaart.xlsx, blad tafels, regel 4, kolom A (id): id 'gem-wadd' komt al voor (blad \
         partijen, regel 3); elk id moet uniek zijn"
    );
}
