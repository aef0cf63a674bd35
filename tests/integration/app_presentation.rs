//! The presentation and the "hide names" switch, driven through egui_kittest on the example
//! map: F5, stepping, Escape; editing the slide sequence (saved with the project, undoable);
//! a damaged saved sequence; and no person's name or id on screen with names hidden.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use netwerkkaart::app::presentation::{DECK_KEY, Deck, DeckSource};
use netwerkkaart::app::{App, Command};
use netwerkkaart::edit::Edit;

use crate::support::app_harness as harness;

use harness::{example_dir, harness, region_file};

/// The default sequence's page titles in Dutch, after the title slide (which shows the map
/// title): the example has four municipalities, so four werkgebied pages.
fn titles(h: &Harness<'static, App>) -> Vec<String> {
    let doc = h.state().document.as_ref().expect("doc");
    let a = doc.display_analysis();
    let wgs = netwerkkaart::deck::werkgebieden(a);
    assert_eq!(wgs.len(), 4, "the example's municipalities");
    let mut t: Vec<String> = [
        "Waar te beginnen",
        "Het netwerk in domeinen en lagen",
        "De driehoek gemeente – corporatie – zorg per domein",
    ]
    .map(String::from)
    .to_vec();
    t.extend(
        wgs.iter()
            .map(|w| format!("De driehoek in {}", netwerkkaart::deck::name(a, w))),
    );
    t.extend(
        [
            "Belangrijkste bevindingen",
            "Domein Casus",
            "Domein Institutioneel",
            "Domein Leefomgeving",
        ]
        .map(String::from),
    );
    t
}

fn press(h: &mut Harness<'static, App>, key: Key) {
    h.key_press(key);
    h.run_steps(2);
    if let Some(doc) = h.state_mut().document.as_mut() {
        doc.block_on_layout();
    }
    h.run_steps(2);
}

fn shown(h: &Harness<'static, App>) -> String {
    h.state().presentation.shown_title.clone()
}

fn deck(h: &Harness<'static, App>) -> (Deck, DeckSource) {
    Deck::of_map(h.state().document.as_ref().expect("doc").map())
}

#[test]
fn f5_enters_arrows_step_through_the_slides_and_escape_leaves() {
    let mut h = harness(Some(example_dir()));
    let map_title = h
        .state()
        .document
        .as_ref()
        .expect("doc")
        .map()
        .title
        .clone();
    press(&mut h, Key::F5);
    assert!(h.state().presentation.active);
    assert_eq!(shown(&h), map_title);
    let titles = titles(&h);
    let n = titles.len() + 1;
    assert_eq!(
        n, 12,
        "title, actions, network, region, 4 werkgebieden, findings, 3 domains"
    );
    assert!(
        h.query_by_label(&format!("1 / {n}")).is_some(),
        "the slide number is shown"
    );
    for (i, title) in titles.iter().enumerate() {
        // Alternate the keys that step forward.
        press(&mut h, [Key::ArrowRight, Key::PageDown, Key::Space][i % 3]);
        assert_eq!(shown(&h), *title, "slide {}", i + 2);
        assert!(h.query_by_label(title).is_some(), "{title} is on screen");
    }
    assert!(h.query_by_label(&format!("{n} / {n}")).is_some());
    // Past the end stays at the end; back and Home/End work.
    let last = titles.len() - 1;
    press(&mut h, Key::ArrowRight);
    assert_eq!(shown(&h), titles[last]);
    press(&mut h, Key::ArrowLeft);
    assert_eq!(shown(&h), titles[last - 1]);
    press(&mut h, Key::Home);
    assert_eq!(shown(&h), map_title);
    press(&mut h, Key::End);
    assert_eq!(shown(&h), titles[last]);
    press(&mut h, Key::Escape);
    assert!(!h.state().presentation.active);
    // The normal window is back.
    assert!(
        h.query_by_role_and_label(Role::Button, "Driehoek")
            .is_some()
    );
}

#[test]
fn hiding_and_reordering_are_saved_with_the_project_and_undone() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.get_by_label("Dia's bewerken").click();
    h.run_steps(4);
    // Hide the region's triangles (fourth slide), then move the findings (sixth) up.
    h.query_all_by_label("Tonen")
        .nth(3)
        .expect("a checkbox per slide")
        .click();
    h.run_steps(2);
    h.query_all_by_label("Omhoog")
        .nth(5)
        .expect("an up button per slide")
        .click();
    h.run_steps(2);
    let (d, source) = deck(&h);
    assert_eq!(source, DeckSource::Saved);
    let expected = Deck::default().toggled(3).moved(5, true);
    assert_eq!(d, expected);

    // The presentation follows: findings fourth, the region's triangles skipped, then the
    // four werkgebieden.
    let titles = titles(&h);
    press(&mut h, Key::F5);
    for _ in 0..3 {
        press(&mut h, Key::ArrowRight);
    }
    assert_eq!(shown(&h), "Belangrijkste bevindingen");
    press(&mut h, Key::ArrowRight);
    assert_eq!(shown(&h), titles[3], "the first werkgebied");
    assert!(h.query_by_label("5 / 11").is_some());
    press(&mut h, Key::Escape);

    // Saved with the project and read back.
    h.state_mut().run(Command::Save);
    h.run_steps(1);
    let reopened = netwerkkaart::project::load(&path).expect("project loads");
    assert_eq!(Deck::of_map(&reopened).0, expected);
    let h2 = harness(Some(path));
    assert_eq!(deck(&h2).0, expected);
    drop(h2);

    // Two undos bring the generated default back.
    h.state_mut().run(Command::Undo);
    h.state_mut().run(Command::Undo);
    h.run_steps(2);
    let (d, source) = deck(&h);
    assert_eq!((d, source), (Deck::default(), DeckSource::Generated));
}

#[test]
fn a_garbage_saved_sequence_falls_back_to_the_default() {
    let mut h = harness(Some(example_dir()));
    h.state_mut().run(Command::Edit(Edit::SetView {
        key: DECK_KEY.into(),
        value: Some(serde_json::json!({"dias": "kapot", "versie": "?"})),
    }));
    h.run_steps(2);
    assert_eq!(deck(&h).1, DeckSource::Unreadable);
    press(&mut h, Key::F5);
    for title in titles(&h) {
        press(&mut h, Key::ArrowRight);
        assert_eq!(shown(&h), title);
    }
    h.get_by_label("Dia's bewerken").click();
    h.run_steps(4);
    assert!(
        h.query_by_label_contains("kon niet worden gelezen")
            .is_some()
    );
}

/// Every label and value in the accessibility tree that contains a person's name or id.
fn names_on_screen(h: &Harness<'static, App>, needles: &[String]) -> Vec<String> {
    let needles = needles.to_vec();
    h.query_all(
        By::new()
            .predicate(move |n| {
                let texts = [n.label(), n.value()];
                texts
                    .iter()
                    .flatten()
                    .any(|t| needles.iter().any(|x| t.contains(x.as_str())))
            })
            .include_labels(),
    )
    .map(|n| {
        let n = n.accesskit_node();
        format!("{:?} {:?}", n.label(), n.value())
    })
    .collect()
}

#[test]
fn hidden_names_are_nowhere_on_screen_nor_in_the_presentation() {
    let mut h = harness(Some(example_dir()));
    let map = h.state().document.as_ref().expect("doc").map().clone();
    let mut needles: Vec<String> = map.persons.iter().map(|p| p.name.clone()).collect();
    needles.extend(map.persons.iter().map(|p| p.id.clone()));
    let bakker = map
        .persons
        .iter()
        .find(|p| p.name == "Marieke Bakker")
        .expect("the example's connector")
        .id
        .clone();
    // Persons on the canvas, Marieke Bakker selected (inspector) and a finding about her.
    {
        let doc = h.state_mut().document.as_mut().expect("doc");
        doc.filter.persons = true;
        doc.mark_scene_dirty();
    }
    let finding = h
        .state()
        .document
        .as_ref()
        .and_then(|d| {
            d.analysis()
                .findings
                .iter()
                .position(|f| f.subjects.contains(&bakker))
        })
        .expect("a finding about her");
    h.state_mut().run(Command::SelectNode(Some(bakker.clone())));
    h.state_mut().run(Command::SelectFinding(Some(finding)));
    h.run_steps(3);
    assert!(
        !names_on_screen(&h, &needles).is_empty(),
        "names are shown before the switch"
    );

    h.get_by_label("Namen verbergen").click();
    h.run_steps(3);
    assert!(h.state().document.as_ref().is_some_and(|d| d.anonymous()));
    let found = names_on_screen(&h, &needles);
    assert!(found.is_empty(), "{found:?}");
    let doc = h.state().document.as_ref().expect("doc");
    assert!(doc.cached_scene().nodes.iter().any(|n| n.id == bakker));
    for n in &doc.cached_scene().nodes {
        assert!(
            !needles.iter().any(|x| n.label.contains(x.as_str())),
            "canvas label {}",
            n.label
        );
    }
    // The other views too.
    for view in ["Driehoek", "Matrix", "Bevindingen"] {
        h.get_by_role_and_label(Role::Button, view).click();
        h.run_steps(3);
        let found = names_on_screen(&h, &needles);
        assert!(found.is_empty(), "{view}: {found:?}");
    }

    // And every slide of the presentation.
    press(&mut h, Key::F5);
    for slide in 0..12 {
        let found = names_on_screen(&h, &needles);
        assert!(found.is_empty(), "slide {}: {found:?}", slide + 1);
        if let Some(scene) = h.state().presentation.scene() {
            for n in &scene.nodes {
                assert!(!needles.iter().any(|x| n.label.contains(x.as_str())));
            }
        }
        press(&mut h, Key::ArrowRight);
    }
    // The findings slide names her by function and party.
    press(&mut h, Key::Home);
    for _ in 0..8 {
        press(&mut h, Key::ArrowRight);
    }
    assert_eq!(shown(&h), "Belangrijkste bevindingen");
    assert!(h.query_by_label_contains("is overbelast").is_some());
    // The switch in the presentation shows names again.
    h.get_by_label("Namen verbergen").click();
    h.run_steps(3);
    assert!(!names_on_screen(&h, &needles).is_empty());
}

#[test]
fn n_shows_the_notes_of_the_slide_on_show_and_the_button_hides_them() {
    use netwerkkaart::i18n::Lang;
    let mut h = harness(Some(example_dir()));
    press(&mut h, Key::F5);
    // Off by default: the projector shows the slide alone.
    assert!(!h.state().presentation.notes_open);
    let title_note = netwerkkaart::i18n::deck::NOTES_TITLE.get_in(Lang::Nl);
    assert!(h.query_by_label(title_note).is_none());
    assert!(h.state().presentation.shown_notes.is_empty());
    press(&mut h, Key::N);
    assert!(h.state().presentation.notes_open);
    assert!(h.query_by_label("Notities voor de spreker").is_some());
    assert!(
        h.query_by_label(title_note).is_some(),
        "the title slide's note"
    );

    // The actions slide: one note per action, "rank. title — explanation" in full.
    press(&mut h, Key::ArrowRight);
    assert_eq!(shown(&h), "Waar te beginnen");
    assert!(
        h.query_by_label(title_note).is_none(),
        "the title slide's note went with its slide"
    );
    let (map, thresholds) = {
        let doc = h.state().document.as_ref().expect("doc");
        (
            doc.display_map().clone(),
            doc.display_analysis().thresholds.clone(),
        )
    };
    let full = netwerkkaart::analysis::analyse(&map, &thresholds);
    assert!(!full.actions.is_empty(), "the example has actions");
    let first = &full.actions[0];
    let note = format!(
        "1. {} — {}",
        first.title.render(Lang::Nl),
        first.explanation.render(Lang::Nl)
    );
    assert!(h.query_by_label(&note).is_some(), "{note}");
    assert_eq!(
        h.state().presentation.shown_notes.len(),
        full.actions.len().min(5)
    );

    // The findings slide: a short sentence on the slide, the whole message in the notes.
    for _ in 0..12 {
        if shown(&h) == "Belangrijkste bevindingen" {
            break;
        }
        press(&mut h, Key::ArrowRight);
    }
    assert_eq!(shown(&h), "Belangrijkste bevindingen");
    let long = full
        .groups
        .iter()
        .take(netwerkkaart::deck::TOP_FINDINGS)
        .find_map(|g| {
            let message = g.message.render(Lang::Nl);
            let short =
                netwerkkaart::deck::short_sentence(&message, netwerkkaart::deck::SHORT_CHARS);
            (short != message).then(|| (g.title.render(Lang::Nl), message, short, g.findings.len()))
        })
        .expect("a group on the slide with a long message");
    let (title, message, short, size) = long;
    assert!(h.query_by_label(&short).is_some(), "on the slide: {short}");
    assert!(
        h.query_by_label(&message).is_none(),
        "not in full on the slide"
    );
    // A group of several: its title and sentence; a group of one: its finding as a bullet.
    let note = if size > 1 {
        format!("{title} — {message}")
    } else {
        format!("• {message}")
    };
    assert!(h.query_by_label(&note).is_some(), "in the notes: {note}");

    // The button closes the panel; the slide stays.
    h.get_by_label("Notities (N)").click();
    h.run_steps(3);
    assert!(!h.state().presentation.notes_open);
    assert!(h.query_by_label(&note).is_none());
    assert!(h.query_by_label(&short).is_some());
    assert_eq!(shown(&h), "Belangrijkste bevindingen");
}
