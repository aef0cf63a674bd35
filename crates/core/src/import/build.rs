//! From raw tables to a [`Map`]: columns bound by name and alias, cells parsed into values,
//! and every problem located at file, line and column. Reference rules are not repeated
//! here: the finished map goes through [`crate::model::validate`] (the same rules the editor
//! uses) and each [`Problem`] is mapped back to its source cell through a side table of
//! locations kept while parsing.

use super::dedupe::near_duplicates;
use super::diagnostic::{ColumnRef, Diagnostic, DiagnosticKind, Severity};
use super::schema::{FileKind, alias_list};
use super::source::{Origin, RawRow, RawTable};
use super::{ImportFailure, Loaded};
use crate::i18n::Lang;
use crate::i18n::import as t;
use crate::model::{
    Decision, Domain, EntityKind, EntityRef, Field, Layer, Map, Membership, NetworkRole, NodeKind,
    Party, PartyKind, Person, Problem, ProblemKind, Quality, Relation, Role, Set, Table, TableKind,
    Vocab, fold, suggest, validate,
};
use std::collections::{HashMap, HashSet};

/// Longest free-text cell (names, notes, free attributes).
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Longest id, value or number cell; keeps suggestion searches cheap on hostile input.
pub const MAX_VALUE_CHARS: usize = 1_000;

/// Longest header text repeated in a location; longer ones are cut with `…`.
const MAX_HEADER_SHOWN: usize = 60;

/// Which column holds which field of which list: the bridge between validation problems
/// (entity + field) and source cells.
const FIELD_COLUMNS: &[(EntityKind, Field, &str)] = &[
    (EntityKind::Party, Field::Id, "id"),
    (EntityKind::Party, Field::Name, "naam"),
    (EntityKind::Party, Field::Kind, "soort"),
    (EntityKind::Party, Field::Werkgebied, "werkgebied"),
    (EntityKind::Party, Field::Parent, "hoort_bij"),
    (EntityKind::Person, Field::Id, "id"),
    (EntityKind::Person, Field::Name, "naam"),
    (EntityKind::Person, Field::Party, "partij"),
    (EntityKind::Table, Field::Id, "id"),
    (EntityKind::Table, Field::Name, "naam"),
    (EntityKind::Table, Field::Kind, "soort"),
    (EntityKind::Table, Field::Domains, "domein"),
    (EntityKind::Table, Field::Layers, "laag"),
    (EntityKind::Table, Field::Werkgebied, "werkgebied"),
    (EntityKind::Table, Field::ReportsTo, "rapporteert_aan"),
    (EntityKind::Membership, Field::Table, "tafel"),
    (EntityKind::Membership, Field::Party, "partij"),
    (EntityKind::Membership, Field::Person, "persoon"),
    (EntityKind::Relation, Field::From, "van"),
    (EntityKind::Relation, Field::To, "naar"),
    (EntityKind::Relation, Field::Domains, "domein"),
    (EntityKind::Relation, Field::Layers, "laag"),
];

fn entity_kind(k: FileKind) -> EntityKind {
    match k {
        FileKind::Parties => EntityKind::Party,
        FileKind::Tables => EntityKind::Table,
        FileKind::Memberships => EntityKind::Membership,
        FileKind::Persons => EntityKind::Person,
        FileKind::Relations => EntityKind::Relation,
    }
}

fn file_kind(k: EntityKind) -> FileKind {
    match k {
        EntityKind::Party => FileKind::Parties,
        EntityKind::Table => FileKind::Tables,
        EntityKind::Membership => FileKind::Memberships,
        EntityKind::Person => FileKind::Persons,
        EntityKind::Relation => FileKind::Relations,
    }
}

fn column_of(kind: EntityKind, field: Field) -> Option<&'static str> {
    FIELD_COLUMNS
        .iter()
        .find(|(k, f, _)| *k == kind && *f == field)
        .map(|(_, _, c)| *c)
}

fn field_of(kind: EntityKind, column: &str) -> Option<Field> {
    FIELD_COLUMNS
        .iter()
        .find(|(k, _, c)| *k == kind && *c == column)
        .map(|(_, f, _)| *f)
}

/// Splits a `|` multi-value cell; empty parts (`a||b`, a trailing `|`) are ignored.
pub fn split_multi(raw: &str) -> Vec<String> {
    raw.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parses `12`, `1.5` or `1,5` (one decimal mark, no thousands separators, no exponent): the
/// one rule of [`crate::i18n::number::parse`].
pub fn parse_number(raw: &str) -> Option<f64> {
    crate::i18n::number::parse(raw)
}

/// The words `personen.csv` accepts for a person's own layer besides the layer names.
const PERSON_LAYER_WORDS: &[(&str, Layer)] = &[
    ("bestuurder", Layer::Strategisch),
    ("manager", Layer::Tactisch),
    ("professional", Layer::Operationeel),
];

/// The nearest valid spelling of a vocabulary value: a canonical name when one is close
/// (so `casu` gives `casus`, not the equally close alias `case`), else any accepted alias.
fn suggest_value<V: Vocab>(value: &str) -> Option<String> {
    suggest(value, V::ALL.iter().map(|v| v.name()))
        .or_else(|| suggest(value, V::all_spellings()))
        .map(str::to_string)
}

/// How a raw table's columns map to the format.
struct Bound {
    /// Canonical column key → 0-based cell index.
    cols: HashMap<&'static str, usize>,
    /// Cells kept as free attributes: 0-based cell index, attribute key and column.
    extras: Vec<(usize, String, ColumnRef)>,
}

/// What is known about the source of one list, for locating its problems.
struct SourceInfo {
    origin: Origin,
    columns: HashMap<&'static str, ColumnRef>,
    /// Columns of the format this source lacks (their errors are reported once, at the header).
    missing: HashSet<&'static str>,
}

/// One row being read.
struct Ctx<'a> {
    kind: FileKind,
    origin: &'a Origin,
    bound: &'a Bound,
    row: &'a RawRow,
    entity: EntityRef,
}

/// Collects the map and the diagnostics while reading.
pub struct Builder {
    map: Map,
    diags: Vec<Diagnostic>,
    sources: HashMap<FileKind, SourceInfo>,
    /// Source line of every entity, per list, by index.
    lines: HashMap<EntityKind, Vec<usize>>,
    /// Fields already reported while parsing, so validation does not report them again.
    reported: HashSet<(EntityRef, Field)>,
    /// Person id → own party (first occurrence), for memberships that leave `partij` empty.
    person_party: HashMap<String, String>,
    /// Lists whose file (or key column) is missing or unreadable: references into them are
    /// not reported, they would only repeat that one error many times.
    broken: HashSet<FileKind>,
}

impl Builder {
    pub fn new(title: String) -> Self {
        Builder {
            map: Map {
                title,
                ..Map::default()
            },
            diags: Vec::new(),
            sources: HashMap::new(),
            lines: HashMap::new(),
            reported: HashSet::new(),
            person_party: HashMap::new(),
            broken: HashSet::new(),
        }
    }

    /// Adds a diagnostic that is not about a row (a missing file, an unreadable one).
    pub fn file_diag(
        &mut self,
        severity: Severity,
        file: String,
        sheet: Option<String>,
        kind: DiagnosticKind,
        suggestion: Option<String>,
    ) {
        self.diags.push(Diagnostic {
            severity,
            file,
            sheet,
            line: None,
            column: None,
            kind,
            suggestion,
        });
    }

    /// Marks a list as unusable (its file is missing or unreadable).
    pub fn mark_broken(&mut self, kind: FileKind) {
        self.broken.insert(kind);
    }

    /// Reads the raw tables in dependency order and returns the result.
    pub fn build(
        mut self,
        mut tables: HashMap<FileKind, RawTable>,
    ) -> Result<Loaded, ImportFailure> {
        // Persons before memberships: an empty `partij` takes the person's own party.
        for kind in [
            FileKind::Parties,
            FileKind::Persons,
            FileKind::Tables,
            FileKind::Memberships,
            FileKind::Relations,
        ] {
            if let Some(table) = tables.remove(&kind) {
                self.read_table(kind, &table);
            }
        }
        self.check_rules();
        self.hint_missing_persons();
        self.check_near_duplicates();
        self.finish()
    }

    /// When memberships name persons but there is no persons list at all, the many "persoon
    /// bestaat niet" errors that follow need one line saying why.
    fn hint_missing_persons(&mut self) {
        if self.sources.contains_key(&FileKind::Persons) {
            return;
        }
        let count = self
            .diags
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DiagnosticKind::UnknownId {
                        expected: NodeKind::Person,
                        or_person: false,
                        ..
                    }
                )
            })
            .count();
        let Some(src) = self.sources.get(&FileKind::Memberships) else {
            return;
        };
        if count > 0 {
            let sheet = src.origin.sheet.is_some();
            self.diags.push(Diagnostic {
                severity: Severity::Warning,
                file: src.origin.file.clone(),
                sheet: src.origin.sheet.clone(),
                line: None,
                column: None,
                kind: DiagnosticKind::PersonsMissing { count, sheet },
                suggestion: None,
            });
        }
    }

    fn column_ref(table: &RawTable, i: usize) -> ColumnRef {
        let header = table.header.get(i).map_or("", String::as_str);
        // A location must stay one readable line, whatever the header holds.
        let header = if header.chars().count() > MAX_HEADER_SHOWN {
            let cut: String = header.chars().take(MAX_HEADER_SHOWN).collect();
            format!("{cut}…")
        } else {
            header.to_string()
        };
        ColumnRef {
            index: table.first_column + i,
            header,
            spreadsheet: table.origin.is_spreadsheet(),
        }
    }

    fn header_diag(
        &mut self,
        table: &RawTable,
        line: usize,
        column: Option<ColumnRef>,
        severity: Severity,
        kind: DiagnosticKind,
        suggestion: Option<String>,
    ) {
        self.diags.push(Diagnostic {
            severity,
            file: table.origin.file.clone(),
            sheet: table.origin.sheet.clone(),
            line: Some(line),
            column,
            kind,
            suggestion,
        });
    }

    /// Values beyond the last header cell, kept as free attributes named by their column.
    fn bind_beyond_header(
        &mut self,
        table: &RawTable,
        extras: &mut Vec<(usize, String, ColumnRef)>,
    ) {
        let width = table.header.len();
        let max_width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        // The first line with a value, per column beyond the header: one pass over the cells,
        // not one per column (a stray cell in column XFD of a long sheet).
        let mut first_line: Vec<Option<usize>> = vec![None; max_width.saturating_sub(width)];
        for row in &table.rows {
            for (j, c) in row.cells.iter().enumerate().skip(width) {
                if !c.is_empty() && first_line[j - width].is_none() {
                    first_line[j - width] = Some(row.line);
                }
            }
        }
        // Each such column is kept; only the first few are told one by one (a line of three
        // million cells must not make three million warnings before they are bounded).
        let (mut told, mut more) = (0usize, 0usize);
        let mut first_untold: Option<(usize, ColumnRef)> = None;
        for (k, line) in first_line.into_iter().enumerate() {
            let Some(line) = line else {
                continue;
            };
            let cref = Self::column_ref(table, width + k);
            let key = t::NAMELESS_COLUMN.fill_in(Lang::Nl, &[("n", &cref.label())]);
            extras.push((width + k, key.clone(), cref.clone()));
            if told < SHOWN_REPEATS {
                told += 1;
                self.header_diag(
                    table,
                    line,
                    Some(cref),
                    Severity::Warning,
                    DiagnosticKind::ExtraCell { key },
                    None,
                );
            } else {
                more += 1;
                first_untold.get_or_insert((line, cref));
            }
        }
        // Located at the first column not told, so it sorts right after the ones that are.
        if let Some((line, cref)) = first_untold {
            self.header_diag(
                table,
                line,
                Some(cref),
                Severity::Warning,
                DiagnosticKind::More { count: more },
                None,
            );
        }
    }

    /// Binds header cells to the format's columns; reports unknown, duplicate and missing ones.
    fn bind(&mut self, kind: FileKind, table: &RawTable) -> Bound {
        let mut cols: HashMap<&'static str, usize> = HashMap::new();
        let mut extras = Vec::new();
        let mut unknown = Vec::new();
        let hl = table.header_line;
        for (i, header) in table.header.iter().enumerate() {
            let cref = Self::column_ref(table, i);
            if header.is_empty() {
                // Trailing empty header cells are common (Excel); only a column with values
                // carries data that must be kept.
                let used = table
                    .rows
                    .iter()
                    .any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty()));
                if used {
                    // An attribute key is data: in the format's language, whatever is shown.
                    let key = t::NAMELESS_COLUMN.fill_in(Lang::Nl, &[("n", &cref.label())]);
                    extras.push((i, key.clone(), cref.clone()));
                    self.header_diag(
                        table,
                        hl,
                        Some(cref),
                        Severity::Warning,
                        DiagnosticKind::ExtraCell { key },
                        None,
                    );
                }
                continue;
            }
            if header.len() > MAX_VALUE_CHARS && header.chars().count() > MAX_VALUE_CHARS {
                let len = header.chars().count();
                self.header_diag(
                    table,
                    hl,
                    Some(cref),
                    Severity::Error,
                    DiagnosticKind::FieldTooLong {
                        len,
                        max: MAX_VALUE_CHARS,
                    },
                    None,
                );
                continue;
            }
            match kind.column(header) {
                Some(spec) => {
                    if let Some(&prev) = cols.get(spec.key) {
                        let other = Self::column_ref(table, prev).label();
                        self.header_diag(
                            table,
                            hl,
                            Some(cref),
                            Severity::Error,
                            DiagnosticKind::DuplicateColumn {
                                column: spec.key.to_string(),
                                other,
                            },
                            None,
                        );
                    } else {
                        cols.insert(spec.key, i);
                    }
                }
                None => {
                    extras.push((i, header.clone(), cref.clone()));
                    unknown.push(i);
                }
            }
        }
        self.bind_beyond_header(table, &mut extras);

        let mut missing = HashSet::new();
        let mut lookalikes = HashSet::new();
        for spec in kind
            .columns()
            .iter()
            .filter(|c| c.required && !cols.contains_key(c.key))
        {
            let mut names = vec![spec.key];
            names.extend(spec.aliases);
            let similar = unknown
                .iter()
                .copied()
                .find(|&i| suggest(&table.header[i], names.iter().copied()).is_some());
            self.header_diag(
                table,
                hl,
                similar.map(|i| Self::column_ref(table, i)),
                Severity::Error,
                DiagnosticKind::MissingColumn {
                    column: spec.key.to_string(),
                    aliases: alias_list(spec.aliases),
                },
                similar.map(|_| spec.key.to_string()),
            );
            missing.insert(spec.key);
            lookalikes.extend(similar);
        }
        // Unknown columns are warned about after the missing ones, so that a misspelt
        // required column is reported once (as the error above), not also as unknown.
        for &i in unknown.iter().filter(|i| !lookalikes.contains(*i)) {
            let header = &table.header[i];
            // Who reported a row, written by the intake: an attribute the tool itself uses.
            if crate::model::fold(header) == crate::model::fold(crate::intake::REPORTED_BY) {
                continue;
            }
            let sugg = suggest(header, kind.column_names()).map(str::to_string);
            self.header_diag(
                table,
                hl,
                Some(Self::column_ref(table, i)),
                Severity::Warning,
                DiagnosticKind::UnknownColumn {
                    header: header.clone(),
                },
                sugg,
            );
        }
        if kind == FileKind::Memberships && !cols.contains_key("partij") {
            missing.insert("partij");
            if !cols.contains_key("persoon") {
                missing.insert("persoon");
                self.header_diag(
                    table,
                    hl,
                    None,
                    Severity::Error,
                    DiagnosticKind::MissingPartyColumn,
                    None,
                );
            }
        }
        let key_missing = match kind {
            FileKind::Parties | FileKind::Tables | FileKind::Persons => missing.contains("id"),
            FileKind::Memberships => {
                missing.contains("tafel")
                    || (missing.contains("partij") && missing.contains("persoon"))
            }
            FileKind::Relations => missing.contains("van") || missing.contains("naar"),
        };
        if key_missing {
            self.broken.insert(kind);
        }

        let columns = cols
            .iter()
            .map(|(k, &i)| (*k, Self::column_ref(table, i)))
            .collect();
        self.sources.insert(
            kind,
            SourceInfo {
                origin: table.origin.clone(),
                columns,
                missing,
            },
        );
        Bound { cols, extras }
    }

    fn read_table(&mut self, kind: FileKind, table: &RawTable) {
        for note in &table.notes {
            let column = note.cell.map(|i| Self::column_ref(table, i));
            let line = note.line.unwrap_or(table.header_line);
            self.header_diag(table, line, column, note.severity, note.kind.clone(), None);
        }
        let bound = self.bind(kind, table);
        if table.rows.is_empty() {
            self.diags.push(Diagnostic {
                severity: Severity::Warning,
                file: table.origin.file.clone(),
                sheet: table.origin.sheet.clone(),
                line: None,
                column: None,
                kind: DiagnosticKind::NoRows,
                suggestion: None,
            });
        }
        let ek = entity_kind(kind);
        for row in &table.rows {
            let index = self.lines.get(&ek).map_or(0, Vec::len);
            let ctx = Ctx {
                kind,
                origin: &table.origin,
                bound: &bound,
                row,
                entity: EntityRef::new(ek, index),
            };
            self.lines.entry(ek).or_default().push(row.line);
            match kind {
                FileKind::Parties => self.read_party(&ctx),
                FileKind::Persons => self.read_person(&ctx),
                FileKind::Tables => self.read_table_row(&ctx),
                FileKind::Memberships => self.read_membership(&ctx),
                FileKind::Relations => self.read_relation(&ctx),
            }
        }
    }

    // ---- cells ----

    fn cell_diag(
        &mut self,
        c: &Ctx,
        key: Option<&str>,
        severity: Severity,
        kind: DiagnosticKind,
        suggestion: Option<String>,
    ) {
        let column = key.and_then(|k| self.sources.get(&c.kind)?.columns.get(k).cloned());
        let (file, sheet) = (c.origin.file.clone(), c.origin.sheet.clone());
        self.diags.push(Diagnostic {
            severity,
            file,
            sheet,
            line: Some(c.row.line),
            column,
            kind,
            suggestion,
        });
        if severity == Severity::Error {
            self.mark_reported(c, key);
        }
    }

    fn mark_reported(&mut self, c: &Ctx, key: Option<&str>) {
        if let Some(field) = key.and_then(|k| field_of(c.entity.kind, k)) {
            self.reported.insert((c.entity, field));
        }
    }

    /// The trimmed value of a column ("" when the column is absent), length-checked.
    fn cell(&mut self, c: &Ctx, key: &'static str) -> String {
        let Some(&i) = c.bound.cols.get(key) else {
            return String::new();
        };
        let value = c.row.cells.get(i).map_or("", String::as_str);
        let long = c.kind.columns().iter().any(|s| s.key == key && s.long_text);
        let max = if long {
            MAX_TEXT_CHARS
        } else {
            MAX_VALUE_CHARS
        };
        // Byte length bounds char count from above: only count when it might exceed.
        if value.len() > max {
            let len = value.chars().count();
            if len > max {
                self.cell_diag(
                    c,
                    Some(key),
                    Severity::Error,
                    DiagnosticKind::FieldTooLong { len, max },
                    None,
                );
                return String::new();
            }
        }
        value.to_string()
    }

    /// Like [`Self::cell`], and an empty value is an error (unless already reported).
    fn required(&mut self, c: &Ctx, key: &'static str) -> String {
        let present = c.bound.cols.contains_key(key);
        let before = self.diags.len();
        let v = self.cell(c, key);
        if v.is_empty() && present && self.diags.len() == before {
            self.cell_diag(
                c,
                Some(key),
                Severity::Error,
                DiagnosticKind::EmptyRequired,
                None,
            );
        }
        v
    }

    fn attributes(&mut self, c: &Ctx) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (i, key, cref) in &c.bound.extras {
            let Some(value) = c.row.cells.get(*i).filter(|v| !v.is_empty()) else {
                continue;
            };
            if value.len() > MAX_TEXT_CHARS {
                let len = value.chars().count();
                if len > MAX_TEXT_CHARS {
                    self.diags.push(Diagnostic {
                        severity: Severity::Error,
                        file: c.origin.file.clone(),
                        sheet: c.origin.sheet.clone(),
                        line: Some(c.row.line),
                        column: Some(cref.clone()),
                        kind: DiagnosticKind::FieldTooLong {
                            len,
                            max: MAX_TEXT_CHARS,
                        },
                        suggestion: None,
                    });
                    continue;
                }
            }
            out.push((key.clone(), value.clone()));
        }
        out
    }

    fn number(&mut self, c: &Ctx, key: &'static str) -> Option<f64> {
        let raw = self.cell(c, key);
        if raw.is_empty() {
            return None;
        }
        match parse_number(&raw) {
            Some(f) if f < 0.0 => {
                self.cell_diag(
                    c,
                    Some(key),
                    Severity::Error,
                    DiagnosticKind::NegativeNumber { value: raw },
                    None,
                );
                None
            }
            // Products of such numbers (hours a year) would overflow to infinity.
            Some(f) if f > crate::project::MAX_NUMBER => {
                self.cell_diag(
                    c,
                    Some(key),
                    Severity::Error,
                    DiagnosticKind::NumberTooLarge { value: raw },
                    None,
                );
                None
            }
            Some(f) => Some(f),
            None => {
                self.cell_diag(
                    c,
                    Some(key),
                    Severity::Error,
                    DiagnosticKind::BadNumber { value: raw },
                    None,
                );
                None
            }
        }
    }

    fn unknown_value<V: Vocab>(&mut self, c: &Ctx, key: &'static str, value: &str) {
        let allowed = V::ALL
            .iter()
            .map(|v| v.name())
            .collect::<Vec<_>>()
            .join(", ");
        let sugg = suggest_value::<V>(value);
        self.cell_diag(
            c,
            Some(key),
            Severity::Error,
            DiagnosticKind::UnknownValue {
                value: value.to_string(),
                allowed,
            },
            sugg,
        );
    }

    /// A person's own layer: the layer names, and the role words the format gives for them
    /// (`bestuurder`, `manager`, `professional`).
    fn person_layer(&mut self, c: &Ctx) -> Option<Layer> {
        let raw = self.cell(c, "laag");
        if raw.is_empty() {
            return None;
        }
        if let Some(l) = Layer::parse(&raw) {
            return Some(l);
        }
        if let Some((_, l)) = PERSON_LAYER_WORDS
            .iter()
            .find(|(w, _)| fold(w) == fold(&raw))
        {
            return Some(*l);
        }
        let mut spellings = Layer::all_spellings();
        spellings.extend(PERSON_LAYER_WORDS.iter().map(|(w, _)| *w));
        let sugg = suggest(&raw, Layer::ALL.iter().map(|v| v.name()))
            .or_else(|| suggest(&raw, spellings))
            .map(str::to_string);
        let allowed = Layer::ALL
            .iter()
            .map(|v| v.name())
            .collect::<Vec<_>>()
            .join(", ");
        self.cell_diag(
            c,
            Some("laag"),
            Severity::Error,
            DiagnosticKind::UnknownValue {
                value: raw,
                allowed,
            },
            sugg,
        );
        None
    }

    fn vocab_set<V: Vocab>(&mut self, c: &Ctx, key: &'static str, required: bool) -> Set<V> {
        let raw = if required {
            self.required(c, key)
        } else {
            self.cell(c, key)
        };
        let mut set = Set::empty();
        let parts = split_multi(&raw);
        if required && parts.is_empty() && !raw.is_empty() {
            // Only separators (`|`): as good as empty.
            self.cell_diag(
                c,
                Some(key),
                Severity::Error,
                DiagnosticKind::EmptyRequired,
                None,
            );
        }
        for part in parts {
            match V::parse(&part) {
                Some(v) => set.insert(v),
                None => self.unknown_value::<V>(c, key, &part),
            }
        }
        set
    }

    fn vocab_one<V: Vocab>(&mut self, c: &Ctx, key: &'static str) -> Option<V> {
        let raw = self.cell(c, key);
        if raw.is_empty() {
            return None;
        }
        let v = V::parse(&raw);
        if v.is_none() {
            self.unknown_value::<V>(c, key, &raw);
        }
        v
    }

    // ---- rows ----

    fn read_party(&mut self, c: &Ctx) {
        let id = self.required(c, "id");
        let name = self.required(c, "naam");
        let soort = self.required(c, "soort");
        let mut attributes = self.attributes(c);
        let kind = if soort.is_empty() {
            PartyKind::Overig
        } else if let Some(k) = PartyKind::parse(&soort) {
            k
        } else {
            let sugg = suggest_value::<PartyKind>(&soort);
            self.cell_diag(
                c,
                Some("soort"),
                Severity::Warning,
                DiagnosticKind::UnknownPartyKind {
                    value: soort.clone(),
                },
                sugg,
            );
            // Nothing is lost: the user's text stays with the party.
            attributes.push(("soort".to_string(), soort));
            PartyKind::Overig
        };
        let werkgebied = split_multi(&self.cell(c, "werkgebied"));
        let parent = Some(self.cell(c, "hoort_bij")).filter(|p| !p.is_empty());
        let interests = self.cell(c, "belangen");
        let takes = self.cell(c, "halen");
        let gives = self.cell(c, "brengen");
        self.map.parties.push(Party {
            id,
            name,
            kind,
            werkgebied,
            parent,
            interests,
            takes,
            gives,
            attributes,
        });
    }

    fn read_person(&mut self, c: &Ctx) {
        let id = self.required(c, "id");
        let name = self.required(c, "naam");
        let party = self.required(c, "partij");
        let function = self.cell(c, "functie");
        let layer = self.person_layer(c);
        let network_roles = self.vocab_set::<NetworkRole>(c, "netwerkrol", false);
        let hours_per_month = self.number(c, "uren_per_maand");
        let attributes = self.attributes(c);
        self.person_party
            .entry(id.clone())
            .or_insert_with(|| party.clone());
        self.map.persons.push(Person {
            id,
            name,
            party,
            function,
            layer,
            network_roles,
            hours_per_month,
            attributes,
        });
    }

    fn read_table_row(&mut self, c: &Ctx) {
        let id = self.required(c, "id");
        let name = self.required(c, "naam");
        let kind = self
            .vocab_one::<TableKind>(c, "soort")
            .unwrap_or(TableKind::Tafel);
        let domains = self.vocab_set::<Domain>(c, "domein", true);
        let layers = self.vocab_set::<Layer>(c, "laag", true);
        let frequency = self.number(c, "frequentie");
        let duration_hours = self.number(c, "duur_uren");
        let decision = self.vocab_one::<Decision>(c, "besluitvorming");
        let werkgebied = split_multi(&self.cell(c, "werkgebied"));
        let reports_to = split_multi(&self.cell(c, "rapporteert_aan"));
        let attributes = self.attributes(c);
        self.map.tables.push(Table {
            id,
            name,
            kind,
            domains,
            layers,
            frequency,
            duration_hours,
            decision,
            werkgebied,
            reports_to,
            attributes,
        });
    }

    fn read_membership(&mut self, c: &Ctx) {
        let table = self.required(c, "tafel");
        let mut party = self.cell(c, "partij");
        let person = Some(self.cell(c, "persoon")).filter(|p| !p.is_empty());
        let role_raw = self.cell(c, "rol");
        let mut attributes = self.attributes(c);
        if party.is_empty() {
            match &person {
                None => {
                    let has_party_col = c.bound.cols.contains_key("partij");
                    let has_person_col = c.bound.cols.contains_key("persoon");
                    if has_party_col || has_person_col {
                        let key = if has_party_col { "partij" } else { "persoon" };
                        self.cell_diag(
                            c,
                            Some(key),
                            Severity::Error,
                            DiagnosticKind::EmptyPartyOrPerson,
                            None,
                        );
                    }
                    self.reported.insert((c.entity, Field::Party));
                }
                Some(pid) => match self.person_party.get(pid) {
                    Some(p) => party = p.clone(),
                    // The unknown person is reported by validation; the party follows from it.
                    None => {
                        self.reported.insert((c.entity, Field::Party));
                    }
                },
            }
        }
        let role = if role_raw.is_empty() {
            Role::Lid
        } else if let Some(r) = Role::parse(&role_raw) {
            r
        } else {
            let sugg = suggest_value::<Role>(&role_raw);
            self.cell_diag(
                c,
                Some("rol"),
                Severity::Warning,
                DiagnosticKind::UnknownRole {
                    value: role_raw.clone(),
                },
                sugg,
            );
            attributes.push(("rol".to_string(), role_raw));
            Role::Lid
        };
        self.map.memberships.push(Membership {
            table,
            party,
            person,
            role,
            attributes,
        });
    }

    fn read_relation(&mut self, c: &Ctx) {
        let from = self.required(c, "van");
        let to = self.required(c, "naar");
        let kind = self.cell(c, "soort");
        let domains = self.vocab_set::<Domain>(c, "domein", false);
        let layers = self.vocab_set::<Layer>(c, "laag", false);
        let quality = self.vocab_one::<Quality>(c, "kwaliteit");
        let note = self.cell(c, "toelichting");
        let attributes = self.attributes(c);
        self.map.relations.push(Relation {
            from,
            to,
            kind,
            domains,
            layers,
            quality,
            note,
            attributes,
        });
    }

    // ---- rules ----

    /// File, sheet and line of an entity.
    fn locate(&self, at: EntityRef) -> Option<(&SourceInfo, usize)> {
        let src = self.sources.get(&file_kind(at.kind))?;
        let line = *self.lines.get(&at.kind)?.get(at.index)?;
        Some((src, line))
    }

    fn is_broken_ref(&self, expected: NodeKind, field: Field) -> bool {
        let lists: &[FileKind] = match (expected, field) {
            (_, Field::From | Field::To) => &[FileKind::Parties, FileKind::Persons],
            (NodeKind::Party, _) => &[FileKind::Parties],
            (NodeKind::Person, _) => &[FileKind::Persons],
            (NodeKind::Table, _) => &[FileKind::Tables],
        };
        lists.iter().any(|k| self.broken.contains(k))
    }

    /// Runs the shared validation rules and locates each problem at its cell.
    fn check_rules(&mut self) {
        for problem in validate(&self.map) {
            if let Some(d) = self.problem_diag(&problem) {
                self.diags.push(d);
            }
        }
    }

    fn problem_diag(&self, p: &Problem) -> Option<Diagnostic> {
        if self.reported.contains(&(p.entity, p.field)) {
            return None;
        }
        let (src, line) = self.locate(p.entity)?;
        let key = column_of(p.entity.kind, p.field);
        if matches!(p.kind, ProblemKind::Empty) && key.is_some_and(|k| src.missing.contains(k)) {
            return None;
        }
        let skip = match &p.kind {
            ProblemKind::UnknownId { expected, .. } => self.is_broken_ref(*expected, p.field),
            ProblemKind::TableWithoutMembers { .. } => self.broken.contains(&FileKind::Memberships),
            ProblemKind::PartyUnconnected { .. } => {
                self.broken.contains(&FileKind::Memberships)
                    || self.broken.contains(&FileKind::Relations)
            }
            _ => false,
        };
        if skip {
            return None;
        }
        let (kind, suggestion) = convert_problem(p, |first| match self.locate(first) {
            Some((s, l)) => (s.origin.file.clone(), s.origin.sheet.clone(), Some(l)),
            None => (String::new(), None, None),
        });
        Some(Diagnostic {
            severity: if p.is_error() {
                Severity::Error
            } else {
                Severity::Warning
            },
            file: src.origin.file.clone(),
            sheet: src.origin.sheet.clone(),
            line: Some(line),
            column: key.and_then(|k| src.columns.get(k)).cloned(),
            kind,
            suggestion,
        })
    }

    fn check_near_duplicates(&mut self) {
        let Some(src) = self.sources.get(&FileKind::Parties) else {
            return;
        };
        let index: HashMap<&str, usize> = self
            .map
            .parties
            .iter()
            .enumerate()
            .rev()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut out = Vec::new();
        for dup in near_duplicates(&self.map) {
            let Some(&first_merge) = dup.merge.first().and_then(|id| index.get(id.as_str())) else {
                continue;
            };
            let line = self
                .lines
                .get(&EntityKind::Party)
                .and_then(|l| l.get(first_merge))
                .copied();
            let names = dup.labels();
            out.push(Diagnostic {
                severity: Severity::Warning,
                file: src.origin.file.clone(),
                sheet: src.origin.sheet.clone(),
                line,
                column: src.columns.get("naam").cloned(),
                kind: DiagnosticKind::NearDuplicate {
                    keep: dup.keep.clone(),
                    names,
                },
                suggestion: None,
            });
        }
        self.diags.extend(out);
    }

    /// Sorts diagnostics by file (format order), line and column, and splits the outcome.
    fn finish(self) -> Result<Loaded, ImportFailure> {
        let Builder {
            map,
            mut diags,
            sources,
            ..
        } = self;
        let rank = |d: &Diagnostic| -> usize {
            FileKind::ALL
                .iter()
                .position(|k| {
                    sources
                        .get(k)
                        .is_some_and(|s| s.origin.file == d.file && s.origin.sheet == d.sheet)
                })
                .map_or(0, |p| p + 1)
        };
        // Stable: within one cell, the order of discovery stays.
        diags.sort_by_key(|d| {
            (
                rank(d),
                d.line.unwrap_or(0),
                d.column.as_ref().map_or(0, |c| c.index),
            )
        });
        let diags = bound_repeats(diags);
        let (errors, warnings): (Vec<_>, Vec<_>) =
            diags.into_iter().partition(Diagnostic::is_error);
        if errors.is_empty() {
            Ok(Loaded { map, warnings })
        } else {
            Err(ImportFailure { errors, warnings })
        }
    }
}

/// A kind of diagnostic given more often than this in one file is cut short.
const MAX_REPEATS: usize = 50;
/// How many of a cut-short kind are still shown one by one.
const SHOWN_REPEATS: usize = 10;

/// Keeps lists readable whatever the input: when one file has more than [`MAX_REPEATS`]
/// diagnostics of one kind (a line of three million cells, a hundred thousand dangling ids),
/// the first [`SHOWN_REPEATS`] are kept and one [`DiagnosticKind::More`] counts the rest, so
/// the counts in the summary stay exact.
fn bound_repeats(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Key<'a> = (
        Severity,
        &'a str,
        Option<&'a str>,
        std::mem::Discriminant<DiagnosticKind>,
    );
    fn key(d: &Diagnostic) -> Key<'_> {
        (
            d.severity,
            d.file.as_str(),
            d.sheet.as_deref(),
            std::mem::discriminant(&d.kind),
        )
    }
    let mut totals: HashMap<Key, usize> = HashMap::new();
    for d in &diags {
        *totals.entry(key(d)).or_default() += 1;
    }
    if totals.values().all(|&n| n <= MAX_REPEATS) {
        return diags;
    }
    // Per diagnostic: keep it, replace it by the summary, or drop it.
    let mut seen: HashMap<Key, usize> = HashMap::new();
    let plan: Vec<Option<usize>> = diags
        .iter()
        .map(|d| {
            let k = key(d);
            let total = totals[&k];
            let n = seen.entry(k).or_default();
            *n += 1;
            if total <= MAX_REPEATS || *n <= SHOWN_REPEATS {
                Some(0)
            } else if *n == SHOWN_REPEATS + 1 {
                Some(total - SHOWN_REPEATS)
            } else {
                None
            }
        })
        .collect();
    diags
        .into_iter()
        .zip(plan)
        .filter_map(|(d, p)| match p {
            Some(0) => Some(d),
            Some(count) => Some(Diagnostic {
                line: None,
                column: None,
                kind: DiagnosticKind::More { count },
                suggestion: None,
                ..d
            }),
            None => None,
        })
        .collect()
}

/// The diagnostic for a validation problem; `first` locates the first use of a duplicate id.
pub fn convert_problem(
    p: &Problem,
    first: impl Fn(EntityRef) -> (String, Option<String>, Option<usize>),
) -> (DiagnosticKind, Option<String>) {
    let kind = match &p.kind {
        ProblemKind::Empty => DiagnosticKind::EmptyRequired,
        ProblemKind::DuplicateId { id, first: at } => {
            let (first_file, first_sheet, first_line) = first(*at);
            DiagnosticKind::DuplicateId {
                id: id.clone(),
                first_file,
                first_sheet,
                first_line,
            }
        }
        ProblemKind::UnknownId {
            id,
            expected,
            actual,
            suggestion,
        } => {
            return (
                DiagnosticKind::UnknownId {
                    id: id.clone(),
                    expected: *expected,
                    or_person: matches!(p.field, Field::From | Field::To),
                    actual: *actual,
                },
                suggestion.clone(),
            );
        }
        ProblemKind::NotAMunicipality { id, kind } => DiagnosticKind::NotAMunicipality {
            id: id.clone(),
            kind: *kind,
        },
        ProblemKind::SelfReference { id } => DiagnosticKind::SelfReference { id: id.clone() },
        ProblemKind::PersonForOtherParty {
            person,
            own_party,
            represented,
        } => DiagnosticKind::PersonForOtherParty {
            person: person.clone(),
            own_party: own_party.clone(),
            represented: represented.clone(),
        },
        ProblemKind::TableWithoutMembers { table } => DiagnosticKind::TableWithoutMembers {
            table: table.clone(),
        },
        ProblemKind::PartyUnconnected { party } => DiagnosticKind::PartyUnconnected {
            party: party.clone(),
        },
        ProblemKind::SelfRelation { id } => DiagnosticKind::SelfRelation { id: id.clone() },
        ProblemKind::Cycle { id, path } => DiagnosticKind::Cycle {
            id: id.clone(),
            path: path.join(" → "),
        },
        ProblemKind::CaseOnlyId { id, other } => DiagnosticKind::CaseOnlyId {
            id: id.clone(),
            other: other.clone(),
        },
    };
    (kind, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_comma_or_point_and_nothing_else() {
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("1.5"), Some(1.5));
        assert_eq!(parse_number(" 0,25 "), Some(0.25));
        assert_eq!(parse_number("-2"), Some(-2.0));
        assert_eq!(parse_number("1.000,5"), None);
        assert_eq!(parse_number("1e3"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("twaalf"), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("-"), None);
    }

    #[test]
    fn multi_values_split_on_bar_and_skip_empty_parts() {
        assert_eq!(
            split_multi("casus| leefomgeving |"),
            vec!["casus", "leefomgeving"]
        );
        assert!(split_multi("||").is_empty());
    }

    #[test]
    fn every_field_column_pair_is_a_column_of_its_file() {
        for (ek, _, col) in FIELD_COLUMNS {
            assert!(
                file_kind(*ek).columns().iter().any(|c| c.key == *col),
                "{col} is not a column of {:?}",
                file_kind(*ek)
            );
        }
    }
}
