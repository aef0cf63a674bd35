//! Prints where the time goes when analysing a map: import, then each phase of the analysis.
//!
//! ```text
//! cargo run --release --example synthetic -- --gemeenten 60 --out /tmp/syn60
//! cargo run --release --example profile_analysis -- /tmp/syn60
//! ```

use netwerkkaart::analysis::{Thresholds, analyse_profiled};
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("geef een kaart"))?;
    let start = Instant::now();
    let loaded = netwerkkaart::import::load_map(std::path::Path::new(&path))
        .map_err(|f| anyhow::anyhow!("{f}"))?;
    let import = start.elapsed();
    let m = &loaded.map;
    println!(
        "{path}: {} partijen, {} personen, {} tafels, {} deelnames",
        m.parties.len(),
        m.persons.len(),
        m.tables.len(),
        m.memberships.len()
    );
    println!("  {:<40} {import:?}", "import");
    let start = Instant::now();
    let dups = netwerkkaart::import::near_duplicates(m);
    println!(
        "  {:<40} {:?} ({} groepen)",
        "  waarvan bijna-dubbele namen",
        start.elapsed(),
        dups.len()
    );
    let start = Instant::now();
    let (a, laps) = analyse_profiled(m, &Thresholds::default(), true);
    let total = start.elapsed();
    for (phase, d) in &laps {
        println!("  {phase:<40} {d:?}");
    }
    println!(
        "  {:<40} {total:?} ({} bevindingen)",
        "analyse total",
        a.findings.len()
    );
    Ok(())
}
