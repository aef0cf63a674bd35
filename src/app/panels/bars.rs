//! The top bar (file menu, view tabs, language) and the status bar.

use super::super::{App, Command, Document, View};
use super::DialogKind;
use crate::i18n::{Lang, files as ftxt, ui as txt};

/// The top bar.
pub fn top_bar_ui(app: &App, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let lang = app.settings.lang;
    ui.horizontal(|ui| {
        ui.menu_button(txt::FILE_MENU.get_in(lang), |ui| {
            if ui.button(txt::OPEN_MAP.get_in(lang)).clicked() {
                // With a map open, our dialog (typed path + system dialog); else the system one.
                cmds.push(if app.document.is_some() {
                    Command::ShowDialog(DialogKind::Open)
                } else {
                    Command::PickFile
                });
            }
            if ui.button(txt::OPEN_EXAMPLE.get_in(lang)).clicked() {
                cmds.push(Command::OpenExample);
            }
            if ui
                .button(crate::i18n::intake_app::MENU.get_in(lang))
                .clicked()
            {
                cmds.push(Command::ShowIntake(Vec::new()));
            }
            if app.document.is_some() {
                if ui.button(txt::SAVE.get_in(lang)).clicked() {
                    cmds.push(Command::Save);
                }
                for (label, kind) in [
                    (ftxt::SAVE_AS, DialogKind::SaveAs),
                    (ftxt::REIMPORT, DialogKind::Reimport),
                    (ftxt::EXPORT, DialogKind::Export),
                ] {
                    if ui.button(label.get_in(lang)).clicked() {
                        cmds.push(Command::ShowDialog(kind));
                    }
                }
                ui.separator();
                if ui.button(ftxt::THRESHOLDS.get_in(lang)).clicked() {
                    cmds.push(Command::ShowThresholds);
                }
            }
            if !app.settings.recent.is_empty() {
                ui.separator();
                ui.label(txt::RECENT.get_in(lang));
                for p in &app.settings.recent {
                    if ui.button(p.display().to_string()).clicked() {
                        cmds.push(Command::Open(p.clone()));
                    }
                }
            }
            if app.document.is_some() {
                ui.separator();
                if ui.button(txt::CLOSE_MAP.get_in(lang)).clicked() {
                    cmds.push(Command::CloseMap);
                }
            }
        });
        if let Some(doc) = &app.document {
            ui.menu_button(txt::EDIT_MENU.get_in(lang), |ui| {
                edit_menu_ui(doc, ui, cmds, lang)
            });
        }
        ui.separator();
        if let Some(doc) = &app.document {
            let title = if doc.map().title.is_empty() {
                doc.path
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default()
            } else {
                doc.map().title.clone()
            };
            ui.strong(title);
            // In the app itself: a projector in full screen hides the window title.
            if doc.history().is_dirty() {
                let tone = crate::style::Tone::Warning;
                ui.label(
                    egui::RichText::new(crate::i18n::overview::UNSAVED.get_in(lang))
                        .color(super::super::paint::color(tone.text()))
                        .background_color(super::super::paint::color(tone.fill()))
                        .strong(),
                )
                .on_hover_text(crate::i18n::overview::UNSAVED_TIP.get_in(lang));
            }
            ui.separator();
            for v in View::ALL {
                let label = egui::RichText::new(v.text().get_in(lang)).size(15.0);
                if ui.selectable_label(app.view == v, label).clicked() {
                    cmds.push(Command::SetView(v));
                }
            }
            ui.separator();
            super::super::presentation::top_bar_ui(doc, ui, cmds, lang);
        } else {
            ui.strong(txt::APP_TITLE.get_in(lang));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for (l, name) in [(Lang::En, "English"), (Lang::Nl, "Nederlands")] {
                if ui.selectable_label(app.settings.lang == l, name).clicked() {
                    cmds.push(Command::SetLang(l));
                }
            }
            ui.label(format!("{}:", txt::LANGUAGE.get_in(lang)));
        });
    });
}

/// The status bar: counts, layout progress, frame time.
pub fn status_bar_ui(app: &App, ui: &mut egui::Ui) {
    let lang = app.settings.lang;
    ui.horizontal(|ui| {
        if let Some(doc) = &app.document {
            let m = &doc.map();
            ui.label(txt::STATUS_COUNTS.fill_in(
                lang,
                &[
                    ("parties", &m.parties.len()),
                    ("persons", &m.persons.len()),
                    ("tables", &m.tables.len()),
                    ("findings", &doc.analysis().findings.len()),
                ],
            ));
            ui.separator();
            ui.label(doc.path.display().to_string());
            // Edit labels name people: not shown while names are hidden.
            if let Some(status) = doc.status.as_ref().filter(|_| !doc.anonymous()) {
                ui.separator();
                ui.label(status);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak(txt::STATUS_FRAME.fill_in(lang, &[("ms", &format!("{:.1}", app.frame_ms))]));
        });
    });
}

/// The Bewerken menu: undo and redo with what they will do, and the done edits, newest first.
fn edit_menu_ui(doc: &Document, ui: &mut egui::Ui, cmds: &mut Vec<Command>, lang: Lang) {
    let h = &doc.history();
    if doc.anonymous() {
        // The labels name people; with names hidden only the plain actions are offered.
        if ui
            .add_enabled(
                h.undo_label().is_some(),
                egui::Button::new(txt::UNDO.get_in(lang)),
            )
            .clicked()
        {
            cmds.push(Command::Undo);
        }
        if ui
            .add_enabled(
                h.redo_label().is_some(),
                egui::Button::new(txt::REDO.get_in(lang)),
            )
            .clicked()
        {
            cmds.push(Command::Redo);
        }
        return;
    }
    let undo = match h.undo_label() {
        Some(l) => txt::UNDO_LABEL.fill_in(lang, &[("label", &l.render(lang))]),
        None => txt::UNDO.get_in(lang).to_string(),
    };
    if ui
        .add_enabled(h.undo_label().is_some(), egui::Button::new(undo))
        .clicked()
    {
        cmds.push(Command::Undo);
    }
    let redo = match h.redo_label() {
        Some(l) => txt::REDO_LABEL.fill_in(lang, &[("label", &l.render(lang))]),
        None => txt::REDO.get_in(lang).to_string(),
    };
    if ui
        .add_enabled(h.redo_label().is_some(), egui::Button::new(redo))
        .clicked()
    {
        cmds.push(Command::Redo);
    }
    ui.separator();
    ui.weak(txt::HISTORY.get_in(lang));
    let mut any = false;
    for label in h.done_labels().rev().take(HISTORY_SHOWN) {
        ui.label(label.render(lang));
        any = true;
    }
    if !any {
        ui.weak(txt::NO_HISTORY.get_in(lang));
    }
}

/// How many done edits the Bewerken menu lists.
const HISTORY_SHOWN: usize = 12;
