//! The app after a crash and while idle (issue 11): autosave fires within a minute of an edit
//! even when nothing else draws a frame, and the recovery offer appears also when the app is
//! started with the map's path (a double-click).

use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::Command;
use netwerkkaart::edit::Edit;
use std::time::Duration;

use crate::support::app_harness as harness;

use harness::{harness, recovery_dir, region_file};

#[test]
fn an_idle_window_asks_for_a_frame_when_the_autosave_is_due() {
    let dir = recovery_dir();
    let (_map_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::SetTitle("Nog niet bewaard".into())));
    // Let everything else (layout, animations) settle first.
    h.run_steps(40);
    // Without input an egui window sleeps until a repaint is due: one must be asked for.
    let delay = h
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay);
    assert!(
        delay.is_some_and(|d| d <= Duration::from_secs(60)),
        "a repaint within the autosave period: {delay:?} {:?}",
        h.ctx.repaint_causes()
    );
    // A minute of frames later (each step is a quarter second) the edit is in a recovery file.
    h.run_steps(245);
    let ours: Vec<_> = netwerkkaart::recovery::pending(dir, None)
        .into_iter()
        .filter(|r| r.source.as_deref() == Some(path.as_path()))
        .collect();
    assert_eq!(ours.len(), 1, "autosaved");
    assert_eq!(ours[0].map.title, "Nog niet bewaard");
    if let Some(a) = h
        .state()
        .document
        .as_ref()
        .and_then(|d| d.autosave.as_ref())
    {
        a.discard();
    }
}

#[test]
fn starting_with_the_map_path_offers_its_recovery_first() {
    let (_map_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::SetTitle("Na de crash".into())));
    h.state_mut().autosave_now();
    // Simulated crash, then a double-click on the same map.
    drop(h);
    let mut h = harness(Some(path.clone()));
    assert!(
        h.state().document.is_none(),
        "the old file is not opened past the work that can be recovered"
    );
    assert_eq!(
        h.state().start.recoverable[0].source.as_deref(),
        Some(path.as_path()),
        "this map's recovery is offered first"
    );
    h.get_by_label_contains("Er is werk om te herstellen");
    h.get_by_label("Herstellen").click();
    h.run_steps(2);
    let doc = h.state().document.as_ref().expect("restored");
    assert_eq!(doc.map().title, "Na de crash");
    assert_eq!(doc.path, path);
    if let Some(a) = &doc.autosave {
        a.discard();
    }
}
