//! The app driven through egui_kittest (no GPU, no window) on the bundled example map
//! (`data/voorbeeld`, described in `data/README.md`): open it, switch views, select a finding,
//! select a node, filter, switch language, drag and save.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::View;
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::NodeKind;
use std::path::PathBuf;

use crate::support::app_harness as harness;

use harness::{example_dir, harness, region_file};

#[test]
fn opens_the_map_in_the_network_view_with_every_node_drawn() {
    // Straight from the CSV folder, as a first-time user opens it.
    let h = harness(Some(example_dir()));
    let app = h.state();
    assert_eq!(app.view, View::Netwerk);
    let doc = app.document.as_ref().expect("map opened");
    let scene = doc.cached_scene();
    // Persons hidden by default: 27 parties + 28 tables (data/README.md).
    assert_eq!(scene.nodes.len(), 55);
    assert!(
        scene.lanes.is_some(),
        "the default layout is domeinen en lagen"
    );
    assert!(app.canvas.drawn_nodes == 55, "{}", app.canvas.drawn_nodes);
    assert!(app.canvas.drawn_labels > 0);
}

#[test]
fn switching_views_shows_triangle_matrix_and_findings() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_role_and_label(Role::Button, "Driehoek").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Driehoek);
    // One card per domain for the whole region, and per municipality (4): 15 cards.
    assert_eq!(
        h.query_all_by_label("Tafels die de driehoek sluiten")
            .count(),
        15
    );

    h.get_by_role_and_label(Role::Button, "Matrix").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Matrix);
    // The example leaves exactly one cell empty on purpose: casus × strategisch.
    assert_eq!(h.query_all_by_label("Geen tafel").count(), 1);

    h.get_by_role_and_label(Role::Button, "Bevindingen").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Bevindingen);
    assert!(h.query_by_label_contains(GOUDA_CASE).is_some());
}

/// The start of the missing-link message of the example's Gouda case (data/README.md):
/// Thuisborg and Amberhuis only meet via Gemeente Brederwijk.
const GOUDA_CASE: &str = "De woningcorporatie Thuisborg Wonen en zorgaanbieder Amberhuis LVB-zorg";

#[test]
fn selecting_a_finding_highlights_exactly_its_subjects() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    // From the full list of the Bevindingen view, then back to the picture.
    h.get_by_role_and_label(Role::Button, "Bevindingen").click();
    h.run_steps(2);
    h.get_by_label_contains(GOUDA_CASE).click_accesskit();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Netwerk").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    let i = doc.selected_finding().expect("a finding is selected");
    assert_eq!(
        doc.analysis().findings[i].subjects,
        ["corp-thuisborg", "zorg-amberhuis"]
    );
    let scene = doc.cached_scene();
    for n in &scene.nodes {
        let subject = n.id == "corp-thuisborg" || n.id == "zorg-amberhuis";
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
    assert_eq!(dashed, [["corp-thuisborg", "zorg-amberhuis"]]);
    // Its advice is shown (the open groups of the side panel show theirs too).
    assert!(h.query_all_by_label("Advies").count() >= 1);
}

#[test]
fn selecting_a_node_fills_the_inspector_with_its_tables_and_what_if() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("Zoeken").click();
    h.run_steps(1);
    h.get_by_label("Zoeken").type_text("bakker");
    h.run_steps(2);
    h.get_by_label("Marieke Bakker").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    assert_eq!(doc.selected_node(), Some("p-mbakker"));
    // The overloaded procesregisseur sits at nine tables (data/README.md).
    assert!(h.query_by_label("Tafels (9)").is_some());
    // Without her, 8 tables and 23 members lose their connection (the analysis' what-if,
    // checked by hand in tests/analysis_whatif.rs style on this map: see the SPOF finding).
    assert!(
        h.query_by_label_contains(
            "Als Marieke Bakker wegvalt, raken 31 onderdelen los van de rest"
        )
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
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("Casus").click();
    h.run_steps(1);
    h.get_by_label("Institutioneel").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().expect("doc");
    let tables: Vec<&str> = doc
        .cached_scene()
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Table)
        .map(|n| n.id.as_str())
        .collect();
    // The example has 7 tables in the leefomgeving domain (data/README.md; also the count in
    // its domain_gap finding), and only they remain.
    assert_eq!(tables.len(), 7, "{tables:?}");
    for id in tables {
        let t = doc.map().table(id).expect("a table of the map");
        assert!(
            t.domains
                .contains(netwerkkaart::model::Domain::Leefomgeving),
            "{id}"
        );
    }
}

#[test]
fn language_switch_relabels_the_tabs() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("English").click();
    h.run_steps(2);
    assert!(h.query_by_label("Network").is_some());
    assert!(h.query_by_label("Triangle").is_some());
    assert_eq!(h.state().settings.lang, Lang::En);
}

#[test]
fn a_failed_open_lists_the_errors_on_the_start_screen() {
    let mut h = harness(Some(PathBuf::from("/bestaat/niet.netwerkkaart")));
    h.run_steps(2);
    assert!(h.state().document.is_none());
    assert!(
        h.query_by_label_contains("kon niet worden geopend")
            .is_some()
    );
    // The heading names the file (and the error names it in full too).
    assert!(
        h.query_all_by_label_contains("/bestaat/niet.netwerkkaart")
            .next()
            .is_some()
    );
}

#[test]
fn dragging_a_node_pins_it_in_the_arrangement() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    let start = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        app.canvas
            .screen_pos_of(doc, "gem-arnhoven")
            .expect("Gemeente Arnhoven is drawn")
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
        .map()
        .arrangement
        .positions
        .get("lagen")
        .and_then(|p| p.get("gem-arnhoven"));
    let pinned = pinned.expect("the dragged node is saved under the lagen layout");
    // The node moved by the drag distance divided by the zoom (canvas units per point).
    let zoom = app.canvas.zoom();
    let slot = doc.graph().node("gem-arnhoven").expect("in graph") as usize;
    assert_eq!(doc.positions()[slot], *pinned);
    let moved = app
        .canvas
        .screen_pos_of(doc, "gem-arnhoven")
        .expect("still drawn");
    assert!(
        (moved - end).length() < 2.0,
        "{moved:?} vs {end:?} at zoom {zoom}"
    );

    // Saving writes the pinned position into the project file.
    let pinned = *pinned;
    h.state_mut().run(netwerkkaart::app::Command::Save);
    let reread = netwerkkaart::project::load(&path).expect("saved project reads back");
    assert_eq!(
        reread.arrangement.positions["lagen"]["gem-arnhoven"],
        pinned
    );
}
