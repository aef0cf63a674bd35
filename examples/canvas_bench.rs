//! The CPU side of a frame of the Netwerk view while panning: the egui frame of the app's real
//! canvas (culling, painting, label placement) plus `ctx.tessellate` of what it painted, on a
//! synthetic region. GPU upload and rasterisation are not included.
//!
//! ```text
//! cargo run --release --example canvas_bench [-- --gemeenten 65] [--map DIR] [--frames 120]
//!     [--no-persons] [--collapse] [--no-cache]
//! ```
//!
//! `--no-cache` paints every frame anew (edges, nodes and label placement, as the canvas did
//! before its geometry was cached), for comparison.
//!
//! The default, 65 municipalities with persons drawn, fitted into a 1600 × 1000 window, puts
//! about 5,000 nodes on screen. `--map DIR` reads a map folder (for example one written by
//! `cargo run --release --example synthetic -- --gemeenten 340 --out /tmp/region340`) instead.
//! Prints the frame time (median and 95th percentile) for pan frames and for zoom frames.

use egui_kittest::Harness;
use netwerkkaart::app::{App, Launch, Settings, View};
use netwerkkaart::synthetic::{Config, DEFAULT_SEED, generate};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

struct Args {
    gemeenten: usize,
    map: Option<PathBuf>,
    frames: usize,
    persons: bool,
    collapse: bool,
    cache: bool,
}

fn args() -> Result<Args, Box<dyn std::error::Error>> {
    let mut a = Args {
        gemeenten: 65,
        map: None,
        frames: 120,
        persons: true,
        collapse: false,
        cache: true,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--gemeenten" => a.gemeenten = it.next().ok_or("--gemeenten N")?.parse()?,
            "--map" => a.map = Some(it.next().ok_or("--map DIR")?.into()),
            "--frames" => a.frames = it.next().ok_or("--frames N")?.parse()?,
            "--no-persons" => a.persons = false,
            "--collapse" => a.collapse = true,
            "--no-cache" => a.cache = false,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    Ok(a)
}

/// Median and 95th percentile of `ms`.
fn stats(ms: &mut [f64]) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

/// One measured frame: the app's frame, then the tessellation of its shapes; in ms.
fn frame(h: &mut Harness<'static, App>) -> (f64, f64) {
    let t = Instant::now();
    h.step();
    let ui = t.elapsed().as_secs_f64() * 1e3;
    let shapes = h.output().shapes.clone();
    let ppp = h.output().pixels_per_point;
    let t = Instant::now();
    let prims = h.ctx.tessellate(shapes, ppp);
    let tess = t.elapsed().as_secs_f64() * 1e3;
    assert!(!prims.is_empty(), "nothing painted");
    (ui, tess)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = args()?;
    let dir = tempfile::tempdir()?;
    let path = match &a.map {
        Some(p) => p.clone(),
        None => {
            let map = generate(&Config {
                gemeenten: a.gemeenten,
                seed: DEFAULT_SEED,
            });
            let p = dir.path().join("regio.netwerkkaart");
            netwerkkaart::project::save(&map, &p)?;
            p
        }
    };
    let launch = Launch {
        map: Some(path.clone()),
        view: Some(View::Netwerk),
        recovery_dir: Some(dir.path().to_path_buf()),
        ..Launch::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(10_000)
        .build_eframe(move |_cc| {
            App::with_settings(Settings::default(), launch, Arc::new(Mutex::new(None)))
        });
    let doc = h
        .state_mut()
        .document
        .as_mut()
        .ok_or("the map did not open")?;
    doc.block_on_layout();
    doc.filter.persons = a.persons;
    if !a.collapse {
        doc.filter.collapse = None;
    }
    doc.mark_scene_dirty();
    let nodes = doc.graph().len();
    h.state_mut().canvas.tooltips = false;
    h.state_mut().canvas.cache = a.cache;
    h.state_mut().canvas.request_fit();
    h.run_steps(4);
    println!(
        "{}: {nodes} nodes in the graph; {} drawn, {} labels",
        path.display(),
        h.state().canvas.drawn_nodes,
        h.state().canvas.drawn_labels
    );
    for kind in ["pan", "zoom"] {
        let (mut total, mut ui, mut tess) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..a.frames {
            let sign = if (i / 15) % 2 == 0 { 1.0 } else { -1.0 };
            match kind {
                "pan" => h.state_mut().canvas.pan_by(egui::vec2(12.0 * sign, 3.0)),
                _ => h.state_mut().canvas.zoom_by(1.0 + 0.02 * sign),
            }
            let (u, t) = frame(&mut h);
            ui.push(u);
            tess.push(t);
            total.push(u + t);
        }
        let (tm, tp) = stats(&mut total);
        let (um, _) = stats(&mut ui);
        let (sm, _) = stats(&mut tess);
        println!(
            "{kind}: {} nodes drawn, {} labels, {} vertices — frame {tm:.2} ms median, {tp:.2} ms p95 \
             (egui frame {um:.2} ms + tessellate {sm:.2} ms, medians; {} frames)",
            h.state().canvas.drawn_nodes,
            h.state().canvas.drawn_labels,
            h.state().canvas.vertices_drawn(),
            a.frames
        );
    }
    Ok(())
}
