//! "Inventarisatie samenvoegen…": the partners' returned lists combined into one map in the
//! app (`shared/spec/intake.md`). Two steps in one dialog: choose the lists (workbooks, CSV
//! folders, or files dropped on the window), then review what the combination could not decide
//! — the rows it matched across lists (keep one source's row apart), the conflicting values
//! (pick one), the unconfirmed seats and the look-alike names (merge a pair). Every decision
//! combines the lists again on a worker thread, so what is shown is always the map that will
//! open; the app then opens it as a new map or merges it into the open one as one undoable
//! edit (`Command::ApplyIntake`).

use super::super::{Command, Document};
use crate::i18n::intake as tx;
use crate::i18n::intake_app as ta;
use crate::i18n::reliability::counted;
use crate::i18n::{Lang, reliability as rel};
use crate::intake::{Combined, Decisions, Review, Split, Submission};
use crate::model::Map;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

/// Most rows one section lists before it asks for a search.
const SHOWN_PER_SECTION: usize = 150;

/// What the worker sends back.
enum Outcome {
    /// The lists were read (they are read once) and combined.
    Done(Arc<Vec<Submission>>, Box<Combined>),
    /// Some lists do not read: per list its name and every error, rendered.
    Failed(Vec<(String, Vec<String>)>),
}

/// The dialog's state, kept while it is open.
#[derive(Default)]
pub struct IntakeDialog {
    pub open: bool,
    /// The lists chosen, in the order they were added (the first wins ties).
    pub paths: Vec<PathBuf>,
    /// The path being typed (for when the system dialog is not available).
    typed: String,
    /// The lists as read, once they were read.
    sources: Option<Arc<Vec<Submission>>>,
    /// The combination with the current decisions: the review step shows it.
    pub combined: Option<Combined>,
    /// Lists that did not read, each with its errors.
    pub failures: Vec<(String, Vec<String>)>,
    pub decisions: Decisions,
    /// Why the last step did not go through (the edit was refused, unsaved work in the way).
    pub error: Option<String>,
    /// Merge into the open map (it becomes the first source) rather than open a new map.
    pub into_open: bool,
    search: String,
    job: Option<Receiver<Outcome>>,
    /// Which opening of the dialog this is: the sections' open state is per opening, so each
    /// new inventory opens on what it holds (what is empty closed, the long lists closed).
    generation: u64,
}

/// Counts the openings of the dialog, from the clock at the first: egui keeps the open state
/// of sections across runs, and an old run's must not decide a new inventory's.
static OPENINGS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn next_opening() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    let _ = OPENINGS.compare_exchange(0, crate::i18n::date::unix_now(), Relaxed, Relaxed);
    OPENINGS.fetch_add(1, Relaxed)
}

impl IntakeDialog {
    /// Opens the dialog on the sources step, with `paths` added to the lists.
    pub fn show(&mut self, paths: Vec<PathBuf>) {
        if !self.open {
            *self = IntakeDialog {
                open: true,
                generation: next_opening(),
                ..IntakeDialog::default()
            };
        }
        self.combined = None;
        self.add(paths);
    }

    /// Adds lists (a CSV file stands for its folder); the review starts over.
    pub fn add(&mut self, paths: Vec<PathBuf>) {
        for p in paths {
            let is_csv = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            let p = match (is_csv, p.parent()) {
                (true, Some(dir)) => dir.to_path_buf(),
                _ => p,
            };
            if !self.paths.contains(&p) {
                self.paths.push(p);
            }
        }
        self.sources = None;
        self.failures.clear();
        self.combined = None;
        self.decisions = Decisions::default();
    }

    /// Whether a combination is running.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Reads the lists (the first time) and combines them with the current decisions, on a
    /// worker thread. `base` is the open map when merging into it.
    pub fn start(&mut self, base: Option<&Map>, lang: Lang) {
        let paths = self.paths.clone();
        let sources = self.sources.clone();
        let mut decisions = self.decisions.clone();
        decisions.base = self.into_open && base.is_some();
        let base = base.filter(|_| decisions.base).cloned();
        let title = match &base {
            Some(m) => m.title.clone(),
            None => ta::DEFAULT_TITLE.get_in(lang).to_string(),
        };
        let (tx_, rx) = std::sync::mpsc::channel();
        let work = move || {
            let subs = match sources {
                Some(s) => s,
                None => match crate::intake::load_sources(&paths) {
                    Ok(s) => Arc::new(s),
                    Err(f) => {
                        let _ = tx_.send(Outcome::Failed(rendered(&f, lang)));
                        return;
                    }
                },
            };
            let combined = match base {
                Some(map) => {
                    let name = ta::OPEN_MAP_SOURCE.get_in(lang);
                    let mut all = vec![Submission::of_map(name, map)];
                    all.extend(subs.iter().cloned());
                    crate::intake::combine_with(&all, &title, &decisions)
                }
                None => crate::intake::combine_with(&subs, &title, &decisions),
            };
            let _ = tx_.send(Outcome::Done(subs, Box::new(combined)));
        };
        match std::thread::Builder::new()
            .name("intake".into())
            .spawn(work)
        {
            Ok(_) => self.job = Some(rx),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Takes in a finished combination; returns whether one is still running.
    pub fn poll(&mut self) -> bool {
        let Some(rx) = &self.job else { return false };
        let outcome = match rx.try_recv() {
            Ok(o) => o,
            Err(TryRecvError::Empty) => return true,
            Err(TryRecvError::Disconnected) => {
                self.job = None;
                return false;
            }
        };
        self.job = None;
        match outcome {
            Outcome::Done(subs, combined) => {
                self.sources = Some(subs);
                self.combined = Some(*combined);
                self.failures.clear();
            }
            Outcome::Failed(f) => {
                self.failures = f;
                self.combined = None;
            }
        }
        false
    }

    /// Waits for the running combination (tests).
    pub fn block_on(&mut self) {
        while self.poll() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// Records a decision and combines again.
    fn decide(&mut self, change: impl FnOnce(&mut Decisions), base: Option<&Map>, lang: Lang) {
        change(&mut self.decisions);
        self.error = None;
        self.start(base, lang);
    }

    /// Draws the dialog (when open).
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        doc: Option<&Document>,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        if !self.open {
            return;
        }
        if self.poll() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        let screen = ctx.content_rect().size();
        let width = (screen.x - 80.0).clamp(600.0, 1300.0);
        let height = (screen.y - 120.0).max(400.0);
        let mut close = false;
        egui::Modal::new(egui::Id::unique("intake_dialog")).show(ctx, |ui| {
            ui.set_width(width);
            ui.set_max_height(height);
            ui.heading(egui::RichText::new(ta::TITLE.get_in(lang)).size(24.0));
            ui.add_space(6.0);
            if self.combined.is_some() {
                self.review_ui(ui, doc, height - 150.0, cmds, lang);
            } else {
                self.sources_ui(ui, doc, lang);
            }
            if let Some(e) = &self.error {
                let err = crate::app::paint::color(crate::style::ERROR);
                ui.colored_label(err, egui::RichText::new(e).size(15.0));
            }
            ui.add_space(8.0);
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(big(ta::CANCEL.get_in(lang))).clicked() {
                    close = true;
                }
                if self.combined.is_some() && ui.button(big(ta::BACK.get_in(lang))).clicked() {
                    self.combined = None;
                }
                if self.busy() {
                    ui.spinner();
                    ui.label(ta::WORKING.get_in(lang));
                }
            });
        });
        if close {
            *self = IntakeDialog::default();
        }
    }

    /// Step one: the lists, how to add more, and why some do not read.
    fn sources_ui(&mut self, ui: &mut egui::Ui, doc: Option<&Document>, lang: Lang) {
        ui.label(egui::RichText::new(ta::INTRO.get_in(lang)).size(16.0));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(big(ta::ADD_FILES.get_in(lang))).clicked() {
                let picked = super::super::commands::picked(|| {
                    rfd::FileDialog::new()
                        .add_filter("Excel / CSV", &["xlsx", "ods", "csv"])
                        .pick_files()
                });
                if let Ok(Some(files)) = picked {
                    self.add(files);
                }
            }
            if ui.button(big(ta::ADD_FOLDER.get_in(lang))).clicked() {
                let picked =
                    super::super::commands::picked(|| rfd::FileDialog::new().pick_folders());
                if let Ok(Some(dirs)) = picked {
                    self.add(dirs);
                }
            }
        });
        ui.horizontal(|ui| {
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.typed)
                    .hint_text(ta::PATH_HINT.get_in(lang))
                    .desired_width(600.0),
            );
            if r.lost_focus()
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && !self.typed.trim().is_empty()
            {
                let p = PathBuf::from(self.typed.trim());
                self.typed.clear();
                self.add(vec![p]);
            }
        });
        ui.add_space(8.0);
        if self.paths.is_empty() {
            ui.weak(ta::NO_SOURCES.get_in(lang));
        } else {
            ui.strong(ta::N_CHOSEN.fill_in(lang, &[("n", &self.paths.len())]));
        }
        let mut remove = None;
        egui::ScrollArea::vertical()
            .id_salt("intake_sources")
            .max_height(260.0)
            .show(ui, |ui| {
                for (i, p) in self.paths.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if ui.small_button(ta::REMOVE.get_in(lang)).clicked() {
                            remove = Some(i);
                        }
                        ui.label(egui::RichText::new(p.display().to_string()).size(15.0));
                    });
                }
            });
        if let Some(i) = remove {
            let mut rest = std::mem::take(&mut self.paths);
            rest.remove(i);
            self.add(rest);
        }
        self.failures_ui(ui, lang);
        ui.add_space(8.0);
        target_ui(ui, doc, &mut self.into_open, lang);
        let ready = !self.paths.is_empty() && !self.busy();
        if ui
            .add_enabled(ready, egui::Button::new(big(ta::COMBINE.get_in(lang))))
            .clicked()
        {
            self.start(doc.map(Document::map), lang);
        }
    }

    /// The lists that do not read, each with all its errors (file, line, column).
    fn failures_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        if self.failures.is_empty() {
            return;
        }
        ui.add_space(8.0);
        let err = crate::app::paint::color(crate::style::ERROR);
        ui.colored_label(
            err,
            egui::RichText::new(ta::FAILED.fill_in(
                lang,
                &[("n", &self.failures.len()), ("total", &self.paths.len())],
            ))
            .strong(),
        );
        egui::ScrollArea::vertical()
            .id_salt("intake_failures")
            .max_height(300.0)
            .show(ui, |ui| {
                for (name, lines) in &self.failures {
                    ui.strong(tx::SOURCE_FAILED.fill_in(lang, &[("source", name)]));
                    for l in lines {
                        ui.label(format!("  • {l}"));
                    }
                }
            });
    }
}

/// Button text a size up, for a projector.
fn big(s: &str) -> egui::RichText {
    egui::RichText::new(s).size(16.0)
}

/// New map or the open one: only offered when a map is open.
fn target_ui(ui: &mut egui::Ui, doc: Option<&Document>, into_open: &mut bool, lang: Lang) {
    if doc.is_none() {
        *into_open = false;
        return;
    }
    ui.horizontal(|ui| {
        ui.radio_value(into_open, false, big(ta::TARGET_NEW.get_in(lang)))
            .on_hover_text(ta::OPEN_NEW_TIP.get_in(lang));
        ui.radio_value(into_open, true, big(ta::TARGET_OPEN.get_in(lang)))
            .on_hover_text(ta::MERGE_OPEN_TIP.get_in(lang));
    });
}

/// Every source's errors, rendered in `lang`.
fn rendered(f: &crate::intake::IntakeFailure, lang: Lang) -> Vec<(String, Vec<String>)> {
    f.failures
        .iter()
        .map(|(name, e)| {
            let mut lines: Vec<String> = e.errors.iter().map(|d| d.render(lang)).collect();
            lines.extend(e.warnings.iter().map(|d| d.render(lang)));
            (name.clone(), lines)
        })
        .collect()
}

/// The word for a kind of row in the report.
fn kind_label(kind: &str, lang: Lang) -> &'static str {
    match kind {
        "partij" => tx::KIND_PARTY.get_in(lang),
        "tafel" => tx::KIND_TABLE.get_in(lang),
        "persoon" => tx::KIND_PERSON.get_in(lang),
        "deelname" => tx::KIND_MEMBERSHIP.get_in(lang),
        _ => tx::KIND_RELATION.get_in(lang),
    }
}

/// The name of a conflict's row: a seat or relation by the names of what it connects.
fn row_name(map: &Map, id: &str) -> String {
    match id.split_once('/') {
        Some((a, b)) if map.party(id).is_none() && map.table(id).is_none() => {
            format!("{} / {}", map.name_of(a), map.name_of(b))
        }
        _ => map.name_of(id).to_string(),
    }
}

/// Whether `text` is wanted by the search (folded, as the importer compares names).
fn wanted(search: &str, texts: &[&str]) -> bool {
    let s = crate::model::fold(search.trim());
    s.is_empty() || texts.iter().any(|t| crate::model::fold(t).contains(&s))
}

/// A decision the user made this frame, applied (and combined again) after the review is drawn.
type Change = Option<Box<dyn FnOnce(&mut Decisions)>>;

/// One decision made, to list and revert.
enum Made {
    Split(usize),
    Merge(usize),
    Choice(usize),
}

impl IntakeDialog {
    /// Step two: the review of the combination.
    fn review_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: Option<&Document>,
        height: f32,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let Some(c) = self.combined.as_ref() else {
            return;
        };
        let base = doc.map(Document::map);
        summary_ui(ui, c, lang);
        let before = self.into_open;
        target_ui(ui, doc, &mut self.into_open, lang);
        if before != self.into_open {
            // Another first source: the review is another one.
            self.decisions = Decisions::default();
            self.start(base, lang);
            return;
        }
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(ta::SEARCH.get_in(lang))
                    .desired_width(360.0),
            );
        });
        let mut change: Change = None;
        egui::ScrollArea::vertical()
            .id_salt("intake_review")
            .max_height(height.max(200.0))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                sources_list_ui(ui, c, self.generation, lang);
                self.decided_ui(ui, &mut change, lang);
                self.conflicts_ui(ui, &mut change, lang);
                self.look_alikes_ui(ui, &mut change, lang);
                self.unconfirmed_ui(ui, lang);
                self.matches_ui(ui, &mut change, lang);
            });
        if let Some(f) = change {
            self.decide(f, base, lang);
        }
        ui.add_space(6.0);
        let busy = self.busy();
        let (label, tip, merge) = if self.into_open && doc.is_some() {
            (ta::MERGE_OPEN, ta::MERGE_OPEN_TIP, true)
        } else {
            (ta::OPEN_NEW, ta::OPEN_NEW_TIP, false)
        };
        // A new map takes the open one's place: not over unsaved work.
        let dirty = !merge && doc.is_some_and(|d| d.history().is_dirty());
        let tip = if dirty { ta::NEW_NEEDS_SAVE } else { tip };
        let go = egui::Button::new(
            egui::RichText::new(label.get_in(lang))
                .size(18.0)
                .strong()
                .color(ui.visuals().selection.stroke.color),
        )
        .fill(ui.visuals().selection.bg_fill)
        .min_size(egui::vec2(260.0, 36.0));
        if ui
            .add_enabled(!busy && !dirty, go)
            .on_hover_text(tip.get_in(lang))
            .on_disabled_hover_text(tip.get_in(lang))
            .clicked()
        {
            cmds.push(Command::ApplyIntake { merge });
        }
    }

    /// The decisions made so far, each with a way back.
    fn decided_ui(&self, ui: &mut egui::Ui, change: &mut Change, lang: Lang) {
        let d = &self.decisions;
        let made: Vec<(Made, String)> = d
            .split
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let t = ta::SPLIT_DONE.fill_in(lang, &[("name", &s.name), ("source", &s.source)]);
                (Made::Split(i), t)
            })
            .chain(d.merge.iter().enumerate().map(|(i, r)| {
                let t = ta::MERGE_DONE.fill_in(lang, &[("a", &r.names[0]), ("b", &r.names[1])]);
                (Made::Merge(i), t)
            }))
            .chain(d.choose.iter().enumerate().map(|(i, c)| {
                let name = self
                    .combined
                    .as_ref()
                    .map_or(c.id.clone(), |x| row_name(&x.map, &c.id));
                let t = ta::CHOICE_DONE.fill_in(
                    lang,
                    &[
                        ("kind", &kind_label(&c.kind, lang)),
                        ("name", &name),
                        ("field", &c.field),
                        ("value", &c.value),
                    ],
                );
                (Made::Choice(i), t)
            }))
            .collect();
        if made.is_empty() {
            return;
        }
        section(
            ui,
            (ta::SECTION_DECIDED, self.generation),
            made.len(),
            None,
            true,
            lang,
            |ui| {
                for (what, text) in made {
                    ui.horizontal(|ui| {
                        if ui.button(ta::UNDO_DECISION.get_in(lang)).clicked() {
                            *change = Some(Box::new(move |d: &mut Decisions| match what {
                                Made::Split(i) => {
                                    d.split.remove(i);
                                }
                                Made::Merge(i) => {
                                    d.merge.remove(i);
                                }
                                Made::Choice(i) => {
                                    d.choose.remove(i);
                                }
                            }));
                        }
                        ui.label(egui::RichText::new(text).size(15.0));
                    });
                }
            },
        );
    }

    fn conflicts_ui(&self, ui: &mut egui::Ui, change: &mut Change, lang: Lang) {
        let Some(c) = &self.combined else { return };
        let list = &c.report.conflicts;
        let tip = Some(ta::CONFLICTS_TIP);
        section(
            ui,
            (ta::SECTION_CONFLICTS, self.generation),
            list.len(),
            tip,
            true,
            lang,
            |ui| {
                let mut shown = 0;
                for k in list {
                    let name = row_name(&c.map, &k.id);
                    if !wanted(&self.search, &[&name, &k.id]) {
                        continue;
                    }
                    shown += 1;
                    if shown > SHOWN_PER_SECTION {
                        continue;
                    }
                    let head = ta::CONFLICT_HEAD.fill_in(
                        lang,
                        &[
                            ("kind", &kind_label(k.kind, lang)),
                            ("name", &name),
                            ("field", &k.field),
                        ],
                    );
                    ui.label(egui::RichText::new(head).size(16.0).strong());
                    // The first value is the one taken: the majority's, or the person's choice.
                    for (i, v) in k.values.iter().enumerate() {
                        let text = ta::VALUE_FROM.fill_in(
                            lang,
                            &[("value", &v.value), ("sources", &v.sources.join(", "))],
                        );
                        let r = ui.radio(i == 0, egui::RichText::new(text).size(15.0));
                        if r.clicked() && i != 0 {
                            let (kind, id, field) = (k.kind, k.id.clone(), k.field);
                            let value = v.value.clone();
                            *change = Some(Box::new(move |d: &mut Decisions| {
                                d.choose(kind, &id, field, &value)
                            }));
                        }
                    }
                    ui.add_space(4.0);
                }
                more_ui(ui, shown, lang);
            },
        );
    }

    fn look_alikes_ui(&self, ui: &mut egui::Ui, change: &mut Change, lang: Lang) {
        let Some(c) = &self.combined else { return };
        let list = &c.report.review;
        let tip = Some(ta::REVIEW_TIP);
        section(
            ui,
            (ta::SECTION_REVIEW, self.generation),
            list.len(),
            tip,
            true,
            lang,
            |ui| {
                let mut shown = 0;
                for v in list {
                    let names: Vec<&str> = v.names.iter().map(String::as_str).collect();
                    if !wanted(&self.search, &names) {
                        continue;
                    }
                    shown += 1;
                    if shown > SHOWN_PER_SECTION {
                        continue;
                    }
                    ui.horizontal(|ui| {
                        if ui.button(ta::MERGE.get_in(lang)).clicked() {
                            let pair = Review {
                                kind: v.kind,
                                names: v.names.clone(),
                            };
                            *change = Some(Box::new(move |d: &mut Decisions| d.merge.push(pair)));
                        }
                        let text = ta::LOOK_ALIKE_ROW.fill_in(
                            lang,
                            &[
                                ("kind", &kind_label(v.kind, lang)),
                                ("a", &v.names[0]),
                                ("b", &v.names.get(1).map_or("", String::as_str)),
                            ],
                        );
                        ui.label(egui::RichText::new(text).size(15.0));
                    });
                }
                more_ui(ui, shown, lang);
            },
        );
    }

    fn unconfirmed_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        let Some(c) = &self.combined else { return };
        let list = &c.report.unconfirmed;
        let tip = Some(ta::UNCONFIRMED_TIP);
        section(
            ui,
            (ta::SECTION_UNCONFIRMED, self.generation),
            list.len(),
            tip,
            true,
            lang,
            |ui| {
                let mut shown = 0;
                for u in list {
                    let (party, table) = (c.map.name_of(&u.party), c.map.name_of(&u.table));
                    if !wanted(&self.search, &[party, table]) {
                        continue;
                    }
                    shown += 1;
                    if shown <= SHOWN_PER_SECTION {
                        let text = ta::UNCONFIRMED_ROW.fill_in(
                            lang,
                            &[
                                ("party", &party),
                                ("table", &table),
                                ("by", &u.reported_by.join(", ")),
                            ],
                        );
                        ui.label(egui::RichText::new(text).size(15.0));
                    }
                }
                more_ui(ui, shown, lang);
            },
        );
    }

    /// The matches, per kind: each combined row with the names the lists gave it.
    fn matches_ui(&self, ui: &mut egui::Ui, change: &mut Change, lang: Lang) {
        let Some(c) = &self.combined else { return };
        let list = &c.report.matches;
        let tip = Some(ta::MATCHES_TIP);
        section(
            ui,
            (ta::SECTION_MATCHES, self.generation),
            list.len(),
            tip,
            list.len() <= 30,
            lang,
            |ui| {
                for kind in ["partij", "tafel", "persoon"] {
                    let mut of_kind: Vec<_> = list.iter().filter(|x| x.kind == kind).collect();
                    // Rows that the lists spell differently first: those are the ones to check.
                    of_kind.sort_by_key(|x| !x.names.iter().any(|n| n.name != x.names[0].name));
                    if of_kind.is_empty() {
                        continue;
                    }
                    let head = format!("{} ({})", kind_label(kind, lang), of_kind.len());
                    egui::CollapsingHeader::new(egui::RichText::new(head).size(16.0).strong())
                        .id_salt(("intake_matches", kind, self.generation))
                        .default_open(of_kind.len() <= 30 || !self.search.trim().is_empty())
                        .show(ui, |ui| {
                            let mut shown = 0;
                            for x in of_kind {
                                let name = c.map.name_of(&x.id);
                                let mut texts: Vec<&str> = vec![name, &x.id];
                                texts.extend(x.names.iter().map(|n| n.name.as_str()));
                                if !wanted(&self.search, &texts) {
                                    continue;
                                }
                                shown += 1;
                                if shown <= SHOWN_PER_SECTION {
                                    match_ui(ui, x, name, change, lang);
                                }
                            }
                            more_ui(ui, shown, lang);
                        });
                }
            },
        );
    }
}

/// One match: its combined name and each source's spelling, with "keep apart".
fn match_ui(
    ui: &mut egui::Ui,
    x: &crate::intake::Match,
    name: &str,
    change: &mut Change,
    lang: Lang,
) {
    let sources: std::collections::BTreeSet<&str> =
        x.names.iter().map(|n| n.source.as_str()).collect();
    let head = ta::MATCH_HEAD.fill_in(
        lang,
        &[
            ("kind", &kind_label(x.kind, lang)),
            ("name", &name),
            ("n", &sources.len()),
        ],
    );
    let spelled_apart = x.names.iter().any(|n| n.name != x.names[0].name);
    egui::CollapsingHeader::new(egui::RichText::new(head).size(15.0).strong())
        .id_salt(("match", x.kind, &x.id))
        .default_open(spelled_apart)
        .show(ui, |ui| {
            for n in &x.names {
                ui.horizontal(|ui| {
                    if x.names.len() > 1 && ui.small_button(ta::SPLIT.get_in(lang)).clicked() {
                        let split = Split {
                            kind: x.kind.to_string(),
                            id: x.id.clone(),
                            source: n.source.clone(),
                            name: n.name.clone(),
                        };
                        *change = Some(Box::new(move |d: &mut Decisions| d.split.push(split)));
                    }
                    let text =
                        ta::SPELLED.fill_in(lang, &[("name", &n.name), ("source", &n.source)]);
                    ui.label(egui::RichText::new(text).size(15.0));
                });
            }
        });
}

/// What was combined, in one line.
fn summary_ui(ui: &mut egui::Ui, c: &Combined, lang: Lang) {
    let (m, r) = (&c.map, &c.report);
    let text = ta::REVIEW_SUMMARY.fill_in(
        lang,
        &[
            ("sources", &counted(r.sources.len(), tx::N_SOURCES, lang)),
            ("parties", &counted(m.parties.len(), rel::N_PARTIES, lang)),
            ("persons", &counted(m.persons.len(), rel::N_PERSONS, lang)),
            ("tables", &counted(m.tables.len(), rel::N_TABLES, lang)),
            (
                "memberships",
                &counted(m.memberships.len(), rel::N_MEMBERSHIPS, lang),
            ),
            (
                "relations",
                &counted(m.relations.len(), rel::N_RELATIONS, lang),
            ),
        ],
    );
    ui.label(egui::RichText::new(text).size(17.0));
}

/// Who sent what, when: each list with its counts and the date of its file.
fn sources_list_ui(ui: &mut egui::Ui, c: &Combined, generation: u64, lang: Lang) {
    let dates = crate::intake::source_dates(&c.map);
    let list = &c.report.sources;
    section(
        ui,
        (ta::SECTION_SOURCES, generation),
        list.len(),
        None,
        false,
        lang,
        |ui| {
            for s in list {
                let date = dates
                    .iter()
                    .find(|(n, _)| *n == s.name)
                    .and_then(|(_, d)| crate::export::report_sources::parse_iso(d));
                let args: [(&str, &dyn std::fmt::Display); 5] = [
                    ("source", &s.name),
                    ("parties", &counted(s.parties, rel::N_PARTIES, lang)),
                    ("tables", &counted(s.tables, rel::N_TABLES, lang)),
                    (
                        "memberships",
                        &counted(s.memberships, rel::N_MEMBERSHIPS, lang),
                    ),
                    ("date", &date.map(|d| d.text(lang)).unwrap_or_default()),
                ];
                let text = match date {
                    Some(_) => ta::SOURCE_ROW_DATED.fill_in(lang, &args),
                    None => ta::SOURCE_ROW.fill_in(lang, &args),
                };
                ui.label(egui::RichText::new(text).size(15.0));
            }
        },
    );
}

/// "… and n more" when a section holds more than it lists.
fn more_ui(ui: &mut egui::Ui, shown: usize, lang: Lang) {
    if shown == 0 {
        ui.weak(ta::NONE_HERE.get_in(lang));
    } else if shown > SHOWN_PER_SECTION {
        ui.weak(ta::MORE_HIDDEN.fill_in(lang, &[("n", &(shown - SHOWN_PER_SECTION))]));
    }
}

/// A collapsible section with its count in the heading and a line saying what it is for.
fn section(
    ui: &mut egui::Ui,
    (title, generation): (crate::i18n::Text, u64),
    n: usize,
    tip: Option<crate::i18n::Text>,
    open: bool,
    lang: Lang,
    body: impl FnOnce(&mut egui::Ui),
) {
    let head = egui::RichText::new(title.fill_in(lang, &[("n", &n)]))
        .size(19.0)
        .strong();
    egui::CollapsingHeader::new(head)
        .id_salt((title.nl, generation))
        .default_open(open && n > 0)
        .show(ui, |ui| {
            if let Some(t) = tip {
                ui.weak(t.get_in(lang));
            }
            body(ui);
        });
}
