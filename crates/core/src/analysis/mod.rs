//! The analyses of `spec/analysis.md`: findings, triangles and metrics, pure functions of a map
//! and thresholds.
//!
//! [`analyse`] builds the shared view of the map (indexes, the two graphs, centralities) once and
//! hands it to every analysis, one file each. The result serialises to the JSON contract of the
//! spec ([`to_json`]) and renders as Dutch (or English) Markdown and plain text.
//!
//! Definitions this module settles where the spec leaves room (each analysis file says more):
//! - *werkgebied*: a party or table with an empty werkgebied covers the whole region and so counts
//!   in every municipality's werkgebied; a gemeente with an empty werkgebied covers itself.
//! - *member*: the person when a membership names one, else the party (as in the member graph).
//! - *meet*: a common table in the scope, or a relationship tagged with the scope; a person's
//!   relationship counts for their party.

pub mod actions;
pub mod anchoring;
pub mod coalition;
pub mod connectors;
pub(crate) mod context;
pub mod domains;
pub mod groups;
pub mod isolation;
pub mod key;
pub mod layers;
pub mod leadership;
pub mod lopsided;
pub mod mandate;
pub mod metrics;
pub mod missing_link;
pub mod mono_sector;
pub mod render;
pub mod sources;
pub mod strained;
pub mod triangle;
#[cfg(test)]
mod v2_tests;
pub mod whatif;

pub use render::{to_markdown, to_text};
pub use triangle::{Legs, Triangle, TriangleState};
pub use whatif::{WhatIf, without};

use crate::graph::{self, Graph};
use crate::i18n::{Lang, Msg};
use crate::model::{Domain, Layer, Map, NodeKind};
use context::Ctx;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// How serious a finding is. Ordered: `Hoog` first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hoog,
    Middel,
    Laag,
}

/// What a finding is about; the names are the contract of `spec/analysis.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    OpenTriangle,
    MissingLink,
    IsolatedInitiative,
    UnanchoredInitiative,
    MonoSectorTable,
    IsolatedParty,
    FragmentedNetwork,
    OverloadedConnector,
    SinglePointOfFailure,
    LayerGap,
    DomainGap,
    CoalitionGap,
    LeadershipGap,
    TriangleWithoutMandate,
    StrainedLeg,
    LopsidedCollaboration,
}

impl FindingKind {
    /// Every kind, in the order of the spec's tables.
    pub const ALL: [FindingKind; 16] = [
        FindingKind::OpenTriangle,
        FindingKind::MissingLink,
        FindingKind::IsolatedInitiative,
        FindingKind::UnanchoredInitiative,
        FindingKind::MonoSectorTable,
        FindingKind::IsolatedParty,
        FindingKind::FragmentedNetwork,
        FindingKind::OverloadedConnector,
        FindingKind::SinglePointOfFailure,
        FindingKind::LayerGap,
        FindingKind::DomainGap,
        FindingKind::CoalitionGap,
        FindingKind::LeadershipGap,
        FindingKind::TriangleWithoutMandate,
        FindingKind::StrainedLeg,
        FindingKind::LopsidedCollaboration,
    ];

    /// The JSON name (`open_triangle`, …); findings are ordered by it.
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::OpenTriangle => "open_triangle",
            FindingKind::MissingLink => "missing_link",
            FindingKind::IsolatedInitiative => "isolated_initiative",
            FindingKind::UnanchoredInitiative => "unanchored_initiative",
            FindingKind::MonoSectorTable => "mono_sector_table",
            FindingKind::IsolatedParty => "isolated_party",
            FindingKind::FragmentedNetwork => "fragmented_network",
            FindingKind::OverloadedConnector => "overloaded_connector",
            FindingKind::SinglePointOfFailure => "single_point_of_failure",
            FindingKind::LayerGap => "layer_gap",
            FindingKind::DomainGap => "domain_gap",
            FindingKind::CoalitionGap => "coalition_gap",
            FindingKind::LeadershipGap => "leadership_gap",
            FindingKind::TriangleWithoutMandate => "triangle_without_mandate",
            FindingKind::StrainedLeg => "strained_leg",
            FindingKind::LopsidedCollaboration => "lopsided_collaboration",
        }
    }
}

// The labels live in the translation table; the table does not know the analysis (no cycle).
impl crate::i18n::vocab::Label for FindingKind {
    fn text(self) -> crate::i18n::Text {
        let i = FindingKind::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or(0);
        crate::i18n::analysis::KIND_LABELS[i]
    }
}

impl crate::i18n::vocab::Label for Severity {
    fn text(self) -> crate::i18n::Text {
        use crate::i18n::analysis as tx;
        match self {
            Severity::Hoog => tx::SEV_HOOG,
            Severity::Middel => tx::SEV_MIDDEL,
            Severity::Laag => tx::SEV_LAAG,
        }
    }
}

/// One thing the analysis saw in the map, with the handreiking's advice.
///
/// A finding knows no language: `message` and `advice` are [`Msg`]s, rendered where they are
/// shown ([`Finding::message`], [`Finding::advice`], [`to_json`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// Ids of the parties, persons and tables a user must look at.
    pub subjects: Vec<String>,
    pub domain: Option<Domain>,
    pub layer: Option<Layer>,
    pub werkgebied: Option<String>,
    /// What is the case, with the figures.
    pub message: Msg,
    /// What the handreiking suggests.
    pub advice: Msg,
    /// The figures used, as an object.
    pub evidence: serde_json::Value,
    /// The stable key of version 2 (see [`key`]); given by [`analyse`] once findings are
    /// sorted, empty before.
    pub key: String,
}

impl Finding {
    /// A finding with no domain, layer or werkgebied; set those with struct update syntax.
    pub fn new(
        kind: FindingKind,
        severity: Severity,
        subjects: Vec<String>,
        message: impl Into<Msg>,
        advice: impl Into<Msg>,
        evidence: serde_json::Value,
    ) -> Self {
        Finding {
            kind,
            severity,
            subjects,
            domain: None,
            layer: None,
            werkgebied: None,
            message: message.into(),
            advice: advice.into(),
            evidence,
            key: String::new(),
        }
    }

    /// What is the case, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// What the handreiking suggests, in `lang`.
    pub fn advice(&self, lang: Lang) -> String {
        self.advice.render(lang)
    }

    /// Severity, kind name, subjects (the contract), then the scope; remaining ties keep the
    /// order in which the analyses produce them (the sort is stable), never the language.
    #[allow(clippy::type_complexity)]
    fn sort_key(
        &self,
    ) -> (
        Severity,
        &'static str,
        &[String],
        Option<Domain>,
        Option<Layer>,
        Option<&str>,
    ) {
        (
            self.severity,
            self.kind.name(),
            &self.subjects,
            self.domain,
            self.layer,
            self.werkgebied.as_deref(),
        )
    }
}

/// The user-adjustable limits the analyses use; all are echoed in the output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Thresholds {
    /// A connector at more tables than this is overloaded.
    pub max_tables: usize,
    /// A connector with more meeting hours a year than this is overloaded.
    pub max_meeting_hours: f64,
    /// The share of members with the highest betweenness that counts as bridging.
    pub betweenness_top_fraction: f64,
    /// A table needs at least this many seats before it counts as a sector meeting itself.
    pub mono_sector_min_members: usize,
    /// A leadership contribution held by fewer persons than this is a gap.
    pub leadership_min_holders: usize,
    /// Longest list of ids or names shown in a message or an evidence list (counts stay exact).
    pub max_listed: usize,
    /// `lopsided_collaboration`: a party chairing more than this share of the tables that have
    /// a chair, or carrying more than this share of all meeting hours, carries the whole.
    pub lopsided_share: f64,
    /// `lopsided_collaboration` is only reported when at least this many parties take part.
    pub lopsided_min_parties: usize,
    /// At most this many actions are proposed.
    pub max_actions: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            max_tables: 6,
            max_meeting_hours: 150.0,
            betweenness_top_fraction: 0.1,
            mono_sector_min_members: 2,
            leadership_min_holders: 2,
            max_listed: 50,
            lopsided_share: 0.5,
            lopsided_min_parties: 3,
            max_actions: 10,
        }
    }
}

impl Thresholds {
    /// Every threshold as `(key, label, value)`: the key as in the JSON and in
    /// `--drempel key=value`, a label for people, and the value as shown.
    pub fn entries(&self, lang: Lang) -> Vec<(&'static str, crate::i18n::Text, String)> {
        use crate::i18n::analysis as tx;
        let num = |x| crate::i18n::msg::num(x, lang);
        vec![
            ("max_tables", tx::T_MAX_TABLES, self.max_tables.to_string()),
            (
                "max_meeting_hours",
                tx::T_MAX_HOURS,
                num(self.max_meeting_hours),
            ),
            (
                "betweenness_top_fraction",
                tx::T_TOP_FRACTION,
                num(self.betweenness_top_fraction),
            ),
            (
                "mono_sector_min_members",
                tx::T_MONO_MIN,
                self.mono_sector_min_members.to_string(),
            ),
            (
                "leadership_min_holders",
                tx::T_LEADERSHIP_MIN,
                self.leadership_min_holders.to_string(),
            ),
            ("max_listed", tx::T_MAX_LISTED, self.max_listed.to_string()),
            (
                "lopsided_share",
                crate::i18n::actions::T_LOPSIDED_SHARE,
                num(self.lopsided_share),
            ),
            (
                "lopsided_min_parties",
                crate::i18n::actions::T_LOPSIDED_MIN,
                self.lopsided_min_parties.to_string(),
            ),
            (
                "max_actions",
                crate::i18n::actions::T_MAX_ACTIONS,
                self.max_actions.to_string(),
            ),
        ]
    }
}

/// Counts of what the map holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub parties: usize,
    pub persons: usize,
    pub tables: usize,
    pub memberships: usize,
    pub relations: usize,
}

/// Figures of one node of the metrics graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeMetrics {
    pub id: String,
    /// Degree in the metrics graph.
    pub degree: usize,
    /// networkx normalised betweenness on the metrics graph.
    pub betweenness: f64,
    /// networkx closeness on the metrics graph.
    pub closeness: f64,
    /// Distinct tables: for a party where it is represented, for a person where they sit; 0 for
    /// a table.
    pub tables: usize,
    /// Meeting hours a year over those tables (frequency × duration); for a table its own.
    pub meeting_hours: f64,
    /// Whether the node is an articulation point of the member graph (false when not in it).
    pub articulation: bool,
}

/// Graph-level figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub nodes: Vec<NodeMetrics>,
    /// Connected components of the metrics graph.
    pub components: usize,
    /// Density of the metrics graph: 2m / (n (n − 1)).
    pub density: f64,
    /// Betweenness and closeness are estimates from this many sampled sources (a map too
    /// large for the exact figures, see `metrics::centralities_bounded`); absent when exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_sources: Option<usize>,
    /// Present, and true, only when betweenness is an estimate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub betweenness_estimated: bool,
    /// Present, and true, only when closeness is an estimate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closeness_estimated: bool,
}

/// Everything the analysis says about a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub summary: Summary,
    pub thresholds: Thresholds,
    /// Ordered by severity, then kind name, then subjects.
    pub findings: Vec<Finding>,
    pub triangles: Vec<Triangle>,
    pub metrics: Metrics,
    /// Display names of the ids the triangles mention (werkgebieden, closing tables), for the
    /// renderings; not part of the JSON.
    pub names: BTreeMap<String, String>,
    /// Version 2: the findings gathered for reading, ordered like the findings.
    pub groups: Vec<groups::Group>,
    /// Version 2: what to do first, ranked, each verified by re-analysis.
    pub actions: Vec<actions::Action>,
    /// The actions were not looked for: the map is past [`actions::VERIFY_LIMIT`], where one
    /// verifying re-analysis alone would take seconds. Empty `actions` then means "not
    /// computed", not "nothing to do".
    pub actions_skipped: bool,
}

/// The JSON envelope of the contract.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    summary: &'a Summary,
    thresholds: &'a Thresholds,
    findings: Vec<FindingJson<'a>>,
    groups: Vec<groups::GroupJson<'a>>,
    actions: Vec<actions::ActionJson<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    actions_skipped: bool,
    triangles: &'a [Triangle],
    metrics: &'a Metrics,
}

/// A finding as the contract has it: `message` and `advice` rendered in one language.
#[derive(Serialize)]
struct FindingJson<'a> {
    key: &'a str,
    kind: FindingKind,
    severity: Severity,
    subjects: &'a [String],
    domain: Option<Domain>,
    layer: Option<Layer>,
    werkgebied: Option<&'a str>,
    message: String,
    advice: String,
    evidence: &'a serde_json::Value,
}

/// The JSON of `spec/analysis.md` (`format: "netwerkkaart-analyse"`, `version: 2`: version 1
/// plus `key` on every finding, `groups` and `actions`), with every text in `lang`.
pub fn to_json(a: &Analysis, lang: Lang) -> serde_json::Value {
    let findings = a
        .findings
        .iter()
        .map(|f| FindingJson {
            key: &f.key,
            kind: f.kind,
            severity: f.severity,
            subjects: &f.subjects,
            domain: f.domain,
            layer: f.layer,
            werkgebied: f.werkgebied.as_deref(),
            message: f.message(lang),
            advice: f.advice(lang),
            evidence: &f.evidence,
        })
        .collect();
    let envelope = Envelope {
        format: "netwerkkaart-analyse",
        version: 2,
        summary: &a.summary,
        thresholds: &a.thresholds,
        findings,
        groups: a.groups.iter().map(|g| g.to_json(lang)).collect(),
        actions: a.actions.iter().map(|x| x.to_json(lang)).collect(),
        actions_skipped: a.actions_skipped,
        triangles: &a.triangles,
        metrics: &a.metrics,
    };
    serde_json::to_value(envelope).unwrap_or(serde_json::Value::Null)
}

/// The metrics graph with its centralities, and the member graph's cut vertices.
pub(crate) struct Computed {
    pub metrics: Graph,
    pub betweenness: Vec<f64>,
    pub closeness: Vec<f64>,
    /// Sources sampled when the centralities are estimates; `None` when exact.
    pub sampled: Option<usize>,
    pub components: Vec<u32>,
    /// Cut vertices of the member graph and what each would cut off (one DFS).
    pub cuts: whatif::Cuts,
    /// Articulation points of the member graph, by member-graph node.
    pub member_articulation: Vec<bool>,
}

impl Computed {
    /// Metrics-graph betweenness of an id (0 when not a node).
    pub fn betweenness_of(&self, id: &str) -> f64 {
        self.metrics
            .node(id)
            .and_then(|n| self.betweenness.get(n as usize).copied())
            .unwrap_or(0.0)
    }
}

/// Runs every analysis on `map`.
pub fn analyse(map: &Map, t: &Thresholds) -> Analysis {
    analyse_profiled(map, t, true).0
}

/// [`analyse`], also returning how long each phase took (for profiling and the app's status
/// line), in the order run.
///
/// With `centralities` false, betweenness and closeness are not computed (reported as 0), so
/// the "top tenth by betweenness" criterion of `overloaded_connector` does not fire; everything
/// else is the same. That is the quick pass for a very large map right after an edit, while the
/// full analysis runs in the background.
pub fn analyse_profiled(
    map: &Map,
    t: &Thresholds,
    centralities: bool,
) -> (Analysis, Vec<(&'static str, Duration)>) {
    let (a, clock) = analyse_base(map, t, centralities, true);
    (a, clock.laps)
}

/// Only the keyed, sorted findings of `map` (no groups, actions or node metrics): what an
/// action's verification compares.
pub(crate) fn findings_of(map: &Map, t: &Thresholds, centralities: bool) -> Vec<Finding> {
    analyse_base(map, t, centralities, false).0.findings
}

/// The findings and triangles of `map`, without node metrics, groups and actions, and with
/// the centralities only when a finding depends on them (the findings are those of
/// [`analyse`]): what a comparison of two maps needs.
pub fn analyse_lean(map: &Map, t: &Thresholds) -> Analysis {
    analyse_base(map, t, true, false).0
}

/// The analysis; with `full`, also node metrics, groups and actions.
fn analyse_base(map: &Map, t: &Thresholds, centralities: bool, full: bool) -> (Analysis, Clock) {
    let mut clock = Clock::start();
    let ctx = Ctx::new(map);
    clock.lap("context+member_graph");
    let g = graph::metrics_graph(map);
    clock.lap("metrics_graph");
    // One pass over all sources gives both centralities. An action's verification (not `full`)
    // needs them only when a connector's verdict depends on betweenness; it computes them
    // below, then, and only then.
    let lazy = centralities && !full;
    let c = if centralities && !lazy {
        metrics::centralities_bounded(&g)
    } else {
        metrics::Centralities {
            betweenness: vec![0.0; g.len()],
            closeness: vec![0.0; g.len()],
            sampled: None,
        }
    };
    clock.lap("betweenness+closeness");
    let components = metrics::components(&g);
    clock.lap("components");
    // One depth-first search gives both the cut vertices and what each cuts off, so the
    // single_point_of_failure evidence and the articulation flags cannot disagree.
    let cuts = whatif::Cuts::new(&ctx.member);
    let member_articulation = (0..ctx.member.len() as u32)
        .map(|n| cuts.is_cut(n))
        .collect();
    clock.lap("articulation");
    let mut comp = Computed {
        metrics: g,
        betweenness: c.betweenness,
        closeness: c.closeness,
        sampled: c.sampled,
        components,
        cuts,
        member_articulation,
    };
    let triangles = triangle::triangles(&ctx);
    clock.lap("triangles");

    let mut findings = Vec::new();
    findings.extend(triangle::open_triangles(&ctx, &triangles, t));
    clock.lap("open_triangle");
    findings.extend(missing_link::missing_links(&ctx, t));
    clock.lap("missing_link");
    findings.extend(isolation::isolated_initiatives(&ctx));
    findings.extend(isolation::isolated_parties(&ctx));
    findings.extend(isolation::fragmented_network(&ctx, &comp));
    clock.lap("isolation");
    findings.extend(anchoring::unanchored_initiatives(&ctx, t));
    findings.extend(mono_sector::mono_sector_tables(&ctx, t));
    clock.lap("anchoring+mono_sector");
    let (mut found, depends) = connectors::connectors_checked(&ctx, &comp, t);
    // Whether re-analyses can skip betweenness (the actions' verification budget uses it).
    let lean = !depends;
    if lazy && depends {
        let c = metrics::centralities_bounded(&comp.metrics);
        comp.betweenness = c.betweenness;
        comp.closeness = c.closeness;
        comp.sampled = c.sampled;
        found = connectors::connectors(&ctx, &comp, t);
    }
    findings.extend(found);
    clock.lap("connectors");
    findings.extend(layers::layer_gaps(&ctx, t));
    findings.extend(domains::domain_gaps(&ctx, t));
    findings.extend(coalition::coalition_gap(&ctx, t));
    findings.extend(leadership::leadership_gaps(&ctx, t));
    clock.lap("layers+domains+coalition+leadership");
    findings.extend(mandate::triangles_without_mandate(&ctx, &triangles));
    findings.extend(strained::strained_legs(&ctx, &triangles));
    findings.extend(lopsided::lopsided(&ctx, t));
    clock.lap("mandate+strained+lopsided");
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    key::assign_keys(&mut findings);
    sources::note_single_sources(map, &mut findings);

    if !full {
        let analysis = Analysis {
            summary: summary(map),
            thresholds: t.clone(),
            findings,
            triangles,
            metrics: Metrics {
                nodes: Vec::new(),
                components: 0,
                density: 0.0,
                estimate_sources: None,
                betweenness_estimated: false,
                closeness_estimated: false,
            },
            names: BTreeMap::new(),
            groups: Vec::new(),
            actions: Vec::new(),
            actions_skipped: false,
        };
        return (analysis, clock);
    }
    let metrics = node_metrics(&ctx, &comp);
    let names = triangles
        .iter()
        .flat_map(|t| t.werkgebied.iter().chain(&t.closing_tables))
        .map(|id| (id.clone(), ctx.name(id).to_string()))
        .collect();
    clock.lap("node_metrics");
    let groups = groups::groups(&ctx, &findings);
    clock.lap("groups");
    let actions_skipped = actions::too_large(map);
    let actions = if actions_skipped {
        Vec::new()
    } else {
        actions::actions(&ctx, &findings, t, centralities, lean)
    };
    clock.lap("actions");
    let analysis = Analysis {
        summary: summary(map),
        thresholds: t.clone(),
        findings,
        triangles,
        metrics,
        names,
        groups,
        actions,
        actions_skipped,
    };
    (analysis, clock)
}

fn summary(map: &Map) -> Summary {
    Summary {
        parties: map.parties.len(),
        persons: map.persons.len(),
        tables: map.tables.len(),
        memberships: map.memberships.len(),
        relations: map.relations.len(),
    }
}

/// Lap times of the phases of one run.
struct Clock {
    last: Instant,
    laps: Vec<(&'static str, Duration)>,
}

impl Clock {
    fn start() -> Self {
        Clock {
            last: Instant::now(),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        self.laps.push((name, now - self.last));
        self.last = now;
    }
}

fn node_metrics(ctx: &Ctx, comp: &Computed) -> Metrics {
    let g = &comp.metrics;
    let nodes = (0..g.len())
        .map(|n| {
            let id = &g.ids[n];
            let (tables, meeting_hours) = match ctx.index.get(id) {
                Some((NodeKind::Party, i)) => load(ctx, &ctx.party_tables[i]),
                Some((NodeKind::Person, i)) => load(ctx, &ctx.person_tables[i]),
                Some((NodeKind::Table, i)) => (0, ctx.table_hours(i as u32)),
                None => (0, 0.0),
            };
            NodeMetrics {
                id: id.clone(),
                degree: g.neighbors(n as u32).len(),
                betweenness: finite(comp.betweenness.get(n).copied().unwrap_or(0.0)),
                closeness: finite(comp.closeness.get(n).copied().unwrap_or(0.0)),
                tables,
                meeting_hours,
                articulation: ctx
                    .member
                    .node(id)
                    .is_some_and(|m| comp.member_articulation.get(m as usize) == Some(&true)),
            }
        })
        .collect();
    let n = g.len() as f64;
    let density = if g.len() > 1 {
        2.0 * g.edge_count() as f64 / (n * (n - 1.0))
    } else {
        0.0
    };
    let components = comp
        .components
        .iter()
        .map(|c| *c as usize + 1)
        .max()
        .unwrap_or(0);
    Metrics {
        nodes,
        components,
        density,
        estimate_sources: comp.sampled,
        betweenness_estimated: comp.sampled.is_some(),
        closeness_estimated: comp.sampled.is_some(),
    }
}

/// Table count and yearly meeting hours over a list of table indices.
fn load(ctx: &Ctx, tables: &[u32]) -> (usize, f64) {
    (
        tables.len(),
        tables.iter().map(|&t| ctx.table_hours(t)).sum(),
    )
}

/// JSON has no NaN or infinity; a broken figure becomes 0 rather than `null`.
fn finite(x: f64) -> f64 {
    if x.is_finite() { x } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::i18n::vocab::Label as _;

    #[test]
    fn every_kind_has_its_own_label_in_both_languages() {
        let labels: std::collections::BTreeSet<&str> = FindingKind::ALL
            .iter()
            .map(|k| k.label_in(Lang::En))
            .collect();
        assert_eq!(labels.len(), FindingKind::ALL.len());
        assert_eq!(
            FindingKind::OpenTriangle.label_in(Lang::Nl),
            "Open driehoek"
        );
        assert_eq!(
            FindingKind::LeadershipGap.label_in(Lang::En),
            "Network leadership incomplete"
        );
    }
}
