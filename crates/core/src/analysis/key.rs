//! The stable `key` of a finding (`spec/analysis.md`, version 2): kind, scope and sorted
//! subjects, `kind|domain|layer|werkgebied|subject,subject,…`, `-` for an empty part.
//!
//! The key is a pure function of what the finding is about, so the same situation in another
//! version of the map (a later snapshot, the map after an action) has the same key as long as
//! its ids did not change. That is what lets actions say which findings they resolve.
//!
//! Uniqueness: two findings of one output could in principle share kind, scope and subjects
//! (say two components of `fragmented_network` never do, but a future kind might). The
//! findings are sorted before keys are given, so the collision is settled deterministically:
//! the first keeps the plain key, the n-th (n ≥ 2) gets `#n` appended, in finding order.

use super::Finding;
use crate::model::Vocab;
use std::collections::HashMap;

/// The plain key of a finding (before collisions are settled).
pub fn plain_key(f: &Finding) -> String {
    let mut subjects: Vec<&str> = f.subjects.iter().map(String::as_str).collect();
    subjects.sort_unstable();
    subjects.dedup();
    let part = |s: Option<&str>| match s {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => "-".to_string(),
    };
    format!(
        "{}|{}|{}|{}|{}",
        f.kind.name(),
        part(f.domain.map(Vocab::name)),
        part(f.layer.map(Vocab::name)),
        part(f.werkgebied.as_deref()),
        if subjects.is_empty() {
            "-".to_string()
        } else {
            subjects.join(",")
        }
    )
}

/// Gives every finding its key, in order, settling collisions with `#2`, `#3`, ….
pub fn assign_keys(findings: &mut [Finding]) {
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(findings.len());
    for f in findings.iter_mut() {
        let k = plain_key(f);
        let n = seen.entry(k.clone()).or_insert(0);
        *n += 1;
        f.key = if *n == 1 { k } else { format!("{k}#{n}") };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{FindingKind, Severity};
    use crate::model::Domain;
    use serde_json::json;

    fn f(subjects: &[&str]) -> Finding {
        Finding {
            domain: Some(Domain::Casus),
            werkgebied: Some("gem-a".into()),
            ..Finding::new(
                FindingKind::MissingLink,
                Severity::Middel,
                subjects.iter().map(|s| s.to_string()).collect(),
                crate::i18n::analysis::NOBODY,
                crate::i18n::analysis::NOBODY,
                json!({}),
            )
        }
    }

    #[test]
    fn key_has_kind_scope_and_sorted_subjects() {
        let mut v = vec![f(&["zorg-b", "corp-a"]), f(&[])];
        v[1].domain = None;
        v[1].werkgebied = None;
        assign_keys(&mut v);
        assert_eq!(v[0].key, "missing_link|casus|-|gem-a|corp-a,zorg-b");
        assert_eq!(v[1].key, "missing_link|-|-|-|-");
    }

    #[test]
    fn colliding_keys_are_numbered_in_order() {
        let mut v = vec![f(&["a", "b"]), f(&["b", "a"]), f(&["a", "b"])];
        assign_keys(&mut v);
        assert_eq!(v[0].key, "missing_link|casus|-|gem-a|a,b");
        assert_eq!(v[1].key, "missing_link|casus|-|gem-a|a,b#2");
        assert_eq!(v[2].key, "missing_link|casus|-|gem-a|a,b#3");
    }
}
