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
    /// A ring of `hoort_bij`: `path` runs from `id` round to `id` again.
    Cycle { id: String, path: Vec<String> },
    /// Warning: an id that differs only in case from an earlier one, `other`.
    CaseOnlyId { id: String, other: String },
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
                | ProblemKind::CaseOnlyId { .. }
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
/// resolves to the right kind; no ring of `hoort_bij`; the warnings of the data format. Errors
/// first in row order, then warnings, so the output is stable.
pub fn validate(map: &Map) -> Vec<Problem> {
    let index = map.index();
    let mut out = Vec::new();
    let refs = Refs::new(map, &index, &mut out);
    check_parties(map, &refs, &mut out);
    check_persons(map, &refs, &mut out);
    check_tables(map, &refs, &mut out);
    for (i, m) in map.memberships.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Membership, i);
        refs.check(&m.table, &[NodeKind::Table], at, Field::Table, &mut out);
        if let Some(person) = &m.person {
            refs.check(person, &[NodeKind::Person], at, Field::Person, &mut out);
        }
        refs.check(&m.party, &[NodeKind::Party], at, Field::Party, &mut out);
    }
    for (i, r) in map.relations.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Relation, i);
        let ends = [NodeKind::Party, NodeKind::Person];
        refs.check(&r.from, &ends, at, Field::From, &mut out);
        refs.check(&r.to, &ends, at, Field::To, &mut out);
    }
    parent_cycles(map, &index, &mut out);
    out.extend(warnings(map, &index));
    out.extend(case_only_ids(map));
    out
}

/// The ids of the map, for resolving references, with the candidates for suggestions.
struct Refs<'a> {
    map: &'a Map,
    index: &'a super::Index,
    ids: HashMap<&'a str, (NodeKind, EntityRef)>,
    party_ids: Vec<&'a str>,
    person_ids: Vec<&'a str>,
    table_ids: Vec<&'a str>,
    gemeente_ids: Vec<&'a str>,
    /// Candidates compared for suggestions so far: each suggestion is a pass over its pool,
    /// so a map with a hundred thousand dangling ids would be quadratic; beyond
    /// [`SUGGESTION_BUDGET`] comparisons no more suggestions are made.
    compared: std::cell::Cell<usize>,
}

/// How many candidate comparisons all suggestions of one validation may take together: on a
/// real map every dangling id gets its suggestion many times over.
const SUGGESTION_BUDGET: usize = 2_000_000;

impl<'a> Refs<'a> {
    /// Collects the ids, reporting empty and duplicate ones.
    fn new(map: &'a Map, index: &'a super::Index, out: &mut Vec<Problem>) -> Self {
        let mut ids: HashMap<&str, (NodeKind, EntityRef)> = HashMap::new();
        let defs =
            map.parties
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
                    map.tables.iter().enumerate().map(|(i, t)| {
                        (&t.id, NodeKind::Table, EntityRef::new(EntityKind::Table, i))
                    }),
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
        let candidates = |kind: NodeKind| -> Vec<&'a str> {
            let mut v: Vec<&str> = ids
                .iter()
                .filter(|(_, (k, _))| *k == kind)
                .map(|(id, _)| *id)
                .collect();
            v.sort_unstable();
            v
        };
        Refs {
            map,
            index,
            party_ids: candidates(NodeKind::Party),
            person_ids: candidates(NodeKind::Person),
            table_ids: candidates(NodeKind::Table),
            gemeente_ids: map
                .parties
                .iter()
                .filter(|p| p.kind == PartyKind::Gemeente)
                .map(|p| p.id.as_str())
                .collect(),
            ids,
            compared: std::cell::Cell::new(0),
        }
    }

    /// The nearest candidate, while suggestions are still affordable.
    fn suggest_from<'c>(
        &self,
        id: &str,
        len: usize,
        pool: impl IntoIterator<Item = &'c str>,
    ) -> Option<String> {
        let spent = self.compared.get() + len;
        if spent > SUGGESTION_BUDGET {
            return None;
        }
        self.compared.set(spent);
        suggest(id, pool).map(str::to_string)
    }

    /// Checks one reference; `expected` lists the kinds it may name (first is the one
    /// reported).
    fn check(
        &self,
        id: &str,
        expected: &[NodeKind],
        at: EntityRef,
        field: Field,
        out: &mut Vec<Problem>,
    ) {
        if id.trim().is_empty() {
            out.push(Problem {
                entity: at,
                field,
                kind: ProblemKind::Empty,
            });
            return;
        }
        let actual = self.ids.get(id).map(|(k, _)| *k);
        if actual.is_some_and(|k| expected.contains(&k)) {
            return;
        }
        let lists: Vec<&Vec<&str>> = expected
            .iter()
            .map(|k| match k {
                NodeKind::Party => &self.party_ids,
                NodeKind::Person => &self.person_ids,
                NodeKind::Table => &self.table_ids,
            })
            .collect();
        // Chained, not copied: the pools can be large and most references have no problem.
        let len = lists.iter().map(|l| l.len()).sum();
        let pool = lists.iter().flat_map(|l| l.iter().copied());
        out.push(Problem {
            entity: at,
            field,
            kind: ProblemKind::UnknownId {
                id: id.to_string(),
                expected: expected[0],
                actual,
                suggestion: self.suggest_from(id, len, pool),
            },
        });
    }

    /// Checks that every werkgebied names a gemeente.
    fn werkgebied(&self, ids: &[String], at: EntityRef, out: &mut Vec<Problem>) {
        for g in ids {
            match self.index.party(g).map(|i| &self.map.parties[i]) {
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
                        actual: self.ids.get(g.as_str()).map(|(k, _)| *k),
                        suggestion: self.suggest_from(
                            g,
                            self.gemeente_ids.len(),
                            self.gemeente_ids.iter().copied(),
                        ),
                    },
                }),
            }
        }
    }
}

/// An empty name is a problem of its row.
fn check_name(name: &str, at: EntityRef, out: &mut Vec<Problem>) {
    if name.trim().is_empty() {
        out.push(Problem {
            entity: at,
            field: Field::Name,
            kind: ProblemKind::Empty,
        });
    }
}

fn check_parties(map: &Map, refs: &Refs, out: &mut Vec<Problem>) {
    for (i, p) in map.parties.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Party, i);
        check_name(&p.name, at, out);
        refs.werkgebied(&p.werkgebied, at, out);
        if let Some(parent) = &p.parent {
            if *parent == p.id {
                out.push(Problem {
                    entity: at,
                    field: Field::Parent,
                    kind: ProblemKind::SelfReference { id: parent.clone() },
                });
            } else {
                refs.check(parent, &[NodeKind::Party], at, Field::Parent, out);
            }
        }
    }
}

fn check_persons(map: &Map, refs: &Refs, out: &mut Vec<Problem>) {
    for (i, p) in map.persons.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Person, i);
        check_name(&p.name, at, out);
        refs.check(&p.party, &[NodeKind::Party], at, Field::Party, out);
    }
}

fn check_tables(map: &Map, refs: &Refs, out: &mut Vec<Problem>) {
    for (i, t) in map.tables.iter().enumerate() {
        let at = EntityRef::new(EntityKind::Table, i);
        check_name(&t.name, at, out);
        for (empty, field) in [
            (t.domains.is_empty(), Field::Domains),
            (t.layers.is_empty(), Field::Layers),
        ] {
            if empty {
                out.push(Problem {
                    entity: at,
                    field,
                    kind: ProblemKind::Empty,
                });
            }
        }
        refs.werkgebied(&t.werkgebied, at, out);
        for r in &t.reports_to {
            if *r == t.id {
                out.push(Problem {
                    entity: at,
                    field: Field::ReportsTo,
                    kind: ProblemKind::SelfReference { id: r.clone() },
                });
            } else {
                refs.check(r, &[NodeKind::Table], at, Field::ReportsTo, out);
            }
        }
    }
}

/// How many ids of a ring are named in its problem.
const MAX_CYCLE_SHOWN: usize = 8;

/// Rings of `hoort_bij` longer than one (a party that is its own parent is a
/// [`ProblemKind::SelfReference`]): each ring once, at its first party in the list. Linear:
/// every party is walked once, whatever the depth of the tree.
fn parent_cycles(map: &Map, index: &super::Index, out: &mut Vec<Problem>) {
    let n = map.parties.len();
    let parent: Vec<Option<usize>> = map
        .parties
        .iter()
        .map(|p| p.parent.as_deref().and_then(|id| index.party(id)))
        .collect();
    // 0 = not seen, 1 = on the current walk, 2 = done.
    let mut state = vec![0u8; n];
    let mut walk: Vec<usize> = Vec::new();
    for start in 0..n {
        walk.clear();
        let mut at = Some(start);
        while let Some(i) = at {
            if state[i] != 0 {
                break;
            }
            state[i] = 1;
            walk.push(i);
            at = parent[i].filter(|&p| p != i);
        }
        if let Some(i) = at
            && state[i] == 1
        {
            let ring = &walk[walk.iter().position(|&w| w == i).unwrap_or(0)..];
            let first = ring.iter().copied().min().unwrap_or(i);
            let from = ring.iter().position(|&w| w == first).unwrap_or(0);
            let mut path: Vec<String> = ring[from..]
                .iter()
                .chain(&ring[..from])
                .take(MAX_CYCLE_SHOWN)
                .map(|&w| map.parties[w].id.clone())
                .collect();
            if ring.len() > MAX_CYCLE_SHOWN {
                path.push("…".to_string());
            }
            path.push(map.parties[first].id.clone());
            out.push(Problem {
                entity: EntityRef::new(EntityKind::Party, first),
                field: Field::Parent,
                kind: ProblemKind::Cycle {
                    id: map.parties[first].id.clone(),
                    path,
                },
            });
        }
        for &w in &walk {
            state[w] = 2;
        }
    }
}

/// Warnings for ids that differ only in case from an earlier one (`GEM-A` and `gem-a`): two
/// things to the program, very likely one to the user.
fn case_only_ids(map: &Map) -> Vec<Problem> {
    let mut first: HashMap<String, &str> = HashMap::new();
    let mut out = Vec::new();
    let all = map
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, EntityRef::new(EntityKind::Party, i)))
        .chain(
            map.persons
                .iter()
                .enumerate()
                .map(|(i, p)| (&p.id, EntityRef::new(EntityKind::Person, i))),
        )
        .chain(
            map.tables
                .iter()
                .enumerate()
                .map(|(i, t)| (&t.id, EntityRef::new(EntityKind::Table, i))),
        );
    for (id, at) in all {
        if id.trim().is_empty() {
            continue;
        }
        match first.get(&id.to_lowercase()) {
            Some(other) if *other != id.as_str() => out.push(Problem {
                entity: at,
                field: Field::Id,
                kind: ProblemKind::CaseOnlyId {
                    id: id.clone(),
                    other: (*other).to_string(),
                },
            }),
            Some(_) => {}
            None => {
                first.insert(id.to_lowercase(), id);
            }
        }
    }
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
