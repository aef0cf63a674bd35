//! Turns an [`Edit`] into primitive [`Op`]s against the current map.
//!
//! Every plan is built the same way: decide what happens to each id (kept, renamed, dropped),
//! rewrite every row that refers to an affected id, then emit replacements first and removals
//! last in descending index order, so that indices stay valid while the ops run.

use super::{Edit, EditError, Op, Row};
use crate::model::{EntityKind, Map, Membership, Party, Person, Relation, Table};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What happens to an id.
#[derive(Debug, Clone, PartialEq)]
enum Fate {
    /// It now reads `to` (a rename or a merge).
    To(String),
    /// It is gone; references to it go too.
    Drop,
}

/// Ops collected for one edit.
#[derive(Default)]
struct Plan {
    replace: BTreeMap<(EntityKind, usize), Row>,
    remove: BTreeSet<(EntityKind, usize)>,
    inserts: Vec<Op>,
    tail: Vec<Op>,
}

impl Plan {
    fn finish(self) -> Vec<Op> {
        let mut ops: Vec<Op> = self
            .replace
            .into_iter()
            .filter(|(k, _)| !self.remove.contains(k))
            .map(|((_, index), row)| Op::Replace { index, row })
            .collect();
        // Descending per list, so removing one row never shifts another still to be removed.
        ops.extend(
            self.remove
                .iter()
                .rev()
                .map(|&(kind, index)| Op::Remove { kind, index }),
        );
        ops.extend(self.inserts);
        ops.extend(self.tail);
        ops
    }
}

/// The ops that carry out `edit` on `map`.
pub fn plan(map: &Map, edit: &Edit) -> Result<Vec<Op>, EditError> {
    let ids = all_ids(map);
    let mut p = Plan::default();
    match edit {
        Edit::AddParty(x) => {
            check_new_id(&ids, &x.id)?;
            p.inserts.push(Op::Insert {
                index: map.parties.len(),
                row: Row::Party(x.clone()),
            });
        }
        Edit::AddPerson(x) => {
            check_new_id(&ids, &x.id)?;
            p.inserts.push(Op::Insert {
                index: map.persons.len(),
                row: Row::Person(x.clone()),
            });
        }
        Edit::AddTable(x) => {
            check_new_id(&ids, &x.id)?;
            p.inserts.push(Op::Insert {
                index: map.tables.len(),
                row: Row::Table(x.clone()),
            });
        }
        Edit::ChangeParty { id, party } => {
            let i = find(&map.parties, id, |x| &x.id)?;
            change(map, &ids, &mut p, id, &party.id)?;
            p.replace
                .insert((EntityKind::Party, i), Row::Party(party.clone()));
        }
        Edit::ChangePerson { id, person } => {
            let i = find(&map.persons, id, |x| &x.id)?;
            change(map, &ids, &mut p, id, &person.id)?;
            p.replace
                .insert((EntityKind::Person, i), Row::Person(person.clone()));
        }
        Edit::ChangeTable { id, table } => {
            let i = find(&map.tables, id, |x| &x.id)?;
            change(map, &ids, &mut p, id, &table.id)?;
            p.replace
                .insert((EntityKind::Table, i), Row::Table(table.clone()));
        }
        Edit::RemoveParty(id) => {
            find(&map.parties, id, |x| &x.id)?;
            // A party's people go with it: a person must belong to a party.
            let mut fates: HashMap<&str, Fate> = HashMap::new();
            fates.insert(id, Fate::Drop);
            for person in map.persons.iter().filter(|x| x.party == *id) {
                fates.insert(&person.id, Fate::Drop);
            }
            rewrite(map, &fates, &mut p);
        }
        Edit::RemovePerson(id) => {
            find(&map.persons, id, |x| &x.id)?;
            rewrite(map, &HashMap::from([(id.as_str(), Fate::Drop)]), &mut p);
        }
        Edit::RemoveTable(id) => {
            find(&map.tables, id, |x| &x.id)?;
            rewrite(map, &HashMap::from([(id.as_str(), Fate::Drop)]), &mut p);
        }
        Edit::AddMembership(m) => {
            p.inserts.push(Op::Insert {
                index: map.memberships.len(),
                row: Row::Membership(m.clone()),
            });
        }
        Edit::ChangeMembership { index, membership } => {
            row_exists(map.memberships.len(), *index)?;
            p.replace.insert(
                (EntityKind::Membership, *index),
                Row::Membership(membership.clone()),
            );
        }
        Edit::RemoveMembership(index) => {
            row_exists(map.memberships.len(), *index)?;
            p.remove.insert((EntityKind::Membership, *index));
        }
        Edit::AddRelation(r) => {
            p.inserts.push(Op::Insert {
                index: map.relations.len(),
                row: Row::Relation(r.clone()),
            });
        }
        Edit::ChangeRelation { index, relation } => {
            row_exists(map.relations.len(), *index)?;
            p.replace.insert(
                (EntityKind::Relation, *index),
                Row::Relation(relation.clone()),
            );
        }
        Edit::RemoveRelation(index) => {
            row_exists(map.relations.len(), *index)?;
            p.remove.insert((EntityKind::Relation, *index));
        }
        Edit::MergeParties { keep, merge } => merge_parties(map, keep, merge, &mut p)?,
        Edit::MoveNodes { layout, moves } => {
            for (id, pos) in moves {
                p.tail.push(Op::SetPosition {
                    layout: layout.clone(),
                    id: id.clone(),
                    pos: *pos,
                });
            }
        }
        Edit::SetView { key, value } => p.tail.push(Op::SetView {
            key: key.clone(),
            value: value.clone(),
        }),
        Edit::SetTitle(title) => p.tail.push(Op::SetTitle {
            title: title.clone(),
        }),
        Edit::Import(source) => {
            import(map, source, &mut p);
        }
        Edit::RecordSnapshot { name, date } => p.tail.push(record_snapshot(map, name, date)?),
        Edit::RemoveSnapshot(name) => {
            let index = map
                .arrangement
                .snapshots
                .iter()
                .position(|s| s.name == *name)
                .ok_or_else(|| EditError::UnknownSnapshot { name: name.clone() })?;
            p.tail.push(Op::RemoveSnapshot { index });
        }
        Edit::Batch(edits) => {
            // Each edit is planned against what the ones before it left.
            let mut scratch = map.clone();
            let mut ops = Vec::new();
            for e in edits {
                let o = plan(&scratch, e)?;
                super::apply_all(&mut scratch, o.clone())?;
                ops.extend(o);
            }
            return Ok(ops);
        }
    }
    Ok(p.finish())
}

/// The op that records a snapshot of `map`: a trimmed, unique name and an ISO date; kept in
/// date order (after the snapshots of the same day), so the timeline reads left to right.
fn record_snapshot(map: &Map, name: &str, date: &str) -> Result<Op, EditError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(EditError::EmptySnapshotName);
    }
    if !crate::model::is_iso_date(date) {
        return Err(EditError::BadSnapshotDate {
            date: date.to_string(),
        });
    }
    let list = &map.arrangement.snapshots;
    if list.iter().any(|s| s.name == name) {
        return Err(EditError::DuplicateSnapshot {
            name: name.to_string(),
        });
    }
    let index = list.iter().take_while(|s| s.date.as_str() <= date).count();
    Ok(Op::InsertSnapshot {
        index,
        snapshot: Box::new(crate::model::Snapshot::of(map, name, date)),
    })
}

fn all_ids(map: &Map) -> HashSet<&str> {
    map.parties
        .iter()
        .map(|x| x.id.as_str())
        .chain(map.persons.iter().map(|x| x.id.as_str()))
        .chain(map.tables.iter().map(|x| x.id.as_str()))
        .collect()
}

fn check_new_id(ids: &HashSet<&str>, id: &str) -> Result<(), EditError> {
    if id.trim().is_empty() {
        Err(EditError::EmptyId)
    } else if ids.contains(id) {
        Err(EditError::DuplicateId { id: id.to_string() })
    } else {
        Ok(())
    }
}

fn find<T>(rows: &[T], id: &str, key: impl Fn(&T) -> &String) -> Result<usize, EditError> {
    rows.iter()
        .position(|x| key(x) == id)
        .ok_or_else(|| EditError::UnknownId { id: id.to_string() })
}

fn row_exists(len: usize, index: usize) -> Result<(), EditError> {
    if index < len {
        Ok(())
    } else {
        Err(EditError::NoRow { index })
    }
}

/// A changed row whose id changes: the new id must be free, and references follow.
fn change(
    map: &Map,
    ids: &HashSet<&str>,
    p: &mut Plan,
    old: &str,
    new: &str,
) -> Result<(), EditError> {
    if old != new {
        check_new_id(ids, new)?;
        rewrite(map, &HashMap::from([(old, Fate::To(new.to_string()))]), p);
    }
    Ok(())
}

/// Rewrites every reference to an id in `fates`: renamed references follow, dropped ones are
/// removed from lists, rows that cannot live without them (seats, relationships, people) are
/// removed, and the dropped rows themselves are removed. Positions follow too.
fn rewrite(map: &Map, fates: &HashMap<&str, Fate>, p: &mut Plan) {
    let fate = |id: &str| fates.get(id);
    let map_one = |id: &String| -> Option<Option<String>> {
        match fate(id) {
            None => None,
            Some(Fate::To(to)) => Some(Some(to.clone())),
            Some(Fate::Drop) => Some(None),
        }
    };
    // A list of ids: renamed in place, dropped ones left out; `None` when nothing changes.
    let map_list = |list: &[String]| -> Option<Vec<String>> {
        if !list.iter().any(|x| fate(x).is_some()) {
            return None;
        }
        let mut out: Vec<String> = Vec::with_capacity(list.len());
        for x in list {
            let y = match fate(x) {
                None => Some(x.clone()),
                Some(Fate::To(to)) => Some(to.clone()),
                Some(Fate::Drop) => None,
            };
            if let Some(y) = y
                && !out.contains(&y)
            {
                out.push(y);
            }
        }
        Some(out)
    };

    for (i, x) in map.parties.iter().enumerate() {
        if matches!(fate(&x.id), Some(Fate::Drop)) {
            p.remove.insert((EntityKind::Party, i));
            continue;
        }
        let mut y: Option<Party> = None;
        if let Some(w) = map_list(&x.werkgebied) {
            y.get_or_insert_with(|| x.clone()).werkgebied = w;
        }
        if let Some(parent) = &x.parent
            && let Some(to) = map_one(parent)
        {
            // A party merged into its own parent has no parent any more.
            y.get_or_insert_with(|| x.clone()).parent = to.filter(|t| *t != x.id);
        }
        if let Some(y) = y {
            p.replace.insert((EntityKind::Party, i), Row::Party(y));
        }
    }
    for (i, x) in map.persons.iter().enumerate() {
        if matches!(fate(&x.id), Some(Fate::Drop)) {
            p.remove.insert((EntityKind::Person, i));
            continue;
        }
        match map_one(&x.party) {
            None => {}
            Some(None) => {
                p.remove.insert((EntityKind::Person, i));
            }
            Some(Some(to)) => {
                p.replace.insert(
                    (EntityKind::Person, i),
                    Row::Person(Person {
                        party: to,
                        ..x.clone()
                    }),
                );
            }
        }
    }
    for (i, x) in map.tables.iter().enumerate() {
        if matches!(fate(&x.id), Some(Fate::Drop)) {
            p.remove.insert((EntityKind::Table, i));
            continue;
        }
        let mut y: Option<Table> = None;
        if let Some(w) = map_list(&x.werkgebied) {
            y.get_or_insert_with(|| x.clone()).werkgebied = w;
        }
        if let Some(r) = map_list(&x.reports_to) {
            y.get_or_insert_with(|| x.clone()).reports_to = r;
        }
        if let Some(y) = y {
            p.replace.insert((EntityKind::Table, i), Row::Table(y));
        }
    }
    for (i, x) in map.memberships.iter().enumerate() {
        let table = map_one(&x.table);
        let party = map_one(&x.party);
        let person = x.person.as_ref().and_then(map_one);
        if matches!(table, Some(None))
            || matches!(party, Some(None))
            || matches!(person, Some(None))
        {
            p.remove.insert((EntityKind::Membership, i));
        } else if table.is_some() || party.is_some() || person.is_some() {
            let y = Membership {
                table: table.flatten().unwrap_or_else(|| x.table.clone()),
                party: party.flatten().unwrap_or_else(|| x.party.clone()),
                person: person.flatten().or_else(|| x.person.clone()),
                ..x.clone()
            };
            p.replace
                .insert((EntityKind::Membership, i), Row::Membership(y));
        }
    }
    for (i, x) in map.relations.iter().enumerate() {
        let from = map_one(&x.from);
        let to = map_one(&x.to);
        if matches!(from, Some(None)) || matches!(to, Some(None)) {
            p.remove.insert((EntityKind::Relation, i));
        } else if from.is_some() || to.is_some() {
            let y = Relation {
                from: from.flatten().unwrap_or_else(|| x.from.clone()),
                to: to.flatten().unwrap_or_else(|| x.to.clone()),
                ..x.clone()
            };
            p.replace
                .insert((EntityKind::Relation, i), Row::Relation(y));
        }
    }
    for (layout, positions) in &map.arrangement.positions {
        for (id, pos) in positions {
            match fate(id) {
                None => {}
                Some(f) => {
                    p.tail.push(Op::SetPosition {
                        layout: layout.clone(),
                        id: id.clone(),
                        pos: None,
                    });
                    if let Fate::To(to) = f
                        && !positions.contains_key(to)
                    {
                        p.tail.push(Op::SetPosition {
                            layout: layout.clone(),
                            id: to.clone(),
                            pos: Some(*pos),
                        });
                    }
                }
            }
        }
    }
}

/// Attribute under which the names of merged parties are kept.
pub const ALSO_KNOWN_AS: &str = "ook_bekend_als";

fn merge_parties(map: &Map, keep: &str, merge: &[String], p: &mut Plan) -> Result<(), EditError> {
    let k = find(&map.parties, keep, |x| &x.id)?;
    let mut fates: HashMap<&str, Fate> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    for id in merge {
        if id == keep {
            return Err(EditError::MergeIntoSelf);
        }
        let i = find(&map.parties, id, |x| &x.id)?;
        fates.insert(id, Fate::To(keep.to_string()));
        names.push(map.parties[i].name.clone());
    }
    rewrite(map, &fates, p);
    for id in merge {
        if let Ok(i) = find(&map.parties, id, |x| &x.id) {
            p.remove.insert((EntityKind::Party, i));
        }
    }
    // The kept party remembers the other spellings, so a later re-import can be recognised.
    let mut kept = match p.replace.get(&(EntityKind::Party, k)) {
        Some(Row::Party(x)) => x.clone(),
        _ => map.parties[k].clone(),
    };
    let mut aliases: Vec<String> = kept
        .attributes
        .iter()
        .filter(|(key, _)| key == ALSO_KNOWN_AS)
        .flat_map(|(_, v)| v.split('|').map(str::to_string))
        .filter(|s| !s.is_empty())
        .collect();
    for n in names {
        if n != kept.name && !aliases.contains(&n) {
            aliases.push(n);
        }
    }
    kept.attributes.retain(|(key, _)| key != ALSO_KNOWN_AS);
    if !aliases.is_empty() {
        kept.attributes
            .push((ALSO_KNOWN_AS.to_string(), aliases.join("|")));
    }
    p.replace.insert((EntityKind::Party, k), Row::Party(kept));

    // Seats and relationships that became the same, or a relationship of the party with
    // itself, are removed: the merge must not double-count.
    let rewritten_m = |i: usize| -> Membership {
        match p.replace.get(&(EntityKind::Membership, i)) {
            Some(Row::Membership(m)) => m.clone(),
            _ => map.memberships[i].clone(),
        }
    };
    let mut seen: HashSet<(String, String, Option<String>)> = HashSet::new();
    let mut dup_m = Vec::new();
    for i in 0..map.memberships.len() {
        if p.remove.contains(&(EntityKind::Membership, i)) {
            continue;
        }
        let m = rewritten_m(i);
        if !seen.insert((m.table, m.party, m.person)) {
            dup_m.push(i);
        }
    }
    let rewritten_r = |i: usize| -> Relation {
        match p.replace.get(&(EntityKind::Relation, i)) {
            Some(Row::Relation(r)) => r.clone(),
            _ => map.relations[i].clone(),
        }
    };
    let mut dup_r = Vec::new();
    let mut seen_r: HashSet<(String, String, String)> = HashSet::new();
    for i in 0..map.relations.len() {
        if p.remove.contains(&(EntityKind::Relation, i)) {
            continue;
        }
        let r = rewritten_r(i);
        let touched =
            merge.contains(&map.relations[i].from) || merge.contains(&map.relations[i].to);
        // A relationship between two merged parties becomes one of the party with itself.
        let self_relation = touched && r.from == r.to;
        if self_relation || !seen_r.insert((r.from, r.to, r.kind)) {
            dup_r.push(i);
        }
    }
    p.remove
        .extend(dup_m.into_iter().map(|i| (EntityKind::Membership, i)));
    p.remove
        .extend(dup_r.into_iter().map(|i| (EntityKind::Relation, i)));
    Ok(())
}

/// What a re-import changed, for the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    /// Rows of the map the source does not have: kept as they are.
    pub kept: usize,
}

/// A source row replaces the map's row with the same id, but attributes that only the map's
/// row has are kept (the source does not carry them).
fn keep_attributes(new: &mut crate::model::Attributes, old: &crate::model::Attributes) {
    for (k, v) in old {
        if !new.iter().any(|(nk, _)| nk == k) {
            new.push((k.clone(), v.clone()));
        }
    }
}

/// Plans a re-import and returns what it will do.
fn import(map: &Map, source: &Map, p: &mut Plan) -> ImportSummary {
    let mut s = ImportSummary::default();
    macro_rules! by_id {
        ($list:ident, $kind:expr, $variant:ident) => {{
            let index: HashMap<&str, usize> = map
                .$list
                .iter()
                .enumerate()
                .map(|(i, x)| (x.id.as_str(), i))
                .collect();
            let mut next = map.$list.len();
            let mut seen = 0usize;
            for x in &source.$list {
                match index.get(x.id.as_str()) {
                    Some(&i) => {
                        seen += 1;
                        let mut y = x.clone();
                        keep_attributes(&mut y.attributes, &map.$list[i].attributes);
                        if y != map.$list[i] {
                            s.updated += 1;
                            p.replace.insert(($kind, i), Row::$variant(y));
                        }
                    }
                    None => {
                        s.added += 1;
                        p.inserts.push(Op::Insert {
                            index: next,
                            row: Row::$variant(x.clone()),
                        });
                        next += 1;
                    }
                }
            }
            s.kept += map.$list.len() - seen;
        }};
    }
    by_id!(parties, EntityKind::Party, Party);
    by_id!(persons, EntityKind::Person, Person);
    by_id!(tables, EntityKind::Table, Table);

    // Seats and relationships have no id: they are matched on what they connect.
    let seat_key = |m: &Membership| (m.table.clone(), m.party.clone(), m.person.clone());
    let seats: HashMap<_, usize> = map
        .memberships
        .iter()
        .enumerate()
        .map(|(i, m)| (seat_key(m), i))
        .collect();
    let mut next = map.memberships.len();
    let mut seen = 0;
    for m in &source.memberships {
        match seats.get(&seat_key(m)) {
            Some(&i) => {
                seen += 1;
                let mut y = m.clone();
                keep_attributes(&mut y.attributes, &map.memberships[i].attributes);
                if y != map.memberships[i] {
                    s.updated += 1;
                    p.replace
                        .insert((EntityKind::Membership, i), Row::Membership(y));
                }
            }
            None => {
                s.added += 1;
                p.inserts.push(Op::Insert {
                    index: next,
                    row: Row::Membership(m.clone()),
                });
                next += 1;
            }
        }
    }
    s.kept += map.memberships.len() - seen;
    let rel_key = |r: &Relation| (r.from.clone(), r.to.clone(), r.kind.clone());
    let rels: HashMap<_, usize> = map
        .relations
        .iter()
        .enumerate()
        .map(|(i, r)| (rel_key(r), i))
        .collect();
    let mut next = map.relations.len();
    let mut seen = 0;
    for r in &source.relations {
        match rels.get(&rel_key(r)) {
            Some(&i) => {
                seen += 1;
                let mut y = r.clone();
                keep_attributes(&mut y.attributes, &map.relations[i].attributes);
                if y != map.relations[i] {
                    s.updated += 1;
                    p.replace
                        .insert((EntityKind::Relation, i), Row::Relation(y));
                }
            }
            None => {
                s.added += 1;
                p.inserts.push(Op::Insert {
                    index: next,
                    row: Row::Relation(r.clone()),
                });
                next += 1;
            }
        }
    }
    s.kept += map.relations.len() - seen;
    s
}

/// What a re-import of `source` into `map` would do, without doing it.
pub fn import_summary(map: &Map, source: &Map) -> ImportSummary {
    import(map, source, &mut Plan::default())
}
