//! The thresholds dialog: the limits the analyses check against, editable with their defaults
//! shown, stored in the project (view state `drempels`) through an edit, so that changing them
//! is undoable and the findings update at once.

use super::super::core_bridge::Thresholds;
use super::super::{Command, Document};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::files as txt;

/// The key under which the thresholds are kept in the map's view state.
pub const VIEW_KEY: &str = crate::view_state::THRESHOLDS;

/// The thresholds stored with a map, or the defaults (see [`Thresholds::from_view_state`]).
pub fn stored_thresholds(map: &crate::model::Map) -> Thresholds {
    Thresholds::from_view_state(map)
}

/// The edit that stores `t` with the map (removing the entry when `t` is the default).
pub fn set_thresholds(t: &Thresholds) -> Edit {
    Edit::SetView {
        key: VIEW_KEY.to_string(),
        value: t.to_view_state(),
    }
}

/// The dialog's state: open or not, and the values being edited.
#[derive(Debug, Clone, Default)]
pub struct ThresholdsDialog {
    pub open: bool,
    pub draft: Thresholds,
}

impl ThresholdsDialog {
    /// Opens the dialog on the map's current thresholds.
    pub fn show(&mut self, doc: &Document) {
        self.draft = doc.analysis().thresholds.clone();
        self.open = true;
    }

    pub fn ui(&mut self, ctx: &egui::Context, doc: &Document, cmds: &mut Vec<Command>, lang: Lang) {
        if !self.open {
            return;
        }
        let defaults = Thresholds::default();
        let mut close = false;
        let modal = egui::Modal::new(egui::Id::unique("thresholds_dialog")).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.heading(txt::THRESHOLDS_TITLE.get_in(lang));
            ui.label(txt::THRESHOLDS_EXPLAIN.get_in(lang));
            ui.add_space(8.0);
            let labels = defaults.entries(lang);
            let label = |key: &str| {
                labels
                    .iter()
                    .find(|(k, ..)| *k == key)
                    .map(|(_, t, v)| (t.get_in(lang).to_string(), v.clone()))
                    .unwrap_or_else(|| (key.to_string(), String::new()))
            };
            let d = &mut self.draft;
            egui::Grid::new("thresholds_grid")
                .num_columns(3)
                .spacing([14.0, 8.0])
                .show(ui, |ui| {
                    let row = |ui: &mut egui::Ui, key: &str, w: egui::DragValue<'_>| {
                        let (text, default) = label(key);
                        ui.label(text);
                        ui.add(w);
                        ui.weak(txt::DEFAULT_IS.fill_in(lang, &[("value", &default)]));
                        ui.end_row();
                    };
                    row(
                        ui,
                        "max_tables",
                        egui::DragValue::new(&mut d.max_tables).range(1..=100),
                    );
                    row(
                        ui,
                        "max_meeting_hours",
                        egui::DragValue::new(&mut d.max_meeting_hours)
                            .range(1.0..=2000.0)
                            .speed(1.0)
                            .custom_formatter(|v, _| decimal(v, 0, lang))
                            .custom_parser(parse_decimal),
                    );
                    row(
                        ui,
                        "betweenness_top_fraction",
                        egui::DragValue::new(&mut d.betweenness_top_fraction)
                            .range(0.01..=1.0)
                            .speed(0.01)
                            .custom_formatter(|v, _| decimal(v, 2, lang))
                            .custom_parser(parse_decimal),
                    );
                    row(
                        ui,
                        "mono_sector_min_members",
                        egui::DragValue::new(&mut d.mono_sector_min_members).range(1..=50),
                    );
                    row(
                        ui,
                        "leadership_min_holders",
                        egui::DragValue::new(&mut d.leadership_min_holders).range(1..=50),
                    );
                    row(
                        ui,
                        "max_listed",
                        egui::DragValue::new(&mut d.max_listed).range(1..=10_000),
                    );
                });
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let changed = self.draft != doc.analysis().thresholds;
                if ui
                    .add_enabled(changed, egui::Button::new(txt::APPLY.get_in(lang)))
                    .clicked()
                {
                    cmds.push(Command::Edit(set_thresholds(&self.draft)));
                }
                if ui.button(txt::RESET_DEFAULTS.get_in(lang)).clicked() {
                    self.draft = Thresholds::default();
                }
                if ui.button(txt::CLOSE.get_in(lang)).clicked() {
                    close = true;
                }
            });
        });
        if close || modal.should_close() {
            self.open = false;
        }
    }
}

/// A number as the user's language writes it (a decimal comma in Dutch).
fn decimal(v: f64, decimals: usize, lang: Lang) -> String {
    crate::i18n::number::fixed(v, decimals, lang)
}

/// Reads a typed number with a decimal comma or point.
fn parse_decimal(s: &str) -> Option<f64> {
    crate::i18n::number::parse(s)
}
