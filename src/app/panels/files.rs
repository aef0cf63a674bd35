//! The file dialogs of an open map: save as, export, and re-import of updated data.
//!
//! They are our own windows with a path field, and the system's file dialog (rfd, through the
//! XDG portal) behind "Bladeren…". The typed path is the fallback that always works: on a
//! machine without a portal (a bare Linux, a projector laptop in kiosk mode) rfd returns
//! nothing, and the user can still type or paste where the file should go. The path is filled
//! in beforehand, beside the map, so the common case is one click.

use super::super::{Command, Document, View};
use crate::export::{Output, Picture};
use crate::i18n::Lang;
use crate::i18n::{Text, files as txt};
use std::path::{Path, PathBuf};

/// Which dialog is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// Open another map (while one is open; the start screen has its own path field).
    Open,
    SaveAs,
    Export,
    Reimport,
}

impl DialogKind {
    /// Whether the dialog reads a file or folder (rather than writing one).
    fn reads(self) -> bool {
        matches!(self, DialogKind::Open | DialogKind::Reimport)
    }
}

/// What the Export dialog writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportChoice {
    #[default]
    Png,
    Svg,
    Report,
    Findings,
    DataXlsx,
    DataCsv,
    GraphMl,
    Gexf,
    Pptx,
}

impl ExportChoice {
    pub const ALL: [ExportChoice; 9] = [
        ExportChoice::Png,
        ExportChoice::Svg,
        ExportChoice::Report,
        ExportChoice::Findings,
        ExportChoice::DataXlsx,
        ExportChoice::DataCsv,
        ExportChoice::GraphMl,
        ExportChoice::Gexf,
        ExportChoice::Pptx,
    ];

    pub fn text(self) -> Text {
        match self {
            ExportChoice::Png => txt::EXP_PNG,
            ExportChoice::Svg => txt::EXP_SVG,
            ExportChoice::Report => txt::EXP_REPORT,
            ExportChoice::Findings => txt::EXP_FINDINGS,
            ExportChoice::DataXlsx => txt::EXP_DATA_XLSX,
            ExportChoice::DataCsv => txt::EXP_DATA_CSV,
            ExportChoice::GraphMl => txt::EXP_GRAPHML,
            ExportChoice::Gexf => txt::EXP_GEXF,
            ExportChoice::Pptx => crate::i18n::deck::EXP_PPTX,
        }
    }

    /// Whether this writes a picture of a view.
    fn is_picture(self) -> bool {
        matches!(self, ExportChoice::Png | ExportChoice::Svg)
    }

    /// The name part that tells the files apart when several are written beside the map.
    fn suffix(self, picture: Picture) -> &'static str {
        match self {
            ExportChoice::Png | ExportChoice::Svg => match picture {
                Picture::Netwerk => "netwerk",
                Picture::Driehoek => "driehoek",
                Picture::Matrix => "matrix",
            },
            ExportChoice::Report => "rapport",
            ExportChoice::Findings => "bevindingen",
            ExportChoice::DataXlsx => "gegevens",
            ExportChoice::DataCsv => "csv",
            ExportChoice::GraphMl | ExportChoice::Gexf => "netwerk",
            ExportChoice::Pptx => "presentatie",
        }
    }
}

/// Picture widths offered, in pixels (landscape sizes at the stated resolution).
const WIDTHS: [(u32, Text); 4] = [
    (2000, txt::SIZE_SCREEN),
    (3508, txt::SIZE_A4),
    (4961, txt::SIZE_A3),
    (7022, txt::SIZE_A0),
];

/// The dialogs' state.
#[derive(Debug, Clone)]
pub struct FileDialog {
    /// The dialog showing, if any.
    pub kind: Option<DialogKind>,
    /// The typed (or picked) path.
    pub path: String,
    pub choice: ExportChoice,
    pub picture: Picture,
    pub width: u32,
    pub anonymous: bool,
    /// CSV in the Dutch Excel dialect.
    pub excel: bool,
    /// What went wrong with the last attempt: a heading and its lines.
    pub error: Option<(String, Vec<String>)>,
    /// A re-import read and previewed, waiting for "Wijzigingen toepassen".
    pub pending: Option<super::reimport::PendingReimport>,
}

impl Default for FileDialog {
    fn default() -> Self {
        FileDialog {
            kind: None,
            path: String::new(),
            choice: ExportChoice::default(),
            picture: Picture::default(),
            width: 2000,
            anonymous: false,
            excel: true,
            error: None,
            pending: None,
        }
    }
}

/// The folder a map lives in and the stem its exports are named after: beside the project
/// file, or beside the CSV folder (not inside it, where a re-import would read them).
pub fn home_of(doc: &Document) -> (PathBuf, String) {
    // Absolute, so the dialog shows where the file will really go.
    let p = std::path::absolute(&doc.path).unwrap_or_else(|_| doc.path.clone());
    let dir = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "kaart".to_string());
    (dir, stem)
}

impl FileDialog {
    /// Opens a dialog with its path filled in for `doc`. `view` picks the picture to export
    /// (the view the user is looking at); `anonymous` is the app's names-hidden state.
    pub fn open(&mut self, kind: DialogKind, doc: &Document, view: View, anonymous: bool) {
        self.kind = Some(kind);
        self.error = None;
        self.pending = None;
        let (dir, stem) = home_of(doc);
        match kind {
            DialogKind::SaveAs => {
                let name = format!("{stem}.{}", crate::project::EXTENSION);
                self.path = dir.join(name).display().to_string();
            }
            DialogKind::Export => {
                self.picture = match view {
                    View::Driehoek => Picture::Driehoek,
                    View::Matrix => Picture::Matrix,
                    _ => Picture::Netwerk,
                };
                self.anonymous = anonymous;
                self.path = self.export_path(&dir, &stem);
            }
            DialogKind::Open => self.path = dir.display().to_string(),
            DialogKind::Reimport => {
                self.path = doc
                    .source
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
            }
        }
    }

    /// The suggested export path for the current choice.
    fn export_path(&self, dir: &Path, stem: &str) -> String {
        let name = format!("{stem}-{}", self.choice.suffix(self.picture));
        let path = match self.output().extension() {
            Some(ext) => dir.join(format!("{name}.{ext}")),
            None => dir.join(name),
        };
        path.display().to_string()
    }

    /// What the Export dialog will write with its current settings.
    pub fn output(&self) -> Output {
        match self.choice {
            ExportChoice::Png => Output::Png(self.picture, self.width),
            ExportChoice::Svg => Output::Svg(self.picture),
            ExportChoice::Report => Output::Report {
                title: String::new(),
            },
            ExportChoice::Findings => Output::FindingsWorkbook,
            ExportChoice::DataXlsx => Output::DataWorkbook,
            ExportChoice::DataCsv => Output::CsvFolder { excel: self.excel },
            ExportChoice::GraphMl => Output::GraphMl(Default::default()),
            ExportChoice::Gexf => Output::Gexf(Default::default()),
            ExportChoice::Pptx => Output::Pptx,
        }
    }

    /// The command the dialog's main button runs, or why it cannot run yet.
    pub fn command(&self, lang: Lang) -> Result<Command, String> {
        let path = PathBuf::from(self.path.trim());
        if self.path.trim().is_empty() {
            return Err(txt::NO_PATH.get_in(lang).to_string());
        }
        if let Some(kind) = self.kind
            && !kind.reads()
            && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            return Err(txt::NO_PARENT.fill_in(lang, &[("path", &parent.display())]));
        }
        Ok(match self.kind {
            Some(DialogKind::SaveAs) | None => Command::SaveAs(path),
            Some(DialogKind::Export) => Command::Export {
                path,
                output: self.output(),
                anonymous: self.anonymous,
            },
            Some(DialogKind::Reimport) => Command::Reimport(path),
            Some(DialogKind::Open) => Command::Open(path),
        })
    }

    /// Draws the dialog, if one is showing.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        busy: bool,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let Some(kind) = self.kind else { return };
        let title = match kind {
            DialogKind::SaveAs => txt::SAVE_AS_TITLE,
            DialogKind::Export => txt::EXPORT_TITLE,
            DialogKind::Reimport => txt::REIMPORT_TITLE,
            DialogKind::Open => txt::OPEN_TITLE,
        };
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("file_dialog")).show(ctx, |ui| {
            ui.set_width(640.0);
            ui.heading(title.get_in(lang));
            ui.add_space(6.0);
            match kind {
                DialogKind::SaveAs => {
                    ui.label(txt::SAVE_AS_EXPLAIN.get_in(lang));
                }
                DialogKind::Export => self.export_options_ui(ui, doc, lang),
                DialogKind::Reimport => {
                    ui.label(txt::REIMPORT_EXPLAIN.get_in(lang));
                }
                DialogKind::Open => {
                    ui.label(txt::OPEN_EXPLAIN.get_in(lang));
                }
            }
            ui.add_space(8.0);
            self.path_ui(ui, kind, lang);
            if let Some((heading, lines)) = &self.error {
                ui.add_space(6.0);
                ui.colored_label(crate::app::paint::color(crate::style::ERROR), heading);
                egui::ScrollArea::vertical()
                    .max_height(220.0)
                    .show(ui, |ui| {
                        for l in lines {
                            ui.label(l);
                        }
                    });
            }
            if kind == DialogKind::Reimport
                && let Some(pending) = self.pending.as_mut()
            {
                ui.add_space(8.0);
                ui.separator();
                pending.ui(ui, lang);
                ui.add_space(6.0);
                let apply = egui::Button::new(crate::i18n::compare::RI_APPLY.get_in(lang));
                if ui.add_enabled(!busy, apply).clicked() {
                    cmds.push(Command::ApplyReimport);
                }
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let label = match kind {
                    DialogKind::SaveAs => txt::DO_SAVE,
                    DialogKind::Export => txt::DO_EXPORT,
                    DialogKind::Reimport => txt::DO_REIMPORT,
                    DialogKind::Open => txt::DO_OPEN,
                };
                let go = ui.add_enabled(!busy, egui::Button::new(label.get_in(lang)));
                let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                if go.clicked() || (enter && !busy) {
                    match self.command(lang) {
                        Ok(cmd) => cmds.push(cmd),
                        Err(why) => self.error = Some((why, vec![])),
                    }
                }
                if ui.button(txt::CANCEL.get_in(lang)).clicked() {
                    close = true;
                }
                if busy {
                    ui.spinner();
                    ui.label(txt::WORKING.get_in(lang));
                }
            });
        });
        if close || modal.should_close() {
            self.kind = None;
            self.pending = None;
        }
    }

    /// The Export dialog's choices: what, which view, size, names.
    fn export_options_ui(&mut self, ui: &mut egui::Ui, doc: &Document, lang: Lang) {
        let before = (self.choice, self.picture);
        egui::Grid::new("export_options")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label(txt::WHAT.get_in(lang));
                egui::ComboBox::from_id_salt("export_choice")
                    .width(420.0)
                    .selected_text(self.choice.text().get_in(lang))
                    .show_ui(ui, |ui| {
                        for c in ExportChoice::ALL {
                            ui.selectable_value(&mut self.choice, c, c.text().get_in(lang));
                        }
                    });
                ui.end_row();
                if self.choice.is_picture() {
                    ui.label(txt::VIEW.get_in(lang));
                    ui.horizontal(|ui| {
                        for (p, v) in [
                            (Picture::Netwerk, View::Netwerk),
                            (Picture::Driehoek, View::Driehoek),
                            (Picture::Matrix, View::Matrix),
                        ] {
                            ui.selectable_value(&mut self.picture, p, v.text().get_in(lang));
                        }
                    });
                    ui.end_row();
                }
                if self.choice == ExportChoice::Png {
                    ui.label(txt::WIDTH.get_in(lang));
                    let label = |w: u32| {
                        let name = WIDTHS
                            .iter()
                            .find(|(x, _)| *x == w)
                            .map(|(_, t)| t.get_in(lang));
                        let px = txt::PIXELS.fill_in(lang, &[("n", &w)]);
                        name.map_or(px.clone(), |n| format!("{n} ({px})"))
                    };
                    egui::ComboBox::from_id_salt("export_width")
                        .width(420.0)
                        .selected_text(label(self.width))
                        .show_ui(ui, |ui| {
                            for (w, _) in WIDTHS {
                                ui.selectable_value(&mut self.width, w, label(w));
                            }
                        });
                    ui.end_row();
                }
                if self.choice == ExportChoice::DataCsv {
                    ui.label("");
                    ui.checkbox(&mut self.excel, txt::EXCEL_CSV.get_in(lang));
                    ui.end_row();
                }
                ui.label("");
                ui.checkbox(&mut self.anonymous, txt::ANONYMOUS.get_in(lang));
                ui.end_row();
            });
        match self.choice {
            ExportChoice::Png => {
                ui.weak(txt::PNG_HINT.get_in(lang));
            }
            ExportChoice::Report => {
                ui.weak(txt::REPORT_HINT.get_in(lang));
            }
            _ => {}
        }
        if before != (self.choice, self.picture) {
            // Follow the choice with the name, keeping the folder the user may have picked.
            let typed = PathBuf::from(self.path.trim());
            let (home, stem) = home_of(doc);
            let dir = typed
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or(home);
            self.path = self.export_path(&dir, &stem);
        }
    }

    /// The path field with its browse buttons, and a warning when a file will be replaced.
    fn path_ui(&mut self, ui: &mut egui::Ui, kind: DialogKind, lang: Lang) {
        let folder_out = kind == DialogKind::Export && self.choice == ExportChoice::DataCsv;
        let label = if folder_out {
            txt::PATH_FOLDER
        } else {
            txt::PATH_FILE
        };
        ui.horizontal(|ui| {
            ui.label(label.get_in(lang));
            ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(400.0));
            match kind {
                DialogKind::Reimport | DialogKind::Open => {
                    let exts: &[&str] = if kind == DialogKind::Open {
                        &["netwerkkaart", "xlsx", "ods", "csv"]
                    } else {
                        &["xlsx", "ods", "csv"]
                    };
                    if ui.button(txt::BROWSE_FILE.get_in(lang)).clicked()
                        && let Some(p) = rfd::FileDialog::new()
                            .add_filter("Netwerkkaart / Excel / CSV", exts)
                            .pick_file()
                    {
                        // A CSV file stands for the folder it is in.
                        let is_csv = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
                        let p = match (is_csv, p.parent()) {
                            (true, Some(d)) => d.to_path_buf(),
                            _ => p,
                        };
                        self.path = p.display().to_string();
                    }
                    if ui.button(txt::BROWSE_FOLDER.get_in(lang)).clicked() {
                        match super::super::commands::picked(|| {
                            rfd::FileDialog::new().pick_folder()
                        }) {
                            Ok(Some(p)) => self.path = p.display().to_string(),
                            Ok(None) => {}
                            Err(_) => {
                                let text = crate::i18n::overview::NO_DIALOG.get_in(lang);
                                self.error = Some((text.to_string(), Vec::new()));
                            }
                        }
                    }
                }
                _ if folder_out => {
                    if ui.button(txt::BROWSE.get_in(lang)).clicked()
                        && let Some(p) = rfd::FileDialog::new().pick_folder()
                    {
                        self.path = p.display().to_string();
                    }
                }
                _ => {
                    if ui.button(txt::BROWSE.get_in(lang)).clicked() {
                        let current = PathBuf::from(self.path.trim());
                        let mut d = rfd::FileDialog::new();
                        if let Some(ext) = self.extension_for(kind) {
                            d = d.add_filter(ext, &[ext]);
                        }
                        if let Some(dir) = current.parent().filter(|p| p.is_dir()) {
                            d = d.set_directory(dir);
                        }
                        if let Some(name) = current.file_name() {
                            d = d.set_file_name(name.to_string_lossy());
                        }
                        if let Some(p) = d.save_file() {
                            self.path = p.display().to_string();
                        }
                    }
                }
            }
        });
        let p = Path::new(self.path.trim());
        if !kind.reads() && !self.path.trim().is_empty() && p.exists() {
            ui.weak(txt::WILL_OVERWRITE.fill_in(lang, &[("path", &p.display())]));
        }
    }

    fn extension_for(&self, kind: DialogKind) -> Option<&'static str> {
        match kind {
            DialogKind::SaveAs => Some(crate::project::EXTENSION),
            DialogKind::Export => self.output().extension(),
            DialogKind::Reimport | DialogKind::Open => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_export_choice_suggests_a_name_the_writer_accepts() {
        let mut d = FileDialog::default();
        for c in ExportChoice::ALL {
            d.choice = c;
            d.kind = Some(DialogKind::Export);
            let path = d.export_path(Path::new("/tmp"), "lingemond");
            let out = d.output();
            // The name the dialog suggests must read back as the same output.
            let data = c == ExportChoice::DataXlsx;
            let parsed = Output::from_path(Path::new(&path), d.picture, d.width, data, d.excel)
                .expect("a known format");
            let same = match (&out, &parsed) {
                (Output::Report { .. }, Output::Report { .. }) => true,
                _ => out == parsed,
            };
            assert!(same, "{c:?}: {path} reads back as {parsed:?}, not {out:?}");
            assert!(path.contains("lingemond-"), "{path}");
        }
    }

    #[test]
    fn an_empty_path_or_a_missing_folder_is_refused_with_a_reason() {
        let lang = crate::i18n::Lang::Nl;
        let mut d = FileDialog {
            kind: Some(DialogKind::Export),
            ..FileDialog::default()
        };
        assert!(d.command(lang).is_err());
        d.path = "/geen/zulke/map/kaart.png".into();
        let err = d.command(lang).expect_err("missing folder");
        assert!(err.contains("/geen/zulke/map"), "{err}");
        d.path = std::env::temp_dir().join("k.png").display().to_string();
        assert!(matches!(d.command(lang), Ok(Command::Export { .. })));
    }
}
