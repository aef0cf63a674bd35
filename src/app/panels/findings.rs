//! The findings list in the analysis' groups (collapsible, with counts and one advice per
//! group), filtered by the map's filter and a severity; the selected finding shows its advice
//! and is highlighted on the canvas.

use super::super::core_bridge::{self, Finding, Severity};
use super::super::paint::color;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::overview as ov;
use crate::i18n::{Text, ui as txt};
use crate::style;
use std::collections::HashMap;

/// Most findings listed per group in the side panel (the Bevindingen view lists all).
const MAX_PER_GROUP: usize = 12;

/// The findings panel's own state.
#[derive(Debug, Clone, Default)]
pub struct FindingsPanel {
    pub filter: GroupFilter,
}

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
                groups_ui(
                    ui,
                    doc,
                    cmds,
                    &mut self.filter,
                    (MAX_PER_GROUP, false),
                    lang,
                )
            });
    }
}

/// The severity chosen in a list of groups (the werkgebied and domains come from the map's
/// filter, which every view follows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupFilter {
    /// Only findings of this severity; `None` for all.
    pub severity: Option<Severity>,
}

/// The findings in their groups (the analysis' `groups`): a collapsible header per group with
/// its count, its one advice, and its members inside; at most `per_group` members listed,
/// the groups `open` to begin with or not (the high ones always are: they come first).
/// Only findings within the map's filter and `gf` count.
pub fn groups_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    cmds: &mut Vec<Command>,
    gf: &mut GroupFilter,
    (per_group, open): (usize, bool),
    lang: Lang,
) {
    let a = doc.display_analysis();
    if a.findings.is_empty() {
        ui.label(txt::NO_FINDINGS.get_in(lang));
        return;
    }
    severity_filter_ui(ui, gf, lang);
    let map = doc.display_map();
    let index: HashMap<&str, usize> = a
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key.as_str(), i))
        .collect();
    let shown = |i: &usize| {
        let f = &a.findings[*i];
        gf.severity.is_none_or(|s| f.severity == s)
            && super::filters::finding_in_filter(map, f, &doc.filter)
    };
    let mut any = false;
    for g in &a.groups {
        let members: Vec<usize> = g
            .findings
            .iter()
            .filter_map(|k| index.get(k.as_str()).copied())
            .filter(shown)
            .collect();
        if members.is_empty() {
            continue;
        }
        any = true;
        let col = color(style::severity_color(core_bridge::severity_level(
            &a.findings[members[0]],
        )));
        let head = ov::GROUP_HEAD.fill_in(
            lang,
            &[("title", &g.title.render(lang)), ("n", &members.len())],
        );
        let selected_inside = doc.selected_finding().is_some_and(|s| members.contains(&s));
        egui::CollapsingHeader::new(egui::RichText::new(head).color(col).strong())
            .id_salt(("group", &g.id))
            .default_open(open || g.severity == Severity::Hoog)
            .open(selected_inside.then_some(true))
            .show(ui, |ui| {
                // A group of one: its member says it.
                if g.findings.len() > 1 {
                    ui.label(g.message.render(lang));
                }
                ui.label(egui::RichText::new(txt::ADVICE.get_in(lang)).strong());
                ui.label(g.advice.render(lang));
                ui.add_space(2.0);
                for &i in members.iter().take(per_group) {
                    finding_ui(ui, doc, i, false, cmds, lang);
                }
                if members.len() > per_group {
                    ui.weak(
                        ov::MORE_IN_GROUP.fill_in(lang, &[("n", &(members.len() - per_group))]),
                    );
                }
            });
    }
    if !any {
        ui.weak(ov::NO_MATCH.get_in(lang));
    }
}

/// "Ernst: Alle · Hoog · Middel · Laag".
fn severity_filter_ui(ui: &mut egui::Ui, gf: &mut GroupFilter, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("{}:", ov::SEVERITY.get_in(lang)));
        ui.selectable_value(&mut gf.severity, None, ov::ALL_SEVERITIES.get_in(lang));
        for s in [Severity::Hoog, Severity::Middel, Severity::Laag] {
            ui.selectable_value(&mut gf.severity, Some(s), severity_text(s).get_in(lang));
        }
    });
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
