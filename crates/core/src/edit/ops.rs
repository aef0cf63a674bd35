//! Reversible primitive operations on a [`Map`]: insert, remove or replace one row of one list,
//! set positions, set a view entry, set the title. Applying an op returns its inverse, so any
//! sequence of ops can be undone exactly by applying the inverses in reverse order.

use crate::model::{EntityKind, Map, Membership, Party, Person, Pos, Relation, Snapshot, Table};
use serde::{Deserialize, Serialize};

/// One row of one of the map's lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Row {
    Party(Party),
    Person(Person),
    Table(Table),
    Membership(Membership),
    Relation(Relation),
}

impl Row {
    /// Which list the row belongs to.
    pub fn kind(&self) -> EntityKind {
        match self {
            Row::Party(_) => EntityKind::Party,
            Row::Person(_) => EntityKind::Person,
            Row::Table(_) => EntityKind::Table,
            Row::Membership(_) => EntityKind::Membership,
            Row::Relation(_) => EntityKind::Relation,
        }
    }
}

/// A primitive, reversible change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Op {
    /// Insert `row` at `index` of its list.
    Insert {
        index: usize,
        row: Row,
    },
    /// Remove the row at `index` of list `kind`.
    Remove {
        kind: EntityKind,
        index: usize,
    },
    /// Replace the row at `index` of its list.
    Replace {
        index: usize,
        row: Row,
    },
    /// Set (or with `None` clear) the pinned position of a node in a layout.
    SetPosition {
        layout: String,
        id: String,
        pos: Option<Pos>,
    },
    /// Set (or clear) a piece of view state.
    SetView {
        key: String,
        value: Option<serde_json::Value>,
    },
    SetTitle {
        title: String,
    },
    /// Insert a snapshot at `index` of the project's snapshots.
    InsertSnapshot {
        index: usize,
        snapshot: Box<Snapshot>,
    },
    /// Remove the snapshot at `index`.
    RemoveSnapshot {
        index: usize,
    },
}

/// An op that does not fit the map (an index out of range): a bug in the caller, reported
/// instead of a panic.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("bewerking past niet op de kaart: {0}")]
pub struct OpError(pub String);

fn len_of(map: &Map, kind: EntityKind) -> usize {
    match kind {
        EntityKind::Party => map.parties.len(),
        EntityKind::Person => map.persons.len(),
        EntityKind::Table => map.tables.len(),
        EntityKind::Membership => map.memberships.len(),
        EntityKind::Relation => map.relations.len(),
    }
}

/// Applies `op` and returns its inverse.
pub fn apply(map: &mut Map, op: Op) -> Result<Op, OpError> {
    match op {
        Op::Insert { index, row } => {
            let kind = row.kind();
            if index > len_of(map, kind) {
                return Err(OpError(format!("invoegen op {index} in {kind:?}")));
            }
            match row {
                Row::Party(r) => map.parties.insert(index, r),
                Row::Person(r) => map.persons.insert(index, r),
                Row::Table(r) => map.tables.insert(index, r),
                Row::Membership(r) => map.memberships.insert(index, r),
                Row::Relation(r) => map.relations.insert(index, r),
            }
            Ok(Op::Remove { kind, index })
        }
        Op::Remove { kind, index } => {
            if index >= len_of(map, kind) {
                return Err(OpError(format!("verwijderen op {index} in {kind:?}")));
            }
            let row = match kind {
                EntityKind::Party => Row::Party(map.parties.remove(index)),
                EntityKind::Person => Row::Person(map.persons.remove(index)),
                EntityKind::Table => Row::Table(map.tables.remove(index)),
                EntityKind::Membership => Row::Membership(map.memberships.remove(index)),
                EntityKind::Relation => Row::Relation(map.relations.remove(index)),
            };
            Ok(Op::Insert { index, row })
        }
        Op::Replace { index, row } => {
            let kind = row.kind();
            if index >= len_of(map, kind) {
                return Err(OpError(format!("vervangen op {index} in {kind:?}")));
            }
            let old = match row {
                Row::Party(r) => Row::Party(std::mem::replace(&mut map.parties[index], r)),
                Row::Person(r) => Row::Person(std::mem::replace(&mut map.persons[index], r)),
                Row::Table(r) => Row::Table(std::mem::replace(&mut map.tables[index], r)),
                Row::Membership(r) => {
                    Row::Membership(std::mem::replace(&mut map.memberships[index], r))
                }
                Row::Relation(r) => Row::Relation(std::mem::replace(&mut map.relations[index], r)),
            };
            Ok(Op::Replace { index, row: old })
        }
        Op::SetPosition { layout, id, pos } => {
            let positions = &mut map.arrangement.positions;
            let old = match pos {
                Some(p) => positions
                    .entry(layout.clone())
                    .or_default()
                    .insert(id.clone(), p),
                None => {
                    let old = positions.get_mut(&layout).and_then(|m| m.remove(&id));
                    if positions.get(&layout).is_some_and(|m| m.is_empty()) {
                        positions.remove(&layout);
                    }
                    old
                }
            };
            Ok(Op::SetPosition {
                layout,
                id,
                pos: old,
            })
        }
        Op::SetView { key, value } => {
            let views = &mut map.arrangement.views;
            let old = match value {
                Some(v) => views.insert(key.clone(), v),
                None => views.remove(&key),
            };
            Ok(Op::SetView { key, value: old })
        }
        Op::SetTitle { title } => {
            let old = std::mem::replace(&mut map.title, title);
            Ok(Op::SetTitle { title: old })
        }
        Op::InsertSnapshot { index, snapshot } => {
            let list = &mut map.arrangement.snapshots;
            if index > list.len() {
                return Err(OpError(format!("meting invoegen op {index}")));
            }
            list.insert(index, *snapshot);
            Ok(Op::RemoveSnapshot { index })
        }
        Op::RemoveSnapshot { index } => {
            let list = &mut map.arrangement.snapshots;
            if index >= list.len() {
                return Err(OpError(format!("meting verwijderen op {index}")));
            }
            let snapshot = Box::new(list.remove(index));
            Ok(Op::InsertSnapshot { index, snapshot })
        }
    }
}

/// Applies `ops` in order and returns the inverse sequence (to be applied in the returned
/// order). On an error the ops already applied are undone, so the map is unchanged.
pub fn apply_all(map: &mut Map, ops: Vec<Op>) -> Result<Vec<Op>, OpError> {
    let mut inverse = Vec::with_capacity(ops.len());
    for op in ops {
        match apply(map, op) {
            Ok(inv) => inverse.push(inv),
            Err(e) => {
                for inv in inverse.into_iter().rev() {
                    // Inverses of ops that just succeeded always fit.
                    let _ = apply(map, inv);
                }
                return Err(e);
            }
        }
    }
    inverse.reverse();
    Ok(inverse)
}
