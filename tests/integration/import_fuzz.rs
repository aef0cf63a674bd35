//! Property test of the importer on hostile input: random bytes and random mutations of the
//! valid fixture (inserted quotes, separators, bars, NULs, line breaks; deleted and swapped
//! bytes; duplicated lines; truncation). The importer must never panic, must answer with a
//! map or with at least one error, and a map it accepts must pass the model's own rules.
//! Bounded to 2,000 cases so it runs in CI in seconds.

use netwerkkaart::import::load_csv_folder;
use netwerkkaart::model::validate;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

const FILES: [&str; 5] = [
    "partijen.csv",
    "tafels.csv",
    "deelnames.csv",
    "personen.csv",
    "relaties.csv",
];

#[derive(Debug, Clone)]
enum Input {
    /// Random bytes replacing one file.
    Random { file: usize, bytes: Vec<u8> },
    /// Edits to one file of the valid fixture: (operation, position, byte).
    Mutated {
        file: usize,
        ops: Vec<(u8, usize, u8)>,
    },
}

fn mutate(mut data: Vec<u8>, ops: &[(u8, usize, u8)]) -> Vec<u8> {
    for &(op, pos, byte) in ops {
        let len = data.len();
        let at = if len == 0 { 0 } else { pos % (len + 1) };
        match op {
            0 => data.insert(at, byte),
            1 => {
                let end = (at + 1 + pos % 8).min(len);
                data.drain(at.min(end)..end);
            }
            2 if at < len => data[at] = byte,
            3 => {
                // Duplicate the line around `at`.
                let start = data[..at]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = data[at..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(len, |i| at + i + 1);
                let line = data[start..end].to_vec();
                data.splice(end..end, line);
            }
            4 => data.truncate(at),
            5 if len > 1 => data.swap(at % len, pos.wrapping_mul(31) % len),
            _ => {}
        }
    }
    data
}

fn input() -> impl Strategy<Value = Input> {
    let interesting = prop::sample::select(b"\",;|\n\r\0 x\xe9\xff-".to_vec());
    prop_oneof![
        (0..FILES.len(), prop::collection::vec(any::<u8>(), 0..2048))
            .prop_map(|(file, bytes)| Input::Random { file, bytes }),
        (
            0..FILES.len(),
            prop::collection::vec((0u8..6, any::<usize>(), interesting), 1..12)
        )
            .prop_map(|(file, ops)| Input::Mutated { file, ops }),
    ]
}

#[test]
fn importer_never_panics_and_always_answers() {
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/valid");
    let originals: Vec<Vec<u8>> = FILES
        .iter()
        .map(|f| std::fs::read(valid.join(f)).unwrap())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let cases = AtomicUsize::new(0);
    let (oks, errs) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut runner = TestRunner::new(Config {
        cases: 2_000,
        failure_persistence: None,
        ..Config::default()
    });
    let start = std::time::Instant::now();
    for (name, data) in FILES.iter().zip(&originals) {
        std::fs::write(dir.path().join(name), data).unwrap();
    }
    let result = runner.run(&input(), |case| {
        cases.fetch_add(1, Ordering::Relaxed);
        let (file, data) = match &case {
            Input::Random { file, bytes } => (*file, bytes.clone()),
            Input::Mutated { file, ops } => (*file, mutate(originals[*file].clone(), ops)),
        };
        std::fs::write(dir.path().join(FILES[file]), data).unwrap();
        let outcome = load_csv_folder(dir.path());
        // Restore before any assertion can return early.
        std::fs::write(dir.path().join(FILES[file]), &originals[file]).unwrap();
        match outcome {
            Ok(loaded) => {
                oks.fetch_add(1, Ordering::Relaxed);
                let broken: Vec<_> = validate(&loaded.map)
                    .into_iter()
                    .filter(|p| p.is_error())
                    .collect();
                prop_assert!(
                    broken.is_empty(),
                    "accepted a map that breaks the rules: {broken:?}"
                );
            }
            Err(f) => {
                errs.fetch_add(1, Ordering::Relaxed);
                prop_assert!(!f.errors.is_empty(), "failure without errors");
                for e in &f.errors {
                    prop_assert!(!e.file.is_empty(), "error without a file: {e:?}");
                    prop_assert!(!e.to_string().is_empty());
                }
            }
        }
        Ok(())
    });
    println!(
        "import fuzz: {} cases run ({} imported, {} refused with errors) in {:?}",
        cases.load(Ordering::Relaxed),
        oks.load(Ordering::Relaxed),
        errs.load(Ordering::Relaxed),
        start.elapsed()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Writes the valid fixture as an xlsx workbook, all cells as text.
fn valid_workbook_bytes(dir: &Path) -> Vec<u8> {
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/valid");
    let mut wb = rust_xlsxwriter::Workbook::new();
    for name in FILES {
        let ws = wb.add_worksheet();
        ws.set_name(name.trim_end_matches(".csv")).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(valid.join(name))
            .unwrap();
        for (i, rec) in r.records().enumerate() {
            for (j, cell) in rec.unwrap().iter().enumerate() {
                ws.write_string(i as u32, j as u16, cell).unwrap();
            }
        }
    }
    let path = dir.join("seed.xlsx");
    wb.save(&path).unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn workbook_reader_never_panics_on_damaged_files() {
    let dir = tempfile::tempdir().unwrap();
    let seed = valid_workbook_bytes(dir.path());
    let path = dir.path().join("kaart.xlsx");
    std::fs::write(&path, &seed).unwrap();
    assert!(
        netwerkkaart::import::load_workbook(&path).is_ok(),
        "the seed itself imports"
    );
    let cases = AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config {
        cases: 500,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096).prop_map(|b| (true, b, vec![])),
        prop::collection::vec((0u8..6, any::<usize>(), any::<u8>()), 1..6).prop_map(|ops| (
            false,
            vec![],
            ops
        )),
    ];
    let start = std::time::Instant::now();
    let result = runner.run(&strategy, |(random, bytes, ops)| {
        cases.fetch_add(1, Ordering::Relaxed);
        let data = if random {
            bytes
        } else {
            mutate(seed.clone(), &ops)
        };
        std::fs::write(&path, data).unwrap();
        match netwerkkaart::import::load_map(&path) {
            Ok(_) => {}
            Err(f) => prop_assert!(!f.errors.is_empty()),
        }
        Ok(())
    });
    println!(
        "workbook fuzz: {} cases run in {:?}",
        cases.load(Ordering::Relaxed),
        start.elapsed()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}
