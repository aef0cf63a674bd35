//! What the findings rest on, when the map was combined from partners' lists (the intake
//! writes `gemeld_door` on every row): a finding about a seat that only one partner reported
//! says so ("volgens 1 bron: …"), so that nobody takes a single list's word for a fact
//! about several organisations.

use super::Finding;
use crate::i18n::{Msg, intake as t};
use crate::intake::REPORTED_BY;
use crate::model::Map;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Whether a source is the seated party's own list (its file is named after the party).
fn is_own(source: &str, party_name: &str) -> bool {
    let words = |s: &str| {
        let mut w = crate::import::normalise_name(s);
        w.sort();
        w
    };
    let w = words(&source.replace(['-', '_'], " "));
    !w.is_empty() && w == words(party_name)
}

/// Adds the note to every finding that rests on a seat one other partner reported: its
/// subjects hold the table and the seated party (or person), or the seated party and another
/// party at that table (a meeting, a triangle's leg). A seat the party reports itself is its
/// own word, not a claim. Maps without the attribute are left alone.
pub fn note_single_sources(map: &Map, findings: &mut [Finding]) {
    let single: Vec<(&str, &str, Option<&str>, &str)> = map
        .memberships
        .iter()
        .filter_map(|m| {
            let by = m.attributes.iter().find(|(k, _)| k == REPORTED_BY)?;
            let one = !by.1.is_empty() && !by.1.contains('|');
            let own = map.party(&m.party).is_some_and(|p| is_own(&by.1, &p.name));
            (one && !own).then_some((
                m.table.as_str(),
                m.party.as_str(),
                m.person.as_deref(),
                by.1.as_str(),
            ))
        })
        .collect();
    if single.is_empty() {
        return;
    }
    let mut at_table: HashMap<&str, HashSet<&str>> = HashMap::new();
    for m in &map.memberships {
        at_table
            .entry(m.table.as_str())
            .or_default()
            .insert(m.party.as_str());
    }
    for f in findings {
        let subjects: HashSet<&str> = f.subjects.iter().map(String::as_str).collect();
        let sources: BTreeSet<&str> = single
            .iter()
            .filter(|(table, party, person, _)| {
                let seated =
                    subjects.contains(party) || person.is_some_and(|p| subjects.contains(p));
                let meets = subjects.contains(party)
                    && at_table.get(table).is_some_and(|others| {
                        others.iter().any(|o| o != party && subjects.contains(o))
                    });
                (subjects.contains(table) && seated) || meets
            })
            .map(|s| s.3)
            .collect();
        if sources.is_empty() {
            continue;
        }
        let names: Vec<&str> = sources.into_iter().collect();
        let note = Msg::new(t::ONE_SOURCE).with("sources", names.join(", "));
        f.message = std::mem::replace(&mut f.message, Msg::new(t::ONE_SOURCE)).then(note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{FindingKind, Severity};
    use crate::i18n::Lang;
    use crate::model::{Membership, Role};

    fn seat(table: &str, party: &str, by: &str) -> Membership {
        Membership {
            table: table.into(),
            party: party.into(),
            person: None,
            role: Role::Lid,
            attributes: vec![(REPORTED_BY.into(), by.into())],
        }
    }

    #[test]
    fn only_findings_on_a_seat_of_one_source_get_the_note() {
        let map = Map {
            memberships: vec![
                seat("t1", "a", "gemeente-x"),
                seat("t1", "b", "gemeente-x|zorg-y"),
            ],
            ..Map::default()
        };
        let f = |subjects: &[&str]| {
            Finding::new(
                FindingKind::OverloadedConnector,
                Severity::Middel,
                subjects.iter().map(|s| s.to_string()).collect(),
                Msg::new(crate::i18n::intake::KIND_PARTY),
                Msg::new(crate::i18n::intake::KIND_PARTY),
                serde_json::Value::Null,
            )
        };
        let mut findings = vec![f(&["a", "t1"]), f(&["b", "t1"]), f(&["a"])];
        note_single_sources(&map, &mut findings);
        let texts: Vec<String> = findings.iter().map(|f| f.message(Lang::Nl)).collect();
        assert!(
            texts[0].contains("Volgens 1 bron: gemeente-x"),
            "{}",
            texts[0]
        );
        assert!(!texts[1].contains("Volgens"), "{}", texts[1]);
        assert!(!texts[2].contains("Volgens"), "{}", texts[2]);
    }
}
