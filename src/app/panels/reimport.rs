//! The preview of a re-import ("Bijgewerkte gegevens inlezen"): what the updated source would
//! add and change, row by row with the old and the new value, and per field the choice between
//! the source's value (the default) and the map's own. The rule and the merge live in the core
//! (`crate::reimport`); this only draws them and keeps the choices.

use crate::i18n::{Lang, compare as tx};
use crate::import::Diagnostic;
use crate::model::{EntityKind, Map};
use crate::reimport::{Keep, Preview, preview};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Rows listed per section before "… en N meer": the dialog stays quick on a big update.
const MAX_ROWS: usize = 200;

/// A read source waiting for the user's go.
#[derive(Debug, Clone)]
pub struct PendingReimport {
    pub path: PathBuf,
    pub source: Map,
    pub warnings: Vec<Diagnostic>,
    pub preview: Preview,
    /// The fields whose own value the user keeps.
    pub keep: BTreeSet<Keep>,
}

impl PendingReimport {
    pub fn new(path: PathBuf, map: &Map, source: Map, warnings: Vec<Diagnostic>) -> Self {
        PendingReimport {
            path,
            preview: preview(map, &source),
            source,
            warnings,
            keep: BTreeSet::new(),
        }
    }

    /// Every listed field, as the key the merge takes.
    fn all_fields(&self) -> BTreeSet<Keep> {
        self.preview
            .changed
            .iter()
            .flat_map(|r| {
                r.fields
                    .iter()
                    .map(|f| (r.kind, r.key.clone(), f.key.clone()))
            })
            .collect()
    }

    /// Keep the map's value everywhere (`true`) or nowhere.
    pub fn keep_all(&mut self, keep: bool) {
        self.keep = if keep {
            self.all_fields()
        } else {
            BTreeSet::new()
        };
    }

    /// The preview with its choices.
    pub fn ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let p = &self.preview;
        ui.label(tx::RI_SUMMARY.fill_in(
            lang,
            &[
                ("path", &self.path.display()),
                ("added", &p.added.len()),
                ("changed", &p.changed.len()),
                ("fields", &p.conflicts()),
                ("kept", &p.kept.len()),
            ],
        ));
        if p.is_empty() {
            ui.weak(tx::RI_NOTHING.get_in(lang));
            return;
        }
        if !p.changed.is_empty() {
            ui.weak(tx::RI_RULE.get_in(lang));
            ui.horizontal(|ui| {
                if ui.button(tx::RI_TAKE_ALL.get_in(lang)).clicked() {
                    self.keep_all(false);
                }
                if ui.button(tx::RI_KEEP_ALL.get_in(lang)).clicked() {
                    self.keep_all(true);
                }
            });
        }
        egui::ScrollArea::vertical()
            .max_height(380.0)
            .auto_shrink([false, true])
            .show(ui, |ui| self.lists_ui(ui, lang));
    }

    fn lists_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let p = &self.preview;
        let row = |kind: EntityKind, name: &str| {
            tx::RI_ROW.fill_in(lang, &[("kind", &kind_text(kind, lang)), ("name", &name)])
        };
        if !p.added.is_empty() {
            ui.strong(tx::RI_ADDED.get_in(lang));
            for r in p.added.iter().take(MAX_ROWS) {
                ui.label(format!("+ {}", row(r.kind, &r.name)));
            }
            more(ui, p.added.len(), lang);
        }
        if !p.changed.is_empty() {
            ui.add_space(6.0);
            ui.strong(tx::RI_CHANGED.get_in(lang));
            let empty = |v: &str| {
                if v.is_empty() {
                    tx::RI_EMPTY_VALUE.get_in(lang).to_string()
                } else {
                    v.to_string()
                }
            };
            egui::Grid::new("reimport_changes")
                .num_columns(4)
                .striped(true)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    for r in p.changed.iter().take(MAX_ROWS) {
                        for f in &r.fields {
                            ui.label(row(r.kind, &r.name));
                            ui.label(&f.column);
                            ui.label(format!("{} » {}", empty(&f.old), empty(&f.new)));
                            let key = (r.kind, r.key.clone(), f.key.clone());
                            let mut keep = self.keep.contains(&key);
                            if ui
                                .checkbox(&mut keep, tx::RI_KEEP_OWN.get_in(lang))
                                .changed()
                            {
                                if keep {
                                    self.keep.insert(key);
                                } else {
                                    self.keep.remove(&key);
                                }
                            }
                            ui.end_row();
                        }
                    }
                });
            more(ui, p.changed.len(), lang);
        }
        if !p.kept.is_empty() {
            ui.add_space(6.0);
            egui::CollapsingHeader::new(tx::RI_KEPT.get_in(lang))
                .id_salt("reimport_kept")
                .show(ui, |ui| {
                    for r in p.kept.iter().take(MAX_ROWS) {
                        ui.label(row(r.kind, &r.name));
                    }
                    more(ui, p.kept.len(), lang);
                });
        }
    }
}

fn more(ui: &mut egui::Ui, n: usize, lang: Lang) {
    if n > MAX_ROWS {
        ui.weak(tx::MORE.fill_in(lang, &[("n", &(n - MAX_ROWS))]));
    }
}

fn kind_text(kind: EntityKind, lang: Lang) -> String {
    let t = match kind {
        EntityKind::Party => crate::i18n::import::NODE_PARTY,
        EntityKind::Person => crate::i18n::import::NODE_PERSON,
        EntityKind::Table => crate::i18n::import::NODE_TABLE,
        EntityKind::Membership => tx::KIND_MEMBERSHIP,
        EntityKind::Relation => tx::KIND_RELATION,
    };
    t.get_in(lang).to_string()
}
