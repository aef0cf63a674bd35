//! Presentatie: the map as a sequence of full-screen slides for a board meeting.
//!
//! The sequence itself ([`Deck`], its slides and pages, what each page says) is data of the
//! core ([`crate::deck`]), shared with the PowerPoint writer; this module shows it. Every change
//! to it (reorder, hide, add, reset) is an ordinary `Edit::SetView` with undo.
//!
//! The slides are drawn for a projector: dark ink on white, type about twice the screen size,
//! thicker lines. The network slides reuse the canvas painter ([`super::canvas::paint_fitted`])
//! on a scene built with the slide's own filter, and the triangle slide reuses the Driehoek
//! view's drawing. Everything shown comes from the document's display data, so "names hidden"
//! holds here too.

use super::canvas::paint_fitted;
use super::core_bridge::{Severity, TriangleState};
use super::paint::color;
use super::{Command, Document, View};
pub use crate::deck::{
    DECK_KEY, Deck, DeckSource, FindingRef, Page, SavedView, Slide, SlideKind, TOP_FINDINGS,
};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::board2 as tb;
use crate::i18n::presentation as tx;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::layout::LayoutKind;
use crate::model::{Domain, Layer, Map, Set, Vocab};
use crate::scene::{self, Filter, Highlight, Scene, SceneInput};
use crate::style;
use egui::{Color32, Key, Modifiers, RichText, Stroke};

/// The lines on a slide and its speaker's notes.
type Words = (Vec<String>, Vec<String>);

/// Type and lines on slides, relative to the screen.
const TEXT_SCALE: f32 = 1.7;
const LINE_SCALE: f32 = 2.0;
/// Ink and paper of the slides: as dark and as white as they go, since projectors wash out
/// everything in between.
const INK: Color32 = super::paint::opaque(style::SLIDE_INK);
const PAPER: Color32 = super::paint::opaque(style::PAPER);

/// The name a view is saved under in a slide (`netwerk`, `driehoek`, …).
fn view_name(view: View) -> String {
    serde_json::to_value(view)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "netwerk".to_string())
}

/// The start view from the command line: one of the views, or the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartView {
    View(View),
    Presentation,
}

impl StartView {
    /// Parses a start view (Dutch names, English aliases); the error is in `lang`.
    pub fn parse_in(s: &str, lang: Lang) -> Result<Self, String> {
        match s.trim().to_lowercase().as_str() {
            "presentatie" | "presentation" => Ok(StartView::Presentation),
            other => other
                .parse::<View>()
                .map(StartView::View)
                .map_err(|_| tx::UNKNOWN_START_VIEW.fill_in(lang, &[("view", &s)])),
        }
    }
}

impl std::str::FromStr for StartView {
    type Err = String;

    /// [`StartView::parse_in`] with a Dutch error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StartView::parse_in(s, Lang::Nl)
    }
}

/// The presentation's state.
#[derive(Debug, Default)]
pub struct Presentation {
    /// Whether the presentation is showing (full screen).
    pub active: bool,
    /// Position among the visible slides.
    pub current: usize,
    /// Whether the slide editor is open.
    pub editor_open: bool,
    /// The layout the document had before the presentation, restored on leaving.
    restore_layout: Option<LayoutKind>,
    /// Whether full screen was last asked for.
    fullscreen: bool,
    /// The scene of the network slide on show, with what it was built from.
    cache: Option<(String, Scene)>,
    /// The title typed for a new slide in the editor.
    new_title: String,
    with_finding: bool,
    /// Type size factor of a text slide that did not fit, by slide; shrinks until it fits.
    shrink: Option<(String, f32)>,
    /// The actions slide's lines and notes, by the revision and language they were made for.
    actions: Option<(String, Words)>,
    /// The progress slide's lines and notes, by revision and language (a comparison with the
    /// snapshot is too much work for every frame).
    progress: Option<(String, Words)>,
    /// The notes of the other pages, by revision, names switch, language and page.
    notes: Option<(String, Vec<String>)>,
    /// Whether the speaker's notes show under the slide (N); off, since the projector shows
    /// the slide.
    pub notes_open: bool,
    /// The notes shown in the last frame (empty with the panel closed).
    pub shown_notes: Vec<String>,
    /// The title of the slide on show in the last frame (for tests and the window title).
    pub shown_title: String,
}

impl Presentation {
    /// Starts or ends the presentation. Starting remembers the layout (network slides use
    /// their own), ending puts it back.
    pub fn set_active(&mut self, on: bool, doc: &mut Document) {
        if on == self.active {
            return;
        }
        self.active = on;
        self.cache = None;
        if on {
            self.current = 0;
            self.restore_layout = Some(doc.layout());
        } else if let Some(k) = self.restore_layout.take() {
            doc.set_layout(k);
        }
    }

    /// Goes to a visible slide (clamped to the sequence).
    pub fn go_to(&mut self, i: usize) {
        self.current = i;
    }

    /// Once per frame, before the panels: F5 starts the presentation, and the window follows
    /// the presentation in and out of full screen. Returns a command to run.
    pub fn logic(&mut self, ctx: &egui::Context, has_document: bool) -> Option<Command> {
        if self.active != self.fullscreen {
            self.fullscreen = self.active;
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.active));
        }
        let f5 = !self.active
            && has_document
            && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5));
        f5.then_some(Command::Present(true))
    }

    /// Steps on key presses: Right, PageDown, Space forward; Left, PageUp back; Home, End;
    /// N shows or hides the speaker's notes; Escape leaves (or closes the editor first).
    fn keys(&mut self, ui: &egui::Ui, count: usize, cmds: &mut Vec<Command>) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let pressed = |k: Key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, k));
        let last = count.saturating_sub(1);
        if pressed(Key::ArrowRight) | pressed(Key::PageDown) | pressed(Key::Space) {
            self.current = (self.current + 1).min(last);
        }
        if pressed(Key::ArrowLeft) | pressed(Key::PageUp) {
            self.current = self.current.saturating_sub(1);
        }
        if pressed(Key::Home) {
            self.current = 0;
        }
        if pressed(Key::End) {
            self.current = last;
        }
        if pressed(Key::N) {
            self.notes_open = !self.notes_open;
        }
        if pressed(Key::Escape) {
            if self.editor_open {
                self.editor_open = false;
            } else {
                cmds.push(Command::Present(false));
            }
        }
    }

    /// The presentation: the slide on show, its number and the controls, over the whole window.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        view: View,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        let (deck, _) = Deck::of_map(doc.map());
        let pages = deck.pages(doc.display_analysis());
        self.keys(ui, pages.len(), cmds);
        self.current = self.current.min(pages.len().saturating_sub(1));
        let shown = shown_deck(doc, &deck);
        let frame = egui::Frame::NONE.fill(PAPER).inner_margin(egui::Margin {
            left: 48,
            right: 48,
            top: 28,
            bottom: 12,
        });
        egui::CentralPanel::no_frame().frame(frame).show(ui, |ui| {
            ui.visuals_mut().override_text_color = Some(INK);
            let controls_h = 44.0;
            let body = ui.available_rect_before_wrap();
            // The notes take the lower third when open; the slide keeps the rest.
            let notes_h = if self.notes_open {
                (body.height() * 0.32).clamp(120.0, 360.0)
            } else {
                0.0
            };
            let slide_rect = egui::Rect::from_min_max(
                body.min,
                egui::pos2(body.max.x, body.max.y - controls_h - notes_h),
            );
            let notes_rect = egui::Rect::from_min_max(
                egui::pos2(body.min.x, slide_rect.max.y),
                egui::pos2(body.max.x, slide_rect.max.y + notes_h),
            );
            let controls_rect =
                egui::Rect::from_min_max(egui::pos2(body.min.x, notes_rect.max.y), body.max);
            let mut slide_ui = ui.new_child(egui::UiBuilder::new().max_rect(slide_rect));
            slide_ui.set_clip_rect(slide_rect);
            match pages.get(self.current) {
                Some(page) => {
                    let title =
                        shown.page_title(page, doc.display_map(), doc.display_analysis(), lang);
                    self.slide_ui(&mut slide_ui, doc, (&deck, page), &title, lang);
                    self.shown_title = title;
                    if self.notes_open {
                        let mut notes_ui =
                            ui.new_child(egui::UiBuilder::new().max_rect(notes_rect));
                        notes_ui.set_clip_rect(notes_rect);
                        self.notes_ui(&mut notes_ui, doc, &deck, page, lang);
                    } else {
                        self.shown_notes.clear();
                    }
                }
                None => {
                    slide_ui.label(RichText::new(tx::NO_SLIDES.get_in(lang)).size(28.0));
                    self.shown_title.clear();
                    self.shown_notes.clear();
                }
            }
            let mut controls_ui = ui.new_child(egui::UiBuilder::new().max_rect(controls_rect));
            self.controls_ui(&mut controls_ui, doc, pages.len(), cmds, lang);
        });
        self.editor_ui(ui.ctx(), doc, view, cmds, lang);
    }

    /// Previous/next, the names switch, the editor, leave; and the slide number.
    fn controls_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        count: usize,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        ui.separator();
        ui.horizontal(|ui| {
            let soft = |t: &str| RichText::new(t).size(15.0).color(color(style::INK_SOFT));
            if ui
                .add_enabled(
                    self.current > 0,
                    egui::Button::new(soft(tx::PREVIOUS.get_in(lang))),
                )
                .clicked()
            {
                self.current = self.current.saturating_sub(1);
            }
            if ui
                .add_enabled(
                    self.current + 1 < count,
                    egui::Button::new(soft(tx::NEXT.get_in(lang))),
                )
                .clicked()
            {
                self.current += 1;
            }
            ui.separator();
            let mut anon = doc.anonymous();
            if ui
                .checkbox(&mut anon, soft(tx::HIDE_NAMES.get_in(lang)))
                .on_hover_text(tx::HIDE_NAMES_HINT.get_in(lang))
                .changed()
            {
                cmds.push(Command::SetAnonymous(anon));
            }
            if ui.button(soft(tx::EDIT_SLIDES.get_in(lang))).clicked() {
                self.editor_open = !self.editor_open;
            }
            ui.toggle_value(&mut self.notes_open, soft(tb::NOTES_BUTTON.get_in(lang)))
                .on_hover_text(tb::NOTES_HINT.get_in(lang));
            if ui.button(soft(tx::LEAVE.get_in(lang))).clicked() {
                cmds.push(Command::Present(false));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let n = if count == 0 { 0 } else { self.current + 1 };
                ui.label(
                    RichText::new(tx::SLIDE_NUMBER.fill_in(lang, &[("n", &n), ("total", &count)]))
                        .size(22.0)
                        .strong(),
                );
            });
        });
    }

    /// One page of a slide: its title, then its body.
    fn slide_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        (deck, page): (&Deck, &Page),
        title: &str,
        lang: Lang,
    ) {
        let slide = &deck.slides[page.slide];
        if let Some(k) = slide.layout()
            && doc.layout() != k
        {
            doc.set_layout(k);
        }
        if slide.kind == SlideKind::Titel {
            title_slide_ui(ui, doc, title, lang);
            return;
        }
        ui.label(RichText::new(title).size(40.0).strong().color(INK));
        ui.add_space(10.0);
        let key = format!(
            "{}|{:?}",
            serde_json::to_string(slide).unwrap_or_default(),
            page.werkgebieden
        );
        match &slide.kind {
            SlideKind::Titel => {}
            SlideKind::Acties => {
                let (lines, _) = self.action_text(doc, deck, page, lang);
                self.lines_ui(ui, &key, &lines, lang);
            }
            SlideKind::Voortgang => {
                let (lines, _) = self.progress_text(doc, deck, page, lang);
                self.lines_ui(ui, &key, &lines, lang);
            }
            // At regional size both are collapsed (tables per cell, parties per kind), as in the
            // PowerPoint file: a hundred party labels do not read on a projector.
            SlideKind::Netwerk => {
                let filter = Filter::for_map(doc.display_map());
                self.network_ui(ui, doc, &key, &filter, None, lang);
            }
            SlideKind::Domein { domein } => {
                domain_caption_ui(ui, doc, *domein, lang);
                let filter = crate::deck::domain_filter(doc.display_map(), *domein);
                self.network_ui(ui, doc, &key, &filter, None, lang);
            }
            SlideKind::Driehoeken => triangles_ui(ui, doc, None, lang),
            SlideKind::Werkgebieden => match page.werkgebieden.as_slice() {
                [one] => triangles_ui(ui, doc, Some(one), lang),
                many => werkgebieden_grid_ui(ui, doc, many, lang),
            },
            SlideKind::Bevindingen => self.findings_ui(ui, doc, &key, None, lang),
            SlideKind::Weergave(v) => {
                let finding = v
                    .finding
                    .as_ref()
                    .and_then(|f| f.find(&doc.display_analysis().findings));
                match v.view.parse::<View>().unwrap_or_default() {
                    // The overview's slide is its scorecard's picture: the triangles.
                    View::Driehoek | View::Overzicht => triangles_ui(ui, doc, None, lang),
                    View::Matrix => matrix_ui(ui, doc.display_map(), lang),
                    View::Bevindingen => self.findings_ui(ui, doc, &key, finding, lang),
                    // A data table makes no slide: a saved Gegevens view shows the network.
                    _ => self.network_ui(ui, doc, &key, &v.filter, finding, lang),
                }
            }
        }
    }

    /// The lines and notes of the progress slide. They name parties and municipalities only,
    /// so they come from the map itself (a names-hidden copy keeps no snapshots); a comparison
    /// with the snapshot is too much work for every frame, so they are kept per revision.
    fn progress_text(&mut self, doc: &Document, deck: &Deck, page: &Page, lang: Lang) -> Words {
        let key = format!("{}|{lang:?}", doc.revision());
        if let Some((k, words)) = &self.progress
            && *k == key
        {
            return words.clone();
        }
        let c = crate::deck::content(deck, page, doc.map(), doc.analysis(), lang);
        let words = (c.lines, c.notes);
        self.progress = Some((key, words.clone()));
        words
    }

    /// The lines and notes of the actions slide. The app's own analysis leaves the actions out
    /// (each is verified by a re-analysis, too slow for every edit), so they are computed here
    /// once per revision of the map, when the slide is shown.
    fn action_text(&mut self, doc: &Document, deck: &Deck, page: &Page, lang: Lang) -> Words {
        let key = format!("{}|{}|{lang:?}", doc.revision(), doc.anonymous());
        if let Some((k, words)) = &self.actions
            && *k == key
        {
            return words.clone();
        }
        let shown = doc.display_analysis();
        let full;
        let a = if shown.actions.is_empty() && shown.thresholds.max_actions > 0 {
            full = crate::analysis::analyse(doc.display_map(), &shown.thresholds);
            &full
        } else {
            shown
        };
        let c = crate::deck::content(deck, page, doc.display_map(), a, lang);
        let words = (c.lines, c.notes);
        self.actions = Some((key, words.clone()));
        words
    }

    /// The speaker's notes of a page: the full text behind its short lines (the same as the
    /// PowerPoint file's notes), kept per revision, names switch, language and page.
    pub fn notes_for(
        &mut self,
        doc: &Document,
        deck: &Deck,
        page: &Page,
        lang: Lang,
    ) -> Vec<String> {
        match deck.slides[page.slide].kind {
            SlideKind::Acties => return self.action_text(doc, deck, page, lang).1,
            SlideKind::Voortgang => return self.progress_text(doc, deck, page, lang).1,
            _ => {}
        }
        let key = format!(
            "{}|{}|{lang:?}|{}|{:?}",
            doc.revision(),
            doc.anonymous(),
            page.slide,
            page.werkgebieden
        );
        if let Some((k, notes)) = &self.notes
            && *k == key
        {
            return notes.clone();
        }
        let notes =
            crate::deck::content(deck, page, doc.display_map(), doc.display_analysis(), lang).notes;
        self.notes = Some((key, notes.clone()));
        notes
    }

    /// The notes panel under the slide: what the speaker says, in reading size, scrolling.
    fn notes_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        deck: &Deck,
        page: &Page,
        lang: Lang,
    ) {
        let notes = self.notes_for(doc, deck, page, lang);
        ui.separator();
        ui.label(
            RichText::new(tb::NOTES_HEADING.get_in(lang))
                .size(15.0)
                .strong()
                .color(color(style::INK_SOFT)),
        );
        egui::ScrollArea::vertical()
            .id_salt("presenter_notes")
            .auto_shrink(false)
            .show(ui, |ui| {
                if notes.is_empty() {
                    ui.label(
                        RichText::new(tb::NO_NOTES.get_in(lang))
                            .size(18.0)
                            .color(color(style::INK_SOFT)),
                    );
                }
                for n in &notes {
                    ui.add(egui::Label::new(RichText::new(n).size(18.0).color(INK)).wrap());
                }
            });
        self.shown_notes = notes;
    }

    /// Lines of text in large type, shrinking until they fit (the actions slide).
    fn lines_ui(&mut self, ui: &mut egui::Ui, key: &str, lines: &[String], _lang: Lang) {
        let scale = self.scale_for(key);
        let room = ui.available_height();
        let top = ui.cursor().top();
        for l in lines {
            ui.add(egui::Label::new(RichText::new(l).size(30.0 * scale).color(INK)).wrap());
            ui.add_space(16.0 * scale);
        }
        self.fit(ui, key, scale, ui.cursor().top() - top > room);
    }

    /// The type size factor of the text slide `key` (1 until it was found too long).
    fn scale_for(&self, key: &str) -> f32 {
        match &self.shrink {
            Some((k, s)) if k == key => *s,
            _ => 1.0,
        }
    }

    /// After drawing a text slide: shrink the type next frame when it overflowed.
    fn fit(&mut self, ui: &egui::Ui, key: &str, scale: f32, overflowed: bool) {
        if overflowed && scale > 0.45 {
            self.shrink = Some((key.to_string(), scale * 0.9));
            ui.ctx().request_repaint();
        } else if self.shrink.as_ref().is_none_or(|(k, _)| k != key) {
            self.shrink = Some((key.to_string(), scale));
        }
    }

    /// A network slide: the scene with the slide's filter, fitted, with large labels.
    fn network_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        key: &str,
        filter: &Filter,
        finding: Option<usize>,
        lang: Lang,
    ) {
        let rect = ui.available_rect_before_wrap();
        ui.allocate_rect(rect, egui::Sense::hover());
        if !doc.has_positions() {
            ui.put(
                rect,
                egui::Label::new(RichText::new(tx::LAYOUT_WAIT.get_in(lang)).size(28.0)),
            );
            return;
        }
        // Flush the document's own scene so its generation says whether anything changed.
        doc.scene();
        let key = format!(
            "{key}|{}|{:?}|{}|{}",
            doc.scene_generation(),
            doc.layout(),
            doc.anonymous(),
            doc.layout_progress().is_some()
        );
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let scene = slide_scene(doc, filter, finding);
            self.cache = Some((key, scene));
        }
        if let Some((_, scene)) = &self.cache {
            let whole_grid = filter.domains == Set::all();
            paint_fitted(
                &ui.painter_at(rect),
                rect,
                scene,
                (TEXT_SCALE, LINE_SCALE),
                whole_grid,
                lang,
            );
        }
    }

    /// The scene of the network slide on show (tests check its labels).
    pub fn scene(&self) -> Option<&Scene> {
        self.cache.as_ref().map(|(_, s)| s)
    }

    /// The most urgent groups of findings, each as its short sentence and its advice, in large
    /// type; the type shrinks until the list fits the slide. A saved view's finding's group
    /// comes first. (The PowerPoint file carries every finding in full in its notes.)
    fn findings_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        key: &str,
        first: Option<usize>,
        lang: Lang,
    ) {
        let a = doc.display_analysis();
        if a.findings.is_empty() {
            ui.label(RichText::new(tx::NO_FINDINGS.get_in(lang)).size(30.0));
            return;
        }
        let first_key = first.and_then(|i| a.findings.get(i)).map(|f| &f.key);
        let mut order: Vec<&crate::analysis::groups::Group> = a.groups.iter().collect();
        if let Some(k) = first_key {
            order.sort_by_key(|g| !g.findings.contains(k));
        }
        let rest = order.len().saturating_sub(TOP_FINDINGS);
        order.truncate(TOP_FINDINGS);
        let scale = self.scale_for(key);
        let room = ui.available_height();
        let top = ui.cursor().top();
        for g in &order {
            group_block_ui(ui, g, scale, lang);
            ui.add_space(14.0 * scale);
        }
        if rest > 0 {
            ui.label(
                RichText::new(crate::i18n::reliability::counted(
                    rest,
                    crate::i18n::deck::MORE_GROUPS,
                    lang,
                ))
                .size(20.0 * scale)
                .color(color(style::INK_SOFT)),
            );
        }
        self.fit(ui, key, scale, ui.cursor().top() - top > room);
    }

    /// The slide editor: show/hide, reorder, remove saved views, add the current view, reset.
    /// Every change is one undoable edit of the map.
    pub fn editor_ui(
        &mut self,
        ctx: &egui::Context,
        doc: &Document,
        view: View,
        cmds: &mut Vec<Command>,
        lang: Lang,
    ) {
        if !self.editor_open {
            return;
        }
        let mut open = true;
        let (deck, source) = Deck::of_map(doc.map());
        let shown = shown_deck(doc, &deck);
        egui::Window::new(tx::EDIT_SLIDES.get_in(lang))
            .id(egui::Id::unique("slide_editor"))
            .open(&mut open)
            .default_width(520.0)
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(egui::pos2(ctx.content_rect().center().x, 80.0))
            .show(ctx, |ui| {
                ui.visuals_mut().override_text_color = None;
                ui.label(tx::EDITOR_INTRO.get_in(lang));
                match source {
                    DeckSource::Unreadable => {
                        ui.colored_label(color(style::MISSING), tx::BAD_SAVED.get_in(lang));
                    }
                    DeckSource::Repaired(n) => {
                        ui.colored_label(
                            color(style::MISSING),
                            tx::DROPPED.fill_in(lang, &[("n", &n)]),
                        );
                    }
                    _ => {}
                }
                ui.separator();
                let mut next: Option<Deck> = None;
                let n = deck.slides.len();
                egui::Grid::new("slides").striped(true).show(ui, |ui| {
                    for (i, (slide, s)) in deck.slides.iter().zip(&shown.slides).enumerate() {
                        let mut on = !slide.hidden;
                        if ui.checkbox(&mut on, tx::SHOW.get_in(lang)).changed() {
                            next = Some(deck.toggled(i));
                        }
                        ui.label(format!("{}. {}", i + 1, s.title(doc.display_map(), lang)));
                        if ui
                            .add_enabled(i > 0, egui::Button::new(tx::UP.get_in(lang)))
                            .clicked()
                        {
                            next = Some(deck.moved(i, true));
                        }
                        if ui
                            .add_enabled(i + 1 < n, egui::Button::new(tx::DOWN.get_in(lang)))
                            .clicked()
                        {
                            next = Some(deck.moved(i, false));
                        }
                        if matches!(slide.kind, SlideKind::Weergave(_)) {
                            if ui.button(tx::REMOVE.get_in(lang)).clicked() {
                                next = Some(deck.removed(i));
                            }
                        } else {
                            ui.label("");
                        }
                        ui.end_row();
                    }
                });
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label(tx::NEW_TITLE.get_in(lang));
                    ui.text_edit_singleline(&mut self.new_title)
                        .labelled_by(label.id);
                });
                let finding = doc.selected_finding();
                ui.add_enabled(
                    finding.is_some(),
                    egui::Checkbox::new(&mut self.with_finding, tx::WITH_FINDING.get_in(lang)),
                );
                if ui
                    .button(tx::ADD_VIEW.get_in(lang))
                    .on_hover_text(tx::ADD_VIEW_HINT.get_in(lang))
                    .clicked()
                {
                    let saved = SavedView {
                        title: self.new_title.trim().to_string(),
                        view: view_name(view),
                        layout: doc.layout(),
                        filter: doc.filter.clone(),
                        finding: finding
                            .filter(|_| self.with_finding)
                            .and_then(|i| doc.analysis().findings.get(i))
                            .map(FindingRef::of),
                    };
                    next = Some(deck.with(Slide::new(SlideKind::Weergave(saved))));
                    self.new_title.clear();
                }
                ui.separator();
                ui.horizontal(|ui| {
                    let saved = doc.map().arrangement.views.contains_key(DECK_KEY);
                    if ui
                        .add_enabled(saved, egui::Button::new(tx::RESET.get_in(lang)))
                        .clicked()
                    {
                        cmds.push(Command::Edit(Edit::SetView {
                            key: DECK_KEY.to_string(),
                            value: None,
                        }));
                    }
                    if ui.button(tx::CLOSE.get_in(lang)).clicked() {
                        self.editor_open = false;
                    }
                });
                if let Some(d) = next {
                    cmds.push(Command::Edit(d.edit()));
                }
            });
        if !open {
            self.editor_open = false;
        }
    }
}

/// The deck as shown: with names hidden, the titles of saved views come from the display map
/// (where any name in them is scrubbed); slides are in the same places in both.
fn shown_deck(doc: &Document, deck: &Deck) -> Deck {
    if !doc.anonymous() {
        return deck.clone();
    }
    let (shown, _) = Deck::of_map(doc.display_map());
    if shown.slides.len() == deck.slides.len() {
        shown
    } else {
        // Cannot happen (scrubbing keeps the structure); never show the real titles.
        Deck {
            slides: deck
                .slides
                .iter()
                .map(|s| match &s.kind {
                    SlideKind::Weergave(v) => Slide {
                        kind: SlideKind::Weergave(SavedView {
                            title: String::new(),
                            ..v.clone()
                        }),
                        hidden: s.hidden,
                    },
                    _ => s.clone(),
                })
                .collect(),
        }
    }
}

/// The scene of a network slide: the slide's filter, the findings' marks, the finding's
/// emphasis; edges darkened for the projector.
fn slide_scene(doc: &Document, filter: &Filter, finding: Option<usize>) -> Scene {
    let findings = &doc.display_analysis().findings;
    let highlight = Highlight::from_findings(findings, finding, None, 60);
    let mut s = scene::build(SceneInput {
        map: doc.display_map(),
        graph: doc.graph(),
        positions: doc.positions(),
        lanes: doc.lanes().filter(|_| doc.layout() == LayoutKind::Lagen),
        filter,
        highlight: &highlight,
        lang: doc.lang(),
    });
    for e in &mut s.edges {
        e.color = e.color.mix(style::INK, 0.35);
    }
    s
}

/// The title slide: the map's title, the date and the summary figures.
fn title_slide_ui(ui: &mut egui::Ui, doc: &Document, title: &str, lang: Lang) {
    let map = doc.display_map();
    let a = doc.display_analysis();
    ui.add_space(ui.available_height() * 0.16);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(title).size(64.0).strong().color(INK));
        ui.add_space(10.0);
        ui.label(
            RichText::new(tx::SUBTITLE.get_in(lang))
                .size(30.0)
                .color(INK),
        );
        ui.add_space(6.0);
        ui.label(
            RichText::new(crate::export::report::today_text(lang))
                .size(24.0)
                .color(color(style::INK_SOFT)),
        );
    });
    ui.add_space(40.0);
    // Honest: a domain counts only when it is closed in every werkgebied.
    let closed = crate::deck::closed_everywhere(a);
    let high = a
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Hoog)
        .count();
    let figures = [
        (map.parties.len().to_string(), tx::FIG_PARTIES, None),
        (map.persons.len().to_string(), tx::FIG_PERSONS, None),
        (map.tables.len().to_string(), tx::FIG_TABLES, None),
        (
            format!("{closed} / {}", Domain::ALL.len()),
            tx::FIG_TRIANGLES,
            (closed < Domain::ALL.len()).then_some(style::MISSING),
        ),
        (
            high.to_string(),
            tx::FIG_HIGH,
            (high > 0).then_some(style::MISSING),
        ),
    ];
    let gap = 20.0;
    let w = ((ui.available_width() - gap * 4.0) / 5.0).max(120.0);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (value, label, accent) in figures {
            egui::Frame::new()
                .stroke(Stroke::new(2.0, INK))
                .corner_radius(10.0)
                .inner_margin(16.0)
                .show(ui, |ui| {
                    ui.set_width(w - 36.0);
                    ui.vertical_centered(|ui| {
                        let ink = accent.map_or(INK, color);
                        ui.label(RichText::new(value).size(64.0).strong().color(ink));
                        ui.label(RichText::new(label.get_in(lang)).size(24.0).color(INK));
                    });
                });
        }
    });
    // Where the triangle is not closed, in words per domain.
    ui.add_space(28.0);
    for line in crate::deck::triangle_summary(a, lang) {
        ui.add(egui::Label::new(RichText::new(line).size(24.0).color(INK)).wrap());
    }
}

/// Under a domain slide's title: the state of that domain's triangle and what closes it.
fn domain_caption_ui(ui: &mut egui::Ui, doc: &Document, d: Domain, lang: Lang) {
    let map = doc.display_map();
    let Some(t) = doc
        .display_analysis()
        .triangles
        .iter()
        .find(|t| t.domain == d && t.werkgebied.is_none())
    else {
        return;
    };
    let (state, col) = state_text(t.state);
    ui.label(
        RichText::new(tx::DOMAIN_TRIANGLE.fill_in(lang, &[("state", &state.get_in(lang))]))
            .size(26.0)
            .strong()
            .color(color(col)),
    );
    {
        let closing = if t.closing_tables.is_empty() {
            tx::NOT_CLOSED.get_in(lang).to_string()
        } else {
            let names: Vec<&str> = t
                .closing_tables
                .iter()
                .take(3)
                .map(|id| map.name_of(id))
                .collect();
            let more = if t.closing_tables.len() > 3 {
                ", …"
            } else {
                ""
            };
            tx::CLOSED_BY.fill_in(lang, &[("list", &format!("{}{more}", names.join(", ")))])
        };
        ui.add(egui::Label::new(RichText::new(closing).size(22.0).color(INK)).wrap());
    }
    ui.add_space(6.0);
}

fn state_text(s: TriangleState) -> (crate::i18n::Text, style::Rgba) {
    match s {
        TriangleState::Gesloten => (txt::TRIANGLE_STATE_GESLOTEN, style::LEG_PRESENT),
        TriangleState::Verbonden => (txt::TRIANGLE_STATE_VERBONDEN, style::LEG_PRESENT),
        TriangleState::Open => (txt::TRIANGLE_STATE_OPEN, style::LEG_MISSING),
        TriangleState::Afwezig => (txt::TRIANGLE_STATE_AFWEZIG, style::LEG_MISSING),
    }
}

/// The triangle of each domain for the whole region (`scope` none) or one werkgebied, side by
/// side, large.
fn triangles_ui(ui: &mut egui::Ui, doc: &Document, scope: Option<&str>, lang: Lang) {
    let map = doc.display_map();
    let tris: Vec<_> = Domain::ALL
        .iter()
        .filter_map(|&d| {
            doc.display_analysis()
                .triangles
                .iter()
                .find(|t| t.domain == d && t.werkgebied.as_deref() == scope)
        })
        .collect();
    if tris.is_empty() {
        return;
    }
    let gap = 28.0;
    let w = (ui.available_width() - gap * (tris.len() as f32 - 1.0)) / tris.len() as f32;
    let h = (ui.available_height() - 190.0).clamp(200.0, w * 0.95);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for t in tris {
            ui.vertical(|ui| {
                ui.set_width(w);
                ui.vertical_centered(|ui| {
                    ui.label(
                        RichText::new(t.domain.label_in(lang))
                            .size(34.0)
                            .strong()
                            .color(INK),
                    );
                });
                let (rect, _) = ui.allocate_exact_size(egui::vec2(w, h), egui::Sense::hover());
                let scale = (h / 220.0).clamp(1.0, 2.2);
                super::panels::driehoek::paint_triangle(&ui.painter_at(rect), rect, t, scale, lang);
                let (state, col) = state_text(t.state);
                ui.vertical_centered(|ui| {
                    ui.label(
                        RichText::new(state.get_in(lang))
                            .size(28.0)
                            .strong()
                            .color(color(col)),
                    );
                    let names: Vec<&str> = t
                        .closing_tables
                        .iter()
                        .take(2)
                        .map(|id| map.name_of(id))
                        .collect();
                    if !names.is_empty() {
                        let more = t.closing_tables.len().saturating_sub(2);
                        let mut line = names.join(", ");
                        if more > 0 {
                            line.push_str(&format!(" +{more}"));
                        }
                        ui.add(egui::Label::new(RichText::new(line).size(22.0).color(INK)).wrap());
                    }
                });
            });
        }
    });
}

/// One group of findings on the findings slide: a severity bar, its sentence, its advice.
fn group_block_ui(ui: &mut egui::Ui, g: &crate::analysis::groups::Group, scale: f32, lang: Lang) {
    let level = match g.severity {
        Severity::Hoog => style::SeverityLevel::Hoog,
        Severity::Middel => style::SeverityLevel::Middel,
        Severity::Laag => style::SeverityLevel::Laag,
    };
    let bar = color(style::severity_color(level));
    ui.horizontal_top(|ui| {
        let h = 58.0 * scale;
        let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, h), egui::Sense::hover());
        ui.painter().rect_filled(r, 2.0, bar);
        ui.add_space(8.0);
        ui.vertical(|ui| {
            // Short sentences on the slide; the notes (N) hold the full text.
            let short = |m: &crate::i18n::Msg| {
                crate::deck::short_sentence(&m.render(lang), crate::deck::SHORT_CHARS)
            };
            ui.add(
                egui::Label::new(
                    RichText::new(short(&g.message))
                        .size(27.0 * scale)
                        .color(INK),
                )
                .wrap(),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(tx::ADVICE.fill_in(lang, &[("advice", &short(&g.advice))]))
                        .size(22.0 * scale)
                        .color(INK),
                )
                .wrap(),
            );
        });
    });
}

/// Several werkgebieden on one slide: a row each, the state of its triangle per domain as a
/// coloured word (the PowerPoint file shows the triangles themselves).
fn werkgebieden_grid_ui(ui: &mut egui::Ui, doc: &Document, wgs: &[String], lang: Lang) {
    let a = doc.display_analysis();
    egui::Grid::new("slide_werkgebieden")
        .spacing(egui::vec2(40.0, 18.0))
        .show(ui, |ui| {
            ui.label("");
            for &d in Domain::ALL {
                ui.label(
                    RichText::new(d.label_in(lang))
                        .size(28.0)
                        .strong()
                        .color(INK),
                );
            }
            ui.end_row();
            for w in wgs {
                ui.label(
                    RichText::new(crate::deck::name(a, w))
                        .size(26.0)
                        .strong()
                        .color(INK),
                );
                for &d in Domain::ALL {
                    match a
                        .triangles
                        .iter()
                        .find(|t| t.domain == d && t.werkgebied.as_deref() == Some(w))
                    {
                        Some(t) => {
                            let (_, col) = state_text(t.state);
                            ui.label(
                                RichText::new(t.state.label_in(lang))
                                    .size(26.0)
                                    .strong()
                                    .color(color(col)),
                            );
                        }
                        None => {
                            ui.label("");
                        }
                    }
                }
                ui.end_row();
            }
        });
}

/// The werkmodel grid (domains × layers) with the tables of each cell, in large type.
fn matrix_ui(ui: &mut egui::Ui, map: &Map, lang: Lang) {
    let w = (ui.available_width() - 200.0) / 3.0 - 24.0;
    egui::Grid::new("slide_matrix")
        .spacing(egui::vec2(16.0, 16.0))
        .show(ui, |ui| {
            ui.label("");
            for &d in Domain::ALL {
                ui.label(
                    RichText::new(d.label_in(lang))
                        .size(28.0)
                        .strong()
                        .color(INK),
                );
            }
            ui.end_row();
            for &l in Layer::ALL {
                ui.label(
                    RichText::new(l.label_in(lang))
                        .size(28.0)
                        .strong()
                        .color(INK),
                );
                for &d in Domain::ALL {
                    let names: Vec<&str> = map
                        .tables
                        .iter()
                        .filter(|t| t.domains.contains(d) && t.layers.contains(l))
                        .map(|t| t.name.as_str())
                        .collect();
                    let empty = names.is_empty();
                    egui::Frame::new()
                        .stroke(Stroke::new(
                            2.0,
                            if empty { color(style::MISSING) } else { INK },
                        ))
                        .corner_radius(6.0)
                        .inner_margin(10.0)
                        .show(ui, |ui| {
                            ui.set_width(w);
                            if empty {
                                ui.label(
                                    RichText::new(tx::EMPTY_CELL.get_in(lang))
                                        .size(22.0)
                                        .strong()
                                        .color(color(style::MISSING)),
                                );
                            } else {
                                ui.add(
                                    egui::Label::new(
                                        RichText::new(names.join(" · ")).size(20.0).color(INK),
                                    )
                                    .wrap(),
                                );
                            }
                        });
                }
                ui.end_row();
            }
        });
}

/// The presentation's buttons in the top bar: present, edit slides, hide names.
pub fn top_bar_ui(doc: &Document, ui: &mut egui::Ui, cmds: &mut Vec<Command>, lang: Lang) {
    if ui.button(tx::PRESENT.get_in(lang)).clicked() {
        cmds.push(Command::Present(true));
    }
    if ui.button(tx::EDIT_SLIDES.get_in(lang)).clicked() {
        cmds.push(Command::EditSlides(true));
    }
    let mut anon = doc.anonymous();
    if ui
        .checkbox(&mut anon, tx::HIDE_NAMES.get_in(lang))
        .on_hover_text(tx::HIDE_NAMES_HINT.get_in(lang))
        .changed()
    {
        cmds.push(Command::SetAnonymous(anon));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_view_stores_the_views_own_name() {
        for v in View::ALL {
            assert_eq!(view_name(v).parse::<View>().ok(), Some(v));
        }
    }

    #[test]
    fn start_view_parses_views_and_the_presentation() {
        assert_eq!(
            "presentatie".parse::<StartView>(),
            Ok(StartView::Presentation)
        );
        assert_eq!(
            "Driehoek".parse::<StartView>(),
            Ok(StartView::View(View::Driehoek))
        );
        assert!("dia".parse::<StartView>().is_err());
    }
}
