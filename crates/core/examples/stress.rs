//! Stress benchmark for hostile and skewed maps (issue 11): each case generates its map in
//! process, imports and analyses it, and prints the time and the peak memory of a fresh child
//! process, next to the target. Not a test: the figures depend on the machine.
//!
//! ```text
//! cargo run --release -p netwerkkaart-core --features synthetic --example stress
//! cargo run --release -p netwerkkaart-core --features synthetic --example stress -- big-table
//! ```

use netwerkkaart_core::analysis::{Thresholds, analyse_profiled};
use netwerkkaart_core::import::load_map;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

/// (name, what it is, target time, target peak memory in MB)
const CASES: &[(&str, &str, f64, u64)] = &[
    (
        "synthetic-340",
        "import of the 340-municipality synthetic map",
        10.0,
        2048,
    ),
    (
        "big-table",
        "one table with 20,000 members: import + analyse",
        2.0,
        1024,
    ),
    (
        "chain",
        "rapporteert_aan chain of 100,000 tables: import + analyse",
        2.0,
        2048,
    ),
    (
        "ring",
        "rapporteert_aan ring of 100,000 tables: import + analyse",
        2.0,
        2048,
    ),
    (
        "parties",
        "100,000 parties 'Partij N': check (import)",
        5.0,
        2048,
    ),
    (
        "hoort-bij",
        "hoort_bij chain 100,000 deep: check (import)",
        5.0,
        2048,
    ),
    ("wide-line", "a line of 3 million cells: import", 5.0, 2048),
    (
        "dangling",
        "100,000 parties, 100,000 memberships naming missing ones: check",
        5.0,
        2048,
    ),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(case) = args.first() {
        let (t, detail) = run_case(case);
        // The parent reads this line.
        println!("RESULT {:.3} {} {detail}", t.as_secs_f64(), peak_mb());
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    println!(
        "{:<14} {:>9} {:>8} {:>9} {:>8}  what",
        "case", "time s", "target", "peak MB", "target"
    );
    for (name, what, target_s, target_mb) in CASES {
        let out = std::process::Command::new(&exe)
            .arg(name)
            .output()
            .expect("child");
        let text = String::from_utf8_lossy(&out.stdout);
        let Some(line) = text.lines().find_map(|l| l.strip_prefix("RESULT ")) else {
            println!(
                "{name:<14} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            continue;
        };
        let mut parts = line.splitn(3, ' ');
        let t: f64 = parts.next().unwrap_or("0").parse().unwrap_or(0.0);
        let mb: u64 = parts.next().unwrap_or("0").parse().unwrap_or(0);
        let detail = parts.next().unwrap_or("");
        let ok = if t <= *target_s && mb <= *target_mb {
            "ok"
        } else {
            "MISSED"
        };
        println!(
            "{name:<14} {t:>9.3} {target_s:>8.1} {mb:>9} {target_mb:>8}  {ok} {what}; {detail}"
        );
    }
}

/// Peak resident memory of this process in MB (Linux; 0 elsewhere).
fn peak_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write fixture");
}

const TABLE_HEADER: &str = "id,naam,domein,laag,rapporteert_aan\n";
const PARTY_HEADER: &str = "id,naam,soort,werkgebied,hoort_bij\n";
const KINDS: [&str; 3] = ["gemeente", "woningcorporatie", "zorgaanbieder"];

/// Imports (and with `analysed`, analyses) the folder; the time covers both.
fn import(dir: &Path, analysed: bool) -> (Duration, String) {
    let start = Instant::now();
    let (map, detail) = match load_map(dir) {
        Ok(l) => (Some(l.map), format!("{} warnings", l.warnings.len())),
        Err(f) => (
            None,
            format!("{} errors, {} warnings", f.errors.len(), f.warnings.len()),
        ),
    };
    if analysed && let Some(map) = &map {
        let imported = start.elapsed();
        let (a, phases) = analyse_profiled(map, &Thresholds::default(), true);
        // The slow phases, so a regression points at its cause.
        let mut phases = phases;
        phases.sort_by_key(|p| std::cmp::Reverse(p.1));
        let slow: Vec<String> = phases
            .iter()
            .filter(|p| p.1.as_secs_f64() >= 0.02)
            .take(8)
            .map(|(name, d)| format!("{name} {:.2}s", d.as_secs_f64()))
            .collect();
        return (
            start.elapsed(),
            format!(
                "{detail}, {} findings, {} actions{}; import {:.2}s, slowest: {}",
                a.findings.len(),
                a.actions.len(),
                if a.actions_skipped {
                    " (skipped: too large)"
                } else {
                    ""
                },
                imported.as_secs_f64(),
                slow.join(", ")
            ),
        );
    }
    (start.elapsed(), detail)
}

/// `n` divided by `STRESS_SCALE` (default 1), to look into a case at a smaller size.
fn scaled(n: usize) -> usize {
    let scale: usize = std::env::var("STRESS_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    (n / scale.max(1)).max(10)
}

fn run_case(case: &str) -> (Duration, String) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    match case {
        "synthetic-340" => {
            use netwerkkaart_core::export::{CsvOptions, write_csv_folder};
            use netwerkkaart_core::synthetic::{Config, DEFAULT_SEED, generate};
            let map = generate(&Config {
                gemeenten: 340,
                seed: DEFAULT_SEED,
            });
            write_csv_folder(&map, dir, &CsvOptions::default()).expect("export");
            // The best of three, so a busy machine disturbs the figure less.
            let runs: Vec<(Duration, String)> = (0..3).map(|_| import(dir, false)).collect();
            let best = runs.iter().map(|r| r.0).min().unwrap_or_default();
            // Where an analysis of a real province spends its time, for the record.
            let (_, analysed) = import(dir, true);
            (best, format!("{}; analysed once: {analysed}", runs[0].1))
        }
        "big-table" => {
            let n = scaled(20_000);
            let mut parties = PARTY_HEADER.to_string();
            let mut members = "tafel,partij\n".to_string();
            for i in 0..n {
                // A region has a handful of municipalities and many other members.
                let kind = if i < 10 { KINDS[0] } else { KINDS[1 + i % 2] };
                let _ = writeln!(parties, "p{i},Organisatie {i},{kind},,");
                let _ = writeln!(members, "t,p{i}");
            }
            write(dir, "partijen.csv", &parties);
            write(
                dir,
                "tafels.csv",
                &format!("{TABLE_HEADER}t,Grote tafel,casus,tactisch,\n"),
            );
            write(dir, "deelnames.csv", &members);
            import(dir, true)
        }
        "chain" | "ring" => {
            let n = scaled(100_000);
            let mut tables = TABLE_HEADER.to_string();
            let mut members = "tafel,partij\n".to_string();
            for i in 0..n {
                let up = if i + 1 < n {
                    format!("t{}", i + 1)
                } else if case == "ring" {
                    "t0".to_string()
                } else {
                    String::new()
                };
                let _ = writeln!(tables, "t{i},Tafel {i},casus,tactisch,{up}");
                let _ = writeln!(members, "t{i},p{}", i % 3);
            }
            let parties: String = (0..3)
                .map(|i| format!("p{i},Partij {i},{},,\n", KINDS[i]))
                .collect();
            write(dir, "partijen.csv", &format!("{PARTY_HEADER}{parties}"));
            write(dir, "tafels.csv", &tables);
            write(dir, "deelnames.csv", &members);
            import(dir, true)
        }
        "parties" | "hoort-bij" => {
            let n = scaled(100_000);
            let mut parties = PARTY_HEADER.to_string();
            let mut members = "tafel,partij\n".to_string();
            for i in 0..n {
                let parent = if case == "hoort-bij" && i > 0 {
                    format!("p{}", i - 1)
                } else {
                    String::new()
                };
                let _ = writeln!(parties, "p{i},Partij {i},{},,{parent}", KINDS[i % 3]);
                let _ = writeln!(members, "t{},p{i}", i / 10);
            }
            let mut tables = TABLE_HEADER.to_string();
            for t in 0..n / 10 {
                let _ = writeln!(tables, "t{t},Tafel {t},casus,tactisch,");
            }
            write(dir, "partijen.csv", &parties);
            write(dir, "tafels.csv", &tables);
            write(dir, "deelnames.csv", &members);
            import(dir, false)
        }
        "dangling" => {
            let n = scaled(100_000);
            let mut parties = PARTY_HEADER.to_string();
            let mut members = "tafel,partij\n".to_string();
            for i in 0..n {
                let _ = writeln!(parties, "p{i},Organisatie {i},{},,", KINDS[i % 3]);
                let _ = writeln!(members, "t,q{i}");
            }
            write(dir, "partijen.csv", &parties);
            write(
                dir,
                "tafels.csv",
                &format!("{TABLE_HEADER}t,Tafel,casus,tactisch,\n"),
            );
            write(dir, "deelnames.csv", &members);
            import(dir, false)
        }
        "wide-line" => {
            let mut parties = PARTY_HEADER.to_string();
            parties.push_str("p0,Partij 0,gemeente,,");
            parties.push_str(&",x".repeat(3_000_000));
            parties.push('\n');
            write(dir, "partijen.csv", &parties);
            write(
                dir,
                "tafels.csv",
                &format!("{TABLE_HEADER}t,Tafel,casus,tactisch,\n"),
            );
            write(dir, "deelnames.csv", "tafel,partij\nt,p0\n");
            import(dir, false)
        }
        other => panic!("unknown case {other}"),
    }
}
