//! The Overzicht view, the one the app opens on: what to do first (the analysis' actions, each
//! carried out with one click as one undoable edit), the triangle per werkgebied × domain as a
//! grid of coloured cells, the key figures and the findings in groups.
//!
//! The actions cost a re-analysis per candidate (hundreds of milliseconds on a region), so they
//! are computed on a worker thread once per document revision and kept until the map changes;
//! a frame only reads the cache.

use super::super::core_bridge::{Analysis, Severity, Triangle, TriangleState};
use super::super::paint::color;
use super::super::{Command, Document, View};
use crate::analysis::actions::{self, Action};
use crate::edit::Edit;
use crate::i18n::overview as tx;
use crate::i18n::vocab::Label as _;
use crate::i18n::{Lang, ui as txt};
use crate::model::{Domain, Map, Set, Vocab};
use crate::style::{self, Tone};
use std::sync::mpsc;

/// Most actions shown under "Waar te beginnen".
const MAX_SHOWN: usize = 5;

/// The actions of one revision of the map (with names hidden or not: their titles name parties).
type ActionsKey = (u64, bool);

/// The Overzicht view with its cache of actions.
#[derive(Default)]
pub struct Overview {
    actions: Option<(ActionsKey, Vec<Action>)>,
    job: Option<(ActionsKey, mpsc::Receiver<Vec<Action>>)>,
    /// The group list's own filter (severity); the werkgebied comes from the map's filter.
    pub groups: super::findings::GroupFilter,
}

impl Overview {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let pending = self.poll(doc);
        if pending {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(60));
        }
        egui::ScrollArea::vertical()
            .id_salt("overview_scroll")
            .show(ui, |ui| {
                egui::Frame::new().inner_margin(16.0).show(ui, |ui| {
                    ui.set_max_width(ui.available_width().min(1100.0));
                    ui.heading(tx::VIEW.get_in(lang));
                    ui.label(tx::INTRO.get_in(lang));
                    ui.add_space(10.0);
                    self.actions_ui(ui, doc, cmds, lang);
                    ui.add_space(14.0);
                    scorecard_ui(ui, doc, cmds, lang);
                    ui.add_space(14.0);
                    figures_ui(ui, doc.display_map(), doc.display_analysis(), lang);
                    ui.add_space(14.0);
                    ui.heading(tx::GROUPS.get_in(lang));
                    super::findings::groups_ui(ui, doc, cmds, &mut self.groups, (8, false), lang);
                });
            });
    }

    /// The actions of the document as it is now, if computed.
    pub fn actions(&self, doc: &Document) -> Option<&[Action]> {
        self.actions
            .as_ref()
            .filter(|(k, _)| *k == key(doc))
            .map(|(_, a)| a.as_slice())
    }

    /// Takes in finished actions and starts the computation for a new revision. Returns whether
    /// one is running.
    pub fn poll(&mut self, doc: &Document) -> bool {
        let want = key(doc);
        if let Some((k, rx)) = &self.job {
            match rx.try_recv() {
                Ok(a) => {
                    self.actions = Some((*k, a));
                    self.job = None;
                }
                Err(mpsc::TryRecvError::Empty) if *k == want => return true,
                // Superseded or failed: dropped with its receiver.
                Err(_) => self.job = None,
            }
        }
        if self.actions.as_ref().is_some_and(|(k, _)| *k == want) {
            return false;
        }
        // While names are hidden the titles come from the names-hidden copy (ids are kept, so
        // the edits fit the real map).
        let map = doc.display_map().clone();
        let t = doc.analysis().thresholds.clone();
        let (tx_, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("actions".into())
            .spawn(move || {
                let _ = tx_.send(crate::analysis::analyse(&map, &t).actions);
            });
        match spawned {
            Ok(_) => {
                self.job = Some((want, rx));
                true
            }
            Err(_) => {
                self.actions = Some((want, Vec::new()));
                false
            }
        }
    }

    /// Waits until the actions of the current revision are there (tests, screenshots).
    pub fn block_on_actions(&mut self, doc: &Document) {
        while self.poll(doc) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    fn actions_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        ui.heading(tx::START_HERE.get_in(lang));
        let Some(list) = self.actions(doc) else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.weak(tx::COMPUTING.get_in(lang));
            });
            return;
        };
        if list.is_empty() {
            let skipped = actions::skipped_size(doc.display_map());
            ui.weak(crate::analysis::render::no_actions_text(skipped, lang));
            return;
        }
        // The frame's margins and stroke come on top of the width set inside it.
        let width = (ui.available_width() - 22.0).max(200.0);
        for a in list.iter().take(MAX_SHOWN) {
            card().show(ui, |ui| {
                ui.set_width(width);
                ui.horizontal(|ui| {
                    let b = ui
                        .add(egui::Button::new(
                            egui::RichText::new(tx::APPLY.get_in(lang)).strong(),
                        ))
                        .on_hover_text(tx::APPLY_TIP.get_in(lang));
                    if b.clicked() {
                        cmds.push(Command::Edit(action_edit(doc.map(), a)));
                    }
                    ui.label(
                        egui::RichText::new(format!("{}. {}", a.rank, a.title.render(lang)))
                            .strong(),
                    );
                });
                ui.label(a.explanation.render(lang));
            });
            ui.add_space(4.0);
        }
    }
}

/// The cache key of a document's actions.
fn key(doc: &Document) -> ActionsKey {
    (doc.revision(), doc.anonymous())
}

/// An action as one undoable edit.
pub fn action_edit(map: &Map, a: &Action) -> Edit {
    let mut edits = actions::to_edits(map, &a.edits);
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

fn card() -> egui::Frame {
    egui::Frame::new()
        .fill(color(style::PAPER))
        .stroke(egui::Stroke::new(1.0, color(style::LANE_LINE)))
        .corner_radius(6.0)
        .inner_margin(10.0)
}

/// The short word of a triangle state.
pub fn state_short(s: TriangleState) -> crate::i18n::Text {
    match s {
        TriangleState::Gesloten => tx::STATE_SHORT_GESLOTEN,
        TriangleState::Verbonden => tx::STATE_SHORT_VERBONDEN,
        TriangleState::Open => tx::STATE_SHORT_OPEN,
        TriangleState::Afwezig => tx::STATE_SHORT_AFWEZIG,
    }
}

/// The scopes of the scorecard: the werkgebieden, or the whole region when there are none.
pub fn scopes(a: &Analysis) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = Vec::new();
    for t in a.triangles.iter().filter(|t| t.werkgebied.is_some()) {
        if !out.contains(&t.werkgebied) {
            out.push(t.werkgebied.clone());
        }
    }
    if out.is_empty() {
        out.push(None);
    }
    out
}

fn triangle<'a>(a: &'a Analysis, d: Domain, scope: &Option<String>) -> Option<&'a Triangle> {
    a.triangles
        .iter()
        .find(|t| t.domain == d && &t.werkgebied == scope)
}

fn scope_name(map: &Map, scope: &Option<String>, lang: Lang) -> String {
    match scope {
        Some(id) => map.name_of(id).to_string(),
        None => txt::WHOLE_REGION.get_in(lang).to_string(),
    }
}

/// Where a domain is not closed: one line per domain, honest about every werkgebied.
pub fn domain_lines(map: &Map, a: &Analysis, lang: Lang) -> Vec<(bool, String)> {
    let scopes = scopes(a);
    Domain::ALL
        .iter()
        .map(|&d| {
            let open: Vec<String> = scopes
                .iter()
                .filter(|s| triangle(a, d, s).is_none_or(|t| t.state != TriangleState::Gesloten))
                .map(|s| scope_name(map, s, lang))
                .collect();
            let domain = d.label_in(lang);
            if open.is_empty() {
                (
                    true,
                    tx::CLOSED_EVERYWHERE.fill_in(lang, &[("domain", &domain)]),
                )
            } else {
                let places = if open.len() > 6 {
                    format!("{}, …", open[..6].join(", "))
                } else {
                    open.join(", ")
                };
                let text = tx::NOT_CLOSED_IN.fill_in(
                    lang,
                    &[
                        ("domain", &domain),
                        ("n", &open.len()),
                        ("total", &scopes.len()),
                        ("places", &places),
                    ],
                );
                (false, text)
            }
        })
        .collect()
}

/// The grid of werkgebied × domain cells; a click shows that triangle.
fn scorecard_ui(ui: &mut egui::Ui, doc: &mut Document, cmds: &mut Vec<Command>, lang: Lang) {
    ui.heading(tx::SCORECARD.get_in(lang));
    ui.weak(tx::SCORE_HINT.get_in(lang));
    ui.add_space(4.0);
    for (closed, line) in domain_lines(doc.display_map(), doc.display_analysis(), lang) {
        let tone = if closed { Tone::Good } else { Tone::Warning };
        ui.label(egui::RichText::new(line).color(color(tone.text())).strong());
    }
    ui.add_space(6.0);
    let scopes = scopes(doc.display_analysis());
    let mut clicked: Option<(Option<String>, Domain)> = None;
    egui::Grid::new("scorecard")
        .spacing(egui::vec2(6.0, 4.0))
        .show(ui, |ui| {
            ui.label("");
            for &d in Domain::ALL {
                ui.strong(d.label_in(lang));
            }
            ui.end_row();
            for scope in &scopes {
                ui.add(egui::Label::new(scope_name(doc.display_map(), scope, lang)).extend());
                for &d in Domain::ALL {
                    let tri = triangle(doc.display_analysis(), d, scope);
                    if cell_ui(ui, doc.display_map(), d, scope, tri, lang) {
                        clicked = Some((scope.clone(), d));
                    }
                }
                ui.end_row();
            }
        });
    if let Some((scope, d)) = clicked {
        doc.filter.werkgebied = scope;
        doc.filter.domains = Set::one(d);
        doc.mark_scene_dirty();
        cmds.push(Command::SetView(View::Driehoek));
    }
}

/// One cell of the scorecard; returns whether it was clicked.
fn cell_ui(
    ui: &mut egui::Ui,
    map: &Map,
    d: Domain,
    scope: &Option<String>,
    tri: Option<&Triangle>,
    lang: Lang,
) -> bool {
    let state = tri.map_or(TriangleState::Afwezig, |t| t.state);
    let tone = Tone::of_triangle(state);
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(150.0, 24.0), egui::Sense::click());
    let p = ui.painter();
    let stroke = if resp.hovered() {
        egui::Stroke::new(2.0, color(tone.text()))
    } else {
        egui::Stroke::new(1.0, color(tone.fill().mix(tone.text(), 0.3)))
    };
    p.rect(
        rect,
        4.0,
        color(tone.fill()),
        stroke,
        egui::StrokeKind::Inside,
    );
    p.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        state_short(state).get_in(lang),
        egui::FontId::proportional(14.0),
        color(tone.text()),
    );
    let tip = tx::CELL_TIP.fill_in(
        lang,
        &[
            ("domain", &d.label_in(lang)),
            ("scope", &scope_name(map, scope, lang)),
            ("state", &state_short(state).get_in(lang)),
        ],
    );
    resp.on_hover_text(tip).clicked()
}

/// Counts of the map and of its findings.
fn figures_ui(ui: &mut egui::Ui, map: &Map, a: &Analysis, lang: Lang) {
    ui.heading(tx::KEY_FIGURES.get_in(lang));
    let scoped: Vec<&Triangle> = a
        .triangles
        .iter()
        .filter(|t| t.werkgebied.is_some())
        .collect();
    let scoped = if scoped.is_empty() {
        a.triangles.iter().collect()
    } else {
        scoped
    };
    let closed = scoped
        .iter()
        .filter(|t| t.state == TriangleState::Gesloten)
        .count();
    let sev = |s: Severity| a.findings.iter().filter(|f| f.severity == s).count();
    ui.horizontal_wrapped(|ui| {
        for (n, label) in [
            (map.parties.len(), tx::FIG_PARTIES),
            (map.persons.len(), tx::FIG_PERSONS),
            (map.tables.len(), tx::FIG_TABLES),
            (map.municipalities().count(), tx::FIG_AREAS),
        ] {
            figure(ui, &n.to_string(), label.get_in(lang));
        }
        let text = tx::FIG_CLOSED.fill_in(lang, &[("closed", &closed), ("total", &scoped.len())]);
        figure(ui, &closed.to_string(), &text);
    });
    ui.label(tx::FIG_FINDINGS.fill_in(
        lang,
        &[
            ("hoog", &sev(Severity::Hoog)),
            ("middel", &sev(Severity::Middel)),
            ("laag", &sev(Severity::Laag)),
        ],
    ));
}

fn figure(ui: &mut egui::Ui, n: &str, label: &str) {
    card().show(ui, |ui| {
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(n).size(24.0).strong());
            ui.add(egui::Label::new(label).extend());
        });
    });
}
