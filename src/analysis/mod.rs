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

pub mod anchoring;
pub mod coalition;
pub mod connectors;
pub(crate) mod context;
pub mod domains;
pub mod isolation;
pub mod layers;
pub mod leadership;
pub mod metrics;
pub mod missing_link;
pub mod mono_sector;
pub mod render;
pub mod triangle;
pub mod whatif;

pub use render::{to_markdown, to_text};
pub use triangle::{Legs, Triangle, TriangleState};
pub use whatif::{WhatIf, without};

use crate::graph::{self, Graph};
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
}

impl FindingKind {
    /// Every kind, in the order of the spec's table.
    pub const ALL: [FindingKind; 13] = [
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
        }
    }
}

/// One thing the analysis saw in the map, with the handreiking's advice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// Ids of the parties, persons and tables a user must look at.
    pub subjects: Vec<String>,
    pub domain: Option<Domain>,
    pub layer: Option<Layer>,
    pub werkgebied: Option<String>,
    /// What is the case, with the figures (current language).
    pub message: String,
    /// What the handreiking suggests (current language).
    pub advice: String,
    /// The figures used, as an object.
    pub evidence: serde_json::Value,
}

impl Finding {
    /// A finding with no domain, layer or werkgebied; set those with struct update syntax.
    pub fn new(
        kind: FindingKind,
        severity: Severity,
        subjects: Vec<String>,
        message: String,
        advice: String,
        evidence: serde_json::Value,
    ) -> Self {
        Finding {
            kind,
            severity,
            subjects,
            domain: None,
            layer: None,
            werkgebied: None,
            message,
            advice,
            evidence,
        }
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
        }
    }
}

impl Thresholds {
    /// Every threshold as `(key, label, value)`: the key as in the JSON and in
    /// `--drempel key=value`, a label for people, and the value as shown.
    pub fn entries(&self) -> Vec<(&'static str, crate::i18n::Text, String)> {
        use crate::i18n::analysis as tx;
        let num = connectors::num;
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
}

/// The JSON envelope of the contract.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    summary: &'a Summary,
    thresholds: &'a Thresholds,
    findings: &'a [Finding],
    triangles: &'a [Triangle],
    metrics: &'a Metrics,
}

impl Serialize for Analysis {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Envelope {
            format: "netwerkkaart-analyse",
            version: 1,
            summary: &self.summary,
            thresholds: &self.thresholds,
            findings: &self.findings,
            triangles: &self.triangles,
            metrics: &self.metrics,
        }
        .serialize(s)
    }
}

/// The JSON of `spec/analysis.md` (`format: "netwerkkaart-analyse"`, `version: 1`).
pub fn to_json(a: &Analysis) -> serde_json::Value {
    serde_json::to_value(a).unwrap_or(serde_json::Value::Null)
}

/// The metrics graph with its centralities, and the member graph's cut vertices.
pub(crate) struct Computed {
    pub metrics: Graph,
    pub betweenness: Vec<f64>,
    pub closeness: Vec<f64>,
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
    let mut clock = Clock::start();
    let ctx = Ctx::new(map);
    clock.lap("context+member_graph");
    let g = graph::metrics_graph(map);
    clock.lap("metrics_graph");
    // One pass over all sources gives both centralities.
    let (betweenness, closeness) = if centralities {
        metrics::centralities(&g)
    } else {
        (vec![0.0; g.len()], vec![0.0; g.len()])
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
    let comp = Computed {
        metrics: g,
        betweenness,
        closeness,
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
    findings.extend(connectors::connectors(&ctx, &comp, t));
    clock.lap("connectors");
    findings.extend(layers::layer_gaps(&ctx, t));
    findings.extend(domains::domain_gaps(&ctx, t));
    findings.extend(coalition::coalition_gap(&ctx, t));
    findings.extend(leadership::leadership_gaps(&ctx, t));
    clock.lap("layers+domains+coalition+leadership");
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));

    let metrics = node_metrics(&ctx, &comp);
    let names = triangles
        .iter()
        .flat_map(|t| t.werkgebied.iter().chain(&t.closing_tables))
        .map(|id| (id.clone(), ctx.name(id).to_string()))
        .collect();
    clock.lap("node_metrics");
    let analysis = Analysis {
        summary: Summary {
            parties: map.parties.len(),
            persons: map.persons.len(),
            tables: map.tables.len(),
            memberships: map.memberships.len(),
            relations: map.relations.len(),
        },
        thresholds: t.clone(),
        findings,
        triangles,
        metrics,
        names,
    };
    (analysis, clock.laps)
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
