//! Fuzzing entry points (feature `fuzzing`): one function per input the program reads from a
//! user — a CSV folder, a workbook, a project file — each taking arbitrary bytes and asserting
//! the promise of the importer: a result or diagnostics, never a panic, never a hang. The
//! cargo-fuzz targets in `fuzz/` call these; so does the stable harness ([`run_mutations`]),
//! which needs no nightly compiler.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// How the CSV-folder target splits its input into files, in this order.
pub const FILE_SEPARATOR: &[u8] = b"\n=====\n";
/// The files of the CSV-folder target, in the order of the input's parts.
pub const FOLDER_FILES: [&str; 5] = [
    "partijen.csv",
    "tafels.csv",
    "deelnames.csv",
    "personen.csv",
    "relaties.csv",
];

/// A fresh scratch folder under the system's temporary folder, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("netwerkkaart-fuzz-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::create_dir_all(&dir);
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Checks what every outcome must satisfy: diagnostics render, and a map that imported is
/// consistent enough to analyse.
fn check(result: Result<crate::import::Loaded, crate::import::ImportFailure>) {
    match result {
        Ok(loaded) => {
            for w in &loaded.warnings {
                let _ = w.to_string();
            }
            let _ = crate::analysis::analyse(&loaded.map, &crate::analysis::Thresholds::default());
        }
        Err(failure) => {
            assert!(!failure.errors.is_empty(), "a failure has an error");
            for d in failure.errors.iter().chain(&failure.warnings) {
                let _ = d.to_string();
            }
        }
    }
}

/// The parts of an input, split on [`FILE_SEPARATOR`].
fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut rest = data;
    while let Some(at) = rest
        .windows(FILE_SEPARATOR.len())
        .position(|w| w == FILE_SEPARATOR)
    {
        parts.push(&rest[..at]);
        rest = &rest[at + FILE_SEPARATOR.len()..];
    }
    parts.push(rest);
    parts
}

/// A CSV folder: the input is up to five files (see [`FOLDER_FILES`]) joined by
/// [`FILE_SEPARATOR`].
pub fn fuzz_csv_folder(data: &[u8]) {
    let scratch = Scratch::new();
    for (name, part) in FOLDER_FILES.iter().zip(split(data)) {
        let _ = std::fs::write(scratch.0.join(name), part);
    }
    check(crate::import::load_map(&scratch.0));
}

/// A workbook (`.xlsx`, `.ods`, or anything the reader is handed as one).
pub fn fuzz_workbook(data: &[u8]) {
    let scratch = Scratch::new();
    let path = scratch.0.join("kaart.xlsx");
    let _ = std::fs::write(&path, data);
    check(crate::import::load_map(&path));
}

/// A project file; a map that loads must also save and load again unchanged.
pub fn fuzz_project(data: &[u8]) {
    let scratch = Scratch::new();
    let path = scratch.0.join("kaart.netwerkkaart");
    let _ = std::fs::write(&path, data);
    let result = crate::import::load_map(&path);
    if let Ok(loaded) = &result {
        let again = crate::project::from_json(&crate::project::to_json(&loaded.map), &path)
            .expect("a saved map loads");
        assert_eq!(again, loaded.map, "a map survives save and load");
    }
    check(result);
}

/// A small, seeded pseudo-random source (xorshift), so runs are repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Byte strings that tend to reach interesting code: separators, quotes, BOMs, odd bytes,
/// numbers at the edges, formula starts, zip and OLE magic.
const TOKENS: &[&[u8]] = &[
    b",",
    b";",
    b"\t",
    b"\"",
    b"\n",
    b"\r\n",
    b"\r",
    b"|",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xE9",
    b"\xC3",
    b"\x00",
    b"-1",
    b"1e300",
    b"nan",
    b"1,5",
    b"=SUM(A1)",
    b"'=",
    b"\xE2\x80\x8B",
    b"e\xCC\x81",
    b"sep=;\n",
    b"PK\x03\x04",
    b"\xD0\xCF\x11\xE0",
    b"{",
    b"}",
    b"[]",
    b"null",
    b"\"version\": 2",
    b"\"format\": \"netwerkkaart\"",
    b"hoort_bij",
    b"gem-gouda",
];

/// One mutation of `input`, sometimes spliced with `other`.
pub fn mutate(input: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next_u64() as u8),
            2 if !out.is_empty() => {
                let len = rng.below(16).min(out.len() - at.min(out.len()));
                out.drain(at.min(out.len())..at.min(out.len()) + len);
            }
            3 if !out.is_empty() => {
                let from = rng.below(out.len());
                let len = rng.below(64).min(out.len() - from);
                let piece = out[from..from + len].to_vec();
                out.splice(at..at, piece);
            }
            4 | 5 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, t.iter().copied());
            }
            _ if !other.is_empty() => {
                let from = rng.below(other.len());
                let len = rng.below(256).min(other.len() - from);
                out.truncate(at);
                out.extend(&other[from..from + len]);
            }
            _ => {}
        }
    }
    out
}

/// Runs `target` on every seed and on `mutations` mutated seeds; returns how many inputs ran.
/// A panic is not caught here: it is the finding, with the input written to
/// `<temp>/netwerkkaart-fuzz-crash.bin` first so it can be replayed.
pub fn run_mutations(target: fn(&[u8]), seeds: &[Vec<u8>], mutations: usize, seed: u64) -> usize {
    let crash = std::env::temp_dir().join("netwerkkaart-fuzz-crash.bin");
    let mut runs = 0;
    let mut one = |input: &[u8]| {
        let _ = std::fs::write(&crash, input);
        target(input);
        runs += 1;
    };
    for s in seeds {
        one(s);
    }
    let mut rng = Rng::new(seed);
    if !seeds.is_empty() {
        for _ in 0..mutations {
            let a = &seeds[rng.below(seeds.len())];
            let b = &seeds[rng.below(seeds.len())];
            let input = mutate(a, b, &mut rng);
            one(&input);
        }
    }
    let _ = std::fs::remove_file(&crash);
    runs
}

/// A fuzz target: its name (as in `fuzz/fuzz_targets/`) and entry point.
pub type Target = (&'static str, fn(&[u8]));

/// The three targets.
pub const TARGETS: [Target; 3] = [
    ("csv_folder", fuzz_csv_folder),
    ("workbook", fuzz_workbook),
    ("project", fuzz_project),
];

/// The seed corpus of a target from the repository at `repo`: the example maps in `data/`
/// and the import fixtures in `tests/data/import` (CSV folders joined as
/// [`fuzz_csv_folder`] reads them), the workbooks, and project files made from the example.
pub fn seed_corpus(repo: &std::path::Path, target: &str) -> Vec<Vec<u8>> {
    let mut folders: Vec<PathBuf> = vec![
        repo.join("data/voorbeeld"),
        repo.join("data/voorbeeld-excel"),
    ];
    if let Ok(entries) = std::fs::read_dir(repo.join("tests/data/import")) {
        let mut more: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        more.sort();
        folders.extend(more.into_iter().filter(|p| p.is_dir()));
    }
    match target {
        "csv_folder" => folders
            .iter()
            .filter(|d| d.join("partijen.csv").is_file() || d.join("tafels.csv").is_file())
            .map(|d| {
                let parts: Vec<Vec<u8>> = FOLDER_FILES
                    .iter()
                    .map(|f| std::fs::read(d.join(f)).unwrap_or_default())
                    .collect();
                parts.join(FILE_SEPARATOR)
            })
            .collect(),
        "workbook" => {
            let mut files = vec![repo.join("data/voorbeeld.xlsx")];
            for d in &folders {
                if let Ok(entries) = std::fs::read_dir(d) {
                    files.extend(
                        entries
                            .filter_map(Result::ok)
                            .map(|e| e.path())
                            .filter(|p| p.extension().is_some_and(|e| e == "xlsx" || e == "ods")),
                    );
                }
            }
            files.sort();
            files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
        }
        "project" => folders
            .iter()
            .filter_map(|d| crate::import::load_map(d).ok())
            .take(4)
            .map(|l| crate::project::to_json(&l.map).into_bytes())
            .collect(),
        _ => Vec::new(),
    }
}
