//! Connectors on the member graph: `overloaded_connector` and `single_point_of_failure`.
//!
//! A member (person, or party seated without a person) *bridges* when it is an articulation point
//! of the member graph, or the only member sitting in both of two domains (or two layers), or in
//! the top [`Thresholds::betweenness_top_fraction`] of members by betweenness. Betweenness is the
//! metrics graph's (the figure shown in the JSON), so no second all-pairs pass is needed.
//!
//! Load: the distinct tables the member sits at, and their meeting hours a year (frequency ×
//! duration, unknown = 0), against [`Thresholds::max_tables`], [`Thresholds::max_meeting_hours`]
//! and, for a person with `uren_per_maand`, twelve times that capacity. A load strictly above a
//! limit is over it.

use super::context::{Ctx, lower, name_list};
use super::{Computed, Finding, FindingKind, Severity, Thresholds};
use crate::i18n::actions as cx;
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Domain, Layer, NodeKind, Vocab};
use serde_json::json;

/// Why a member bridges, and what it carries.
struct Member<'a> {
    node: u32,
    id: &'a str,
    /// Its tables, as sorted table indices.
    tables: &'a [u32],
    hours: f64,
    /// Twelve times `uren_per_maand`, for a person that has it.
    capacity: Option<f64>,
    articulation: bool,
    betweenness: f64,
    top: bool,
    /// The pairs of domains (layers) it is the only member of both of.
    domains: Vec<(Domain, Domain)>,
    layers: Vec<(Layer, Layer)>,
}

impl Member<'_> {
    fn bridges(&self) -> bool {
        self.articulation || self.top || !self.domains.is_empty() || !self.layers.is_empty()
    }
}

pub(crate) fn connectors(ctx: &Ctx, comp: &Computed, t: &Thresholds) -> Vec<Finding> {
    connectors_checked(ctx, comp, t).0
}

/// [`connectors`], also saying whether the verdict on some member depends on betweenness: a
/// member over a load limit that bridges by no other criterion. When it does not, the findings
/// are the same whatever the betweenness, so an action's verification can skip computing it.
pub(crate) fn connectors_checked(
    ctx: &Ctx,
    comp: &Computed,
    t: &Thresholds,
) -> (Vec<Finding>, bool) {
    let g = &ctx.member;
    let members: Vec<u32> = (0..g.len() as u32)
        .filter(|&n| g.kinds[n as usize] != NodeKind::Table)
        .collect();
    if members.is_empty() {
        return (Vec::new(), false);
    }
    // Per member: its tables (as table indices).
    let all_tables: Vec<Vec<u32>> = members
        .iter()
        .map(|&m| {
            let mut v: Vec<u32> = ctx
                .member_tables(m)
                .filter_map(|x| ctx.member_table_index(x))
                .collect();
            v.sort_unstable();
            v
        })
        .collect();
    let (sole_domains, sole_layers) = sole_links(ctx, &all_tables);
    let between: Vec<f64> = members
        .iter()
        .map(|&m| comp.betweenness_of(&g.ids[m as usize]))
        .collect();
    let cutoff = top_cutoff(&between, t);

    let mut out = Vec::new();
    let mut depends = false;
    for (i, &m) in members.iter().enumerate() {
        let id = g.ids[m as usize].as_str();
        let tables = &all_tables[i];
        let member = Member {
            node: m,
            id,
            tables,
            hours: tables.iter().map(|&x| ctx.table_hours(x)).sum(),
            capacity: ctx
                .index
                .person(id)
                .and_then(|p| ctx.map.persons[p].hours_per_month)
                .filter(|h| h.is_finite() && *h >= 0.0)
                .map(|h| h * 12.0),
            articulation: comp.member_articulation.get(m as usize) == Some(&true),
            betweenness: between[i],
            top: between[i] > 0.0 && between[i] >= cutoff,
            domains: sole_domains
                .iter()
                .filter(|s| s.0 == i)
                .map(|s| (Domain::ALL[s.1], Domain::ALL[s.2]))
                .collect(),
            layers: sole_layers
                .iter()
                .filter(|s| s.0 == i)
                .map(|s| (Layer::ALL[s.1], Layer::ALL[s.2]))
                .collect(),
        };
        let other = member.articulation || !member.domains.is_empty() || !member.layers.is_empty();
        depends |= !other && !over_limits(t, &member).is_empty();
        out.extend(overloaded(ctx, t, &member));
        out.extend(single_point(ctx, comp, t, &member));
    }
    (out, depends)
}

/// The load limits a member is over, by their JSON names.
fn over_limits(t: &Thresholds, m: &Member) -> Vec<&'static str> {
    let mut over = Vec::new();
    if m.tables.len() > t.max_tables {
        over.push("tables");
    }
    if m.hours > t.max_meeting_hours {
        over.push("meeting_hours");
    }
    if m.capacity.is_some_and(|c| m.hours > c) {
        over.push("capacity");
    }
    over
}

/// The members that alone sit in both of two domains (or layers): (member position, a, b).
type SoleLinks = Vec<(usize, usize, usize)>;

fn sole_links(ctx: &Ctx, all_tables: &[Vec<u32>]) -> (SoleLinks, SoleLinks) {
    let mut dmask = vec![0u8; all_tables.len()];
    let mut lmask = vec![0u8; all_tables.len()];
    for (i, ts) in all_tables.iter().enumerate() {
        for &x in ts {
            let table = &ctx.map.tables[x as usize];
            for d in table.domains.iter() {
                dmask[i] |= 1 << d.index();
            }
            for l in table.layers.iter() {
                lmask[i] |= 1 << l.index();
            }
        }
    }
    // The only member shared by two domains (or layers), by pair.
    let sole = |mask: &[u8]| -> SoleLinks {
        let mut out = Vec::new();
        for a in 0..3 {
            for b in a + 1..3 {
                let bits = (1u8 << a) | (1u8 << b);
                let mut shared = mask.iter().enumerate().filter(|(_, m)| **m & bits == bits);
                if let (Some((i, _)), None) = (shared.next(), shared.next()) {
                    out.push((i, a, b));
                }
            }
        }
        out
    };
    (sole(&dmask), sole(&lmask))
}

/// The lowest betweenness still in the top [`Thresholds::betweenness_top_fraction`].
fn top_cutoff(between: &[f64], t: &Thresholds) -> f64 {
    let mut sorted = between.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let k = ((between.len() as f64) * t.betweenness_top_fraction).ceil() as usize;
    if k == 0 {
        f64::INFINITY
    } else {
        sorted[k.min(sorted.len()) - 1]
    }
}

/// `overloaded_connector`: a bridging member over one of its limits.
fn overloaded(ctx: &Ctx, t: &Thresholds, m: &Member) -> Option<Finding> {
    let over = over_limits(t, m);
    if !m.bridges() || over.is_empty() {
        return None;
    }
    let mut why = Vec::new();
    if m.articulation {
        why.push(Msg::new(tx::WHY_ARTICULATION));
    }
    let pair = |a: Arg, b: Arg| Arg::Msg(Msg::new(tx::PAIR).with("a", a).with("b", b));
    if !m.domains.is_empty() {
        let pairs: Vec<Arg> = m
            .domains
            .iter()
            .map(|(a, b)| pair(lower(*a), lower(*b)))
            .collect();
        why.push(Msg::new(tx::WHY_SOLE_DOMAINS).with("pairs", Arg::Join(pairs, ", ")));
    }
    if !m.layers.is_empty() {
        let pairs: Vec<Arg> = m
            .layers
            .iter()
            .map(|(a, b)| pair(lower(*a), lower(*b)))
            .collect();
        why.push(Msg::new(tx::WHY_SOLE_LAYERS).with("pairs", Arg::Join(pairs, ", ")));
    }
    if m.top {
        why.push(
            Msg::new(tx::WHY_BETWEENNESS).with("pct", Arg::Num(t.betweenness_top_fraction * 100.0)),
        );
    }
    // The limits exceeded first and plainly, then why this member matters; limits the member
    // is under are not mentioned.
    let exceeded: Vec<Arg> = over
        .iter()
        .map(|o| {
            Arg::Msg(match *o {
                "tables" => Msg::new(cx::OVER_TABLES)
                    .with("tables", Arg::Count(m.tables.len(), tx::N_TABLE))
                    .with("max", t.max_tables),
                "meeting_hours" => Msg::new(cx::OVER_HOURS)
                    .with("hours", Arg::Num(m.hours))
                    .with("max", Arg::Num(t.max_meeting_hours)),
                _ => Msg::new(cx::OVER_CAPACITY)
                    .with("hours", Arg::Num(m.hours))
                    .with("cap", Arg::Num(m.capacity.unwrap_or(0.0))),
            })
        })
        .collect();
    let message = Msg::new(cx::OVERLOADED_FIRST)
        .with("member", ctx.name(m.id))
        .with("exceeded", Arg::Prose(exceeded, tx::LIST_AND))
        .with(
            "why",
            Arg::Join(why.into_iter().map(Arg::Msg).collect(), "; "),
        );
    let mut subjects = vec![m.id.to_string()];
    let mut ids: Vec<String> = m
        .tables
        .iter()
        .map(|&x| ctx.table_id(x).to_string())
        .collect();
    ids.sort();
    subjects.extend(ids);
    Some(Finding::new(
        FindingKind::OverloadedConnector,
        Severity::Hoog,
        subjects,
        message,
        Msg::new(tx::ADVICE_OVERLOADED),
        json!({
            "tables": m.tables.len(),
            "meeting_hours": m.hours,
            "capacity_hours": m.capacity,
            "over": over,
            "articulation": m.articulation,
            "betweenness": m.betweenness,
            "top_betweenness": m.top,
            "sole_link_domains": m.domains.iter().map(|(a, b)| [a.name(), b.name()]).collect::<Vec<_>>(),
            "sole_link_layers": m.layers.iter().map(|(a, b)| [a.name(), b.name()]).collect::<Vec<_>>(),
        }),
    ))
}

/// `single_point_of_failure`: a cut vertex of the member graph, with what it cuts off.
fn single_point(ctx: &Ctx, comp: &Computed, t: &Thresholds, m: &Member) -> Option<Finding> {
    if !m.articulation {
        return None;
    }
    let g = &ctx.member;
    let cut = comp.cuts.cut_off(m.node);
    if cut.is_empty() {
        return None;
    }
    let is_table = |n: &&u32| g.kinds[**n as usize] == NodeKind::Table;
    let cut_tables: Vec<&str> = cut
        .iter()
        .filter(is_table)
        .map(|&n| g.ids[n as usize].as_str())
        .collect();
    let cut_members: Vec<&str> = cut
        .iter()
        .filter(|n| !is_table(n))
        .map(|&n| g.ids[n as usize].as_str())
        .collect();
    let names: Vec<&str> = cut.iter().map(|&n| ctx.name(&g.ids[n as usize])).collect();
    let mut what = Vec::new();
    if !cut_tables.is_empty() {
        what.push(Arg::Count(cut_tables.len(), tx::N_TABLE));
    }
    if !cut_members.is_empty() {
        what.push(Arg::Count(cut_members.len(), tx::N_MEMBER));
    }
    let message = Msg::new(tx::SPOF)
        .with("member", ctx.name(m.id))
        .with("what", Arg::Prose(what, tx::LIST_AND))
        .with("names", name_list(&names, 5));
    Some(Finding::new(
        FindingKind::SinglePointOfFailure,
        Severity::Middel,
        vec![m.id.to_string()],
        message,
        Msg::new(tx::ADVICE_SPOF),
        json!({
            "cut_off_tables": cut_tables.iter().take(t.max_listed).collect::<Vec<_>>(),
            "cut_off_members": cut_members.iter().take(t.max_listed).collect::<Vec<_>>(),
            "cut_off_table_count": cut_tables.len(),
            "cut_off_member_count": cut_members.len(),
            "tables": m.tables.len(),
            "meeting_hours": m.hours,
        }),
    ))
}
