//! The presentation's slide sequence as data, without a window: which slides, in which order,
//! which are hidden, and what each one says. The app shows it full screen (F5) and
//! `export -o deck.pptx` writes it as a PowerPoint file, so both tell the same story.
//!
//! The sequence ([`Deck`]) is stored in the map's arrangement under [`DECK_KEY`], so it is saved
//! with the project and every change to it is an ordinary `Edit::SetView` with undo. When the
//! map has no saved sequence, the default one is generated. Generated slides are stored by
//! *kind* (title, actions, network, triangles, findings, one domain), not by content, so they
//! follow the map as it changes; only a slide made from a saved view keeps what it was made of.
//! A kind may stand for several pages: "the triangle per werkgebied" is one page per werkgebied,
//! or grids of [`WERKGEBIEDEN_PER_GRID`] when there are many ([`Deck::pages`]).
//!
//! Reading a saved sequence never fails: slides that cannot be read (a kind from a newer
//! version) are left out, and a value that is not a sequence at all gives the default one.
//!
//! Honesty rule of the summaries ([`triangle_summary`]): a domain counts as closed only when
//! its triangle is closed in the whole region *and* in every werkgebied, and the summary names
//! the werkgebieden where it is not.

use crate::analysis::{Analysis, Finding, Severity, TriangleState};
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::i18n::deck as td;
use crate::i18n::presentation as tx;
use crate::i18n::vocab::Label as _;
use crate::layout::LayoutKind;
use crate::model::{Domain, Map, Set, Vocab};
use crate::scene::Filter;
use serde::{Deserialize, Serialize};

/// The key of the slide sequence in `Map::arrangement.views`.
pub const DECK_KEY: &str = "presentatie";

/// How many findings (groups of findings) the findings slide shows.
pub const TOP_FINDINGS: usize = 5;
/// How many actions the actions slide shows.
pub const TOP_ACTIONS: usize = 5;
/// Up to this many werkgebieden each gets a triangle slide of its own; beyond, they share
/// grid slides of this many (readable on a projector: 2 × 3 blocks).
pub const WERKGEBIEDEN_PER_GRID: usize = 6;

/// What a slide shows. New kinds may be added (a saved sequence of a newer version then loses
/// only those slides in an older one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "lowercase")]
pub enum SlideKind {
    /// Map title, date, summary figures and the triangle per werkgebied in words.
    Titel,
    /// What to do first: the actions of the analysis ("Waar te beginnen").
    Acties,
    /// What changed since the latest snapshot ("Voortgang sinds …"); in the default sequence
    /// only when the project keeps a snapshot.
    Voortgang,
    /// The whole network in domains and layers.
    Netwerk,
    /// The triangle per domain (whole region).
    Driehoeken,
    /// The triangle per domain in each werkgebied (one page each, or grids).
    Werkgebieden,
    /// The most urgent findings, by group, with their advice in the notes.
    Bevindingen,
    /// The network of one domain.
    Domein { domein: Domain },
    /// A view the user saved.
    Weergave(SavedView),
}

/// A view as the user saved it: which view (by its name, e.g. `netwerk`), layout and filters,
/// and optionally a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    #[serde(rename = "titel")]
    pub title: String,
    /// The view's name as the app's `View` serialises it (`netwerk`, `driehoek`, `matrix`,
    /// `bevindingen`, …); a string so that views added later need no change here.
    #[serde(rename = "weergave")]
    pub view: String,
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
            view: "netwerk".to_string(),
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
            kind: f.kind.name().to_string(),
            subjects: f.subjects.clone(),
        }
    }

    /// The index of the finding this refers to, if it is still there.
    pub fn find(&self, findings: &[Finding]) -> Option<usize> {
        findings
            .iter()
            .position(|f| f.kind.name() == self.kind && f.subjects == self.subjects)
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
            SlideKind::Acties => td::SLIDE_ACTIONS.get_in(lang).to_string(),
            SlideKind::Voortgang => match map.latest_snapshot() {
                Some(snap) => crate::i18n::compare::PROGRESS_TITLE
                    .fill_in(lang, &[("name", &snap.name), ("date", &snap.date)]),
                None => crate::i18n::compare::PROGRESS_NONE.get_in(lang).to_string(),
            },
            SlideKind::Netwerk => tx::SLIDE_NETWORK.get_in(lang).to_string(),
            SlideKind::Driehoeken => tx::SLIDE_TRIANGLES.get_in(lang).to_string(),
            SlideKind::Werkgebieden => td::SLIDE_WERKGEBIEDEN.get_in(lang).to_string(),
            SlideKind::Bevindingen => tx::SLIDE_FINDINGS.get_in(lang).to_string(),
            SlideKind::Domein { domein } => {
                tx::SLIDE_DOMAIN.fill_in(lang, &[("domain", &domein.label_in(lang))])
            }
            SlideKind::Weergave(v) if !v.title.trim().is_empty() => v.title.clone(),
            SlideKind::Weergave(_) => tx::SLIDE_SAVED.get_in(lang).to_string(),
        }
    }

    /// The layout a network slide is drawn in (`None` for slides without a network).
    pub fn layout(&self) -> Option<LayoutKind> {
        match &self.kind {
            SlideKind::Netwerk | SlideKind::Domein { .. } => Some(LayoutKind::Lagen),
            SlideKind::Weergave(v) if shows_network(&v.view) => Some(v.layout),
            _ => None,
        }
    }
}

/// Whether a saved view of this name is drawn as the network (a data table makes no slide, and
/// a view this version does not know shows the network too).
pub fn shows_network(view: &str) -> bool {
    !matches!(view, "driehoek" | "matrix" | "bevindingen")
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
    /// Title, what to do first, the network, the triangles (region, then per werkgebied), the
    /// top findings, then one slide per domain.
    fn default() -> Self {
        let mut slides = vec![
            Slide::new(SlideKind::Titel),
            Slide::new(SlideKind::Acties),
            Slide::new(SlideKind::Netwerk),
            Slide::new(SlideKind::Driehoeken),
            Slide::new(SlideKind::Werkgebieden),
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

/// One page of a slide: most slides are one page; the werkgebieden slide is one page per
/// werkgebied or per grid of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Index of the slide in [`Deck::slides`].
    pub slide: usize,
    /// The werkgebieden (ids) this page shows; empty for every other kind.
    pub werkgebieden: Vec<String>,
    /// 1-based number of this page among its slide's pages, and their count.
    pub part: (usize, usize),
}

impl Deck {
    /// The deck saved in `map`, or the default one; never fails.
    pub fn of_map(map: &Map) -> (Deck, DeckSource) {
        match map.arrangement.views.get(DECK_KEY) {
            None => {
                let mut deck = Deck::default();
                // A year later the board first wants to know what changed.
                if map.latest_snapshot().is_some() {
                    deck.slides.insert(2, Slide::new(SlideKind::Voortgang));
                }
                (deck, DeckSource::Generated)
            }
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

    /// The pages shown, in order: every visible slide, the werkgebieden slide expanded (and
    /// left out when the map has only one municipality, so no werkgebied triangles).
    pub fn pages(&self, analysis: &Analysis) -> Vec<Page> {
        let wgs = werkgebieden(analysis);
        let mut out = Vec::new();
        for i in self.visible() {
            if self.slides[i].kind != SlideKind::Werkgebieden {
                out.push(Page {
                    slide: i,
                    werkgebieden: Vec::new(),
                    part: (1, 1),
                });
                continue;
            }
            let per = if wgs.len() <= WERKGEBIEDEN_PER_GRID {
                1
            } else {
                WERKGEBIEDEN_PER_GRID
            };
            let chunks: Vec<&[String]> = wgs.chunks(per).collect();
            let n = chunks.len();
            out.extend(chunks.into_iter().enumerate().map(|(k, c)| Page {
                slide: i,
                werkgebieden: c.to_vec(),
                part: (k + 1, n),
            }));
        }
        out
    }

    /// The title of a page: its slide's, and for the werkgebieden slide the werkgebied's name
    /// (one a page) or the part number (grids).
    pub fn page_title(&self, page: &Page, map: &Map, analysis: &Analysis, lang: Lang) -> String {
        let base = self.slides[page.slide].title(map, lang);
        match page.werkgebieden.as_slice() {
            [] => base,
            [one] => td::WERKGEBIED_TITLE.fill_in(lang, &[("name", &name(analysis, one))]),
            _ if page.part.1 > 1 => format!("{base} ({}/{})", page.part.0, page.part.1),
            _ => base,
        }
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

/// The werkgebieden of the triangles, in the order of the analysis.
pub fn werkgebieden(analysis: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in &analysis.triangles {
        if let Some(w) = &t.werkgebied
            && !out.contains(w)
        {
            out.push(w.clone());
        }
    }
    out
}

/// The display name of an id the analysis mentions.
pub fn name(analysis: &Analysis, id: &str) -> String {
    analysis
        .names
        .get(id)
        .cloned()
        .unwrap_or_else(|| id.to_string())
}

/// The werkgebieden (names) where the triangle of `d` is not closed, in analysis order; with
/// `whole_region_closed` whether the region-wide triangle is.
pub fn open_in(analysis: &Analysis, d: Domain) -> (bool, Vec<String>) {
    let region = analysis
        .triangles
        .iter()
        .any(|t| t.domain == d && t.werkgebied.is_none() && t.state == TriangleState::Gesloten);
    let open = analysis
        .triangles
        .iter()
        .filter(|t| t.domain == d && t.state != TriangleState::Gesloten)
        .filter_map(|t| t.werkgebied.as_deref())
        .map(|w| name(analysis, w))
        .collect();
    (region, open)
}

/// The domains whose triangle is closed in the whole region and in every werkgebied.
pub fn closed_everywhere(analysis: &Analysis) -> usize {
    Domain::ALL
        .iter()
        .filter(|&&d| {
            let (region, open) = open_in(analysis, d);
            region && open.is_empty()
        })
        .count()
}

/// One line per domain: closed everywhere, or where it is not ("Leefomgeving: niet gesloten in
/// Gouda, Waddinxveen en Bodegraven (3 van 10 werkgebieden)").
pub fn triangle_summary(analysis: &Analysis, lang: Lang) -> Vec<String> {
    let all = werkgebieden(analysis).len();
    Domain::ALL
        .iter()
        .map(|&d| {
            let label = d.label_in(lang);
            let (region, open) = open_in(analysis, d);
            match (region, open.is_empty(), all) {
                (true, true, 0) => td::SUM_CLOSED.fill_in(lang, &[("domain", &label)]),
                (true, true, _) => td::SUM_CLOSED_ALL.fill_in(lang, &[("domain", &label)]),
                (false, _, 0) => td::SUM_OPEN_REGION.fill_in(lang, &[("domain", &label)]),
                (_, true, _) => td::SUM_OPEN_REGION_ONLY.fill_in(lang, &[("domain", &label)]),
                _ if open.len() == all => {
                    td::SUM_OPEN_EVERY.fill_in(lang, &[("domain", &label), ("all", &all)])
                }
                (_, false, _) => td::SUM_OPEN_IN.fill_in(
                    lang,
                    &[
                        ("domain", &label),
                        ("names", &names_list(&open, 4, lang)),
                        ("n", &open.len()),
                        ("all", &all),
                    ],
                ),
            }
        })
        .collect()
}

/// "A, B en C", or "A, B, C, D en 3 andere" past `max`.
fn names_list(names: &[String], max: usize, lang: Lang) -> String {
    let and = td::AND.get_in(lang);
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        n if n <= max => format!("{} {and} {}", names[..n - 1].join(", "), names[n - 1]),
        n => td::NAMES_MORE.fill_in(
            lang,
            &[("names", &names[..max].join(", ")), ("n", &(n - max))],
        ),
    }
}

/// What a page's picture is.
#[derive(Debug, Clone, PartialEq)]
pub enum SlidePicture {
    /// No picture: a text slide.
    None,
    /// The network in domains and layers with this filter.
    Network(Filter),
    /// The triangles of these scopes (`None` = the whole region), side by side in blocks.
    Triangles(Vec<Option<String>>),
    /// The domains × layers matrix.
    Matrix,
}

/// The words of a page: title, the lines on the slide (short), and the notes for the speaker
/// (the full text), with the picture it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PageContent {
    pub title: String,
    pub lines: Vec<String>,
    pub notes: Vec<String>,
    pub picture: SlidePicture,
    /// The title slide (set in larger type).
    pub title_slide: bool,
}

/// The content of a page of `deck` for `map` analysed as `analysis`.
pub fn content(
    deck: &Deck,
    page: &Page,
    map: &Map,
    analysis: &Analysis,
    lang: Lang,
) -> PageContent {
    let title = deck.page_title(page, map, analysis, lang);
    let slide = &deck.slides[page.slide];
    let (lines, notes, picture) = match &slide.kind {
        SlideKind::Titel => title_text(map, analysis, lang),
        SlideKind::Acties => actions_text(analysis, lang),
        SlideKind::Voortgang => progress_text(map, analysis, lang),
        SlideKind::Netwerk => (
            Vec::new(),
            figures(map, analysis, lang),
            SlidePicture::Network(Filter::for_map(map)),
        ),
        SlideKind::Driehoeken => (
            triangle_summary(analysis, lang),
            triangle_summary(analysis, lang),
            SlidePicture::Triangles(vec![None]),
        ),
        SlideKind::Werkgebieden => werkgebied_text(page, analysis, lang),
        SlideKind::Bevindingen => findings_text(analysis, None, lang),
        SlideKind::Domein { domein } => domain_text(*domein, map, analysis, lang),
        SlideKind::Weergave(v) => {
            let finding = v.finding.as_ref().and_then(|f| f.find(&analysis.findings));
            match v.view.as_str() {
                "driehoek" => (
                    Vec::new(),
                    triangle_summary(analysis, lang),
                    SlidePicture::Triangles(vec![None]),
                ),
                "matrix" => (Vec::new(), Vec::new(), SlidePicture::Matrix),
                "bevindingen" => findings_text(analysis, finding, lang),
                _ => {
                    let notes = finding
                        .map(|i| finding_notes(&analysis.findings[i], lang))
                        .unwrap_or_default();
                    (Vec::new(), notes, SlidePicture::Network(v.filter.clone()))
                }
            }
        }
    };
    PageContent {
        title,
        lines,
        notes,
        picture,
        title_slide: slide.kind == SlideKind::Titel,
    }
}

type Text3 = (Vec<String>, Vec<String>, SlidePicture);

/// The key figures in words.
fn figures(map: &Map, analysis: &Analysis, lang: Lang) -> Vec<String> {
    let high = analysis
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Hoog)
        .count();
    vec![td::FIGURES.fill_in(
        lang,
        &[
            ("parties", &map.parties.len()),
            ("persons", &map.persons.len()),
            ("tables", &map.tables.len()),
            ("findings", &analysis.findings.len()),
            ("high", &high),
        ],
    )]
}

fn title_text(map: &Map, analysis: &Analysis, lang: Lang) -> Text3 {
    let mut lines = vec![
        tx::SUBTITLE.get_in(lang).to_string(),
        crate::export::today_text(lang),
    ];
    lines.extend(figures(map, analysis, lang));
    lines.push(td::CLOSED_COUNT.fill_in(
        lang,
        &[
            ("n", &closed_everywhere(analysis)),
            ("all", &Domain::ALL.len()),
        ],
    ));
    lines.extend(triangle_summary(analysis, lang));
    let notes = vec![td::NOTES_TITLE.get_in(lang).to_string()];
    (lines, notes, SlidePicture::None)
}

/// What changed since the latest snapshot: the findings resolved and new, the meetings
/// gained, the triangles that changed (parties and municipalities only, never persons).
fn progress_text(map: &Map, analysis: &Analysis, lang: Lang) -> Text3 {
    use crate::i18n::compare as tc;
    let Some(snap) = map.latest_snapshot() else {
        let none = vec![tc::PROGRESS_NONE.get_in(lang).to_string()];
        return (none.clone(), none, SlidePicture::None);
    };
    let old = crate::compare::analyse_side(&snap.map, &analysis.thresholds);
    let c = crate::compare::compare_analysed(&snap.map, &old, map, analysis);
    if c.is_empty() {
        let same = vec![tc::PROGRESS_SAME.get_in(lang).to_string()];
        return (same.clone(), same, SlidePicture::None);
    }
    let mut lines = vec![tc::FINDINGS_LINE.fill_in(
        lang,
        &[
            ("resolved", &c.findings.resolved.len()),
            ("new", &c.findings.new.len()),
            ("remaining", &c.findings.remaining),
        ],
    )];
    lines.push(tc::MEETINGS_LINE.fill_in(
        lang,
        &[
            ("gained", &c.meetings.gained.len()),
            ("lost", &c.meetings.lost.len()),
        ],
    ));
    let triangles = crate::compare::triangle_texts(&c, &snap.map, map, lang);
    lines.extend(triangles.iter().take(6).cloned());
    let mut notes = lines.clone();
    notes.extend(triangles.into_iter().skip(6));
    notes.extend(crate::compare::pair_texts(
        &c.meetings.gained,
        map,
        &snap.map,
        lang,
    ));
    (lines, notes, SlidePicture::None)
}

fn actions_text(analysis: &Analysis, lang: Lang) -> Text3 {
    if analysis.actions.is_empty() {
        let none = vec![if analysis.actions_skipped {
            crate::analysis::render::no_actions(analysis, lang)
        } else {
            td::NO_ACTIONS.get_in(lang).to_string()
        }];
        return (none.clone(), none, SlidePicture::None);
    }
    let shown = &analysis.actions[..analysis.actions.len().min(TOP_ACTIONS)];
    let lines = shown
        .iter()
        .map(|a| format!("{}. {}", a.rank, a.title.render(lang)))
        .collect();
    let notes = shown
        .iter()
        .map(|a| {
            td::ACTION_NOTE.fill_in(
                lang,
                &[
                    ("rank", &a.rank),
                    ("title", &a.title.render(lang)),
                    ("explanation", &a.explanation.render(lang)),
                ],
            )
        })
        .collect();
    (lines, notes, SlidePicture::None)
}

fn werkgebied_text(page: &Page, analysis: &Analysis, lang: Lang) -> Text3 {
    let mut notes = Vec::new();
    let mut lines = Vec::new();
    for w in &page.werkgebieden {
        let states: Vec<String> = Domain::ALL
            .iter()
            .filter_map(|&d| {
                analysis
                    .triangles
                    .iter()
                    .find(|t| t.domain == d && t.werkgebied.as_deref() == Some(w))
                    .map(|t| format!("{} {}", d.label_in(lang), t.state.label_in(lang)))
            })
            .collect();
        let line = format!("{}: {}", name(analysis, w), states.join(" · "));
        if page.werkgebieden.len() == 1 {
            lines.push(states.join(" · "));
        }
        notes.push(line);
    }
    let scopes = page.werkgebieden.iter().cloned().map(Some).collect();
    (lines, notes, SlidePicture::Triangles(scopes))
}

/// The top groups of findings (the selected finding's group first) as short sentences; the
/// notes hold every finding of those groups in full, with its advice.
fn findings_text(analysis: &Analysis, first: Option<usize>, lang: Lang) -> Text3 {
    if analysis.findings.is_empty() {
        let none = vec![tx::NO_FINDINGS.get_in(lang).to_string()];
        return (none.clone(), none, SlidePicture::None);
    }
    let first_key = first.and_then(|i| analysis.findings.get(i)).map(|f| &f.key);
    let mut groups: Vec<&crate::analysis::groups::Group> = analysis.groups.iter().collect();
    if let Some(k) = first_key {
        groups.sort_by_key(|g| !g.findings.contains(k));
    }
    let shown = &groups[..groups.len().min(TOP_FINDINGS)];
    let mut lines: Vec<String> = shown
        .iter()
        .map(|g| short_sentence(&g.message.render(lang), SHORT_CHARS))
        .collect();
    let rest = groups.len() - shown.len();
    if rest > 0 {
        lines.push(crate::i18n::reliability::counted(
            rest,
            td::MORE_GROUPS,
            lang,
        ));
    }
    let mut notes = Vec::new();
    for g in shown {
        // A group of one says what its finding says: its title, then the finding in full.
        notes.push(if g.findings.len() == 1 {
            g.title.render(lang)
        } else {
            format!("{} — {}", g.title.render(lang), g.message.render(lang))
        });
        for f in analysis
            .findings
            .iter()
            .filter(|f| g.findings.contains(&f.key))
        {
            notes.extend(finding_notes(f, lang));
        }
    }
    (lines, notes, SlidePicture::None)
}

/// About two lines of a slide in large type: what [`short_sentence`] keeps.
pub const SHORT_CHARS: usize = 110;

/// A text as a slide says it: its first sentence; when that is longer than `max` characters,
/// the part before its first colon (where a list of names starts); and when still too long, cut
/// at a word with "…". The full text goes into the speaker's notes.
pub fn short_sentence(text: &str, max: usize) -> String {
    let text = text.trim();
    let first = text
        .find(". ")
        .map_or(text, |i| &text[..=i])
        .trim_end_matches(' ');
    let first = if first.chars().count() > max {
        first.find(": ").map_or(first, |i| &first[..i])
    } else {
        first
    };
    if first.chars().count() <= max {
        return first.to_string();
    }
    let cut: String = first.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

/// A finding in full: its message and its advice.
fn finding_notes(f: &Finding, lang: Lang) -> Vec<String> {
    vec![
        format!("• {}", f.message(lang)),
        tx::ADVICE.fill_in(lang, &[("advice", &f.advice(lang))]),
    ]
}

fn domain_text(d: Domain, map: &Map, analysis: &Analysis, lang: Lang) -> Text3 {
    let summary = triangle_summary(analysis, lang);
    let k = Domain::ALL.iter().position(|&x| x == d).unwrap_or(0);
    let mut lines: Vec<String> = summary.get(k).cloned().into_iter().collect();
    if let Some(t) = analysis
        .triangles
        .iter()
        .find(|t| t.domain == d && t.werkgebied.is_none())
        && !t.closing_tables.is_empty()
    {
        let names: Vec<String> = t
            .closing_tables
            .iter()
            .map(|id| name(analysis, id))
            .collect();
        lines.push(tx::CLOSED_BY.fill_in(lang, &[("list", &names_list(&names, 3, lang))]));
    }
    let notes = analysis
        .findings
        .iter()
        .filter(|f| f.domain == Some(d))
        .flat_map(|f| finding_notes(f, lang))
        .collect();
    (lines, notes, SlidePicture::Network(domain_filter(map, d)))
}

/// The filter of a domain slide: that domain, collapsed at regional size as the network slide.
pub fn domain_filter(map: &Map, d: Domain) -> Filter {
    Filter {
        domains: Set::one(d),
        ..Filter::for_map(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Legs, Triangle};

    #[test]
    fn the_default_deck_has_title_actions_network_triangles_findings_and_each_domain() {
        let d = Deck::default();
        assert_eq!(d.slides.len(), 6 + Domain::ALL.len());
        assert_eq!(d.visible().len(), d.slides.len());
        assert_eq!(d.slides[0].kind, SlideKind::Titel);
        assert_eq!(d.slides[1].kind, SlideKind::Acties);
        assert_eq!(
            d.slides[6].kind,
            SlideKind::Domein {
                domein: Domain::ALL[0]
            }
        );
    }

    #[test]
    fn a_deck_survives_the_round_trip_through_the_map() {
        let saved = SavedView {
            title: "Casus Gouda".into(),
            view: "netwerk".into(),
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
            .toggled(3)
            .moved(5, true)
            .with(Slide::new(SlideKind::Weergave(saved)));
        let (back, source) = Deck::from_value(&d.to_value());
        assert_eq!(source, DeckSource::Saved);
        assert_eq!(back, d);
        assert!(back.slides[3].hidden, "the triangles stay hidden");
        assert_eq!(back.slides[4].kind, SlideKind::Bevindingen);
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
        let v = serde_json::json!({"versie": 9, "dias": [
            {"soort": "hologram"},
            {"soort": "domein", "domein": "casus", "verborgen": true},
            {"soort": "domein", "domein": "nergens"},
        ]});
        let (d, source) = Deck::from_value(&v);
        assert_eq!(source, DeckSource::Repaired(2));
        assert_eq!(d.slides.len(), 1);
        assert!(d.slides[0].hidden);
        let (d, source) = Deck::from_value(&serde_json::json!({"dias": []}));
        assert_eq!((d.slides.len(), source), (0, DeckSource::Saved));
    }

    #[test]
    fn a_saved_view_of_the_old_format_still_reads() {
        // Version 1 stored the view as the app's enum in lower case: the same string.
        let v = serde_json::json!([{"soort": "weergave", "titel": "Alleen een titel"},
            {"soort": "weergave", "weergave": "matrix"}]);
        let (d, _) = Deck::from_value(&v);
        let SlideKind::Weergave(s) = &d.slides[0].kind else {
            panic!("a saved view");
        };
        assert_eq!(s.title, "Alleen een titel");
        assert_eq!(s.view, "netwerk");
        assert_eq!(s.filter, Filter::default());
        assert_eq!(d.slides[1].layout(), None, "a matrix has no network layout");
    }

    fn tri(d: Domain, w: Option<&str>, state: TriangleState) -> Triangle {
        Triangle {
            domain: d,
            werkgebied: w.map(str::to_string),
            state,
            legs: Legs::default(),
            closing_tables: Vec::new(),
            present: 0,
        }
    }

    /// Closed in the region everywhere, but leefomgeving open in three of five werkgebieden.
    fn region(n: usize, open: &[usize]) -> Analysis {
        let mut a =
            crate::analysis::analyse(&Map::default(), &crate::analysis::Thresholds::default());
        a.triangles.clear();
        a.names.clear();
        for &d in Domain::ALL {
            a.triangles.push(tri(d, None, TriangleState::Gesloten));
        }
        for k in 0..n {
            let id = format!("g{k}");
            a.names.insert(id.clone(), format!("Gemeente {k}"));
            for &d in Domain::ALL {
                let st = if d == Domain::Leefomgeving && open.contains(&k) {
                    TriangleState::Open
                } else {
                    TriangleState::Gesloten
                };
                a.triangles.push(tri(d, Some(&id), st));
            }
        }
        a
    }

    #[test]
    fn a_domain_counts_as_closed_only_where_it_is_closed_in_every_werkgebied() {
        let a = region(5, &[0, 2, 4]);
        assert_eq!(closed_everywhere(&a), Domain::ALL.len() - 1);
        let lines = triangle_summary(&a, Lang::Nl);
        let leef = &lines[Domain::ALL
            .iter()
            .position(|&d| d == Domain::Leefomgeving)
            .unwrap()];
        for k in [0, 2, 4] {
            assert!(leef.contains(&format!("Gemeente {k}")), "{leef}");
        }
        assert!(!leef.contains("Gemeente 1"), "{leef}");
        assert!(leef.contains("3 van 5"), "{leef}");
        let casus = &lines[Domain::ALL
            .iter()
            .position(|&d| d == Domain::Casus)
            .unwrap()];
        assert!(casus.contains("alle werkgebieden"), "{casus}");
        // All closed: every domain counts.
        assert_eq!(closed_everywhere(&region(5, &[])), Domain::ALL.len());
    }

    #[test]
    fn a_slide_says_the_first_sentence_and_drops_the_list_of_names() {
        let two = "Woonstichting Wesdam is overbelast: zit aan 9 tafels. En juist deze verbinder is nodig.";
        assert_eq!(
            short_sentence(two, 110),
            "Woonstichting Wesdam is overbelast: zit aan 9 tafels."
        );
        // 130 characters before the full stop: the list after the colon goes.
        let list = format!(
            "11 keer open driehoek rond Beschermd wonen (10 werkgebieden): {}.",
            ["Gemeente Aaldam"; 5].join(", ")
        );
        assert_eq!(
            short_sentence(&list, 110),
            "11 keer open driehoek rond Beschermd wonen (10 werkgebieden)"
        );
        // No colon, no full stop: cut at a word.
        let long = "woord ".repeat(30);
        let s = short_sentence(&long, 20);
        assert_eq!(s, "woord woord woord…");
        assert!(s.chars().count() <= 21);
        assert_eq!(short_sentence("Kort.", 110), "Kort.");
    }

    #[test]
    fn werkgebieden_get_a_page_each_up_to_six_then_grids() {
        let d = Deck::default();
        let count = |n: usize| {
            d.pages(&region(n, &[]))
                .iter()
                .filter(|p| d.slides[p.slide].kind == SlideKind::Werkgebieden)
                .map(|p| p.werkgebieden.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            count(0),
            Vec::<usize>::new(),
            "one municipality: no such page"
        );
        assert_eq!(count(4), vec![1, 1, 1, 1]);
        assert_eq!(count(6), vec![1; 6]);
        assert_eq!(count(10), vec![6, 4]);
        assert_eq!(count(13), vec![6, 6, 1]);
        let a = region(10, &[]);
        let pages = d.pages(&a);
        let grid = pages.iter().find(|p| p.werkgebieden.len() == 6).unwrap();
        let t = d.page_title(grid, &Map::default(), &a, Lang::Nl);
        assert!(t.ends_with("(1/2)"), "{t}");
    }
}
