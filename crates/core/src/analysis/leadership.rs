//! `leadership_gap`: where persons carry a `netwerkrol`, one of the four contributions of network
//! leadership (strateeg, verkenner, ontwikkelaar, procesmanager) is held by nobody (`middel`) or
//! by fewer than [`Thresholds::leadership_min_holders`] persons (`laag`). Maps without any
//! network role say nothing: the data are simply not there.

use super::context::{Ctx, lower, name_list};
use super::{Finding, FindingKind, Severity, Thresholds};
use crate::i18n::Msg;
use crate::i18n::analysis as tx;
use crate::model::{NetworkRole, Vocab};
use serde_json::json;

pub(crate) fn leadership_gaps(ctx: &Ctx, t: &Thresholds) -> Vec<Finding> {
    let persons = &ctx.map.persons;
    if persons.iter().all(|p| p.network_roles.is_empty()) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &role in NetworkRole::ALL {
        let holders: Vec<usize> = (0..persons.len())
            .filter(|&x| persons[x].network_roles.contains(role))
            .collect();
        if holders.len() >= t.leadership_min_holders {
            continue;
        }
        let what = match role {
            NetworkRole::Strateeg => tx::WHAT_STRATEEG,
            NetworkRole::Verkenner => tx::WHAT_VERKENNER,
            NetworkRole::Ontwikkelaar => tx::WHAT_ONTWIKKELAAR,
            NetworkRole::Procesmanager => tx::WHAT_PROCESMANAGER,
        };
        let role_name = lower(role);
        let (severity, message) = if holders.is_empty() {
            (
                Severity::Middel,
                Msg::new(tx::LEADERSHIP_NOBODY)
                    .with("role", role_name)
                    .with("what", what),
            )
        } else {
            let names: Vec<&str> = holders.iter().map(|&x| persons[x].name.as_str()).collect();
            (
                Severity::Laag,
                Msg::new(tx::LEADERSHIP_FEW)
                    .with("persons", name_list(&names, 5))
                    .with("role", role_name)
                    .with("what", what),
            )
        };
        let mut subjects: Vec<String> = holders.iter().map(|&x| persons[x].id.clone()).collect();
        subjects.sort();
        out.push(Finding::new(
            FindingKind::LeadershipGap,
            severity,
            subjects,
            message,
            Msg::new(tx::ADVICE_LEADERSHIP),
            json!({ "role": role, "holders": holders.len(), "min_holders": t.leadership_min_holders }),
        ));
    }
    out
}
