//! Edits and their undo: every edit applied, undone (map equal to before) and redone (equal to
//! after), with the after-state checked against what the edit should have done; random edit
//! sequences fully undone give back the original map.

use netwerkkaart::edit::{ALSO_KNOWN_AS, Edit, EditError, History, import_summary};
use netwerkkaart::model::*;
use proptest::prelude::*;
use std::path::Path;

fn example() -> Map {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld");
    netwerkkaart::import::load_map(&dir)
        .expect("example imports")
        .map
}

fn party(id: &str, name: &str, kind: PartyKind) -> Party {
    Party::new(id, name, kind)
}

fn seat(table: &str, party: &str, person: Option<&str>) -> Membership {
    Membership {
        table: table.into(),
        party: party.into(),
        person: person.map(Into::into),
        role: Role::Lid,
        attributes: vec![],
    }
}

/// Applies `edit`, checks undo gives `before` back and redo gives the after-state again, and
/// returns the after-state for the caller's own checks.
fn round_trip(before: &Map, edit: Edit) -> Map {
    let mut map = before.clone();
    let mut h = History::new();
    h.apply(&mut map, &edit)
        .unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    let after = map.clone();
    assert!(h.is_dirty());
    assert!(h.undo(&mut map).is_some());
    assert_eq!(&map, before, "undo of {edit:?}");
    assert!(!h.is_dirty(), "back at the saved state");
    assert!(h.redo(&mut map).is_some());
    assert_eq!(map, after, "redo of {edit:?}");
    assert!(
        validate(&after).iter().all(|p| !p.is_error()),
        "{edit:?} left errors: {:?}",
        validate(&after)
            .into_iter()
            .filter(|p| p.is_error())
            .collect::<Vec<_>>()
    );
    after
}

#[test]
fn add_a_table_and_seat_two_parties() {
    let m = example();
    let t = Table {
        id: "t-nieuw".into(),
        name: "Driehoeksoverleg Brederwijk".into(),
        kind: TableKind::Tafel,
        domains: Set::one(Domain::Leefomgeving),
        layers: Set::one(Layer::Operationeel),
        frequency: Some(10.0),
        duration_hours: Some(1.5),
        decision: None,
        werkgebied: vec!["gem-brederwijk".into()],
        reports_to: vec![],
        attributes: vec![],
    };
    let after = round_trip(&m, Edit::AddTable(t.clone()));
    assert_eq!(after.tables.last(), Some(&t));
    let after2 = round_trip(
        &after,
        Edit::AddMembership(seat("t-nieuw", "corp-thuisborg", None)),
    );
    assert_eq!(after2.memberships.len(), m.memberships.len() + 1);
}

#[test]
fn adding_an_id_that_exists_is_refused_and_changes_nothing() {
    let mut m = example();
    let before = m.clone();
    let mut h = History::new();
    let e = h
        .apply(
            &mut m,
            &Edit::AddParty(party("gem-arnhoven", "Dubbel", PartyKind::Gemeente)),
        )
        .unwrap_err();
    assert_eq!(
        e,
        EditError::DuplicateId {
            id: "gem-arnhoven".into()
        }
    );
    assert!(e.to_string().contains("al in gebruik"));
    assert_eq!(m, before);
    assert!(!h.is_dirty() && h.undo_label().is_none());
}

#[test]
fn removing_a_party_takes_its_seats_relationships_and_people_along() {
    let m = example();
    let id = "zorg-amberhuis";
    let people: Vec<&str> = m
        .persons
        .iter()
        .filter(|p| p.party == id)
        .map(|p| p.id.as_str())
        .collect();
    assert!(!people.is_empty());
    let after = round_trip(&m, Edit::RemoveParty(id.into()));
    assert!(after.party(id).is_none());
    for p in &people {
        assert!(after.person(p).is_none(), "{p} should go with its party");
    }
    let mentions = |s: &str| s == id || people.contains(&s);
    assert!(
        after
            .memberships
            .iter()
            .all(|x| !mentions(&x.party) && !x.person.as_deref().is_some_and(mentions))
    );
    assert!(
        after
            .relations
            .iter()
            .all(|r| !mentions(&r.from) && !mentions(&r.to))
    );
    // Nothing else went: every other seat is still there.
    let kept = m
        .memberships
        .iter()
        .filter(|x| !mentions(&x.party) && !x.person.as_deref().is_some_and(mentions))
        .count();
    assert_eq!(after.memberships.len(), kept);
}

#[test]
fn removing_a_gemeente_drops_it_from_werkgebieden() {
    let m = example();
    let after = round_trip(&m, Edit::RemoveParty("gem-zandermeer".into()));
    assert!(
        after
            .parties
            .iter()
            .all(|p| !p.werkgebied.contains(&"gem-zandermeer".to_string()))
    );
    assert!(
        after
            .tables
            .iter()
            .all(|t| !t.werkgebied.contains(&"gem-zandermeer".to_string()))
    );
}

#[test]
fn removing_a_table_drops_reporting_lines_to_it() {
    let m = example();
    let target = m
        .tables
        .iter()
        .find(|t| m.tables.iter().any(|u| u.reports_to.contains(&t.id)))
        .unwrap()
        .id
        .clone();
    let after = round_trip(&m, Edit::RemoveTable(target.clone()));
    assert!(after.tables.iter().all(|t| !t.reports_to.contains(&target)));
    assert!(after.memberships.iter().all(|x| x.table != target));
}

#[test]
fn changing_an_id_follows_every_reference() {
    let mut m = example();
    m.arrangement
        .positions
        .entry("lagen".into())
        .or_default()
        .insert("p-mbakker".into(), Pos { x: 1.0, y: 2.0 });
    let old = m.person("p-mbakker").unwrap().clone();
    let seats = m
        .memberships
        .iter()
        .filter(|x| x.person.as_deref() == Some("p-mbakker"))
        .count();
    assert!(seats >= 9);
    let after = round_trip(
        &m,
        Edit::ChangePerson {
            id: old.id.clone(),
            person: Person {
                id: "p-procesregisseur".into(),
                ..old
            },
        },
    );
    assert_eq!(
        after
            .memberships
            .iter()
            .filter(|x| x.person.as_deref() == Some("p-procesregisseur"))
            .count(),
        seats
    );
    assert!(
        after
            .memberships
            .iter()
            .all(|x| x.person.as_deref() != Some("p-mbakker"))
    );
    assert_eq!(
        after.arrangement.positions["lagen"].get("p-procesregisseur"),
        Some(&Pos { x: 1.0, y: 2.0 })
    );
    assert!(!after.arrangement.positions["lagen"].contains_key("p-mbakker"));
}

#[test]
fn changing_a_table_id_follows_reporting_lines() {
    let m = example();
    let t = m
        .tables
        .iter()
        .find(|t| m.tables.iter().any(|u| u.reports_to.contains(&t.id)))
        .unwrap()
        .clone();
    let reporters = m
        .tables
        .iter()
        .filter(|u| u.reports_to.contains(&t.id))
        .count();
    let after = round_trip(
        &m,
        Edit::ChangeTable {
            id: t.id.clone(),
            table: Table {
                id: "t-hernoemd".into(),
                ..t
            },
        },
    );
    assert_eq!(
        after
            .tables
            .iter()
            .filter(|u| u.reports_to.contains(&"t-hernoemd".to_string()))
            .count(),
        reporters
    );
}

#[test]
fn merging_near_duplicates_moves_everything_to_the_kept_party() {
    let mut m = example();
    // A near-duplicate as a partner's list would bring it: same organisation, other spelling,
    // one seat that the original also has (must not be doubled) and one of its own.
    m.parties.push(party(
        "corp-thuisborg-2",
        "Thuisborg wonen",
        PartyKind::Woningcorporatie,
    ));
    let shared_table = m
        .memberships
        .iter()
        .find(|x| x.party == "corp-thuisborg" && x.person.is_none())
        .map(|x| x.table.clone());
    let own_table = m
        .tables
        .iter()
        .find(|t| {
            !m.memberships
                .iter()
                .any(|x| x.table == t.id && x.party == "corp-thuisborg")
        })
        .unwrap()
        .id
        .clone();
    m.memberships
        .push(seat(&own_table, "corp-thuisborg-2", None));
    if let Some(t) = &shared_table {
        m.memberships.push(seat(t, "corp-thuisborg-2", None));
    }
    m.relations.push(Relation {
        from: "corp-thuisborg-2".into(),
        to: "corp-thuisborg".into(),
        kind: "informeel".into(),
        domains: Set::empty(),
        layers: Set::empty(),
        quality: None,
        note: String::new(),
        attributes: vec![],
    });
    let dups = netwerkkaart::import::near_duplicates(&m);
    let group = dups
        .iter()
        .find(|d| d.merge.contains(&"corp-thuisborg-2".to_string()) || d.keep == "corp-thuisborg-2")
        .expect("the importer sees the near-duplicate");
    assert_eq!(
        group.keep, "corp-thuisborg",
        "the party with most seats is kept"
    );

    let before_seats = m
        .memberships
        .iter()
        .filter(|x| x.party == "corp-thuisborg")
        .count();
    let after = round_trip(
        &m,
        Edit::MergeParties {
            keep: group.keep.clone(),
            merge: group.merge.clone(),
        },
    );
    assert!(after.party("corp-thuisborg-2").is_none());
    assert!(
        after
            .memberships
            .iter()
            .any(|x| x.table == own_table && x.party == "corp-thuisborg")
    );
    // The shared seat is not doubled; the relation of the party with itself is gone.
    assert_eq!(
        after
            .memberships
            .iter()
            .filter(|x| x.party == "corp-thuisborg")
            .count(),
        before_seats + 1
    );
    assert!(after.relations.iter().all(|r| r.from != r.to));
    let kept = after.party("corp-thuisborg").unwrap();
    assert!(
        kept.attributes
            .iter()
            .any(|(k, v)| k == ALSO_KNOWN_AS && v == "Thuisborg wonen")
    );
}

#[test]
fn moving_nodes_pins_and_unpins_positions() {
    let m = example();
    let after = round_trip(
        &m,
        Edit::MoveNodes {
            layout: "vrij".into(),
            moves: vec![("gem-arnhoven".into(), Some(Pos { x: 10.0, y: -5.0 }))],
        },
    );
    assert_eq!(
        after.arrangement.positions["vrij"]["gem-arnhoven"],
        Pos { x: 10.0, y: -5.0 }
    );
    let back = round_trip(
        &after,
        Edit::MoveNodes {
            layout: "vrij".into(),
            moves: vec![("gem-arnhoven".into(), None)],
        },
    );
    assert!(!back.arrangement.positions.contains_key("vrij"));
}

#[test]
fn reimport_updates_by_id_and_keeps_what_the_source_does_not_carry() {
    let mut m = example();
    m.arrangement
        .positions
        .entry("lagen".into())
        .or_default()
        .insert("gem-arnhoven".into(), Pos { x: 3.0, y: 4.0 });
    m.parties[0]
        .attributes
        .push(("notitie".into(), "alleen in de app".into()));
    let added_in_app = party("bew-app", "Toegevoegd in de app", PartyKind::Bewoners);
    m.parties.push(added_in_app.clone());
    // The partner sends an updated list: one name changed, one new party, one seat more.
    let mut source = example();
    source.parties[0].name = "Gemeente Arnhoven (centrumgemeente)".into();
    source
        .parties
        .push(party("zorg-nieuw", "Nieuwe Zorg", PartyKind::Zorgaanbieder));
    source
        .memberships
        .push(seat(&source.tables[0].id.clone(), "zorg-nieuw", None));
    let s = import_summary(&m, &source);
    assert_eq!((s.added, s.updated), (2, 1));
    assert_eq!(s.kept, 1, "the party added in the app is kept");
    let after = round_trip(&m, Edit::Import(Box::new(source)));
    assert_eq!(after.parties[0].name, "Gemeente Arnhoven (centrumgemeente)");
    assert!(
        after.parties[0]
            .attributes
            .iter()
            .any(|(k, _)| k == "notitie"),
        "attribute the source lacks is kept"
    );
    assert!(after.party("zorg-nieuw").is_some() && after.party("bew-app").is_some());
    assert_eq!(
        after.arrangement.positions["lagen"]["gem-arnhoven"],
        Pos { x: 3.0, y: 4.0 }
    );
}

#[test]
fn history_labels_say_what_will_be_undone_and_a_new_edit_clears_redo() {
    let mut m = example();
    let mut h = History::new();
    h.apply(
        &mut m,
        &Edit::AddParty(party("x-1", "Buurtteam Oost", PartyKind::Welzijn)),
    )
    .unwrap();
    h.apply(&mut m, &Edit::SetTitle("Nieuwe titel".into()))
        .unwrap();
    assert_eq!(
        label(h.undo_label()),
        Some("titel wijzigen: Nieuwe titel".into())
    );
    h.undo(&mut m);
    assert_eq!(
        label(h.redo_label()),
        Some("titel wijzigen: Nieuwe titel".into())
    );
    assert_eq!(
        label(h.undo_label()),
        Some("partij toevoegen: Buurtteam Oost".into())
    );
    h.mark_saved();
    assert!(!h.is_dirty());
    h.apply(&mut m, &Edit::RemoveParty("x-1".into())).unwrap();
    assert!(h.redo_label().is_none(), "a new edit clears redo");
    assert!(h.is_dirty());
    h.undo(&mut m);
    assert!(!h.is_dirty(), "undo back to the saved state");
}

/// A random edit that fits `m` (ids and indices drawn from what is there).
fn random_edit(m: &Map, pick: &[usize]) -> Edit {
    let p = |k: usize, n: usize| if n == 0 { 0 } else { pick[k] % n };
    let n = (
        m.parties.len(),
        m.persons.len(),
        m.tables.len(),
        m.memberships.len(),
        m.relations.len(),
    );
    match pick[0] % 12 {
        0 if n.0 > 0 => Edit::RemoveParty(m.parties[p(1, n.0)].id.clone()),
        1 if n.1 > 0 => Edit::RemovePerson(m.persons[p(1, n.1)].id.clone()),
        2 if n.2 > 0 => Edit::RemoveTable(m.tables[p(1, n.2)].id.clone()),
        3 if n.3 > 0 => Edit::RemoveMembership(p(1, n.3)),
        4 if n.4 > 0 => Edit::RemoveRelation(p(1, n.4)),
        5 if n.0 > 1 => {
            let a = p(1, n.0);
            let b = p(2, n.0);
            if a == b {
                Edit::SetTitle(format!("t{a}"))
            } else {
                Edit::MergeParties {
                    keep: m.parties[a].id.clone(),
                    merge: vec![m.parties[b].id.clone()],
                }
            }
        }
        6 if n.0 > 0 => {
            let x = m.parties[p(1, n.0)].clone();
            Edit::ChangeParty {
                id: x.id.clone(),
                party: Party {
                    id: format!("{}-r{}", x.id, pick[2]),
                    ..x
                },
            }
        }
        7 if n.1 > 0 => {
            let x = m.persons[p(1, n.1)].clone();
            Edit::ChangePerson {
                id: x.id.clone(),
                person: Person {
                    id: format!("{}-r{}", x.id, pick[2]),
                    ..x
                },
            }
        }
        8 if n.2 > 0 && n.0 > 0 => Edit::AddMembership(seat(
            &m.tables[p(1, n.2)].id,
            &m.parties[p(2, n.0)].id,
            None,
        )),
        9 if n.0 > 1 => Edit::AddRelation(Relation {
            from: m.parties[p(1, n.0)].id.clone(),
            to: m.parties[p(2, n.0)].id.clone(),
            kind: "informeel".into(),
            domains: Set::empty(),
            layers: Set::empty(),
            quality: None,
            note: String::new(),
            attributes: vec![],
        }),
        10 if n.0 > 0 => Edit::MoveNodes {
            layout: "vrij".into(),
            moves: vec![(
                m.parties[p(1, n.0)].id.clone(),
                Some(Pos {
                    x: pick[2] as f32,
                    y: 1.0,
                }),
            )],
        },
        _ => Edit::AddParty(party(
            &format!("nieuw-{}", pick[1]),
            "Nieuw",
            PartyKind::Overig,
        )),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_edit_sequences_fully_undone_give_the_original_map(
        picks in proptest::collection::vec(proptest::collection::vec(0usize..10_000, 3), 1..25)
    ) {
        let original = example();
        let mut m = original.clone();
        let mut h = History::new();
        let mut applied = 0;
        for pick in &picks {
            let e = random_edit(&m, pick);
            if h.apply(&mut m, &e).is_ok() {
                applied += 1;
            }
        }
        let after = m.clone();
        for _ in 0..applied {
            prop_assert!(h.undo(&mut m).is_some());
        }
        prop_assert_eq!(&m, &original);
        prop_assert!(!h.is_dirty());
        for _ in 0..applied {
            prop_assert!(h.redo(&mut m).is_some());
        }
        prop_assert_eq!(&m, &after);
    }
}

/// An undo or redo label as the Dutch menu shows it.
fn label(m: Option<&netwerkkaart::i18n::Msg>) -> Option<String> {
    m.map(|m| m.render(netwerkkaart::i18n::Lang::Nl))
}
