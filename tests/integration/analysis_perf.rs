//! Timing of `analyse` on generated regions. Ignored by default (timings need `--release`):
//! `cargo test --release --test analysis_perf -- --ignored --nocapture`.

use crate::support::analysis_fixtures as fixtures;

use netwerkkaart::analysis::{Thresholds, analyse_profiled};
use std::time::Duration;

fn report(name: &str, m: &netwerkkaart::model::Map, centralities: bool) -> Duration {
    let nodes = m.parties.len() + m.persons.len() + m.tables.len();
    let (a, laps) = analyse_profiled(m, &Thresholds::default(), centralities);
    let heavy = ["metrics_graph", "betweenness", "closeness", "components"];
    let total: Duration = laps.iter().map(|l| l.1).sum();
    let ours: Duration = laps
        .iter()
        .filter(|l| !heavy.contains(&l.0))
        .map(|l| l.1)
        .sum();
    println!(
        "{name}: {nodes} nodes, {} memberships, {} findings; total {total:?}, without centralities {ours:?}",
        m.memberships.len(),
        a.findings.len()
    );
    for (phase, d) in &laps {
        println!("  {phase:<40} {d:?}");
    }
    let mut counts = std::collections::BTreeMap::new();
    for f in &a.findings {
        *counts
            .entry((f.kind.name(), format!("{:?}", f.severity)))
            .or_insert(0) += 1;
    }
    println!("  findings: {counts:?}");
    ours
}

#[test]
fn generated_region_is_analysed() {
    // Not a timing: the generator's map analyses and yields sane output in a debug build too.
    let m = fixtures::region(2, 4);
    let (a, _) = analyse_profiled(&m, &Thresholds::default(), true);
    let (b, _) = analyse_profiled(&m, &Thresholds::default(), false);
    // Without centralities only the figures of betweenness and closeness differ.
    assert_eq!(a.triangles, b.triangles);
    assert!(
        b.metrics
            .nodes
            .iter()
            .all(|n| n.betweenness == 0.0 && n.closeness == 0.0)
    );
    assert_eq!(
        a.metrics
            .nodes
            .iter()
            .map(|n| (&n.id, n.degree, n.articulation))
            .collect::<Vec<_>>(),
        b.metrics
            .nodes
            .iter()
            .map(|n| (&n.id, n.degree, n.articulation))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        a.metrics.nodes.len(),
        m.parties.len() + m.persons.len() + m.tables.len()
    );
    assert_eq!(a.triangles.len(), 3 * (1 + 2));
}

#[test]
#[ignore]
fn ten_municipalities() {
    let m = fixtures::region(10, 30);
    report("10 gemeenten", &m, true);
}

#[test]
#[ignore]
fn large_region() {
    // About 26 000 nodes. The centralities are left out: they belong to `metrics` and its own
    // benchmarks; this times everything else.
    let m = fixtures::region(400, 20);
    report("400 gemeenten", &m, false);
}
