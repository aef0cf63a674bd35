//! `domain_gap`: two domains (each with at least one table) that share no member and no
//! reporting line. A table in both domains links them; so does a member (person, or party seated
//! without a person) sitting at a table of each, or a reporting line between a table of the one
//! and a table of the other, either way. A domain without tables is left to the triangle
//! (`afwezig`) and the coalition.
//!
//! With person-level data an organisation that sends different persons to the two domains does
//! not link them by itself; the message then names those organisations.

use super::context::{Ctx, lower, name_list};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::analysis as tx;
use crate::i18n::{Arg, Msg};
use crate::model::{Domain, NodeKind, Vocab};
use serde_json::json;

pub(crate) fn domain_gaps(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let nt = ctx.map.tables.len() as u32;
    let g = &ctx.member;
    let mask_of = |x: u32| {
        ctx.map.tables[x as usize]
            .domains
            .iter()
            .fold(0u8, |m, d| m | 1 << d.index())
    };
    let table_mask: Vec<u8> = (0..nt).map(mask_of).collect();
    let member_masks: Vec<u8> = (0..g.len() as u32)
        .filter(|&n| g.kinds[n as usize] != NodeKind::Table)
        .map(|n| {
            ctx.member_tables(n)
                .filter_map(|x| ctx.member_table_index(x))
                .fold(0u8, |m, x| m | table_mask[x as usize])
        })
        .collect();
    let party_masks: Vec<u8> = ctx
        .party_tables
        .iter()
        .map(|ts| ts.iter().fold(0u8, |m, &x| m | table_mask[x as usize]))
        .collect();

    let mut out = Vec::new();
    for a in 0..3 {
        for b in a + 1..3 {
            let (ba, bb) = (1u8 << a, 1u8 << b);
            let both = ba | bb;
            let ta: Vec<u32> = (0..nt)
                .filter(|&x| table_mask[x as usize] & ba != 0)
                .collect();
            let tb: Vec<u32> = (0..nt)
                .filter(|&x| table_mask[x as usize] & bb != 0)
                .collect();
            if ta.is_empty() || tb.is_empty() {
                continue;
            }
            let linked = table_mask.iter().any(|m| m & both == both)
                || member_masks.iter().any(|m| m & both == both)
                || (0..nt).any(|x| {
                    ctx.reports_to[x as usize].iter().any(|&y| {
                        let (mx, my) = (table_mask[x as usize], table_mask[y as usize]);
                        (mx & ba != 0 && my & bb != 0) || (mx & bb != 0 && my & ba != 0)
                    })
                });
            if linked {
                continue;
            }
            let (da, db) = (Domain::ALL[a], Domain::ALL[b]);
            let shared: Vec<u32> = (0..party_masks.len() as u32)
                .filter(|&p| party_masks[p as usize] & both == both)
                .collect();
            let mut message = Msg::new(tx::DOMAIN_GAP)
                .with("a", lower(da))
                .with("b", lower(db))
                .with("ta", Arg::Count(ta.len(), tx::N_TABLE))
                .with("tb", Arg::Count(tb.len(), tx::N_TABLE));
            if !shared.is_empty() {
                let names: Vec<&str> = shared
                    .iter()
                    .map(|&p| ctx.map.parties[p as usize].name.as_str())
                    .collect();
                message = message.then(
                    Msg::new(tx::DOMAIN_GAP_SHARED_PARTIES).with("names", name_list(&names, 5)),
                );
            }
            let mut subjects: Vec<String> = ta
                .iter()
                .chain(&tb)
                .map(|&x| ctx.table_id(x).to_string())
                .collect();
            subjects.sort();
            subjects.dedup();
            out.push(Finding::new(
                FindingKind::DomainGap,
                Severity::Middel,
                subjects,
                message,
                Msg::new(tx::ADVICE_DOMAIN_GAP),
                json!({
                    "domains": [da, db],
                    "tables": [ta.len(), tb.len()],
                    "shared_parties": shared.iter().take(t.max_listed).map(|&p| ctx.party_id(p)).collect::<Vec<_>>(),
                }),
            ));
        }
    }
    out
}
