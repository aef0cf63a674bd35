//! The fuzz targets of `fuzz/` on a stable compiler: the seed corpus plus seeded random
//! mutations (byte flips, inserts, deletions, copies, splices and tokens such as separators,
//! BOMs, odd bytes and formula starts), a fixed number per target. A panic stops the run with
//! the input in `<temp>/netwerkkaart-fuzz-crash.bin`.
//!
//! ```text
//! cargo run --release -p netwerkkaart-core --features fuzzing --example fuzz_stable -- [MUTATIONS] [SEED]
//! ```

use netwerkkaart_core::fuzz::{TARGETS, run_mutations, seed_corpus};
use std::path::Path;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mutations: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(11);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (name, target) in TARGETS {
        let seeds = seed_corpus(&repo, name);
        let start = Instant::now();
        let runs = run_mutations(target, &seeds, mutations, seed);
        println!(
            "{name}: {} seeds, {runs} executions, no panic, {:.1} s",
            seeds.len(),
            start.elapsed().as_secs_f64()
        );
    }
}
