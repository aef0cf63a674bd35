//! What a re-import ("Bijgewerkte gegevens inlezen") would change, before it lands, and the
//! source as the user wants it applied.
//!
//! The preview mirrors [`crate::edit::Edit::Import`] exactly (rows matched by id; seats by table,
//! party and person; relationships by from, to and kind; attributes only the map has are kept),
//! so what the dialog shows is what the edit does. Rows the source lacks are never removed by a
//! re-import: they are listed as kept.
//!
//! Which differences are the working group's own edits? A project does not keep the source as
//! it was last read, so a field the group changed in the app and a field the source changed
//! look the same: the map has one value, the new source another. The honest rule is therefore
//! to list *every* field where the map and the new source differ as a possible conflict, with
//! the source's value chosen by default ("neem bron"), and let the user keep the map's value
//! ("houd eigen waarde") field by field. [`merged_source`] then writes the kept values into the
//! source, and applying that source is still one undoable `Edit::Import`.

use crate::model::{EntityKind, Map};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// One field whose value the re-import would replace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The key in the row's serde form (`name`, `domains`; an attribute: `attributes.KEY`).
    pub key: String,
    /// The column of the data format (`naam`, `domein`; an attribute: its own name).
    pub column: String,
    /// The map's value now (`""` when empty), and the source's.
    pub old: String,
    pub new: String,
}

/// A row of the map that the source carries with other values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedRow {
    pub kind: EntityKind,
    /// The id, or for a seat or relationship what identifies it (`t-1 · gem-a`).
    pub key: String,
    /// The name shown for it (a party's name; for a seat, its key).
    pub name: String,
    pub fields: Vec<FieldChange>,
}

/// A row named only by kind, key and name (added by the source, or kept because the source
/// lacks it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    pub kind: EntityKind,
    pub key: String,
    pub name: String,
}

/// Everything a re-import would do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preview {
    pub added: Vec<NamedRow>,
    pub changed: Vec<ChangedRow>,
    /// Rows of the map the source does not have: the re-import keeps them.
    pub kept: Vec<NamedRow>,
}

impl Preview {
    /// The re-import would change nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty()
    }

    /// How many field values the source would overwrite.
    pub fn conflicts(&self) -> usize {
        self.changed.iter().map(|r| r.fields.len()).sum()
    }
}

/// A field the user chose to keep: (kind, row key, field key).
pub type Keep = (EntityKind, String, String);

/// The data-format column of a serde key.
fn column(key: &str) -> &str {
    const COLUMNS: &[(&str, &str)] = &[
        ("name", "naam"),
        ("kind", "soort"),
        ("parent", "hoort_bij"),
        ("interests", "belangen"),
        ("takes", "halen"),
        ("gives", "brengen"),
        ("party", "partij"),
        ("function", "functie"),
        ("layer", "laag"),
        ("network_roles", "netwerkrol"),
        ("hours_per_month", "uren_per_maand"),
        ("domains", "domein"),
        ("layers", "laag"),
        ("frequency", "frequentie"),
        ("duration_hours", "duur_uren"),
        ("decision", "besluitvorming"),
        ("reports_to", "rapporteert_aan"),
        ("role", "rol"),
        ("quality", "kwaliteit"),
        ("note", "notitie"),
        ("table", "tafel"),
        ("person", "persoon"),
        ("from", "van"),
        ("to", "naar"),
    ];
    COLUMNS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, c)| c)
}

/// A serde value as a person reads it: text as is, lists joined, nothing as "".
fn shown(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| shown(Some(x)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

fn object<T: Serialize>(row: &T) -> serde_json::Map<String, Value> {
    match serde_json::to_value(row) {
        Ok(Value::Object(o)) => o,
        _ => serde_json::Map::new(),
    }
}

fn attributes(o: &serde_json::Map<String, Value>) -> Vec<(String, String)> {
    o.get("attributes")
        .and_then(|a| serde_json::from_value(a.clone()).ok())
        .unwrap_or_default()
}

/// The fields where `source` would overwrite `current` under the import's rule (attributes only
/// the map has are kept, so they are no change).
fn field_changes<T: Serialize>(current: &T, source: &T) -> Vec<FieldChange> {
    let (a, b) = (object(current), object(source));
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        if key == "attributes" || a.get(key) == b.get(key) {
            continue;
        }
        out.push(FieldChange {
            key: key.clone(),
            column: column(key).to_string(),
            old: shown(a.get(key)),
            new: shown(b.get(key)),
        });
    }
    let mine = attributes(&a);
    for (k, v) in attributes(&b) {
        let old = mine.iter().find(|(mk, _)| *mk == k).map(|(_, mv)| mv);
        if old != Some(&v) {
            out.push(FieldChange {
                key: format!("attributes.{k}"),
                column: k.clone(),
                old: old.cloned().unwrap_or_default(),
                new: v,
            });
        }
    }
    out
}

/// One list of the map against the same list of the source, matched by `key`.
fn list<T: Serialize>(
    kind: EntityKind,
    current: &[T],
    source: &[T],
    key: impl Fn(&T) -> String,
    name: impl Fn(&T) -> String,
    out: &mut Preview,
) {
    let index: HashMap<String, usize> = current
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i))
        .collect();
    let mut seen = vec![false; current.len()];
    for x in source {
        let k = key(x);
        match index.get(&k) {
            Some(&i) => {
                seen[i] = true;
                let fields = field_changes(&current[i], x);
                if !fields.is_empty() {
                    out.changed.push(ChangedRow {
                        kind,
                        key: k,
                        name: name(&current[i]),
                        fields,
                    });
                }
            }
            None => out.added.push(NamedRow {
                kind,
                key: k,
                name: name(x),
            }),
        }
    }
    for (x, _) in current.iter().zip(&seen).filter(|(_, s)| !**s) {
        out.kept.push(NamedRow {
            kind,
            key: key(x),
            name: name(x),
        });
    }
}

fn seat_key(m: &crate::model::Membership) -> String {
    match &m.person {
        Some(p) => format!("{} · {} · {p}", m.table, m.party),
        None => format!("{} · {}", m.table, m.party),
    }
}

fn link_key(r: &crate::model::Relation) -> String {
    if r.kind.is_empty() {
        format!("{} – {}", r.from, r.to)
    } else {
        format!("{} – {} ({})", r.from, r.to, r.kind)
    }
}

/// What re-importing `source` into `map` would do, in map order per list.
pub fn preview(map: &Map, source: &Map) -> Preview {
    let mut p = Preview::default();
    let id_key = |id: &String| id.clone();
    list(
        EntityKind::Party,
        &map.parties,
        &source.parties,
        |x| id_key(&x.id),
        |x| x.name.clone(),
        &mut p,
    );
    list(
        EntityKind::Person,
        &map.persons,
        &source.persons,
        |x| id_key(&x.id),
        |x| x.name.clone(),
        &mut p,
    );
    list(
        EntityKind::Table,
        &map.tables,
        &source.tables,
        |x| id_key(&x.id),
        |x| x.name.clone(),
        &mut p,
    );
    list(
        EntityKind::Membership,
        &map.memberships,
        &source.memberships,
        seat_key,
        seat_key,
        &mut p,
    );
    list(
        EntityKind::Relation,
        &map.relations,
        &source.relations,
        link_key,
        link_key,
        &mut p,
    );
    p
}

/// `row` (of the source) with the fields in `keep` set back to `current`'s values.
fn keep_fields<T: Serialize + serde::de::DeserializeOwned + Clone>(
    row: &T,
    current: &T,
    keep: &[&str],
) -> T {
    let (mut b, a) = (object(row), object(current));
    for key in keep {
        if let Some(attr) = key.strip_prefix("attributes.") {
            let mine = attributes(&a);
            let mut theirs = attributes(&b);
            match mine.iter().find(|(k, _)| k == attr) {
                Some((_, v)) => match theirs.iter_mut().find(|(k, _)| k == attr) {
                    Some(slot) => slot.1 = v.clone(),
                    None => theirs.push((attr.to_string(), v.clone())),
                },
                // The map has no such attribute: keeping "nothing" means not taking it.
                None => theirs.retain(|(k, _)| k != attr),
            }
            b.insert("attributes".into(), serde_json::json!(theirs));
        } else {
            match a.get(*key) {
                Some(v) => b.insert(key.to_string(), v.clone()),
                None => b.remove(*key),
            };
        }
    }
    serde_json::from_value(Value::Object(b)).unwrap_or_else(|_| row.clone())
}

fn merge_list<T: Serialize + serde::de::DeserializeOwned + Clone>(
    kind: EntityKind,
    current: &[T],
    source: &mut [T],
    key: impl Fn(&T) -> String,
    keep: &BTreeSet<Keep>,
) {
    let index: HashMap<String, usize> = current
        .iter()
        .enumerate()
        .map(|(i, x)| (key(x), i))
        .collect();
    for row in source.iter_mut() {
        let k = key(row);
        let Some(&i) = index.get(&k) else { continue };
        let fields: Vec<&str> = keep
            .iter()
            .filter(|(kk, rk, _)| *kk == kind && *rk == k)
            .map(|(_, _, f)| f.as_str())
            .collect();
        if !fields.is_empty() {
            *row = keep_fields(row, &current[i], &fields);
        }
    }
}

/// The source with the map's own values put back where the user chose to keep them; applying
/// it (`Edit::Import`) then changes everything else the preview lists. Fields of the keys
/// (ids, a seat's table, party and person) are never in `keep`: changing them would make a
/// different row.
pub fn merged_source(map: &Map, source: &Map, keep: &BTreeSet<Keep>) -> Map {
    let mut out = source.clone();
    merge_list(
        EntityKind::Party,
        &map.parties,
        &mut out.parties,
        |x| x.id.clone(),
        keep,
    );
    merge_list(
        EntityKind::Person,
        &map.persons,
        &mut out.persons,
        |x| x.id.clone(),
        keep,
    );
    merge_list(
        EntityKind::Table,
        &map.tables,
        &mut out.tables,
        |x| x.id.clone(),
        keep,
    );
    merge_list(
        EntityKind::Membership,
        &map.memberships,
        &mut out.memberships,
        seat_key,
        keep,
    );
    merge_list(
        EntityKind::Relation,
        &map.relations,
        &mut out.relations,
        link_key,
        keep,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Edit, History};
    use crate::model::{Domain, Layer, Party, PartyKind, Set, Table};

    fn map() -> Map {
        let mut t = Table::new("t-1", "Overleg", Domain::Casus, Layer::Tactisch);
        t.attributes = vec![("eigenaar".into(), "Anna".into())];
        Map {
            parties: vec![
                Party::new("gem-a", "Gemeente A", PartyKind::Gemeente),
                Party::new("corp-b", "Corporatie B", PartyKind::Woningcorporatie),
            ],
            tables: vec![t],
            ..Map::default()
        }
    }

    #[test]
    fn the_preview_lists_added_changed_and_kept_rows_with_old_and_new_values() {
        let mut mine = map();
        // The working group set the domain in the app.
        mine.tables[0].domains = Set::one(Domain::Leefomgeving);
        let mut source = map();
        source.parties.remove(1);
        source.parties[0].name = "Gemeente Aa".into();
        source
            .parties
            .push(Party::new("zorg-c", "Zorg C", PartyKind::Zorgaanbieder));
        source.tables[0].attributes = vec![];
        let p = preview(&mine, &source);
        assert_eq!(p.added.len(), 1);
        assert_eq!(p.added[0].key, "zorg-c");
        assert_eq!(p.kept.len(), 1);
        assert_eq!(p.kept[0].key, "corp-b");
        assert_eq!(p.changed.len(), 2, "{:?}", p.changed);
        let party = &p.changed[0];
        assert_eq!(party.key, "gem-a");
        assert_eq!(
            party.fields,
            vec![FieldChange {
                key: "name".into(),
                column: "naam".into(),
                old: "Gemeente A".into(),
                new: "Gemeente Aa".into(),
            }]
        );
        let table = &p.changed[1];
        assert_eq!(table.fields.len(), 1, "the kept attribute is no change");
        assert_eq!(table.fields[0].column, "domein");
        assert_eq!(
            (table.fields[0].old.as_str(), table.fields[0].new.as_str()),
            ("leefomgeving", "casus")
        );
        assert_eq!(p.conflicts(), 2);
        // The preview is what the edit does.
        let summary = crate::edit::import_summary(&mine, &source);
        assert_eq!(summary.added, p.added.len());
        assert_eq!(summary.updated, p.changed.len());
        assert_eq!(summary.kept, p.kept.len());
    }

    #[test]
    fn keeping_own_values_applies_the_rest_as_one_undoable_edit() {
        let mut mine = map();
        mine.tables[0].domains = Set::one(Domain::Leefomgeving);
        let mut source = map();
        source.parties[0].name = "Gemeente Aa".into();
        let keep: BTreeSet<Keep> = [(EntityKind::Table, "t-1".to_string(), "domains".to_string())]
            .into_iter()
            .collect();
        let merged = merged_source(&mine, &source, &keep);
        let before = mine.clone();
        let mut h = History::new();
        h.apply(&mut mine, &Edit::Import(Box::new(merged))).unwrap();
        assert_eq!(
            mine.tables[0].domains,
            Set::one(Domain::Leefomgeving),
            "own value kept"
        );
        assert_eq!(
            mine.parties[0].name, "Gemeente Aa",
            "the rest taken from the source"
        );
        assert!(
            preview(&mine, &source).conflicts() == 1,
            "only the kept field still differs"
        );
        h.undo(&mut mine).unwrap();
        assert_eq!(mine, before);
        // Nothing kept: the source wins everywhere.
        let all = merged_source(&before, &source, &BTreeSet::new());
        assert_eq!(all, source);
    }

    #[test]
    fn a_source_equal_to_the_map_previews_nothing() {
        let p = preview(&map(), &map());
        assert!(p.is_empty() && p.kept.is_empty() && p.conflicts() == 0);
    }
}
