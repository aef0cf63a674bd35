//! Reading one partner's filled-in template for the intake (`spec/intake.md`): the same
//! importer as for a map, with one step in between that partners need. Their lists carry
//! names where the format wants ids, so before the rows are built this step gives every
//! row without an id one derived from its name, turns names in reference cells (a seat's
//! `tafel` and `partij`, a person's `partij`, a relation's ends, a `werkgebied`) into the
//! ids of the rows they name, and adds a party row for a party that is only named (a
//! partner lists the others at its tables without describing them). What was derived and
//! added is returned, so the combination knows which ids and which values a partner
//! really gave.

use super::schema::FileKind;
use super::source::{RawRow, RawTable};
use super::{ImportFailure, Loaded, load_csv_folder_with, load_workbook_with};
use crate::model::fold;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// One partner's list as a map, with what the intake step made up.
#[derive(Debug, Clone)]
pub struct PartnerLoad {
    pub loaded: Loaded,
    /// Ids that the partner left out and were derived from names.
    pub derived: BTreeSet<String>,
    /// Parties the partner only named (at a table, as a werkgebied): their kind is not the
    /// partner's word.
    pub implicit: BTreeSet<String>,
}

/// Reads a partner's submission: a folder of CSV files or a workbook.
pub fn load_partner(path: &Path) -> Result<PartnerLoad, ImportFailure> {
    let mut prep = Prep::default();
    let loaded = if path.is_dir() {
        load_csv_folder_with(path, &mut |t| prep.run(t))?
    } else {
        load_workbook_with(path, &mut |t| prep.run(t))?
    };
    Ok(PartnerLoad {
        loaded,
        derived: prep.derived,
        implicit: prep.implicit,
    })
}

/// An id made of a name: folded, runs of letters and digits joined by `-`, at most 60 chars.
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
        if out.chars().count() >= 60 {
            break;
        }
    }
    if out.is_empty() {
        "x".to_string()
    } else {
        out.chars().take(60).collect()
    }
}

/// Name lookups of one list: an id, the folded name and the normalised words all find a row.
#[derive(Default)]
struct Names {
    ids: BTreeSet<String>,
    by_name: HashMap<String, Option<String>>,
}

impl Names {
    fn add_name(&mut self, name: &str, id: &str) {
        for key in [fold(name), super::normalise_name(name).join(" ")] {
            if key.is_empty() {
                continue;
            }
            // A name two rows share names neither of them.
            self.by_name
                .entry(key)
                .and_modify(|v| {
                    if v.as_deref() != Some(id) {
                        *v = None;
                    }
                })
                .or_insert_with(|| Some(id.to_string()));
        }
    }

    fn resolve(&self, value: &str) -> Option<String> {
        if self.ids.contains(value) {
            return Some(value.to_string());
        }
        for key in [fold(value), super::normalise_name(value).join(" ")] {
            if let Some(Some(id)) = self.by_name.get(&key) {
                return Some(id.clone());
            }
        }
        // Ids are compared folded too: "Gem-Gouda" for "gem-gouda".
        let f = fold(value);
        self.ids.iter().find(|id| fold(id) == f).cloned()
    }
}

#[derive(Default)]
struct Prep {
    derived: BTreeSet<String>,
    implicit: BTreeSet<String>,
    /// Every id in use in this source, of any kind, so derived ids stay unique.
    used: BTreeSet<String>,
    /// Party rows to add: id, name, kind.
    added: Vec<(String, String, &'static str)>,
}

/// The index of a column by its canonical key.
fn column(t: &RawTable, kind: FileKind, key: &str) -> Option<usize> {
    t.header
        .iter()
        .position(|h| kind.column(h).is_some_and(|c| c.key == key))
}

fn cell(row: &RawRow, i: Option<usize>) -> &str {
    i.and_then(|i| row.cells.get(i)).map_or("", |s| s.as_str())
}

fn set_cell(row: &mut RawRow, i: usize, value: String) {
    if row.cells.len() <= i {
        row.cells.resize(i + 1, String::new());
    }
    row.cells[i] = value;
}

/// The index of the `id` column, added at the end when the list has none.
fn ensure_id_column(t: &mut RawTable, kind: FileKind) -> usize {
    if let Some(i) = column(t, kind, "id") {
        return i;
    }
    t.header.push("id".to_string());
    t.header.len() - 1
}

impl Prep {
    fn run(&mut self, tables: &mut HashMap<FileKind, RawTable>) {
        for kind in [FileKind::Parties, FileKind::Tables, FileKind::Persons] {
            if let Some(t) = tables.get(&kind) {
                let id = column(t, kind, "id");
                for row in &t.rows {
                    let v = cell(row, id);
                    if !v.is_empty() {
                        self.used.insert(v.to_string());
                    }
                }
            }
        }
        let mut parties = self.fill_ids(tables.get_mut(&FileKind::Parties), FileKind::Parties);
        // Werkgebieden name municipalities: resolve them before the tables are named, since
        // a table's derived id may carry its werkgebied.
        if let Some(t) = tables.get_mut(&FileKind::Parties) {
            self.resolve_werkgebied(t, FileKind::Parties, &mut parties);
        }
        if let Some(t) = tables.get_mut(&FileKind::Tables) {
            self.resolve_werkgebied(t, FileKind::Tables, &mut parties);
        }
        let table_names = self.fill_ids(tables.get_mut(&FileKind::Tables), FileKind::Tables);
        if let Some(t) = tables.get_mut(&FileKind::Tables) {
            resolve_list(t, FileKind::Tables, "rapporteert_aan", &table_names);
        }
        // Persons name their party: a party only named there is added.
        if let Some(t) = tables.get_mut(&FileKind::Persons) {
            self.resolve_or_add(t, FileKind::Persons, "partij", &mut parties);
        }
        let persons = self.fill_ids(tables.get_mut(&FileKind::Persons), FileKind::Persons);
        if let Some(t) = tables.get_mut(&FileKind::Memberships) {
            resolve_list(t, FileKind::Memberships, "tafel", &table_names);
            resolve_list(t, FileKind::Memberships, "persoon", &persons);
            self.resolve_or_add(t, FileKind::Memberships, "partij", &mut parties);
        }
        if let Some(t) = tables.get_mut(&FileKind::Relations) {
            for key in ["van", "naar"] {
                let Some(i) = column(t, FileKind::Relations, key) else {
                    continue;
                };
                for row in &mut t.rows {
                    let v = cell(row, Some(i)).to_string();
                    let found = parties
                        .resolve(&v)
                        .or_else(|| persons.resolve(&v))
                        .or_else(|| table_names.resolve(&v));
                    if let Some(id) = found {
                        set_cell(row, i, id);
                    }
                }
            }
        }
        if let Some(t) = tables.get_mut(&FileKind::Parties) {
            resolve_list(t, FileKind::Parties, "hoort_bij", &parties);
            append_parties(t, &self.added);
        }
    }

    /// Gives every row without an id one made of its name; returns the list's lookups.
    fn fill_ids(&mut self, table: Option<&mut RawTable>, kind: FileKind) -> Names {
        let mut names = Names::default();
        let Some(t) = table else {
            return names;
        };
        let id_col = ensure_id_column(t, kind);
        let name_col = column(t, kind, "naam");
        // A table's werkgebied tells two "Casusoverleg" rows apart.
        let area_col = (kind == FileKind::Tables)
            .then(|| column(t, kind, "werkgebied"))
            .flatten();
        for row in &mut t.rows {
            let name = cell(row, name_col).to_string();
            let mut id = cell(row, Some(id_col)).to_string();
            if id.is_empty() && !name.is_empty() {
                let base = slug(&name);
                let area = cell(row, area_col);
                let with_area = (!area.is_empty()).then(|| format!("{base}-{}", slug(area)));
                id = self.unique(&base, with_area.as_deref());
                self.derived.insert(id.clone());
                set_cell(row, id_col, id.clone());
            }
            if !id.is_empty() {
                names.ids.insert(id.clone());
                names.add_name(&name, &id);
            }
        }
        names
    }

    /// `base` when free, else `alt`, else `base-2`, `base-3`, …
    fn unique(&mut self, base: &str, alt: Option<&str>) -> String {
        let mut pick = |s: String| {
            if self.used.contains(&s) {
                None
            } else {
                self.used.insert(s.clone());
                Some(s)
            }
        };
        if let Some(s) = pick(base.to_string()) {
            return s;
        }
        if let Some(s) = alt.and_then(|a| pick(a.to_string())) {
            return s;
        }
        (2..)
            .find_map(|n| pick(format!("{base}-{n}")))
            .unwrap_or_else(|| base.to_string())
    }

    /// Resolves a `werkgebied` cell's values to party ids; a municipality only named becomes
    /// an added `gemeente` party.
    fn resolve_werkgebied(&mut self, t: &mut RawTable, kind: FileKind, parties: &mut Names) {
        let Some(i) = column(t, kind, "werkgebied") else {
            return;
        };
        for row in &mut t.rows {
            let raw = cell(row, Some(i)).to_string();
            if raw.is_empty() {
                continue;
            }
            let ids: Vec<String> = super::build::split_multi(&raw)
                .into_iter()
                .map(|v| {
                    let name = if fold(&v).starts_with("gemeente") {
                        v.clone()
                    } else {
                        format!("Gemeente {v}")
                    };
                    parties
                        .resolve(&v)
                        .or_else(|| parties.resolve(&name))
                        .unwrap_or_else(|| self.add_party(&name, "gemeente", parties))
                })
                .collect();
            set_cell(row, i, ids.join("|"));
        }
    }

    /// Resolves a party cell; a party only named there is added (kind `overig`).
    fn resolve_or_add(&mut self, t: &mut RawTable, kind: FileKind, key: &str, parties: &mut Names) {
        let Some(i) = column(t, kind, key) else {
            return;
        };
        for row in &mut t.rows {
            let v = cell(row, Some(i)).to_string();
            if v.is_empty() {
                continue;
            }
            let id = parties
                .resolve(&v)
                .unwrap_or_else(|| self.add_party(&v, "overig", parties));
            set_cell(row, i, id);
        }
    }

    fn add_party(&mut self, name: &str, kind: &'static str, parties: &mut Names) -> String {
        let id = self.unique(&slug(name), None);
        parties.ids.insert(id.clone());
        parties.add_name(name, &id);
        self.implicit.insert(id.clone());
        self.derived.insert(id.clone());
        self.added.push((id.clone(), name.to_string(), kind));
        id
    }
}

/// Replaces names by ids in a (possibly `|`-separated) reference column; what names no row
/// is left for the importer to report, with its suggestion.
fn resolve_list(t: &mut RawTable, kind: FileKind, key: &str, names: &Names) {
    let Some(i) = column(t, kind, key) else {
        return;
    };
    for row in &mut t.rows {
        let raw = cell(row, Some(i)).to_string();
        if raw.is_empty() {
            continue;
        }
        let values: Vec<String> = super::build::split_multi(&raw)
            .into_iter()
            .map(|v| names.resolve(&v).unwrap_or(v))
            .collect();
        set_cell(row, i, values.join("|"));
    }
}

/// Adds rows for the parties that were only named.
fn append_parties(t: &mut RawTable, added: &[(String, String, &'static str)]) {
    let id = column(t, FileKind::Parties, "id");
    let name = column(t, FileKind::Parties, "naam");
    let kind = column(t, FileKind::Parties, "soort");
    let (Some(id), Some(name), Some(kind)) = (id, name, kind) else {
        return;
    };
    let line = t.rows.last().map_or(t.header_line, |r| r.line);
    for (i, n, k) in added {
        let mut row = RawRow {
            line,
            cells: Vec::new(),
        };
        set_cell(&mut row, id, i.clone());
        set_cell(&mut row, name, n.clone());
        set_cell(&mut row, kind, (*k).to_string());
        t.rows.push(row);
    }
}
