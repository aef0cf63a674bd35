//! `netwerkkaart vergelijk`: two versions of the example map compared on the command line, as
//! a programme leader does a year later.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld")
}

fn vergelijk(old: &Path, new: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .arg("vergelijk")
        .arg(old)
        .arg(new)
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The example map with Amberhuis seated at Thuisborg's corporation meeting.
fn a_year_later() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(example()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    let seats = dir.path().join("deelnames.csv");
    let mut text = std::fs::read_to_string(&seats).unwrap();
    text.push_str("t-corpoverleg,zorg-amberhuis,,lid\n");
    std::fs::write(&seats, text).unwrap();
    dir
}

#[test]
fn a_new_seat_shows_as_a_seat_a_meeting_and_resolved_findings() {
    let later = a_year_later();
    let (code, out, err) = vergelijk(&example(), later.path(), &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let j: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(j["format"], "netwerkkaart-vergelijking");
    assert_eq!(j["unrelated"], false);
    assert_eq!(
        j["memberships"]["added"],
        serde_json::json!([{"table": "t-corpoverleg", "party": "zorg-amberhuis", "person": null}])
    );
    assert_eq!(j["memberships"]["removed"], serde_json::json!([]));
    let gained = j["meetings"]["gained"].as_array().unwrap();
    assert!(
        gained.contains(&serde_json::json!(["corp-thuisborg", "zorg-amberhuis"])),
        "{gained:?}"
    );
    assert!(j["meetings"]["lost"].as_array().unwrap().is_empty());
    let resolved: Vec<&str> = j["findings"]["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        resolved
            .iter()
            .any(|k| k.starts_with("missing_link|") && k.ends_with("corp-thuisborg,zorg-amberhuis")),
        "{resolved:?}"
    );
    assert_eq!(j["parties"]["added"], serde_json::json!([]));

    let (code, text, _) = vergelijk(&example(), later.path(), &[]);
    assert_eq!(code, 0);
    assert!(text.contains("Opgeloste bevindingen"), "{text}");
    assert!(text.contains("Amberhuis LVB-zorg aan "), "{text}");
    let (_, en, _) = vergelijk(
        &example(),
        later.path(),
        &["--taal", "en", "--format", "markdown"],
    );
    assert!(en.contains("## Findings resolved"), "{en}");
}

#[test]
fn a_map_against_itself_and_against_another_region() {
    let (code, same, _) = vergelijk(&example(), &example(), &[]);
    assert_eq!(code, 0);
    assert!(same.contains("Geen verschillen"), "{same}");
    let other = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/valid");
    let (code, text, _) = vergelijk(&example(), &other, &[]);
    assert_eq!(code, 0);
    assert!(text.contains("weinig gemeen"), "{text}");
    assert!(!text.contains("weg: "), "no row-by-row list: {text}");
    let missing = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/missing_file");
    let (code, _, err) = vergelijk(&example(), &missing, &[]);
    assert_eq!(code, 1, "{err}");
}

fn netwerkkaart(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_netwerkkaart"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The example map saved as a project file in a fresh folder.
fn example_project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.netwerkkaart");
    let loaded = netwerkkaart::import::load_map(&example()).unwrap();
    netwerkkaart::project::save(&loaded.map, &path).unwrap();
    (dir, path)
}

fn meting(path: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args: Vec<&std::ffi::OsStr> = vec!["meting".as_ref(), path.as_os_str()];
    args.extend(extra.iter().map(|s| std::ffi::OsStr::new(*s)));
    netwerkkaart(&args)
}

#[test]
fn a_snapshot_is_recorded_listed_and_compared_against() {
    let (_dir, project) = example_project();
    let (code, out, _) = meting(&project, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("nog geen metingen"), "{out}");

    let name = "Nulmeting maart 2026";
    let (code, _, err) = meting(&project, &["--naam", name, "--datum", "2026-03-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("vastgelegd"), "{err}");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&project).unwrap()).unwrap();
    assert_eq!(file["version"], 2, "snapshots move the format on");
    let leftovers = std::fs::read_dir(project.parent().unwrap())
        .unwrap()
        .count();
    assert_eq!(leftovers, 1, "the atomic save leaves no temporary file");

    let (code, out, _) = meting(&project, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("2026-03-01") && out.contains(name), "{out}");

    // The snapshot against the project it was taken of: nothing changed since.
    let side = PathBuf::from(format!("{}#{name}", project.display()));
    let (code, same, err) = vergelijk(&side, &project, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(same.contains("Geen verschillen"), "{same}");
    assert!(
        same.contains(&format!("kaart.netwerkkaart#{name}")),
        "{same}"
    );

    // A year later the seat was added: the snapshot is the old side.
    let later = a_year_later();
    let (code, out, err) = vergelijk(&side, later.path(), &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let j: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        j["memberships"]["added"],
        serde_json::json!([{"table": "t-corpoverleg", "party": "zorg-amberhuis", "person": null}])
    );
}

#[test]
fn snapshot_mistakes_are_refused_with_what_to_do() {
    let (_dir, project) = example_project();
    // No snapshots yet: say how to record one.
    let missing = PathBuf::from(format!("{}#Nulmeting", project.display()));
    let (code, _, err) = vergelijk(&missing, &example(), &[]);
    assert_eq!(code, 1);
    assert!(err.contains("nog geen metingen"), "{err}");

    let (code, _, _) = meting(&project, &["--naam", "Nulmeting", "--datum", "2026-03-01"]);
    assert_eq!(code, 0);
    let (code, _, _) = meting(
        &project,
        &["--naam", "Tussenmeting", "--datum", "2026-09-01"],
    );
    assert_eq!(code, 0);
    let before = std::fs::read(&project).unwrap();

    let typo = PathBuf::from(format!("{}#Nulmeeting", project.display()));
    let (code, _, err) = vergelijk(&typo, &example(), &[]);
    assert_eq!(code, 1);
    assert!(err.contains("geen meting 'Nulmeeting'"), "{err}");
    assert!(
        err.contains("'Nulmeting', 'Tussenmeting'"),
        "lists those there are: {err}"
    );

    let (code, _, err) = meting(&project, &["--naam", "Nulmeting"]);
    assert_eq!(code, 1);
    assert!(err.contains("al een meting"), "{err}");
    let (code, _, err) = meting(&project, &["--naam", "Eind", "--datum", "1-12-2026"]);
    assert_eq!(code, 1);
    assert!(err.contains("JJJJ-MM-DD"), "{err}");
    assert_eq!(
        std::fs::read(&project).unwrap(),
        before,
        "refusals leave the file"
    );

    let (code, _, err) = meting(&example(), &["--naam", "Nulmeting"]);
    assert_eq!(code, 1);
    assert!(err.contains("geen projectbestand"), "{err}");
    let (code, _, err) = meting(&example(), &["--naam", "x", "--taal", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a project file"), "{err}");
}

mod app {
    //! The re-import preview and the Vergelijken view, driven through the app harness.

    use crate::support::app_harness::{example_dir, harness};
    use egui_kittest::kittest::Queryable as _;
    use netwerkkaart::app::panels::DialogKind;
    use netwerkkaart::app::{App, Command};
    use netwerkkaart::edit::Edit;
    use netwerkkaart::model::{Domain, EntityKind, Set};
    use std::path::PathBuf;

    type H = egui_kittest::Harness<'static, App>;

    fn csv_copy() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("lingemond");
        std::fs::create_dir(&folder).unwrap();
        for e in std::fs::read_dir(example_dir()).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, folder.join(p.file_name().unwrap())).unwrap();
        }
        (dir, folder)
    }

    fn doc(h: &H) -> &netwerkkaart::app::Document {
        h.state().document.as_ref().expect("a map is open")
    }

    fn discard_autosave(h: &H) {
        if let Some(a) = doc(h).autosave.as_ref() {
            a.discard();
        }
    }

    #[test]
    fn the_reimport_preview_shows_each_change_and_keeps_own_values_where_asked() {
        let (_dir, folder) = csv_copy();
        let mut h = harness(Some(folder.clone()));
        // The working group set a table's domain in the app.
        let mut table = doc(&h).map().tables[0].clone();
        let (table_id, source_domains) = (table.id.clone(), table.domains);
        let own = if source_domains.contains(Domain::Leefomgeving) {
            Domain::Casus
        } else {
            Domain::Leefomgeving
        };
        table.domains = Set::one(own);
        h.state_mut().run(Command::Edit(Edit::ChangeTable {
            id: table_id.clone(),
            table,
        }));
        let before = doc(&h).map().clone();
        // Meanwhile someone renamed a party in the spreadsheet.
        let party = before.parties[0].clone();
        let file = folder.join("partijen.csv");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replacen(&party.name, "Hernoemde Partij", 1)).unwrap();

        h.state_mut().run(Command::ShowDialog(DialogKind::Reimport));
        h.run_steps(2);
        h.get_by_label("Inlezen").click();
        h.run_steps(3);
        assert_eq!(doc(&h).map(), &before, "nothing applied before the go");
        let pending = h.state().files.pending.clone().expect("a preview");
        let changed: Vec<(EntityKind, &str, &str)> = pending
            .preview
            .changed
            .iter()
            .flat_map(|r| {
                r.fields
                    .iter()
                    .map(move |f| (r.kind, r.key.as_str(), f.column.as_str()))
            })
            .collect();
        assert_eq!(
            changed,
            vec![
                (EntityKind::Party, party.id.as_str(), "naam"),
                (EntityKind::Table, table_id.as_str(), "domein"),
            ],
            "the source's change and the group's own edit, nothing else"
        );
        let domain_row = &pending.preview.changed[1].fields[0];
        assert_eq!(domain_row.old, own.to_string());
        let shown = h.get_all_by_label_contains("Hernoemde Partij").count();
        assert!(shown > 0, "old → new values are on screen");
        // Keep the group's domain (the second row), take the source's name.
        h.get_all_by_label("houd eigen waarde")
            .nth(1)
            .unwrap()
            .click();
        h.run_steps(2);
        h.get_by_label("Wijzigingen toepassen").click();
        h.run_steps(2);
        let m = doc(&h).map();
        assert_eq!(m.party(&party.id).unwrap().name, "Hernoemde Partij");
        assert_eq!(
            m.table(&table_id).unwrap().domains,
            Set::one(own),
            "own value kept"
        );
        assert_eq!(h.state().files.kind, None, "the dialog closes");
        h.state_mut().run(Command::Undo);
        assert_eq!(doc(&h).map(), &before, "one undo takes the re-import back");
        discard_autosave(&h);
    }
}

/// A year later the default slide sequence opens with what changed: a "Voortgang sinds" slide
/// right after the actions, counting the findings resolved and the meetings gained since the
/// snapshot; without a snapshot there is no such slide.
#[test]
fn the_default_deck_shows_progress_since_the_latest_snapshot() {
    use netwerkkaart::deck::{Deck, SlideKind, content};
    use netwerkkaart::i18n::Lang;
    use netwerkkaart::model::Snapshot;
    let before = netwerkkaart::import::load_map(&example()).unwrap().map;
    assert!(
        !Deck::of_map(&before)
            .0
            .slides
            .iter()
            .any(|s| s.kind == SlideKind::Voortgang)
    );
    let later = a_year_later();
    let mut now = netwerkkaart::import::load_map(later.path()).unwrap().map;
    now.arrangement
        .snapshots
        .push(Snapshot::of(&before, "Nulmeting", "2026-03-01"));
    let deck = Deck::of_map(&now).0;
    assert_eq!(deck.slides[2].kind, SlideKind::Voortgang);
    let a = netwerkkaart::analysis::analyse(&now, &netwerkkaart::analysis::Thresholds::default());
    let page = deck.pages(&a).into_iter().find(|p| p.slide == 2).unwrap();
    let c = content(&deck, &page, &now, &a, Lang::Nl);
    assert_eq!(c.title, "Voortgang sinds Nulmeting (2026-03-01)");
    let old = netwerkkaart::analysis::analyse(&before, &a.thresholds);
    let cmp = netwerkkaart::compare::compare_analysed(&before, &old, &now, &a);
    assert!(!cmp.findings.resolved.is_empty());
    assert_eq!(
        c.lines[0],
        format!(
            "Bevindingen: {} opgelost, {} nieuw, {} nog open.",
            cmp.findings.resolved.len(),
            cmp.findings.new.len(),
            cmp.findings.remaining
        )
    );
    assert!(
        c.lines[1].contains(&format!("{} nieuw", cmp.meetings.gained.len())),
        "{}",
        c.lines[1]
    );
}
