//! The map: parties, persons, tables, memberships and relationships, as plain data.
//!
//! A [`Map`] is what every other part of the crate works on. It is serde-serialisable (the
//! project file is its JSON), cheap to clone (undo keeps snapshots) and knows nothing of files
//! or windows. Order is the order of the source rows, so output is deterministic; ids are the
//! user's own and stay stable across edits and re-imports.

mod anonymise;
pub mod kept;
mod snapshot;
mod validate;
mod vocab;

pub use anonymise::{Anonymised, anonymise, anonymise_keep_ids, anonymise_with_ids};
pub use snapshot::{Snapshot, data_of, is_iso_date};
pub use validate::{
    EntityKind, EntityRef, Field, Problem, ProblemKind, edit_distance, suggest, validate,
};
pub use vocab::{
    Decision, Domain, Layer, NetworkRole, PartyKind, Quality, Role, Set, TableKind, Vocab, fold,
};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Free attributes of a row: the columns the format does not name, in the order of the source,
/// kept so that nothing the user brought is ever dropped.
pub type Attributes = Vec<(String, String)>;

/// An organisation or organised group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub kind: PartyKind,
    /// Ids of `gemeente` parties where this party is active; empty means the whole region
    /// (for a gemeente: the municipality itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub werkgebied: Vec<String>,
    /// Id of the parent party (a department, a location).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interests: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub takes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gives: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

impl Party {
    /// A party with just an id, a name and a kind; everything else empty.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: PartyKind) -> Self {
        Party {
            id: id.into(),
            name: name.into(),
            kind,
            werkgebied: Vec::new(),
            parent: None,
            interests: String::new(),
            takes: String::new(),
            gives: String::new(),
            attributes: Vec::new(),
        }
    }
}

/// A person, or a role label standing in for one (privacy).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Id of the person's own party.
    pub party: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<Layer>,
    #[serde(default, skip_serializing_if = "Set::is_empty")]
    pub network_roles: Set<NetworkRole>,
    /// Hours a month available for collaboration work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_month: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

/// A table, platform or initiative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub id: String,
    pub name: String,
    #[serde(default = "default_table_kind")]
    pub kind: TableKind,
    pub domains: Set<Domain>,
    pub layers: Set<Layer>,
    /// Meetings per year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<f64>,
    /// Hours per meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Ids of the gemeente parties the table covers; empty means the whole region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub werkgebied: Vec<String>,
    /// Ids of the tables this one reports or escalates to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports_to: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

fn default_table_kind() -> TableKind {
    TableKind::Tafel
}

impl Table {
    /// A table (kind `tafel`) in one domain and one layer; everything else empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        domain: Domain,
        layer: Layer,
    ) -> Self {
        Table {
            id: id.into(),
            name: name.into(),
            kind: TableKind::Tafel,
            domains: Set::one(domain),
            layers: Set::one(layer),
            frequency: None,
            duration_hours: None,
            decision: None,
            werkgebied: Vec::new(),
            reports_to: Vec::new(),
            attributes: Vec::new(),
        }
    }

    /// Meeting hours a year (frequency × duration), when both are known.
    pub fn hours_per_year(&self) -> Option<f64> {
        Some(self.frequency? * self.duration_hours?)
    }
}

/// A seat at a table: a party represented, optionally by a named person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    pub table: String,
    /// The party represented. When the source left it empty, the person's own party.
    pub party: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    #[serde(default = "default_role")]
    pub role: Role,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

fn default_role() -> Role {
    Role::Lid
}

/// A direct relationship between two parties or persons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub from: String,
    pub to: String,
    /// Free text; known values are in [`RELATION_KINDS`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Set::is_empty")]
    pub domains: Set<Domain>,
    #[serde(default, skip_serializing_if = "Set::is_empty")]
    pub layers: Set<Layer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<Quality>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Attributes,
}

/// The relationship kinds the format names; others are allowed as free text.
pub const RELATION_KINDS: &[&str] = &[
    "prestatieafspraken",
    "convenant",
    "contract",
    "subsidie",
    "casuscontact",
    "informeel",
    "escalatie",
];

/// A position on the canvas, in canvas units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Pos {
    pub x: f32,
    pub y: f32,
}

/// What the user arranged around the data: node positions per layout, and the opaque state of
/// views (filters, presentation steps, thresholds) that the app owns and the project file keeps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Arrangement {
    /// Node positions the user pinned, per layout name (`"lagen"`, `"vrij"`), by node id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub positions: BTreeMap<String, BTreeMap<String, Pos>>,
    /// Named pieces of view state (filters, presentation, thresholds), by key.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub views: BTreeMap<String, serde_json::Value>,
    /// Named, dated copies of the data ("metingen", project file version 2), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
    /// Fields of the project file this version does not know, written back on save.
    #[serde(skip)]
    pub kept: kept::Kept,
}

/// A whole map.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Map {
    /// A title for the map (shown in the window title and on reports).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub persons: Vec<Person>,
    #[serde(default)]
    pub tables: Vec<Table>,
    #[serde(default)]
    pub memberships: Vec<Membership>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub arrangement: Arrangement,
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    Party,
    Person,
    Table,
}

impl Map {
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }

    pub fn table(&self, id: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// What `id` names, if anything. Linear; build an [`Index`] for repeated look-ups.
    pub fn kind_of(&self, id: &str) -> Option<NodeKind> {
        if self.party(id).is_some() {
            Some(NodeKind::Party)
        } else if self.person(id).is_some() {
            Some(NodeKind::Person)
        } else if self.table(id).is_some() {
            Some(NodeKind::Table)
        } else {
            None
        }
    }

    /// The display name of a party, person or table, or the id itself when unknown.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        if let Some(p) = self.party(id) {
            &p.name
        } else if let Some(p) = self.person(id) {
            &p.name
        } else if let Some(t) = self.table(id) {
            &t.name
        } else {
            id
        }
    }

    /// The ids of the gemeente parties, in map order.
    pub fn municipalities(&self) -> impl Iterator<Item = &Party> {
        self.parties
            .iter()
            .filter(|p| p.kind == PartyKind::Gemeente)
    }

    /// A fast id look-up table for this map.
    pub fn index(&self) -> Index {
        Index::new(self)
    }
}

/// Id → position look-up over a [`Map`]. Built once per analysis; cheap (one hash map).
#[derive(Debug, Clone, Default)]
pub struct Index {
    ids: std::collections::HashMap<String, (NodeKind, usize)>,
}

impl Index {
    pub fn new(map: &Map) -> Self {
        let mut ids = std::collections::HashMap::with_capacity(
            map.parties.len() + map.persons.len() + map.tables.len(),
        );
        // First occurrence wins, matching how validation reports duplicates (the later row).
        for (i, p) in map.parties.iter().enumerate() {
            ids.entry(p.id.clone()).or_insert((NodeKind::Party, i));
        }
        for (i, p) in map.persons.iter().enumerate() {
            ids.entry(p.id.clone()).or_insert((NodeKind::Person, i));
        }
        for (i, t) in map.tables.iter().enumerate() {
            ids.entry(t.id.clone()).or_insert((NodeKind::Table, i));
        }
        Index { ids }
    }

    /// What `id` names and its position in the corresponding list.
    pub fn get(&self, id: &str) -> Option<(NodeKind, usize)> {
        self.ids.get(id).copied()
    }

    pub fn party(&self, id: &str) -> Option<usize> {
        match self.get(id) {
            Some((NodeKind::Party, i)) => Some(i),
            _ => None,
        }
    }

    pub fn person(&self, id: &str) -> Option<usize> {
        match self.get(id) {
            Some((NodeKind::Person, i)) => Some(i),
            _ => None,
        }
    }

    pub fn table(&self, id: &str) -> Option<usize> {
        match self.get(id) {
            Some((NodeKind::Table, i)) => Some(i),
            _ => None,
        }
    }
}
