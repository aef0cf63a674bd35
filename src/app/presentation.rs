//! Presentatie: the map as a sequence of full-screen slides for a board meeting.
//!
//! The sequence ([`Deck`]) is stored in the map's arrangement under [`DECK_KEY`], so it is saved
//! with the project and every change to it (reorder, hide, add, reset) is an ordinary
//! `Edit::SetView` with undo. When the map has no saved sequence, the default one is generated.
//! Generated slides are stored by *kind* (title, network, triangles, findings, one domain), not
//! by content, so they follow the map as it changes; only a slide made from a saved view keeps
//! what it was made of (view, layout, filters, the finding it shows).
//!
//! Reading a saved sequence never fails: slides that cannot be read are left out, and a value
//! that is not a sequence at all gives the default one (the editor says so).
//!
//! The slides are drawn for a projector: dark ink on white, type about twice the screen size,
//! thicker lines. The network slides reuse the canvas painter ([`super::canvas::paint_fitted`])
//! on a scene built with the slide's own filter, and the triangle slide reuses the Driehoek
//! view's drawing. Everything shown comes from the document's display data, so "names hidden"
//! holds here too.

use super::canvas::paint_fitted;
use super::core_bridge::{self, Severity, TriangleState};
use super::paint::color;
use super::{Command, Document, View};
use crate::analysis::Finding;
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::presentation as tx;
use crate::i18n::ui as txt;
use crate::i18n::vocab::Label as _;
use crate::layout::LayoutKind;
use crate::model::{Domain, Layer, Map, Set, Vocab};
use crate::scene::{self, Filter, Highlight, Scene, SceneInput};
use crate::style;
use egui::{Color32, Key, Modifiers, RichText, Stroke};
use serde::{Deserialize, Serialize};

/// The key of the slide sequence in `Map::arrangement.views`.
pub const DECK_KEY: &str = "presentatie";

/// How many findings the findings slide shows.
pub const TOP_FINDINGS: usize = 5;

/// Type and lines on slides, relative to the screen.
const TEXT_SCALE: f32 = 1.7;
const LINE_SCALE: f32 = 2.0;
/// Ink and paper of the slides: as dark and as white as they go, since projectors wash out
/// everything in between.
const INK: Color32 = super::paint::opaque(style::SLIDE_INK);
const PAPER: Color32 = super::paint::opaque(style::PAPER);

/// What a slide shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "lowercase")]
pub enum SlideKind {
    /// Map title, date and summary figures.
    Titel,
    /// The whole network in domains and layers.
    Netwerk,
    /// The triangle per domain (whole region).
    Driehoeken,
    /// The most urgent findings with their advice.
    Bevindingen,
    /// The network of one domain.
    Domein { domein: Domain },
    /// A view the user saved.
    Weergave(SavedView),
}

/// A view as the user saved it: which view, layout and filters, and optionally a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    #[serde(rename = "titel")]
    pub title: String,
    #[serde(rename = "weergave")]
    pub view: View,
    #[serde(rename = "indeling")]
    pub layout: LayoutKind,
    pub filter: Filter,
    /// The finding shown, by kind and subjects (indices change with every edit).
    #[serde(rename = "bevinding")]
    pub finding: Option<FindingRef>,
}

impl Default for SavedView {
    fn default() -> Self {
        SavedView {
            title: String::new(),
            view: View::Netwerk,
            layout: LayoutKind::Lagen,
            filter: Filter::default(),
            finding: None,
        }
    }
}

/// A finding by what it is about, which survives edits that renumber the findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingRef {
    #[serde(rename = "soort")]
    pub kind: String,
    #[serde(rename = "onderwerpen")]
    pub subjects: Vec<String>,
}

impl FindingRef {
    pub fn of(f: &Finding) -> Self {
        FindingRef {
            kind: core_bridge::kind_key(f.kind).to_string(),
            subjects: f.subjects.clone(),
        }
    }

    /// The index of the finding this refers to, if it is still there.
    pub fn find(&self, findings: &[Finding]) -> Option<usize> {
        findings
            .iter()
            .position(|f| core_bridge::kind_key(f.kind) == self.kind && f.subjects == self.subjects)
    }
}

/// One slide of the sequence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slide {
    #[serde(flatten)]
    pub kind: SlideKind,
    #[serde(
        rename = "verborgen",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub hidden: bool,
}

impl Slide {
    pub fn new(kind: SlideKind) -> Self {
        Slide {
            kind,
            hidden: false,
        }
    }

    /// The title shown on the slide and in the editor.
    pub fn title(&self, map: &Map, lang: Lang) -> String {
        match &self.kind {
            SlideKind::Titel if !map.title.trim().is_empty() => map.title.clone(),
            SlideKind::Titel => tx::SLIDE_UNKNOWN_TITLE.get_in(lang).to_string(),
            SlideKind::Netwerk => tx::SLIDE_NETWORK.get_in(lang).to_string(),
            SlideKind::Driehoeken => tx::SLIDE_TRIANGLES.get_in(lang).to_string(),
            SlideKind::Bevindingen => tx::SLIDE_FINDINGS.get_in(lang).to_string(),
            SlideKind::Domein { domein } => {
                tx::SLIDE_DOMAIN.fill_in(lang, &[("domain", &domein.label_in(lang))])
            }
            SlideKind::Weergave(v) if !v.title.trim().is_empty() => v.title.clone(),
            SlideKind::Weergave(_) => tx::SLIDE_SAVED.get_in(lang).to_string(),
        }
    }

    /// The layout a network slide is drawn in (`None` for slides without a network).
    fn layout(&self) -> Option<LayoutKind> {
        match &self.kind {
            SlideKind::Netwerk | SlideKind::Domein { .. } => Some(LayoutKind::Lagen),
            SlideKind::Weergave(v) if v.view == View::Netwerk => Some(v.layout),
            _ => None,
        }
    }
}

/// Where a deck came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckSource {
    /// No sequence saved: the default one.
    Generated,
    /// Read from the map, every slide understood.
    Saved,
    /// Read from the map, with this many slides left out that could not be read.
    Repaired(usize),
    /// Something was saved but it is not a sequence: the default one.
    Unreadable,
}

/// The slide sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub slides: Vec<Slide>,
}

impl Default for Deck {
    /// Title, the network, the triangles, the top findings, then one slide per domain.
    fn default() -> Self {
        let mut slides = vec![
            Slide::new(SlideKind::Titel),
            Slide::new(SlideKind::Netwerk),
            Slide::new(SlideKind::Driehoeken),
            Slide::new(SlideKind::Bevindingen),
        ];
        slides.extend(
            Domain::ALL
                .iter()
                .map(|&domein| Slide::new(SlideKind::Domein { domein })),
        );
        Deck { slides }
    }
}

impl Deck {
    /// The deck saved in `map`, or the default one; never fails.
    pub fn of_map(map: &Map) -> (Deck, DeckSource) {
        match map.arrangement.views.get(DECK_KEY) {
            None => (Deck::default(), DeckSource::Generated),
            Some(v) => Deck::from_value(v),
        }
    }

    /// Reads a saved value: `{"versie": 1, "dias": [...]}` (or a bare list). Slides that cannot
    /// be read (a kind from a newer version, a damaged value) are left out; a value with no
    /// readable slide at all gives the default deck.
    pub fn from_value(v: &serde_json::Value) -> (Deck, DeckSource) {
        let items = match v {
            serde_json::Value::Array(items) => Some(items),
            serde_json::Value::Object(o) => o.get("dias").and_then(|d| d.as_array()),
            _ => None,
        };
        let Some(items) = items else {
            return (Deck::default(), DeckSource::Unreadable);
        };
        let slides: Vec<Slide> = items
            .iter()
            .filter_map(|s| serde_json::from_value(s.clone()).ok())
            .collect();
        let dropped = items.len() - slides.len();
        if slides.is_empty() && dropped > 0 {
            return (Deck::default(), DeckSource::Unreadable);
        }
        let source = if dropped == 0 {
            DeckSource::Saved
        } else {
            DeckSource::Repaired(dropped)
        };
        (Deck { slides }, source)
    }

    /// The value stored in the map.
    pub fn to_value(&self) -> serde_json::Value {
        let slides: Vec<serde_json::Value> = self
            .slides
            .iter()
            .filter_map(|s| serde_json::to_value(s).ok())
            .collect();
        serde_json::json!({ "versie": 1, "dias": slides })
    }

    /// The edit that stores this deck (undoable like any edit).
    pub fn edit(&self) -> Edit {
        Edit::SetView {
            key: DECK_KEY.to_string(),
            value: Some(self.to_value()),
        }
    }

    /// Indices of the slides that are shown, in order.
    pub fn visible(&self) -> Vec<usize> {
        (0..self.slides.len())
            .filter(|&i| !self.slides[i].hidden)
            .collect()
    }

    /// The deck with slide `i` moved one place up (`up`) or down; unchanged at the ends.
    pub fn moved(&self, i: usize, up: bool) -> Deck {
        let mut out = self.clone();
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|&j| j < out.slides.len() && i < out.slides.len()) {
            out.slides.swap(i, j);
        }
        out
    }

    /// The deck with slide `i` hidden or shown.
    pub fn toggled(&self, i: usize) -> Deck {
        let mut out = self.clone();
        if let Some(s) = out.slides.get_mut(i) {
            s.hidden = !s.hidden;
        }
        out
    }

    /// The deck without slide `i`.
    pub fn removed(&self, i: usize) -> Deck {
        let mut out = self.clone();
        if i < out.slides.len() {
            out.slides.remove(i);
        }
        out
    }

    /// The deck with `slide` added at the end.
    pub fn with(&self, slide: Slide) -> Deck {
        let mut out = self.clone();
        out.slides.push(slide);
        out
    }
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
    /// Escape leaves (or closes the editor first).
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
        let visible = deck.visible();
        self.keys(ui, visible.len(), cmds);
        self.current = self.current.min(visible.len().saturating_sub(1));
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
            let slide_rect =
                egui::Rect::from_min_max(body.min, egui::pos2(body.max.x, body.max.y - controls_h));
            let controls_rect =
                egui::Rect::from_min_max(egui::pos2(body.min.x, slide_rect.max.y), body.max);
            let mut slide_ui = ui.new_child(egui::UiBuilder::new().max_rect(slide_rect));
            slide_ui.set_clip_rect(slide_rect);
            match visible
                .get(self.current)
                .map(|&i| (&deck.slides[i], &shown.slides[i]))
            {
                Some((slide, shown_slide)) => {
                    let title = shown_slide.title(doc.display_map(), lang);
                    self.slide_ui(&mut slide_ui, doc, slide, &title, lang);
                    self.shown_title = title;
                }
                None => {
                    slide_ui.label(RichText::new(tx::NO_SLIDES.get_in(lang)).size(28.0));
                    self.shown_title.clear();
                }
            }
            let mut controls_ui = ui.new_child(egui::UiBuilder::new().max_rect(controls_rect));
            self.controls_ui(&mut controls_ui, doc, visible.len(), cmds, lang);
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

    /// One slide: its title, then its body.
    fn slide_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &mut Document,
        slide: &Slide,
        title: &str,
        lang: Lang,
    ) {
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
        let key = serde_json::to_string(slide).unwrap_or_default();
        match &slide.kind {
            SlideKind::Titel => {}
            SlideKind::Netwerk => self.network_ui(ui, doc, &key, &Filter::default(), None, lang),
            SlideKind::Domein { domein } => {
                domain_caption_ui(ui, doc, *domein, lang);
                let filter = Filter {
                    domains: Set::one(*domein),
                    ..Filter::default()
                };
                self.network_ui(ui, doc, &key, &filter, None, lang);
            }
            SlideKind::Driehoeken => triangles_ui(ui, doc, lang),
            SlideKind::Bevindingen => self.findings_ui(ui, doc, &key, None, lang),
            SlideKind::Weergave(v) => {
                let finding = v
                    .finding
                    .as_ref()
                    .and_then(|f| f.find(&doc.display_analysis().findings));
                match v.view {
                    // A data table makes no slide: a saved Gegevens view shows the network.
                    View::Netwerk | View::Gegevens => {
                        self.network_ui(ui, doc, &key, &v.filter, finding, lang)
                    }
                    // The overview's slide is its scorecard's picture: the triangles.
                    View::Driehoek | View::Overzicht => triangles_ui(ui, doc, lang),
                    View::Matrix => matrix_ui(ui, doc.display_map(), lang),
                    View::Bevindingen => self.findings_ui(ui, doc, &key, finding, lang),
                }
            }
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

    /// The most urgent findings with their advice, in large type; the type shrinks until the
    /// list fits the slide. A saved view's finding comes first.
    fn findings_ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        key: &str,
        first: Option<usize>,
        lang: Lang,
    ) {
        let findings = &doc.display_analysis().findings;
        if findings.is_empty() {
            ui.label(RichText::new(tx::NO_FINDINGS.get_in(lang)).size(30.0));
            return;
        }
        let mut order: Vec<usize> = first.into_iter().collect();
        order.extend((0..findings.len()).filter(|&i| Some(i) != first));
        order.truncate(TOP_FINDINGS);
        let scale = match &self.shrink {
            Some((k, s)) if k == key => *s,
            _ => 1.0,
        };
        let room = ui.available_height();
        let top = ui.cursor().top();
        for &i in &order {
            finding_block_ui(ui, &findings[i], scale, lang);
            ui.add_space(14.0 * scale);
        }
        let rest = findings.len() - order.len();
        if rest > 0 {
            ui.label(
                RichText::new(tx::MORE_FINDINGS.fill_in(lang, &[("n", &rest)]))
                    .size(20.0 * scale)
                    .color(color(style::INK_SOFT)),
            );
        }
        let used = ui.cursor().top() - top;
        if used > room && scale > 0.45 {
            self.shrink = Some((key.to_string(), scale * 0.9));
            ui.ctx().request_repaint();
        } else if self.shrink.as_ref().is_none_or(|(k, _)| k != key) {
            self.shrink = Some((key.to_string(), scale));
        }
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
                        view,
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
    ui.add_space(50.0);
    let closed = a
        .triangles
        .iter()
        .filter(|t| t.werkgebied.is_none() && t.state == TriangleState::Gesloten)
        .count();
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

/// The triangle of each domain for the whole region, side by side, large.
fn triangles_ui(ui: &mut egui::Ui, doc: &Document, lang: Lang) {
    let map = doc.display_map();
    let tris: Vec<_> = Domain::ALL
        .iter()
        .filter_map(|&d| {
            doc.display_analysis()
                .triangles
                .iter()
                .find(|t| t.domain == d && t.werkgebied.is_none())
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

/// One finding on the findings slide: a severity bar, the message, the advice.
fn finding_block_ui(ui: &mut egui::Ui, f: &Finding, scale: f32, lang: Lang) {
    let bar = color(style::severity_color(core_bridge::severity_level(f)));
    ui.horizontal_top(|ui| {
        let h = 58.0 * scale;
        let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, h), egui::Sense::hover());
        ui.painter().rect_filled(r, 2.0, bar);
        ui.add_space(8.0);
        ui.vertical(|ui| {
            ui.add(
                egui::Label::new(RichText::new(f.message(lang)).size(27.0 * scale).color(INK))
                    .wrap(),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(tx::ADVICE.fill_in(lang, &[("advice", &f.advice(lang))]))
                        .size(22.0 * scale)
                        .color(INK),
                )
                .wrap(),
            );
        });
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
    fn the_default_deck_has_title_network_triangles_findings_and_each_domain() {
        let d = Deck::default();
        assert_eq!(d.slides.len(), 4 + Domain::ALL.len());
        assert_eq!(d.visible().len(), d.slides.len());
        assert_eq!(d.slides[0].kind, SlideKind::Titel);
        assert_eq!(
            d.slides[4].kind,
            SlideKind::Domein {
                domein: Domain::ALL[0]
            }
        );
    }

    #[test]
    fn a_deck_survives_the_round_trip_through_the_map() {
        let saved = SavedView {
            title: "Casus Gouda".into(),
            view: View::Netwerk,
            layout: LayoutKind::Vrij,
            filter: Filter {
                persons: true,
                ..Filter::default()
            },
            finding: Some(FindingRef {
                kind: "missing_link".into(),
                subjects: vec!["a".into(), "b".into()],
            }),
        };
        let d = Deck::default()
            .toggled(2)
            .moved(3, true)
            .with(Slide::new(SlideKind::Weergave(saved)));
        let (back, source) = Deck::from_value(&d.to_value());
        assert_eq!(source, DeckSource::Saved);
        assert_eq!(back, d);
        assert!(
            back.slides[3].hidden,
            "the triangles moved up and stay hidden"
        );
        assert_eq!(back.slides[2].kind, SlideKind::Bevindingen);
        assert!(!back.visible().contains(&3));
    }

    #[test]
    fn moving_past_the_ends_and_bad_indices_change_nothing() {
        let d = Deck::default();
        assert_eq!(d.moved(0, true), d);
        assert_eq!(d.moved(d.slides.len() - 1, false), d);
        assert_eq!(d.moved(99, false), d);
        assert_eq!(d.toggled(99), d);
        assert_eq!(d.removed(99), d);
    }

    #[test]
    fn bad_saved_values_fall_back_or_are_repaired() {
        for bad in [
            serde_json::json!("onzin"),
            serde_json::json!(42),
            serde_json::json!({"dias": 3}),
            serde_json::json!({"dias": [{"soort": "hologram"}, 7]}),
            serde_json::json!(null),
        ] {
            let (d, source) = Deck::from_value(&bad);
            assert_eq!(d, Deck::default(), "{bad}");
            assert_eq!(source, DeckSource::Unreadable, "{bad}");
        }
        // One readable slide among unreadable ones: kept, the rest left out.
        let v = serde_json::json!({"versie": 9, "dias": [
            {"soort": "hologram"},
            {"soort": "domein", "domein": "casus", "verborgen": true},
            {"soort": "domein", "domein": "nergens"},
        ]});
        let (d, source) = Deck::from_value(&v);
        assert_eq!(source, DeckSource::Repaired(2));
        assert_eq!(d.slides.len(), 1);
        assert!(d.slides[0].hidden);
        // An empty list is a deliberate (empty) deck.
        let (d, source) = Deck::from_value(&serde_json::json!({"dias": []}));
        assert_eq!((d.slides.len(), source), (0, DeckSource::Saved));
    }

    #[test]
    fn a_saved_view_tolerates_missing_fields() {
        let v = serde_json::json!([{"soort": "weergave", "titel": "Alleen een titel"}]);
        let (d, _) = Deck::from_value(&v);
        let SlideKind::Weergave(s) = &d.slides[0].kind else {
            panic!("a saved view");
        };
        assert_eq!(s.title, "Alleen een titel");
        assert_eq!(s.filter, Filter::default());
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
