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

use super::context::{Ctx, counted, name_list, prose};
use super::{Computed, Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Lang, lang};
use crate::model::{Domain, Layer, NodeKind, Vocab};
use serde_json::json;

/// A number for a message: no decimals when whole, else one, with the language's decimal mark.
pub(crate) fn num(x: f64) -> String {
    let s = if (x - x.round()).abs() < 1e-9 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    };
    if lang() == Lang::Nl {
        s.replace('.', ",")
    } else {
        s
    }
}

pub(crate) fn connectors(ctx: &Ctx, comp: &Computed, t: &Thresholds) -> Vec<Finding> {
    let g = &ctx.member;
    let members: Vec<u32> = (0..g.len() as u32)
        .filter(|&n| g.kinds[n as usize] != NodeKind::Table)
        .collect();
    if members.is_empty() {
        return Vec::new();
    }

    // Per member: its tables (as table indices), and the domains and layers they cover.
    let tables_of = |m: u32| -> Vec<u32> {
        let mut v: Vec<u32> = ctx
            .member_tables(m)
            .filter_map(|x| ctx.member_table_index(x))
            .collect();
        v.sort_unstable();
        v
    };
    let all_tables: Vec<Vec<u32>> = members.iter().map(|&m| tables_of(m)).collect();
    let mut dmask = vec![0u8; members.len()];
    let mut lmask = vec![0u8; members.len()];
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
    let sole = |mask: &[u8]| -> Vec<(usize, usize, usize)> {
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
    let sole_domains = sole(&dmask);
    let sole_layers = sole(&lmask);

    let between: Vec<f64> = members
        .iter()
        .map(|&m| comp.betweenness_of(&g.ids[m as usize]))
        .collect();
    let mut sorted = between.clone();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let k = ((members.len() as f64) * t.betweenness_top_fraction).ceil() as usize;
    let cutoff = if k == 0 {
        f64::INFINITY
    } else {
        sorted[k.min(sorted.len()) - 1]
    };

    let cuts = &comp.cuts;
    let mut out = Vec::new();
    for (i, &m) in members.iter().enumerate() {
        let id = &g.ids[m as usize];
        let name = ctx.name(id);
        let tables = &all_tables[i];
        let hours: f64 = tables.iter().map(|&x| ctx.table_hours(x)).sum();
        let capacity = ctx
            .index
            .person(id)
            .and_then(|p| ctx.map.persons[p].hours_per_month)
            .filter(|h| h.is_finite() && *h >= 0.0)
            .map(|h| h * 12.0);
        let articulation = comp.member_articulation.get(m as usize) == Some(&true);
        let top = between[i] > 0.0 && between[i] >= cutoff;
        let my_domains: Vec<(Domain, Domain)> = sole_domains
            .iter()
            .filter(|s| s.0 == i)
            .map(|s| (Domain::ALL[s.1], Domain::ALL[s.2]))
            .collect();
        let my_layers: Vec<(Layer, Layer)> = sole_layers
            .iter()
            .filter(|s| s.0 == i)
            .map(|s| (Layer::ALL[s.1], Layer::ALL[s.2]))
            .collect();

        let mut over = Vec::new();
        if tables.len() > t.max_tables {
            over.push("tables");
        }
        if hours > t.max_meeting_hours {
            over.push("meeting_hours");
        }
        if capacity.is_some_and(|c| hours > c) {
            over.push("capacity");
        }
        let bridging = articulation || top || !my_domains.is_empty() || !my_layers.is_empty();
        if bridging && !over.is_empty() {
            let mut why = Vec::new();
            if articulation {
                why.push(tx::WHY_ARTICULATION.get().to_string());
            }
            let pair = |a: &str, b: &str| tx::PAIR.fill(&[("a", &a), ("b", &b)]);
            if !my_domains.is_empty() {
                let pairs: Vec<String> = my_domains
                    .iter()
                    .map(|(a, b)| pair(&a.label().to_lowercase(), &b.label().to_lowercase()))
                    .collect();
                why.push(tx::WHY_SOLE_DOMAINS.fill(&[("pairs", &pairs.join(", "))]));
            }
            if !my_layers.is_empty() {
                let pairs: Vec<String> = my_layers
                    .iter()
                    .map(|(a, b)| pair(&a.label().to_lowercase(), &b.label().to_lowercase()))
                    .collect();
                why.push(tx::WHY_SOLE_LAYERS.fill(&[("pairs", &pairs.join(", "))]));
            }
            if top {
                why.push(
                    tx::WHY_BETWEENNESS.fill(&[("pct", &num(t.betweenness_top_fraction * 100.0))]),
                );
            }
            let cap_text = capacity
                .map(|c| tx::CAPACITY.fill(&[("cap", &num(c))]))
                .unwrap_or_default();
            let message = tx::OVERLOADED.fill(&[
                ("member", &name),
                ("why", &why.join("; ")),
                ("tables", &counted(tables.len(), tx::N_TABLE)),
                ("hours", &num(hours)),
                ("capacity", &cap_text),
                ("max_tables", &counted(t.max_tables, tx::N_TABLE)),
                ("max_hours", &num(t.max_meeting_hours)),
            ]);
            let mut subjects = vec![id.clone()];
            let mut ids: Vec<String> = tables
                .iter()
                .map(|&x| ctx.table_id(x).to_string())
                .collect();
            ids.sort();
            subjects.extend(ids);
            out.push(Finding::new(
                FindingKind::OverloadedConnector,
                Severity::Hoog,
                subjects,
                message,
                tx::ADVICE_OVERLOADED.get().to_string(),
                json!({
                    "tables": tables.len(),
                    "meeting_hours": hours,
                    "capacity_hours": capacity,
                    "over": over,
                    "articulation": articulation,
                    "betweenness": between[i],
                    "top_betweenness": top,
                    "sole_link_domains": my_domains.iter().map(|(a, b)| [a.name(), b.name()]).collect::<Vec<_>>(),
                    "sole_link_layers": my_layers.iter().map(|(a, b)| [a.name(), b.name()]).collect::<Vec<_>>(),
                }),
            ));
        }

        if articulation {
            let cut = cuts.cut_off(m);
            if cut.is_empty() {
                continue;
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
                what.push(counted(cut_tables.len(), tx::N_TABLE));
            }
            if !cut_members.is_empty() {
                what.push(counted(cut_members.len(), tx::N_MEMBER));
            }
            let message = tx::SPOF.fill(&[
                ("member", &name),
                ("what", &prose(&what, tx::LIST_AND)),
                ("names", &name_list(&names, 5)),
            ]);
            out.push(Finding::new(
                FindingKind::SinglePointOfFailure,
                Severity::Middel,
                vec![id.clone()],
                message,
                tx::ADVICE_SPOF.get().to_string(),
                json!({
                    "cut_off_tables": cut_tables.iter().take(t.max_listed).collect::<Vec<_>>(),
                    "cut_off_members": cut_members.iter().take(t.max_listed).collect::<Vec<_>>(),
                    "cut_off_table_count": cut_tables.len(),
                    "cut_off_member_count": cut_members.len(),
                    "tables": tables.len(),
                    "meeting_hours": hours,
                }),
            ));
        }
    }
    out
}
