//! The Gegevens view: the map's five lists as editable tables (partijen, personen, tafels,
//! deelnames, relaties), sortable by a click on a header, filtered by one text box, with
//! validation as you type and the near-duplicate banner.
//!
//! Rows are virtualised (only the visible ones are drawn), and everything derived from the
//! whole map (id index, problems, near-duplicates, filter text, row order) is cached per map
//! revision, so a table of 20,000 persons scrolls as smoothly as one of twenty. Every change
//! goes out as one [`Command::Edit`], so undo, dirty marking and re-analysis are the same as
//! everywhere else.

mod check;
mod columns;
mod dubbelen;

pub use columns::{Col, Sort, Tab};

use super::super::{Command, Document};
use crate::edit::{Edit, Row};
use crate::i18n::gegevens as txt;
use crate::i18n::vocab::Label;
use crate::i18n::{self, Lang};
use crate::import::{DiagnosticKind, NearDuplicate};
use crate::model::{
    Domain, EntityKind, Index, Layer, Map, Membership, NetworkRole, Party, PartyKind, Person,
    Relation, Set, Table, Vocab,
};
use columns::Editor;
use std::collections::HashMap;
use std::sync::Arc;

/// Most suggestions the id picker lists.
const MAX_PICKS: usize = 8;
const ROW_HEIGHT: f32 = 26.0;
const RED: egui::Color32 = crate::app::paint::opaque(crate::style::ERROR);
const ORANGE: egui::Color32 = crate::app::paint::opaque(crate::style::WARNING);

/// Filter and sort of one sub-tab.
#[derive(Debug, Clone, Default)]
struct TabState {
    filter: String,
    sort: Option<Sort>,
}

/// The cell being edited, with its pending text and what is wrong with it.
#[derive(Debug, Clone)]
pub struct Editing {
    pub tab: Tab,
    pub row: usize,
    pub col: Col,
    pub buf: String,
    /// The value when editing started: leaving it unchanged makes no edit.
    original: String,
    /// Messages about the pending value; `error` when it may not be committed.
    pub messages: Vec<String>,
    pub error: bool,
    /// Focus (and select all) on the next draw.
    focus: bool,
    /// Ids the picker offers for a reference cell.
    picks: Vec<(String, String)>,
    /// The name of a row just added with "+ …": Escape here takes the row back (undoes the
    /// add), so no placeholder row stays behind.
    pub fresh: bool,
}

/// A problem of the map as it is, shown at its row (and cell).
#[derive(Debug, Clone)]
struct RowProblem {
    col: Option<Col>,
    message: String,
    error: bool,
}

/// The rows of a tab in the order shown, with the filter and sort they were made for.
type Order = (String, Option<Sort>, Arc<Vec<usize>>);

/// What is derived from the whole map, rebuilt when the map (or the language) changes.
#[derive(Default)]
struct Cache {
    revision: Option<(u64, Lang)>,
    index: Index,
    problems: HashMap<(EntityKind, usize), Vec<RowProblem>>,
    duplicates: Vec<NearDuplicate>,
    haystacks: HashMap<Tab, Arc<Vec<String>>>,
    orders: HashMap<Tab, Order>,
}

/// The Gegevens view's own state.
#[derive(Default)]
pub struct Gegevens {
    pub tab: Tab,
    tabs: HashMap<Tab, TabState>,
    pub editing: Option<Editing>,
    /// Why the last choice was not applied (a combo or checkbox change that breaks a rule).
    pub notice: Option<String>,
    /// Per near-duplicate group (sorted ids joined by `|`), the party to keep.
    keep: HashMap<String, String>,
    /// A row just added: scroll to it and start editing its name.
    added: Option<(Tab, usize)>,
    scroll_to: Option<usize>,
    cache: Cache,
}

impl Gegevens {
    pub fn ui(&mut self, ui: &mut egui::Ui, doc: &Document, cmds: &mut Vec<Command>, lang: Lang) {
        egui::Frame::new()
            .inner_margin(egui::Margin::symmetric(8, 0))
            .show(ui, |ui| self.inner_ui(ui, doc, cmds, lang));
    }

    fn inner_ui(&mut self, ui: &mut egui::Ui, doc: &Document, cmds: &mut Vec<Command>, lang: Lang) {
        self.refresh(doc, lang);
        ui.add_space(4.0);
        self.tabs_ui(ui, doc.map(), lang);
        ui.separator();
        if self.tab == Tab::Partijen {
            dubbelen::banner_ui(
                ui,
                doc.map(),
                &self.cache.duplicates,
                &mut self.keep,
                cmds,
                lang,
            );
        }
        import_warnings_ui(ui, doc, lang);
        self.toolbar_ui(ui, doc.map(), cmds, lang);
        ui.add_space(2.0);
        self.table_ui(ui, doc.map(), cmds, lang);
    }

    /// Starts editing a cell with `text` typed in it, as if the user had clicked and typed
    /// (development screenshots and tests).
    pub fn edit_cell(
        &mut self,
        doc: &Document,
        tab: Tab,
        row: usize,
        col: Col,
        text: &str,
        lang: Lang,
    ) {
        self.refresh(doc, lang);
        self.tab = tab;
        let Some(data) = columns::row_of(doc.map(), tab, row) else {
            return;
        };
        self.start_edit(doc.map(), tab, row, &data, col, lang);
        if let Some(mut e) = self.editing.take() {
            e.buf = text.to_string();
            self.recheck(doc.map(), &mut e, lang);
            self.editing = Some(e);
        }
    }

    /// The rows shown in the current tab, in order (model indices).
    pub fn visible(&mut self, map: &Map, lang: Lang) -> Arc<Vec<usize>> {
        self.order(map, self.tab, lang)
    }

    /// Rebuilds the cache when the map or the language changed.
    fn refresh(&mut self, doc: &Document, lang: Lang) {
        let key = (doc.revision(), lang);
        if self.cache.revision == Some(key) {
            return;
        }
        let map = &doc.map();
        let mut problems: HashMap<(EntityKind, usize), Vec<RowProblem>> = HashMap::new();
        for p in crate::model::validate(map) {
            problems
                .entry((p.entity.kind, p.entity.index))
                .or_default()
                .push(RowProblem {
                    col: check::problem_col(&p),
                    message: check::message(map, &p, lang),
                    error: p.is_error(),
                });
        }
        self.cache = Cache {
            revision: Some(key),
            index: map.index(),
            problems,
            duplicates: dubbelen::open_groups(map, crate::import::near_duplicates(map)),
            haystacks: HashMap::new(),
            orders: HashMap::new(),
        };
        // An edit elsewhere (undo, the canvas) may have removed the row being edited.
        if let Some(e) = &self.editing
            && e.row >= e.tab.len(map)
        {
            self.editing = None;
        }
        if let Some((tab, i)) = self.added.take()
            && let Some(row) = columns::row_of(map, tab, i)
        {
            self.tab = tab;
            let order = self.order(map, tab, lang);
            self.scroll_to = order.iter().position(|&r| r == i);
            let col = tab.columns()[if tab.columns().contains(&Col::Name) {
                1
            } else {
                0
            }];
            self.start_edit(map, tab, i, &row, col, lang);
            if let Some(e) = self.editing.as_mut() {
                e.fresh = true;
            }
        }
    }

    fn order(&mut self, map: &Map, tab: Tab, lang: Lang) -> Arc<Vec<usize>> {
        let st = self.tabs.entry(tab).or_default();
        if let Some((f, s, o)) = self.cache.orders.get(&tab)
            && *f == st.filter
            && *s == st.sort
        {
            return o.clone();
        }
        let hay = if st.filter.trim().is_empty() {
            Arc::new(Vec::new())
        } else {
            self.cache
                .haystacks
                .entry(tab)
                .or_insert_with(|| Arc::new(columns::haystacks(map, &self.cache.index, tab, lang)))
                .clone()
        };
        // Typing on in the filter only narrows: search the rows shown before, in their order.
        let narrowing = self.cache.orders.get(&tab).filter(|(f, s, _)| {
            *s == st.sort
                && !f.trim().is_empty()
                && crate::model::fold(&st.filter).contains(&crate::model::fold(f))
        });
        let order = Arc::new(match narrowing {
            Some((_, _, before)) => {
                let needle = crate::model::fold(&st.filter);
                before
                    .iter()
                    .copied()
                    .filter(|&i| hay.get(i).is_some_and(|h| h.contains(&needle)))
                    .collect()
            }
            None => {
                columns::visible_rows(map, &self.cache.index, tab, &st.filter, st.sort, &hay, lang)
            }
        });
        self.cache
            .orders
            .insert(tab, (st.filter.clone(), st.sort, order.clone()));
        order
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui, map: &Map, lang: Lang) {
        ui.horizontal(|ui| {
            for tab in Tab::ALL {
                let label =
                    egui::RichText::new(format!("{} ({})", tab.text().get_in(lang), tab.len(map)))
                        .size(15.0);
                if ui.selectable_label(self.tab == tab, label).clicked() && self.tab != tab {
                    self.tab = tab;
                    self.editing = None;
                    self.notice = None;
                }
            }
        });
    }

    fn toolbar_ui(&mut self, ui: &mut egui::Ui, map: &Map, cmds: &mut Vec<Command>, lang: Lang) {
        let tab = self.tab;
        let total = tab.len(map);
        let shown = self.order(map, tab, lang).len();
        ui.horizontal(|ui| {
            let label = ui.label(txt::FILTER.get_in(lang));
            let st = self.tabs.entry(tab).or_default();
            ui.add(
                egui::TextEdit::singleline(&mut st.filter)
                    .id_salt(("gegevens_filter", tab as u8))
                    .hint_text(txt::FILTER_HINT.get_in(lang))
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
            ui.label(txt::ROW_COUNT.fill_in(lang, &[("shown", &shown), ("total", &total)]));
            ui.separator();
            let add = new_row_edit(map, tab, lang);
            let (label, hint) = (add_text(tab).get_in(lang), txt::ADD_HINT.get_in(lang));
            let resp = ui.add_enabled(add.is_some(), egui::Button::new(label));
            let resp = if add.is_some() {
                resp.on_hover_text(hint)
            } else {
                resp.on_disabled_hover_text(txt::ADD_NEEDS.get_in(lang))
            };
            if resp.clicked()
                && let Some(edit) = add
            {
                cmds.push(Command::Edit(edit));
                self.added = Some((tab, total));
            }
            ui.separator();
            ui.weak(txt::EDIT_HINT.get_in(lang));
        });
        if let Some(n) = &self.notice {
            ui.colored_label(RED, n);
        }
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, map: &Map, cmds: &mut Vec<Command>, lang: Lang) {
        let tab = self.tab;
        let order = self.order(map, tab, lang);
        let cols = tab.columns();
        let mut builder = egui_extras::TableBuilder::new(ui)
            .id_salt(("gegevens_table", tab as u8))
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(egui_extras::Column::exact(104.0));
        for (k, c) in cols.iter().enumerate() {
            let w = width(*c);
            builder = builder.column(if k + 1 == cols.len() {
                egui_extras::Column::remainder().at_least(w).clip(true)
            } else {
                egui_extras::Column::initial(w).at_least(50.0).clip(true)
            });
        }
        if let Some(k) = self.scroll_to.take() {
            builder = builder.scroll_to_row(k, Some(egui::Align::Center));
        }
        let st = self.tabs.entry(tab).or_default();
        let mut sort = st.sort;
        builder
            .header(24.0, |mut header| {
                header.col(|_| {});
                for &c in cols {
                    header.col(|ui| {
                        let text = egui::RichText::new(c.header().get_in(lang)).strong();
                        let resp = ui
                            .add(
                                egui::Label::new(text)
                                    .sense(egui::Sense::click())
                                    .truncate(),
                            )
                            .on_hover_text(txt::SORT_HINT.get_in(lang));
                        if let Some(s) = sort.filter(|s| s.col == c) {
                            sort_arrow(ui, s.ascending);
                        }
                        if resp.clicked() {
                            sort = match sort {
                                Some(s) if s.col == c => Some(Sort {
                                    col: c,
                                    ascending: !s.ascending,
                                }),
                                _ => Some(Sort {
                                    col: c,
                                    ascending: true,
                                }),
                            };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, order.len(), |mut row| {
                    let Some(&i) = order.get(row.index()) else {
                        return;
                    };
                    let Some(data) = columns::row_of(map, tab, i) else {
                        return;
                    };
                    row.col(|ui| self.actions_ui(ui, map, tab, i, cmds, lang));
                    for &c in cols {
                        row.col(|ui| self.cell_ui(ui, map, tab, i, &data, c, cmds, lang));
                    }
                });
            });
        self.tabs.entry(tab).or_default().sort = sort;
        // Escape drops a pending (invalid) value even when its cell no longer has focus.
        if self.editing.is_some()
            && ui.input(|i| i.key_pressed(egui::Key::Escape))
            && self.editing.take().is_some_and(|e| e.fresh)
        {
            cmds.push(Command::Undo);
        }
    }

    /// The row's marks and buttons: problems, "toon", remove.
    fn actions_ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        tab: Tab,
        i: usize,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        if let Some(ps) = self.cache.problems.get(&(tab.entity(), i)) {
            let error = ps.iter().any(|p| p.error);
            let text = ps
                .iter()
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            let badge = egui::RichText::new(txt::ROW_PROBLEMS.get_in(lang))
                .strong()
                .color(crate::app::paint::opaque(crate::style::PAPER))
                .background_color(if error { RED } else { ORANGE });
            ui.add_sized([16.0, 18.0], egui::Label::new(badge))
                .on_hover_text(text);
        } else {
            ui.add_space(16.0);
        }
        if let Some(id) = columns::node_of(map, tab, i)
            && ui
                .small_button(txt::SHOW.get_in(lang))
                .on_hover_text(txt::SHOW_HINT.get_in(lang))
                .clicked()
        {
            cmds.push(Command::JumpTo(id));
        }
        if ui
            .small_button(txt::REMOVE.get_in(lang))
            .on_hover_text(txt::REMOVE_HINT.get_in(lang))
            .clicked()
            && let Some(edit) = columns::remove_edit(map, tab, i)
        {
            if self
                .editing
                .as_ref()
                .is_some_and(|e| e.tab == tab && e.row == i)
            {
                self.editing = None;
            }
            cmds.push(Command::Edit(edit));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn cell_ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        tab: Tab,
        i: usize,
        row: &Row,
        col: Col,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let editing_here = self
            .editing
            .as_ref()
            .is_some_and(|e| e.tab == tab && e.row == i && e.col == col);
        if editing_here {
            self.editor_ui(ui, map, row, cmds, lang);
            return;
        }
        match col.editor() {
            Editor::Choice | Editor::Choices => {
                let mut new = row.clone();
                if choice_ui(ui, (tab as u8, i, col), &mut new, col, lang) {
                    self.commit_choice(map, (tab, i), new, col, cmds, lang);
                }
            }
            _ => {
                let shown = columns::display_text(map, &self.cache.index, row, col, lang);
                let problem = self
                    .cache
                    .problems
                    .get(&(tab.entity(), i))
                    .and_then(|ps| ps.iter().find(|p| p.col == Some(col)));
                let mut text = egui::RichText::new(&shown);
                if let Some(p) = problem {
                    text = text.color(if p.error { RED } else { ORANGE });
                }
                let mut resp = ui.add(
                    egui::Label::new(text)
                        .sense(egui::Sense::click())
                        .truncate(),
                );
                if let Some(p) = problem {
                    resp = resp.on_hover_text(&p.message);
                }
                if resp.clicked() {
                    self.start_edit(map, tab, i, row, col, lang);
                }
            }
        }
    }

    fn start_edit(&mut self, map: &Map, tab: Tab, i: usize, row: &Row, col: Col, lang: Lang) {
        let value = columns::edit_text_in(row, col, lang);
        let mut e = Editing {
            tab,
            row: i,
            col,
            buf: value.clone(),
            original: value,
            messages: Vec::new(),
            error: false,
            focus: true,
            picks: Vec::new(),
            fresh: false,
        };
        self.recheck(map, &mut e, lang);
        self.notice = None;
        self.editing = Some(e);
    }

    /// Checks the pending value of `e` and refreshes its picker.
    fn recheck(&self, map: &Map, e: &mut Editing, lang: Lang) {
        e.messages.clear();
        e.error = false;
        let Some(mut row) = columns::row_of(map, e.tab, e.row) else {
            return;
        };
        match columns::set_from_text(&mut row, e.col, &e.buf) {
            Err(err) => {
                e.messages.push(err.message(lang));
                e.error = true;
            }
            Ok(()) => {
                for p in check::check_cell(map, &self.cache.index, e.tab, e.row, &row, e.col) {
                    e.error |= p.is_error();
                    e.messages.push(check::message(map, &p, lang));
                }
            }
        }
        e.picks = match e.col.editor() {
            Editor::Ref { kinds, .. } => columns::candidates(map, kinds, &e.buf, MAX_PICKS),
            Editor::RefList { kinds, .. } => {
                let last = e.buf.rsplit('|').next().unwrap_or("").trim();
                columns::candidates(map, kinds, last, MAX_PICKS)
            }
            _ => Vec::new(),
        };
    }

    /// The text field of the cell being edited, its red frame, message and id picker.
    fn editor_ui(
        &mut self,
        ui: &mut egui::Ui,
        map: &Map,
        row: &Row,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let Some(mut e) = self.editing.take() else {
            return;
        };
        let out = egui::TextEdit::singleline(&mut e.buf)
            .id_salt("gegevens_cell_edit")
            .desired_width(f32::INFINITY)
            .show(ui);
        let resp = out.response.response.clone();
        if e.focus {
            e.focus = false;
            resp.request_focus();
            let mut state = out.state;
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(&e.buf)));
            state.store(ui.ctx(), resp.id);
        }
        if resp.changed() {
            self.recheck(map, &mut e, lang);
        }
        if !e.messages.is_empty() {
            let color = if e.error { RED } else { ORANGE };
            // Inside the field: the cell clips anything drawn around it.
            ui.painter().rect_stroke(
                resp.rect,
                3.0,
                egui::Stroke::new(2.0, color),
                egui::StrokeKind::Inside,
            );
        }
        let mut picked: Option<String> = None;
        let show_popup = !e.messages.is_empty() || (resp.has_focus() && !e.picks.is_empty());
        if show_popup {
            egui::Area::new(egui::Id::unique("gegevens_cell_popup"))
                .order(egui::Order::Foreground)
                .fixed_pos(resp.rect.left_bottom() + egui::vec2(0.0, 3.0))
                .show(ui.ctx(), |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(460.0);
                        for m in &e.messages {
                            let color = if e.error { RED } else { ORANGE };
                            ui.label(egui::RichText::new(m).color(color));
                        }
                        if !e.picks.is_empty() {
                            ui.weak(txt::PICK_HINT.get_in(lang));
                            for (id, name) in &e.picks {
                                if ui.button(format!("{name} ({id})")).clicked() {
                                    picked = Some(id.clone());
                                }
                            }
                        }
                        if matches!(e.col.editor(), Editor::RefList { .. }) {
                            ui.weak(txt::LIST_HINT.get_in(lang));
                        }
                    });
                });
        }
        if let Some(id) = picked {
            e.buf = match (e.col.editor(), e.buf.rfind('|')) {
                (Editor::RefList { .. }, Some(k)) => format!("{}|{id}", &e.buf[..k]),
                _ => id,
            };
            self.recheck(map, &mut e, lang);
            if !self.commit(map, &e, row, cmds) {
                self.editing = Some(e);
            }
            return;
        }
        let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
        if resp.lost_focus() {
            if escape {
                if e.fresh {
                    cmds.push(Command::Undo);
                }
                return;
            }
            if self.commit(map, &e, row, cmds) {
                return;
            }
        }
        self.editing = Some(e);
    }

    /// Commits the pending value of `e` if it is valid; returns whether editing is over.
    fn commit(&mut self, map: &Map, e: &Editing, row: &Row, cmds: &mut Vec<Command>) -> bool {
        if e.error {
            return false;
        }
        if e.buf == e.original {
            return true;
        }
        let mut new = row.clone();
        if columns::set_from_text(&mut new, e.col, &e.buf).is_err() {
            return false;
        }
        if let Some(edit) = columns::change_edit(map, e.tab, e.row, new) {
            cmds.push(Command::Edit(edit));
        }
        true
    }

    /// A combo box or checkbox change: applied at once, unless it breaks a rule.
    fn commit_choice(
        &mut self,
        map: &Map,
        (tab, i): (Tab, usize),
        new: Row,
        col: Col,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let problems = check::check_cell(map, &self.cache.index, tab, i, &new, col);
        if let Some(p) = problems.iter().find(|p| p.is_error()) {
            self.notice =
                Some(txt::NOT_SAVED.fill_in(lang, &[("reason", &check::message(map, p, lang))]));
            return;
        }
        self.notice = None;
        if let Some(edit) = columns::change_edit(map, tab, i, new) {
            cmds.push(Command::Edit(edit));
        }
    }
}

/// A small triangle after a sorted column's header (painted: the UI font has no arrows).
fn sort_arrow(ui: &mut egui::Ui, ascending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    let c = rect.center();
    let (tip, base) = if ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
    let points = vec![
        egui::pos2(c.x, c.y + tip),
        egui::pos2(c.x - 4.5, c.y + base),
        egui::pos2(c.x + 4.5, c.y + base),
    ];
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// A combo box (one value) or a menu of checkboxes (a set) for a vocabulary cell. Returns
/// whether `row` changed.
fn choice_ui(
    ui: &mut egui::Ui,
    salt: (u8, usize, Col),
    row: &mut Row,
    col: Col,
    lang: Lang,
) -> bool {
    match (row, col) {
        (Row::Party(p), Col::PartyKind) => one(ui, salt, &mut p.kind, lang),
        (Row::Table(t), Col::TableKind) => one(ui, salt, &mut t.kind, lang),
        (Row::Membership(m), Col::Role) => one(ui, salt, &mut m.role, lang),
        (Row::Person(p), Col::Layer) => maybe(ui, salt, &mut p.layer, lang),
        (Row::Table(t), Col::Decision) => maybe(ui, salt, &mut t.decision, lang),
        (Row::Relation(r), Col::Quality) => maybe(ui, salt, &mut r.quality, lang),
        (Row::Person(p), Col::NetworkRoles) => many::<NetworkRole>(ui, &mut p.network_roles, lang),
        (Row::Table(t), Col::Domains) => many::<Domain>(ui, &mut t.domains, lang),
        (Row::Table(t), Col::Layers) => many::<Layer>(ui, &mut t.layers, lang),
        (Row::Relation(r), Col::Domains) => many::<Domain>(ui, &mut r.domains, lang),
        (Row::Relation(r), Col::Layers) => many::<Layer>(ui, &mut r.layers, lang),
        _ => false,
    }
}

fn one<V: Vocab + Label>(ui: &mut egui::Ui, salt: (u8, usize, Col), v: &mut V, lang: Lang) -> bool {
    let before = *v;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(v.label_in(lang))
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            for &x in V::ALL {
                ui.selectable_value(v, x, x.label_in(lang));
            }
        });
    *v != before
}

fn maybe<V: Vocab + Label>(
    ui: &mut egui::Ui,
    salt: (u8, usize, Col),
    v: &mut Option<V>,
    lang: Lang,
) -> bool {
    let before = *v;
    egui::ComboBox::from_id_salt(salt)
        .selected_text(
            v.map(|x| x.label_in(lang))
                .unwrap_or(txt::NONE.get_in(lang)),
        )
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(v, None, txt::NONE.get_in(lang));
            for &x in V::ALL {
                ui.selectable_value(v, Some(x), x.label_in(lang));
            }
        });
    *v != before
}

fn many<V: Vocab + Label>(ui: &mut egui::Ui, set: &mut Set<V>, lang: Lang) -> bool {
    let before = *set;
    let shown = set
        .iter()
        .map(|x| x.label_in(lang))
        .collect::<Vec<_>>()
        .join(", ");
    let shown = if shown.is_empty() {
        txt::NONE.get_in(lang).to_string()
    } else {
        shown
    };
    ui.menu_button(shown, |ui| {
        for &x in V::ALL {
            let mut on = set.contains(x);
            if ui.checkbox(&mut on, x.label_in(lang)).changed() {
                if on {
                    set.insert(x);
                } else {
                    set.remove(x);
                }
            }
        }
    });
    *set != before
}

/// The messages of the import that are still worth reading here (near-duplicates have their
/// own banner with buttons).
fn import_warnings_ui(ui: &mut egui::Ui, doc: &Document, lang: Lang) {
    let ws: Vec<_> = doc
        .warnings
        .iter()
        .filter(|d| !matches!(d.kind, DiagnosticKind::NearDuplicate { .. }))
        .collect();
    if ws.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(txt::IMPORT_WARNINGS.fill_in(lang, &[("n", &ws.len())]))
        .id_salt("gegevens_import_warnings")
        .default_open(false)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("gegevens_import_warnings_scroll")
                .max_height(160.0)
                .show(ui, |ui| {
                    for d in ws {
                        ui.label(d.render(lang));
                    }
                });
        });
}

/// Initial column widths, by what a column holds.
fn width(c: Col) -> f32 {
    match c {
        Col::Id => 140.0,
        Col::Name => 250.0,
        Col::Party | Col::Table | Col::Person | Col::From | Col::To => 200.0,
        Col::PartyKind => 185.0,
        Col::TableKind | Col::Layer | Col::Decision | Col::Role | Col::Quality => 150.0,
        Col::Hours | Col::Frequency | Col::Duration => 95.0,
        Col::Domains | Col::Layers | Col::NetworkRoles => 170.0,
        Col::Werkgebied | Col::Parent | Col::ReportsTo => 160.0,
        _ => 150.0,
    }
}

fn add_text(tab: Tab) -> i18n::Text {
    match tab {
        Tab::Partijen => txt::ADD_PARTY,
        Tab::Personen => txt::ADD_PERSON,
        Tab::Tafels => txt::ADD_TABLE,
        Tab::Deelnames => txt::ADD_MEMBERSHIP,
        Tab::Relaties => txt::ADD_RELATION,
    }
}

/// The edit that adds a new row to `tab`, valid from the start (a fresh id, required fields
/// filled in with the first party or table); `None` when the map lacks what the row needs.
pub fn new_row_edit(map: &Map, tab: Tab, lang: Lang) -> Option<Edit> {
    let first_party = map.parties.first().map(|p| p.id.clone());
    Some(match tab {
        Tab::Partijen => Edit::AddParty(Party::new(
            columns::fresh_id(map, txt::ID_PARTY.get_in(lang)),
            txt::NEW_PARTY.get_in(lang),
            PartyKind::Overig,
        )),
        Tab::Personen => Edit::AddPerson(Person {
            id: columns::fresh_id(map, txt::ID_PERSON.get_in(lang)),
            name: txt::NEW_PERSON.get_in(lang).to_string(),
            party: first_party?,
            function: String::new(),
            layer: None,
            network_roles: Set::empty(),
            hours_per_month: None,
            attributes: vec![],
        }),
        Tab::Tafels => Edit::AddTable(Table::new(
            columns::fresh_id(map, txt::ID_TABLE.get_in(lang)),
            txt::NEW_TABLE.get_in(lang).to_string(),
            Domain::Casus,
            Layer::Operationeel,
        )),
        Tab::Deelnames => Edit::AddMembership(Membership {
            table: map.tables.first()?.id.clone(),
            party: first_party?,
            person: None,
            role: crate::model::Role::Lid,
            attributes: vec![],
        }),
        Tab::Relaties => {
            let from = first_party?;
            let to = map.parties.get(1).map_or(from.clone(), |p| p.id.clone());
            Edit::AddRelation(Relation {
                from,
                to,
                kind: String::new(),
                domains: Set::empty(),
                layers: Set::empty(),
                quality: None,
                note: String::new(),
                attributes: vec![],
            })
        }
    })
}
