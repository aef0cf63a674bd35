//! The left panel: search with jump-to, and the filters (domain, layer, party kind,
//! werkgebied).

use super::super::core_bridge::Finding;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::overview as ov;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::model::{Map, PartyKind, Set, Vocab};
use crate::scene::Filter;

/// Most search hits listed.
const MAX_HITS: usize = 12;

/// The filter panel's own state.
#[derive(Debug, Clone, Default)]
pub struct FilterPanel {
    pub search: String,
}

impl FilterPanel {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::ScrollArea::vertical().show(ui, |ui| {
            self.search_ui(ui, doc, cmds, lang);
            ui.separator();
            ui.heading(txt::FILTERS.get_in(lang));
            let before = doc.filter.clone();
            set_ui(ui, txt::DOMAINS.get_in(lang), &mut doc.filter.domains, lang);
            set_ui(ui, txt::LAYERS.get_in(lang), &mut doc.filter.layers, lang);
            kinds_ui(ui, &mut doc.filter.party_kinds, lang);
            werkgebied_ui(ui, doc, lang);
            ui.add_space(6.0);
            if ui.button(txt::RESET_FILTERS.get_in(lang)).clicked() {
                doc.filter = Filter {
                    persons: doc.filter.persons,
                    ..Filter::default()
                };
            }
            if doc.filter != before {
                doc.mark_scene_dirty();
            }
        });
    }

    fn search_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let label = ui.strong(txt::SEARCH.get_in(lang));
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(txt::SEARCH_HINT.get_in(lang))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        let needle = crate::model::fold(&self.search);
        if needle.is_empty() {
            return;
        }
        // With names hidden, only the shown labels are searched: a hit on a real name or on a
        // person id (often made from the name) would give the name away.
        let map = doc.display_map();
        let names = map
            .parties
            .iter()
            .map(|p| (&p.id, &p.name, true))
            .chain(map.tables.iter().map(|t| (&t.id, &t.name, true)))
            .chain(
                map.persons
                    .iter()
                    .map(|p| (&p.id, &p.name, !doc.anonymous())),
            );
        let hits: Vec<(&String, &String)> = names
            .filter(|(id, name, by_id)| {
                crate::model::fold(name).contains(&needle)
                    || (*by_id && crate::model::fold(id).contains(&needle))
            })
            .map(|(id, name, _)| (id, name))
            .take(MAX_HITS)
            .collect();
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if enter && let Some((id, _)) = hits.first() {
            cmds.push(Command::JumpTo((*id).clone()));
        }
        for (id, name) in hits {
            if ui.link(name.as_str()).clicked() {
                cmds.push(Command::JumpTo(id.clone()));
            }
        }
    }
}

/// Check boxes for a vocabulary set.
fn set_ui<T: Vocab + crate::i18n::vocab::Label>(
    ui: &mut egui::Ui,
    title: &str,
    set: &mut Set<T>,
    lang: Lang,
) {
    ui.strong(title);
    for &v in T::ALL {
        let mut on = set.contains(v);
        if ui.checkbox(&mut on, v.label_in(lang)).changed() {
            if on {
                set.insert(v);
            } else {
                set.remove(v);
            }
        }
    }
}

/// Check boxes per party kind, each with its colour.
fn kinds_ui(ui: &mut egui::Ui, kinds: &mut Vec<PartyKind>, lang: Lang) {
    ui.strong(txt::PARTY_KINDS.get_in(lang));
    for &k in PartyKind::ALL {
        let mut on = kinds.contains(&k);
        ui.horizontal(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().circle_filled(
                r.center(),
                5.5,
                super::super::paint::color(crate::style::party_color(k)),
            );
            if ui.checkbox(&mut on, k.label_in(lang)).changed() {
                if on {
                    kinds.push(k);
                } else {
                    kinds.retain(|x| *x != k);
                }
            }
        });
    }
}

fn werkgebied_ui(ui: &mut egui::Ui, doc: &mut Document, lang: Lang) {
    let municipalities: Vec<(String, String)> = doc
        .display_map()
        .municipalities()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    if municipalities.len() < 2 {
        return;
    }
    let current = doc
        .filter
        .werkgebied
        .as_ref()
        .map_or(txt::WHOLE_REGION.get_in(lang).to_string(), |id| {
            doc.display_map().name_of(id).to_string()
        });
    // The label above the box: beside it, a narrow panel wraps it mid-word.
    let label = ui.strong(txt::WERKGEBIED.get_in(lang));
    egui::ComboBox::from_id_salt("werkgebied_filter")
        .selected_text(current)
        .show_ui(ui, |ui| {
            ui.selectable_value(
                &mut doc.filter.werkgebied,
                None,
                txt::WHOLE_REGION.get_in(lang),
            );
            for (id, name) in municipalities {
                ui.selectable_value(&mut doc.filter.werkgebied, Some(id), name);
            }
        })
        .response
        .labelled_by(label.id);
}

/// Whether a finding falls within the filter: its domain is shown, and it is about the chosen
/// werkgebied (its own werkgebied, or a subject that is or works in it).
pub fn finding_in_filter(map: &Map, f: &Finding, filter: &Filter) -> bool {
    if f.domain.is_some_and(|d| !filter.domains.contains(d)) {
        return false;
    }
    let Some(wg) = filter.werkgebied.as_deref() else {
        return true;
    };
    match &f.werkgebied {
        Some(w) => w == wg,
        None => f.subjects.iter().any(|s| in_area(map, s, wg)),
    }
}

/// Whether the node `id` is the municipality `wg` or works in it.
fn in_area(map: &Map, id: &str, wg: &str) -> bool {
    if id == wg {
        return true;
    }
    if let Some(p) = map.party(id) {
        return p.werkgebied.iter().any(|w| w == wg);
    }
    if let Some(t) = map.table(id) {
        return t.werkgebied.iter().any(|w| w == wg);
    }
    map.person(id)
        .and_then(|p| map.party(&p.party))
        .is_some_and(|p| p.id == wg || p.werkgebied.iter().any(|w| w == wg))
}

/// What the filter holds back, in words; empty when everything is shown.
pub fn filter_parts(map: &Map, filter: &Filter, lang: Lang) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(wg) = &filter.werkgebied {
        parts.push(txt::AREA_TITLE.fill_in(lang, &[("name", &map.name_of(wg))]));
    }
    let list = |labels: Vec<&str>| labels.join(", ").to_lowercase();
    if filter.domains != Set::all() {
        let l = list(filter.domains.iter().map(|d| d.label_in(lang)).collect());
        parts.push(ov::FILTER_DOMAINS.fill_in(lang, &[("list", &l)]));
    }
    if filter.layers != Set::all() {
        let l = list(filter.layers.iter().map(|d| d.label_in(lang)).collect());
        parts.push(ov::FILTER_LAYERS.fill_in(lang, &[("list", &l)]));
    }
    if filter.party_kinds.len() != PartyKind::ALL.len() {
        parts.push(ov::FILTER_KINDS.fill_in(lang, &[("n", &filter.party_kinds.len())]));
    }
    if let Some(id) = &filter.focus {
        parts.push(ov::FILTER_FOCUS.fill_in(lang, &[("name", &map.name_of(id))]));
    }
    parts
}

/// The line a view shows while a filter is on: what it holds back, and a button to clear it.
pub fn filter_line_ui(ui: &mut egui::Ui, doc: &mut Document, lang: Lang) {
    let parts = filter_parts(doc.display_map(), &doc.filter, lang);
    if parts.is_empty() {
        return;
    }
    let tone = crate::style::Tone::Warning;
    egui::Frame::new()
        .fill(super::super::paint::color(tone.fill()))
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                let text = ov::FILTER_ACTIVE.fill_in(lang, &[("what", &parts.join(" · "))]);
                ui.label(
                    egui::RichText::new(text)
                        .color(super::super::paint::color(tone.text()))
                        .strong(),
                );
                if ui.button(ov::FILTER_CLEAR.get_in(lang)).clicked() {
                    doc.filter = Filter {
                        persons: doc.filter.persons,
                        ..Filter::default()
                    };
                    doc.mark_scene_dirty();
                }
            });
        });
}
