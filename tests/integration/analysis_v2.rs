//! Version 2 of the analysis through the public API: keys, groups and verified actions on the
//! hand-made fixtures of `support/analysis_fixtures.rs` (expectations worked out by hand in the
//! comments), and the contract that an action's edits, applied and re-analysed, give exactly
//! its `resolves` and `introduces`.

use crate::support::analysis_fixtures as fixtures;
use fixtures::*;
use netwerkkaart::analysis::actions::{ActionEdit, apply};
use netwerkkaart::analysis::{Analysis, Thresholds, analyse, to_json};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::Map;
use std::collections::BTreeSet;

fn keys(a: &Analysis) -> BTreeSet<String> {
    a.findings.iter().map(|f| f.key.clone()).collect()
}

/// Applies every action and checks the diff by key against its claims.
fn check_contract(map: &Map, a: &Analysis) {
    let before = keys(a);
    for x in &a.actions {
        let mut copy = map.clone();
        apply(&mut copy, &x.edits);
        let after = keys(&analyse(&copy, &a.thresholds));
        let gone: Vec<String> = before.difference(&after).cloned().collect();
        let new: Vec<String> = after.difference(&before).cloned().collect();
        assert_eq!(gone, x.resolves, "action {}", x.rank);
        assert_eq!(new, x.introduces, "action {}", x.rank);
    }
}

#[test]
fn healthy_map_gives_no_actions() {
    let a = analyse(&healthy().build(), &Thresholds::default());
    assert!(a.actions.is_empty());
    assert!(a.groups.is_empty());
}

/// Gouda: Woonstede (Gouda only) and Kwintes (region) never meet in Gouda, so there is a
/// missing link in gem-gouda. Seating one of them at a Gouda table where the other sits
/// resolves it; that is one membership, and it must be among the first proposals.
#[test]
fn gouda_first_actions_close_the_gouda_gap_and_keep_their_word() {
    let map = gouda();
    let a = analyse(&map, &Thresholds::default());
    let link = "missing_link|-|-|gem-gouda|corp-woon,zorg-kwin";
    assert!(keys(&a).contains(link), "{:?}", keys(&a));
    assert_eq!(keys(&a).len(), a.findings.len(), "keys unique");
    let closing = a
        .actions
        .iter()
        .take(3)
        .find(|x| x.resolves.iter().any(|k| k == link))
        .expect("a top-3 action resolves the Gouda missing link");
    let allowed = [
        ("t-wijk", "corp-woon"),
        ("t-inkoop", "corp-woon"),
        ("t-woonurg", "zorg-kwin"),
        ("t-bo-gouda", "zorg-kwin"),
    ];
    match closing.edits.as_slice() {
        [ActionEdit::AddMembership { table, party, .. }] => {
            assert!(
                allowed.contains(&(table.as_str(), party.as_str())),
                "{table} {party}"
            )
        }
        other => panic!("expected one seat, got {other:?}"),
    }
    check_contract(&map, &a);
    // Ranks are 1, 2, … and at most ten.
    assert!(a.actions.len() <= 10);
    for (i, x) in a.actions.iter().enumerate() {
        assert_eq!(x.rank, i + 1);
    }
}

#[test]
fn keys_are_stable_across_runs_and_other_fixtures_keep_the_contract() {
    for map in [gouda(), regisseur(), fragment(), gaps(), two_tables(true)] {
        let a = analyse(&map, &Thresholds::default());
        let b = analyse(&map, &Thresholds::default());
        assert_eq!(keys(&a), keys(&b));
        assert_eq!(keys(&a).len(), a.findings.len());
        let grouped: usize = a.groups.iter().map(|g| g.findings.len()).sum();
        assert_eq!(grouped, a.findings.len(), "every finding in one group");
        check_contract(&map, &a);
        let j = to_json(&a, Lang::Nl);
        assert_eq!(j["version"], 2);
        assert_eq!(
            j["findings"].as_array().map(Vec::len),
            Some(a.findings.len())
        );
    }
}
