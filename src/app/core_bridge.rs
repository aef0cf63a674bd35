//! The one place where the app meets the importer and the analysis.
//!
//! Everything the app needs from `crate::import` and `crate::analysis` goes through this
//! module: loading a map, analysing it, and the few questions the views ask of findings and
//! triangles (which leg is missing, which marker a finding puts on a node). The views never
//! look inside the analysis types themselves, so swapping the stand-ins below for the real
//! modules touches this file only.
//!
//! STAND-IN: the types and functions marked below are minimal stand-ins written while the
//! importer and the analysis were built in parallel. At merge, replace them with
//! `crate::import::{load_map, Loaded, ImportFailure, Diagnostic}` and
//! `crate::analysis::{analyse, Analysis, Finding, FindingKind, Severity, Thresholds, Triangle}`
//! and adapt the accessor functions at the end of the file.

use crate::graph::{Graph, metrics_graph};
use crate::i18n::ui as txt;
use crate::model::{Domain, Map, NodeKind, PartyKind, Vocab};
use crate::style::{Marker, SeverityLevel};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// STAND-IN: replace with crate::import at merge
// ---------------------------------------------------------------------------------------------

/// One import message, Dutch when displayed.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic(pub String);

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A map that imported, with the warnings met on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub map: Map,
    pub warnings: Vec<Diagnostic>,
}

/// Every error (and warning) of an import that failed.
#[derive(Debug, Clone)]
pub struct ImportFailure {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// STAND-IN: reads project files only; the importer replaces this with CSV folders and
/// workbooks.
pub fn load_map(path: &Path) -> Result<Loaded, ImportFailure> {
    let is_project = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::project::EXTENSION));
    if !is_project {
        return Err(ImportFailure {
            errors: vec![Diagnostic(
                txt::STANDIN_NO_IMPORTER.fill(&[("path", &path.display())]),
            )],
            warnings: vec![],
        });
    }
    match crate::project::load(path) {
        Ok(map) => {
            let (errors, warnings): (Vec<_>, Vec<_>) = crate::model::validate(&map)
                .into_iter()
                .partition(|p| p.is_error());
            let show =
                |p: crate::model::Problem| Diagnostic(format!("{:?}: {:?}", p.entity, p.kind));
            if errors.is_empty() {
                Ok(Loaded {
                    map,
                    warnings: warnings.into_iter().map(show).collect(),
                })
            } else {
                Err(ImportFailure {
                    errors: errors.into_iter().map(show).collect(),
                    warnings: warnings.into_iter().map(show).collect(),
                })
            }
        }
        Err(e) => Err(ImportFailure {
            errors: vec![Diagnostic(e.to_string())],
            warnings: vec![],
        }),
    }
}

// ---------------------------------------------------------------------------------------------
// STAND-IN: replace with crate::analysis at merge
// ---------------------------------------------------------------------------------------------

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Hoog,
    Middel,
    Laag,
}

/// What a finding is about (the kinds of `spec/analysis.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub subjects: Vec<String>,
    pub domain: Option<Domain>,
    pub layer: Option<crate::model::Layer>,
    pub werkgebied: Option<String>,
    pub message: String,
    pub advice: String,
    pub evidence: serde_json::Value,
}

/// The state of a triangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriangleState {
    Gesloten,
    Verbonden,
    Open,
    Afwezig,
}

/// The gemeente–corporatie–zorg triangle in one domain (and werkgebied).
#[derive(Debug, Clone, PartialEq)]
pub struct Triangle {
    pub domain: Domain,
    pub werkgebied: Option<String>,
    pub state: TriangleState,
    /// gemeente–woningcorporatie, gemeente–zorgaanbieder, woningcorporatie–zorgaanbieder.
    pub legs: [bool; 3],
    pub closing_tables: Vec<String>,
}

/// Figures of one node.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeMetrics {
    pub id: String,
    pub degree: usize,
    /// STAND-IN: not computed (None) until the real metrics are merged.
    pub betweenness: Option<f64>,
    pub tables: usize,
    pub meeting_hours: f64,
    pub articulation: bool,
}

/// The analysis thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Thresholds {
    pub max_tables: usize,
    pub max_meeting_hours: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            max_tables: 6,
            max_meeting_hours: 150.0,
        }
    }
}

/// Everything the analysis found.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub triangles: Vec<Triangle>,
    pub metrics: Vec<NodeMetrics>,
}

/// The three legs in the order of [`Triangle::legs`].
pub const LEGS: [(PartyKind, PartyKind); 3] = [
    (PartyKind::Gemeente, PartyKind::Woningcorporatie),
    (PartyKind::Gemeente, PartyKind::Zorgaanbieder),
    (PartyKind::Woningcorporatie, PartyKind::Zorgaanbieder),
];

/// STAND-IN analysis: triangles, missing links, isolated initiatives and parties, mono-sector
/// tables, single points of failure and overloaded connectors, by simple rules.
pub fn analyse(map: &Map, th: &Thresholds) -> Analysis {
    let index = map.index();
    let kind_of_party = |id: &str| index.party(id).map(|i| map.parties[i].kind);
    // Who sits where: the parties (and persons) at each table.
    let mut seated: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    let mut members: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    let mut tables_of: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for m in &map.memberships {
        seated.entry(&m.table).or_default().insert(&m.party);
        let member = m.person.as_deref().unwrap_or(&m.party);
        members.entry(&m.table).or_default().insert(member);
        tables_of.entry(member).or_default().insert(&m.table);
        tables_of.entry(&m.party).or_default().insert(&m.table);
    }
    let mut findings = Vec::new();
    let mut triangles = Vec::new();

    // Triangles per domain, and per werkgebied when the map has several municipalities.
    let municipalities: Vec<&str> = map.municipalities().map(|p| p.id.as_str()).collect();
    let mut scopes: Vec<Option<&str>> = vec![None];
    if municipalities.len() > 1 {
        scopes.extend(municipalities.iter().map(|g| Some(*g)));
    }
    for &d in Domain::ALL {
        for &scope in &scopes {
            let tables: Vec<&crate::model::Table> = map
                .tables
                .iter()
                .filter(|t| t.domains.contains(d))
                .filter(|t| {
                    scope.is_none_or(|g| {
                        t.werkgebied.is_empty() || t.werkgebied.iter().any(|w| w == g)
                    })
                })
                .collect();
            let kinds_at = |t: &crate::model::Table| -> HashSet<PartyKind> {
                seated
                    .get(t.id.as_str())
                    .into_iter()
                    .flatten()
                    .filter_map(|p| kind_of_party(p))
                    .collect()
            };
            let present: HashSet<PartyKind> = tables.iter().flat_map(|t| kinds_at(t)).collect();
            let mut legs = [false; 3];
            for (i, (a, b)) in LEGS.iter().enumerate() {
                legs[i] = tables.iter().any(|t| {
                    let k = kinds_at(t);
                    k.contains(a) && k.contains(b)
                });
            }
            let closing_tables: Vec<String> = tables
                .iter()
                .filter(|t| PartyKind::CORE.iter().all(|k| kinds_at(t).contains(k)))
                .map(|t| t.id.clone())
                .collect();
            let state = if !PartyKind::CORE.iter().all(|k| present.contains(k)) {
                TriangleState::Afwezig
            } else if !closing_tables.is_empty() {
                TriangleState::Gesloten
            } else if legs.iter().all(|l| *l) {
                TriangleState::Verbonden
            } else {
                TriangleState::Open
            };
            if matches!(state, TriangleState::Open | TriangleState::Afwezig) {
                let missing: Vec<PartyKind> = LEGS
                    .iter()
                    .zip(legs)
                    .filter(|(_, l)| !l)
                    .flat_map(|((a, b), _)| [*a, *b])
                    .collect();
                let subjects: BTreeSet<String> = map
                    .parties
                    .iter()
                    .filter(|p| missing.contains(&p.kind))
                    .filter(|p| {
                        scope.is_none_or(|g| {
                            p.id == g
                                || p.werkgebied.is_empty()
                                || p.werkgebied.iter().any(|w| w == g)
                        })
                    })
                    .map(|p| p.id.clone())
                    .collect();
                findings.push(Finding {
                    kind: FindingKind::OpenTriangle,
                    severity: Severity::Hoog,
                    subjects: subjects.into_iter().collect(),
                    domain: Some(d),
                    layer: None,
                    werkgebied: scope.map(str::to_string),
                    message: {
                        let area = scope.map_or(txt::WHOLE_REGION.get().to_string(), |g| {
                            map.name_of(g).to_string()
                        });
                        txt::STANDIN_OPEN_TRIANGLE.fill(&[
                            ("domain", &crate::i18n::vocab::Label::label(d)),
                            ("area", &area),
                        ])
                    },
                    advice: txt::STANDIN_OPEN_TRIANGLE_ADVICE.get().to_string(),
                    evidence: serde_json::json!({ "legs": legs }),
                });
            }
            triangles.push(Triangle {
                domain: d,
                werkgebied: scope.map(str::to_string),
                state,
                legs,
                closing_tables,
            });
        }
    }

    // Missing links: a corporation and a care provider (or a municipality and one of them)
    // active in the same area that share no table and no relationship.
    let related: HashSet<(&str, &str)> = map
        .relations
        .iter()
        .flat_map(|r| {
            [
                (r.from.as_str(), r.to.as_str()),
                (r.to.as_str(), r.from.as_str()),
            ]
        })
        .collect();
    let overlaps = |a: &crate::model::Party, b: &crate::model::Party| {
        let area = |p: &crate::model::Party| -> Vec<String> {
            if p.kind == PartyKind::Gemeente {
                vec![p.id.clone()]
            } else {
                p.werkgebied.clone()
            }
        };
        let (x, y) = (area(a), area(b));
        x.is_empty() || y.is_empty() || x.iter().any(|g| y.contains(g))
    };
    let empty = BTreeSet::new();
    // The stand-in compares all pairs; on big maps that is quadratic in findings too.
    let pair_limit = if map.parties.len() <= 300 {
        map.parties.len()
    } else {
        0
    };
    for (i, a) in map.parties.iter().enumerate().take(pair_limit) {
        for b in &map.parties[i + 1..] {
            let pair = (a.kind, b.kind);
            let relevant = LEGS.iter().any(|&(x, y)| pair == (x, y) || pair == (y, x));
            if !relevant || !overlaps(a, b) || related.contains(&(a.id.as_str(), b.id.as_str())) {
                continue;
            }
            let ta = tables_of.get(a.id.as_str()).unwrap_or(&empty);
            let tb = tables_of.get(b.id.as_str()).unwrap_or(&empty);
            if ta.is_empty() || tb.is_empty() || ta.intersection(tb).next().is_some() {
                continue;
            }
            let mut pair_ids = [a.id.clone(), b.id.clone()];
            pair_ids.sort();
            findings.push(Finding {
                kind: FindingKind::MissingLink,
                severity: Severity::Middel,
                subjects: pair_ids.to_vec(),
                domain: None,
                layer: None,
                werkgebied: None,
                message: txt::STANDIN_MISSING_LINK.fill(&[("a", &a.name), ("b", &b.name)]),
                advice: txt::STANDIN_MISSING_LINK_ADVICE.get().to_string(),
                evidence: serde_json::Value::Null,
            });
        }
    }

    // Isolated initiatives, mono-sector tables.
    let reported_to: HashSet<&str> = map
        .tables
        .iter()
        .flat_map(|t| t.reports_to.iter().map(String::as_str))
        .collect();
    for t in &map.tables {
        let Some(ms) = members.get(t.id.as_str()) else {
            continue;
        };
        let elsewhere = ms
            .iter()
            .any(|m| tables_of.get(m).is_some_and(|ts| ts.len() > 1));
        if !elsewhere && t.reports_to.is_empty() && !reported_to.contains(t.id.as_str()) {
            findings.push(Finding {
                kind: FindingKind::IsolatedInitiative,
                severity: Severity::Middel,
                subjects: vec![t.id.clone()],
                domain: t.domains.iter().next(),
                layer: t.layers.iter().next(),
                werkgebied: None,
                message: txt::STANDIN_ISOLATED.fill(&[("name", &t.name)]),
                advice: txt::STANDIN_ISOLATED_ADVICE.get().to_string(),
                evidence: serde_json::Value::Null,
            });
        }
        let kinds: HashSet<PartyKind> = seated
            .get(t.id.as_str())
            .into_iter()
            .flatten()
            .filter_map(|p| kind_of_party(p))
            .collect();
        let parties = seated.get(t.id.as_str()).map_or(0, BTreeSet::len);
        if kinds.len() == 1 && parties > 1 {
            findings.push(Finding {
                kind: FindingKind::MonoSectorTable,
                severity: Severity::Laag,
                subjects: vec![t.id.clone()],
                domain: t.domains.iter().next(),
                layer: t.layers.iter().next(),
                werkgebied: None,
                message: txt::STANDIN_MONO.fill(&[("name", &t.name)]),
                advice: txt::STANDIN_MONO_ADVICE.get().to_string(),
                evidence: serde_json::Value::Null,
            });
        }
    }
    for p in &map.parties {
        if !tables_of.contains_key(p.id.as_str()) && !related.iter().any(|(a, _)| *a == p.id) {
            findings.push(Finding {
                kind: FindingKind::IsolatedParty,
                severity: Severity::Laag,
                subjects: vec![p.id.clone()],
                domain: None,
                layer: None,
                werkgebied: None,
                message: txt::STANDIN_ISOLATED_PARTY.fill(&[("name", &p.name)]),
                advice: txt::STANDIN_ISOLATED_PARTY_ADVICE.get().to_string(),
                evidence: serde_json::Value::Null,
            });
        }
    }

    // Single points of failure and overloaded connectors on the member graph.
    let member = crate::graph::member_graph(map);
    let cut = articulation_points(&member);
    let hours_of = |id: &str| -> f64 {
        tables_of
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|t| index.table(t).and_then(|i| map.tables[i].hours_per_year()))
            .sum()
    };
    for (n, id) in member.ids.iter().enumerate() {
        if member.kinds[n] == NodeKind::Table || !cut[n] {
            continue;
        }
        let seats = tables_of.get(id.as_str()).map_or(0, BTreeSet::len);
        let hours = hours_of(id);
        let name = map.name_of(id);
        if seats > th.max_tables || hours > th.max_meeting_hours {
            let mut subjects = vec![id.clone()];
            subjects.extend(
                tables_of
                    .get(id.as_str())
                    .into_iter()
                    .flatten()
                    .map(|t| t.to_string()),
            );
            findings.push(Finding {
                kind: FindingKind::OverloadedConnector,
                severity: Severity::Hoog,
                subjects,
                domain: None,
                layer: None,
                werkgebied: None,
                message: txt::STANDIN_OVERLOADED.fill(&[
                    ("name", &name),
                    ("tables", &seats),
                    ("hours", &hours.round()),
                ]),
                advice: txt::STANDIN_OVERLOADED_ADVICE.get().to_string(),
                evidence: serde_json::json!({ "tables": seats, "meeting_hours": hours }),
            });
        } else {
            findings.push(Finding {
                kind: FindingKind::SinglePointOfFailure,
                severity: Severity::Middel,
                subjects: vec![id.clone()],
                domain: None,
                layer: None,
                werkgebied: None,
                message: txt::STANDIN_SPOF.fill(&[("name", &name)]),
                advice: txt::STANDIN_SPOF_ADVICE.get().to_string(),
                evidence: serde_json::Value::Null,
            });
        }
    }

    findings
        .sort_by(|a, b| (a.severity, a.kind, &a.subjects).cmp(&(b.severity, b.kind, &b.subjects)));

    let g = metrics_graph(map);
    let g_cut = articulation_points(&g);
    let metrics = g
        .ids
        .iter()
        .enumerate()
        .map(|(n, id)| NodeMetrics {
            id: id.clone(),
            degree: g.neighbors(n as u32).len(),
            betweenness: None,
            tables: tables_of.get(id.as_str()).map_or(0, BTreeSet::len),
            meeting_hours: hours_of(id),
            articulation: g_cut[n],
        })
        .collect();
    Analysis {
        findings,
        triangles,
        metrics,
    }
}

/// Cut vertices of `g` (iterative Tarjan, so deep graphs cannot overflow the stack).
fn articulation_points(g: &Graph) -> Vec<bool> {
    let n = g.len();
    let mut disc = vec![u32::MAX; n];
    let mut low = vec![0u32; n];
    let mut cut = vec![false; n];
    let mut time = 0u32;
    for root in 0..n {
        if disc[root] != u32::MAX {
            continue;
        }
        // Stack of (node, parent, next neighbour position).
        let mut stack: Vec<(usize, usize, usize)> = vec![(root, usize::MAX, 0)];
        disc[root] = time;
        low[root] = time;
        time += 1;
        let mut root_children = 0;
        while let Some(&mut (v, parent, ref mut next)) = stack.last_mut() {
            let nbrs = g.neighbors(v as u32);
            if *next < nbrs.len() {
                let w = nbrs[*next] as usize;
                *next += 1;
                if disc[w] == u32::MAX {
                    disc[w] = time;
                    low[w] = time;
                    time += 1;
                    if v == root {
                        root_children += 1;
                    }
                    stack.push((w, v, 0));
                } else if w != parent {
                    low[v] = low[v].min(disc[w]);
                }
            } else {
                stack.pop();
                if parent != usize::MAX {
                    low[parent] = low[parent].min(low[v]);
                    if parent != root && low[v] >= disc[parent] {
                        cut[parent] = true;
                    }
                }
            }
        }
        cut[root] = root_children > 1;
    }
    cut
}

// ---------------------------------------------------------------------------------------------
// Accessors: the questions the views ask. Adapt these at merge; the views stay as they are.
// ---------------------------------------------------------------------------------------------

/// The severity of a finding as the style knows it.
pub fn severity_level(f: &Finding) -> SeverityLevel {
    match f.severity {
        Severity::Hoog => SeverityLevel::Hoog,
        Severity::Middel => SeverityLevel::Middel,
        Severity::Laag => SeverityLevel::Laag,
    }
}

/// The machine name of a finding's kind (as in the JSON), which keys its label.
pub fn kind_key(kind: FindingKind) -> &'static str {
    match kind {
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

/// The mark a finding puts on its first subject, if any.
pub fn marker_of(f: &Finding) -> Option<Marker> {
    match f.kind {
        FindingKind::OverloadedConnector => Some(Marker::Overloaded),
        FindingKind::SinglePointOfFailure => Some(Marker::SinglePointOfFailure),
        FindingKind::IsolatedInitiative => Some(Marker::Isolated),
        _ => None,
    }
}

/// The two parties of a missing link.
pub fn missing_link_pair(f: &Finding) -> Option<(String, String)> {
    match (f.kind, f.subjects.as_slice()) {
        (FindingKind::MissingLink, [a, b]) => Some((a.clone(), b.clone())),
        _ => None,
    }
}

/// Whether the leg between two core kinds exists in a triangle.
pub fn leg_present(t: &Triangle, a: PartyKind, b: PartyKind) -> bool {
    LEGS.iter()
        .position(|&(x, y)| (x, y) == (a, b) || (x, y) == (b, a))
        .is_some_and(|i| t.legs[i])
}

/// The figures of one node, if the analysis has them.
pub fn node_metrics<'a>(a: &'a Analysis, id: &str) -> Option<&'a NodeMetrics> {
    a.metrics.iter().find(|m| m.id == id)
}

/// What would be cut off from the rest if `id` left: the ids of the nodes that lose their
/// connection to the largest remaining part of `id`'s component, sorted by name order of ids.
///
/// The what-if of the inspector ("als deze persoon wegvalt…"), computed on the metrics graph.
pub fn cut_off_without(g: &Graph, id: &str) -> Vec<String> {
    let Some(gone) = g.node(id) else {
        return vec![];
    };
    // Components of the neighbourhood after removal, by breadth-first search.
    let mut comp = vec![u32::MAX; g.len()];
    comp[gone as usize] = u32::MAX - 1;
    let mut pieces: Vec<Vec<u32>> = Vec::new();
    for &start in g.neighbors(gone) {
        if comp[start as usize] != u32::MAX {
            continue;
        }
        let c = pieces.len() as u32;
        let mut piece = vec![start];
        comp[start as usize] = c;
        let mut i = 0;
        while i < piece.len() {
            let v = piece[i];
            i += 1;
            for &w in g.neighbors(v) {
                if comp[w as usize] == u32::MAX {
                    comp[w as usize] = c;
                    piece.push(w);
                }
            }
        }
        pieces.push(piece);
    }
    let Some(largest) = (0..pieces.len()).max_by_key(|&i| (pieces[i].len(), usize::MAX - i)) else {
        return vec![];
    };
    let mut out: Vec<String> = pieces
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != largest)
        .flat_map(|(_, p)| p.iter().map(|&n| g.ids[n as usize].clone()))
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    /// A star a–b, a–c joined to a triangle c–d–e: a and c are cut vertices.
    fn star() -> Graph {
        Graph {
            ids: ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
            kinds: vec![NodeKind::Party; 5],
            offsets: vec![0, 2, 3, 6, 8, 10],
            targets: vec![1, 2, 0, 0, 3, 4, 2, 4, 2, 3],
        }
    }

    #[test]
    fn articulation_points_by_hand() {
        // Removing a cuts b off; removing c cuts {d, e} off; nothing else disconnects.
        assert_eq!(
            articulation_points(&star()),
            [true, false, true, false, false]
        );
    }

    #[test]
    fn what_if_lists_what_is_cut_off() {
        let g = star();
        // Without c: pieces {a, b} and {d, e}, equal size; the first found (via a) is kept.
        assert_eq!(cut_off_without(&g, "c"), ["d", "e"]);
        assert_eq!(cut_off_without(&g, "a"), ["b"]);
        assert!(cut_off_without(&g, "d").is_empty());
    }
}
