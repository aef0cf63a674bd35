//! The desktop app: an eframe window over the headless core.
//!
//! [`App`] owns the persisted [`Settings`] (language, recent files), the open [`Document`] and
//! the panels. `ui()` reads like a table of contents: each panel draws itself and pushes
//! [`Command`]s, which run at the end of the frame. Everything the app needs from the importer
//! and the analysis goes through [`core_bridge`].

pub mod canvas;
mod canvas_aggregate;
mod canvas_cache;
mod canvas_draw;
mod canvas_fit;
pub mod commands;
pub mod core_bridge;
pub mod document;
mod node_menu;
mod paint;
pub mod panels;
pub mod presentation;
mod screenshot;

pub use commands::{Command, Leave};
pub use document::Document;

use crate::i18n::{self, Lang, ui as txt};
use crate::layout::LayoutKind;
use panels::{
    Bevindingen, Driehoek, FileDialog, FilterPanel, FindingsPanel, Gegevens, Inspector, Matrix,
    Overview, StartScreen, ThresholdsDialog,
};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How the app is launched (from the command line).
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// A map to open at once.
    pub map: Option<PathBuf>,
    /// Render the window to this PNG and exit.
    pub screenshot: Option<PathBuf>,
    /// The view to start in.
    pub view: Option<View>,
    /// The language, overriding the saved choice.
    pub lang: Option<Lang>,
    /// Where recovery files live; `None` for [`crate::recovery::default_dir`]. Tests point it
    /// at a temporary folder.
    pub recovery_dir: Option<PathBuf>,
    /// Start in the presentation, on this slide (1-based).
    pub present: Option<usize>,
}

/// The main views (tabs of the top bar).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// The view the app opens on: what to do first, the triangles at a glance.
    #[default]
    Overzicht,
    Netwerk,
    Driehoek,
    Matrix,
    Bevindingen,
    Gegevens,
    Vergelijken,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 7] = [
        View::Overzicht,
        View::Netwerk,
        View::Driehoek,
        View::Matrix,
        View::Bevindingen,
        View::Gegevens,
        View::Vergelijken,
    ];

    /// The tab label.
    pub fn text(self) -> i18n::Text {
        match self {
            View::Overzicht => i18n::overview::VIEW,
            View::Netwerk => txt::VIEW_NETWERK,
            View::Driehoek => txt::VIEW_DRIEHOEK,
            View::Matrix => txt::VIEW_MATRIX,
            View::Bevindingen => txt::VIEW_BEVINDINGEN,
            View::Gegevens => i18n::gegevens::VIEW,
            View::Vergelijken => i18n::compare::VIEW,
        }
    }
}

/// A view name that is not one of `netwerk|driehoek|matrix|bevindingen`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.render(Lang::Nl))]
pub struct UnknownView(pub String);

impl UnknownView {
    /// The message in `lang` (the `Display` is Dutch).
    pub fn render(&self, lang: Lang) -> String {
        txt::UNKNOWN_VIEW.fill_in(lang, &[("view", &self.0)])
    }
}

impl std::str::FromStr for View {
    type Err = UnknownView;

    /// Parses the Dutch names, and the English ones as aliases.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "overzicht" | "overview" => Ok(View::Overzicht),
            "netwerk" | "network" => Ok(View::Netwerk),
            "driehoek" | "triangle" => Ok(View::Driehoek),
            "matrix" => Ok(View::Matrix),
            "bevindingen" | "findings" => Ok(View::Bevindingen),
            "gegevens" | "data" => Ok(View::Gegevens),
            "vergelijken" | "compare" => Ok(View::Vergelijken),
            _ => Err(UnknownView(s.to_string())),
        }
    }
}

/// What the app remembers between runs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Lang,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
}

/// How many recent files the start screen lists.
const MAX_RECENT: usize = 8;

impl Settings {
    /// Puts `path` at the top of the recent list.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// The app.
pub struct App {
    pub settings: Settings,
    pub view: View,
    /// The open map, if any.
    pub document: Option<Document>,
    pub start: StartScreen,
    pub filters: FilterPanel,
    pub findings: FindingsPanel,
    pub inspector: Inspector,
    pub driehoek: Driehoek,
    pub matrix: Matrix,
    pub bevindingen: Bevindingen,
    pub overview: Overview,
    pub gegevens: Gegevens,
    pub vergelijken: panels::Vergelijken,
    pub canvas: canvas::Canvas,
    pub presentation: presentation::Presentation,
    screenshot: Option<screenshot::Job>,
    /// Whether the look (light theme, larger type) has been set on the context.
    styled: bool,
    /// Smoothed frame time in milliseconds (the work of a frame, not the idle time between
    /// frames), for the status bar.
    frame_ms: f32,
    /// When the frame being drawn started.
    frame_start: Option<std::time::Instant>,
    /// The view shown in the last frame and how many times the view changed: a view that
    /// opens gets fresh scroll positions (it opens at its top).
    shown_view: (View, u64),
    /// The window title last sent, so it is sent only when it changes.
    title: String,
    /// What waits for the answer to "save the unsaved changes first?", while it is asked.
    pub confirm: Option<Leave>,
    /// What waits for a save to finish (the user answered "Opslaan" and a save-as dialog is
    /// still open).
    pub after_save: Option<Leave>,
    /// The user answered the question: let the next close through.
    allow_close: bool,
    /// Send the close to the window at the next frame.
    close_now: bool,
    /// The save-as, export and re-import dialogs.
    pub files: FileDialog,
    /// The thresholds dialog.
    pub thresholds: ThresholdsDialog,
    /// "Inventarisatie samenvoegen…": the partners' lists and their review.
    pub intake: panels::IntakeDialog,
    /// An export running on its worker thread: (path, outcome).
    pub exporting: Option<std::sync::mpsc::Receiver<(PathBuf, Result<(), String>)>>,
    /// Time (egui seconds) of the last autosave.
    last_autosave: f64,
    /// Where this app writes and looks for recovery files.
    pub recovery_dir: PathBuf,
    /// Whether the window had focus last frame.
    focused: Option<bool>,
}

/// Autosave at most this often while there are unsaved changes (seconds).
const AUTOSAVE_EVERY: f64 = 60.0;

impl App {
    /// Creates the app from eframe's creation context (loads the settings) and the launch
    /// arguments. `shot` receives the outcome of a `--screenshot` run.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        launch: Launch,
        shot: Arc<Mutex<Option<Result<(), String>>>>,
    ) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        Self::with_settings(settings, launch, shot)
    }

    /// Creates the app with given settings (tests use this directly).
    pub fn with_settings(
        mut settings: Settings,
        launch: Launch,
        shot: Arc<Mutex<Option<Result<(), String>>>>,
    ) -> Self {
        if let Some(l) = launch.lang {
            settings.lang = l;
        }
        let mut app = App {
            settings,
            view: launch.view.unwrap_or_default(),
            document: None,
            start: StartScreen::default(),
            filters: FilterPanel::default(),
            findings: FindingsPanel::default(),
            inspector: Inspector,
            driehoek: Driehoek,
            matrix: Matrix,
            bevindingen: Bevindingen::default(),
            overview: Overview::default(),
            gegevens: Gegevens::default(),
            vergelijken: panels::Vergelijken::default(),
            canvas: canvas::Canvas::default(),
            presentation: presentation::Presentation::default(),
            screenshot: launch
                .screenshot
                .map(|path| screenshot::Job::new(path, shot)),
            frame_ms: 0.0,
            frame_start: None,
            shown_view: (View::default(), 0),
            styled: false,
            title: String::new(),
            confirm: None,
            after_save: None,
            allow_close: false,
            close_now: false,
            files: FileDialog::default(),
            thresholds: ThresholdsDialog::default(),
            intake: panels::IntakeDialog::default(),
            exporting: None,
            last_autosave: 0.0,
            recovery_dir: launch
                .recovery_dir
                .clone()
                .unwrap_or_else(crate::recovery::default_dir),
            focused: None,
        };
        app.canvas.tooltips = app.screenshot.is_none();
        if app.screenshot.is_none() {
            app.start.recoverable = crate::recovery::pending(&app.recovery_dir, None);
        }
        if let Some(path) = launch.map {
            // After a crash, a double-click on the map must not open the old file past the
            // work that can be recovered: the start screen offers it first.
            let canon = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or(p.to_path_buf());
            let wanted = canon(&path);
            let of_this_map = |r: &crate::recovery::Recovered| {
                r.source.as_deref().is_some_and(|s| canon(s) == wanted)
            };
            if app.start.recoverable.iter().any(of_this_map) {
                app.start.recoverable.sort_by_key(|r| !of_this_map(r));
            } else {
                app.run(Command::Open(path));
            }
        }
        if let Some(n) = launch.present {
            app.run(Command::Present(true));
            app.presentation.go_to(n.saturating_sub(1));
        }
        app
    }

    /// Runs one command.
    pub fn run(&mut self, cmd: Command) {
        commands::run(self, cmd);
    }

    /// Writes the open map to its recovery file now, if it has unsaved changes (the timer and
    /// focus loss call this; tests call it to simulate a session that then dies).
    pub fn autosave_now(&mut self) {
        let Some(doc) = self.document.as_ref() else {
            return;
        };
        if let Some(a) = &doc.autosave
            && doc.history().is_dirty()
            && let Err(e) = a.write(doc.map(), Some(&doc.path))
        {
            let msg = e.render(self.settings.lang);
            if let Some(doc) = self.document.as_mut() {
                doc.status = Some(msg);
            }
        }
    }

    /// The window title: the file name, with a marker while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let lang = self.settings.lang;
        match &self.document {
            None => txt::APP_TITLE.get_in(lang).to_string(),
            Some(doc) => {
                let name = doc
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                if doc.history().is_dirty() {
                    txt::TITLE_DIRTY.fill_in(lang, &[("name", &name)])
                } else {
                    txt::TITLE_CLEAN.fill_in(lang, &[("name", &name)])
                }
            }
        }
    }

    /// Title, close question and autosave: the window-level duties of a frame.
    fn window_logic(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if std::mem::take(&mut self.close_now) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let dirty = self
            .document
            .as_ref()
            .is_some_and(|d| d.history().is_dirty());
        if ctx.input(|i| i.viewport().close_requested()) {
            if dirty && !self.allow_close && !self.is_screenshot_run() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm = Some(Leave::Window);
            } else if let Some(a) = self.document.as_ref().and_then(|d| d.autosave.as_ref()) {
                // A clean close: nothing to recover.
                a.discard();
            }
        }
        let (now, focused) = ctx.input(|i| (i.time, i.viewport().focused));
        let lost_focus = self.focused == Some(true) && focused == Some(false);
        self.focused = focused;
        if dirty && (lost_focus || now - self.last_autosave >= AUTOSAVE_EVERY) {
            self.last_autosave = now;
            self.autosave_now();
        }
        if dirty {
            // An idle window draws no frames: ask for one when the next autosave is due.
            let due = (AUTOSAVE_EVERY - (now - self.last_autosave)).clamp(0.5, AUTOSAVE_EVERY);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due));
        }
    }

    /// The "unsaved changes" question: save, leave without saving, or go back.
    fn confirm_ui(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let lang = self.settings.lang;
        let Some(leave) = &self.confirm else {
            return;
        };
        let text = match leave {
            Leave::Window => txt::UNSAVED_TEXT,
            Leave::Open(_) | Leave::OpenExample => i18n::files::UNSAVED_OPEN,
            Leave::CloseMap => i18n::files::UNSAVED_CLOSE_MAP,
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
            ui.heading(txt::UNSAVED_TITLE.get_in(lang));
            ui.label(text.get_in(lang));
            ui.horizontal(|ui| {
                if ui.button(txt::UNSAVED_SAVE.get_in(lang)).clicked() {
                    answer = Some(0);
                }
                if ui.button(txt::UNSAVED_DISCARD.get_in(lang)).clicked() {
                    answer = Some(1);
                }
                if ui.button(txt::UNSAVED_CANCEL.get_in(lang)).clicked() {
                    answer = Some(2);
                }
            });
        });
        match answer {
            Some(0) => {
                self.after_save = self.confirm.take();
                cmds.push(Command::Save);
            }
            Some(1) => cmds.push(Command::LeaveWithoutSaving),
            Some(_) => self.confirm = None,
            None => {}
        }
    }

    /// Escape clears the highlight (the selected finding and node) when nothing else wants it:
    /// no text field has the keyboard, no dialog or presentation is open, and the data tables
    /// (where Escape cancels an edit) are not shown.
    fn escape_logic(&mut self, ctx: &egui::Context) {
        let free = !ctx.text_edit_focused()
            && !self.presentation.active
            && self.confirm.is_none()
            && self.files.kind.is_none()
            && !self.thresholds.open
            && !self.intake.open
            && !self.presentation.editor_open
            && self.view != View::Gegevens;
        if free && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.run(Command::SelectFinding(None));
            self.run(Command::SelectNode(None));
        }
    }

    /// Lets the window close (the user saved or chose not to).
    pub(crate) fn close_when_allowed(&mut self) {
        self.allow_close = true;
        self.close_now = true;
    }

    /// Whether people's names are hidden (the anonymous switch).
    pub fn names_hidden(&self) -> bool {
        self.document.as_ref().is_some_and(|d| d.anonymous())
    }

    /// Takes in the outcome of a finished export: into the status bar, and the dialog closes
    /// (or shows why it failed). Returns whether an export is still running.
    pub fn poll_export(&mut self) -> bool {
        let lang = self.settings.lang;
        let Some(rx) = &self.exporting else {
            return false;
        };
        let outcome = match rx.try_recv() {
            Ok(o) => o,
            Err(std::sync::mpsc::TryRecvError::Empty) => return true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => (
                PathBuf::new(),
                Err(i18n::files::WORKING.get_in(lang).to_string()),
            ),
        };
        self.exporting = None;
        let (path, result) = outcome;
        let msg = match &result {
            Ok(()) => i18n::files::EXPORTED.fill_in(lang, &[("path", &path.display())]),
            Err(e) => i18n::files::EXPORT_FAILED.fill_in(lang, &[("reason", e)]),
        };
        match result {
            Ok(()) => self.files.kind = None,
            Err(_) => self.files.error = Some((msg.clone(), vec![])),
        }
        if let Some(doc) = self.document.as_mut() {
            doc.status = Some(msg);
        }
        false
    }

    /// Waits for a running export to finish (tests).
    pub fn wait_for_export(&mut self) {
        while self.poll_export() {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Runs the commands the panels pushed this frame.
    fn run_frame_commands(&mut self, cmds: Vec<Command>) {
        for cmd in cmds {
            self.run(cmd);
        }
    }

    /// Whether `--screenshot` drives this run.
    pub fn is_screenshot_run(&self) -> bool {
        self.screenshot.is_some()
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        panels::top_bar_ui(self, ui, cmds);
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        panels::status_bar_ui(self, ui);
    }

    fn central_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let lang = self.settings.lang;
        let Some(doc) = self.document.as_mut() else {
            self.start.ui(ui, &self.settings, cmds, lang);
            return;
        };
        if self.view != View::Gegevens {
            panels::filter_line_ui(ui, doc, lang);
        }
        if self.shown_view.0 != self.view {
            self.shown_view = (self.view, self.shown_view.1 + 1);
        }
        ui.push_id(self.shown_view.1, |ui| self.view_ui(ui, cmds, lang));
    }

    /// The current view's panel.
    fn view_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>, lang: Lang) {
        let Some(doc) = self.document.as_mut() else {
            return;
        };
        match self.view {
            View::Overzicht => self.overview.ui(ui, doc, cmds, lang),
            View::Netwerk => self.canvas.ui(ui, doc, cmds, lang),
            View::Driehoek => self.driehoek.ui(ui, doc, cmds, lang),
            View::Matrix => self.matrix.ui(ui, doc, cmds, lang),
            View::Bevindingen => self.bevindingen.ui(ui, doc, cmds, lang),
            // The lists are the names themselves: with names hidden they stay closed.
            View::Gegevens if doc.anonymous() => names_hidden_ui(ui, cmds, lang),
            View::Gegevens => self.gegevens.ui(ui, doc, cmds, lang),
            View::Vergelijken => self.vergelijken.ui(ui, doc, cmds, lang),
        }
    }
}

/// What the Gegevens view shows while names are hidden.
fn names_hidden_ui(ui: &mut egui::Ui, cmds: &mut Vec<Command>, lang: Lang) {
    ui.vertical_centered(|ui| {
        ui.add_space(80.0);
        ui.heading(i18n::gegevens::NAMES_HIDDEN.get_in(lang));
        ui.add_space(12.0);
        if ui.button(i18n::gegevens::SHOW_NAMES.get_in(lang)).clicked() {
            cmds.push(Command::SetAnonymous(false));
        }
    });
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let lang = self.settings.lang;
        if !self.styled {
            apply_look(ctx);
            self.styled = true;
        }
        self.frame_start = Some(std::time::Instant::now());
        self.escape_logic(ctx);
        if let Some(doc) = self.document.as_mut() {
            if doc.poll_layout() {
                ctx.request_repaint();
            }
            if let Some((head, old)) = doc.poll_analysis() {
                doc.status = Some(commands::changes_line(
                    head.unwrap_or_default(),
                    doc,
                    &old,
                    lang,
                ));
            } else if doc.analysis_pending() {
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
            }
        }
        if self.poll_export() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.document.is_some() {
            use egui::{Key, KeyboardShortcut, Modifiers};
            let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
            let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
            let export = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
            // Shift+S first: the plain shortcut would also match it.
            let (sa, s, e) = ctx.input_mut(|i| {
                let sa = i.consume_shortcut(&save_as);
                (sa, i.consume_shortcut(&save), i.consume_shortcut(&export))
            });
            if sa {
                self.run(Command::ShowDialog(panels::DialogKind::SaveAs));
            } else if s {
                self.run(Command::Save);
            }
            if e {
                self.run(Command::ShowDialog(panels::DialogKind::Export));
            }
        }
        if self.document.is_some() {
            use egui::{Key, KeyboardShortcut, Modifiers};
            let redo_shift = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
            let redo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
            let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
            // Shift+Z first: the plain shortcut would also match it.
            let (r1, r2, u) = ctx.input_mut(|i| {
                let r1 = i.consume_shortcut(&redo_shift);
                (r1, i.consume_shortcut(&redo), i.consume_shortcut(&undo))
            });
            if r1 || r2 {
                self.run(Command::Redo);
            } else if u {
                self.run(Command::Undo);
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        // Several lists dropped at once are an inventory; while its dialog is open, drops go to it.
        if self.intake.open && !dropped.is_empty() {
            self.intake.add(dropped);
        } else if dropped.len() > 1 {
            self.run(Command::ShowIntake(dropped));
        } else if let Some(path) = dropped.into_iter().next() {
            self.run(Command::Open(path));
        }
        if let Some(cmd) = self.presentation.logic(ctx, self.document.is_some()) {
            self.run(cmd);
        }
        self.window_logic(ctx);
        if let Some(job) = self.screenshot.as_mut() {
            let overview = self.view == View::Overzicht;
            let ready = self
                .document
                .as_ref()
                .is_none_or(|d| !(d.layout_pending() || overview && self.overview.poll(d)));
            job.advance(ctx, ready);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let lang = self.settings.lang;
        let mut cmds = Vec::new();
        if self.files.kind.is_none() {
            // The save-as dialog that "Opslaan" opened was cancelled: nothing waits any more.
            self.after_save = None;
        }
        if self.presentation.active
            && let Some(doc) = self.document.as_mut()
        {
            self.presentation.ui(ui, doc, self.view, &mut cmds, lang);
            self.confirm_ui(&ui.ctx().clone(), &mut cmds);
            self.run_frame_commands(cmds);
            return;
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui, &mut cmds));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        // The data tables need the whole width; the side panels are about the picture.
        if let Some(doc) = self
            .document
            .as_mut()
            .filter(|_| self.view != View::Gegevens)
        {
            egui::Panel::left("filters")
                .default_size(230.0)
                .show(ui, |ui| self.filters.ui(ui, doc, &mut cmds, lang));
            if self.view != View::Bevindingen {
                egui::Panel::right("findings")
                    .default_size(360.0)
                    .show(ui, |ui| {
                        self.inspector.ui(ui, doc, &mut cmds, lang);
                        self.findings.ui(ui, doc, &mut cmds, lang);
                    });
            }
        }
        let fill = ui.visuals().panel_fill;
        egui::CentralPanel::no_frame()
            .frame(egui::Frame::NONE.fill(fill))
            .show(ui, |ui| self.central_ui(ui, &mut cmds));
        let ctx = ui.ctx().clone();
        if let Some(doc) = self.document.as_ref() {
            self.presentation
                .editor_ui(&ctx, doc, self.view, &mut cmds, lang);
            let busy = self.exporting.is_some();
            self.files.ui(&ctx, doc, busy, &mut cmds, lang);
            self.thresholds.ui(&ctx, doc, &mut cmds, lang);
        }
        self.intake
            .ui(&ctx, self.document.as_ref(), &mut cmds, lang);
        self.confirm_ui(&ctx, &mut cmds);
        self.run_frame_commands(cmds);
        if let Some(start) = self.frame_start.take() {
            let ms = start.elapsed().as_secs_f32() * 1000.0;
            self.frame_ms = if self.frame_ms == 0.0 {
                ms
            } else {
                0.9 * self.frame_ms + 0.1 * ms
            };
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if !self.is_screenshot_run() {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }
}

/// A light theme (the canvas is light, and projectors wash out dark themes) with type a size
/// larger than egui's default, for reading at a distance.
fn apply_look(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(11.5, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
        ]
        .into();
    });
}

/// Runs the app in a window until it is closed (or, with `--screenshot`, until the picture is
/// saved). Errors: the window could not be opened, or the screenshot could not be made.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    run_with(launch, |_| {})
}

/// [`run`], with a hook that adjusts the app once it is created (development tools use it to
/// pick a layout or a selection before a screenshot).
pub fn run_with(
    launch: Launch,
    setup: impl FnOnce(&mut App) + Send + 'static,
) -> anyhow::Result<()> {
    let lang = launch.lang.unwrap_or_default();
    let screenshot = launch.screenshot.clone();
    let shot: Arc<Mutex<Option<Result<(), String>>>> = Arc::new(Mutex::new(None));
    let viewport = egui::ViewportBuilder::default()
        .with_title(txt::APP_TITLE.get_in(lang))
        .with_inner_size([1600.0, 1000.0])
        .with_min_inner_size([800.0, 500.0])
        .with_drag_and_drop(true)
        // The desktop entry's StartupWMClass, so the dock groups the window under its icon.
        .with_app_id("netwerkkaart");
    // The packaged icon is ours and known to decode; a failure would only cost the icon.
    let viewport = match eframe::icon_data::from_png_bytes(include_bytes!(
        "../../packaging/netwerkkaart-256.png"
    )) {
        Ok(icon) => viewport.with_icon(Arc::new(icon)),
        Err(_) => viewport,
    };
    let options = eframe::NativeOptions {
        viewport,
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let app_shot = shot.clone();
    eframe::run_native(
        "netwerkkaart",
        options,
        Box::new(move |cc| {
            let mut app = App::new(cc, launch, app_shot);
            setup(&mut app);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let Some(path) = screenshot else {
        return Ok(());
    };
    let outcome = shot.lock().map(|mut s| s.take()).unwrap_or(None);
    match outcome {
        Some(Ok(())) => Ok(()),
        Some(Err(reason)) => anyhow::bail!(
            "{}",
            txt::SCREENSHOT_FAILED.fill_in(lang, &[("path", &path.display()), ("reason", &reason)])
        ),
        None => anyhow::bail!(
            "{}",
            txt::SCREENSHOT_FAILED.fill_in(lang, &[("path", &path.display()), ("reason", &"—")])
        ),
    }
}

/// Where the example map may be: beside the working directory, beside the executable, where
/// the Debian package installs it (`/usr/share/netwerkkaart/voorbeeld`), or in the source tree
/// this was built from.
pub fn example_candidates() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("data/voorbeeld")];
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            out.push(dir.join("data/voorbeeld"));
            out.push(dir.join("share/netwerkkaart/voorbeeld"));
        }
    }
    out.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"));
    out
}

/// The layout names shown in the toolbar.
pub fn layout_text(k: LayoutKind) -> i18n::Text {
    match k {
        LayoutKind::Lagen => txt::LAYOUT_LAGEN,
        LayoutKind::Vrij => txt::LAYOUT_VRIJ,
    }
}
