//! Times the comparison of two versions of a synthetic region: the second with about 5% of its
//! rows changed (table domains and frequencies, seats removed and added, parties renamed).
//!
//! ```text
//! cargo run --release --example compare_bench -- [--gemeenten 340] [--cli target/release/netwerkkaart]
//! ```
//!
//! In-process it reports the two analyses and the comparison apart; with `--cli` it also writes
//! both maps as CSV folders and times `netwerkkaart vergelijk OUD NIEUW --format json` whole
//! (target: under 2 s for 340 municipalities).

use netwerkkaart::analysis::Thresholds;
use netwerkkaart::compare::{analyse_side, compare, compare_analysed};
use netwerkkaart::export::{CsvOptions, write_csv_folder};
use netwerkkaart::model::{Domain, Map, Set};
use netwerkkaart::synthetic::{Config, generate};
use std::path::PathBuf;
use std::time::Instant;

/// Changes about one row in twenty, deterministically.
fn changed(map: &Map) -> Map {
    let mut m = map.clone();
    for (i, t) in m.tables.iter_mut().enumerate() {
        if i % 20 == 3 {
            t.domains = Set::one(Domain::Leefomgeving);
        }
        if i % 20 == 7 {
            t.frequency = Some(t.frequency.unwrap_or(4.0) + 2.0);
        }
    }
    let seats = m.memberships.len();
    let mut i = 0;
    m.memberships.retain(|_| {
        i += 1;
        i % 40 != 0
    });
    let extra: Vec<_> = (0..seats / 40)
        .filter_map(|k| {
            let t = &map.tables[(k * 7) % map.tables.len()];
            let p = &map.parties[(k * 13) % map.parties.len()];
            let mut s = map.memberships.first()?.clone();
            s.table = t.id.clone();
            s.party = p.id.clone();
            s.person = None;
            Some(s)
        })
        .collect();
    m.memberships.extend(extra);
    let renamed: Vec<(String, String)> = m
        .parties
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 50 == 11)
        .map(|(_, p)| (p.id.clone(), format!("{}-nieuw", p.id)))
        .collect();
    for (old, new) in &renamed {
        let fix = |s: &mut String| {
            if s == old {
                s.clone_from(new);
            }
        };
        for p in &mut m.parties {
            fix(&mut p.id);
            p.werkgebied.iter_mut().for_each(fix);
            p.parent.iter_mut().for_each(fix);
        }
        for t in &mut m.tables {
            t.werkgebied.iter_mut().for_each(fix);
        }
        m.memberships.iter_mut().for_each(|s| fix(&mut s.party));
        m.persons.iter_mut().for_each(|s| fix(&mut s.party));
        for r in &mut m.relations {
            fix(&mut r.from);
            fix(&mut r.to);
        }
    }
    m
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut gemeenten, mut cli) = (340usize, None::<PathBuf>);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gemeenten" => gemeenten = args.next().ok_or("--gemeenten N")?.parse()?,
            "--cli" => cli = Some(args.next().ok_or("--cli PATH")?.into()),
            other => return Err(format!("onbekend argument {other}").into()),
        }
    }
    let old = generate(&Config::new(gemeenten));
    let new = changed(&old);
    let t = Thresholds::default();
    let start = Instant::now();
    let (a, b) = (analyse_side(&old, &t), analyse_side(&new, &t));
    let analyses = start.elapsed();
    let start = Instant::now();
    let c = compare_analysed(&old, &a, &new, &b);
    let diff = start.elapsed();
    let start = Instant::now();
    let _ = compare(&old, &new, &t);
    let whole = start.elapsed();
    println!(
        "{gemeenten} gemeenten, {} partijen, {} tafels, {} deelnames: analyses {:.0} ms (na elkaar), \
         vergelijking {:.1} ms, samen parallel {:.0} ms",
        old.parties.len(),
        old.tables.len(),
        old.memberships.len(),
        analyses.as_secs_f64() * 1e3,
        diff.as_secs_f64() * 1e3,
        whole.as_secs_f64() * 1e3
    );
    println!(
        "  hernoemd {}, tafels gewijzigd {}, deelnames +{} -{}, ontmoetingen +{} -{}, \
         driehoeken {}, bevindingen opgelost {} nieuw {}",
        c.parties.renamed.len(),
        c.tables.changed.len(),
        c.memberships.added.len(),
        c.memberships.removed.len(),
        c.meetings.gained.len(),
        c.meetings.lost.len(),
        c.triangles.len(),
        c.findings.resolved.len(),
        c.findings.new.len()
    );
    if let Some(bin) = cli {
        let dir = std::env::temp_dir().join(format!("nk-compare-{}", std::process::id()));
        let (d_old, d_new) = (dir.join("oud"), dir.join("nieuw"));
        write_csv_folder(&old, &d_old, &CsvOptions::default())?;
        write_csv_folder(&new, &d_new, &CsvOptions::default())?;
        let start = Instant::now();
        let out = std::process::Command::new(&bin)
            .args(["vergelijk"])
            .arg(&d_old)
            .arg(&d_new)
            .args(["--format", "json"])
            .output()?;
        let took = start.elapsed();
        std::fs::remove_dir_all(&dir).ok();
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
        }
        println!(
            "  netwerkkaart vergelijk (heel proces, CSV inlezen inbegrepen): {:.0} ms",
            took.as_secs_f64() * 1e3
        );
    }
    Ok(())
}
