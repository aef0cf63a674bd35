//! Edits of a map as data: every change the user makes (add, change or remove a party, person,
//! table, membership or relationship; merge parties; move nodes; re-import updated files) is an
//! [`Edit`], planned into reversible primitive [`Op`]s against the current map and kept in a
//! [`History`] for undo and redo.
//!
//! Planning is where the rules live: removing a party also removes its seats, relationships and
//! people; changing an id follows every reference to it; merging moves everything to the party
//! that is kept. Because every op returns its exact inverse, undo restores the map bit for bit.

mod history;
mod ops;
mod plan;

pub use history::{Entry, History};
pub use ops::{Op, OpError, Row, apply, apply_all};
pub use plan::{ALSO_KNOWN_AS, ImportSummary, import_summary, plan};

use crate::i18n::compare as ctx;
use crate::i18n::edit as txt;
use crate::i18n::{Lang, Msg};
use crate::model::{Map, Membership, Party, Person, Pos, Relation, Table};
use serde::{Deserialize, Serialize};

/// One change the user asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    AddParty(Party),
    /// Replace the party with id `id` (the new value may carry a new id: references follow).
    ChangeParty {
        id: String,
        party: Party,
    },
    /// Remove a party with its seats, relationships and people.
    RemoveParty(String),
    AddPerson(Person),
    ChangePerson {
        id: String,
        person: Person,
    },
    /// Remove a person with their seats and relationships.
    RemovePerson(String),
    AddTable(Table),
    ChangeTable {
        id: String,
        table: Table,
    },
    /// Remove a table with its seats; reporting lines to it are dropped.
    RemoveTable(String),
    AddMembership(Membership),
    ChangeMembership {
        index: usize,
        membership: Membership,
    },
    RemoveMembership(usize),
    AddRelation(Relation),
    ChangeRelation {
        index: usize,
        relation: Relation,
    },
    RemoveRelation(usize),
    /// Merge parties into `keep`: seats, people, relationships and references move to `keep`,
    /// the merged names are kept as the attribute `ook_bekend_als`.
    MergeParties {
        keep: String,
        merge: Vec<String>,
    },
    /// Pin (or with `None` unpin) node positions in a layout.
    MoveNodes {
        layout: String,
        moves: Vec<(String, Option<Pos>)>,
    },
    /// Set (or clear) a piece of view state (filters, thresholds, presentation).
    SetView {
        key: String,
        value: Option<serde_json::Value>,
    },
    SetTitle(String),
    /// Update the map from a re-imported source, by id: rows in the source are added or
    /// updated, anything the source does not carry (rows, attributes, layout) is kept.
    Import(Box<Map>),
    /// Record a snapshot ("meting vastleggen") of the map's data as it is now, named `name`
    /// and dated `date` (ISO).
    RecordSnapshot {
        name: String,
        date: String,
    },
    /// Remove the snapshot named so.
    RemoveSnapshot(String),
    /// Several edits as one step (an action of the analysis): each is planned against the map
    /// the ones before it left, and one undo takes them all back.
    Batch(Vec<Edit>),
}

/// Why an edit cannot be made; the message says what to do instead.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    DuplicateId {
        id: String,
    },
    UnknownId {
        id: String,
    },
    EmptyId,
    NoRow {
        index: usize,
    },
    MergeIntoSelf,
    /// A snapshot of that name exists already.
    DuplicateSnapshot {
        name: String,
    },
    UnknownSnapshot {
        name: String,
    },
    EmptySnapshotName,
    /// A snapshot date that is not `YYYY-MM-DD`.
    BadSnapshotDate {
        date: String,
    },
    Op(#[from] OpError),
}

impl EditError {
    /// The message in `lang` (the `Display` is Dutch).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            EditError::DuplicateId { id } => txt::ERR_DUPLICATE_ID.fill_in(lang, &[("id", id)]),
            EditError::UnknownId { id } => txt::ERR_UNKNOWN_ID.fill_in(lang, &[("id", id)]),
            EditError::EmptyId => txt::ERR_EMPTY_ID.get_in(lang).to_string(),
            EditError::NoRow { index } => txt::ERR_NO_ROW.fill_in(lang, &[("index", index)]),
            EditError::MergeIntoSelf => txt::ERR_MERGE_SELF.get_in(lang).to_string(),
            EditError::DuplicateSnapshot { name } => {
                ctx::ERR_SNAPSHOT_EXISTS.fill_in(lang, &[("name", name)])
            }
            EditError::UnknownSnapshot { name } => {
                ctx::ERR_SNAPSHOT_UNKNOWN.fill_in(lang, &[("name", name)])
            }
            EditError::EmptySnapshotName => ctx::ERR_SNAPSHOT_NO_NAME.get_in(lang).to_string(),
            EditError::BadSnapshotDate { date } => {
                ctx::ERR_SNAPSHOT_DATE.fill_in(lang, &[("date", date)])
            }
            EditError::Op(e0) => e0.to_string(),
        }
    }
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::Nl))
    }
}

impl Edit {
    /// A short description for the history and the undo menu, rendered when shown:
    /// "partij toevoegen: Gemeente Gouda".
    pub fn label(&self, map: &Map) -> Msg {
        let name = |id: &str| map.name_of(id).to_string();
        let named = |t, n: &str| Msg::new(t).with("name", n);
        let seat = |t, m: &Membership| {
            Msg::new(t)
                .with("who", name(m.person.as_deref().unwrap_or(&m.party)))
                .with("table", name(&m.table))
        };
        let link = |t, r: &Relation| {
            Msg::new(t)
                .with("from", name(&r.from))
                .with("to", name(&r.to))
        };
        match self {
            Edit::AddParty(p) => named(txt::ADD_PARTY, &p.name),
            Edit::ChangeParty { party, .. } => named(txt::CHANGE_PARTY, &party.name),
            Edit::RemoveParty(id) => named(txt::REMOVE_PARTY, &name(id)),
            Edit::AddPerson(p) => named(txt::ADD_PERSON, &p.name),
            Edit::ChangePerson { person, .. } => named(txt::CHANGE_PERSON, &person.name),
            Edit::RemovePerson(id) => named(txt::REMOVE_PERSON, &name(id)),
            Edit::AddTable(t) => named(txt::ADD_TABLE, &t.name),
            Edit::ChangeTable { table, .. } => named(txt::CHANGE_TABLE, &table.name),
            Edit::RemoveTable(id) => named(txt::REMOVE_TABLE, &name(id)),
            Edit::AddMembership(m) => seat(txt::ADD_MEMBERSHIP, m),
            Edit::ChangeMembership { membership: m, .. } => seat(txt::CHANGE_MEMBERSHIP, m),
            Edit::RemoveMembership(i) => match map.memberships.get(*i) {
                Some(m) => seat(txt::REMOVE_MEMBERSHIP, m),
                None => Msg::new(txt::REMOVE_MEMBERSHIP)
                    .with("who", "?")
                    .with("table", "?"),
            },
            Edit::AddRelation(r) => link(txt::ADD_RELATION, r),
            Edit::ChangeRelation { relation: r, .. } => link(txt::CHANGE_RELATION, r),
            Edit::RemoveRelation(i) => match map.relations.get(*i) {
                Some(r) => link(txt::REMOVE_RELATION, r),
                None => Msg::new(txt::REMOVE_RELATION)
                    .with("from", "?")
                    .with("to", "?"),
            },
            Edit::MergeParties { keep, merge } => Msg::new(txt::MERGE_PARTIES)
                .with("name", name(keep))
                .with("n", merge.len()),
            Edit::MoveNodes { moves, .. } => Msg::new(txt::MOVE_NODES).with(
                "n",
                crate::i18n::Arg::Count(moves.len(), crate::i18n::overview::N_NODE),
            ),
            Edit::SetView { key, .. } => Msg::new(txt::SET_VIEW).with("key", key),
            Edit::SetTitle(t) => Msg::new(txt::SET_TITLE).with("title", t),
            Edit::Import(_) => Msg::new(txt::IMPORT),
            Edit::RecordSnapshot { name, .. } => named(ctx::RECORD_SNAPSHOT, name),
            Edit::RemoveSnapshot(name) => named(ctx::REMOVE_SNAPSHOT, name),
            Edit::Batch(edits) => match edits.as_slice() {
                [] => Msg::new(txt::IMPORT),
                [one] => one.label(map),
                [first, rest @ ..] => Msg::new(crate::i18n::overview::BATCH)
                    .with("first", first.label(map))
                    .with("n", rest.len()),
            },
        }
    }
}

#[cfg(test)]
mod snapshot_tests {
    use super::*;
    use crate::model::{Party, PartyKind};

    fn map() -> Map {
        Map {
            parties: vec![Party {
                id: "gem-a".into(),
                name: "Gemeente A".into(),
                kind: PartyKind::Gemeente,
                werkgebied: vec![],
                parent: None,
                interests: String::new(),
                takes: String::new(),
                gives: String::new(),
                attributes: vec![],
            }],
            ..Map::default()
        }
    }

    fn record(name: &str, date: &str) -> Edit {
        Edit::RecordSnapshot {
            name: name.into(),
            date: date.into(),
        }
    }

    #[test]
    fn recording_a_snapshot_is_undone_and_redone_exactly() {
        let mut m = map();
        m.arrangement
            .positions
            .entry("vrij".into())
            .or_default()
            .insert("gem-a".into(), Pos { x: 1.0, y: 2.0 });
        let before = m.clone();
        let mut h = History::new();
        h.apply(&mut m, &record("  Nulmeting maart 2026 ", "2026-03-01"))
            .unwrap();
        let s = m.snapshot("Nulmeting maart 2026").expect("trimmed name");
        assert_eq!(s.date, "2026-03-01");
        assert_eq!(s.map.parties, before.parties);
        assert!(
            s.map.arrangement.positions.is_empty(),
            "no layout in a snapshot"
        );
        let after = m.clone();
        h.undo(&mut m).unwrap();
        assert_eq!(m, before);
        h.redo(&mut m).unwrap();
        assert_eq!(m, after);
    }

    #[test]
    fn snapshots_stay_in_date_order_and_names_stay_unique() {
        let mut m = map();
        let mut h = History::new();
        h.apply(&mut m, &record("b", "2026-05-01")).unwrap();
        h.apply(&mut m, &record("a", "2025-01-01")).unwrap();
        h.apply(&mut m, &record("c", "2026-05-01")).unwrap();
        let names: Vec<&str> = m
            .arrangement
            .snapshots
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["a", "b", "c"]);
        let before = m.clone();
        assert_eq!(
            h.apply(&mut m, &record("a", "2026-06-01")).unwrap_err(),
            EditError::DuplicateSnapshot { name: "a".into() }
        );
        assert!(matches!(
            h.apply(&mut m, &record(" ", "2026-06-01")),
            Err(EditError::EmptySnapshotName)
        ));
        assert!(matches!(
            h.apply(&mut m, &record("d", "1-6-2026")),
            Err(EditError::BadSnapshotDate { .. })
        ));
        assert_eq!(m, before, "a refused edit changes nothing");
        h.apply(&mut m, &Edit::RemoveSnapshot("b".into())).unwrap();
        assert!(m.snapshot("b").is_none());
        h.undo(&mut m).unwrap();
        assert_eq!(m, before);
    }
}
