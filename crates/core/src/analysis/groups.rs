//! Version 2 `groups`: the findings as a programme leader reads them.
//!
//! Findings of one kind that share their advice form a *bucket*. Inside a bucket, findings are
//! gathered around what they have in common — a party, person or table among their subjects, or
//! their werkgebied — greedily: the pivot that covers the most findings not yet gathered (at
//! least two) goes first, ties broken by the pivot's id, so the result is deterministic. What is
//! left stands alone.
//!
//! So that a region reads as a page and not as a list, the total is kept within
//! [`MAX_GROUPS`]: while there are more, the bucket with the most groups is coarsened one level
//! (1: any pivot; 2: werkgebied or domain only; 3: the whole bucket as one group). Every finding
//! is in exactly one group; a group's severity is its highest finding's; groups are ordered like
//! findings (severity, kind, then the position of their first finding).

use super::context::{Ctx, lower};
use super::{Finding, FindingKind, Severity};
use crate::i18n::actions as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Arg, Lang, Msg};
use crate::model::{PartyKind, Vocab};
use serde::Serialize;
use std::collections::BTreeMap;

/// At most this many groups are made (the spec's bound for a 10-municipality region).
pub const MAX_GROUPS: usize = 25;

/// Findings gathered around what they have in common.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// `kind|pivot` (the pivot id, `wg:<id>` for a werkgebied, `-` for a whole bucket), or
    /// `kind|<finding key>` for a finding on its own.
    pub id: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub title: Msg,
    pub message: Msg,
    pub advice: Msg,
    /// Every subject of its findings, sorted, distinct.
    pub subjects: Vec<String>,
    /// Keys of its findings, in finding order.
    pub findings: Vec<String>,
}

/// A group as the JSON has it, texts in one language.
#[derive(Serialize)]
pub struct GroupJson<'a> {
    id: &'a str,
    kind: FindingKind,
    severity: Severity,
    title: String,
    message: String,
    advice: String,
    subjects: &'a [String],
    findings: &'a [String],
}

impl Group {
    pub fn to_json(&self, lang: Lang) -> GroupJson<'_> {
        GroupJson {
            id: &self.id,
            kind: self.kind,
            severity: self.severity,
            title: self.title.render(lang),
            message: self.message.render(lang),
            advice: self.advice.render(lang),
            subjects: &self.subjects,
            findings: &self.findings,
        }
    }
}

/// What a group is gathered around.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Pivot {
    Subject(String),
    Werkgebied(String),
    Domain(&'static str),
    All,
}

impl Pivot {
    fn id(&self) -> String {
        match self {
            Pivot::Subject(s) => s.clone(),
            Pivot::Werkgebied(w) => format!("wg:{w}"),
            Pivot::Domain(d) => format!("domein:{d}"),
            Pivot::All => "-".into(),
        }
    }
}

/// One bucket: findings (positions) of one kind with one advice, gathered at `level`.
struct Bucket {
    members: Vec<usize>,
    level: u8,
    parts: Vec<(Pivot, Vec<usize>)>,
}

fn pivots(f: &Finding, level: u8) -> Vec<Pivot> {
    let mut v = Vec::new();
    if level <= 1 {
        v.extend(f.subjects.iter().cloned().map(Pivot::Subject));
    }
    if level <= 2 {
        if let Some(w) = &f.werkgebied {
            v.push(Pivot::Werkgebied(w.clone()));
        }
        if let Some(d) = f.domain {
            v.push(Pivot::Domain(d.name()));
        }
    }
    v
}

/// Greedy cover of a bucket at its level.
fn gather(findings: &[Finding], b: &mut Bucket) {
    b.parts.clear();
    if b.level >= 3 {
        b.parts.push((Pivot::All, b.members.clone()));
        return;
    }
    let mut left: Vec<usize> = b.members.clone();
    loop {
        let mut counts: BTreeMap<Pivot, usize> = BTreeMap::new();
        for &i in &left {
            let mut ps = pivots(&findings[i], b.level);
            ps.sort();
            ps.dedup();
            for p in ps {
                *counts.entry(p).or_insert(0) += 1;
            }
        }
        // Most findings first; the BTreeMap order breaks ties by the pivot.
        let best = counts
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
        let Some((pivot, _)) = best else { break };
        let (taken, rest): (Vec<usize>, Vec<usize>) = left
            .iter()
            .partition(|&&i| pivots(&findings[i], b.level).contains(&pivot));
        b.parts.push((pivot, taken));
        left = rest;
    }
    for i in left {
        b.parts.push((Pivot::Subject(String::new()), vec![i]));
    }
}

/// The groups of a sorted, keyed list of findings.
pub(crate) fn groups(ctx: &Ctx, findings: &[Finding]) -> Vec<Group> {
    let mut buckets: Vec<(FindingKind, Msg, Bucket)> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        match buckets
            .iter_mut()
            .find(|(k, a, _)| *k == f.kind && *a == f.advice)
        {
            Some((_, _, b)) => b.members.push(i),
            None => buckets.push((
                f.kind,
                f.advice.clone(),
                Bucket {
                    members: vec![i],
                    level: 1,
                    parts: Vec::new(),
                },
            )),
        }
    }
    for (_, _, b) in &mut buckets {
        gather(findings, b);
    }
    loop {
        let total: usize = buckets.iter().map(|(_, _, b)| b.parts.len()).sum();
        if total <= MAX_GROUPS {
            break;
        }
        // Coarsen the bucket with the most groups that can still be coarsened.
        let Some((_, _, b)) = buckets
            .iter_mut()
            .filter(|(_, _, b)| b.level < 3 && b.parts.len() > 1)
            .max_by_key(|(_, _, b)| (b.parts.len(), std::cmp::Reverse(b.members[0])))
        else {
            break;
        };
        b.level += 1;
        gather(findings, b);
    }
    let mut out: Vec<(usize, Group)> = Vec::new();
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for (kind, advice, b) in &buckets {
        for (pivot, members) in &b.parts {
            let first = members[0];
            let mut id = if members.len() == 1
                && b.level < 3
                && matches!(pivot, Pivot::Subject(s) if s.is_empty())
            {
                format!("{}|{}", kind.name(), findings[first].key)
            } else {
                format!("{}|{}", kind.name(), pivot.id())
            };
            let n = ids.entry(id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                id = format!("{id}#{n}");
            }
            let mut subjects: Vec<String> = members
                .iter()
                .flat_map(|&i| findings[i].subjects.iter().cloned())
                .collect();
            subjects.sort();
            subjects.dedup();
            let severity = members
                .iter()
                .map(|&i| findings[i].severity)
                .min()
                .unwrap_or(Severity::Laag);
            let (title, message) = describe(ctx, findings, *kind, pivot, members);
            out.push((
                first,
                Group {
                    id,
                    kind: *kind,
                    severity,
                    title,
                    message,
                    advice: advice.clone(),
                    subjects,
                    findings: members.iter().map(|&i| findings[i].key.clone()).collect(),
                },
            ));
        }
    }
    out.sort_by(|a, b| {
        (a.1.severity, a.1.kind.name(), a.0).cmp(&(b.1.severity, b.1.kind.name(), b.0))
    });
    out.into_iter().map(|(_, g)| g).collect()
}

/// Title and the one readable line of a group, with its figures.
fn describe(
    ctx: &Ctx,
    findings: &[Finding],
    kind: FindingKind,
    pivot: &Pivot,
    members: &[usize],
) -> (Msg, Msg) {
    let label = Arg::Text(kind.text());
    if members.len() == 1 {
        let f = &findings[members[0]];
        return (
            Msg::new(tx::GROUP_TITLE_ONE).with("kind", label),
            f.message.clone(),
        );
    }
    let n = members.len();
    let pivot_name = match pivot {
        Pivot::Subject(s) => Msg::new(tx::PLAIN).with("s", ctx.name(s)),
        Pivot::Werkgebied(w) => {
            Msg::new(crate::i18n::analysis::IN_WERKGEBIED).with("name", ctx.name(w))
        }
        Pivot::Domain(d) => Msg::new(tx::IN_DOMAIN).with(
            "domain",
            crate::model::Domain::parse(d).map_or(Arg::Plain((*d).into()), lower),
        ),
        Pivot::All => Msg::new(crate::i18n::analysis::WHOLE_REGION),
    };
    let title = Msg::new(tx::GROUP_TITLE)
        .with("kind", label.clone())
        .with("pivot", pivot_name.clone());
    if kind == FindingKind::MissingLink
        && let Pivot::Subject(p) = pivot
        && let Some(m) = missing_link_line(ctx, findings, p, members)
    {
        return (title, m);
    }
    // Everything else: how many, around what, and who is concerned.
    let others: Vec<String> = {
        let mut v: Vec<String> = members
            .iter()
            .flat_map(|&i| findings[i].subjects.iter())
            .filter(|s| !matches!(pivot, Pivot::Subject(p) if p == *s))
            .map(|s| ctx.name(s).to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let mut scopes: Vec<String> = members
        .iter()
        .filter_map(|&i| findings[i].werkgebied.as_deref())
        .map(|w| ctx.name(w).to_string())
        .collect();
    scopes.sort();
    scopes.dedup();
    let text = if scopes.len() > 1 {
        tx::GROUP_LINE
    } else {
        tx::GROUP_LINE_ONE_SCOPE
    };
    let msg = Msg::new(text)
        .with("n", n)
        .with("kind", Arg::Lower(kind.text()))
        .with("pivot", pivot_name)
        .with("names", Arg::Names(others, 5))
        .with("wg", Arg::Count(scopes.len(), tx::N_WERKGEBIED));
    (title, msg)
}

/// "Thuisborg Wonen spreekt 5 van de 7 zorgaanbieders in Brederwijk nergens rechtstreeks;
/// alleen via de gemeente."
fn missing_link_line(ctx: &Ctx, findings: &[Finding], p: &str, members: &[usize]) -> Option<Msg> {
    let pi = ctx.index.party(p)? as u32;
    let partners: Vec<u32> = members
        .iter()
        .filter_map(|&i| findings[i].subjects.iter().find(|s| *s != p))
        .filter_map(|s| ctx.index.party(s).map(|x| x as u32))
        .collect();
    // The partners' most common kind names the line; the count is of that kind.
    let mut kinds: BTreeMap<PartyKind, usize> = BTreeMap::new();
    for &q in &partners {
        *kinds.entry(ctx.party_kind(q)).or_insert(0) += 1;
    }
    let (&kind, _) = kinds
        .iter()
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))?;
    let mut wgs: Vec<u32> = members
        .iter()
        .filter_map(|&i| findings[i].werkgebied.as_deref())
        .filter_map(|w| {
            let x = ctx.index.party(w)? as u32;
            ctx.municipalities
                .iter()
                .position(|m| *m == x)
                .map(|x| x as u32)
        })
        .collect();
    wgs.sort_unstable();
    wgs.dedup();
    let mut unmet: Vec<u32> = partners
        .iter()
        .copied()
        .filter(|&q| ctx.party_kind(q) == kind)
        .collect();
    unmet.sort_unstable();
    unmet.dedup();
    let total = (0..ctx.map.parties.len() as u32)
        .filter(|&q| {
            q != pi
                && ctx.party_kind(q) == kind
                && (wgs.is_empty() || wgs.iter().any(|&w| ctx.party_wg[q as usize].contains(w)))
        })
        .count()
        .max(unmet.len());
    let scope = match wgs.as_slice() {
        [] => Msg::new(crate::i18n::analysis::THE_REGION),
        [w] => Msg::new(tx::PLAIN).with("s", ctx.name(ctx.municipality_id(*w))),
        many => Msg::new(tx::PLAIN).with("s", Arg::Count(many.len(), tx::N_WERKGEBIED)),
    };
    // A broker every one of these links runs through, when there is one.
    let mut common: Option<Vec<String>> = None;
    for &i in members {
        let b: Vec<String> = findings[i].evidence["brokers"]
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        common = Some(match common {
            None => b,
            Some(c) => c.into_iter().filter(|x| b.contains(x)).collect(),
        });
    }
    let common: Vec<String> = common
        .unwrap_or_default()
        .iter()
        .map(|id| ctx.name(id).to_string())
        .collect();
    let via = if common.is_empty() {
        Msg::new(tx::PLAIN).with("s", "")
    } else {
        Msg::new(tx::GROUP_ONLY_VIA).with("brokers", Arg::Names(common, 3))
    };
    let names: Vec<String> = unmet
        .iter()
        .map(|&q| ctx.map.parties[q as usize].name.clone())
        .collect();
    Some(
        Msg::new(tx::GROUP_MISSING_LINK)
            .with("party", ctx.name(p))
            .with("n", unmet.len())
            .with("total", total)
            .with("kinds", Arg::Text(kind_plural(kind)))
            .with("scope", scope)
            .with("names", Arg::Names(names, 5))
            .with("via", via),
    )
}

fn kind_plural(k: PartyKind) -> crate::i18n::Text {
    match k {
        PartyKind::Gemeente => tx::PL_GEMEENTE,
        PartyKind::Woningcorporatie => tx::PL_CORPORATIE,
        PartyKind::Zorgaanbieder => tx::PL_ZORG,
        _ => tx::PL_OTHER,
    }
}
