//! The rules a map must obey, shared by the importer (which adds file, line and column) and
//! the editor (which shows the problem at the cell as the user types).
//!
//! [`validate`] checks ids and references across the whole map and reports every problem at
//! once, errors and warnings alike; it never stops at the first.

use super::{Map, NodeKind, PartyKind};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Which list of the map a row lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Party,
    Person,
    Table,
    Membership,
    Relation,
}

/// One row of the map: its list and its position in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct EntityRef {
    pub kind: EntityKind,
    pub index: usize,
}

impl EntityRef {
    pub fn new(kind: EntityKind, index: usize) -> Self {
        EntityRef { kind, index }
    }
}

/// The field of a row a problem is about; the importer maps it to the column of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Id,
    Name,
    Kind,
    Party,
    Person,
    Table,
    Werkgebied,
    Parent,
    ReportsTo,
    From,
    To,
    Domains,
    Layers,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ProblemKind {
    /// A required value is empty.
    Empty,
    /// The id is used before, by `first`.
    DuplicateId { id: String, first: EntityRef },
    /// A reference to an id that does not exist (or names the wrong kind of thing).
    UnknownId {
        id: String,
        expected: NodeKind,
        /// What the id does name, when it exists but is of the wrong kind.
        actual: Option<NodeKind>,
        suggestion: Option<String>,
    },
    /// A werkgebied names a party that is not a gemeente.
    NotAMunicipality { id: String, kind: PartyKind },
    /// A party cannot be its own parent, a table cannot report to itself.
    SelfReference { id: String },
    /// Warning: a person sits at a table for another party than their own.
    PersonForOtherParty {
        person: String,
        own_party: String,
        represented: String,
    },
    /// Warning: a table without members.
    TableWithoutMembers { table: String },
    /// Warning: a party in no table and no relationship.
    PartyUnconnected { party: String },
    /// Warning: a relationship from a party or person to itself.
    SelfRelation { id: String },
}

impl ProblemKind {
    /// Errors stop an import; warnings do not.
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            ProblemKind::PersonForOtherParty { .. }
                | ProblemKind::TableWithoutMembers { .. }
                | ProblemKind::PartyUnconnected { .. }
                | ProblemKind::SelfRelation { .. }
        )
    }
}

/// A problem found in a map, located at a row and a field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub entity: EntityRef,
    pub field: Field,
    #[serde(flatten)]
    pub kind: ProblemKind,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.kind.is_error()
    }
}

/// Checks the whole map: ids unique across parties, persons and tables; every reference
/// resolves to the right kind; the warnings of the data format. Errors first in row order,
/// then warnings, so the output is stable.
pub fn validate(map: &Map) -> Vec<Problem> {
    let index = map.index();
    let mut out = Vec::new();
    let mut ids: HashMap<&str, (NodeKind, EntityRef)> = HashMap::new();

    let defs = map
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, NodeKind::Party, EntityRef::new(EntityKind::Party, i)))
        .chain(map.persons.iter().enumerate().map(|(i, p)| {
            (
                &p.id,
                NodeKind::Person,
                EntityRef::new(EntityKind::Person, i),
            )
        }))
        .chain(
            map.tables
                .iter()
                .enumerate()
                .map(|(i, t)| (&t.id, NodeKind::Table, EntityRef::new(EntityKind::Table, i))),
        );
    for (id, node, at) in defs {
        if id.trim().is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Id,
                kind: ProblemKind::Empty,
            });
        } else if let Some((_, first)) = ids.get(id.as_str()) {
            out.push(Problem {
                entity: at,
                field: Field::Id,
                kind: ProblemKind::DuplicateId {
                    id: id.clone(),
                    first: *first,
                },
            });
        } else {
            ids.insert(id, (node, at));
        }
    }

    let candidates = |kind: NodeKind| -> Vec<&str> {
        let mut v: Vec<&str> = ids
            .iter()
            .filter(|(_, (k, _))| *k == kind)
            .map(|(id, _)| *id)
            .collect();
        v.sort_unstable();
        v
    };
    let party_ids = candidates(NodeKind::Party);
    let person_ids = candidates(NodeKind::Person);
    let table_ids = candidates(NodeKind::Table);
    let gemeente_ids: Vec<&str> = map
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Gemeente)
        .map(|p| p.id.as_str())
        .collect();

    // Checks one reference; `expected` lists the kinds it may name (first is the one reported).
    let check =
        |id: &str, expected: &[NodeKind], at: EntityRef, field: Field, out: &mut Vec<Problem>| {
            if id.trim().is_empty() {
                out.push(Problem {
                    entity: at,
                    field,
                    kind: ProblemKind::Empty,
                });
                return;
            }
            let actual = ids.get(id).map(|(k, _)| *k);
            if actual.is_some_and(|k| expected.contains(&k)) {
                return;
            }
            let mut pool: Vec<&str> = Vec::new();
            for k in expected {
                pool.extend(match k {
                    NodeKind::Party => &party_ids,
                    NodeKind::Person => &person_ids,
                    NodeKind::Table => &table_ids,
                });
            }
            out.push(Problem {
                entity: at,
                field,
                kind: ProblemKind::UnknownId {
                    id: id.to_string(),
                    expected: expected[0],
                    actual,
                    suggestion: suggest(id, pool.iter().copied()).map(str::to_string),
                },
            });
        };
    let check_werkgebied = |ids_: &[String], at: EntityRef, out: &mut Vec<Problem>| {
        for g in ids_ {
            match index.party(g).map(|i| &map.parties[i]) {
                Some(p) if p.kind != PartyKind::Gemeente => out.push(Problem {
                    entity: at,
                    field: Field::Werkgebied,
                    kind: ProblemKind::NotAMunicipality {
                        id: g.clone(),
                        kind: p.kind,
                    },
                }),
                Some(_) => {}
                None => out.push(Problem {
                    entity: at,
                    field: Field::Werkgebied,
                    kind: ProblemKind::UnknownId {
                        id: g.clone(),
                        expected: NodeKind::Party,
                        actual: ids.get(g.as_str()).map(|(k, _)| *k),
                        suggestion: suggest(g, gemeente_ids.iter().copied()).map(str::to_string),
                    },
                }),
            }
        }
    };

    for (i, p) in map.parties.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Party, i);
        if p.name.trim().is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Name,
                kind: ProblemKind::Empty,
            });
        }
        check_werkgebied(&p.werkgebied, at, &mut out);
        if let Some(parent) = &p.parent {
            if *parent == p.id {
                out.push(Problem {
                    entity: at,
                    field: Field::Parent,
                    kind: ProblemKind::SelfReference { id: parent.clone() },
                });
            } else {
                check(parent, &[NodeKind::Party], at, Field::Parent, &mut out);
            }
        }
    }
    for (i, p) in map.persons.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Person, i);
        if p.name.trim().is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Name,
                kind: ProblemKind::Empty,
            });
        }
        check(&p.party, &[NodeKind::Party], at, Field::Party, &mut out);
    }
    for (i, t) in map.tables.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Table, i);
        if t.name.trim().is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Name,
                kind: ProblemKind::Empty,
            });
        }
        if t.domains.is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Domains,
                kind: ProblemKind::Empty,
            });
        }
        if t.layers.is_empty() {
            out.push(Problem {
                entity: at,
                field: Field::Layers,
                kind: ProblemKind::Empty,
            });
        }
        check_werkgebied(&t.werkgebied, at, &mut out);
        for r in &t.reports_to {
            if *r == t.id {
                out.push(Problem {
                    entity: at,
                    field: Field::ReportsTo,
                    kind: ProblemKind::SelfReference { id: r.clone() },
                });
            } else {
                check(r, &[NodeKind::Table], at, Field::ReportsTo, &mut out);
            }
        }
    }
    for (i, m) in map.memberships.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Membership, i);
        check(&m.table, &[NodeKind::Table], at, Field::Table, &mut out);
        if let Some(person) = &m.person {
            check(person, &[NodeKind::Person], at, Field::Person, &mut out);
        }
        check(&m.party, &[NodeKind::Party], at, Field::Party, &mut out);
    }
    for (i, r) in map.relations.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Relation, i);
        check(
            &r.from,
            &[NodeKind::Party, NodeKind::Person],
            at,
            Field::From,
            &mut out,
        );
        check(
            &r.to,
            &[NodeKind::Party, NodeKind::Person],
            at,
            Field::To,
            &mut out,
        );
    }

    out.extend(warnings(map, &index));
    out
}

/// The warnings of the data format, which never block an import.
fn warnings(map: &Map, index: &super::Index) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seated_tables: HashSet<&str> = HashSet::new();
    let mut connected: HashSet<&str> = HashSet::new();
    for (i, m) in map.memberships.iter().enumerate() {
        seated_tables.insert(&m.table);
        connected.insert(&m.party);
        if let Some(pid) = &m.person
            && let Some(person) = index.person(pid).map(|i| &map.persons[i])
        {
            connected.insert(&person.party);
            if person.party != m.party {
                out.push(Problem {
                    entity: EntityRef::new(EntityKind::Membership, i),
                    field: Field::Person,
                    kind: ProblemKind::PersonForOtherParty {
                        person: pid.clone(),
                        own_party: person.party.clone(),
                        represented: m.party.clone(),
                    },
                });
            }
        }
    }
    for (i, r) in map.relations.iter().enumerate() {
        for end in [&r.from, &r.to] {
            connected.insert(end);
            if let Some(person) = index.person(end).map(|i| &map.persons[i]) {
                connected.insert(&person.party);
            }
        }
        if r.from == r.to {
            out.push(Problem {
                entity: EntityRef::new(EntityKind::Relation, i),
                field: Field::To,
                kind: ProblemKind::SelfRelation { id: r.from.clone() },
            });
        }
    }
    for (i, t) in map.tables.iter().enumerate() {
        if !seated_tables.contains(t.id.as_str()) {
            out.push(Problem {
                entity: EntityRef::new(EntityKind::Table, i),
                field: Field::Id,
                kind: ProblemKind::TableWithoutMembers {
                    table: t.id.clone(),
                },
            });
        }
    }
    for (i, p) in map.parties.iter().enumerate() {
        if !connected.contains(p.id.as_str()) {
            out.push(Problem {
                entity: EntityRef::new(EntityKind::Party, i),
                field: Field::Id,
                kind: ProblemKind::PartyUnconnected {
                    party: p.id.clone(),
                },
            });
        }
    }
    out
}

/// The candidate closest to `value` by edit distance (case-insensitive), when it is close
/// enough to be a likely typo: at most a third of the length, and at least one edit.
pub fn suggest<'a>(value: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let v = value.to_lowercase();
    let limit = (v.chars().count() / 3).clamp(1, 4);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(&v, &c.to_lowercase());
        if d <= limit && best.is_none_or(|(bd, bc)| d < bd || (d == bd && c < bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() {
        return b.len();
    }
    if b.is_empty() {
        return a.len();
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("t-wonen", "t-wonen"), 0);
        assert_eq!(edit_distance("t-wnoen", "t-wonen"), 1);
        assert_eq!(edit_distance("gem-goud", "gem-gouda"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
    }

    #[test]
    fn suggest_picks_the_nearest_close_candidate() {
        let ids = ["gem-gouda", "gem-waddinxveen", "corp-a"];
        assert_eq!(suggest("gem-goud", ids), Some("gem-gouda"));
        assert_eq!(suggest("xyz-unrelated", ids), None);
    }
}
