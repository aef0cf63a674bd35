//! Writes a synthetic region as a map folder of CSVs, or times the metrics on synthetic
//! regions of growing size.
//!
//! ```text
//! cargo run --release --example synthetic -- --gemeenten 60 --out DIR [--seed N]
//! cargo run --release --example synthetic -- --bench [--sizes 10,60,340]
//! ```
//!
//! The CSVs use the canonical Dutch headers of `spec/data-format.md`, comma-separated, UTF-8,
//! so that `scripts/networkx_reference.py` and `scripts/compare_networkx_igraph.py` can read
//! the very same map as the Rust code.

use netwerkkaart::analysis::metrics;
use netwerkkaart::export::{CsvOptions, write_csv_folder};
use netwerkkaart::graph::{member_graph, metrics_graph};
use netwerkkaart::synthetic::{Config, DEFAULT_SEED, generate};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut gemeenten = 60usize;
    let mut seed = DEFAULT_SEED;
    let mut out: Option<PathBuf> = None;
    let mut bench = false;
    let mut sizes = vec![10usize, 60, 340];
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gemeenten" => gemeenten = args.next().ok_or("--gemeenten N")?.parse()?,
            "--seed" => seed = args.next().ok_or("--seed N")?.parse()?,
            "--out" => out = Some(args.next().ok_or("--out DIR")?.into()),
            "--bench" => bench = true,
            "--sizes" => {
                sizes = args
                    .next()
                    .ok_or("--sizes 10,60,340")?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    if bench {
        run_bench(&sizes, seed);
        return Ok(());
    }
    let out = out.ok_or("give --out DIR or --bench")?;
    let map = generate(&Config { gemeenten, seed });
    std::fs::create_dir_all(&out)?;
    write_csv_folder(&map, &out, &CsvOptions::default())?;
    let g = metrics_graph(&map);
    println!(
        "{}: {} partijen, {} personen, {} tafels, {} deelnames, {} relaties; metrics graph {} nodes, {} edges",
        out.display(),
        map.parties.len(),
        map.persons.len(),
        map.tables.len(),
        map.memberships.len(),
        map.relations.len(),
        g.len(),
        g.edge_count()
    );
    Ok(())
}

/// Milliseconds of the fastest of `reps` runs of `f`, and its last result.
fn time<T>(reps: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..reps.max(1) {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        last = Some(r);
    }
    (best, last.expect("at least one run"))
}

/// CPU time of this process so far (all threads), in ms, from `/proc/self/stat` (Linux;
/// ticks of 1/100 s, the kernel's USER_HZ); `None` elsewhere. On a shared machine this is
/// the figure that does not depend on what else runs: divided by the thread count it is
/// the wall time the phase would take with the cores to itself.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) * 10.0)
}

fn run_bench(sizes: &[usize], seed: u64) {
    println!(
        "threads: {}; wall times in ms, best of several runs (two for 200+ municipalities); cpu ms = CPU time of all threads per run of betweenness+closeness",
        rayon::current_num_threads()
    );
    println!(
        "{:>9} {:>7} {:>7} {:>9} {:>8} {:>8} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9}",
        "gemeenten",
        "nodes",
        "edges",
        "generate",
        "graph",
        "member",
        "betw+clos",
        "(cpu ms)",
        "closeness",
        "cut(met)",
        "cut(mem)",
        "compon."
    );
    for &n in sizes {
        let reps = if n >= 200 { 2 } else { 7 };
        let (t_gen, map) = time(reps, || generate(&Config { gemeenten: n, seed }));
        let (t_graph, g) = time(reps, || metrics_graph(&map));
        let (t_member, mg) = time(reps, || member_graph(&map));
        let cpu0 = cpu_ms();
        let (t_central, (bc, _)) = time(reps, || metrics::centralities(&g));
        let cpu_central = match (cpu0, cpu_ms()) {
            (Some(a), Some(b)) => format!("{:.0}", (b - a) / reps as f64),
            _ => "-".to_string(),
        };
        let (t_close, _) = time(reps, || metrics::closeness(&g));
        let (t_cut, (art, _)) = time(reps, || metrics::cut_structure(&g));
        let (t_cut_m, _) = time(reps, || metrics::cut_structure(&mg));
        let (t_comp, comp) = time(reps, || metrics::components(&g));
        println!(
            "{n:>9} {:>7} {:>7} {t_gen:>9.1} {t_graph:>8.2} {t_member:>8.2} {t_central:>10.1} {cpu_central:>10} {t_close:>9.1} {t_cut:>9.2} {t_cut_m:>9.2} {t_comp:>9.2}",
            g.len(),
            g.edge_count()
        );
        let top = bc.iter().cloned().fold(0.0, f64::max);
        let comps = comp.iter().max().map_or(0, |&c| c + 1);
        eprintln!(
            "    (max betweenness {top:.4}, {} articulation points, {comps} components)",
            art.iter().filter(|&&a| a).count()
        );
    }
}
