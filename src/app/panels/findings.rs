//! The findings list, grouped by severity and then by kind, each with its message; the
//! selected one shows its advice and is highlighted on the canvas.

use super::super::core_bridge::{self, Finding, Severity};
use super::super::paint::color;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::{Text, ui as txt};
use crate::style;

/// Most findings listed per kind in the side panel (the Bevindingen view lists all).
const MAX_PER_KIND: usize = 40;

/// The findings panel's own state.
#[derive(Debug, Clone, Default)]
pub struct FindingsPanel;

/// The label of a severity.
pub fn severity_text(s: Severity) -> Text {
    match s {
        Severity::Hoog => txt::SEVERITY_HOOG,
        Severity::Middel => txt::SEVERITY_MIDDEL,
        Severity::Laag => txt::SEVERITY_LAAG,
    }
}

impl FindingsPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document, cmds: &mut Vec<Command>, lang: Lang) {
        ui.heading(txt::FINDINGS.get_in(lang));
        egui::ScrollArea::vertical()
            .id_salt("findings_scroll")
            .show(ui, |ui| {
                grouped_ui(ui, doc, cmds, MAX_PER_KIND, false, lang)
            });
    }
}

/// The findings grouped by severity and kind; at most `per_kind` per kind.
///
/// `expanded` shows every finding's advice, not only the selected one's.
pub fn grouped_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    cmds: &mut Vec<Command>,
    per_kind: usize,
    expanded: bool,
    lang: Lang,
) {
    let findings = &doc.display_analysis().findings;
    if findings.is_empty() {
        ui.label(txt::NO_FINDINGS.get_in(lang));
        return;
    }
    for sev in [Severity::Hoog, Severity::Middel, Severity::Laag] {
        let of_sev: Vec<usize> = (0..findings.len())
            .filter(|&i| findings[i].severity == sev)
            .collect();
        if of_sev.is_empty() {
            continue;
        }
        let col = color(style::severity_color(core_bridge::severity_level(
            &findings[of_sev[0]],
        )));
        let title = egui::RichText::new(format!(
            "{} ({})",
            severity_text(sev).get_in(lang),
            of_sev.len()
        ))
        .color(col)
        .strong()
        .size(15.0);
        egui::CollapsingHeader::new(title)
            .id_salt(("sev", sev as u8))
            .default_open(sev != Severity::Laag)
            .show(ui, |ui| {
                let mut kinds: Vec<_> = of_sev.iter().map(|&i| findings[i].kind).collect();
                kinds.dedup();
                for kind in kinds {
                    let of_kind: Vec<usize> = of_sev
                        .iter()
                        .copied()
                        .filter(|&i| findings[i].kind == kind)
                        .collect();
                    ui.label(
                        egui::RichText::new(format!(
                            "{} ({})",
                            txt::finding_kind(core_bridge::kind_key(kind)).get_in(lang),
                            of_kind.len()
                        ))
                        .strong(),
                    );
                    for &i in of_kind.iter().take(per_kind) {
                        finding_ui(ui, doc, i, expanded, cmds, lang);
                    }
                    if of_kind.len() > per_kind {
                        ui.weak(format!("… +{}", of_kind.len() - per_kind));
                    }
                    ui.add_space(4.0);
                }
            });
    }
}

/// One finding: its message as a selectable line; when selected (or `expanded`), its advice
/// and subjects.
pub fn finding_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    i: usize,
    expanded: bool,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    let Some(f) = doc.display_analysis().findings.get(i) else {
        return;
    };
    let f: &Finding = f;
    let selected = doc.selected_finding() == Some(i);
    let bar = color(style::severity_color(core_bridge::severity_level(f)));
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(4.0, 18.0), egui::Sense::hover());
        ui.painter().rect_filled(r, 1.0, bar);
        let label = egui::Button::selectable(selected, egui::RichText::new(f.message(lang))).wrap();
        if ui.add(label).clicked() {
            cmds.push(Command::SelectFinding(if selected {
                None
            } else {
                Some(i)
            }));
        }
    });
    if selected || expanded {
        egui::Frame::new()
            .inner_margin(egui::Margin {
                left: 14,
                right: 4,
                top: 2,
                bottom: 6,
            })
            .show(ui, |ui| {
                ui.label(egui::RichText::new(txt::ADVICE.get_in(lang)).strong());
                ui.label(f.advice(lang));
                ui.horizontal_wrapped(|ui| {
                    ui.weak(format!("{}:", txt::SUBJECTS.get_in(lang)));
                    for id in &f.subjects {
                        if ui.link(doc.display_map().name_of(id)).clicked() {
                            cmds.push(Command::SelectNode(Some(id.clone())));
                        }
                    }
                });
            });
    }
}
