//! The app's file work, driven through egui_kittest: save as (with the typed-path fallback),
//! export from the dialog, re-import of changed CSV files, the thresholds dialog, the question
//! before leaving unsaved work, and "verbind met…" on the canvas.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use netwerkkaart::app::panels::DialogKind;
use netwerkkaart::app::{App, Command, Leave};
use netwerkkaart::edit::Edit;
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::*;
use std::path::{Path, PathBuf};

use crate::support::app_harness as harness;

use harness::{example_dir, harness, recovery_dir, region_file};

/// The example's CSV files copied into a fresh folder, so a test can change them.
fn csv_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("lingemond");
    std::fs::create_dir(&folder).expect("mkdir");
    for e in std::fs::read_dir(example_dir()).expect("example") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "csv") {
            std::fs::copy(&p, folder.join(p.file_name().unwrap())).expect("copy");
        }
    }
    (dir, folder)
}

fn doc<'a>(h: &'a Harness<'static, App>) -> &'a netwerkkaart::app::Document {
    h.state().document.as_ref().expect("a map is open")
}

fn new_table(id: &str) -> Table {
    Table::new(
        id,
        "Wijkoverleg Brederwijk",
        Domain::Leefomgeving,
        Layer::Operationeel,
    )
}

fn discard_autosave(h: &Harness<'static, App>) {
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
fn saving_a_csv_map_asks_where_and_the_project_remembers_its_source() {
    let (dir, folder) = csv_copy();
    let mut h = harness(Some(folder.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-nieuw"))));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(2);
    // No project file yet: the save-as dialog, filled in beside (not inside) the CSV folder.
    assert_eq!(h.state().files.kind, Some(DialogKind::SaveAs));
    let suggested = PathBuf::from(h.state().files.path.clone());
    assert_eq!(suggested, dir.path().join("lingemond.netwerkkaart"));
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    assert!(suggested.is_file(), "saved where the dialog said");
    assert_eq!(h.state().files.kind, None, "the dialog closes");
    assert!(!doc(&h).history().is_dirty());
    assert_eq!(doc(&h).path, suggested);
    // Reopened, the project knows which folder to re-import from.
    let reopened = netwerkkaart::project::load(&suggested).expect("reads back");
    assert!(reopened.table("t-nieuw").is_some());
    let d = netwerkkaart::app::Document::new(suggested, reopened, vec![]);
    assert_eq!(d.source.as_deref(), Some(folder.as_path()));
    discard_autosave(&h);
}

#[test]
fn save_as_to_a_missing_folder_says_so_and_writes_nothing() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    h.run_steps(2);
    assert_eq!(h.state().files.kind, Some(DialogKind::SaveAs));
    h.state_mut().files.path = "/geen/zulke/map/kaart.netwerkkaart".into();
    h.run_steps(1);
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    let err = h.state().files.error.clone().expect("an error").0;
    assert!(err.contains("/geen/zulke/map"), "{err}");
    assert!(h.get_all_by_label_contains("bestaat niet").next().is_some());
    assert!(!Path::new("/geen/zulke/map").exists());
}

#[test]
fn the_export_dialog_writes_the_current_view_and_hides_names_when_asked() {
    let (dir, path) = region_file();
    let mut h = harness(Some(path));
    h.state_mut()
        .run(Command::SetView(netwerkkaart::app::View::Driehoek));
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run_steps(2);
    let files = &h.state().files;
    assert_eq!(files.kind, Some(DialogKind::Export));
    assert_eq!(files.picture, netwerkkaart::export::Picture::Driehoek);
    let png = dir.path().join("lingemond-driehoek.png");
    assert_eq!(PathBuf::from(files.path.clone()), png);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Exporteren")
        .click();
    h.run_steps(1);
    h.state_mut().wait_for_export();
    h.run_steps(2);
    let bytes = std::fs::read(&png).expect("the PNG is written");
    assert_eq!(&bytes[1..4], b"PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    assert_eq!(width, 2000);
    assert_eq!(h.state().files.kind, None, "the dialog closes when done");
    let status = doc(&h).status.clone().unwrap_or_default();
    assert!(status.contains("lingemond-driehoek.png"), "{status}");

    // The network as SVG, names hidden: no person's name in the file.
    h.state_mut().run(Command::ShowDialog(DialogKind::Export));
    {
        let f = &mut h.state_mut().files;
        f.choice = netwerkkaart::app::panels::ExportChoice::Svg;
        f.picture = netwerkkaart::export::Picture::Netwerk;
        f.anonymous = true;
        f.path = dir.path().join("anoniem.svg").display().to_string();
    }
    h.run_steps(3);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Exporteren")
        .click();
    h.run_steps(1);
    let status = doc(&h).status.clone();
    let (kind, err) = (h.state().files.kind, h.state().files.error.clone());
    assert!(
        h.state().exporting.is_some() || dir.path().join("anoniem.svg").exists(),
        "the export started: {status:?} {kind:?} {err:?}"
    );
    h.state_mut().wait_for_export();
    let svg = std::fs::read_to_string(dir.path().join("anoniem.svg")).expect("svg");
    assert!(svg.contains("<svg"), "an SVG");
    for p in &doc(&h).map().persons {
        assert!(!svg.contains(&p.name), "{} is in the anonymous SVG", p.name);
    }
    assert!(
        svg.contains("Gemeente Brederwijk"),
        "parties keep their names"
    );
}

#[test]
fn every_export_choice_writes_a_file_that_reads_back() {
    let (dir, path) = region_file();
    let mut h = harness(Some(path));
    use netwerkkaart::app::panels::ExportChoice;
    for choice in ExportChoice::ALL {
        h.state_mut().run(Command::ShowDialog(DialogKind::Export));
        h.state_mut().files.choice = choice;
        h.state_mut().files.excel = false;
        let name = format!("uit-{choice:?}");
        let ext = h.state().files.output().extension();
        let target = match ext {
            Some(e) => dir.path().join(format!("{name}.{e}")),
            None => dir.path().join(name),
        };
        h.state_mut().files.path = target.display().to_string();
        let cmd = h.state().files.command(Lang::Nl).expect("a command");
        h.state_mut().run(cmd);
        h.state_mut().wait_for_export();
        assert!(target.exists(), "{choice:?} wrote {}", target.display());
        match choice {
            ExportChoice::DataXlsx | ExportChoice::DataCsv => {
                let back = netwerkkaart::import::load_map(&target).expect("re-imports");
                assert_eq!(back.map.parties.len(), doc(&h).map().parties.len());
                assert_eq!(back.map.memberships.len(), doc(&h).map().memberships.len());
            }
            ExportChoice::Report => {
                let html = std::fs::read_to_string(&target).unwrap();
                assert!(html.contains("<svg") && html.contains("Marieke Bakker"));
            }
            _ => assert!(std::fs::metadata(&target).unwrap().len() > 500),
        }
    }
}

#[test]
fn reimport_updates_by_id_keeps_edits_and_undoes_in_one_step() {
    let (_dir, folder) = csv_copy();
    let mut h = harness(Some(folder.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-eigen"))));
    let before = doc(&h).map().clone();
    let renamed_id = before.parties[0].id.clone();
    let old_name = before.parties[0].name.clone();
    // Someone renamed a party in the spreadsheet.
    let file = folder.join("partijen.csv");
    let text = std::fs::read_to_string(&file).expect("partijen.csv");
    assert!(text.contains(&old_name));
    std::fs::write(&file, text.replacen(&old_name, "Hernoemde Partij", 1)).unwrap();

    h.state_mut().run(Command::ShowDialog(DialogKind::Reimport));
    h.run_steps(2);
    assert_eq!(
        PathBuf::from(h.state().files.path.clone()),
        folder,
        "the source is offered"
    );
    h.get_by_label("Inlezen").click();
    h.run_steps(2);
    // The preview first; nothing is applied until the user says so.
    assert_eq!(doc(&h).map(), &before);
    h.get_by_label("Wijzigingen toepassen").click();
    h.run_steps(2);
    let m = &doc(&h).map();
    assert_eq!(m.party(&renamed_id).unwrap().name, "Hernoemde Partij");
    assert!(
        m.table("t-eigen").is_some(),
        "what the source lacks is kept"
    );
    let status = doc(&h).status.clone().unwrap_or_default();
    assert!(status.contains("1 bijgewerkt"), "{status}");
    assert_eq!(h.state().files.kind, None);
    h.state_mut().run(Command::Undo);
    assert_eq!(
        doc(&h).map(),
        &before,
        "one undo takes the whole re-import back"
    );

    // A source that does not read: the errors in the dialog, the map untouched.
    std::fs::write(folder.join("tafels.csv"), "id;naam\n;zonder id\n").unwrap();
    h.state_mut().run(Command::ShowDialog(DialogKind::Reimport));
    h.run_steps(2);
    h.get_by_label("Inlezen").click();
    h.run_steps(2);
    let (heading, lines) = h.state().files.error.clone().expect("errors shown");
    assert!(heading.contains("kon niet worden ingelezen"), "{heading}");
    assert!(lines.iter().any(|l| l.contains("tafels.csv")), "{lines:?}");
    assert_eq!(doc(&h).map(), &before);
    discard_autosave(&h);
}

/// How many tables the analysis reports as one sector meeting itself.
fn mono_sector(h: &Harness<'static, App>) -> usize {
    doc(h)
        .analysis()
        .findings
        .iter()
        .filter(|f| f.kind.name() == "mono_sector_table")
        .count()
}

#[test]
fn thresholds_from_the_dialog_change_the_findings_are_undoable_and_saved() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    let before = mono_sector(&h);
    h.state_mut().run(Command::ShowThresholds);
    h.run_steps(2);
    assert!(h.get_all_by_label_contains("standaard 6").next().is_some());
    h.state_mut().thresholds.draft.mono_sector_min_members = 5;
    h.run_steps(1);
    h.get_by_label("Toepassen").click();
    h.run_steps(2);
    assert_eq!(doc(&h).analysis().thresholds.mono_sector_min_members, 5);
    assert!(
        mono_sector(&h) < before,
        "small one-sector tables no longer count ({} vs {before})",
        mono_sector(&h)
    );
    let status = doc(&h).status.clone().unwrap_or_default();
    assert!(status.contains("opgelost"), "{status}");
    h.state_mut().run(Command::Undo);
    assert_eq!(mono_sector(&h), before, "undo restores the default");
    assert_eq!(doc(&h).analysis().thresholds.mono_sector_min_members, 2);
    h.state_mut().run(Command::Redo);
    h.state_mut().run(Command::Save);
    let reopened = netwerkkaart::project::load(&path).expect("reads");
    let d = netwerkkaart::app::Document::new(path, reopened, vec![]);
    assert_eq!(
        d.analysis().thresholds.mono_sector_min_members,
        5,
        "stored with the project"
    );
}

#[test]
fn opening_another_map_with_unsaved_work_asks_first() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-nieuw"))));
    h.state_mut().run(Command::OpenExample);
    h.run_steps(2);
    assert_eq!(h.state().confirm, Some(Leave::OpenExample));
    assert_eq!(doc(&h).path, path, "nothing opened yet");
    h.get_by_label("Annuleren").click();
    h.run_steps(2);
    assert_eq!(h.state().confirm, None);
    assert!(
        doc(&h).map().table("t-nieuw").is_some(),
        "the work is still there"
    );

    // "Opslaan": saved to the project, then the example opens.
    h.state_mut().run(Command::OpenExample);
    h.run_steps(2);
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    assert_ne!(doc(&h).path, path, "the example is open");
    let saved = netwerkkaart::project::load(&path).expect("saved");
    assert!(saved.table("t-nieuw").is_some());

    // "Niet opslaan": the edit is dropped.
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-weg"))));
    h.state_mut().run(Command::Open(path.clone()));
    h.run_steps(2);
    h.get_by_label("Niet opslaan").click();
    h.run_steps(2);
    assert_eq!(doc(&h).path, path);
    assert!(doc(&h).map().table("t-weg").is_none());
    assert!(doc(&h).map().table("t-nieuw").is_some());
}

#[test]
fn verbind_met_on_the_canvas_adds_a_relationship() {
    let _ = recovery_dir();
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    let at = {
        let app = h.state();
        let d = app.document.as_ref().unwrap();
        app.canvas
            .screen_pos_of(d, "zorg-amberhuis")
            .expect("Amberhuis drawn")
    };
    let relations = doc(&h).map().relations.len();
    harness::right_click(&mut h, at);
    h.get_by_label("Verbind met…").hover();
    h.run_steps(3);
    h.get_by_label("Verbind met…").click();
    h.run_steps(3);
    // The search box of the submenu (the top bar has a search box too).
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .last()
        .expect("the search box")
        .type_text("thuisb");
    h.run_steps(3);
    h.get_by_label("Thuisborg Wonen").click();
    h.run_steps(2);
    let m = &doc(&h).map();
    assert_eq!(m.relations.len(), relations + 1);
    let r = m.relations.last().unwrap();
    assert_eq!(
        (r.from.as_str(), r.to.as_str()),
        ("zorg-amberhuis", "corp-thuisborg")
    );
    h.state_mut().run(Command::Undo);
    assert_eq!(doc(&h).map().relations.len(), relations);
}

#[test]
fn a_large_map_is_reanalysed_in_the_background_and_the_status_follows() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    // Treat the example as large: every edit is analysed off the UI thread.
    h.state_mut().document.as_mut().unwrap().async_above = 0;
    let missing = |h: &Harness<'static, App>| {
        doc(h).analysis().findings.iter().any(|f| {
            f.kind.name() == "missing_link" && f.subjects.iter().any(|s| s == "zorg-amberhuis")
        })
    };
    assert!(missing(&h));
    let mut t = new_table("t-samen");
    t.werkgebied = vec!["gem-brederwijk".into()];
    h.state_mut().run(Command::Edit(Edit::AddTable(t)));
    for party in ["zorg-amberhuis", "corp-thuisborg"] {
        h.state_mut()
            .run(Command::Edit(Edit::AddMembership(Membership {
                table: "t-samen".into(),
                party: party.into(),
                person: None,
                role: Role::Lid,
                attributes: vec![],
            })));
    }
    // The UI thread did not wait: the old findings stay until the new ones arrive.
    let status = doc(&h).status.clone().unwrap_or_default();
    assert!(status.contains("analyse wordt bijgewerkt"), "{status}");
    let mut waited = 0;
    while doc(&h).analysis_pending() && waited < 500 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
        waited += 1;
    }
    assert!(!doc(&h).analysis_pending(), "the analysis arrived");
    assert!(
        !missing(&h),
        "seated together, the link is no longer missing"
    );
    let status = doc(&h).status.clone().unwrap_or_default();
    assert!(
        status.contains("opgelost"),
        "the status says what the edits resolved: {status}"
    );
    assert!(!status.contains("bijgewerkt…"), "{status}");
}

#[test]
fn closing_with_unsaved_csv_work_saves_as_first_and_a_cancel_forgets_the_close() {
    let (dir, folder) = csv_copy();
    let mut h = harness(Some(folder));
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-nieuw"))));
    h.state_mut().run(Command::CloseMap);
    h.run_steps(2);
    assert_eq!(h.state().confirm, Some(Leave::CloseMap));
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    // A CSV map has no project file yet: the save-as dialog asks where.
    assert_eq!(h.state().files.kind, Some(DialogKind::SaveAs));
    h.run_steps(4);
    h.get_by_label("Annuleren").click();
    h.run_steps(2);
    assert!(
        h.state().document.is_some(),
        "cancelled: the map stays open"
    );
    assert_eq!(
        h.state().after_save,
        None,
        "and nothing waits for a later save"
    );
    // Saving later does not close the map behind the user's back.
    h.state_mut().run(Command::ShowDialog(DialogKind::SaveAs));
    h.run_steps(4);
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    assert!(dir.path().join("lingemond.netwerkkaart").is_file());
    assert!(h.state().document.is_some());
    // Now with the question answered "Opslaan" and the dialog confirmed: saved, then closed.
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-twee"))));
    h.state_mut().run(Command::CloseMap);
    h.run_steps(4);
    h.get_by_label("Opslaan").click();
    h.run_steps(2);
    assert!(
        h.state().document.is_none(),
        "a project file: saved in place, then closed"
    );
    let saved = netwerkkaart::project::load(&dir.path().join("lingemond.netwerkkaart")).unwrap();
    assert!(saved.table("t-twee").is_some());
}

#[test]
fn opening_from_the_menu_over_a_map_uses_the_path_dialog_and_keeps_the_map_on_errors() {
    let (dir, path) = region_file();
    let mut h = harness(Some(path.clone()));
    h.get_by_label("Bestand").click();
    h.run_steps(2);
    h.get_by_label("Kaart openen…").click();
    h.run_steps(4);
    assert_eq!(h.state().files.kind, Some(DialogKind::Open));
    // A folder with a broken table file: the errors in the dialog, the open map stays.
    let bad = dir.path().join("kapot");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(
        bad.join("partijen.csv"),
        "id;naam;soort\ngem-x;;gemeentee\n",
    )
    .unwrap();
    h.state_mut().files.path = bad.display().to_string();
    h.run_steps(1);
    h.get_by_label("Openen").click();
    h.run_steps(2);
    let (heading, lines) = h.state().files.error.clone().expect("errors in the dialog");
    assert!(heading.contains("kon niet worden geopend"), "{heading}");
    assert!(
        lines.iter().any(|l| l.contains("partijen.csv")),
        "{lines:?}"
    );
    assert_eq!(doc(&h).path, path, "the map that was open stays open");
    // The example, typed: it opens and the dialog closes.
    h.state_mut().files.path = example_dir().display().to_string();
    h.run_steps(3);
    h.get_by_label("Openen").click();
    h.run_steps(2);
    assert_eq!(doc(&h).path, example_dir());
    assert_eq!(h.state().files.kind, None);
}

#[test]
fn with_names_hidden_the_background_analysis_brings_the_shown_findings_too() {
    let (_dir, path) = region_file();
    let mut h = harness(Some(path));
    h.state_mut().run(Command::SetAnonymous(true));
    h.state_mut().document.as_mut().unwrap().async_above = 0;
    h.state_mut()
        .run(Command::Edit(Edit::AddTable(new_table("t-nieuw"))));
    assert!(doc(&h).analysis_pending());
    h.state_mut().document.as_mut().unwrap().block_on_analysis();
    let d = doc(&h);
    let (real, shown) = (&d.analysis().findings, &d.display_analysis().findings);
    assert_eq!(
        real.len(),
        shown.len(),
        "the shown findings match the new analysis"
    );
    for (a, b) in real.iter().zip(shown) {
        assert_eq!((a.kind, &a.subjects), (b.kind, &b.subjects));
    }
    assert!(d.display_map().table("t-nieuw").is_some());
    let text: String = shown.iter().map(|f| f.message(Lang::Nl)).collect();
    assert!(
        !text.contains("Marieke Bakker"),
        "no name in the shown findings"
    );
    discard_autosave(&h);
}
