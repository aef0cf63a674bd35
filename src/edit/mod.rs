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

use crate::i18n::edit as txt;
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
}

/// Why an edit cannot be made; the message says what to do instead.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("{}", txt::ERR_DUPLICATE_ID.fill(&[("id", id)]))]
    DuplicateId { id: String },
    #[error("{}", txt::ERR_UNKNOWN_ID.fill(&[("id", id)]))]
    UnknownId { id: String },
    #[error("{}", txt::ERR_EMPTY_ID.get())]
    EmptyId,
    #[error("{}", txt::ERR_NO_ROW.fill(&[("index", index)]))]
    NoRow { index: usize },
    #[error("{}", txt::ERR_MERGE_SELF.get())]
    MergeIntoSelf,
    #[error("{0}")]
    Op(#[from] OpError),
}

impl Edit {
    /// A short Dutch (or English) description for the history and the undo menu:
    /// "partij toevoegen: Gemeente Gouda".
    pub fn label(&self, map: &Map) -> String {
        let name = |id: &str| map.name_of(id).to_string();
        match self {
            Edit::AddParty(p) => txt::ADD_PARTY.fill(&[("name", &p.name)]),
            Edit::ChangeParty { party, .. } => txt::CHANGE_PARTY.fill(&[("name", &party.name)]),
            Edit::RemoveParty(id) => txt::REMOVE_PARTY.fill(&[("name", &name(id))]),
            Edit::AddPerson(p) => txt::ADD_PERSON.fill(&[("name", &p.name)]),
            Edit::ChangePerson { person, .. } => txt::CHANGE_PERSON.fill(&[("name", &person.name)]),
            Edit::RemovePerson(id) => txt::REMOVE_PERSON.fill(&[("name", &name(id))]),
            Edit::AddTable(t) => txt::ADD_TABLE.fill(&[("name", &t.name)]),
            Edit::ChangeTable { table, .. } => txt::CHANGE_TABLE.fill(&[("name", &table.name)]),
            Edit::RemoveTable(id) => txt::REMOVE_TABLE.fill(&[("name", &name(id))]),
            Edit::AddMembership(m) => txt::ADD_MEMBERSHIP.fill(&[
                ("who", &name(m.person.as_deref().unwrap_or(&m.party))),
                ("table", &name(&m.table)),
            ]),
            Edit::ChangeMembership { membership: m, .. } => txt::CHANGE_MEMBERSHIP.fill(&[
                ("who", &name(m.person.as_deref().unwrap_or(&m.party))),
                ("table", &name(&m.table)),
            ]),
            Edit::RemoveMembership(i) => match map.memberships.get(*i) {
                Some(m) => txt::REMOVE_MEMBERSHIP.fill(&[
                    ("who", &name(m.person.as_deref().unwrap_or(&m.party))),
                    ("table", &name(&m.table)),
                ]),
                None => txt::REMOVE_MEMBERSHIP.fill(&[("who", &"?"), ("table", &"?")]),
            },
            Edit::AddRelation(r) => {
                txt::ADD_RELATION.fill(&[("from", &name(&r.from)), ("to", &name(&r.to))])
            }
            Edit::ChangeRelation { relation: r, .. } => {
                txt::CHANGE_RELATION.fill(&[("from", &name(&r.from)), ("to", &name(&r.to))])
            }
            Edit::RemoveRelation(i) => match map.relations.get(*i) {
                Some(r) => {
                    txt::REMOVE_RELATION.fill(&[("from", &name(&r.from)), ("to", &name(&r.to))])
                }
                None => txt::REMOVE_RELATION.fill(&[("from", &"?"), ("to", &"?")]),
            },
            Edit::MergeParties { keep, merge } => {
                txt::MERGE_PARTIES.fill(&[("name", &name(keep)), ("n", &merge.len())])
            }
            Edit::MoveNodes { moves, .. } => txt::MOVE_NODES.fill(&[("n", &moves.len())]),
            Edit::SetView { key, .. } => txt::SET_VIEW.fill(&[("key", key)]),
            Edit::SetTitle(t) => txt::SET_TITLE.fill(&[("title", t)]),
            Edit::Import(_) => txt::IMPORT.get().to_string(),
        }
    }
}
