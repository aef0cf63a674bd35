//! Frame time while panning a synthetic map of 5,000 nodes, measured headless: the egui frame
//! (our culling, painting and label placement) plus egui's tessellation of what was painted
//! (GPU upload and rasterisation are not included); and what an edit costs the UI thread on that
//! map, with the analysis in the background. Run with
//! `cargo test --release --test app_perf -- --ignored --nocapture`.

use egui_kittest::Harness;
use netwerkkaart::app::{App, Launch, Settings};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The app on a synthetic region of 65 municipalities (about 5,000 nodes: parties, persons and
/// tables), saved as a project in `dir`; recovery files go to `dir` too.
fn synthetic_app(dir: &std::path::Path) -> (Harness<'static, App>, netwerkkaart::model::Map) {
    let path = dir.join("groot.netwerkkaart");
    let map = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config {
        gemeenten: 65,
        seed: netwerkkaart::synthetic::DEFAULT_SEED,
    });
    netwerkkaart::project::save(&map, &path).expect("save");
    let launch = Launch {
        map: Some(path),
        view: Some(netwerkkaart::app::View::Netwerk),
        recovery_dir: Some(dir.to_path_buf()),
        ..Launch::default()
    };
    let h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(10_000)
        .build_eframe(move |_cc| {
            App::with_settings(Settings::default(), launch, Arc::new(Mutex::new(None)))
        });
    (h, map)
}

#[test]
#[ignore = "a measurement, not a check; run by hand in release mode"]
fn pan_5000_nodes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, map) = synthetic_app(dir.path());
    println!(
        "{} nodes",
        map.parties.len() + map.persons.len() + map.tables.len()
    );
    for persons in [false, true] {
        if let Some(doc) = h.state_mut().document.as_mut() {
            doc.block_on_layout();
            doc.filter.persons = persons;
            doc.mark_scene_dirty();
        }
        h.state_mut().canvas.request_fit();
        h.run_steps(3);
        let visible = h.state().canvas.drawn_nodes;
        let frames = 60;
        let (mut frame_s, mut tess_s) = (0.0f64, 0.0f64);
        for i in 0..frames {
            let dx = if (i / 15) % 2 == 0 { 12.0 } else { -12.0 };
            h.state_mut().canvas.pan_by(egui::vec2(dx, 3.0));
            let t = Instant::now();
            h.step();
            frame_s += t.elapsed().as_secs_f64();
            let shapes = h.output().shapes.clone();
            let ppp = h.output().pixels_per_point;
            let t = Instant::now();
            let prims = h.ctx.tessellate(shapes, ppp);
            tess_s += t.elapsed().as_secs_f64();
            assert!(!prims.is_empty());
        }
        let paint = h.state().canvas.paint_ms;
        println!(
            "persons={persons} visible nodes={visible} labels={} : frame {:.2} ms + tessellate {:.2} ms (canvas paint {:.2} ms)",
            h.state().canvas.drawn_labels,
            frame_s * 1000.0 / frames as f64,
            tess_s * 1000.0 / frames as f64,
            paint
        );
    }
}

#[test]
#[ignore = "a measurement, not a check; run by hand in release mode"]
fn edit_5000_nodes() {
    use netwerkkaart::app::Command;
    use netwerkkaart::edit::Edit;
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, map) = synthetic_app(dir.path());
    let (table, party) = (map.tables[0].id.clone(), map.parties[5].id.clone());
    h.state_mut().document.as_mut().unwrap().block_on_layout();
    h.run_steps(3);
    let nodes = h.state().document.as_ref().unwrap().graph().len();
    for round in 0..3 {
        let edit = Edit::AddMembership(netwerkkaart::model::Membership {
            table: table.clone(),
            party: party.clone(),
            person: None,
            role: netwerkkaart::model::Role::Lid,
            attributes: vec![],
        });
        let t0 = Instant::now();
        h.state_mut().run(Command::Edit(edit));
        let ui_thread = t0.elapsed();
        let t1 = Instant::now();
        h.step();
        let frame = t1.elapsed();
        h.state_mut().document.as_mut().unwrap().block_on_analysis();
        let analysed = t0.elapsed();
        h.state_mut().run(Command::Undo);
        h.state_mut().document.as_mut().unwrap().block_on_analysis();
        println!(
            "round {round}: {nodes} nodes — edit on the UI thread {:.1} ms, next frame {:.1} ms, \
             analysis ready after {:.1} ms",
            ui_thread.as_secs_f64() * 1e3,
            frame.as_secs_f64() * 1e3,
            analysed.as_secs_f64() * 1e3
        );
    }
}
