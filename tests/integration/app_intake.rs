//! "Inventarisatie samenvoegen…" in the app, driven through egui_kittest on the four partner
//! lists of `tests/data/intake/`: choose the lists, review (pick a value, merge a look-alike
//! pair, keep one source's row apart), then open the combination as a new map, or merge it
//! into an open map as one edit that one undo takes back. Expectations are worked out by hand
//! from the fixture files (see `intake.rs` for the combination without decisions).

use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::Command;
use netwerkkaart::intake::{self, REPORTED_BY, Split};
use netwerkkaart::model::Layer;
use std::path::PathBuf;

use crate::support::app_harness as harness;

fn lists() -> Vec<PathBuf> {
    let f = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/intake");
    vec![
        f.join("gemeente-dalwijk"),
        f.join("gemeente-veerhaven"),
        f.join("zorggroep-lindehof.xlsx"),
        f.join("woonstichting-dalwijk-wonen"),
    ]
}

#[test]
fn review_the_lists_and_open_them_as_a_new_map() {
    let _ = harness::recovery_dir();
    let mut h = harness::harness_in(None, None);
    h.state_mut().run(Command::ShowIntake(lists()));
    h.run_steps(2);
    h.get_by_label("4 lijsten gekozen");
    h.get_by_label("Samenvoegen en beoordelen").click();
    h.run_steps(2);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    // The review: two conflicts, one look-alike pair, two unconfirmed seats.
    h.get_by_label("Tegenstrijdige waarden (2)");
    h.get_by_label("Namen die op elkaar lijken (1)");
    h.get_by_label("Onbevestigde deelnames (2)");
    // Veerhaven's "tactisch" for the board instead of Dalwijk's "strategisch".
    h.get_by_label("tactisch  (gemeente-veerhaven)").click();
    h.run_steps(2);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    assert_eq!(h.state().intake.decisions.choose.len(), 1);
    // "Welzijn Dalwijk" and "Welzijn Dalwijk Jeugd" are one party.
    h.get_by_label("Samennemen").click();
    h.run_steps(2);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    h.get_by_label("Namen die op elkaar lijken (0)");
    // Veerhaven's "Lindenhof" is another party after all.
    let split = Split {
        kind: "partij".into(),
        id: "zorggroep-lindehof".into(),
        source: "gemeente-veerhaven".into(),
        name: "Zorggroep Lindenhof".into(),
    };
    h.state_mut().intake.decisions.split.push(split);
    h.state_mut()
        .intake
        .start(None, netwerkkaart::i18n::Lang::Nl);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    h.get_by_label("Uw beslissingen (3)");
    h.get_by_label("Openen als nieuwe kaart").click();
    h.run_steps(3);
    let app = h.state();
    assert!(!app.intake.open, "the dialog closes");
    let doc = app.document.as_ref().expect("the combined map is open");
    assert!(doc.history().is_dirty(), "a new map is unsaved");
    assert!(
        doc.path.extension().is_none(),
        "no project file yet: saving asks where ({})",
        doc.path.display()
    );
    let m = doc.map();
    // 7 parties, the two Welzijn rows as one, Veerhaven's Lindenhof apart: 7 - 1 + 1.
    assert_eq!(m.parties.len(), 7);
    assert!(m.party("zorggroep-lindenhof").is_some());
    assert!(m.party("welzijn-dalwijk").is_none());
    let board = m.table("bestuurlijk-overleg-wonen-en-zorg").unwrap();
    assert!(board.layers.contains(Layer::Tactisch) && !board.layers.contains(Layer::Strategisch));
    assert_eq!(intake::source_dates(m).len(), 4);
    // The inspector says who reported the selected row.
    h.state_mut()
        .run(Command::SelectNode(Some("zorggroep-lindehof".into())));
    h.state_mut()
        .run(Command::SetView(netwerkkaart::app::View::Netwerk));
    h.run_steps(3);
    h.get_by_label("Gemeld door:");
    h.get_by_label("gemeente-dalwijk, zorggroep-lindehof");
}

#[test]
fn merging_into_the_open_map_is_one_edit_that_undo_takes_back() {
    let _ = harness::recovery_dir();
    let (_dir, path) = harness::region_file();
    let mut h = harness::harness(Some(path));
    let before = h.state().document.as_ref().unwrap().map().clone();
    h.state_mut().run(Command::ShowIntake(lists()));
    h.state_mut().intake.into_open = true;
    let base = before.clone();
    h.state_mut()
        .intake
        .start(Some(&base), netwerkkaart::i18n::Lang::Nl);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    // The open map is the first source: its rows are nobody's report.
    let c = h.state().intake.combined.as_ref().expect("combined");
    assert_eq!(c.report.sources[0].name, "open kaart");
    h.get_by_label("Samenvoegen met de open kaart").click();
    h.run_steps(3);
    let doc = h.state().document.as_ref().unwrap();
    let m = doc.map();
    assert!(!h.state().intake.open);
    // Every row of the map is still there; the partners' rows came in beside them.
    for p in &before.parties {
        assert!(m.party(&p.id).is_some(), "{} kept", p.id);
    }
    let lindehof = m
        .parties
        .iter()
        .find(|p| p.name == "Zorggroep Lindehof")
        .expect("added");
    let by = lindehof
        .attributes
        .iter()
        .find(|(k, _)| k == REPORTED_BY)
        .map(|(_, v)| v.as_str());
    assert_eq!(
        by,
        Some("gemeente-dalwijk|gemeente-veerhaven|zorggroep-lindehof")
    );
    assert_eq!(intake::source_dates(m).len(), 4);
    assert_eq!(m.parties.len(), before.parties.len() + 7);
    h.state_mut().run(Command::Undo);
    h.run_steps(1);
    assert_eq!(h.state().document.as_ref().unwrap().map(), &before);
}

/// Lists that do not read are all named in the dialog, each with its errors (file, line,
/// column), and nothing is combined.
#[test]
fn every_list_that_does_not_read_is_shown_with_its_errors() {
    let _ = harness::recovery_dir();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("welzijn-dalwijk");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(
        broken.join("partijen.csv"),
        "naam,soort\nWelzijn Dalwijk,welzijn\n",
    )
    .unwrap();
    std::fs::write(
        broken.join("tafels.csv"),
        "naam,domein,laag\nBuurtpanel,buurt,operationeel\n",
    )
    .unwrap();
    std::fs::write(
        broken.join("deelnames.csv"),
        "tafel,partij\nBuurtpanel,Welzijn Dalwijk\n",
    )
    .unwrap();
    let missing = dir.path().join("ggd-regio.xlsx");
    let mut all = lists();
    all.extend([broken, missing]);
    let mut h = harness::harness_in(None, None);
    h.state_mut().run(Command::ShowIntake(all));
    h.run_steps(2);
    h.get_by_label("Samenvoegen en beoordelen").click();
    h.run_steps(2);
    h.state_mut().intake.block_on();
    h.run_steps(2);
    let app = h.state();
    assert!(app.intake.combined.is_none());
    let names: Vec<&str> = app
        .intake
        .failures
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(names, ["welzijn-dalwijk", "ggd-regio"]);
    assert!(
        app.intake.failures[0]
            .1
            .iter()
            .any(|l| l.contains("tafels.csv, regel 2, kolom 2 (domein)")),
        "{:?}",
        app.intake.failures[0].1
    );
    h.get_by_label("2 van de 6 lijsten kunnen niet worden ingelezen. Herstel ze (of haal ze weg) en probeer het opnieuw:");
    h.get_by_label("Bron 'ggd-regio' kan niet worden ingelezen:");
}
