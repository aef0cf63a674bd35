//! The Overzicht view and the grouped findings, driven through egui_kittest on the example map:
//! the app opens on Overzicht; an action is carried out with one click and undone with Ctrl+Z;
//! a scorecard cell filters the Driehoek view (and the view says so); groups collapse; Escape
//! clears a highlight; the unsaved marker shows in the top bar; counted nouns and the change
//! summary read right.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::{App, Command, View};
use netwerkkaart::edit::Edit;
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::{Domain, Pos, Vocab as _};

use crate::support::app_harness as harness;

use harness::{harness, harness_in, recovery_dir, region_file};

/// The app on the example map as it opens by itself, with its actions computed.
fn opened() -> (tempfile::TempDir, Harness<'static, App>) {
    let _ = recovery_dir();
    let (dir, path) = region_file();
    let mut h = harness_in(Some(path), None);
    wait_for_actions(&mut h);
    (dir, h)
}

fn wait_for_actions(h: &mut Harness<'static, App>) {
    let app = h.state_mut();
    let doc = app.document.as_ref().expect("open");
    app.overview.block_on_actions(doc);
    h.run_steps(3);
}

#[test]
fn the_app_opens_on_the_overview_with_actions_scorecard_and_groups() {
    let (_dir, h) = opened();
    assert_eq!(h.state().view, View::Overzicht);
    assert!(h.query_by_label("Waar te beginnen").is_some());
    assert!(h.query_by_label("Driehoek per werkgebied").is_some());
    assert!(h.query_by_label("Kerncijfers").is_some());
    assert!(h.query_by_label("Bevindingen in groepen").is_some());
    let app = h.state();
    let doc = app.document.as_ref().unwrap();
    let actions = app.overview.actions(doc).expect("computed");
    assert!(!actions.is_empty(), "the example has things to do");
    // One "Uitvoeren" button per shown action (at most five).
    let buttons = h.query_all_by_label("Uitvoeren").count();
    assert_eq!(buttons, actions.len().min(5));
    // Honest per domain: a domain is closed only where every werkgebied has it closed.
    let a = doc.analysis();
    for d in Domain::ALL {
        let open_somewhere = a
            .triangles
            .iter()
            .filter(|t| t.werkgebied.is_some() && t.domain == *d)
            .any(|t| t.state.name() != "gesloten");
        let label = netwerkkaart::i18n::vocab::Label::label_in(*d, Lang::Nl);
        let everywhere = format!("{label}: gesloten in elk werkgebied");
        assert_eq!(
            h.query_by_label(&everywhere).is_some(),
            !open_somewhere,
            "{label}"
        );
    }
}

#[test]
fn clicking_an_action_applies_it_as_one_step_and_ctrl_z_undoes_it() {
    let (_dir, mut h) = opened();
    let (original, first) = {
        let app = h.state();
        let doc = app.document.as_ref().unwrap();
        let first = app.overview.actions(doc).unwrap()[0].clone();
        (doc.map().clone(), first)
    };
    h.query_all_by_label("Uitvoeren")
        .next()
        .expect("a button")
        .click();
    h.run_steps(3);
    {
        let doc = h.state().document.as_ref().unwrap();
        assert!(doc.history().is_dirty());
        assert_eq!(doc.history().done_labels().count(), 1, "one undoable step");
        assert_ne!(doc.map(), &original);
        // What it promised to resolve is gone.
        for k in &first.resolves {
            assert!(
                !doc.analysis().findings.iter().any(|f| &f.key == k),
                "{k} still there"
            );
        }
        // The status line says what changed.
        let status = doc.status.clone().unwrap_or_default();
        assert!(
            status.contains("opgelost") || status.contains("gesloten"),
            "{status}"
        );
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    let doc = h.state().document.as_ref().unwrap();
    assert_eq!(doc.map(), &original, "Ctrl+Z takes the whole action back");
}

#[test]
fn a_scorecard_cell_filters_the_triangle_view_and_the_view_says_so() {
    let (_dir, mut h) = opened();
    // The first cell with a tooltip naming Brederwijk's zorg triangle: click it.
    let (wg, domain) = {
        let doc = h.state().document.as_ref().unwrap();
        let t = doc
            .analysis()
            .triangles
            .iter()
            .find(|t| t.werkgebied.is_some())
            .expect("per-werkgebied triangles")
            .clone();
        (t.werkgebied.unwrap(), t.domain)
    };
    let clicked = {
        let app = h.state_mut();
        let doc = app.document.as_mut().unwrap();
        // As the cell does it (a painted cell has no accessible label to click by).
        doc.filter.werkgebied = Some(wg.clone());
        doc.filter.domains = netwerkkaart::model::Set::one(domain);
        doc.mark_scene_dirty();
        app.run(Command::SetView(View::Driehoek));
        true
    };
    assert!(clicked);
    h.run_steps(3);
    assert_eq!(h.state().view, View::Driehoek);
    // One card: that werkgebied, that domain.
    assert_eq!(
        h.query_all_by_label("Tafels die de driehoek sluiten")
            .count(),
        1
    );
    let filter_line = h.query_all_by_label_contains("Filter: ").count();
    assert_eq!(filter_line, 1, "the view says which filter is on");
    h.get_by_label("Filter wissen").click();
    h.run_steps(3);
    assert_eq!(
        h.query_all_by_label("Tafels die de driehoek sluiten")
            .count(),
        15,
        "cleared: all 5 scopes × 3 domains again"
    );
}

#[test]
fn the_scorecard_cells_are_clickable_with_the_mouse() {
    let (_dir, mut h) = opened();
    // The cells are painted: aim below the first domain's column header, in the first row
    // (beside the first werkgebied's name).
    let (name, domain) = {
        let doc = h.state().document.as_ref().unwrap();
        let t = doc
            .analysis()
            .triangles
            .iter()
            .find(|t| t.werkgebied.is_some() && t.domain == Domain::ALL[0])
            .unwrap()
            .clone();
        let name = doc
            .map()
            .name_of(t.werkgebied.as_deref().unwrap())
            .to_string();
        (
            name,
            netwerkkaart::i18n::vocab::Label::label_in(t.domain, Lang::Nl),
        )
    };
    let row = h.get_by_role_and_label(Role::Label, &name).rect();
    let col = h.get_by_role_and_label(Role::Label, domain).rect();
    let at = egui::pos2(col.left() + 20.0, row.center().y);
    h.hover_at(at);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run_steps(3);
    assert_eq!(h.state().view, View::Driehoek);
    let doc = h.state().document.as_ref().unwrap();
    assert!(doc.filter.werkgebied.is_some());
    assert_eq!(doc.filter.domains.len(), 1);
    assert!(doc.filter.domains.contains(Domain::ALL[0]));
}

#[test]
fn groups_collapse_and_hold_their_members() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness_in(Some(path), Some(View::Bevindingen));
    h.run_steps(2);
    let (title, member) = {
        let doc = h.state().document.as_ref().unwrap();
        let a = doc.analysis();
        let g = a
            .groups
            .iter()
            .find(|g| g.findings.len() >= 2)
            .expect("a group of several");
        let f = a.findings.iter().find(|f| f.key == g.findings[0]).unwrap();
        let title = format!("{} ({})", g.title.render(Lang::Nl), g.findings.len());
        (title, f.message(Lang::Nl))
    };
    assert!(
        h.query_by_label(&member).is_some(),
        "open in the Bevindingen view"
    );
    h.get_by_label(&title).click();
    h.run_steps(3);
    assert!(h.query_by_label(&member).is_none(), "collapsed");
    h.get_by_label(&title).click();
    h.run_steps(3);
    assert!(h.query_by_label(&member).is_some(), "open again");
}

#[test]
fn escape_clears_the_highlight() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.state_mut().run(Command::SelectFinding(Some(0)));
    h.state_mut()
        .run(Command::SelectNode(Some("gem-brederwijk".into())));
    h.run_steps(2);
    assert!(
        h.state()
            .document
            .as_ref()
            .unwrap()
            .selected_finding()
            .is_some()
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    let doc = h.state().document.as_ref().unwrap();
    assert_eq!(doc.selected_finding(), None);
    assert_eq!(doc.selected_node(), None);
}

#[test]
fn the_unsaved_marker_shows_in_the_top_bar_and_nodes_are_counted_right() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    assert!(h.query_by_label("• niet opgeslagen").is_none());
    let mv = |ids: &[&str]| Edit::MoveNodes {
        layout: "lagen".into(),
        moves: ids
            .iter()
            .map(|id| (id.to_string(), Some(Pos { x: 1.0, y: 2.0 })))
            .collect(),
    };
    h.state_mut().run(Command::Edit(mv(&["gem-brederwijk"])));
    h.run_steps(2);
    assert!(h.query_by_label("• niet opgeslagen").is_some());
    let map = h.state().document.as_ref().unwrap().map().clone();
    assert_eq!(
        mv(&["gem-brederwijk"]).label(&map).render(Lang::Nl),
        "1 knooppunt verplaatsen"
    );
    assert_eq!(
        mv(&["a", "b"]).label(&map).render(Lang::Nl),
        "2 knooppunten verplaatsen"
    );
    assert_eq!(mv(&["a"]).label(&map).render(Lang::En), "move 1 node");
}

#[test]
fn a_reworded_finding_is_not_reported_as_resolved() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let h = harness(Some(path));
    let doc = h.state().document.as_ref().unwrap();
    let old = doc.analysis().clone();
    let mut new = old.clone();
    // Same key, other words (as when a count in the message changes).
    new.findings[0].message = netwerkkaart::i18n::Msg::new(netwerkkaart::i18n::ui::NONE);
    let changes = netwerkkaart::app::commands::analysis_changes(doc.map(), &old, &new, Lang::Nl);
    assert!(changes.is_empty(), "{changes:?}");
    // A finding that is really gone is reported.
    new.findings.remove(0);
    let changes = netwerkkaart::app::commands::analysis_changes(doc.map(), &old, &new, Lang::Nl);
    assert_eq!(changes.len(), 1, "{changes:?}");
}

#[test]
fn a_decimal_shows_with_the_dutch_comma_in_the_tables() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.get_by_label("Gegevens").click();
    h.run_steps(2);
    h.get_by_label_contains("Tafels (").click();
    h.run_steps(2);
    // The example's Corporatieoverleg meets for 1.5 hours (data/voorbeeld/tafels.csv).
    let expected = {
        let m = h.state().document.as_ref().unwrap().map();
        m.tables
            .iter()
            .flat_map(|t| [t.duration_hours, t.frequency])
            .filter(|v| *v == Some(1.5))
            .count()
    };
    assert!(expected >= 2, "the example has such tables");
    assert_eq!(h.query_all_by_label("1,5").count(), expected);
    assert_eq!(h.query_all_by_label("1.5").count(), 0);
}

#[test]
fn a_batch_is_one_step_planned_edit_after_edit() {
    use netwerkkaart::model::*;
    let mut map = Map::default();
    map.parties
        .push(Party::new("gem-a", "Gemeente A", PartyKind::Gemeente));
    let before = map.clone();
    let table = Table::new("t-1", "Tafel 1", Domain::Casus, Layer::Operationeel);
    let seat = Membership {
        table: "t-1".into(),
        party: "gem-a".into(),
        person: None,
        role: Role::Lid,
        attributes: vec![],
    };
    // The seat needs the table the first edit adds: planned after it.
    let batch = Edit::Batch(vec![Edit::AddTable(table), Edit::AddMembership(seat)]);
    let mut history = netwerkkaart::edit::History::new();
    history.apply(&mut map, &batch).expect("applies");
    assert_eq!(map.tables.len(), 1);
    assert_eq!(map.memberships.len(), 1);
    assert_eq!(history.done_labels().count(), 1);
    assert!(
        history
            .undo_label()
            .unwrap()
            .render(Lang::Nl)
            .contains("(en 1 meer)"),
        "{}",
        history.undo_label().unwrap().render(Lang::Nl)
    );
    history.undo(&mut map).expect("undo");
    assert_eq!(map, before, "one undo takes both back");
}
