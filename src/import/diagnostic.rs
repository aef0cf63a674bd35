//! Diagnostics of the importer: what is wrong, where (file, sheet, line, column) and what the
//! user probably meant. Rendered as one Dutch line through the translation table.

use crate::i18n::import as t;
use crate::model::{NodeKind, PartyKind};
use serde::Serialize;
use std::fmt;

/// Whether a diagnostic stops the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// `fout` / `waarschuwing` in the current language, for front ends that prefix it.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => t::ERROR.get(),
            Severity::Warning => t::WARNING.get(),
        }
    }
}

/// A column of a source file: its 1-based position and its header text as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnRef {
    /// 1-based column number.
    pub index: usize,
    /// The header text as it stands in the file (may be empty).
    pub header: String,
    /// Whether the source is a spreadsheet, where columns are shown as letters (`C`).
    pub spreadsheet: bool,
}

impl ColumnRef {
    /// The column as the user sees it: `3` in a CSV, `C` in a spreadsheet.
    pub fn label(&self) -> String {
        if self.spreadsheet {
            column_letter(self.index)
        } else {
            self.index.to_string()
        }
    }
}

/// Spreadsheet column letters for a 1-based index: 1 → `A`, 27 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index.max(1);
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What is wrong. The Dutch (or English) text comes from [`crate::i18n::import`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// The path given does not exist.
    PathNotFound,
    /// The path is not a folder, workbook or project file.
    PathUnsupported,
    /// The path is one CSV file instead of its folder.
    SingleCsv { dir: String },
    /// A required file (or sheet) is missing.
    MissingFile {
        name: String,
        aliases: String,
        sheet: bool,
    },
    /// Two files (or sheets) give the same list.
    DuplicateFile {
        name: String,
        first: String,
        second: String,
    },
    /// A CSV file or sheet that is not part of the format (warning).
    UnknownFile { sheet: bool },
    /// The file cannot be read at all.
    Unreadable { reason: String },
    /// The file is larger than the importer accepts.
    TooLarge { size_mb: u64, max_mb: u64 },
    /// Binary data where a CSV was expected; `looks_like` names what it seems to be.
    NotText { looks_like: Option<String> },
    /// The workbook cannot be opened.
    NotWorkbook { reason: String },
    /// The project file cannot be loaded.
    Project { reason: String },
    /// A file without even a header line; an error for required files, a warning otherwise.
    EmptyFile { required: bool },
    /// A header line and no rows (warning).
    NoRows,
    /// A required column is missing.
    MissingColumn { column: String, aliases: String },
    /// `deelnames` has neither a `partij` nor a `persoon` column.
    MissingPartyColumn,
    /// Two headers name the same column.
    DuplicateColumn { column: String, other: String },
    /// A column the format does not name; kept as a free attribute (warning).
    UnknownColumn { header: String },
    /// A value beyond the last header; kept as a free attribute (warning).
    ExtraCell { key: String },
    /// A required cell is empty.
    EmptyRequired,
    /// A membership names neither a party nor a person.
    EmptyPartyOrPerson,
    /// A cell longer than the importer accepts.
    FieldTooLong { len: usize, max: usize },
    /// A number that does not parse.
    BadNumber { value: String },
    /// A negative number where a count or duration is expected.
    NegativeNumber { value: String },
    /// A value not in a closed list (`domein`, `laag`, …).
    UnknownValue { value: String, allowed: String },
    /// An unknown party kind; the party became `overig` (warning).
    UnknownPartyKind { value: String },
    /// An unknown role; it became `lid` (warning).
    UnknownRole { value: String },
    /// An id used before; `first_*` locate the first use.
    DuplicateId {
        id: String,
        first_file: String,
        first_sheet: Option<String>,
        first_line: Option<usize>,
    },
    /// A reference to an id that does not exist or names the wrong kind of thing;
    /// `or_person` when a person would do as well (the ends of a relationship).
    UnknownId {
        id: String,
        expected: NodeKind,
        or_person: bool,
        actual: Option<NodeKind>,
    },
    /// A werkgebied naming a party that is not a gemeente.
    NotAMunicipality { id: String, kind: PartyKind },
    /// A party that is its own parent, a table reporting to itself.
    SelfReference { id: String },
    /// A person at a table for another party than their own (warning).
    PersonForOtherParty {
        person: String,
        own_party: String,
        represented: String,
    },
    /// A table without members (warning).
    TableWithoutMembers { table: String },
    /// A party in no table and no relationship (warning).
    PartyUnconnected { party: String },
    /// A relationship from something to itself (warning).
    SelfRelation { id: String },
    /// Parties whose names look the same (warning); `names` are `name (id)` in keep-first order.
    NearDuplicate { keep: String, names: Vec<String> },
}

fn node_text(k: NodeKind) -> &'static str {
    match k {
        NodeKind::Party => t::NODE_PARTY.get(),
        NodeKind::Person => t::NODE_PERSON.get(),
        NodeKind::Table => t::NODE_TABLE.get(),
    }
}

impl DiagnosticKind {
    /// The message in the current language, without location or suggestion.
    /// `file` and `sheet` are where the diagnostic itself is located, so a reference to
    /// another place can leave out what they share.
    pub fn message(&self, file: &str, sheet: Option<&str>) -> String {
        use DiagnosticKind as K;
        match self {
            K::PathNotFound => t::PATH_NOT_FOUND.get().to_string(),
            K::PathUnsupported => t::PATH_UNSUPPORTED.get().to_string(),
            K::SingleCsv { dir } => t::SINGLE_CSV.fill(&[("dir", dir)]),
            K::MissingFile {
                name,
                aliases,
                sheet,
            } => {
                let text = if *sheet {
                    t::MISSING_SHEET
                } else {
                    t::MISSING_FILE
                };
                text.fill(&[("name", name), ("aliases", aliases)])
            }
            K::DuplicateFile {
                name,
                first,
                second,
            } => t::DUPLICATE_FILE.fill(&[("name", name), ("first", first), ("second", second)]),
            K::UnknownFile { sheet } => if *sheet {
                t::UNKNOWN_SHEET
            } else {
                t::UNKNOWN_FILE
            }
            .get()
            .to_string(),
            K::Unreadable { reason } => t::UNREADABLE.fill(&[("reason", reason)]),
            K::TooLarge { size_mb, max_mb } => {
                t::TOO_LARGE.fill(&[("size", size_mb), ("max", max_mb)])
            }
            K::NotText { looks_like } => match looks_like.as_deref() {
                Some("zip") => t::NOT_TEXT_ZIP.get().to_string(),
                Some("image") => t::NOT_TEXT_IMAGE.get().to_string(),
                Some("pdf") => t::NOT_TEXT_PDF.get().to_string(),
                _ => t::NOT_TEXT.get().to_string(),
            },
            K::NotWorkbook { reason } => t::NOT_WORKBOOK.fill(&[("reason", reason)]),
            K::Project { reason } => t::PROJECT.fill(&[("reason", reason)]),
            K::EmptyFile { required } => if *required {
                t::EMPTY_FILE
            } else {
                t::EMPTY_OPTIONAL_FILE
            }
            .get()
            .to_string(),
            K::NoRows => t::NO_ROWS.get().to_string(),
            K::MissingColumn { column, aliases } => {
                t::MISSING_COLUMN.fill(&[("column", column), ("aliases", aliases)])
            }
            K::MissingPartyColumn => t::MISSING_PARTY_COLUMN.get().to_string(),
            K::DuplicateColumn { column, other } => {
                t::DUPLICATE_COLUMN.fill(&[("column", column), ("other", other)])
            }
            K::UnknownColumn { header } => t::UNKNOWN_COLUMN.fill(&[("header", header)]),
            K::ExtraCell { key } => t::EXTRA_CELL.fill(&[("key", key)]),
            K::EmptyRequired => t::EMPTY_REQUIRED.get().to_string(),
            K::EmptyPartyOrPerson => t::EMPTY_PARTY_OR_PERSON.get().to_string(),
            K::FieldTooLong { len, max } => t::FIELD_TOO_LONG.fill(&[("len", len), ("max", max)]),
            K::BadNumber { value } => t::BAD_NUMBER.fill(&[("value", value)]),
            K::NegativeNumber { value } => t::NEGATIVE_NUMBER.fill(&[("value", value)]),
            K::UnknownValue { value, allowed } => {
                t::UNKNOWN_VALUE.fill(&[("value", value), ("allowed", allowed)])
            }
            K::UnknownPartyKind { value } => t::UNKNOWN_PARTY_KIND.fill(&[("value", value)]),
            K::UnknownRole { value } => t::UNKNOWN_ROLE.fill(&[("value", value)]),
            K::DuplicateId {
                id,
                first_file,
                first_sheet,
                first_line,
            } => {
                let first = match (first_line, first_sheet.as_deref()) {
                    (None, _) => first_file.clone(),
                    (Some(line), s) if first_file == file && s == sheet => {
                        t::FIRST_AT_LINE.fill(&[("line", line)])
                    }
                    (Some(line), Some(s)) if first_file == file => {
                        t::FIRST_AT_SHEET_LINE.fill(&[("sheet", &s), ("line", line)])
                    }
                    (Some(line), Some(s)) => t::FIRST_AT_FILE_SHEET_LINE.fill(&[
                        ("file", first_file),
                        ("sheet", &s),
                        ("line", line),
                    ]),
                    (Some(line), None) => {
                        t::FIRST_AT_FILE_LINE.fill(&[("file", first_file), ("line", line)])
                    }
                };
                t::DUPLICATE_ID.fill(&[("id", id), ("first", &first)])
            }
            K::UnknownId {
                id,
                expected,
                or_person,
                actual,
            } => {
                let expected = if *or_person {
                    t::NODE_PARTY_OR_PERSON.get()
                } else {
                    node_text(*expected)
                };
                match actual {
                    Some(actual) => t::WRONG_KIND_ID.fill(&[
                        ("id", id),
                        ("actual", &node_text(*actual)),
                        ("expected", &expected),
                    ]),
                    None => t::UNKNOWN_ID.fill(&[("id", id), ("expected", &expected)]),
                }
            }
            K::NotAMunicipality { id, kind } => {
                t::NOT_A_MUNICIPALITY.fill(&[("id", id), ("kind", kind)])
            }
            K::SelfReference { id } => t::SELF_REFERENCE.fill(&[("id", id)]),
            K::PersonForOtherParty {
                person,
                own_party,
                represented,
            } => t::PERSON_FOR_OTHER_PARTY.fill(&[
                ("person", person),
                ("own", own_party),
                ("represented", represented),
            ]),
            K::TableWithoutMembers { table } => t::TABLE_WITHOUT_MEMBERS.fill(&[("table", table)]),
            K::PartyUnconnected { party } => t::PARTY_UNCONNECTED.fill(&[("party", party)]),
            K::SelfRelation { id } => t::SELF_RELATION.fill(&[("id", id)]),
            K::NearDuplicate { keep, names } => {
                t::NEAR_DUPLICATE.fill(&[("list", &names.join(", ")), ("keep", keep)])
            }
        }
    }
}

/// One finding of the importer, located as precisely as the source allows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file name as the user knows it (`partijen.csv`, `kaart.xlsx`).
    pub file: String,
    /// The sheet, for workbooks.
    pub sheet: Option<String>,
    /// 1-based line (the header is line 1); for a CSV record spanning lines, the line where it
    /// starts; for a workbook, the spreadsheet row number.
    pub line: Option<usize>,
    pub column: Option<ColumnRef>,
    pub kind: DiagnosticKind,
    /// The nearest valid value or id, when one is close.
    pub suggestion: Option<String>,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message without the location, with the suggestion.
    pub fn message(&self) -> String {
        let mut s = self.kind.message(&self.file, self.sheet.as_deref());
        if let Some(sugg) = &self.suggestion {
            s.push_str(&t::DID_YOU_MEAN.fill(&[("s", sugg)]));
        }
        s
    }

    /// The location: `partijen.csv, regel 5, kolom 3 (soort)`.
    pub fn location(&self) -> String {
        let mut parts = vec![self.file.clone()];
        if let Some(sheet) = &self.sheet {
            parts.push(t::LOC_SHEET.fill(&[("sheet", sheet)]));
        }
        if let Some(line) = self.line {
            parts.push(t::LOC_LINE.fill(&[("line", &line)]));
        }
        if let Some(col) = &self.column {
            let label = col.label();
            parts.push(if col.header.is_empty() {
                t::LOC_COLUMN_NO_HEADER.fill(&[("col", &label)])
            } else {
                t::LOC_COLUMN.fill(&[("col", &label), ("header", &col.header)])
            });
        }
        parts.join(", ")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location(), self.message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_spreadsheet_numbering() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(3), "C");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(52), "AZ");
        assert_eq!(column_letter(703), "AAA");
    }
}
