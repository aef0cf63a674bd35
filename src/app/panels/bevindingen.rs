//! The Bevindingen view: every finding in its group, with room for message and advice.

use super::super::{Command, Document, View};
use crate::i18n::Lang;
use crate::i18n::ui as txt;

/// Most members listed per group (a region's largest groups have hundreds alike).
const MAX_PER_GROUP: usize = 200;

/// The Bevindingen view.
#[derive(Debug, Clone, Copy, Default)]
pub struct Bevindingen {
    pub filter: super::findings::GroupFilter,
}

impl Bevindingen {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(900.0));
                ui.heading(txt::FINDINGS.get_in(lang));
                if doc.selected_finding().is_some()
                    && ui.button(txt::SHOW_ON_MAP.get_in(lang)).clicked()
                {
                    cmds.push(Command::SetView(View::Netwerk));
                }
                super::findings::groups_ui(
                    ui,
                    doc,
                    cmds,
                    &mut self.filter,
                    (MAX_PER_GROUP, true),
                    lang,
                );
            });
        });
    }
}
