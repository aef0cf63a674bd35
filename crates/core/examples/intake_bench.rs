//! Measures the inventory (`samenvoegen`, issue 14) at regional size: a synthetic
//! 60-municipality region is cut into one submission per partner (what the region's map says
//! about that party, as `template --voor` would write it), and the submissions are combined
//! again.
//!
//! ```text
//! cargo run --release -p netwerkkaart-core --features synthetic --example intake_bench -- \
//!     [--gemeenten 60] [--partners 100]
//! ```
//!
//! Two runs: from files (CSV folders on disk, read with the importer, combined, the project
//! written: the whole of `samenvoegen`), and in memory with every id replaced by one private
//! to its source, so that only names can match — the case of partners who fill in no ids.
//! Target: 100 partner files of a 60-municipality region under 2 s.

use netwerkkaart_core::analysis::{Thresholds, analyse};
use netwerkkaart_core::export::{Output, write_output};
use netwerkkaart_core::i18n::Lang;
use netwerkkaart_core::intake::{Submission, combine, combine_paths, partner_map};
use netwerkkaart_core::model::Map;
use netwerkkaart_core::synthetic::{Config, generate};
use std::collections::{BTreeSet, HashMap};
use std::time::Instant;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The partners: the parties with the most seats, as a programme leader would ask first.
fn partners(map: &Map, n: usize) -> Vec<String> {
    let mut seats: HashMap<&str, usize> = HashMap::new();
    for m in &map.memberships {
        *seats.entry(m.party.as_str()).or_default() += 1;
    }
    let mut ids: Vec<&str> = map.parties.iter().map(|p| p.id.as_str()).collect();
    ids.sort_by_key(|id| (std::cmp::Reverse(seats.get(id).copied().unwrap_or(0)), *id));
    ids.into_iter().take(n).map(str::to_string).collect()
}

/// The submission with every id made private to the source and marked as derived.
fn without_ids(name: &str, mut map: Map) -> Submission {
    let p = |id: &mut String| *id = format!("{name}:{id}");
    let mut derived = BTreeSet::new();
    for x in &mut map.parties {
        p(&mut x.id);
        derived.insert(x.id.clone());
        x.werkgebied.iter_mut().for_each(p);
        x.parent.iter_mut().for_each(p);
    }
    for x in &mut map.persons {
        p(&mut x.id);
        derived.insert(x.id.clone());
        p(&mut x.party);
    }
    for x in &mut map.tables {
        p(&mut x.id);
        derived.insert(x.id.clone());
        x.werkgebied.iter_mut().for_each(p);
        x.reports_to.iter_mut().for_each(p);
    }
    for x in &mut map.memberships {
        p(&mut x.table);
        p(&mut x.party);
        x.person.iter_mut().for_each(p);
    }
    for x in &mut map.relations {
        p(&mut x.from);
        p(&mut x.to);
    }
    Submission {
        name: name.to_string(),
        map,
        derived,
        implicit: BTreeSet::new(),
        date: None,
    }
}

fn main() {
    let gemeenten = arg("--gemeenten", 60);
    let n = arg("--partners", 100);
    let region = generate(&Config::new(gemeenten));
    let who = partners(&region, n);
    // Partners name their file after themselves, as the spec's own-party rule expects.
    let mut taken = BTreeSet::new();
    let subs: Vec<(String, Map)> = who
        .iter()
        .filter_map(|id| {
            let name = netwerkkaart_core::import::slug(region.name_of(id));
            taken
                .insert(name.clone())
                .then(|| (name, partner_map(&region, id)))
        })
        .collect();
    let reports: HashMap<&str, usize> = subs
        .iter()
        .flat_map(|(_, m)| m.tables.iter().map(|t| t.id.as_str()))
        .fold(HashMap::new(), |mut acc, t| {
            *acc.entry(t).or_default() += 1;
            acc
        });
    let mut per_table: Vec<usize> = reports.values().copied().collect();
    per_table.sort_unstable();
    println!(
        "region: {gemeenten} municipalities, {} parties, {} tables; {} partners describe {} tables, median {} reports per table",
        region.parties.len(),
        region.tables.len(),
        subs.len(),
        reports.len(),
        per_table.get(per_table.len() / 2).copied().unwrap_or(0)
    );
    let dir = std::env::temp_dir().join(format!("intake-bench-{}", std::process::id()));
    let mut paths = Vec::new();
    for (id, m) in &subs {
        let path = dir.join(id);
        let a = analyse(m, &Thresholds::default());
        write_output(
            m,
            &a,
            &path,
            &Output::CsvFolder { excel: true },
            false,
            Lang::Nl,
        )
        .expect("write partner folder");
        paths.push(path);
    }
    let start = Instant::now();
    let combined = combine_paths(&paths, "bench").expect("combine");
    netwerkkaart_core::project::save(&combined.map, &dir.join("regio.netwerkkaart")).expect("save");
    let files = start.elapsed();
    println!(
        "from {} CSV folders (Dutch Excel dialect): read + combine + save {:.0} ms → {} parties, {} tables, {} seats; {} conflicts, {} unconfirmed, {} to review",
        paths.len(),
        files.as_secs_f64() * 1000.0,
        combined.map.parties.len(),
        combined.map.tables.len(),
        combined.map.memberships.len(),
        combined.report.conflicts.len(),
        combined.report.unconfirmed.len(),
        combined.report.review.len()
    );
    for c in combined.report.conflicts.iter().take(3) {
        println!("  conflict: {} {} {:?}", c.id, c.field, c.values);
    }
    for u in combined.report.unconfirmed.iter().take(3) {
        println!(
            "  unconfirmed: {} at {} by {:?}",
            u.party, u.table, u.reported_by
        );
    }
    for r in combined
        .report
        .review
        .iter()
        .step_by(combined.report.review.len() / 8 + 1)
    {
        println!("  review: {} {:?}", r.kind, r.names);
    }
    let anonymous: Vec<Submission> = subs
        .into_iter()
        .map(|(id, m)| without_ids(&id, m))
        .collect();
    let start = Instant::now();
    let by_name = combine(&anonymous, "bench");
    let names = start.elapsed();
    println!(
        "in memory, names only: combine {:.0} ms → {} parties (region {}), {} tables, {} seats; {} to review",
        names.as_secs_f64() * 1000.0,
        by_name.map.parties.len(),
        region.parties.len(),
        by_name.map.tables.len(),
        by_name.map.memberships.len(),
        by_name.report.review.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
