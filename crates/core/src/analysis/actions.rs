//! Version 2 `actions`: what to do first — at most [`Thresholds::max_actions`] ranked proposals,
//! each a small set of edits a working group can carry out, each verified by the analysis.
//!
//! How they are found (speed matters: the app shows them live):
//! 1. *Candidates only where they can resolve something*: from the findings themselves —
//!    seat a party at a table where the parties it never meets sit (`missing_link`), seat a
//!    party of the kind a triangle lacks at a table of that scope (`open_triangle`), give an
//!    island or unanchored table a reporting line to an anchoring table
//!    (`isolated_initiative`, `unanchored_initiative`), seat a loose party at the table of its
//!    werkgebied where most parties sit (`isolated_party`), or, for a single pair, a direct
//!    relationship. Existing parties and tables only, preferring those already working in the
//!    finding's domain and werkgebied; a person is named only when their load stays within the
//!    overload thresholds.
//! 2. *Cheap ranking*: each candidate's findings it aims at, weighted by severity, per edit.
//! 3. *Exact verification* of the best few: apply the edits to a copy of the map, analyse it
//!    again (the same analysis, same thresholds), diff the finding keys. `resolves` and
//!    `introduces` are that diff, never an estimate. Candidates that resolve nothing, or that
//!    introduce an `overloaded_connector`, are dropped.
//! 4. Ranking by resolved minus introduced weight, fewer edits first on a tie; an action whose
//!    resolved findings are all already resolved by a better one is left out.

use super::context::{Ctx, Werkgebied, core_bit};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::actions as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Arg, Lang, Msg};
use crate::model::{Domain, Map, Membership, Relation, Role, Set};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One edit of an action, as in the spec's JSON (`op` names the kind).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ActionEdit {
    /// A membership row: `party` takes a seat at `table`, by `person` when given.
    AddMembership {
        table: String,
        party: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        person: Option<String>,
    },
    /// A `rapporteert_aan` entry: `table` reports to `reports_to`.
    AddReportingLine { table: String, reports_to: String },
    /// A relationship row between two parties, tagged with `domain` when given.
    AddRelation {
        from: String,
        to: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        domain: Option<Domain>,
    },
}

/// A ranked, verified proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// 1 for the first.
    pub rank: usize,
    pub title: Msg,
    pub explanation: Msg,
    pub edits: Vec<ActionEdit>,
    /// Keys of the findings that are gone after the edits.
    pub resolves: Vec<String>,
    /// Keys of the findings that are new after the edits.
    pub introduces: Vec<String>,
}

/// An action as the JSON has it.
#[derive(Serialize)]
pub struct ActionJson<'a> {
    rank: usize,
    title: String,
    explanation: String,
    edits: &'a [ActionEdit],
    resolves: &'a [String],
    introduces: &'a [String],
}

impl Action {
    pub fn to_json(&self, lang: Lang) -> ActionJson<'_> {
        ActionJson {
            rank: self.rank,
            title: self.title.render(lang),
            explanation: self.explanation.render(lang),
            edits: &self.edits,
            resolves: &self.resolves,
            introduces: &self.introduces,
        }
    }
}

/// Applies edits to a map: a membership row, a `rapporteert_aan` entry, a relationship row —
/// nothing else changes. An edit naming an unknown table is skipped (the analysis skips unknown
/// references too); a reporting line that is already there is not added twice.
pub fn apply(map: &mut Map, edits: &[ActionEdit]) {
    for e in edits {
        match e {
            ActionEdit::AddMembership {
                table,
                party,
                person,
            } => map.memberships.push(Membership {
                table: table.clone(),
                party: party.clone(),
                person: person.clone(),
                role: Role::Lid,
                attributes: Default::default(),
            }),
            ActionEdit::AddReportingLine { table, reports_to } => {
                if let Some(t) = map.tables.iter_mut().find(|t| &t.id == table)
                    && !t.reports_to.contains(reports_to)
                {
                    t.reports_to.push(reports_to.clone());
                }
            }
            ActionEdit::AddRelation { from, to, domain } => map.relations.push(Relation {
                from: from.clone(),
                to: to.clone(),
                kind: String::new(),
                domains: domain.map_or_else(Set::empty, Set::one),
                layers: Set::empty(),
                quality: None,
                note: String::new(),
                attributes: Default::default(),
            }),
        }
    }
}

/// The same edits as the editor's [`crate::edit::Edit`]s, so the app can apply an action as
/// one undoable step (a reporting line is a change of its table).
pub fn to_edits(map: &Map, edits: &[ActionEdit]) -> Vec<crate::edit::Edit> {
    use crate::edit::Edit;
    let mut scratch = map.clone();
    let mut out = Vec::new();
    for e in edits {
        apply(&mut scratch, std::slice::from_ref(e));
        match e {
            ActionEdit::AddMembership { .. } => {
                if let Some(m) = scratch.memberships.last() {
                    out.push(Edit::AddMembership(m.clone()));
                }
            }
            ActionEdit::AddRelation { .. } => {
                if let Some(r) = scratch.relations.last() {
                    out.push(Edit::AddRelation(r.clone()));
                }
            }
            ActionEdit::AddReportingLine { table, .. } => {
                if let Some(t) = scratch.tables.iter().find(|t| &t.id == table) {
                    out.push(Edit::ChangeTable {
                        id: table.clone(),
                        table: t.clone(),
                    });
                }
            }
        }
    }
    out
}

fn weight(s: Severity) -> f64 {
    match s {
        Severity::Hoog => 4.0,
        Severity::Middel => 2.0,
        Severity::Laag => 1.0,
    }
}

/// A candidate before verification.
struct Candidate {
    edits: Vec<ActionEdit>,
    estimate: f64,
}

/// Nodes plus links past which no actions are looked for. Verifying one proposal is a whole
/// re-analysis of a copy; on a map this size that alone takes seconds (a 100,000-table
/// `rapporteert_aan` chain: 2.3 s of a 5 s run), which the edit loop and `analyse` cannot
/// afford, and a proposal the analysis has not verified is never shown. The 340-municipality
/// synthetic province stays well below it.
pub const VERIFY_LIMIT: usize = 200_000;

fn size(map: &Map) -> (usize, usize) {
    let nodes = map.parties.len() + map.persons.len() + map.tables.len();
    let links = map.memberships.len() * 2 + map.persons.len() + map.relations.len();
    (nodes, links)
}

/// Whether `map` is past [`VERIFY_LIMIT`].
pub fn too_large(map: &Map) -> bool {
    skipped_size(map).is_some()
}

/// The nodes plus links of `map` when it is past [`VERIFY_LIMIT`].
pub fn skipped_size(map: &Map) -> Option<usize> {
    let (nodes, links) = size(map);
    (nodes + links > VERIFY_LIMIT).then_some(nodes + links)
}

/// How many candidates are verified by re-analysis (each one a whole analysis of a copy).
///
/// Deterministic, from the map's size, never from a clock: the cost of one analysis grows with
/// nodes × links (betweenness is Brandes' algorithm), about 1 ms per 110,000 on the machine the
/// targets were set on, and much less when no connector's verdict depends on betweenness
/// (`lean`), since verification then skips it. Small maps (the example map: well inside one
/// frame) get about 5 ms, medium ones about 120 ms, large ones about one analysis more, shared
/// over the threads; never fewer than two candidates (one on a map of more than 100,000 nodes
/// and links), never more than three per action asked.
fn verify_budget(map: &Map, t: &Thresholds, lean: bool) -> usize {
    let (nodes, links) = size(map);
    let (nodes, links) = (nodes as f64, links as f64);
    // Past `metrics::EXACT_WORK` the centralities are estimated at a bounded cost, and what
    // remains grows with the map's size (a 100,000-table chain: about a second a pass).
    let cost = (nodes * links).min(220_000_000.0);
    let linear_ms = if nodes + links > 100_000.0 {
        (nodes + links) / 300.0
    } else {
        0.0
    };
    let analysis_ms = cost / 110_000.0;
    let per_ms = 1.0 + linear_ms + if lean { analysis_ms / 5.0 } else { analysis_ms };
    let budget_ms = if cost < 50_000.0 {
        5.0
    } else {
        analysis_ms.max(120.0)
    };
    let threads = rayon::current_num_threads().clamp(1, 4) as f64;
    let k = (budget_ms * threads / per_ms).floor() as usize;
    // On a very large map even one more analysis is felt: one candidate may then do.
    let least = if linear_ms > 0.0 { 1 } else { 2 };
    k.clamp(least, (t.max_actions * 3).max(2))
}

/// The actions for a map whose keyed, sorted findings are `findings`.
pub(crate) fn actions(
    ctx: &Ctx,
    findings: &[Finding],
    t: &Thresholds,
    centralities: bool,
    lean: bool,
) -> Vec<Action> {
    if t.max_actions == 0 || findings.is_empty() {
        return Vec::new();
    }
    let mut cands = candidates(ctx, findings, t);
    cands.sort_by(|a, b| {
        b.estimate
            .total_cmp(&a.estimate)
            .then_with(|| a.edits.len().cmp(&b.edits.len()))
            .then_with(|| a.edits.cmp(&b.edits))
    });
    let mut seen = HashSet::new();
    cands.retain(|c| seen.insert(c.edits.clone()));
    cands.truncate(verify_budget(ctx.map, t, lean || !centralities));

    let before: BTreeMap<&str, Severity> = findings
        .iter()
        .map(|f| (f.key.as_str(), f.severity))
        .collect();
    let verified: Vec<(f64, Candidate, Vec<String>, Vec<String>)> = cands
        .into_par_iter()
        .filter_map(|c| {
            let (resolves, introduces, new) = verify(ctx.map, t, centralities, &before, &c.edits);
            let w_res: f64 = resolves.iter().map(|k| weight(before[k.as_str()])).sum();
            let w_new: f64 = introduces.iter().map(|k| weight(new[k])).sum();
            let overloads = introduces
                .iter()
                .any(|k| k.starts_with("overloaded_connector|"));
            (!resolves.is_empty() && !overloads && w_res > w_new).then_some((
                w_res - w_new,
                c,
                resolves,
                introduces,
            ))
        })
        .collect();
    let mut verified = verified;
    verified.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| a.1.edits.len().cmp(&b.1.edits.len()))
            .then_with(|| a.1.edits.cmp(&b.1.edits))
    });
    let mut covered: HashSet<String> = HashSet::new();
    // The same proposal in another place (same edit kinds, same kinds resolved) at most twice,
    // so the list shows different things to do rather than ten copies of one.
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (_, c, resolves, introduces) in verified {
        if out.len() >= t.max_actions {
            break;
        }
        if resolves.iter().all(|k| covered.contains(k)) {
            continue;
        }
        let shape = shape_of(&c.edits, &resolves);
        let seen = shapes.entry(shape).or_insert(0);
        if *seen >= 2 {
            continue;
        }
        *seen += 1;
        covered.extend(resolves.iter().cloned());
        let (title, explanation) = describe(ctx, findings, &c.edits, &resolves, &introduces);
        out.push(Action {
            rank: out.len() + 1,
            title,
            explanation,
            edits: c.edits,
            resolves,
            introduces,
        });
    }
    out
}

/// What an action does, regardless of where: its edit kinds and the kinds of what it resolves.
fn shape_of(edits: &[ActionEdit], resolves: &[String]) -> String {
    let ops: Vec<&str> = edits
        .iter()
        .map(|e| match e {
            ActionEdit::AddMembership { .. } => "m",
            ActionEdit::AddReportingLine { .. } => "r",
            ActionEdit::AddRelation { .. } => "l",
        })
        .collect();
    let kinds: BTreeSet<&str> = resolves
        .iter()
        .map(|k| k.split('|').next().unwrap_or(""))
        .collect();
    format!(
        "{}:{}",
        ops.join(","),
        kinds.into_iter().collect::<Vec<_>>().join(",")
    )
}

/// Applies `edits` to a copy, analyses it, and diffs by key: (resolved, introduced, the new
/// severities).
#[allow(clippy::type_complexity)]
fn verify(
    map: &Map,
    t: &Thresholds,
    centralities: bool,
    before: &BTreeMap<&str, Severity>,
    edits: &[ActionEdit],
) -> (Vec<String>, Vec<String>, BTreeMap<String, Severity>) {
    let mut copy = map.clone();
    apply(&mut copy, edits);
    let after = super::findings_of(&copy, t, centralities);
    let new: BTreeMap<String, Severity> = after.into_iter().map(|f| (f.key, f.severity)).collect();
    let resolves = before
        .keys()
        .filter(|k| !new.contains_key(**k))
        .map(|k| (*k).to_string())
        .collect();
    let introduces = new
        .keys()
        .filter(|k| !before.contains_key(k.as_str()))
        .cloned()
        .collect();
    (resolves, introduces, new)
}

/// The municipality position of a werkgebied id.
fn wg_pos(ctx: &Ctx, id: &str) -> Option<u32> {
    let p = ctx.index.party(id)? as u32;
    ctx.municipalities
        .iter()
        .position(|m| *m == p)
        .map(|x| x as u32)
}

/// A person of `party` who can take one more seat at `table` without exceeding the overload
/// thresholds (tables, meeting hours, own capacity); the least loaded, `None` when nobody can or
/// the party has no persons (the seat is then the party's).
fn free_person(ctx: &Ctx, party: u32, table: u32, t: &Thresholds) -> Option<String> {
    let extra = ctx.table_hours(table);
    ctx.party_persons[party as usize]
        .iter()
        .filter_map(|&x| {
            let tables = &ctx.person_tables[x as usize];
            let hours: f64 = tables.iter().map(|&u| ctx.table_hours(u)).sum::<f64>() + extra;
            let p = &ctx.map.persons[x as usize];
            let capacity = p.hours_per_month.map_or(f64::INFINITY, |h| h * 12.0);
            (tables.len() < t.max_tables
                && hours <= t.max_meeting_hours
                && hours <= capacity
                && tables.binary_search(&table).is_err())
            .then_some((tables.len(), x))
        })
        .min()
        .map(|(_, x)| ctx.map.persons[x as usize].id.clone())
}

fn seat(ctx: &Ctx, party: u32, table: u32, t: &Thresholds) -> ActionEdit {
    ActionEdit::AddMembership {
        table: ctx.table_id(table).to_string(),
        party: ctx.party_id(party).to_string(),
        person: free_person(ctx, party, table, t),
    }
}

/// Whether a party already works in a domain (sits at one of its tables).
fn works_in(ctx: &Ctx, p: u32, d: Domain) -> bool {
    ctx.party_tables[p as usize]
        .iter()
        .any(|&u| ctx.table_in(u, d))
}

fn covers(wg: &Werkgebied, w: Option<u32>) -> bool {
    w.is_none_or(|w| wg.contains(w))
}

fn candidates(ctx: &Ctx, findings: &[Finding], t: &Thresholds) -> Vec<Candidate> {
    let mut out = link_candidates(ctx, findings, t);
    triangle_candidates(ctx, findings, t, &mut out);
    let nt = ctx.map.tables.len() as u32;
    // Islands and unanchored tables: a reporting line to an anchoring table.
    let anchors: Vec<u32> = (0..nt)
        .filter(|&u| super::anchoring::is_anchor(ctx, u))
        .collect();
    for f in findings.iter().filter(|f| {
        matches!(
            f.kind,
            FindingKind::IsolatedInitiative | FindingKind::UnanchoredInitiative
        )
    }) {
        let Some(u) = f.subjects.first().and_then(|s| ctx.index.table(s)) else {
            continue;
        };
        let u = u as u32;
        let wg = &ctx.table_wg[u as usize];
        let overlap = |a: u32| {
            let pa = &ctx.table_parties[a as usize];
            ctx.table_parties[u as usize]
                .iter()
                .filter(|p| pa.binary_search(p).is_ok())
                .count()
        };
        let same_area = |a: u32| match (wg, &ctx.table_wg[a as usize]) {
            (_, Werkgebied::All) => true,
            (Werkgebied::All, _) => false,
            (Werkgebied::Some(x), Werkgebied::Some(y)) => x.iter().any(|w| y.contains(w)),
        };
        if let Some(a) = anchors
            .iter()
            .copied()
            .filter(|&a| a != u && same_area(a))
            .max_by_key(|&a| (overlap(a), std::cmp::Reverse(a)))
        {
            out.push(Candidate {
                edits: vec![ActionEdit::AddReportingLine {
                    table: ctx.table_id(u).to_string(),
                    reports_to: ctx.table_id(a).to_string(),
                }],
                estimate: weight(f.severity) * 1.2,
            });
        }
    }
    // A loose party: the busiest table of its werkgebied.
    for f in findings
        .iter()
        .filter(|f| f.kind == FindingKind::IsolatedParty)
    {
        let Some(p) = f.subjects.first().and_then(|s| ctx.index.party(s)) else {
            continue;
        };
        let p = p as u32;
        let best = (0..nt)
            .filter(
                |&u| match (&ctx.party_wg[p as usize], &ctx.table_wg[u as usize]) {
                    (_, Werkgebied::All) | (Werkgebied::All, _) => true,
                    (Werkgebied::Some(x), Werkgebied::Some(y)) => x.iter().any(|w| y.contains(w)),
                },
            )
            .max_by_key(|&u| (ctx.table_parties[u as usize].len(), std::cmp::Reverse(u)));
        if let Some(u) = best {
            out.push(Candidate {
                edits: vec![seat(ctx, p, u, t)],
                estimate: weight(f.severity),
            });
        }
    }
    out
}

/// Title and explanation of an action, from its edits and its verified effect.
fn describe(
    ctx: &Ctx,
    findings: &[Finding],
    edits: &[ActionEdit],
    resolves: &[String],
    introduces: &[String],
) -> (Msg, Msg) {
    let titles: Vec<Arg> = edits
        .iter()
        .map(|e| {
            Arg::Msg(match e {
                ActionEdit::AddMembership {
                    table,
                    party,
                    person: Some(x),
                } => Msg::new(tx::SEAT_PERSON)
                    .with("person", ctx.name(x))
                    .with("party", ctx.name(party))
                    .with("table", ctx.name(table)),
                ActionEdit::AddMembership { table, party, .. } => Msg::new(tx::SEAT_PARTY)
                    .with("party", ctx.name(party))
                    .with("table", ctx.name(table)),
                ActionEdit::AddReportingLine { table, reports_to } => Msg::new(tx::REPORT_TO)
                    .with("table", ctx.name(table))
                    .with("to", ctx.name(reports_to)),
                ActionEdit::AddRelation { from, to, .. } => Msg::new(tx::RELATE)
                    .with("a", ctx.name(from))
                    .with("b", ctx.name(to)),
            })
        })
        .collect();
    let title = Msg::new(tx::PLAIN).with("s", Arg::Join(titles, "; "));
    let by_key: BTreeMap<&str, &Finding> = findings.iter().map(|f| (f.key.as_str(), f)).collect();
    let mut counts: BTreeMap<&'static str, (usize, FindingKind)> = BTreeMap::new();
    for k in resolves {
        if let Some(f) = by_key.get(k.as_str()) {
            counts.entry(f.kind.name()).or_insert((0, f.kind)).0 += 1;
        }
    }
    let parts: Vec<Arg> = counts
        .values()
        .map(|(n, kind)| {
            Arg::Msg(
                Msg::new(tx::N_OF_KIND)
                    .with("n", *n)
                    .with("kind", Arg::Lower(kind.text())),
            )
        })
        .collect();
    let mut explanation = Msg::new(tx::RESOLVES)
        .with("n", Arg::Count(resolves.len(), tx::N_FINDING))
        .with("what", Arg::Prose(parts, crate::i18n::analysis::LIST_AND));
    if !introduces.is_empty() {
        let kinds: BTreeSet<&str> = introduces
            .iter()
            .map(|k| k.split('|').next().unwrap_or(""))
            .collect();
        let kinds: Vec<Arg> = kinds
            .into_iter()
            .map(|name| {
                FindingKind::ALL
                    .iter()
                    .find(|k| k.name() == name)
                    .map_or(Arg::from(name), |k| Arg::Lower(k.text()))
            })
            .collect();
        explanation = explanation.then(
            Msg::new(tx::INTRODUCES)
                .with("n", introduces.len())
                .with("kinds", Arg::Join(kinds, ", ")),
        );
    }
    (title, explanation)
}

/// `missing_link`: per party, the table where most of the parties it never meets sit; for a
/// short list also the direct relationship per pair.
fn link_candidates(ctx: &Ctx, findings: &[Finding], t: &Thresholds) -> Vec<Candidate> {
    let mut out = Vec::new();
    let nt = ctx.map.tables.len() as u32;
    // missing_link: per party, the table where most of the parties it never meets sit.
    let mut unmet: BTreeMap<u32, Vec<(u32, Option<u32>, Severity)>> = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.kind == FindingKind::MissingLink)
    {
        let ids: Vec<u32> = f
            .subjects
            .iter()
            .filter_map(|s| ctx.index.party(s).map(|x| x as u32))
            .collect();
        if let [a, b] = ids[..] {
            let w = f.werkgebied.as_deref().and_then(|id| wg_pos(ctx, id));
            unmet.entry(a).or_default().push((b, w, f.severity));
            unmet.entry(b).or_default().push((a, w, f.severity));
            if findings.len() < 400 {
                out.push(Candidate {
                    edits: vec![ActionEdit::AddRelation {
                        from: ctx.party_id(a).to_string(),
                        to: ctx.party_id(b).to_string(),
                        domain: None,
                    }],
                    estimate: weight(f.severity) * 0.9,
                });
            }
        }
    }
    for (&p, list) in &unmet {
        let mut best: Option<(f64, u32)> = None;
        for u in 0..nt {
            if ctx.party_tables[p as usize].binary_search(&u).is_ok() {
                continue;
            }
            let parties = &ctx.table_parties[u as usize];
            let gain: f64 = list
                .iter()
                .filter(|(q, w, _)| {
                    parties.binary_search(q).is_ok() && covers(&ctx.table_wg[u as usize], *w)
                })
                .map(|(_, _, s)| weight(*s))
                .sum();
            if gain > 0.0 && best.is_none_or(|(g, _)| gain > g) {
                best = Some((gain, u));
            }
        }
        if let Some((gain, u)) = best {
            out.push(Candidate {
                edits: vec![seat(ctx, p, u, t)],
                estimate: gain,
            });
        }
    }
    out
}

/// `open_triangle`: seat a party of a missing leg's (or an absent) kind at a table of the scope.
fn triangle_candidates(ctx: &Ctx, findings: &[Finding], t: &Thresholds, out: &mut Vec<Candidate>) {
    let nt = ctx.map.tables.len() as u32;
    // open_triangle: seat a party of a missing leg's (or an absent) kind at a table of the scope.
    for f in findings
        .iter()
        .filter(|f| f.kind == FindingKind::OpenTriangle)
    {
        let Some(d) = f.domain else { continue };
        let w = f.werkgebied.as_deref().and_then(|id| wg_pos(ctx, id));
        let scope_tables: Vec<u32> = (0..nt)
            .filter(|&u| ctx.table_in(u, d) && covers(&ctx.table_wg[u as usize], w))
            .collect();
        let active = |p: u32| covers(&ctx.party_wg[p as usize], w);
        let mask_at = |u: u32| {
            ctx.table_parties[u as usize]
                .iter()
                .filter(|&&p| active(p))
                .fold(0u8, |m, &p| m | core_bit(ctx.party_kind(p)))
        };
        for kind_bit in [1u8, 2, 4] {
            // Parties of this kind active in the scope, those already in the domain first.
            let mut parties: Vec<u32> = (0..ctx.map.parties.len() as u32)
                .filter(|&p| core_bit(ctx.party_kind(p)) == kind_bit && active(p))
                .collect();
            parties.sort_by_key(|&p| (!works_in(ctx, p, d), p));
            let Some(&p) = parties.first() else { continue };
            // The scope's table that lacks this kind and would gain the most kinds.
            let best = scope_tables
                .iter()
                .copied()
                .filter(|&u| mask_at(u) & kind_bit == 0)
                .max_by_key(|&u| {
                    (
                        (mask_at(u) | kind_bit).count_ones(),
                        ctx.table_parties[u as usize].len(),
                        std::cmp::Reverse(u),
                    )
                });
            if let Some(u) = best {
                out.push(Candidate {
                    edits: vec![seat(ctx, p, u, t)],
                    estimate: weight(f.severity) * 1.5,
                });
            }
        }
    }
}
