//! Hostile input (issue 11): every case a hostile tester found, as a regression test. Fixtures
//! are generated into temporary folders (a stray cell far away, a formula without a result, a
//! zip bomb, special files, odd bytes, broken project files), never committed as large files.

use netwerkkaart::export::{CsvOptions, Output, write_csv_folder, write_output};
use netwerkkaart::import::{Diagnostic, DiagnosticKind, ImportFailure, Loaded, load_map};
use std::path::{Path, PathBuf};
use std::time::Duration;

const PARTIES: &str = "id,naam,soort,werkgebied,hoort_bij\n\
gem-gouda,Gemeente Gouda,gemeente,,\n\
corp-a,Woonpartners,corporatie,gem-gouda,\n\
zorg-b,Kwintes,zorgaanbieder,gem-gouda,\n";
const TABLES: &str = "id,naam,domein,laag,frequentie,duur_uren\n\
t-casus,Casusoverleg,casus,operationeel,12,1.5\n";
const MEMBERS: &str = "tafel,partij\nt-casus,gem-gouda\nt-casus,corp-a\nt-casus,zorg-b\n";

/// A CSV map folder; `parties` replaces `partijen.csv` when given.
fn folder(parties: Option<&[u8]>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("partijen.csv"),
        parties.unwrap_or(PARTIES.as_bytes()),
    )
    .unwrap();
    std::fs::write(dir.path().join("tafels.csv"), TABLES).unwrap();
    std::fs::write(dir.path().join("deelnames.csv"), MEMBERS).unwrap();
    dir
}

fn all(r: &Result<Loaded, ImportFailure>) -> Vec<Diagnostic> {
    match r {
        Ok(l) => l.warnings.clone(),
        Err(f) => f.errors.iter().chain(&f.warnings).cloned().collect(),
    }
}

fn listing(r: &Result<Loaded, ImportFailure>) -> String {
    all(r).iter().map(|d| format!("  {d}\n")).collect()
}

/// Runs `f` on another thread and fails (instead of hanging the suite) when it takes longer
/// than `secs`: the cases here used to hang forever.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("finished in time instead of hanging")
}

// ---- a minimal zip writer (stored entries), for workbooks no library writes ----

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip of stored entries; `declared` overrides the unpacked size written in the central
/// directory (a zip bomb states its real, huge size there).
fn zip(entries: &[(&str, Vec<u8>)], declared: Option<u32>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let mut local = Vec::new();
        local.extend(b"PK\x03\x04");
        local.extend(20u16.to_le_bytes());
        local.extend(0u16.to_le_bytes()); // flags
        local.extend(0u16.to_le_bytes()); // stored
        local.extend([0u8; 4]); // time, date
        local.extend(crc.to_le_bytes());
        local.extend(size.to_le_bytes());
        local.extend(size.to_le_bytes());
        local.extend((name.len() as u16).to_le_bytes());
        local.extend(0u16.to_le_bytes());
        local.extend(name.as_bytes());
        out.extend(&local);
        out.extend(data);
        central.extend(b"PK\x01\x02");
        central.extend(20u16.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend(0u16.to_le_bytes());
        central.extend([0u8; 4]);
        central.extend(crc.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend(declared.unwrap_or(size).to_le_bytes());
        central.extend((name.len() as u16).to_le_bytes());
        central.extend([0u8; 8]); // extra, comment, disk, internal attributes
        central.extend([0u8; 4]); // external attributes
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// An `.xlsx` with the given sheets, each as the XML of its `<sheetData>` rows.
fn xlsx(sheets: &[(&str, String)], declared: Option<u32>) -> Vec<u8> {
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let overrides: String = (1..=sheets.len())
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    entries.push(("[Content_Types].xml".into(), format!(r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>"#).into_bytes()));
    entries.push(("_rels/.rels".into(), br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec()));
    let sheet_list: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            format!(
                r#"<sheet name="{name}" sheetId="{}" r:id="rId{}"/>"#,
                i + 1,
                i + 1
            )
        })
        .collect();
    entries.push(("xl/workbook.xml".into(), format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>"#).into_bytes()));
    let rels: String = (1..=sheets.len())
        .map(|i| format!(r#"<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"#))
        .collect();
    entries.push(("xl/_rels/workbook.xml.rels".into(), format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#).into_bytes()));
    for (i, (_, rows)) in sheets.iter().enumerate() {
        entries.push((format!("xl/worksheets/sheet{}.xml", i + 1), format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#).into_bytes()));
    }
    let refs: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, d)| (n.as_str(), d.clone()))
        .collect();
    zip(&refs, declared)
}

/// Sheet rows from CSV text, as inline strings (numbers as numbers).
fn rows_xml(csv: &str) -> String {
    let mut out = String::new();
    for (r, line) in csv.lines().enumerate() {
        out.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in line.split(',').enumerate() {
            if cell.is_empty() {
                continue;
            }
            let at = format!("{}{}", netwerkkaart::import::column_letter(c + 1), r + 1);
            if cell.parse::<f64>().is_ok() {
                out.push_str(&format!(r#"<c r="{at}"><v>{cell}</v></c>"#));
            } else {
                out.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{cell}</t></is></c>"#
                ));
            }
        }
        out.push_str("</row>");
    }
    out
}

fn sheets(tables_extra: &str) -> Vec<(&'static str, String)> {
    vec![
        ("partijen", rows_xml(PARTIES)),
        ("tafels", format!("{}{tables_extra}", rows_xml(TABLES))),
        ("deelnames", rows_xml(MEMBERS)),
    ]
}

#[test]
fn the_hand_made_workbook_is_a_valid_map() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.xlsx");
    std::fs::write(&p, xlsx(&sheets(""), None)).unwrap();
    let r = load_map(&p);
    let l = r
        .as_ref()
        .unwrap_or_else(|_| panic!("valid:\n{}", listing(&r)));
    assert_eq!(l.map.parties.len(), 3);
    assert_eq!(l.map.tables[0].frequency, Some(12.0));
}

#[test]
fn a_stray_cell_in_the_last_cell_of_the_sheet_costs_one_cell() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.xlsx");
    // Before: the declared range XFD1048576 was allocated whole (549 GB, abort).
    let stray = r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#;
    std::fs::write(&p, xlsx(&sheets(stray), None)).unwrap();
    let r = within(30, move || load_map(&p));
    let d = all(&r);
    let far = d
        .iter()
        .find(|d| d.line == Some(1_048_576) && matches!(d.kind, DiagnosticKind::ExtraCell { .. }))
        .unwrap_or_else(|| panic!("the stray value is reported where it is:\n{}", listing(&r)));
    assert_eq!(
        far.column.as_ref().map(|c| c.label()).as_deref(),
        Some("XFD")
    );
}

/// `valid.ods` with `edit` applied to its `content.xml`, the other entries copied as they are
/// (the stored `mimetype` first, as OpenDocument wants).
fn ods_with(edit: impl Fn(&str) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/ods/valid.ods");
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let name = zip.by_index(i).unwrap().name().unwrap().to_string();
        if name == "content.xml" {
            let mut xml = String::new();
            zip.by_index(i).unwrap().read_to_string(&mut xml).unwrap();
            let opts = zip::write::SimpleFileOptions::default();
            out.start_file(name, opts).unwrap();
            out.write_all(edit(&xml).as_bytes()).unwrap();
        } else {
            out.raw_copy_file(zip.by_index_raw(i).unwrap()).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_stray_cell_far_away_in_an_ods_sheet_costs_one_cell() {
    // A million empty rows, then a value in column XFD (16,384): a full grid would be
    // 16 billion cells.
    let stray = concat!(
        r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row>"#,
        r#"<table:table-row><table:table-cell table:number-columns-repeated="16383"/>"#,
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        "</table:table>"
    );
    let bytes = ods_with(|xml| xml.replacen("</table:table>", stray, 1));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.ods");
    std::fs::write(&p, bytes).unwrap();
    let r = within(30, move || load_map(&p));
    let far = all(&r)
        .into_iter()
        .find(|d| d.line > Some(1_000_000) && matches!(d.kind, DiagnosticKind::ExtraCell { .. }))
        .unwrap_or_else(|| panic!("the stray value is reported where it is:\n{}", listing(&r)));
    assert_eq!(far.sheet.as_deref(), Some("partijen"));
    assert_eq!(
        far.column.as_ref().map(|c| c.label()).as_deref(),
        Some("XFD")
    );
}

#[test]
fn a_filled_cell_repeated_a_billion_times_in_an_ods_is_refused() {
    let bomb = concat!(
        r#"<table:table-row table:number-rows-repeated="1000000">"#,
        r#"<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell>"#,
        "</table:table-row></table:table>"
    );
    let bytes = ods_with(|xml| xml.replacen("</table:table>", bomb, 1));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.ods");
    std::fs::write(&p, bytes).unwrap();
    let r = within(30, move || load_map(&p));
    let e = &r.as_ref().expect_err("refused").errors[0];
    assert!(
        matches!(e.kind, DiagnosticKind::RepeatedCells { .. }),
        "{e}"
    );
    assert!(e.to_string().contains("kaart.ods"), "{e}");
    assert!(e.to_string().contains("2.000.000"), "{e}");
}

#[test]
fn a_formula_without_a_saved_result_is_an_error_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.xlsx");
    // Row 2 of tafels: frequency as a formula whose result was never stored.
    let mut s = sheets("");
    s[1].1 = s[1].1.replace("<v>12</v>", "<f>6*2</f>");
    std::fs::write(&p, xlsx(&s, None)).unwrap();
    let r = load_map(&p);
    let f = r
        .as_ref()
        .expect_err("an unknown value is not silently empty");
    let d = f
        .errors
        .iter()
        .find(|d| d.kind == DiagnosticKind::FormulaWithoutValue)
        .unwrap_or_else(|| panic!("{}", listing(&r)));
    assert_eq!(d.sheet.as_deref(), Some("tafels"));
    assert_eq!(d.line, Some(2));
    assert_eq!(d.column.as_ref().map(|c| c.label()).as_deref(), Some("E"));
    assert!(
        d.to_string().contains("formule zonder berekende waarde"),
        "{d}"
    );
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bom.xlsx");
    // Every entry claims 4 GB less one byte unpacked.
    std::fs::write(&p, xlsx(&sheets(""), Some(u32::MAX - 1))).unwrap();
    let r = load_map(&p);
    let f = r.as_ref().expect_err("refused");
    assert!(
        matches!(f.errors[0].kind, DiagnosticKind::UnpacksTooLarge { .. }),
        "{}",
        listing(&r)
    );
}

#[test]
fn old_excel_and_password_protected_workbooks_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    let xls = dir.path().join("oud.xls");
    std::fs::write(&xls, [ole.as_slice(), &[0u8; 504]].concat()).unwrap();
    let r = load_map(&xls);
    let e = &r.as_ref().expect_err("refused").errors[0];
    assert_eq!(e.kind, DiagnosticKind::OldExcel);
    assert!(
        e.to_string()
            .contains("sla het op als Excel-werkmap (.xlsx)"),
        "{e}"
    );

    let locked = dir.path().join("geheim.xlsx");
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&locked, [ole.as_slice(), &[0u8; 100], &name].concat()).unwrap();
    let r = load_map(&locked);
    let e = &r.as_ref().expect_err("refused").errors[0];
    assert_eq!(e.kind, DiagnosticKind::EncryptedWorkbook);
    assert!(e.to_string().contains("wachtwoord"), "{e}");
}

#[test]
fn special_files_are_refused_without_opening_them() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = |p: &Path| {
        let ok = std::process::Command::new("mkfifo").arg(p).status();
        ok.is_ok_and(|s| s.success())
    };
    // A pipe as the map itself, as a workbook, and as a list inside a folder.
    for name in ["kaart.netwerkkaart", "kaart.xlsx"] {
        let p = dir.path().join(name);
        if !fifo(&p) {
            return; // no mkfifo on this system
        }
        let r = within(10, move || load_map(&p));
        let e = &r.as_ref().expect_err("refused").errors[0];
        assert!(
            matches!(e.kind, DiagnosticKind::NotRegularFile { .. }),
            "{name}: {e}"
        );
        assert!(e.to_string().contains("pijp"), "{e}");
    }
    let map = folder(None);
    std::fs::remove_file(map.path().join("partijen.csv")).unwrap();
    assert!(fifo(&map.path().join("partijen.csv")));
    let p = map.path().to_path_buf();
    let r = within(10, move || load_map(&p));
    let e = &r.as_ref().expect_err("refused").errors;
    assert!(
        e.iter()
            .any(|d| matches!(d.kind, DiagnosticKind::NotRegularFile { .. })
                && d.file == "partijen.csv"),
        "a pipe is reported as a pipe, not as missing:\n{}",
        listing(&r)
    );
    assert!(
        !e.iter()
            .any(|d| matches!(d.kind, DiagnosticKind::MissingFile { .. })),
        "{}",
        listing(&r)
    );

    // A link to an endless device, and a ring of links.
    #[cfg(unix)]
    {
        let map = folder(None);
        std::fs::remove_file(map.path().join("partijen.csv")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", map.path().join("partijen.csv")).unwrap();
        let p = map.path().to_path_buf();
        let r = within(10, move || load_map(&p));
        assert!(
            all(&r)
                .iter()
                .any(|d| matches!(d.kind, DiagnosticKind::NotRegularFile { .. })),
            "{}",
            listing(&r)
        );
        let ring = map.path().join("tafels.csv");
        std::fs::remove_file(&ring).unwrap();
        std::os::unix::fs::symlink(&ring, &ring).unwrap();
        let p = map.path().to_path_buf();
        let r = within(10, move || load_map(&p));
        let d = all(&r);
        let t = d.iter().find(|d| d.file == "tafels.csv").expect("reported");
        assert!(
            matches!(t.kind, DiagnosticKind::Unreadable { .. }),
            "a ring of links is unreadable, not missing: {t}"
        );
    }
}

#[test]
fn utf8_with_one_odd_byte_stays_utf8_and_names_the_line() {
    let mut bytes = PARTIES.replace("Kwintes", "Kwintes cliënten").into_bytes();
    // A Latin-1 é (0xE9) pasted into line 3.
    let at = bytes.windows(11).position(|w| w == b"Woonpartner").unwrap();
    bytes.insert(at, 0xE9);
    let dir = folder(Some(&bytes));
    let r = load_map(dir.path());
    let l = r.as_ref().expect("still a map");
    assert!(
        l.map.parties.iter().any(|p| p.name == "Kwintes cliënten"),
        "valid UTF-8 is never turned into mojibake"
    );
    assert!(l.map.parties.iter().any(|p| p.name == "éWoonpartners"));
    let w = l
        .warnings
        .iter()
        .find(|d| matches!(d.kind, DiagnosticKind::MixedEncoding { .. }))
        .unwrap_or_else(|| panic!("{}", listing(&r)));
    assert_eq!((w.file.as_str(), w.line), ("partijen.csv", Some(3)));

    // Windows-1252 throughout: read as such, and said.
    let cp = encoding_rs::WINDOWS_1252
        .encode(&PARTIES.replace("Kwintes", "Zoë"))
        .0
        .into_owned();
    let dir = folder(Some(&cp));
    let r = load_map(dir.path());
    let l = r.as_ref().expect("a map");
    assert!(l.map.parties.iter().any(|p| p.name == "Zoë"));
    assert!(
        l.warnings
            .iter()
            .any(|d| matches!(d.kind, DiagnosticKind::Windows1252 { .. }) && d.line == Some(4)),
        "{}",
        listing(&r)
    );

    // Mac OS Roman (an old Mac's export): recognised by its letters, not read as Windows-1252
    // ("ZoÎ" / "Cli‘nten").
    let mac = encoding_rs::MACINTOSH
        .encode(&PARTIES.replace("Kwintes", "Zoë Cliëntenraad"))
        .0
        .into_owned();
    let dir = folder(Some(&mac));
    let r = load_map(dir.path());
    let l = r.as_ref().expect("a map");
    assert!(
        l.map.parties.iter().any(|p| p.name == "Zoë Cliëntenraad"),
        "{:?}",
        l.map.parties.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
    let w = l
        .warnings
        .iter()
        .find(|d| matches!(d.kind, DiagnosticKind::MacRoman { .. }))
        .unwrap_or_else(|| panic!("{}", listing(&r)));
    assert!(w.to_string().contains("Mac OS Roman"), "{w}");
}

#[test]
fn exports_keep_the_old_files_when_writing_fails() {
    let map = load_map(folder(None).path()).unwrap().map;
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("kaart");
    write_csv_folder(&map, &dir, &CsvOptions::default()).unwrap();
    let before: Vec<(PathBuf, Vec<u8>)> = ["partijen.csv", "tafels.csv", "deelnames.csv"]
        .iter()
        .map(|n| (dir.join(n), std::fs::read(dir.join(n)).unwrap()))
        .collect();
    // The last file cannot be written (its temporary file's place is taken by a folder):
    // nothing may have changed, not even the files written before it.
    let mut changed = map.clone();
    changed.parties.truncate(1);
    let blocker = netwerkkaart::project::temp_path(&dir.join("deelnames.csv"));
    std::fs::create_dir(&blocker).unwrap();
    assert!(write_csv_folder(&changed, &dir, &CsvOptions::default()).is_err());
    for (p, bytes) in &before {
        assert_eq!(
            &std::fs::read(p).unwrap(),
            bytes,
            "{} survives",
            p.display()
        );
    }
    std::fs::remove_dir(&blocker).unwrap();
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "no temporary files remain: {left:?}");

    // The same for a workbook export.
    let xlsx = out.path().join("bevindingen.xlsx");
    let a = netwerkkaart::analysis::analyse(&map, &Default::default());
    write_output(
        &map,
        &a,
        &xlsx,
        &Output::FindingsWorkbook,
        false,
        netwerkkaart::i18n::Lang::Nl,
    )
    .unwrap();
    let old = std::fs::read(&xlsx).unwrap();
    std::fs::create_dir(netwerkkaart::project::temp_path(&xlsx)).unwrap();
    assert!(
        write_output(
            &changed,
            &a,
            &xlsx,
            &Output::FindingsWorkbook,
            false,
            netwerkkaart::i18n::Lang::Nl
        )
        .is_err()
    );
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        old,
        "the old workbook survives"
    );
}

#[test]
fn project_files_are_read_with_the_rules_of_csv() {
    let map = load_map(folder(None).path()).unwrap().map;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kaart.netwerkkaart");
    let json = netwerkkaart::project::to_json(&map);
    let load = |text: &[u8]| {
        std::fs::write(&p, text).unwrap();
        load_map(&p)
    };
    // A byte order mark from an editor is accepted.
    let r = load(&[b"\xEF\xBB\xBF".as_slice(), json.as_bytes()].concat());
    assert!(r.is_ok(), "{}", listing(&r));
    // Negative and absurd numbers are refused, not multiplied.
    for bad in ["-12", "1e300"] {
        let text = json.replace("\"frequency\": 12.0", &format!("\"frequency\": {bad}"));
        assert_ne!(text, json, "the fixture has the frequency");
        let r = load(text.as_bytes());
        let e = &r.as_ref().expect_err(bad).errors[0];
        assert!(e.to_string().contains("t-casus"), "{e}");
    }
    // UTF-16, Windows-1252 and an odd version say what they are.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(json.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let e = load(&utf16).unwrap_err().errors[0].to_string();
    assert!(e.contains("UTF-16"), "{e}");
    let cp = json.replace("Kwintes", "Zo\u{eb}");
    let cp = encoding_rs::WINDOWS_1252.encode(&cp).0.into_owned();
    let e = load(&cp).unwrap_err().errors[0].to_string();
    assert!(e.contains("geen UTF-8") && e.contains("0xEB"), "{e}");
    let e = load(
        json.replace("\"version\": 1", "\"version\": \"een\"")
            .as_bytes(),
    )
    .unwrap_err()
    .errors[0]
        .to_string();
    assert!(e.contains("'version'"), "{e}");
    // Unknown fields are warned about, not dropped silently.
    let extra = json.replacen("\"title\"", "\"kleur\": \"rood\",\n    \"title\"", 1);
    let r = load(extra.as_bytes());
    let l = r.as_ref().expect("loads");
    assert!(
        l.warnings.iter().any(|d| matches!(&d.kind,
            DiagnosticKind::UnknownProjectFields { fields } if fields.contains("map.kleur"))),
        "{}",
        listing(&r)
    );
}

#[test]
fn unknown_project_fields_survive_open_edit_and_save() {
    use netwerkkaart::edit::Edit;
    let map = load_map(folder(None).path()).unwrap().map;
    let json = netwerkkaart::project::to_json(&map);
    let first = map.parties[0].id.clone();
    let second = map.parties[1].id.clone();
    // A newer version's fields: one on the map, one on each of two parties, one at the top.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["thema"] = "donker".into();
    v["map"]["kleur"] = "rood".into();
    v["map"]["parties"][0]["icoon"] = "huis".into();
    v["map"]["parties"][1]["icoon"] = "boom".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let p = std::path::Path::new("kaart.netwerkkaart");
    let (mut map, unknown) = netwerkkaart::project::from_json_checked(&text, p).unwrap();
    assert_eq!(unknown.len(), 4, "{unknown:?}");
    // An edit elsewhere, and the second party deleted: its field goes with it.
    let name = format!("{} (nieuw)", map.parties[0].name);
    let mut renamed = map.parties[0].clone();
    renamed.name = name.clone();
    let mut history = netwerkkaart::edit::History::new();
    for e in [
        Edit::ChangeParty {
            id: first.clone(),
            party: renamed,
        },
        Edit::RemoveParty(second.clone()),
    ] {
        history.apply(&mut map, &e).expect("edit applies");
    }
    let saved: serde_json::Value =
        serde_json::from_str(&netwerkkaart::project::to_json(&map)).unwrap();
    assert_eq!(saved["thema"], "donker");
    assert_eq!(saved["map"]["kleur"], "rood");
    let parties = saved["map"]["parties"].as_array().unwrap();
    let at = |id: &str| parties.iter().find(|q| q["id"] == id).cloned();
    assert_eq!(at(&first).unwrap()["icoon"], "huis");
    assert_eq!(at(&first).unwrap()["name"], name.as_str());
    assert!(at(&second).is_none());
    assert!(!parties.iter().any(|q| q["icoon"] == "boom"));
}

#[test]
fn look_alike_ids_are_shown_normalised_and_warned() {
    // `gem-gouda` with a zero-width space in a membership: the message shows it.
    let members = MEMBERS.replace("t-casus,gem-gouda", "t-casus,gem-\u{200B}gouda");
    let dir = folder(None);
    std::fs::write(dir.path().join("deelnames.csv"), members).unwrap();
    let r = load_map(dir.path());
    let e = r.as_ref().expect_err("unknown party").errors[0].to_string();
    assert!(e.contains("gem-<U+200B>gouda"), "{e}");

    // NFD and NFC spellings of one id are one party.
    let parties = PARTIES.replace("zorg-b", "zorg-gém");
    let members = MEMBERS.replace("zorg-b", "zorg-ge\u{301}m");
    let dir = folder(Some(parties.as_bytes()));
    std::fs::write(dir.path().join("deelnames.csv"), members).unwrap();
    let r = load_map(dir.path());
    assert!(r.is_ok(), "{}", listing(&r));

    // Ids differing only in case: a warning.
    let parties = format!("{PARTIES}GEM-GOUDA,Gemeente Gouda 2,gemeente,,\n");
    let dir = folder(Some(parties.as_bytes()));
    let r = load_map(dir.path());
    assert!(
        all(&r)
            .iter()
            .any(|d| matches!(d.kind, DiagnosticKind::CaseOnlyId { .. }) && d.line == Some(5)),
        "{}",
        listing(&r)
    );
}

#[test]
fn a_ring_of_hoort_bij_is_an_error_like_a_self_reference() {
    let parties = "id,naam,soort,werkgebied,hoort_bij\n\
gem-gouda,Gemeente Gouda,gemeente,,\n\
corp-a,Woonpartners,corporatie,gem-gouda,zorg-b\n\
zorg-b,Kwintes,zorgaanbieder,gem-gouda,corp-a\n";
    let dir = folder(Some(parties.as_bytes()));
    let r = load_map(dir.path());
    let f = r.as_ref().expect_err("a ring is refused");
    let d = f
        .errors
        .iter()
        .find(|d| matches!(d.kind, DiagnosticKind::Cycle { .. }))
        .unwrap_or_else(|| panic!("{}", listing(&r)));
    assert_eq!(d.line, Some(3), "at the ring's first party");
    assert!(d.to_string().contains("corp-a → zorg-b → corp-a"), "{d}");
}

#[test]
fn a_line_of_many_cells_gives_a_few_warnings_and_a_count() {
    let mut parties = PARTIES.to_string();
    parties.pop();
    parties.push_str(&",x".repeat(5_000));
    parties.push('\n');
    let dir = folder(Some(parties.as_bytes()));
    let r = load_map(dir.path());
    let d = all(&r);
    assert!(d.len() < 20, "bounded: {} diagnostics", d.len());
    let more = d
        .iter()
        .find_map(|d| match d.kind {
            DiagnosticKind::More { count } => Some((count, d.to_string())),
            _ => None,
        })
        .expect("the rest is counted");
    assert_eq!(more.0, 4_990);
    assert!(more.1.contains("en 4.990 meer"), "{}", more.1);
    let l = r.as_ref().expect("warnings only");
    assert_eq!(netwerkkaart::import::count_diagnostics(&l.warnings), 5_000);
}

#[test]
fn numbered_names_are_never_near_duplicates() {
    let mut parties = PARTIES.to_string();
    for i in 10_000..10_300 {
        parties.push_str(&format!("p{i},Partij {i},overig,,\n"));
    }
    let dir = folder(Some(parties.as_bytes()));
    let map = load_map(dir.path()).map(|l| l.map).unwrap();
    let dups = netwerkkaart::import::near_duplicates(&map);
    assert!(dups.is_empty(), "{dups:?}");
    // Real near-duplicates are still found.
    let mut map2 = map.clone();
    map2.parties[2].name = "Woonpartner".into();
    map2.parties.push(netwerkkaart::model::Party {
        id: "corp-x".into(),
        name: "Woonpartners".into(),
        ..map2.parties[1].clone()
    });
    assert_eq!(netwerkkaart::import::near_duplicates(&map2).len(), 1);
}

#[test]
fn csv_exports_guard_formulas_and_read_them_back() {
    let mut map = load_map(folder(None).path()).unwrap().map;
    map.parties[1].name = "=HYPERLINK(\"http://x\",\"klik\")".into();
    map.parties[2].name = "@SUM(A1)".into();
    map.parties[0].name = "-5".into();
    let out = tempfile::tempdir().unwrap();
    write_csv_folder(&map, out.path(), &CsvOptions::dutch_excel()).unwrap();
    let text = encoding_rs::WINDOWS_1252
        .decode(&std::fs::read(out.path().join("partijen.csv")).unwrap())
        .0
        .into_owned();
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("'@SUM"), "{text}");
    assert!(text.contains(";-5;"), "a number stays a number: {text}");
    let back = load_map(out.path()).unwrap().map;
    let names: Vec<&str> = back.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["-5", "=HYPERLINK(\"http://x\",\"klik\")", "@SUM(A1)"]
    );
}

#[test]
fn references_to_persons_without_a_persons_list_are_explained_once() {
    let members =
        "tafel,partij,persoon\nt-casus,gem-gouda,p-1\nt-casus,corp-a,p-2\nt-casus,zorg-b,\n";
    let dir = folder(None);
    std::fs::write(dir.path().join("deelnames.csv"), members).unwrap();
    let r = load_map(dir.path());
    let f = r.as_ref().expect_err("persons do not exist");
    let hint = f
        .warnings
        .iter()
        .find(|d| matches!(d.kind, DiagnosticKind::PersonsMissing { count: 2, .. }))
        .unwrap_or_else(|| panic!("{}", listing(&r)));
    assert!(hint.to_string().contains("personen.csv"), "{hint}");
}

#[test]
fn a_missing_path_is_named_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sub").join("kaart.xlsx");
    let r = load_map(&p);
    let e = &r.as_ref().expect_err("missing").errors[0];
    assert_eq!(e.kind, DiagnosticKind::PathNotFound);
    assert_eq!(e.file, p.display().to_string());
}

#[test]
fn reliability_fuzz_seed_corpus_and_mutations_never_panic() {
    use netwerkkaart::fuzz::{TARGETS, run_mutations, seed_corpus};
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, target) in TARGETS {
        let seeds = seed_corpus(repo, name);
        assert!(!seeds.is_empty(), "{name} has seeds");
        // Bounded: a few hundred inputs per target, a couple of seconds in all.
        let runs = run_mutations(target, &seeds, 150, 11);
        assert_eq!(runs, seeds.len() + 150);
    }
}

fn cli(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    (o.status.code().unwrap_or(-1), text)
}

#[test]
fn the_command_line_escapes_control_characters_and_counts_in_dutch() {
    // An escape sequence that would retitle the terminal window, in a party name and an id.
    let members = MEMBERS.replace("t-casus,zorg-b", "t-casus,zorg-\u{1b}]0;pwned\u{7}");
    let dir = folder(None);
    std::fs::write(dir.path().join("deelnames.csv"), members).unwrap();
    let (code, out) = cli(&["check".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("<U+001B>]0;pwned<U+0007>"), "{out}");
    assert!(out.contains("1 fout."), "singular: {out}");

    let dir = folder(None);
    let (code, out) = cli(&["check".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 partijen, 0 personen, 1 tafel, 3 deelnames, 0 relaties"),
        "{out}"
    );

    // Thresholds: nan and negative are refused in Dutch.
    for bad in ["nan", "-3"] {
        let flag = format!("--max-uren={bad}");
        let (code, out) = cli(&["analyse".as_ref(), dir.path().as_os_str(), flag.as_ref()]);
        assert_ne!(code, 0, "{bad}: {out}");
        // `nan` is no number at all (the one number rule), `-3` is one below the range.
        let said = if bad == "nan" {
            "is geen getal"
        } else {
            "geef een getal van 0 of meer"
        };
        assert!(out.contains(said), "{bad}: {out}");
    }
    // An empty path is said to be empty, without an empty list of values.
    let (code, out) = cli(&["check".as_ref(), "".as_ref()]);
    assert_ne!(code, 0);
    assert!(!out.contains("()") && !out.contains(": )"), "{out}");
    assert!(out.contains("het pad is leeg"), "{out}");
}
