//! The inspector: the selected node's data, its tables or members, who reported it (a map
//! combined from partners' lists), its figures, the findings about it, and what would be cut
//! off if it dropped out.

use super::super::core_bridge;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::overview as ov;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::model::{Map, NodeKind};

/// Most names listed in the what-if line.
const WHAT_IF_NAMES: usize = 6;

/// The inspector's own state.
#[derive(Debug, Clone, Default)]
pub struct Inspector;

impl Inspector {
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document, cmds: &mut Vec<Command>, lang: Lang) {
        let Some(id) = doc.selected_node().map(str::to_string) else {
            ui.weak(txt::NOTHING_SELECTED.get_in(lang));
            ui.separator();
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt("inspector_scroll")
            .max_height(ui.available_height() * 0.55)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.heading(doc.display_map().name_of(&id));
                    if ui
                        .small_button("×")
                        .on_hover_text(txt::CLEAR_SELECTION.get_in(lang))
                        .clicked()
                    {
                        cmds.push(Command::SelectNode(None));
                    }
                });
                data_ui(ui, doc.display_map(), &id, cmds, lang);
                reported_ui(ui, doc.display_map(), &id, lang);
                figures_ui(ui, doc, &id, lang);
                its_findings_ui(ui, doc, &id, cmds, lang);
                what_if_ui(ui, doc, &id, lang);
                if ui.button(txt::FOCUS.get_in(lang)).clicked() {
                    cmds.push(Command::Focus(Some(id.clone())));
                }
            });
        ui.separator();
    }
}

/// What the map says about the node.
fn data_ui(ui: &mut egui::Ui, map: &Map, id: &str, cmds: &mut Vec<Command>, lang: Lang) {
    let row = |ui: &mut egui::Ui, k: &str, v: &str| {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("{k}:"));
            ui.label(v);
        });
    };
    let link_list = |ui: &mut egui::Ui, title: &str, ids: Vec<String>, cmds: &mut Vec<Command>| {
        ui.label(egui::RichText::new(format!("{title} ({})", ids.len())).strong());
        ui.horizontal_wrapped(|ui| {
            for t in ids {
                if ui.link(map.name_of(&t)).clicked() {
                    cmds.push(Command::SelectNode(Some(t.clone())));
                }
            }
        });
    };
    match map.kind_of(id) {
        Some(NodeKind::Party) => {
            let Some(p) = map.party(id) else { return };
            row(ui, txt::KIND.get_in(lang), p.kind.label_in(lang));
            let area = if p.werkgebied.is_empty() {
                txt::AREA_ALL.get_in(lang).to_string()
            } else {
                p.werkgebied
                    .iter()
                    .map(|g| map.name_of(g))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            row(ui, txt::WERKGEBIED.get_in(lang), &area);
            link_list(ui, txt::TABLES.get_in(lang), tables_of(map, id), cmds);
        }
        Some(NodeKind::Person) => {
            let Some(p) = map.person(id) else { return };
            row(ui, txt::PARTY.get_in(lang), map.name_of(&p.party));
            if !p.function.is_empty() {
                row(ui, txt::FUNCTION.get_in(lang), &p.function);
            }
            link_list(ui, txt::TABLES.get_in(lang), tables_of(map, id), cmds);
        }
        Some(NodeKind::Table) => {
            let Some(t) = map.table(id) else { return };
            row(ui, txt::KIND.get_in(lang), t.kind.label_in(lang));
            let dl: Vec<&str> = t
                .domains
                .iter()
                .map(|d| d.label_in(lang))
                .chain(t.layers.iter().map(|l| l.label_in(lang)))
                .collect();
            row(ui, txt::DOMAINS_LAYERS.get_in(lang), &dl.join(", "));
            if let Some(f) = t.frequency {
                row(ui, txt::FREQUENCY.get_in(lang), &format!("{f}"));
            }
            let mut members: Vec<String> = map
                .memberships
                .iter()
                .filter(|m| m.table == id)
                .map(|m| m.person.clone().unwrap_or_else(|| m.party.clone()))
                .collect();
            members.dedup();
            link_list(ui, txt::MEMBERS.get_in(lang), members, cmds);
        }
        None => {}
    }
}

/// The sources of a row (`gemeld_door`), as a reader writes them: "A, B".
fn reporters(attrs: &crate::model::Attributes) -> Option<String> {
    let (_, v) = attrs
        .iter()
        .find(|(k, _)| k == crate::intake::REPORTED_BY)?;
    let list: Vec<&str> = v.split('|').filter(|s| !s.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

/// Who reported the node, its seats and its relations, in a map combined from partners'
/// lists (`intake`); nothing for a map without `gemeld_door`.
fn reported_ui(ui: &mut egui::Ui, map: &Map, id: &str, lang: Lang) {
    use crate::i18n::intake_app as ta;
    let own = match map.kind_of(id) {
        Some(NodeKind::Party) => map.party(id).map(|p| &p.attributes),
        Some(NodeKind::Person) => map.person(id).map(|p| &p.attributes),
        Some(NodeKind::Table) => map.table(id).map(|t| &t.attributes),
        None => None,
    };
    if let Some(by) = own.and_then(reporters) {
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{}:", ta::REPORTED_BY.get_in(lang)));
            ui.label(by);
        });
    }
    let is_table = map.table(id).is_some();
    let seats: Vec<(String, String)> = map
        .memberships
        .iter()
        .filter(|m| {
            if is_table {
                m.table == id
            } else {
                m.party == id || m.person.as_deref() == Some(id)
            }
        })
        .filter_map(|m| {
            let other = if is_table {
                m.person.as_deref().unwrap_or(&m.party)
            } else {
                &m.table
            };
            Some((map.name_of(other).to_string(), reporters(&m.attributes)?))
        })
        .collect();
    let relations: Vec<(String, String)> = map
        .relations
        .iter()
        .filter(|r| r.from == id || r.to == id)
        .filter_map(|r| {
            let other = if r.from == id { &r.to } else { &r.from };
            Some((map.name_of(other).to_string(), reporters(&r.attributes)?))
        })
        .collect();
    for (title, rows, salt) in [
        (ta::SEATS_REPORTED_BY, seats, "seats_by"),
        (ta::RELATIONS_REPORTED_BY, relations, "relations_by"),
    ] {
        if rows.is_empty() {
            continue;
        }
        egui::CollapsingHeader::new(format!("{} ({})", title.get_in(lang), rows.len()))
            .id_salt((salt, id))
            .show(ui, |ui| {
                for (name, by) in rows {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("{name}:"));
                        ui.weak(by);
                    });
                }
            });
    }
}

/// The tables a party or person sits at, in map order.
fn tables_of(map: &Map, id: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in &map.memberships {
        if (m.party == id || m.person.as_deref() == Some(id)) && !out.contains(&m.table) {
            out.push(m.table.clone());
        }
    }
    out
}

fn figures_ui(ui: &mut egui::Ui, doc: &Document, id: &str, lang: Lang) {
    let Some(m) = core_bridge::node_metrics(doc.display_analysis(), id) else {
        return;
    };
    ui.label(egui::RichText::new(txt::FIGURES.get_in(lang)).strong());
    egui::Grid::new("figures").num_columns(2).show(ui, |ui| {
        ui.label(txt::FIG_TABLES.get_in(lang));
        ui.label(m.tables.to_string());
        ui.end_row();
        ui.label(txt::FIG_HOURS.get_in(lang));
        ui.label(format!("{:.0}", m.meeting_hours));
        ui.end_row();
        ui.label(txt::FIG_DEGREE.get_in(lang));
        ui.label(m.degree.to_string());
        ui.end_row();
        // A raw betweenness ("0.010") means nothing to a reader: its rank does.
        let nodes = &doc.display_analysis().metrics.nodes;
        let rank = 1 + nodes
            .iter()
            .filter(|n| n.betweenness > m.betweenness)
            .count();
        let value = crate::i18n::number::fixed(m.betweenness, 3, lang);
        ui.label(txt::FIG_BETWEENNESS.get_in(lang));
        ui.label(ov::RANK.fill_in(lang, &[("rank", &rank), ("n", &nodes.len())]))
            .on_hover_text(ov::RANK_TIP.fill_in(lang, &[("value", &value)]));
        ui.end_row();
        ui.label(txt::FIG_ARTICULATION.get_in(lang));
        ui.label(if m.articulation {
            txt::YES.get_in(lang)
        } else {
            txt::NO.get_in(lang)
        });
        ui.end_row();
    });
}

fn its_findings_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    id: &str,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    let findings = &doc.display_analysis().findings;
    let mine: Vec<usize> = (0..findings.len())
        .filter(|&i| findings[i].subjects.iter().any(|s| s == id))
        .collect();
    if mine.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(txt::ITS_FINDINGS.get_in(lang)).strong());
    for i in mine {
        super::finding_ui(ui, doc, i, false, cmds, lang);
    }
}

fn what_if_ui(ui: &mut egui::Ui, doc: &Document, id: &str, lang: Lang) {
    let Some(w) = doc.what_if() else { return };
    ui.label(egui::RichText::new(txt::WHAT_IF.get_in(lang)).strong());
    let map = doc.display_map();
    let name = map.name_of(id);
    let cut: Vec<&String> = w.cut_off_tables.iter().chain(&w.cut_off_members).collect();
    let text = if cut.is_empty() {
        txt::WHAT_IF_NOTHING.fill_in(lang, &[("name", &name)])
    } else {
        let mut names: Vec<&str> = cut
            .iter()
            .take(WHAT_IF_NAMES)
            .map(|c| map.name_of(c))
            .collect();
        if cut.len() > WHAT_IF_NAMES {
            names.push("…");
        }
        txt::WHAT_IF_CUT.fill_in(
            lang,
            &[
                ("name", &name),
                ("count", &cut.len()),
                ("list", &names.join(", ")),
            ],
        )
    };
    ui.label(text);
    for change in &w.triangles_changed {
        let scope = change
            .werkgebied
            .as_deref()
            .map_or(txt::WHOLE_REGION.get_in(lang).to_string(), |g| {
                map.name_of(g).to_string()
            });
        ui.label(txt::WHAT_IF_TRIANGLE.fill_in(
            lang,
            &[
                ("domain", &change.domain.label_in(lang)),
                ("scope", &scope),
                ("state", &change.after.label_in(lang)),
            ],
        ));
    }
}
