//! An open map with everything derived from it: the analysis, the graph, the layout (computed
//! on a worker thread), the filter and selection, and the cached scene.
//!
//! The scene is rebuilt only when something it depends on changed (map, filter, selection,
//! language); while a layout runs only the positions in it are refreshed.

use super::core_bridge::{self, Analysis, Diagnostic};
use crate::edit::{Edit, EditError, History};
use crate::graph::{Graph, metrics_graph};
use crate::i18n::Lang;
use crate::layout::{ForceLayout, ForceParams, LaneGrid, LayoutKind, lanes};
use crate::model::{Map, Pos};
use crate::scene::{self, Filter, Highlight, Scene, SceneInput};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// Above this many missing links they are drawn only for the selected finding (a web of red
/// dashes helps nobody).
const MAX_MISSING_LINKS_SHOWN: usize = 60;

/// A number never handed out before in this process: a fresh document or a changed map never
/// shares a revision with what a view cached earlier.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A message from the layout thread.
enum LayoutMsg {
    /// Intermediate positions and the fraction done.
    Progress(Vec<Pos>, f32),
    /// Final positions.
    Done(Vec<Pos>, Option<LaneGrid>),
}

/// A layout computed on a worker thread.
struct LayoutJob {
    kind: LayoutKind,
    rx: mpsc::Receiver<LayoutMsg>,
    cancel: Arc<AtomicBool>,
}

impl Drop for LayoutJob {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// An open map.
///
/// The map is private: it can be read with [`Document::map`] and changed only through
/// [`Document::apply_edit`], [`Document::undo`] and [`Document::redo`], which go through
/// `edit::History` and re-analyse. So "the map changes only through the history" (what makes
/// undo, dirty tracking and re-analysis uniform) is enforced by the type. The same holds for
/// what is derived from the map (analysis, graphs, positions, revision): readable, never
/// writable from outside, so it cannot drift from the map.
pub struct Document {
    pub path: PathBuf,
    map: Map,
    pub warnings: Vec<Diagnostic>,
    analysis: Analysis,
    /// The metrics graph; positions are indexed like its nodes.
    graph: Graph,
    /// The member graph, on which the what-if is asked (people rather than organisations).
    member_graph: Graph,
    layout: LayoutKind,
    /// Current positions by graph node; empty until the first layout arrives.
    positions: Vec<Pos>,
    lanes: Option<LaneGrid>,
    /// How far the running layout is (0–1), `None` when none runs.
    layout_progress: Option<f32>,
    pub filter: Filter,
    selected_finding: Option<usize>,
    selected_node: Option<String>,
    /// The outcome of the last save, for the status bar.
    pub status: Option<String>,
    /// The what-if text of the selected node, computed once per selection.
    what_if: Option<core_bridge::WhatIf>,
    job: Option<LayoutJob>,
    finished: HashMap<LayoutKind, (Vec<Pos>, Option<LaneGrid>)>,
    /// The nodes pinned when the positions were last computed, to tell a drag from an undo.
    finished_pins: Vec<String>,
    scene: Scene,
    scene_dirty: bool,
    positions_dirty: bool,
    /// Bumped on every scene rebuild, so the canvas can tell.
    scene_generation: u64,
    /// Changes whenever the map changes (edit, undo, redo), and differs between documents, so
    /// views can cache what they derive from it.
    revision: u64,
    /// Undo and redo of the edits made since the map was opened.
    history: History,
    /// Where the map is autosaved for recovery (none in screenshot runs and tests that opt out).
    pub autosave: Option<crate::recovery::Autosave>,
    /// The analysis running on a worker thread after an edit of a large map.
    analysis_job: Option<AnalysisJob>,
    /// Maps whose metrics graph has more nodes than this are analysed off the UI thread after
    /// an edit (the exact centralities take ≈ 0.1 s at 4,000 nodes: a visible hitch).
    pub async_above: usize,
    /// The CSV folder or workbook the data came from, offered for re-import (a project file
    /// remembers it in its view state under [`SOURCE_KEY`]).
    pub source: Option<PathBuf>,
    /// Whether names are hidden: everything shown comes from [`Self::display_map`]. Change it
    /// with [`Self::set_anonymous`], which keeps the display data in step.
    anonymous: bool,
    /// The language of what the document caches for display (the scene's legend, the
    /// pseudonyms while names are hidden). Change it with [`Self::set_lang`].
    lang: Lang,
    /// The map with names hidden (person ids kept) and its analysis, while `anonymous`.
    display: Option<Box<Shown>>,
}

/// Above this many nodes, re-analysis after an edit runs on a worker thread.
pub const ASYNC_ANALYSIS_NODES: usize = 1500;

/// The map with names hidden and its analysis: what is shown while `anonymous`.
type Shown = (Map, Analysis);

/// An analysis being computed on a worker thread.
struct AnalysisJob {
    /// The analysis, and with names hidden also the names-hidden map and its analysis.
    rx: mpsc::Receiver<(Analysis, Option<Box<Shown>>)>,
    /// The analysis shown when the first of the pending edits was made: what the status line
    /// compares against when the result arrives.
    baseline: Analysis,
    /// What the status line says about the edits (completed with what changed on arrival).
    head: Option<String>,
}

/// The view-state key under which a project remembers the files its data came from.
pub const SOURCE_KEY: &str = crate::view_state::SOURCE;

impl Document {
    /// Analyses the map and starts its default layout.
    pub fn new(path: PathBuf, map: Map, warnings: Vec<Diagnostic>) -> Self {
        let thresholds = super::panels::stored_thresholds(&map);
        let analysis = core_bridge::analyse(&map, &thresholds);
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(crate::project::EXTENSION));
        let source = if is_project {
            map.arrangement
                .views
                .get(SOURCE_KEY)
                .and_then(|v| v.as_str())
                .map(PathBuf::from)
        } else {
            Some(path.clone())
        };
        let graph = metrics_graph(&map);
        let member_graph = crate::graph::member_graph(&map);
        // A regional map opens summarised (cells of tables, groups of parties).
        let filter = Filter::for_map(&map);
        let mut doc = Document {
            path,
            map,
            warnings,
            analysis,
            graph,
            member_graph,
            layout: LayoutKind::Lagen,
            positions: Vec::new(),
            lanes: None,
            layout_progress: None,
            filter,
            selected_finding: None,
            selected_node: None,
            what_if: None,
            status: None,
            job: None,
            finished: HashMap::new(),
            finished_pins: Vec::new(),
            scene: Scene::default(),
            scene_dirty: true,
            positions_dirty: false,
            scene_generation: 0,
            revision: next_revision(),
            history: History::new(),
            autosave: None,
            analysis_job: None,
            async_above: ASYNC_ANALYSIS_NODES,
            source,
            anonymous: false,
            lang: Lang::default(),
            display: None,
        };
        doc.start_layout(LayoutKind::Lagen);
        doc.finished_pins = doc.pinned_ids();
        doc
    }

    /// The map (read only: change it with [`Self::apply_edit`], [`Self::undo`], [`Self::redo`]).
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// The map as a project file stores it: with [`SOURCE_KEY`] naming the files the data
    /// came from, absolute (the project may be opened later from another working folder).
    /// A copy, not an edit: remembering the source is no change the user could undo.
    pub fn map_for_project(&self) -> std::borrow::Cow<'_, Map> {
        let Some(src) = &self.source else {
            return std::borrow::Cow::Borrowed(&self.map);
        };
        let src = std::path::absolute(src).unwrap_or_else(|_| src.clone());
        let mut map = self.map.clone();
        map.arrangement.views.insert(
            SOURCE_KEY.to_string(),
            serde_json::Value::String(src.display().to_string()),
        );
        std::borrow::Cow::Owned(map)
    }

    /// Undo and redo of the edits made since the map was opened.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Marks the current state as saved (after a successful save).
    pub fn mark_saved(&mut self) {
        self.history.mark_saved();
    }

    /// A document for work restored from a recovery file: unsaved from the start.
    pub fn recovered(path: PathBuf, map: Map) -> Self {
        let mut doc = Self::new(path, map, vec![]);
        doc.history = History::unsaved();
        doc
    }

    /// The analysis of the map (not the names-hidden one: see [`Self::display_analysis`]).
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The metrics graph; positions are indexed like its nodes.
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The member graph, on which the what-if is asked.
    pub fn member_graph(&self) -> &Graph {
        &self.member_graph
    }

    /// The layout shown (change it with [`Self::set_layout`]).
    pub fn layout(&self) -> LayoutKind {
        self.layout
    }

    /// Current positions by graph node; empty until the first layout arrives.
    pub fn positions(&self) -> &[Pos] {
        &self.positions
    }

    /// The lane grid of the domeinen-en-lagen layout.
    pub fn lanes(&self) -> Option<&LaneGrid> {
        self.lanes.as_ref()
    }

    /// How far the running layout is (0–1), `None` when none runs.
    pub fn layout_progress(&self) -> Option<f32> {
        self.layout_progress
    }

    /// The selected finding (change it with [`Self::select_finding`]).
    pub fn selected_finding(&self) -> Option<usize> {
        self.selected_finding
    }

    /// The selected node (change it with [`Self::select_node`]).
    pub fn selected_node(&self) -> Option<&str> {
        self.selected_node.as_deref()
    }

    /// The what-if of the selected node, computed once per selection.
    pub fn what_if(&self) -> Option<&core_bridge::WhatIf> {
        self.what_if.as_ref()
    }

    /// Bumped on every scene rebuild, so the canvas can tell.
    pub fn scene_generation(&self) -> u64 {
        self.scene_generation
    }

    /// Changes whenever the map changes (edit, undo, redo), and differs between documents.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether names are hidden (change it with [`Self::set_anonymous`]).
    pub fn anonymous(&self) -> bool {
        self.anonymous
    }

    /// The language the document's display caches are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Makes `edit` on the map (recorded for undo). Returns the analysis from before the edit
    /// so the caller can say what changed; on an error the map is unchanged.
    pub fn apply_edit(&mut self, edit: &Edit) -> Result<Analysis, EditError> {
        self.history.apply(&mut self.map, edit)?;
        Ok(self.refresh())
    }

    /// Undoes the last edit: its label and the analysis from before, or `None` when there was
    /// nothing to undo.
    pub fn undo(&mut self) -> Option<(crate::i18n::Msg, Analysis)> {
        let label = self.history.undo(&mut self.map)?;
        Some((label, self.refresh()))
    }

    /// Redoes the last undone edit, like [`Self::undo`].
    pub fn redo(&mut self) -> Option<(crate::i18n::Msg, Analysis)> {
        let label = self.history.redo(&mut self.map)?;
        Some((label, self.refresh()))
    }

    /// Recomputes what is derived from the map after it changed: the analysis, the graphs and
    /// the layout. Returns the previous analysis.
    ///
    /// When the nodes are the same and only pins were added or moved (a drag), the positions
    /// are updated in place; otherwise the layout is computed again (with the pins kept).
    pub fn refresh(&mut self) -> Analysis {
        // Thresholds live in the map (an edit may have changed them, an undo restored them).
        let thresholds = super::panels::stored_thresholds(&self.map);
        self.revision = next_revision();
        let graph = metrics_graph(&self.map);
        let old = if graph.len() > self.async_above {
            self.start_analysis(thresholds)
        } else {
            self.analysis_job = None;
            std::mem::replace(
                &mut self.analysis,
                core_bridge::analyse(&self.map, &thresholds),
            )
        };
        self.member_graph = crate::graph::member_graph(&self.map);
        let same_nodes = graph.ids == self.graph.ids;
        self.graph = graph;
        self.selected_finding = None;
        if self
            .selected_node
            .as_deref()
            .is_some_and(|id| !self.graph.ids.iter().any(|g| g == id))
        {
            self.selected_node = None;
        }
        if !self.analysis_pending() {
            self.what_if = self
                .selected_node
                .as_deref()
                .map(|id| core_bridge::what_if(&self.map, id, &self.analysis.thresholds));
        }
        let pinned = self.pinned(self.layout);
        // Every node the previous positions came from a pin is still pinned: only moves.
        let pins_only_moved = self.finished_pins.iter().all(|id| {
            self.map
                .arrangement
                .positions
                .get(self.layout.key())
                .is_some_and(|p| p.contains_key(id))
        });
        self.finished.clear();
        if same_nodes && pins_only_moved && self.has_positions() && self.job.is_none() {
            for (slot, p) in pinned.iter().enumerate() {
                if let (Some(p), Some(cur)) = (p, self.positions.get_mut(slot)) {
                    *cur = *p;
                }
            }
            self.finished
                .insert(self.layout, (self.positions.clone(), self.lanes.clone()));
        } else {
            self.start_layout(self.layout);
        }
        self.finished_pins = self.pinned_ids();
        self.refresh_display();
        self.scene_dirty = true;
        old
    }

    /// Starts the analysis of the current map on a worker thread; the analysis shown stays
    /// until the new one arrives ([`Self::poll_analysis`]). Returns the analysis shown, so that
    /// "what changed" is empty until then.
    fn start_analysis(&mut self, thresholds: core_bridge::Thresholds) -> Analysis {
        let (tx, rx) = mpsc::channel();
        let map = self.map.clone();
        // A newer edit supersedes a running analysis: its result is dropped with the receiver.
        let (baseline, head) = match self.analysis_job.take() {
            Some(job) => (job.baseline, job.head),
            None => (self.analysis.clone(), None),
        };
        let t = thresholds.clone();
        let anonymous = self.anonymous;
        let lang = self.lang;
        let spawned = std::thread::Builder::new()
            .name("analyse".into())
            .spawn(move || {
                let analysis = core_bridge::analyse(&map, &t);
                // With names hidden the shown findings come from a second analysis: do it here
                // too rather than on the UI thread when the first arrives.
                let display = anonymous.then(|| {
                    let shown = crate::model::anonymise_keep_ids(&map, lang);
                    let a = core_bridge::analyse(&shown, &t);
                    Box::new((shown, a))
                });
                let _ = tx.send((analysis, display));
            });
        match spawned {
            Ok(_) => {
                self.analysis_job = Some(AnalysisJob { rx, baseline, head });
                self.analysis.clone()
            }
            Err(_) => std::mem::replace(
                &mut self.analysis,
                core_bridge::analyse(&self.map, &thresholds),
            ),
        }
    }

    /// Whether an analysis is being computed.
    pub fn analysis_pending(&self) -> bool {
        self.analysis_job.is_some()
    }

    /// Sets what the status line says about the pending analysis' edits.
    pub fn set_pending_head(&mut self, head: String) {
        if let Some(job) = self.analysis_job.as_mut() {
            job.head = Some(head);
        }
    }

    /// Takes in a finished background analysis. Returns the status head and the analysis shown
    /// before the edits, so the caller can say what changed; `None` while nothing arrived.
    pub fn poll_analysis(&mut self) -> Option<(Option<String>, Analysis)> {
        let job = self.analysis_job.as_ref()?;
        let (new, display) = match job.rx.try_recv() {
            Ok(r) => r,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => {
                let t = super::panels::stored_thresholds(&self.map);
                (core_bridge::analyse(&self.map, &t), None)
            }
        };
        let job = self.analysis_job.take()?;
        self.analysis = new;
        match display {
            // The switch may have been turned while the job ran: only take what still fits.
            Some(d) if self.anonymous => self.display = Some(d),
            _ => self.refresh_display(),
        }
        self.selected_finding = None;
        self.what_if = self
            .selected_node
            .as_deref()
            .map(|id| core_bridge::what_if(&self.map, id, &self.analysis.thresholds));
        self.scene_dirty = true;
        Some((job.head, job.baseline))
    }

    /// Waits for a background analysis to arrive (tests).
    pub fn block_on_analysis(&mut self) -> Option<(Option<String>, Analysis)> {
        while self.analysis_pending() {
            if let Some(r) = self.poll_analysis() {
                return Some(r);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        None
    }

    /// Shows the document in `lang` from now on: the cached display data is rebuilt (findings
    /// themselves know no language and need no new analysis).
    pub fn set_lang(&mut self, lang: Lang) {
        if lang != self.lang {
            self.lang = lang;
            if self.anonymous {
                self.refresh_display();
            }
            self.scene_dirty = true;
        }
    }

    /// Hides (or shows again) the names in everything the app shows.
    pub fn set_anonymous(&mut self, on: bool) {
        if on != self.anonymous {
            self.anonymous = on;
            self.refresh_display();
            self.scene_dirty = true;
        }
    }

    /// Recomputes the display data: the anonymised map (ids kept, so graph, positions and
    /// selection still match) and its analysis with the same thresholds. Finding order does not
    /// depend on names (severity, kind, subjects), so indices into either analysis agree.
    fn refresh_display(&mut self) {
        let previous = self.display.take();
        self.display = self.anonymous.then(|| {
            let map = crate::model::anonymise_keep_ids(&self.map, self.lang);
            // While a large map is analysed in the background, the names follow at once and
            // the findings when the analysis arrives (poll_analysis calls this again).
            let analysis = match previous {
                Some(d) if self.analysis_pending() => d.1,
                _ => core_bridge::analyse(&map, &self.analysis.thresholds),
            };
            Box::new((map, analysis))
        });
    }

    /// The map to show: with names hidden while [`Self::anonymous`], else the map itself.
    /// Edits are always made on [`Self::map`]; ids are the same in both.
    pub fn display_map(&self) -> &Map {
        self.display.as_ref().map_or(&self.map, |d| &d.0)
    }

    /// The analysis to show (messages and advice name people): of [`Self::display_map`].
    pub fn display_analysis(&self) -> &Analysis {
        self.display.as_ref().map_or(&self.analysis, |d| &d.1)
    }

    /// The ids pinned in the current layout.
    fn pinned_ids(&self) -> Vec<String> {
        self.map
            .arrangement
            .positions
            .get(self.layout.key())
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Whether the layout is still being computed.
    pub fn layout_pending(&self) -> bool {
        self.job.is_some()
    }

    /// Whether there is anything to draw yet.
    pub fn has_positions(&self) -> bool {
        self.positions.len() == self.graph.len()
    }

    /// Switches layout; a finished one is reused, otherwise it is computed.
    pub fn set_layout(&mut self, kind: LayoutKind) {
        if kind == self.layout && (self.job.is_some() || self.has_positions()) {
            return;
        }
        self.layout = kind;
        self.finished_pins = self.pinned_ids();
        if let Some((pos, grid)) = self.finished.get(&kind).cloned() {
            self.job = None;
            self.layout_progress = None;
            self.positions = pos;
            self.lanes = grid;
            self.scene_dirty = true;
        } else {
            self.start_layout(kind);
        }
    }

    /// The user's pinned positions for a layout, by graph node.
    fn pinned(&self, kind: LayoutKind) -> Vec<Option<Pos>> {
        let saved = self.map.arrangement.positions.get(kind.key());
        self.graph
            .ids
            .iter()
            .map(|id| saved.and_then(|s| s.get(id)).copied())
            .collect()
    }

    fn start_layout(&mut self, kind: LayoutKind) {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let pinned = self.pinned(kind);
        let graph = self.graph.clone();
        let stop = cancel.clone();
        let spawned = match kind {
            LayoutKind::Lagen => {
                let map = self.map.clone();
                let pinned = pinned.clone();
                std::thread::Builder::new()
                    .name("layout-lagen".into())
                    .spawn(move || {
                        let (pos, grid) = lanes(&map, &graph, &pinned);
                        let _ = tx.send(LayoutMsg::Done(pos, Some(grid)));
                    })
            }
            LayoutKind::Vrij => {
                let nan = Pos {
                    x: f32::NAN,
                    y: f32::NAN,
                };
                let fixed: Vec<bool> = pinned.iter().map(Option::is_some).collect();
                let start: Vec<Pos> = pinned.iter().map(|p| p.unwrap_or(nan)).collect();
                std::thread::Builder::new()
                    .name("layout-vrij".into())
                    .spawn(move || run_force(&graph, start, fixed, &tx, &stop))
            }
        };
        match spawned {
            Ok(_) => {
                self.job = Some(LayoutJob { kind, rx, cancel });
                self.layout_progress = Some(0.0);
            }
            Err(_) => {
                // No thread to be had: compute here rather than show nothing.
                self.job = None;
                self.layout_progress = None;
                let (pos, grid) = match kind {
                    LayoutKind::Lagen => {
                        let (p, g) = lanes(&self.map, &self.graph, &pinned);
                        (p, Some(g))
                    }
                    LayoutKind::Vrij => {
                        let mut f =
                            ForceLayout::new(&self.graph, vec![], vec![], ForceParams::default());
                        f.run(300);
                        (f.into_positions(), None)
                    }
                };
                self.accept_layout(kind, pos, grid);
            }
        }
    }

    fn accept_layout(&mut self, kind: LayoutKind, pos: Vec<Pos>, grid: Option<LaneGrid>) {
        self.finished.insert(kind, (pos.clone(), grid.clone()));
        if kind == self.layout {
            self.positions = pos;
            self.lanes = grid;
            self.scene_dirty = true;
        }
    }

    /// Takes in what the layout thread produced. Returns whether a layout is still running (so
    /// the caller keeps repainting).
    pub fn poll_layout(&mut self) -> bool {
        let Some(job) = &self.job else {
            return false;
        };
        let kind = job.kind;
        let mut last = None;
        let mut done = false;
        loop {
            match job.rx.try_recv() {
                Ok(msg) => {
                    done = matches!(msg, LayoutMsg::Done(..));
                    last = Some(msg);
                    if done {
                        break;
                    }
                }
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    done = true;
                    break;
                }
            }
        }
        match last {
            Some(LayoutMsg::Progress(pos, frac)) => {
                self.layout_progress = Some(frac);
                if self.positions.len() == pos.len() {
                    self.positions = pos;
                    self.positions_dirty = true;
                } else {
                    self.positions = pos;
                    self.scene_dirty = true;
                }
            }
            Some(LayoutMsg::Done(pos, grid)) => self.accept_layout(kind, pos, grid),
            None => {}
        }
        if done {
            self.job = None;
            self.layout_progress = None;
        }
        self.job.is_some()
    }

    /// Waits for the running layout to finish (tests and headless use).
    pub fn block_on_layout(&mut self) {
        while self.poll_layout() {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Moves a node (a drag): stops a running layout so that it does not pull the node back.
    pub fn move_node(&mut self, slot: usize, to: Pos) {
        self.job = None;
        self.layout_progress = None;
        if let Some(p) = self.positions.get_mut(slot) {
            *p = to;
            self.positions_dirty = true;
        }
    }

    /// The edit that keeps a dragged node where it was put, in the map's arrangement (saved
    /// with the project); one history entry per drag.
    pub fn pin_edit(&self, slot: usize) -> Option<Edit> {
        let (id, p) = (self.graph.ids.get(slot)?, self.positions.get(slot)?);
        Some(Edit::MoveNodes {
            layout: self.layout.key().to_string(),
            moves: vec![(id.clone(), Some(*p))],
        })
    }

    pub fn select_finding(&mut self, i: Option<usize>) {
        self.selected_finding = i.filter(|&i| i < self.analysis.findings.len());
        self.scene_dirty = true;
    }

    pub fn select_node(&mut self, id: Option<String>) {
        self.what_if = id
            .as_deref()
            .map(|id| core_bridge::what_if(&self.map, id, &self.analysis.thresholds));
        self.selected_node = id;
        self.scene_dirty = true;
    }

    /// The subjects of the selected finding.
    pub fn highlighted_ids(&self) -> Vec<String> {
        self.selected_finding
            .and_then(|i| self.analysis.findings.get(i))
            .map(|f| f.subjects.clone())
            .unwrap_or_default()
    }

    pub fn mark_scene_dirty(&mut self) {
        self.scene_dirty = true;
    }

    /// The emphasis of the selection and the marks of all findings.
    pub fn highlight(&self) -> Highlight {
        let mut h = Highlight::from_findings(
            &self.analysis.findings,
            self.selected_finding,
            self.selected_node.clone(),
            MAX_MISSING_LINKS_SHOWN,
        );
        // An open triangle: draw the leg that is missing.
        if let Some(f) = self
            .selected_finding
            .and_then(|i| self.analysis.findings.get(i))
        {
            let legs =
                core_bridge::missing_legs(&self.map, &self.analysis, f, MAX_MISSING_LINKS_SHOWN);
            if !legs.is_empty() {
                h.missing_links = legs;
            }
        }
        h
    }

    /// The scene, rebuilt if needed.
    pub fn scene(&mut self) -> &Scene {
        if self.scene_dirty {
            let highlight = self.highlight();
            self.scene = scene::build(SceneInput {
                map: self.display_map(),
                graph: &self.graph,
                positions: &self.positions,
                lanes: self
                    .lanes
                    .as_ref()
                    .filter(|_| self.layout == LayoutKind::Lagen),
                filter: &self.filter,
                highlight: &highlight,
                lang: self.lang,
            });
            self.scene_dirty = false;
            self.positions_dirty = false;
            self.scene_generation += 1;
        } else if self.positions_dirty {
            for n in &mut self.scene.nodes {
                if let Some(p) = self.positions.get(n.slot as usize) {
                    n.pos = *p;
                }
            }
            self.positions_dirty = false;
        }
        &self.scene
    }

    /// Scene without a rebuild (for read-only use after [`Self::scene`]).
    pub fn cached_scene(&self) -> &Scene {
        &self.scene
    }
}

/// The free layout on its thread: steps in small batches, sending positions about every 50 ms
/// so the canvas shows the layout unfolding.
fn run_force(
    graph: &Graph,
    start: Vec<Pos>,
    fixed: Vec<bool>,
    tx: &mpsc::Sender<LayoutMsg>,
    cancel: &AtomicBool,
) {
    let mut f = ForceLayout::new(graph, start, fixed, ForceParams::default());
    // Cooling from 200 to 0.5 by 0.97 per step takes about 200 steps.
    const EXPECTED: f32 = 200.0;
    let mut last = Instant::now();
    let _ = tx.send(LayoutMsg::Progress(f.positions().to_vec(), 0.0));
    while !f.is_settled() {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        f.run(2);
        if last.elapsed() > Duration::from_millis(50) {
            last = Instant::now();
            let frac = (f.iterations() as f32 / EXPECTED).min(0.99);
            if tx
                .send(LayoutMsg::Progress(f.positions().to_vec(), frac))
                .is_err()
            {
                return;
            }
        }
    }
    let _ = tx.send(LayoutMsg::Done(f.into_positions(), None));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Document {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld");
        let loaded = crate::import::load_map(&dir).expect("example imports");
        Document::new(dir, loaded.map, vec![])
    }

    #[test]
    fn hidden_names_keep_ids_and_finding_indices() {
        let mut doc = example();
        assert!(std::ptr::eq(doc.display_map(), &doc.map));
        doc.set_anonymous(true);
        let (real, shown) = (&doc.analysis.findings, &doc.display_analysis().findings);
        assert_eq!(real.len(), shown.len());
        for (a, b) in real.iter().zip(shown.iter()) {
            assert_eq!(
                (a.severity, a.kind, &a.subjects),
                (b.severity, b.kind, &b.subjects)
            );
        }
        let ids = |m: &Map| m.persons.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&doc.map), ids(doc.display_map()));
        let shown_text = serde_json::to_string(doc.display_map()).unwrap_or_default();
        let messages: String = shown
            .iter()
            .map(|f| format!("{} {}", f.message(Lang::Nl), f.advice(Lang::Nl)))
            .collect();
        for p in &doc.map.persons {
            assert!(!shown_text.contains(&p.name), "{} in the map", p.name);
            assert!(!messages.contains(&p.name), "{} in a finding", p.name);
        }
        // An edit keeps the display data fresh.
        let id = doc.map.persons[0].id.clone();
        let _ = doc.apply_edit(&Edit::RemovePerson(id.clone()));
        assert!(doc.display_map().person(&id).is_none());
        doc.set_anonymous(false);
        assert!(std::ptr::eq(doc.display_map(), &doc.map));
    }
}
