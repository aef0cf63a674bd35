//! What the user asked for, as data: panels push [`Command`]s while drawing and the app runs
//! them at the end of the frame, so no panel needs to reach into another.

use super::core_bridge::{Analysis, Finding};
use super::{App, Document, View, core_bridge, example_candidates};
use crate::edit::Edit;
use crate::i18n::vocab::Label as _;
use crate::i18n::{self, Lang, ui as txt};
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
    /// Hide person names (function and party instead) in everything shown, or show them again.
    SetAnonymous(bool),
    /// Start (full screen) or end the presentation.
    Present(bool),
    /// Open or close the slide editor.
    EditSlides(bool),
}

/// Runs `cmd` on `app`.
pub fn run(app: &mut App, cmd: Command) {
    match cmd {
        Command::Open(path) => open(app, path),
        Command::OpenExample => {
            let candidates = example_candidates();
            match candidates.iter().find(|p| p.exists()) {
                Some(p) => open(app, p.clone()),
                None => {
                    app.start.error = Some((
                        txt::EXAMPLE_MISSING.fill(&[("path", &candidates[0].display())]),
                        vec![],
                    ));
                }
            }
        }
        Command::PickFile => {
            let picked = rfd::FileDialog::new()
                .add_filter("Netwerkkaart", &["netwerkkaart", "xlsx", "ods", "csv"])
                .pick_file();
            if let Some(p) = picked {
                // A CSV file stands for the folder it is in.
                let is_csv = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
                let p = match (is_csv, p.parent()) {
                    (true, Some(dir)) => dir.to_path_buf(),
                    _ => p,
                };
                open(app, p);
            }
        }
        Command::PickFolder => {
            if let Some(p) = rfd::FileDialog::new().pick_folder() {
                open(app, p);
            }
        }
        Command::Save => save(app),
        Command::CloseMap => {
            if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                a.discard();
            }
            app.document = None;
            app.inspector = super::panels::Inspector;
        }
        Command::SetView(v) => app.view = v,
        Command::SetLang(l) => {
            app.settings.lang = l;
            i18n::set_lang(l);
            // Legend texts live in the scene.
            if let Some(doc) = app.document.as_mut() {
                doc.mark_scene_dirty();
            }
        }
        Command::SetLayout(k) => {
            if let Some(doc) = app.document.as_mut() {
                doc.set_layout(k);
                app.canvas.request_fit();
            }
        }
        Command::SelectFinding(i) => {
            if let Some(doc) = app.document.as_mut() {
                doc.select_finding(i);
                // A finding about a person is only visible with persons drawn.
                let about_person = doc
                    .highlighted_ids()
                    .iter()
                    .any(|id| doc.map.person(id).is_some());
                if about_person && !doc.filter.persons {
                    doc.filter.persons = true;
                    doc.mark_scene_dirty();
                }
                if i.is_some() {
                    app.canvas.request_fit_to(doc.highlighted_ids());
                }
            }
        }
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
        Command::Edit(edit) => {
            if let Some(doc) = app.document.as_mut() {
                match doc.apply_edit(&edit) {
                    Ok(old) => {
                        let label = doc.history.undo_label().unwrap_or_default().to_string();
                        doc.status = Some(with_changes(label, doc, &old));
                    }
                    Err(e) => doc.status = Some(txt::EDIT_FAILED.fill(&[("reason", &e)])),
                }
            }
        }
        Command::CloseWindow => app.close_if_saved(None),
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
        Command::Recover => recover(app),
        Command::DiscardRecovery => {
            if !app.start.recoverable.is_empty() {
                let r = app.start.recoverable.remove(0);
                crate::recovery::discard(&r);
            }
        }
        Command::Undo => {
            if let Some(doc) = app.document.as_mut()
                && let Some((label, old)) = doc.undo()
            {
                let head = txt::UNDONE.fill(&[("label", &label)]);
                doc.status = Some(with_changes(head, doc, &old));
            }
        }
        Command::Redo => {
            if let Some(doc) = app.document.as_mut()
                && let Some((label, old)) = doc.redo()
            {
                let head = txt::REDONE.fill(&[("label", &label)]);
                doc.status = Some(with_changes(head, doc, &old));
            }
        }
    }
}

/// The status-bar line after a change: what was done, then what it changed in the findings.
fn with_changes(head: String, doc: &Document, old: &Analysis) -> String {
    let changes = analysis_changes(&doc.map, old, &doc.analysis);
    if changes.is_empty() {
        head
    } else {
        format!("{head} — {}", changes.join("; "))
    }
}

/// What an edit changed in the analysis, in words: triangles that changed state, findings that
/// disappeared and findings that appeared ("driehoek leefomgeving (hele regio) gesloten").
pub fn analysis_changes(map: &Map, old: &Analysis, new: &Analysis) -> Vec<String> {
    let mut out = Vec::new();
    for t in &new.triangles {
        let before = old
            .triangles
            .iter()
            .find(|o| o.domain == t.domain && o.werkgebied == t.werkgebied);
        if before.is_some_and(|o| o.state != t.state) {
            let scope = match &t.werkgebied {
                Some(id) => map.name_of(id).to_string(),
                None => txt::WHOLE_REGION.get().to_lowercase(),
            };
            out.push(txt::TRIANGLE_NOW.fill(&[
                ("domain", &t.domain.label().to_lowercase()),
                ("scope", &scope),
                ("state", &t.state.label()),
            ]));
        }
    }
    let key = |f: &Finding| (f.kind, f.subjects.clone(), f.werkgebied.clone(), f.domain);
    let gone: Vec<&Finding> = old
        .findings
        .iter()
        .filter(|f| !new.findings.iter().any(|n| key(n) == key(f)))
        .collect();
    let came: Vec<&Finding> = new
        .findings
        .iter()
        .filter(|f| !old.findings.iter().any(|o| key(o) == key(f)))
        .collect();
    for (fs, one, many) in [
        (&gone, txt::FINDING_GONE, txt::FINDINGS_GONE),
        (&came, txt::FINDING_NEW, txt::FINDINGS_NEW),
    ] {
        match fs.as_slice() {
            [] => {}
            [f] => out.push(one.fill(&[("kind", &f.kind.label().to_lowercase())])),
            _ => out.push(many.fill(&[("n", &fs.len())])),
        }
    }
    out
}

/// Opens a map: on success it becomes the document; on failure the start screen lists every
/// error, like `check` does.
fn open(app: &mut App, path: PathBuf) {
    match core_bridge::load_map(&path) {
        Ok(loaded) => {
            app.settings.remember(path.clone());
            let mut doc = Document::new(path, loaded.map, loaded.warnings);
            if !app.is_screenshot_run() {
                doc.autosave = Some(crate::recovery::Autosave::new(&app.recovery_dir));
            }
            if let Some(a) = app.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                a.discard();
            }
            app.document = Some(doc);
            app.inspector = super::panels::Inspector;
            app.start.error = None;
            app.canvas.request_fit();
        }
        Err(failure) => {
            app.document = None;
            let mut lines: Vec<String> = failure.errors.iter().map(|d| d.to_string()).collect();
            lines.extend(failure.warnings.iter().map(|d| d.to_string()));
            app.start.error = Some((txt::OPEN_FAILED.fill(&[("path", &path.display())]), lines));
        }
    }
}

/// Saves the open map as a project file and reports the outcome in the status bar.
fn save(app: &mut App) {
    let Some(doc) = app.document.as_mut() else {
        return;
    };
    let is_project = doc
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::project::EXTENSION));
    let target = if is_project {
        Some(doc.path.clone())
    } else {
        rfd::FileDialog::new()
            .add_filter("Netwerkkaart", &[crate::project::EXTENSION])
            .set_file_name("kaart.netwerkkaart")
            .save_file()
    };
    let Some(target) = target else { return };
    match crate::project::save(&doc.map, &target) {
        Ok(()) => {
            doc.status = Some(txt::SAVED.fill(&[("path", &target.display())]));
            doc.history.mark_saved();
            if let Some(a) = &doc.autosave {
                a.discard();
            }
            doc.path = target.clone();
            app.settings.remember(target);
        }
        Err(e) => doc.status = Some(e.to_string()),
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
    let mut doc = Document::new(path, r.map.clone(), vec![]);
    doc.history = crate::edit::History::unsaved();
    if !app.is_screenshot_run() {
        let a = crate::recovery::Autosave::new(&app.recovery_dir);
        let _ = a.write(&doc.map, r.source.as_deref());
        doc.autosave = Some(a);
        // The new session's file now holds the work; the old one can go.
        crate::recovery::discard(&r);
    }
    app.document = Some(doc);
    app.start.error = None;
    app.canvas.request_fit();
}
