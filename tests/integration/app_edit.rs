//! An editing session in the app, driven through egui_kittest on the example map: add a table
//! and seat two parties through app commands, see the finding about them disappear, undo with
//! Ctrl+Z, redo, save and reopen.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::{App, Command};
use netwerkkaart::edit::Edit;
use netwerkkaart::model::*;

use crate::support::app_harness as harness;

use harness::{harness, recovery_dir, region_file};

fn seat(table: &str, party: &str) -> Membership {
    Membership {
        table: table.into(),
        party: party.into(),
        person: None,
        role: Role::Lid,
        attributes: vec![],
    }
}

/// Whether the analysis reports the missing link between Amberhuis and Thuisborg (both work in
/// Brederwijk and share no table in the example, data/README.md).
fn link_missing(h: &Harness<'static, App>) -> bool {
    let doc = h.state().document.as_ref().expect("open");
    doc.analysis().findings.iter().any(|f| {
        f.kind.name() == "missing_link"
            && f.subjects.iter().any(|s| s == "zorg-amberhuis")
            && f.subjects.iter().any(|s| s == "corp-thuisborg")
    })
}

#[test]
fn seat_two_parties_undo_redo_save_and_reopen() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    let original = h.state().document.as_ref().unwrap().map().clone();
    assert!(link_missing(&h), "the example has the missing link");
    assert!(!h.state().document.as_ref().unwrap().history().is_dirty());

    let table = Table {
        id: "t-nieuw".into(),
        name: "Wijkoverleg Brederwijk".into(),
        kind: TableKind::Tafel,
        domains: Set::one(Domain::Leefomgeving),
        layers: Set::one(Layer::Operationeel),
        frequency: Some(10.0),
        duration_hours: Some(1.5),
        decision: None,
        werkgebied: vec!["gem-brederwijk".into()],
        reports_to: vec![],
        attributes: vec![],
    };
    h.state_mut().run(Command::Edit(Edit::AddTable(table)));
    h.state_mut().run(Command::Edit(Edit::AddMembership(seat(
        "t-nieuw",
        "zorg-amberhuis",
    ))));
    assert!(link_missing(&h), "one seat does not connect them yet");
    h.state_mut().run(Command::Edit(Edit::AddMembership(seat(
        "t-nieuw",
        "corp-thuisborg",
    ))));
    assert!(
        !link_missing(&h),
        "sharing a table resolves the missing link"
    );
    let edited = h.state().document.as_ref().unwrap().map().clone();
    assert!(h.state().window_title().contains('•'), "unsaved marker");
    {
        let doc = h.state().document.as_ref().unwrap();
        assert!(doc.history().is_dirty());
        assert_eq!(doc.history().done_labels().count(), 3);
        let status = doc.status.clone().unwrap_or_default();
        assert!(
            status.contains("bevinding"),
            "status says what changed: {status}"
        );
    }
    if let Some(doc) = h.state_mut().document.as_mut() {
        doc.block_on_layout();
    }
    h.run_steps(2);

    // Ctrl+Z undoes the last seat: the finding is back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(link_missing(&h), "undo brings the finding back");
    assert_eq!(
        h.state().document.as_ref().unwrap().map().memberships.len(),
        edited.memberships.len() - 1
    );
    // Ctrl+Y redoes it.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run_steps(2);
    assert!(!link_missing(&h));
    assert_eq!(h.state().document.as_ref().unwrap().map(), &edited);

    h.state_mut().run(Command::Save);
    assert!(!h.state().document.as_ref().unwrap().history().is_dirty());
    assert!(
        !h.state().window_title().contains('•'),
        "the unsaved marker goes with the save"
    );
    let reopened = netwerkkaart::project::load(&path).expect("saved file loads");
    assert_eq!(reopened, edited);
    assert_ne!(reopened, original);
}

#[test]
fn a_session_that_dies_leaves_an_autosave_with_the_edit() {
    let dir = recovery_dir();
    let (_map_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::SetTitle("Na de crash".into())));
    h.state_mut().autosave_now();
    let edited = h.state().document.as_ref().unwrap().map().clone();
    // Simulated crash: the app goes away without a clean close.
    drop(h);
    let found = netwerkkaart::recovery::pending(dir, None);
    let ours: Vec<_> = found
        .iter()
        .filter(|r| r.source.as_deref() == Some(path.as_path()))
        .collect();
    assert_eq!(ours.len(), 1, "one recovery file for the session");
    assert_eq!(
        ours[0].map, edited,
        "the recovery file holds the edited map"
    );

    // The next start offers it on the start screen, and restoring gives the edited map.
    let mut h = harness(None);
    let offered = h.state().start.recoverable.clone();
    assert_eq!(offered.len(), 1, "only our file is in the test folder");
    assert_eq!(offered[0].map, edited);
    h.get_by_label_contains("Er is werk om te herstellen");
    h.get_by_label("Herstellen").click();
    h.run_steps(2);
    let doc = h.state().document.as_ref().expect("restored");
    assert_eq!(doc.map(), &edited);
    assert_eq!(doc.path, path, "saves go back to where the map came from");
    assert!(doc.history().is_dirty(), "restored work is not saved yet");
    assert!(
        netwerkkaart::recovery::pending(dir, doc.autosave.as_ref()).is_empty(),
        "the old recovery file is gone; the new session's own file took over"
    );
    if let Some(a) = &doc.autosave {
        a.discard();
    }
}

#[test]
fn the_context_menu_removes_a_table_and_undo_brings_it_back() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    let (id, at) = {
        let app = h.state();
        let doc = app.document.as_ref().expect("doc");
        let t = &doc.map().tables[0];
        let at = app.canvas.screen_pos_of(doc, &t.id).expect("table drawn");
        (t.id.clone(), at)
    };
    harness::right_click(&mut h, at);
    h.get_by_label("Verwijder").click();
    h.run_steps(2);
    let gone = h
        .state()
        .document
        .as_ref()
        .unwrap()
        .map()
        .table(&id)
        .is_none();
    assert!(gone, "the table is removed");
    h.state_mut().run(Command::Undo);
    assert!(
        h.state()
            .document
            .as_ref()
            .unwrap()
            .map()
            .table(&id)
            .is_some()
    );
}

#[test]
fn seating_through_the_context_menu_resolves_the_missing_link_and_survives_save() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    assert!(link_missing(&h));
    let (at, table_name) = {
        let app = h.state();
        let doc = app.document.as_ref().unwrap();
        let at = app
            .canvas
            .screen_pos_of(doc, "zorg-amberhuis")
            .expect("drawn");
        // A casus table in Brederwijk where Thuisborg already sits.
        (
            at,
            doc.map().table("t-casus-brederwijk").unwrap().name.clone(),
        )
    };
    harness::right_click(&mut h, at);
    h.get_by_label("Zet aan tafel…").click();
    h.run_steps(3);
    h.get_by_label(&table_name).click();
    h.run_steps(2);
    assert!(!link_missing(&h), "Amberhuis and Thuisborg now meet");
    let status = h.state().document.as_ref().unwrap().status.clone().unwrap();
    assert!(status.contains("opgelost"), "{status}");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(link_missing(&h), "Ctrl+Z");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run_steps(2);
    assert!(!link_missing(&h), "Ctrl+Y");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(2);
    let edited = h.state().document.as_ref().unwrap().map().clone();
    let reopened = netwerkkaart::project::load(&path).expect("saved");
    assert_eq!(reopened, edited);
}

/// Seats `party` at the table named `table` through the canvas context menu.
fn seat_through_menu(h: &mut Harness<'static, App>, party: &str, table: &str) {
    h.state_mut().document.as_mut().unwrap().block_on_layout();
    h.run_steps(2);
    let at = {
        let app = h.state();
        let doc = app.document.as_ref().unwrap();
        app.canvas.screen_pos_of(doc, party).expect("party drawn")
    };
    harness::right_click(h, at);
    h.get_by_label("Zet aan tafel…").click();
    h.run_steps(3);
    // The search box has the focus: type part of the name, then click the match.
    h.event(egui::Event::Text(table[..10].to_string()));
    h.run_steps(2);
    h.get_by_label(table).click();
    h.run_steps(2);
}

#[test]
fn a_table_added_in_the_lists_and_two_parties_seated_on_the_canvas_close_the_link() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    assert!(link_missing(&h));
    // Add the table in the Gegevens view and name it there.
    h.get_by_label("Gegevens").click();
    h.run_steps(2);
    h.get_by_label_contains("Tafels (").click();
    h.run_steps(2);
    h.get_by_label("+ Tafel").click();
    h.run_steps(3);
    h.event(egui::Event::Text("Wijkoverleg Brederwijk".into()));
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    let doc = h.state().document.as_ref().unwrap();
    let table = doc
        .map()
        .tables
        .iter()
        .find(|t| t.name == "Wijkoverleg Brederwijk")
        .expect("the table, named as typed")
        .id
        .clone();
    // Seat Amberhuis and Thuisborg there from the canvas.
    h.get_by_label("Netwerk").click();
    h.run_steps(2);
    seat_through_menu(&mut h, "zorg-amberhuis", "Wijkoverleg Brederwijk");
    assert!(link_missing(&h), "one of the two is not enough");
    seat_through_menu(&mut h, "corp-thuisborg", "Wijkoverleg Brederwijk");
    assert!(!link_missing(&h), "they now meet at the new table");
    let m = &h.state().document.as_ref().unwrap().map();
    assert_eq!(m.memberships.iter().filter(|s| s.table == table).count(), 2);
    // Three undos take the seats and the table's name back; the add is the fourth.
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run_steps(1);
    }
    assert!(link_missing(&h));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run_steps(2);
    assert!(!link_missing(&h), "redone");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(2);
    let saved = netwerkkaart::project::load(&path).expect("saved");
    assert_eq!(&saved, h.state().document.as_ref().unwrap().map());
}
