//! The Netwerk view's canvas on a regional map: it opens summarised, a click on a summarised
//! node opens it and "terug naar overzicht" goes back; a click held long (as a slow frame makes
//! every click) still selects; the cached geometry is reused on a pan and rebuilt on an edit or
//! a filter change.

use egui_kittest::kittest::Queryable as _;
use netwerkkaart::model::{Domain, Layer, Set};
use netwerkkaart::scene::Collapse;

use crate::support::app_harness::{harness, region_file};

/// A synthetic region of 10 municipalities (about 100 parties), saved as a project.
fn region10() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("regio10.netwerkkaart");
    let map = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config {
        gemeenten: 10,
        seed: netwerkkaart::synthetic::DEFAULT_SEED,
    });
    netwerkkaart::project::save(&map, &path).expect("save");
    (dir, path)
}

/// A click as one frame's events: press and release together (what a slow frame delivers).
fn click(h: &mut egui_kittest::Harness<'static, netwerkkaart::app::App>, at: egui::Pos2) {
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(3);
}

#[test]
fn a_regional_map_opens_summarised_and_a_cell_opens_on_click_and_goes_back() {
    let (_dir, path) = region10();
    let mut h = harness(Some(path));
    let (at, before) = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        assert_eq!(doc.filter.collapse, Some(Collapse::PartyKind));
        assert!(!doc.filter.persons);
        let scene = doc.cached_scene();
        assert!(
            scene
                .nodes
                .iter()
                .all(|n| n.id.starts_with("cel:") || n.id.starts_with("groep:"))
        );
        let at = app
            .canvas
            .screen_pos_of(doc, "cel:casus:operationeel")
            .expect("the casus × operationeel cell is drawn");
        (at, doc.filter.clone())
    };
    click(&mut h, at);
    {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        assert_eq!(doc.filter.collapse, None);
        assert_eq!(doc.filter.domains, Set::one(Domain::Casus));
        assert_eq!(doc.filter.layers, Set::one(Layer::Operationeel));
        assert!(app.canvas.is_opened());
        // The cell's tables in full, and no summarised node any more.
        let scene = doc.cached_scene();
        assert!(scene.nodes.iter().all(|n| !n.id.starts_with("cel:")));
        assert!(
            scene
                .nodes
                .iter()
                .any(|n| n.kind == netwerkkaart::model::NodeKind::Table)
        );
        // Opening selects nothing.
        assert_eq!(doc.selected_node(), None);
    }
    h.get_by_label("Terug naar overzicht").click();
    h.run_steps(3);
    let app = h.state();
    assert!(!app.canvas.is_opened());
    assert_eq!(app.document.as_ref().expect("doc").filter, before);
}

#[test]
fn a_group_node_opens_to_its_kind() {
    let (_dir, path) = region10();
    let mut h = harness(Some(path));
    let at = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        app.canvas
            .screen_pos_of(doc, "groep:zorgaanbieder")
            .expect("the care providers' group is drawn")
    };
    click(&mut h, at);
    let doc = h.state().document.as_ref().expect("doc");
    assert_eq!(
        doc.filter.party_kinds,
        vec![netwerkkaart::model::PartyKind::Zorgaanbieder]
    );
    assert_eq!(doc.filter.collapse, None);
}

#[test]
fn a_click_held_long_still_selects_the_node() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    let at = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        app.canvas
            .screen_pos_of(doc, "gem-arnhoven")
            .expect("Gemeente Arnhoven is drawn")
    };
    h.hover_at(at);
    h.step();
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    // Each step is a quarter of a second: held for 1.5 s, longer than egui's click.
    h.run_steps(6);
    h.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(2);
    let doc = h.state().document.as_ref().expect("doc");
    assert_eq!(doc.selected_node(), Some("gem-arnhoven"));
    // Not moved, so not pinned: a click is no drag.
    assert!(
        doc.map()
            .arrangement
            .positions
            .get("lagen")
            .is_none_or(|p| !p.contains_key("gem-arnhoven"))
    );
}

#[test]
fn the_cached_geometry_is_reused_on_a_pan_and_rebuilt_on_a_filter_change_or_an_edit() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    let built = h.state().canvas.geometry_builds();
    assert!(built > 0);
    for _ in 0..5 {
        h.state_mut().canvas.pan_by(egui::vec2(15.0, 4.0));
        h.step();
    }
    assert_eq!(
        h.state().canvas.geometry_builds(),
        built,
        "a pan moves, not rebuilds"
    );

    if let Some(doc) = h.state_mut().document.as_mut() {
        doc.filter.persons = true;
        doc.mark_scene_dirty();
    }
    h.step();
    let after_filter = h.state().canvas.geometry_builds();
    assert!(after_filter > built, "a filter change rebuilds");

    let edit = netwerkkaart::edit::Edit::AddMembership(netwerkkaart::model::Membership {
        table: "t-corpoverleg".into(),
        party: "gem-arnhoven".into(),
        person: None,
        role: netwerkkaart::model::Role::Lid,
        attributes: vec![],
    });
    h.state_mut().run(netwerkkaart::app::Command::Edit(edit));
    h.run_steps(2);
    assert!(
        h.state().canvas.geometry_builds() > after_filter,
        "an edit rebuilds"
    );
}
