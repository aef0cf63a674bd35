//! The Gegevens view, driven through egui_kittest: filter and sort the tables, edit a cell
//! inline (and undo it), see a dangling id refused with the importer's Dutch message, add and
//! remove a row, and merge a near-duplicate party from the banner.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::{App, Command, View};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::*;

use crate::support::app_harness as harness;

use harness::{example_dir, harness, recovery_dir, region_file};

fn map<'a>(h: &'a Harness<'static, App>) -> &'a Map {
    h.state().document.as_ref().expect("open").map()
}

/// The model indices of the rows the current tab shows, in order.
fn visible(h: &mut Harness<'static, App>) -> Vec<usize> {
    let app = h.state_mut();
    let doc = app.document.as_ref().expect("open");
    app.gegevens.visible(doc.map(), Lang::Nl).to_vec()
}

fn open_gegevens(h: &mut Harness<'static, App>) {
    h.get_by_label("Gegevens").click();
    h.run_steps(2);
    assert_eq!(h.state().view, View::Gegevens);
}

fn filter(h: &mut Harness<'static, App>, text: &str) {
    let input = h.get_by_role_and_label(Role::TextInput, "Filter");
    input.focus();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text(text);
    h.run_steps(2);
}

#[test]
fn filter_sort_and_edit_a_name_inline_then_undo() {
    let _ = recovery_dir();
    let mut h = harness(Some(example_dir()));
    open_gegevens(&mut h);
    let n = map(&h).parties.len();
    h.get_by_label(&format!("{n} van {n}"));

    // Sorting by name, then the other way round.
    h.get_by_label("naam").click();
    h.run_steps(2);
    let names = |h: &mut Harness<'static, App>| -> Vec<String> {
        let rows = visible(h);
        rows.iter()
            .map(|&i| map(h).parties[i].name.to_lowercase())
            .collect()
    };
    let up = names(&mut h);
    let mut sorted = up.clone();
    sorted.sort();
    assert_eq!(up, sorted, "ascending by name");
    h.get_by_label("naam").click();
    h.run_steps(2);
    let down = names(&mut h);
    sorted.reverse();
    assert_eq!(down, sorted, "descending by name");

    // Filtering: accents and case do not matter.
    filter(&mut h, "POLÍTIE");
    h.get_by_label(&format!("1 van {n}"));
    assert_eq!(visible(&mut h).len(), 1);

    // Edit the name inline: click the cell, type, Enter.
    h.get_by_label("Politie basisteam Linge-Noord").click();
    h.run_steps(3);
    let cell = h
        .get_all_by_role(Role::TextInput)
        .find(|n| n.value().as_deref() == Some("Politie basisteam Linge-Noord"))
        .expect("the cell editor holds the name");
    cell.type_text("Politie Linge-Noord");
    h.run_steps(1);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    let party = map(&h).party("pol-lingenoord").expect("party").clone();
    assert_eq!(party.name, "Politie Linge-Noord");
    {
        let doc = h.state_mut().document.as_mut().unwrap();
        doc.block_on_layout();
        let scene = doc.scene();
        let node = scene
            .nodes
            .iter()
            .find(|n| n.id == "pol-lingenoord")
            .expect("drawn");
        assert_eq!(
            node.label, "Politie Linge-Noord",
            "the canvas shows the new name"
        );
    }
    h.run_steps(2);
    h.get_by_label("Politie Linge-Noord");
    assert_eq!(
        h.state()
            .document
            .as_ref()
            .unwrap()
            .history()
            .done_labels()
            .count(),
        1,
        "one edit"
    );

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(
        map(&h).party("pol-lingenoord").unwrap().name,
        "Politie basisteam Linge-Noord",
        "undo restores the name"
    );
}

#[test]
fn a_dangling_party_id_is_refused_with_a_dutch_suggestion() {
    let _ = recovery_dir();
    let mut h = harness(Some(example_dir()));
    open_gegevens(&mut h);
    h.get_by_label_contains("Personen (").click();
    h.run_steps(2);
    filter(&mut h, "stokman");
    assert_eq!(visible(&mut h).len(), 1);
    let before = map(&h).clone();

    h.get_by_label("Gemeente Arnhoven").click();
    h.run_steps(3);
    let cell = h
        .get_all_by_role(Role::TextInput)
        .find(|n| n.value().as_deref() == Some("gem-arnhoven"))
        .expect("the cell editor holds the party id");
    cell.type_text("gem-arnhove");
    h.run_steps(2);
    h.get_by_label_contains("partij 'gem-arnhove' bestaat niet — bedoelde u 'gem-arnhoven'?");
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(*map(&h), before, "an invalid value is not committed");
    h.get_by_label_contains("bedoelde u 'gem-arnhoven'?");
    // The picker offers the right one.
    h.get_by_label("Gemeente Arnhoven (gem-arnhoven)");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(
        h.query_by_label_contains("bestaat niet").is_none(),
        "Escape drops it"
    );
    assert!(h.state().gegevens.editing.is_none());
    assert_eq!(*map(&h), before);
}

#[test]
fn add_a_row_and_remove_it() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    open_gegevens(&mut h);
    h.get_by_label_contains("Tafels (").click();
    h.run_steps(2);
    let n = map(&h).tables.len();
    h.get_by_label("+ Tafel").click();
    h.run_steps(3);
    assert_eq!(map(&h).tables.len(), n + 1);
    let t = map(&h)
        .table("tafel-1")
        .expect("new table with a fresh id")
        .clone();
    assert!(
        !t.domains.is_empty() && !t.layers.is_empty(),
        "valid from the start"
    );
    // Its name is being edited at once.
    let editing = h
        .state()
        .gegevens
        .editing
        .clone()
        .expect("editing the new row");
    assert_eq!(editing.row, n);
    // Escape on the new row's name takes the row back: no placeholder stays behind.
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert_eq!(map(&h).tables.len(), n, "Escape undid the add");
    assert!(map(&h).table("tafel-1").is_none());

    // Added again and named, it stays; the × removes it.
    h.get_by_label("+ Tafel").click();
    h.run_steps(3);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(map(&h).tables.len(), n + 1, "Enter keeps the new row");
    filter(&mut h, "tafel-1");
    assert_eq!(visible(&mut h), vec![n]);
    h.get_by_label("×").click();
    h.run_steps(2);
    assert_eq!(map(&h).tables.len(), n);
    assert!(map(&h).table("tafel-1").is_none());
    h.get_by_label(&format!("0 van {n}"));
}

fn gouda_map() -> Map {
    let mut m = Map::default();
    m.parties.push(Party::new(
        "gem-gouda",
        "Gemeente Gouda",
        PartyKind::Gemeente,
    ));
    m.parties.push(Party::new(
        "corp-gouda",
        "Woonpartners Gouda",
        PartyKind::Woningcorporatie,
    ));
    m.parties
        .push(Party::new("gem-gouda-2", "Gem. Gouda", PartyKind::Gemeente));
    m.tables.push(Table::new(
        "t-wijk",
        "Wijkoverleg",
        Domain::Leefomgeving,
        Layer::Operationeel,
    ));
    let mut t2 = m.tables[0].clone();
    t2.id = "t-casus".into();
    t2.name = "Casusoverleg".into();
    t2.domains = Set::one(Domain::Casus);
    m.tables.push(t2);
    for (table, party) in [
        ("t-wijk", "gem-gouda"),
        ("t-casus", "gem-gouda"),
        ("t-wijk", "corp-gouda"),
        ("t-casus", "gem-gouda-2"),
    ] {
        m.memberships.push(Membership {
            table: table.into(),
            party: party.into(),
            person: None,
            role: netwerkkaart::model::Role::Lid,
            attributes: vec![],
        });
    }
    m
}

#[test]
fn merge_a_near_duplicate_from_the_banner_and_undo() {
    let _ = recovery_dir();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gouda.netwerkkaart");
    netwerkkaart::project::save(&gouda_map(), &path).expect("save");
    let mut h = harness(Some(path));
    open_gegevens(&mut h);
    h.get_by_label_contains("1 mogelijke dubbele partij");
    let before = map(&h).clone();

    h.get_by_label("Samenvoegen").click();
    h.run_steps(3);
    let m = map(&h);
    assert!(m.party("gem-gouda-2").is_none(), "merged away");
    assert!(
        m.memberships.iter().all(|s| s.party != "gem-gouda-2"),
        "its seats moved"
    );
    assert_eq!(
        m.memberships
            .iter()
            .filter(|s| s.party == "gem-gouda")
            .count(),
        2,
        "the seat at the casus table was already there: one seat per party and table"
    );
    assert!(
        h.query_by_label_contains("mogelijke dubbele").is_none(),
        "the banner updates"
    );

    h.state_mut().run(Command::Undo);
    h.run_steps(2);
    assert_eq!(*map(&h), before, "undo restores both parties and the seats");
    h.get_by_label_contains("1 mogelijke dubbele partij");

    // Ignoring hides the banner and is kept in the map (so it survives saving).
    h.get_by_label("Negeren").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("mogelijke dubbele").is_none());
    assert!(
        map(&h)
            .arrangement
            .views
            .contains_key("genegeerde_dubbelen")
    );
}

/// Frame times of the Personen table on a large synthetic region (about 20,000 persons).
/// Run with `cargo test --test app_gegevens -- --ignored --nocapture`.
#[test]
#[ignore = "timing, not a check"]
fn frame_time_of_a_large_persons_table() {
    let _ = recovery_dir();
    let region = netwerkkaart::synthetic::generate(&netwerkkaart::synthetic::Config {
        gemeenten: 360,
        seed: netwerkkaart::synthetic::DEFAULT_SEED,
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("groot.netwerkkaart");
    netwerkkaart::project::save(&region, &path).expect("save");
    let mut h = harness(Some(path));
    open_gegevens(&mut h);
    h.get_by_label_contains("Personen (").click();
    let t = std::time::Instant::now();
    h.run_steps(1);
    let elapsed = t.elapsed();
    println!(
        "persons: {}; first frame of the tab (validation, index, duplicates): {elapsed:?}",
        region.persons.len(),
    );
    let t = std::time::Instant::now();
    h.run_steps(20);
    println!("idle frame: {:?}", t.elapsed() / 20);
    let t = std::time::Instant::now();
    h.get_by_label("naam").click();
    h.run_steps(1);
    println!("sort by name: {:?}", t.elapsed());
    let input = h.get_by_role_and_label(Role::TextInput, "Filter");
    input.focus();
    h.run_steps(1);
    let t = std::time::Instant::now();
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("a");
    h.run_steps(1);
    println!(
        "first filter keystroke (builds the search text): {:?}",
        t.elapsed()
    );
    let t = std::time::Instant::now();
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("n");
    h.run_steps(1);
    println!("next filter keystroke: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    h.run_steps(20);
    println!("idle frame, filtered: {:?}", t.elapsed() / 20);
}

#[test]
fn with_names_hidden_the_lists_stay_closed() {
    let _ = recovery_dir();
    let mut h = harness(Some(example_dir()));
    open_gegevens(&mut h);
    assert!(
        h.query_by_label_contains("Marieke Bakker").is_some() || {
            // The Partijen tab opens first; the person is on the Personen tab.
            h.get_by_label_contains("Personen").click();
            h.run_steps(2);
            h.query_by_label_contains("Marieke Bakker").is_some()
        }
    );
    h.state_mut().run(Command::SetAnonymous(true));
    h.run_steps(3);
    assert!(h.query_by_label_contains("Marieke Bakker").is_none());
    assert!(
        h.query_by_label_contains("De namen zijn verborgen")
            .is_some()
    );
    h.get_by_label("Namen weer tonen").click();
    h.run_steps(3);
    assert!(!h.state().document.as_ref().unwrap().anonymous());
}
