//! What the user asked for, as data: panels push [`Command`]s while drawing and the app runs
//! them at the end of the frame, so no panel needs to reach into another.

use super::core_bridge::{Analysis, Finding};
use super::panels::DialogKind;
use super::{App, Document, View, core_bridge, example_candidates};
use crate::edit::Edit;
use crate::i18n::vocab::Label as _;
use crate::i18n::{Lang, files as ftxt, ui as txt};
use crate::layout::LayoutKind;
use crate::model::Map;
use std::path::PathBuf;

/// One user action.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    /// Open a map (folder, workbook or project file).
    Open(PathBuf),
    /// Open the example map.
    OpenExample,
    /// Ask for a file with the system dialog, then open it.
    PickFile,
    /// Ask for a folder of CSV files with the system dialog, then open it.
    PickFolder,
    /// Save the map (with its arrangement) as a project file: to its own path when it is one,
    /// otherwise to a path the user picks.
    Save,
    /// Close the map and return to the start screen.
    CloseMap,
    SetView(View),
    SetLang(Lang),
    SetLayout(LayoutKind),
    /// Select a finding (by index in the analysis) and highlight its subjects.
    SelectFinding(Option<usize>),
    /// Select a node (by id) and show it in the inspector.
    SelectNode(Option<String>),
    /// Select a node and move the view to it.
    JumpTo(String),
    /// Show only a node and its neighbours, or everything again.
    Focus(Option<String>),
    /// Fit the whole picture in the view.
    Fit,
    /// Change the map (recorded for undo).
    Edit(Edit),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Open the newest recovered work as the document (unsaved, its source path kept).
    Recover,
    /// Throw away the newest recovered work.
    DiscardRecovery,
    /// Close the window if the map has no unsaved changes (after saving from the close
    /// question).
    CloseWindow,
    /// Show a file dialog (save as, export, re-import) filled in for the open map.
    ShowDialog(DialogKind),
    /// Show the thresholds dialog.
    ShowThresholds,
    /// Save the map as a project file at this path (and from then on to it).
    SaveAs(PathBuf),
    /// Write the map to a file in another format (on a worker thread).
    Export {
        path: PathBuf,
        output: crate::export::Output,
        anonymous: bool,
    },
    /// Read a changed CSV folder or workbook and show what updating the map from it (by id)
    /// would change, in the re-import dialog.
    Reimport(PathBuf),
    /// Apply the re-import the dialog previews, keeping the map's own values where the user
    /// chose to (one undoable edit).
    ApplyReimport,
    /// Leave the current map without saving (the answer "Niet opslaan").
    LeaveWithoutSaving,
    /// Hide person names (function and party instead) in everything shown, or show them again.
    SetAnonymous(bool),
    /// Start (full screen) or end the presentation.
    Present(bool),
    /// Open or close the slide editor.
    EditSlides(bool),
    /// Open the inventory dialog ("Inventarisatie samenvoegen…") with these lists added.
    ShowIntake(Vec<PathBuf>),
    /// Take the reviewed inventory: open it as a new map, or merge it into the open map as
    /// one undoable edit.
    ApplyIntake {
        merge: bool,
    },
}

/// What the user wants to do that would lose unsaved work, kept while the app asks first.
#[derive(Debug, Clone, PartialEq)]
pub enum Leave {
    /// Close the window.
    Window,
    /// Open another map.
    Open(PathBuf),
    /// Open the example map.
    OpenExample,
    /// Close the map, back to the start screen.
    CloseMap,
}

/// Runs `cmd` on `app`.
pub fn run(app: &mut App, cmd: Command) {
    match cmd {
        Command::Open(path) => leave(app, Leave::Open(path)),
        Command::OpenExample => leave(app, Leave::OpenExample),
        Command::PickFile => pick_file(app),
        Command::PickFolder => match picked(|| rfd::FileDialog::new().pick_folder()) {
            Ok(Some(p)) => leave(app, Leave::Open(p)),
            Ok(None) => {}
            Err(NoDialog) => no_dialog(app),
        },
        Command::Save => save(app),
        Command::CloseMap => leave(app, Leave::CloseMap),
        Command::ShowDialog(kind) => {
            if let Some(doc) = app.document.as_ref() {
                let anonymous = app.names_hidden();
                app.files.open(kind, doc, app.view, anonymous);
            }
        }
        Command::ShowThresholds => {
            if let Some(doc) = app.document.as_ref() {
                app.thresholds.show(doc);
            }
        }
        Command::SaveAs(path) => save_to(app, path),
        Command::Export {
            path,
            output,
            anonymous,
        } => export(app, path, output, anonymous),
        Command::Reimport(path) => reimport(app, path),
        Command::ApplyReimport => apply_reimport(app),
        Command::LeaveWithoutSaving => {
            if let Some(l) = app.confirm.take() {
                if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                    a.discard();
                }
                carry_out(app, l);
            }
        }
        Command::SetView(v) => app.view = v,
        Command::SetLang(l) => {
            app.settings.lang = l;
            // Legend texts live in the scene, pseudonyms in the display copy; findings are
            // rendered where they are shown and follow at once.
            if let Some(doc) = app.document.as_mut() {
                doc.set_lang(l);
            }
        }
        Command::SetLayout(k) => {
            if let Some(doc) = app.document.as_mut() {
                doc.set_layout(k);
                app.canvas.request_fit();
            }
        }
        Command::SelectFinding(i) => select_finding(app, i),
        Command::SelectNode(id) => {
            if let Some(doc) = app.document.as_mut() {
                doc.select_node(id);
            }
        }
        Command::JumpTo(id) => {
            if let Some(doc) = app.document.as_mut() {
                doc.select_node(Some(id.clone()));
                app.canvas.request_fit_to(vec![id]);
                app.view = View::Netwerk;
            }
        }
        Command::Focus(id) => {
            if let Some(doc) = app.document.as_mut() {
                doc.filter.focus = id;
                doc.mark_scene_dirty();
                app.canvas.request_fit();
            }
        }
        Command::Fit => app.canvas.request_fit(),
        Command::Edit(edit) => apply_edit(app, &edit),
        Command::CloseWindow => leave(app, Leave::Window),
        Command::SetAnonymous(on) => {
            if let Some(doc) = app.document.as_mut() {
                doc.set_anonymous(on);
            }
        }
        Command::Present(on) => {
            if let Some(doc) = app.document.as_mut() {
                app.presentation.set_active(on, doc);
            }
        }
        Command::EditSlides(on) => app.presentation.editor_open = on,
        Command::ShowIntake(paths) => app.intake.show(paths),
        Command::ApplyIntake { merge } => apply_intake(app, merge),
        Command::Recover => recover(app),
        Command::DiscardRecovery => {
            if !app.start.recoverable.is_empty() {
                let r = app.start.recoverable.remove(0);
                crate::recovery::discard(&r);
            }
        }
        Command::Undo => undo_redo(app, false),
        Command::Redo => undo_redo(app, true),
    }
}

/// Opens a file the user picks; a CSV file stands for the folder it is in.
fn pick_file(app: &mut App) {
    let answer = picked(|| {
        rfd::FileDialog::new()
            .add_filter("Netwerkkaart", &["netwerkkaart", "xlsx", "ods", "csv"])
            .pick_file()
    });
    let picked = match answer {
        Ok(p) => p,
        Err(NoDialog) => return no_dialog(app),
    };
    if let Some(p) = picked {
        let is_csv = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        let p = match (is_csv, p.parent()) {
            (true, Some(dir)) => dir.to_path_buf(),
            _ => p,
        };
        leave(app, Leave::Open(p));
    }
}

/// No system dialog opened (it answered at once, with nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoDialog;

/// A system dialog's answer; `Err` when it came back at once with nothing: no dialog opened
/// (no desktop portal or zenity on this system), which the caller then says.
pub fn picked<T>(ask: impl FnOnce() -> Option<T>) -> Result<Option<T>, NoDialog> {
    let started = std::time::Instant::now();
    match ask() {
        None if started.elapsed() < std::time::Duration::from_millis(150) => Err(NoDialog),
        other => Ok(other),
    }
}

/// Says that no system dialog opened, where the user looks: the start screen or the status.
fn no_dialog(app: &mut App) {
    let text = crate::i18n::overview::NO_DIALOG
        .get_in(app.settings.lang)
        .to_string();
    match app.document.as_mut() {
        Some(doc) => doc.status = Some(text),
        None => app.start.error = Some((text, Vec::new())),
    }
}

/// Selects a finding (or none) and brings what it is about into view.
fn select_finding(app: &mut App, i: Option<usize>) {
    if let Some(doc) = app.document.as_mut() {
        doc.select_finding(i);
        // A finding about a person is only visible with persons drawn.
        let about_person = doc
            .highlighted_ids()
            .iter()
            .any(|id| doc.map().person(id).is_some());
        if about_person && !doc.filter.persons {
            doc.filter.persons = true;
            doc.mark_scene_dirty();
        }
        // An open triangle: only where its leg is missing (see canvas_fit).
        if let Some(f) = i.and_then(|i| doc.analysis().findings.get(i)) {
            let ids = super::canvas_fit::fit_ids(doc.map(), f);
            app.canvas.show_finding(doc, ids);
        }
    }
}

/// Makes an edit; the status bar says what was done and what it changed.
fn apply_edit(app: &mut App, edit: &Edit) {
    let lang = app.settings.lang;
    if let Some(doc) = app.document.as_mut() {
        match doc.apply_edit(edit) {
            Ok(old) => {
                let label = doc
                    .history()
                    .undo_label()
                    .map(|l| l.render(lang))
                    .unwrap_or_default();
                doc.status = Some(with_changes(label, doc, &old, lang));
            }
            Err(e) => {
                doc.status = Some(txt::EDIT_FAILED.fill_in(lang, &[("reason", &e.render(lang))]))
            }
        }
    }
}

/// Undoes (or redoes) the last edit; the status bar says which and what it changed.
fn undo_redo(app: &mut App, redo: bool) {
    let lang = app.settings.lang;
    let Some(doc) = app.document.as_mut() else {
        return;
    };
    let (done, text) = if redo {
        (doc.redo(), txt::REDONE)
    } else {
        (doc.undo(), txt::UNDONE)
    };
    if let Some((label, old)) = done {
        let head = text.fill_in(lang, &[("label", &label.render(lang))]);
        doc.status = Some(with_changes(head, doc, &old, lang));
    }
}

/// The status-bar line after a change: what was done, then what it changed in the findings.
/// While a large map is analysed in the background the changes follow when it is done.
fn with_changes(head: String, doc: &mut Document, old: &Analysis, lang: Lang) -> String {
    if doc.analysis_pending() {
        doc.set_pending_head(head.clone());
        return format!("{head} — {}", ftxt::ANALYSING.get_in(lang));
    }
    changes_line(head, doc, old, lang)
}

/// `head`, then what changed between `old` and the document's analysis.
pub fn changes_line(head: String, doc: &Document, old: &Analysis, lang: Lang) -> String {
    let changes = analysis_changes(doc.map(), old, doc.analysis(), lang);
    if changes.is_empty() {
        head
    } else {
        format!("{head} — {}", changes.join("; "))
    }
}

/// What an edit changed in the analysis, in words: triangles that changed state, findings that
/// disappeared and findings that appeared ("driehoek leefomgeving (hele regio) gesloten").
pub fn analysis_changes(map: &Map, old: &Analysis, new: &Analysis, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for t in &new.triangles {
        let before = old
            .triangles
            .iter()
            .find(|o| o.domain == t.domain && o.werkgebied == t.werkgebied);
        if before.is_some_and(|o| o.state != t.state) {
            let scope = match &t.werkgebied {
                Some(id) => map.name_of(id).to_string(),
                None => txt::WHOLE_REGION.get_in(lang).to_lowercase(),
            };
            out.push(txt::TRIANGLE_NOW.fill_in(
                lang,
                &[
                    ("domain", &t.domain.label_in(lang).to_lowercase()),
                    ("scope", &scope),
                    ("state", &t.state.label_in(lang)),
                ],
            ));
        }
    }
    // By the stable key (kind, scope, subjects): a finding whose wording changed (a count in
    // its message) is the same finding, neither resolved nor new.
    let keys = |a: &Analysis| -> std::collections::BTreeSet<String> {
        a.findings.iter().map(|f| f.key.clone()).collect()
    };
    let (old_keys, new_keys) = (keys(old), keys(new));
    let gone: Vec<&Finding> = old
        .findings
        .iter()
        .filter(|f| !new_keys.contains(&f.key))
        .collect();
    let came: Vec<&Finding> = new
        .findings
        .iter()
        .filter(|f| !old_keys.contains(&f.key))
        .collect();
    for (fs, one, many) in [
        (&gone, txt::FINDING_GONE, txt::FINDINGS_GONE),
        (&came, txt::FINDING_NEW, txt::FINDINGS_NEW),
    ] {
        match fs.as_slice() {
            [] => {}
            [f] => out.push(one.fill_in(lang, &[("kind", &f.kind.label_in(lang).to_lowercase())])),
            _ => out.push(many.fill_in(lang, &[("n", &fs.len())])),
        }
    }
    out
}

/// Opens a map: on success it becomes the document; on failure the start screen lists every
/// error, like `check` does.
fn open(app: &mut App, path: PathBuf) {
    let lang = app.settings.lang;
    match core_bridge::load_map(&path) {
        Ok(loaded) => {
            app.settings.remember(path.clone());
            let mut doc = Document::new(path, loaded.map, loaded.warnings);
            doc.set_lang(lang);
            if !app.is_screenshot_run() {
                doc.autosave = Some(crate::recovery::Autosave::new(&app.recovery_dir));
            }
            if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                a.discard();
            }
            app.document = Some(doc);
            app.inspector = super::panels::Inspector;
            app.start.error = None;
            app.files.kind = None;
            app.canvas.request_fit();
        }
        Err(failure) => {
            let mut lines: Vec<String> = failure.errors.iter().map(|d| d.render(lang)).collect();
            lines.extend(failure.warnings.iter().map(|d| d.render(lang)));
            let heading = txt::OPEN_FAILED.fill_in(lang, &[("path", &path.display())]);
            if app.files.kind == Some(DialogKind::Open) && app.document.is_some() {
                // Opened from the dialog over a map: keep that map, show why in the dialog.
                app.files.error = Some((heading, lines));
            } else {
                app.document = None;
                app.start.error = Some((heading, lines));
            }
        }
    }
}

/// Saves the open map to its project file; a map read from CSV or Excel has none yet, so the
/// "Opslaan als" dialog asks where (the data files themselves are never overwritten).
fn save(app: &mut App) {
    let Some(doc) = app.document.as_ref() else {
        return;
    };
    let is_project = doc
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::project::EXTENSION));
    if is_project {
        let path = doc.path.clone();
        save_to(app, path);
    } else {
        let anonymous = app.names_hidden();
        app.files.open(DialogKind::SaveAs, doc, app.view, anonymous);
    }
}

/// Saves the open map as a project file at `target` and reports the outcome; then does what
/// was waiting for the save (closing, opening another map).
fn save_to(app: &mut App, target: PathBuf) {
    let lang = app.settings.lang;
    let Some(doc) = app.document.as_mut() else {
        return;
    };
    // The project remembers where its data came from, for the next re-import.
    match crate::project::save(&doc.map_for_project(), &target) {
        Ok(()) => {
            doc.status = Some(txt::SAVED.fill_in(lang, &[("path", &target.display())]));
            doc.mark_saved();
            if let Some(a) = &doc.autosave {
                a.discard();
            }
            doc.path = target.clone();
            app.settings.remember(target);
            app.files.kind = None;
            if let Some(l) = app.after_save.take() {
                carry_out(app, l);
            }
        }
        Err(e) => {
            let msg = e.render(lang);
            doc.status = Some(msg.clone());
            if app.files.kind.is_some() {
                app.files.error = Some((msg, vec![]));
            }
        }
    }
}

/// Does `l` now if nothing unsaved would be lost, otherwise asks first (the answer comes back
/// as [`Command::Save`], [`Command::LeaveWithoutSaving`] or a cancel).
fn leave(app: &mut App, l: Leave) {
    let dirty = app
        .document
        .as_ref()
        .is_some_and(|d| d.history().is_dirty());
    if dirty && !app.is_screenshot_run() {
        app.confirm = Some(l);
    } else {
        carry_out(app, l);
    }
}

/// Does what leaving asked for, without asking.
fn carry_out(app: &mut App, l: Leave) {
    let lang = app.settings.lang;
    match l {
        Leave::Window => app.close_when_allowed(),
        Leave::Open(path) => open(app, path),
        Leave::OpenExample => {
            let candidates = example_candidates();
            match candidates.iter().find(|p| p.exists()) {
                Some(p) => open(app, p.clone()),
                None => {
                    app.start.error = Some((
                        txt::EXAMPLE_MISSING.fill_in(lang, &[("path", &candidates[0].display())]),
                        vec![],
                    ));
                }
            }
        }
        Leave::CloseMap => {
            if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                a.discard();
            }
            app.document = None;
            app.inspector = super::panels::Inspector;
        }
    }
}

/// Starts writing an export on a worker thread (a poster-size PNG takes seconds); the outcome
/// arrives in the status bar through [`App::poll_export`].
fn export(app: &mut App, path: PathBuf, output: crate::export::Output, anonymous: bool) {
    let Some(doc) = app.document.as_ref() else {
        return;
    };
    let map = doc.map().clone();
    let analysis = doc.analysis().clone();
    // Graph files carry the layout on screen (until the first layout arrives: the lanes).
    let output = if doc.positions().is_empty() {
        output
    } else {
        let ids = doc.graph().ids.iter().cloned();
        output.with_positions(ids.zip(doc.positions().iter().copied()).collect())
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let target = path.clone();
    let lang = app.settings.lang;
    let spawned = std::thread::Builder::new()
        .name("export".into())
        .spawn(move || {
            let r = crate::export::write_output(&map, &analysis, &target, &output, anonymous, lang);
            let _ = tx.send((target, r.map_err(|e| e.render(lang))));
        });
    match spawned {
        Ok(_) => app.exporting = Some(rx),
        Err(e) => {
            app.files.error = Some((txt::EDIT_FAILED.fill_in(lang, &[("reason", &e)]), vec![]))
        }
    }
}

/// Reads a changed source and shows, in the dialog, what it would change (nothing is applied
/// yet: see [`apply_reimport`]).
fn reimport(app: &mut App, path: PathBuf) {
    let lang = app.settings.lang;
    let Some(doc) = app.document.as_ref() else {
        return;
    };
    match core_bridge::load_map(&path) {
        Ok(loaded) => {
            app.files.pending = Some(super::panels::PendingReimport::new(
                path,
                doc.map(),
                loaded.map,
                loaded.warnings,
            ));
            app.files.error = None;
        }
        Err(failure) => {
            let mut lines: Vec<String> = failure.errors.iter().map(|d| d.render(lang)).collect();
            lines.extend(failure.warnings.iter().map(|d| d.render(lang)));
            let heading = ftxt::REIMPORT_FAILED.fill_in(lang, &[("path", &path.display())]);
            app.files.error = Some((heading, lines));
        }
    }
}

/// Applies the previewed re-import as one undoable edit, with the kept own values written into
/// the source first, and says what it changed.
fn apply_reimport(app: &mut App) {
    let lang = app.settings.lang;
    let (Some(doc), Some(pending)) = (app.document.as_mut(), app.files.pending.take()) else {
        return;
    };
    let source = crate::reimport::merged_source(doc.map(), &pending.source, &pending.keep);
    let summary = crate::edit::import_summary(doc.map(), &source);
    match doc.apply_edit(&Edit::Import(Box::new(source))) {
        Ok(old) => {
            let head = ftxt::REIMPORTED.fill_in(
                lang,
                &[
                    ("path", &pending.path.display()),
                    ("added", &summary.added),
                    ("updated", &summary.updated),
                    ("kept", &summary.kept),
                ],
            );
            doc.status = Some(with_changes(head, doc, &old, lang));
            doc.warnings = pending.warnings;
            doc.source = Some(pending.path);
            app.files.kind = None;
        }
        Err(e) => {
            app.files.error = Some((
                txt::EDIT_FAILED.fill_in(lang, &[("reason", &e.render(lang))]),
                vec![],
            ));
        }
    }
}

/// Opens the newest recovery file as the document: marked unsaved, to be saved back to where
/// it came from. The recovery file stays until the map is saved (the session's own autosave
/// takes over from here).
fn recover(app: &mut App) {
    if app.start.recoverable.is_empty() {
        return;
    }
    let r = app.start.recoverable.remove(0);
    let path = r
        .source
        .clone()
        .unwrap_or_else(|| PathBuf::from("herstelde-kaart.netwerkkaart"));
    let mut doc = Document::recovered(path, r.map.clone());
    doc.set_lang(app.settings.lang);
    if !app.is_screenshot_run() {
        let a = crate::recovery::Autosave::new(&app.recovery_dir);
        let _ = a.write(doc.map(), r.source.as_deref());
        doc.autosave = Some(a);
        // The new session's file now holds the work; the old one can go.
        crate::recovery::discard(&r);
    }
    app.document = Some(doc);
    app.start.error = None;
    app.canvas.request_fit();
}

/// Takes the reviewed inventory: as a new, unsaved map (saved where the user then chooses), or
/// merged into the open map as one edit (the rows by id, and the dates of the lists).
fn apply_intake(app: &mut App, merge: bool) {
    let lang = app.settings.lang;
    let Some(combined) = app.intake.combined.take() else {
        return;
    };
    let n = app.intake.paths.len();
    let tx = crate::i18n::intake_app::MERGED;
    if merge && let Some(doc) = app.document.as_mut() {
        let dates = crate::intake::merged_source_dates(doc.map(), &combined.map);
        let edit = Edit::Batch(vec![
            Edit::Import(Box::new(combined.map)),
            Edit::SetView {
                key: crate::intake::SOURCE_DATES.to_string(),
                value: dates,
            },
        ]);
        match doc.apply_edit(&edit) {
            Ok(old) => {
                let head = tx.fill_in(lang, &[("n", &n)]);
                doc.status = Some(with_changes(head, doc, &old, lang));
                app.intake = Default::default();
            }
            Err(e) => {
                let msg = txt::EDIT_FAILED.fill_in(lang, &[("reason", &e.render(lang))]);
                app.intake.error = Some(msg);
            }
        }
        return;
    }
    if app
        .document
        .as_ref()
        .is_some_and(|d| d.history().is_dirty())
    {
        let msg = crate::i18n::intake_app::NEW_NEEDS_SAVE
            .get_in(lang)
            .to_string();
        app.intake.error = Some(msg);
        app.intake.combined = Some(combined);
        return;
    }
    // No project file yet: "Opslaan" asks where, beside the lists.
    let dir = app
        .intake
        .paths
        .first()
        .and_then(|p| std::path::absolute(p).ok())
        .and_then(|p| p.parent().map(std::path::Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let name = crate::import::slug(crate::i18n::intake_app::DEFAULT_TITLE.get_in(lang));
    let mut doc = Document::recovered(dir.join(name), combined.map);
    doc.source = None;
    doc.set_lang(lang);
    doc.status = Some(crate::i18n::intake_app::OPENED.fill_in(lang, &[("n", &n)]));
    if !app.is_screenshot_run() {
        doc.autosave = Some(crate::recovery::Autosave::new(&app.recovery_dir));
    }
    if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
        a.discard();
    }
    app.document = Some(doc);
    app.inspector = super::panels::Inspector;
    app.intake = Default::default();
    app.canvas.request_fit();
}
