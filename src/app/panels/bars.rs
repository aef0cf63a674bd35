//! The top bar (file menu, view tabs, language) and the status bar.

use super::super::{App, Command, View};
use crate::i18n::{Lang, ui as txt};

/// The top bar.
pub fn top_bar_ui(app: &App, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.menu_button(txt::FILE_MENU.get(), |ui| {
            if ui.button(txt::OPEN_MAP.get()).clicked() {
                cmds.push(Command::PickFile);
            }
            if ui.button(txt::OPEN_EXAMPLE.get()).clicked() {
                cmds.push(Command::OpenExample);
            }
            if app.document.is_some() && ui.button(txt::SAVE.get()).clicked() {
                cmds.push(Command::Save);
            }
            if !app.settings.recent.is_empty() {
                ui.separator();
                ui.label(txt::RECENT.get());
                for p in &app.settings.recent {
                    if ui.button(p.display().to_string()).clicked() {
                        cmds.push(Command::Open(p.clone()));
                    }
                }
            }
            if app.document.is_some() {
                ui.separator();
                if ui.button(txt::CLOSE_MAP.get()).clicked() {
                    cmds.push(Command::CloseMap);
                }
            }
        });
        ui.separator();
        if let Some(doc) = &app.document {
            let title = if doc.map.title.is_empty() {
                doc.path
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default()
            } else {
                doc.map.title.clone()
            };
            ui.strong(title);
            ui.separator();
            for v in View::ALL {
                let label = egui::RichText::new(v.text().get()).size(15.0);
                if ui.selectable_label(app.view == v, label).clicked() {
                    cmds.push(Command::SetView(v));
                }
            }
        } else {
            ui.strong(txt::APP_TITLE.get());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (l, name) in [(Lang::En, "English"), (Lang::Nl, "Nederlands")] {
                if ui.selectable_label(app.settings.lang == l, name).clicked() {
                    cmds.push(Command::SetLang(l));
                }
            }
            ui.label(format!("{}:", txt::LANGUAGE.get()));
        });
    });
}

/// The status bar: counts, layout progress, frame time.
pub fn status_bar_ui(app: &App, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        if let Some(doc) = &app.document {
            let m = &doc.map;
            ui.label(txt::STATUS_COUNTS.fill(&[
                ("parties", &m.parties.len()),
                ("persons", &m.persons.len()),
                ("tables", &m.tables.len()),
                ("findings", &doc.analysis.findings.len()),
            ]));
            ui.separator();
            ui.label(doc.path.display().to_string());
            if let Some(status) = &doc.status {
                ui.separator();
                ui.label(status);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak(txt::STATUS_FRAME.fill(&[("ms", &format!("{:.1}", app.frame_ms))]));
        });
    });
}
