//! What the app tests share: one harness on the example map and a temporary recovery folder.
//! (There is no language lock: the language lives in each app's settings, so app tests run in
//! parallel.)

use egui_kittest::Harness;
use netwerkkaart::app::{App, Launch, Settings};
use netwerkkaart::i18n::Lang;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The temporary folder for recovery files, never the real home folder.
pub fn recovery_dir() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("temp dir"))
        .path()
}

pub fn example_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld")
}

/// The example map saved as a project file in a temporary folder (kept alive by the guard),
/// so that saving from the app has a file to write to.
pub fn region_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lingemond.netwerkkaart");
    let map = netwerkkaart::import::load_map(&example_dir())
        .expect("example imports")
        .map;
    netwerkkaart::project::save(&map, &path).expect("save");
    (dir, path)
}

/// A harness with the app opened on `path` in the Netwerk view (what most app tests are
/// about), its layout finished and a few frames drawn.
pub fn harness(path: Option<PathBuf>) -> Harness<'static, App> {
    harness_in(path, Some(netwerkkaart::app::View::Netwerk))
}

/// [`harness`], starting in `view` (`None`: the view the app opens on by itself).
pub fn harness_in(
    path: Option<PathBuf>,
    view: Option<netwerkkaart::app::View>,
) -> Harness<'static, App> {
    let launch = Launch {
        map: path,
        view,
        lang: Some(Lang::Nl),
        recovery_dir: Some(recovery_dir().to_path_buf()),
        ..Launch::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 950.0))
        .build_eframe(move |_cc| {
            App::with_settings(Settings::default(), launch, Arc::new(Mutex::new(None)))
        });
    if let Some(doc) = h.state_mut().document.as_mut() {
        doc.block_on_layout();
    }
    h.run_steps(4);
    h
}

/// Opens the canvas context menu of the node drawn at `at` (a right click, as a user does it).
#[allow(dead_code)] // not every test file that includes the harness right-clicks
pub fn right_click(h: &mut Harness<'static, App>, at: egui::Pos2) {
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(2);
}
