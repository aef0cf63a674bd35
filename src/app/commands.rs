//! What the user asked for, as data: panels push [`Command`]s while drawing and the app runs
//! them at the end of the frame, so no panel needs to reach into another.

use super::{App, Document, View, core_bridge, example_candidates};
use crate::i18n::{self, Lang, ui as txt};
use crate::layout::LayoutKind;
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
    }
}

/// Opens a map: on success it becomes the document; on failure the start screen lists every
/// error, like `check` does.
fn open(app: &mut App, path: PathBuf) {
    match core_bridge::load_map(&path) {
        Ok(loaded) => {
            app.settings.remember(path.clone());
            app.document = Some(Document::new(path, loaded.map, loaded.warnings));
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
            doc.path = target.clone();
            app.settings.remember(target);
        }
        Err(e) => doc.status = Some(e.to_string()),
    }
}
