//! The start screen: open a map, open the example, recent maps, and the errors of a failed
//! open listed as `check` lists them.

use super::super::{Command, Settings};
use crate::i18n::Lang;
use crate::i18n::ui as txt;
use std::path::PathBuf;

/// The start screen's own state.
#[derive(Debug, Clone, Default)]
pub struct StartScreen {
    /// The typed path (for when the system file dialog is not available).
    pub path: String,
    /// The last failed open: a heading and every error and warning.
    pub error: Option<(String, Vec<String>)>,
    /// Work left by a session that did not close cleanly, newest first.
    pub recoverable: Vec<crate::recovery::Recovered>,
}

impl StartScreen {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        settings: &Settings,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(40.0);
                ui.heading(egui::RichText::new(txt::APP_TITLE.get_in(lang)).size(32.0));
                ui.label(egui::RichText::new(txt::TAGLINE.get_in(lang)).size(16.0));
                ui.add_space(24.0);
                ui.horizontal(|ui| {
                    ui.add_space((ui.available_width() - 680.0).max(0.0) / 2.0);
                    let big = |s: &str| egui::Button::new(egui::RichText::new(s).size(17.0));
                    if ui.add(big(txt::OPEN_MAP.get_in(lang))).clicked() {
                        cmds.push(Command::PickFile);
                    }
                    if ui.add(big(txt::OPEN_EXAMPLE.get_in(lang))).clicked() {
                        cmds.push(Command::OpenExample);
                    }
                    if ui
                        .add(big(crate::i18n::intake_app::MENU.get_in(lang)))
                        .clicked()
                    {
                        cmds.push(Command::ShowIntake(Vec::new()));
                    }
                });
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    ui.add_space((ui.available_width() - 620.0).max(0.0) / 2.0);
                    let edit = egui::TextEdit::singleline(&mut self.path)
                        .hint_text(txt::PATH_HINT.get_in(lang))
                        .desired_width(520.0);
                    let r = ui.add(edit);
                    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if (ui.button(txt::OPEN_PATH.get_in(lang)).clicked() || enter)
                        && !self.path.trim().is_empty()
                    {
                        cmds.push(Command::Open(PathBuf::from(self.path.trim())));
                    }
                });
                ui.weak(txt::DROP_HINT.get_in(lang));
                ui.add_space(20.0);
            });
            if let Some(r) = self.recoverable.first() {
                recover_ui(ui, r, cmds, lang);
                ui.add_space(16.0);
            }
            if let Some((heading, lines)) = &self.error {
                error_list_ui(ui, heading, lines);
                ui.add_space(16.0);
            }
            ui.vertical_centered(|ui| {
                ui.heading(txt::RECENT.get_in(lang));
                if settings.recent.is_empty() {
                    ui.weak(txt::NO_RECENT.get_in(lang));
                }
                for p in &settings.recent {
                    if ui.link(p.display().to_string()).clicked() {
                        cmds.push(Command::Open(p.clone()));
                    }
                }
            });
        });
    }
}

/// The errors of a failed open, one per line, in a red frame.
fn error_list_ui(ui: &mut egui::Ui, heading: &str, lines: &[String]) {
    egui::Frame::new()
        .fill(crate::app::paint::color(crate::style::ERROR_FILL))
        .stroke(egui::Stroke::new(
            1.0,
            crate::app::paint::color(crate::style::ERROR),
        ))
        .corner_radius(6.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.strong(heading);
            for l in lines {
                ui.label(format!("• {l}"));
            }
        });
}

/// The offer to restore work from a recovery file.
fn recover_ui(
    ui: &mut egui::Ui,
    r: &crate::recovery::Recovered,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    egui::Frame::new()
        .fill(crate::app::paint::color(crate::style::WARNING_FILL))
        .stroke(egui::Stroke::new(
            1.0,
            crate::app::paint::color(crate::style::WARNING_EDGE),
        ))
        .corner_radius(6.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = if r.map.title.is_empty() {
                r.source
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default()
            } else {
                r.map.title.clone()
            };
            ui.strong(txt::RECOVER_OFFER.fill_in(
                lang,
                &[("tijd", &clock_time(r.saved_at)), ("titel", &title)],
            ));
            ui.horizontal(|ui| {
                if ui.button(txt::RECOVER.get_in(lang)).clicked() {
                    cmds.push(Command::Recover);
                }
                if ui.button(txt::RECOVER_DISCARD.get_in(lang)).clicked() {
                    cmds.push(Command::DiscardRecovery);
                }
            });
        });
}

/// "2026-11-22 09:41 UTC" from seconds since the epoch (no time-zone database at hand).
fn clock_time(secs: u64) -> String {
    crate::i18n::date::utc_minute(secs)
}

#[cfg(test)]
mod tests {
    #[test]
    fn clock_time_of_known_moments() {
        // 0 is the epoch; 1_700_000_000 is 2023-11-14 22:13:20 UTC (date -u -d @1700000000).
        assert_eq!(super::clock_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::clock_time(1_700_000_000), "2023-11-14 22:13 UTC");
    }
}
