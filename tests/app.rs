//! The app driven through egui_kittest (no GPU, no window): open a map built in code, switch
//! views, select a finding, select a node, filter, switch language.

mod app_common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::{App, Launch, Settings, View};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::NodeKind;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The language is process-wide, so tests that draw texts run one at a time.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// The region map saved as a project file in a temporary folder (kept alive by the guard).
fn region_file() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("regio.netwerkkaart");
    netwerkkaart::project::save(&app_common::region(), &path).expect("save");
    (dir, path)
}

/// A harness with the app opened on `path`, its layout finished and a few frames drawn.
fn harness(path: Option<PathBuf>) -> Harness<'static, App> {
    let launch = Launch {
        map: path,
        lang: Some(Lang::Nl),
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

#[test]
fn opens_the_map_in_the_network_view_with_every_node_drawn() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let h = harness(Some(path));
    let app = h.state();
    assert_eq!(app.view, View::Netwerk);
    let doc = app.document.as_ref().expect("map opened");
    let scene = doc.cached_scene();
    // Persons hidden by default: 14 parties + 11 tables.
    assert_eq!(scene.nodes.len(), 25);
    assert!(
        scene.lanes.is_some(),
        "the default layout is domeinen en lagen"
    );
    assert!(app.canvas.drawn_nodes == 25, "{}", app.canvas.drawn_nodes);
    assert!(app.canvas.drawn_labels > 0);
}

#[test]
fn switching_views_shows_triangle_matrix_and_findings() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_role_and_label(Role::Button, "Driehoek").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Driehoek);
    // One card per domain for the whole region, and per municipality (3): 12 cards.
    assert_eq!(
        h.query_all_by_label("Tafels die de driehoek sluiten")
            .count(),
        12
    );

    h.get_by_role_and_label(Role::Button, "Matrix").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Matrix);
    // By construction (app_common::region) three cells hold no table: casus × strategisch,
    // leefomgeving × strategisch and institutioneel × operationeel.
    assert_eq!(h.query_all_by_label("Geen tafel").count(), 3);

    h.get_by_role_and_label(Role::Button, "Bevindingen").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Bevindingen);
    assert!(
        h.query_by_label_contains("Mozaïek Wonen en Kwadraad GGZ")
            .is_some()
    );
}

#[test]
fn selecting_a_finding_highlights_exactly_its_subjects() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label_contains("Mozaïek Wonen en Kwadraad GGZ")
        .click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    let i = doc.selected_finding.expect("a finding is selected");
    assert_eq!(
        doc.analysis.findings[i].subjects,
        ["wc-mozaiek", "zorg-kwadraad"]
    );
    let scene = doc.cached_scene();
    for n in &scene.nodes {
        let subject = n.id == "wc-mozaiek" || n.id == "zorg-kwadraad";
        assert_eq!(n.highlighted, subject, "{}", n.id);
        assert_eq!(n.dimmed, !subject, "{}", n.id);
    }
    // The missing link is drawn as a dashed line between the two.
    let dashed: Vec<_> = scene
        .edges
        .iter()
        .filter(|e| e.style == netwerkkaart::scene::EdgeStyle::Dashed)
        .map(|e| {
            let mut ends = [
                scene.nodes[e.a as usize].id.as_str(),
                scene.nodes[e.b as usize].id.as_str(),
            ];
            ends.sort();
            ends
        })
        .collect();
    assert_eq!(dashed, [["wc-mozaiek", "zorg-kwadraad"]]);
    // Its advice is shown.
    assert!(h.query_by_label("Advies").is_some());
}

#[test]
fn selecting_a_node_fills_the_inspector_with_its_tables_and_what_if() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("Zoeken").click();
    h.run_steps(1);
    h.get_by_label("Zoeken").type_text("jansen");
    h.run_steps(2);
    h.get_by_label("A. Jansen").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    assert_eq!(doc.selected_node.as_deref(), Some("p-jansen"));
    // Jansen sits at nine tables (see app_common::region).
    assert!(h.query_by_label("Tafels (9)").is_some());
    // Without Jansen the doe-tafel and its other member (Mulder) are cut off: two parts.
    assert!(
        h.query_by_label_contains("Als A. Jansen wegvalt, raken 2 onderdelen los van de rest")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Overbelaste verbinder").is_some()
            || h.query_by_label_contains("verbindt delen van het netwerk")
                .is_some()
    );
}

#[test]
fn domain_filter_leaves_only_the_tables_of_the_chosen_domain() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("Casus").click();
    h.run_steps(1);
    h.get_by_label("Institutioneel").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    let mut tables: Vec<&str> = doc
        .cached_scene()
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Table)
        .map(|n| n.id.as_str())
        .collect();
    tables.sort();
    // The four leefomgeving tables of app_common::region.
    assert_eq!(tables, ["t-doetafel", "t-leefbaar", "t-moestuin", "t-wijk"]);
}

#[test]
fn language_switch_relabels_the_tabs() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("English").click();
    h.run_steps(2);
    assert!(h.query_by_label("Network").is_some());
    assert!(h.query_by_label("Triangle").is_some());
    assert_eq!(h.state().settings.lang, Lang::En);
    netwerkkaart::i18n::set_lang(Lang::Nl);
}

#[test]
fn a_failed_open_lists_the_errors_on_the_start_screen() {
    let _serial = serial();
    let mut h = harness(Some(PathBuf::from("/bestaat/niet.netwerkkaart")));
    h.run_steps(2);
    assert!(h.state().document.is_none());
    assert!(
        h.query_by_label_contains("kon niet worden geopend")
            .is_some()
    );
    // The heading names the file, and so does the error line under it.
    assert!(
        h.query_all_by_label_contains("/bestaat/niet.netwerkkaart")
            .count()
            >= 2
    );
}

#[test]
fn dragging_a_node_pins_it_in_the_arrangement() {
    let _serial = serial();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    let start = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        app.canvas
            .screen_pos_of(doc, "gem-gouda")
            .expect("Gemeente Gouda is drawn")
    };
    let end = start + egui::vec2(60.0, 40.0);
    h.hover_at(start);
    h.step();
    h.drag_at(start);
    h.step();
    for k in 1..=4 {
        h.hover_at(start + (end - start) * (k as f32 / 4.0));
        h.step();
    }
    h.drop_at(end);
    h.run_steps(2);
    let app = h.state();
    let doc = app.document.as_ref().expect("doc");
    let pinned = doc
        .map
        .arrangement
        .positions
        .get("lagen")
        .and_then(|p| p.get("gem-gouda"));
    let pinned = pinned.expect("the dragged node is saved under the lagen layout");
    // The node moved by the drag distance divided by the zoom (canvas units per point).
    let zoom = app.canvas.zoom();
    let slot = doc.graph.node("gem-gouda").expect("in graph") as usize;
    assert_eq!(doc.positions[slot], *pinned);
    let moved = app
        .canvas
        .screen_pos_of(doc, "gem-gouda")
        .expect("still drawn");
    assert!(
        (moved - end).length() < 2.0,
        "{moved:?} vs {end:?} at zoom {zoom}"
    );

    // Saving writes the pinned position into the project file.
    let pinned = *pinned;
    h.state_mut().run(netwerkkaart::app::Command::Save);
    let reread = netwerkkaart::project::load(&path).expect("saved project reads back");
    assert_eq!(reread.arrangement.positions["lagen"]["gem-gouda"], pinned);
}
