//! The Matrix view: the werkmodel grid of domains × layers with the tables in each cell and the
//! mix of party kinds at each table; empty cells stand out.

use super::super::paint::color;
use super::super::{Command, Document};
use crate::i18n::Lang;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::model::{Domain, Layer, Map, PartyKind, Table, Vocab};
use crate::style;

/// The Matrix view.
#[derive(Debug, Clone, Copy, Default)]
pub struct Matrix;

impl Matrix {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        egui::ScrollArea::both().show(ui, |ui| {
            egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
                ui.label(egui::RichText::new(txt::MATRIX_INTRO.get_in(lang)).size(15.0));
                ui.add_space(8.0);
                // Row headers take about 120 points; each cell adds margins, border and spacing (30).
                let cell_w = ((ui.available_width() - 120.0) / 3.0 - 30.0).clamp(180.0, 460.0);
                egui::Grid::new("matrix")
                    .spacing(egui::vec2(8.0, 8.0))
                    .show(ui, |ui| {
                        // The map's filter holds here too: its domains, layers and werkgebied.
                        let f = &doc.filter;
                        let domains: Vec<Domain> = Domain::ALL
                            .iter()
                            .copied()
                            .filter(|d| f.domains.contains(*d))
                            .collect();
                        ui.label("");
                        for &d in &domains {
                            ui.label(egui::RichText::new(d.label_in(lang)).size(17.0).strong());
                        }
                        ui.end_row();
                        for &l in Layer::ALL.iter().filter(|l| f.layers.contains(**l)) {
                            ui.label(egui::RichText::new(l.label_in(lang)).size(17.0).strong());
                            for &d in &domains {
                                let cell = Cell {
                                    d,
                                    l,
                                    werkgebied: f.werkgebied.as_deref(),
                                };
                                cell_ui(ui, doc.display_map(), cell, cell_w, cmds, lang);
                            }
                            ui.end_row();
                        }
                    });
            });
        });
    }
}

/// The tables of one cell: a table belongs to every cell of its domains × layers.
pub fn tables_in(map: &Map, d: Domain, l: Layer) -> Vec<&Table> {
    map.tables
        .iter()
        .filter(|t| t.domains.contains(d) && t.layers.contains(l))
        .collect()
}

/// One cell of the grid, within a werkgebied or the whole region.
#[derive(Clone, Copy)]
struct Cell<'a> {
    d: Domain,
    l: Layer,
    werkgebied: Option<&'a str>,
}

fn cell_ui(
    ui: &mut egui::Ui,
    map: &Map,
    cell: Cell<'_>,
    width: f32,
    cmds: &mut Vec<Command>,
    lang: Lang,
) {
    // As the network view: a table without a werkgebied works everywhere.
    let tables: Vec<&Table> = tables_in(map, cell.d, cell.l)
        .into_iter()
        .filter(|t| {
            cell.werkgebied
                .is_none_or(|w| t.werkgebied.is_empty() || t.werkgebied.iter().any(|x| x == w))
        })
        .collect();
    let empty = tables.is_empty();
    egui::Frame::new()
        .fill(color(if empty {
            style::EMPTY_CELL
        } else {
            style::BACKGROUND
        }))
        .stroke(egui::Stroke::new(
            if empty { 2.0 } else { 1.0 },
            color(if empty {
                style::MISSING
            } else {
                style::LANE_LINE
            }),
        ))
        .corner_radius(6.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(width);
            ui.set_min_height(110.0);
            ui.vertical(|ui| {
                if empty {
                    ui.label(
                        egui::RichText::new(txt::EMPTY_CELL.get_in(lang))
                            .color(color(style::MISSING))
                            .strong()
                            .size(16.0),
                    );
                    return;
                }
                for t in tables {
                    ui.horizontal_wrapped(|ui| {
                        if ui.link(egui::RichText::new(&t.name).size(15.0)).clicked() {
                            cmds.push(Command::JumpTo(t.id.clone()));
                        }
                        kind_mix_ui(ui, map, t, lang);
                    });
                }
            });
        });
}

/// Coloured dots with counts per party kind seated at the table, core kinds first.
fn kind_mix_ui(ui: &mut egui::Ui, map: &Map, t: &Table, lang: Lang) {
    let mut seated: Vec<&str> = map
        .memberships
        .iter()
        .filter(|m| m.table == t.id)
        .map(|m| m.party.as_str())
        .collect();
    seated.sort_unstable();
    seated.dedup();
    for &k in PartyKind::ALL {
        let n = seated
            .iter()
            .filter(|p| map.party(p).is_some_and(|p| p.kind == k))
            .count();
        if n > 0 {
            let (r, resp) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .circle_filled(r.center(), 5.5, color(style::party_color(k)));
            resp.on_hover_text(k.label_in(lang));
            ui.weak(n.to_string());
        }
    }
}
