//! The Vergelijken view: record a snapshot ("meting vastleggen"), compare the map with one of
//! the project's snapshots or with another map file, and read what changed: findings resolved,
//! new and still open (by key), each triangle scope's state then → now, counts of rows added,
//! removed and changed, and a timeline of the triangle states over all snapshots.
//!
//! The comparison is made once per (map revision, choice) and cached, so the view redraws
//! inside a frame; a snapshot's side is analysed lean (`compare::analyse_side`). The network
//! picture with new/gone/changed marks is not drawn here (see the report of issue 13).

use super::super::paint::color;
use super::super::{Command, Document};
use crate::analysis::{Analysis, TriangleState};
use crate::compare::{self, Comparison, Sides, Timeline};
use crate::edit::Edit;
use crate::i18n::vocab::Label as _;
use crate::i18n::{Lang, compare as tx};
use crate::model::Map;
use crate::style::{self, Tone};
use std::path::PathBuf;

/// What the map is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Against {
    Snapshot(String),
    /// The map file in the path field (read when "Vergelijken" is pressed).
    File,
}

/// The other side, read and analysed.
#[derive(Debug, Clone)]
struct Other {
    against: Against,
    label: String,
    map: Map,
    analysis: Analysis,
}

/// The comparison of the current revision with [`Other`].
#[derive(Debug, Clone)]
struct Outcome {
    revision: u64,
    comparison: Comparison,
}

/// The view's state.
#[derive(Debug, Clone, Default)]
pub struct Vergelijken {
    pub against: Option<Against>,
    pub path: String,
    pub name: String,
    pub date: String,
    other: Option<Other>,
    outcome: Option<Outcome>,
    timeline: Option<(u64, Timeline)>,
    error: Option<(String, Vec<String>)>,
}

impl Vergelijken {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        if self.date.is_empty() {
            self.date = crate::i18n::date::Date::today().iso();
        }
        self.refresh(doc);
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
                ui.label(egui::RichText::new(tx::V_INTRO.get_in(lang)).size(15.0));
                ui.add_space(8.0);
                self.record_ui(ui, doc, cmds, lang);
                ui.add_space(8.0);
                self.choice_ui(ui, doc, lang);
                if let Some((heading, lines)) = &self.error {
                    ui.colored_label(color(style::ERROR), heading);
                    for l in lines.iter().take(10) {
                        ui.label(l);
                    }
                }
                ui.separator();
                self.result_ui(ui, doc, lang);
                self.picture_ui(ui, doc, lang);
                ui.add_space(12.0);
                self.timeline_ui(ui, lang);
            });
        });
    }

    /// Picks the latest snapshot when nothing is chosen, re-reads a snapshot side whose map
    /// changed (recorded, undone) and re-compares when the map's revision moved on.
    fn refresh(&mut self, doc: &Document) {
        let map = doc.map();
        if self.against.is_none()
            && let Some(s) = map.latest_snapshot()
        {
            self.against = Some(Against::Snapshot(s.name.clone()));
        }
        if let Some(Against::Snapshot(name)) = &self.against {
            let stale = self
                .other
                .as_ref()
                .is_none_or(|o| o.against != Against::Snapshot(name.clone()));
            match map.snapshot(name) {
                Some(s) if stale => {
                    let t = &doc.analysis().thresholds;
                    self.other = Some(Other {
                        against: Against::Snapshot(name.clone()),
                        label: s.name.clone(),
                        analysis: compare::analyse_side(&s.map, t),
                        map: s.map.clone(),
                    });
                    self.outcome = None;
                }
                Some(_) => {}
                None => {
                    // The snapshot was undone or removed.
                    self.against = None;
                    self.other = None;
                    self.outcome = None;
                }
            }
        }
        let revision = doc.revision();
        if let Some(o) = &self.other
            && self.outcome.as_ref().is_none_or(|c| c.revision != revision)
        {
            self.outcome = Some(Outcome {
                revision,
                comparison: compare::compare_analysed(&o.map, &o.analysis, map, doc.analysis()),
            });
        }
        if self.timeline.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.timeline = Some((revision, compare::timeline(map)));
        }
    }

    /// "Meting vastleggen": name, date, button.
    fn record_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        ui.strong(tx::V_RECORD.get_in(lang));
        ui.horizontal(|ui| {
            ui.label(tx::V_NAME.get_in(lang));
            ui.add(egui::TextEdit::singleline(&mut self.name).desired_width(260.0));
            ui.label(tx::V_DATE.get_in(lang));
            ui.add(egui::TextEdit::singleline(&mut self.date).desired_width(100.0));
            let name = self.name.trim().to_string();
            let taken = doc.map().snapshot(&name).is_some();
            let valid = !name.is_empty() && !taken && crate::model::is_iso_date(&self.date);
            let go = ui.add_enabled(valid, egui::Button::new(tx::V_RECORD.get_in(lang)));
            if go.clicked() {
                cmds.push(Command::Edit(Edit::RecordSnapshot {
                    name: name.clone(),
                    date: self.date.clone(),
                }));
                self.against = Some(Against::Snapshot(name.clone()));
                self.other = None;
                self.name.clear();
            }
            if taken {
                ui.colored_label(
                    color(style::WARNING),
                    tx::ERR_SNAPSHOT_EXISTS.fill_in(lang, &[("name", &name)]),
                );
            } else if !crate::model::is_iso_date(&self.date) {
                ui.colored_label(
                    color(style::WARNING),
                    tx::ERR_SNAPSHOT_DATE.fill_in(lang, &[("date", &self.date)]),
                );
            }
        });
        ui.weak(tx::V_RECORD_HINT.get_in(lang));
    }

    /// "Vergelijk met": the snapshots, or another file with its path field.
    fn choice_ui(&mut self, ui: &mut egui::Ui, doc: &Document, lang: Lang) {
        let snapshots = &doc.map().arrangement.snapshots;
        ui.horizontal(|ui| {
            ui.label(tx::V_AGAINST.get_in(lang));
            let shown = match &self.against {
                Some(Against::Snapshot(n)) => n.clone(),
                Some(Against::File) => tx::V_OTHER_FILE.get_in(lang).to_string(),
                None => String::new(),
            };
            egui::ComboBox::from_id_salt("compare_against")
                .width(320.0)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for s in snapshots.iter().rev() {
                        let choice = Some(Against::Snapshot(s.name.clone()));
                        let text = format!("{} ({})", s.name, s.date);
                        ui.selectable_value(&mut self.against, choice, text);
                    }
                    let file = Some(Against::File);
                    ui.selectable_value(&mut self.against, file, tx::V_OTHER_FILE.get_in(lang));
                });
        });
        if snapshots.is_empty() && self.against.is_none() {
            ui.weak(tx::V_NO_SNAPSHOTS.get_in(lang));
        }
        if self.against == Some(Against::File) {
            ui.horizontal(|ui| {
                ui.label(tx::V_PATH.get_in(lang));
                ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(420.0));
                if ui
                    .button(crate::i18n::files::BROWSE_FOLDER.get_in(lang))
                    .clicked()
                    && let Some(p) = rfd::FileDialog::new().pick_folder()
                {
                    self.path = p.display().to_string();
                }
                if ui.button(tx::V_COMPARE.get_in(lang)).clicked() {
                    self.load_file(doc);
                }
            });
        }
    }

    /// Reads the map file in the path field as the other side.
    pub fn load_file(&mut self, doc: &Document) {
        let path = PathBuf::from(self.path.trim());
        let lang = doc.lang();
        match crate::app::core_bridge::load_map(&path) {
            Ok(loaded) => {
                let t = &doc.analysis().thresholds;
                self.other = Some(Other {
                    against: Against::File,
                    label: path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    ),
                    analysis: compare::analyse_side(&loaded.map, t),
                    map: loaded.map,
                });
                self.outcome = None;
                self.error = None;
            }
            Err(failure) => {
                let heading = tx::V_LOAD_FAILED.fill_in(lang, &[("path", &path.display())]);
                let lines = failure.errors.iter().map(|d| d.render(lang)).collect();
                self.error = Some((heading, lines));
            }
        }
    }

    /// The comparison: the verdict, counts, triangles then → now, the three finding lists.
    /// The network as it is now, with what is new (green), gone (red, dashed, where both ends
    /// are still on the map) and changed (orange ring), and a legend that says so.
    fn picture_ui(&self, ui: &mut egui::Ui, doc: &mut Document, lang: Lang) {
        let Some(outcome) = &self.outcome else {
            return;
        };
        let c = &outcome.comparison;
        if c.is_empty() || c.unrelated() {
            return;
        }
        ui.add_space(12.0);
        ui.heading(tx::PICTURE_HEADING.get_in(lang));
        ui.horizontal(|ui| {
            for (t, tone) in [
                (tx::LEGEND_ADDED, style::COMPARE_ADDED),
                (tx::LEGEND_REMOVED, style::COMPARE_REMOVED),
                (tx::LEGEND_CHANGED, style::COMPARE_CHANGED),
            ] {
                let (r, p) = ui.allocate_painter(egui::vec2(26.0, 14.0), egui::Sense::hover());
                p.line_segment(
                    [r.rect.left_center(), r.rect.right_center()],
                    egui::Stroke::new(3.0, color(tone)),
                );
                ui.label(t.get_in(lang));
                ui.add_space(10.0);
            }
        });
        let width = ui.available_width().max(300.0);
        let (resp, painter) = ui.allocate_painter(egui::vec2(width, 560.0), egui::Sense::hover());
        // The document's cached scene, borrowed: nothing is rebuilt or copied per frame.
        let scene = doc.scene();
        let Some((_, t)) = super::super::canvas::paint_fitted_at(
            &painter,
            resp.rect,
            scene,
            (1.0, 1.0),
            true,
            lang,
        ) else {
            return;
        };
        let at: std::collections::HashMap<&str, egui::Pos2> = scene
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), t.to_screen(n.pos)))
            .collect();
        let clip = painter.with_clip_rect(resp.rect);
        let (added, removed, changed) = (
            color(style::COMPARE_ADDED),
            color(style::COMPARE_REMOVED),
            color(style::COMPARE_CHANGED),
        );
        let line = |from: &str, to: &str, c: egui::Color32, dashed: bool| {
            if let (Some(a), Some(b)) = (at.get(from), at.get(to)) {
                if dashed {
                    clip.extend(egui::Shape::dashed_line(
                        &[*a, *b],
                        egui::Stroke::new(2.5, c),
                        7.0,
                        5.0,
                    ));
                } else {
                    clip.line_segment([*a, *b], egui::Stroke::new(3.0, c));
                }
            }
        };
        for m in &c.memberships.added {
            line(
                &m.table,
                m.person.as_deref().unwrap_or(&m.party),
                added,
                false,
            );
        }
        for m in &c.memberships.removed {
            line(
                &m.table,
                m.person.as_deref().unwrap_or(&m.party),
                removed,
                true,
            );
        }
        for r in &c.relations.added {
            line(&r.from, &r.to, added, false);
        }
        for r in &c.relations.removed {
            line(&r.from, &r.to, removed, true);
        }
        let ring = |id: &str, col: egui::Color32| {
            if let Some(p) = at.get(id) {
                clip.circle_stroke(*p, 11.0, egui::Stroke::new(3.0, col));
            }
        };
        for rows in [&c.parties, &c.persons, &c.tables] {
            rows.added.iter().for_each(|id| ring(id, added));
            rows.changed.iter().for_each(|id| ring(id, changed));
            rows.renamed.iter().for_each(|r| ring(&r.new, changed));
        }
        let gone = c.parties.removed.len() + c.persons.removed.len() + c.tables.removed.len();
        if gone > 0 {
            ui.label(tx::PICTURE_GONE.fill_in(lang, &[("n", &gone)]));
        }
    }

    fn result_ui(&self, ui: &mut egui::Ui, doc: &Document, lang: Lang) {
        let (Some(other), Some(outcome)) = (&self.other, &self.outcome) else {
            return;
        };
        let c = &outcome.comparison;
        // The app's font has no arrow: the shared texts get a guillemet on screen.
        let title = tx::TITLE.fill_in(
            lang,
            &[("old", &other.label), ("new", &tx::NOW.get_in(lang))],
        );
        ui.heading(title.replace('→', "»"));
        if c.is_empty() {
            ui.label(tx::SAME.get_in(lang));
            return;
        }
        if c.unrelated() {
            let pct = (c.overlap * 100.0).round() as i64;
            ui.colored_label(
                color(style::WARNING),
                tx::UNRELATED.fill_in(lang, &[("pct", &pct)]),
            );
            return;
        }
        counts_ui(ui, c, lang);
        ui.add_space(8.0);
        ui.strong(tx::V_TRIANGLES.get_in(lang));
        if c.triangles.is_empty() {
            ui.label(tx::V_NO_TRIANGLE_CHANGES.get_in(lang));
        }
        for (t, line) in
            c.triangles
                .iter()
                .zip(compare::triangle_texts(c, &other.map, doc.map(), lang))
        {
            ui.horizontal(|ui| {
                state_pill(ui, t.old, lang);
                ui.label("»");
                state_pill(ui, t.new, lang);
                ui.label(line.replace('→', "»"));
            });
        }
        ui.add_space(8.0);
        if doc.anonymous() {
            ui.weak(tx::V_NAMES_HIDDEN.get_in(lang));
            return;
        }
        let sides = Sides {
            old: &other.map,
            old_analysis: &other.analysis,
            new: doc.map(),
            new_analysis: doc.analysis(),
            old_label: &other.label,
            new_label: tx::NOW.get_in(lang),
        };
        let lists = compare::finding_messages(c, &sides, lang);
        ui.columns(3, |cols| {
            let parts = [
                (tx::V_RESOLVED, &lists.resolved, style::COMPARE_ADDED),
                (tx::V_NEW, &lists.new, style::COMPARE_REMOVED),
                (tx::V_OPEN, &lists.remaining, style::INK_SOFT),
            ];
            for (col, (head, items, tone)) in cols.iter_mut().zip(parts) {
                col.colored_label(color(tone), head.fill_in(lang, &[("n", &items.len())]));
                egui::ScrollArea::vertical()
                    .id_salt(head.get_in(Lang::Nl))
                    .max_height(260.0)
                    .show(col, |ui| {
                        // Left-aligned: a column's justified layout would stretch the words.
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            for m in items {
                                ui.label(format!("• {m}"));
                            }
                        });
                    });
            }
        });
    }

    /// Rows = scopes, columns = snapshots + now, a coloured cell per state.
    fn timeline_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        let Some((_, tl)) = &self.timeline else {
            return;
        };
        if tl.snapshots.is_empty() {
            return;
        }
        ui.strong(tx::V_TIMELINE.get_in(lang));
        ui.weak(tx::V_TIMELINE_HINT.get_in(lang));
        egui::Grid::new("compare_timeline")
            .striped(true)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                ui.label("");
                for (name, date) in &tl.snapshots {
                    ui.label(egui::RichText::new(format!("{name}\n{date}")).small());
                }
                ui.label(egui::RichText::new(tx::NOW.get_in(lang)).strong());
                ui.end_row();
                for row in &tl.rows {
                    let scope = row
                        .name
                        .clone()
                        .unwrap_or_else(|| tx::SCOPE_REGION.get_in(lang).to_string());
                    ui.label(tx::V_SCOPE.fill_in(
                        lang,
                        &[("scope", &scope), ("domain", &row.domain.label_in(lang))],
                    ));
                    for st in &row.states {
                        state_pill(ui, *st, lang);
                    }
                    ui.end_row();
                }
            });
    }
}

/// Rows added, removed and changed per list, and the core meetings gained and lost.
fn counts_ui(ui: &mut egui::Ui, c: &Comparison, lang: Lang) {
    ui.strong(tx::V_ROWS.get_in(lang));
    egui::Grid::new("compare_counts")
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for (head, r) in [
                (tx::H_PARTIES, &c.parties),
                (tx::H_PERSONS, &c.persons),
                (tx::H_TABLES, &c.tables),
            ] {
                ui.label(head.get_in(lang));
                ui.label(tx::V_ROW_COUNTS.fill_in(
                    lang,
                    &[
                        ("added", &r.added.len()),
                        ("removed", &r.removed.len()),
                        ("changed", &(r.changed.len() + r.renamed.len())),
                    ],
                ));
                ui.end_row();
            }
            let links = [
                (
                    tx::H_MEMBERSHIPS,
                    c.memberships.added.len(),
                    c.memberships.removed.len(),
                ),
                (
                    tx::H_RELATIONS,
                    c.relations.added.len(),
                    c.relations.removed.len(),
                ),
            ];
            for (head, added, removed) in links {
                ui.label(head.get_in(lang));
                ui.label(
                    tx::V_LINK_COUNTS.fill_in(lang, &[("added", &added), ("removed", &removed)]),
                );
                ui.end_row();
            }
        });
    ui.label(tx::V_MEETINGS.fill_in(
        lang,
        &[
            ("gained", &c.meetings.gained.len()),
            ("lost", &c.meetings.lost.len()),
        ],
    ));
}

/// A triangle state as a coloured pill (the palette of the Driehoek view and the report).
fn state_pill(ui: &mut egui::Ui, st: Option<TriangleState>, lang: Lang) {
    let (text, fg, bg) = match st {
        Some(s) => {
            let tone = Tone::of_triangle(s);
            (s.label_in(lang).to_string(), tone.text(), tone.fill())
        }
        None => ("–".to_string(), style::INK_SOFT, style::SOFT_FILL),
    };
    egui::Frame::new()
        .fill(color(bg))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(text).color(color(fg)));
        });
}
