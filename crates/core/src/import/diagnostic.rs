//! Diagnostics of the importer: what is wrong, where (file, sheet, line, column) and what the
//! user probably meant. Rendered as one line through the translation table, in the language
//! asked ([`Diagnostic::render`]; the `Display` is Dutch).

use crate::i18n::Lang;
use crate::i18n::import as t;
use crate::i18n::reliability as r;
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
    /// `fout` / `waarschuwing` in `lang`, for front ends that prefix it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => t::ERROR.get_in(lang),
            Severity::Warning => t::WARNING.get_in(lang),
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

/// What a path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileNature {
    Folder,
    Fifo,
    Device,
    Other,
}

impl FileNature {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            FileNature::Folder => r::NATURE_FOLDER.get_in(lang),
            FileNature::Fifo => r::NATURE_FIFO.get_in(lang),
            FileNature::Device => r::NATURE_DEVICE.get_in(lang),
            FileNature::Other => r::NATURE_OTHER.get_in(lang),
        }
    }
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
    /// A FIFO, device, folder or other special file where a file was expected.
    NotRegularFile { nature: FileNature },
    /// UTF-8 with an odd byte, read as Windows-1252 (warning; the line is the first).
    MixedEncoding { byte: String },
    /// Not UTF-8 at all, read as Windows-1252 (warning; the line is the first odd byte).
    Windows1252 { byte: String },
    /// Not UTF-8, and read as Mac OS Roman because that reading gives plausible text.
    MacRoman { byte: String },
    /// An old binary Excel file (`.xls`).
    OldExcel,
    /// A password-protected workbook.
    EncryptedWorkbook,
    /// A workbook that unpacks to more than the importer reads (a zip bomb).
    UnpacksTooLarge { size_mb: u64, max_mb: u64 },
    /// A zip whose entries, unpacked, pass the limit although its directory says less (a
    /// crafted file): counting stopped at `max_mb`.
    UnpacksPastLimit { max_mb: u64 },
    /// A formula cell whose result was never saved.
    FormulaWithoutValue,
    /// An `.ods` sheet repeating a filled cell more than `max` times in all (crafted).
    RepeatedCells { max: usize },
    /// `count` more diagnostics like the one before, not shown one by one.
    More { count: usize },
    /// References to persons while the persons list is absent (warning, the hint for them).
    PersonsMissing { count: usize, sheet: bool },
    /// An id that differs only in case from another (warning).
    CaseOnlyId { id: String, other: String },
    /// A `hoort_bij` ring; `path` lists the ids around it.
    Cycle { id: String, path: String },
    /// Fields of a project file this version does not know (warning).
    UnknownProjectFields { fields: String },
    /// A number above [`crate::project::MAX_NUMBER`].
    NumberTooLarge { value: String },
}

fn node_text(k: NodeKind, lang: Lang) -> &'static str {
    match k {
        NodeKind::Party => t::NODE_PARTY.get_in(lang),
        NodeKind::Person => t::NODE_PERSON.get_in(lang),
        NodeKind::Table => t::NODE_TABLE.get_in(lang),
    }
}

impl DiagnosticKind {
    /// The message in `lang`, without location or suggestion.
    /// `file` and `sheet` are where the diagnostic itself is located, so a reference to
    /// another place can leave out what they share.
    pub fn message(&self, file: &str, sheet: Option<&str>, lang: Lang) -> String {
        use DiagnosticKind as K;
        match self {
            K::PathNotFound => t::PATH_NOT_FOUND.get_in(lang).to_string(),
            K::PathUnsupported => t::PATH_UNSUPPORTED.get_in(lang).to_string(),
            K::SingleCsv { dir } => t::SINGLE_CSV.fill_in(lang, &[("dir", dir)]),
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
                text.fill_in(lang, &[("name", name), ("aliases", aliases)])
            }
            K::DuplicateFile {
                name,
                first,
                second,
            } => t::DUPLICATE_FILE.fill_in(
                lang,
                &[("name", name), ("first", first), ("second", second)],
            ),
            K::UnknownFile { sheet } => if *sheet {
                t::UNKNOWN_SHEET
            } else {
                t::UNKNOWN_FILE
            }
            .get_in(lang)
            .to_string(),
            K::Unreadable { reason } => t::UNREADABLE.fill_in(lang, &[("reason", reason)]),
            K::TooLarge { size_mb, max_mb } => {
                t::TOO_LARGE.fill_in(lang, &[("size", size_mb), ("max", max_mb)])
            }
            K::NotText { looks_like } => match looks_like.as_deref() {
                Some("zip") => t::NOT_TEXT_ZIP.get_in(lang).to_string(),
                Some("image") => t::NOT_TEXT_IMAGE.get_in(lang).to_string(),
                Some("pdf") => t::NOT_TEXT_PDF.get_in(lang).to_string(),
                _ => t::NOT_TEXT.get_in(lang).to_string(),
            },
            K::NotWorkbook { reason } if reason.is_empty() => {
                t::NOT_WORKBOOK.fill_in(lang, &[("reason", &t::DAMAGED_WORKBOOK.get_in(lang))])
            }
            K::NotWorkbook { reason } => t::NOT_WORKBOOK.fill_in(lang, &[("reason", reason)]),
            K::Project { reason } => t::PROJECT.fill_in(lang, &[("reason", reason)]),
            K::EmptyFile { required } => if *required {
                t::EMPTY_FILE
            } else {
                t::EMPTY_OPTIONAL_FILE
            }
            .get_in(lang)
            .to_string(),
            K::NoRows => t::NO_ROWS.get_in(lang).to_string(),
            K::MissingColumn { column, aliases } => {
                t::MISSING_COLUMN.fill_in(lang, &[("column", column), ("aliases", aliases)])
            }
            K::MissingPartyColumn => t::MISSING_PARTY_COLUMN.get_in(lang).to_string(),
            K::DuplicateColumn { column, other } => {
                t::DUPLICATE_COLUMN.fill_in(lang, &[("column", column), ("other", other)])
            }
            K::UnknownColumn { header } => t::UNKNOWN_COLUMN.fill_in(lang, &[("header", header)]),
            K::ExtraCell { key } => t::EXTRA_CELL.fill_in(lang, &[("key", key)]),
            K::EmptyRequired => t::EMPTY_REQUIRED.get_in(lang).to_string(),
            K::EmptyPartyOrPerson => t::EMPTY_PARTY_OR_PERSON.get_in(lang).to_string(),
            K::FieldTooLong { len, max } => {
                t::FIELD_TOO_LONG.fill_in(lang, &[("len", len), ("max", max)])
            }
            K::BadNumber { value } => t::BAD_NUMBER.fill_in(lang, &[("value", value)]),
            K::NegativeNumber { value } => t::NEGATIVE_NUMBER.fill_in(lang, &[("value", value)]),
            K::UnknownValue { value, allowed } => {
                t::UNKNOWN_VALUE.fill_in(lang, &[("value", value), ("allowed", allowed)])
            }
            K::UnknownPartyKind { value } => {
                t::UNKNOWN_PARTY_KIND.fill_in(lang, &[("value", value)])
            }
            K::UnknownRole { value } => t::UNKNOWN_ROLE.fill_in(lang, &[("value", value)]),
            K::DuplicateId {
                id,
                first_file,
                first_sheet,
                first_line,
            } => {
                let first = match (first_line, first_sheet.as_deref()) {
                    (None, _) => first_file.clone(),
                    (Some(line), s) if first_file == file && s == sheet => {
                        t::FIRST_AT_LINE.fill_in(lang, &[("line", line)])
                    }
                    (Some(line), Some(s)) if first_file == file => {
                        t::FIRST_AT_SHEET_LINE.fill_in(lang, &[("sheet", &s), ("line", line)])
                    }
                    (Some(line), Some(s)) => t::FIRST_AT_FILE_SHEET_LINE
                        .fill_in(lang, &[("file", first_file), ("sheet", &s), ("line", line)]),
                    (Some(line), None) => {
                        t::FIRST_AT_FILE_LINE.fill_in(lang, &[("file", first_file), ("line", line)])
                    }
                };
                t::DUPLICATE_ID.fill_in(lang, &[("id", id), ("first", &first)])
            }
            K::UnknownId {
                id,
                expected,
                or_person,
                actual,
            } => {
                let expected = if *or_person {
                    t::NODE_PARTY_OR_PERSON.get_in(lang)
                } else {
                    node_text(*expected, lang)
                };
                // An id with a zero-width space looks exactly like the one suggested.
                let id = &crate::visible::show_invisible(id);
                match actual {
                    Some(actual) => t::WRONG_KIND_ID.fill_in(
                        lang,
                        &[
                            ("id", id),
                            ("actual", &node_text(*actual, lang)),
                            ("expected", &expected),
                        ],
                    ),
                    None => t::UNKNOWN_ID.fill_in(lang, &[("id", id), ("expected", &expected)]),
                }
            }
            K::NotAMunicipality { id, kind } => {
                t::NOT_A_MUNICIPALITY.fill_in(lang, &[("id", id), ("kind", kind)])
            }
            K::SelfReference { id } => t::SELF_REFERENCE.fill_in(lang, &[("id", id)]),
            K::PersonForOtherParty {
                person,
                own_party,
                represented,
            } => t::PERSON_FOR_OTHER_PARTY.fill_in(
                lang,
                &[
                    ("person", person),
                    ("own", own_party),
                    ("represented", represented),
                ],
            ),
            _ => self.map_message(lang),
        }
    }
}

impl DiagnosticKind {
    /// The warnings about the map's own shape, split from [`Self::message`].
    fn map_message(&self, lang: Lang) -> String {
        use DiagnosticKind as K;
        match self {
            K::TableWithoutMembers { table } => {
                t::TABLE_WITHOUT_MEMBERS.fill_in(lang, &[("table", table)])
            }
            K::PartyUnconnected { party } => {
                t::PARTY_UNCONNECTED.fill_in(lang, &[("party", party)])
            }
            K::SelfRelation { id } => t::SELF_RELATION.fill_in(lang, &[("id", id)]),
            K::NearDuplicate { keep, names } => {
                t::NEAR_DUPLICATE.fill_in(lang, &[("list", &names.join(", ")), ("keep", keep)])
            }
            _ => self.hostile_message(lang),
        }
    }

    /// The messages about hostile and damaged input (issue 11), split from [`Self::message`].
    fn hostile_message(&self, lang: Lang) -> String {
        use DiagnosticKind as K;
        match self {
            K::NotRegularFile { nature } => {
                r::NOT_REGULAR_FILE.fill_in(lang, &[("nature", &nature.text(lang))])
            }
            K::MixedEncoding { byte } => r::MIXED_ENCODING.fill_in(lang, &[("byte", byte)]),
            K::Windows1252 { byte } => r::WINDOWS_1252.fill_in(lang, &[("byte", byte)]),
            K::RepeatedCells { max } => {
                r::REPEATED_CELLS.fill_in(lang, &[("max", &dutch_count(*max, lang))])
            }
            K::MacRoman { byte } => r::MAC_ROMAN.fill_in(lang, &[("byte", byte)]),
            K::OldExcel => r::OLD_EXCEL.get_in(lang).to_string(),
            K::EncryptedWorkbook => r::ENCRYPTED_WORKBOOK.get_in(lang).to_string(),
            K::UnpacksTooLarge { size_mb, max_mb } => {
                r::UNPACKS_TOO_LARGE.fill_in(lang, &[("size", size_mb), ("max", max_mb)])
            }
            K::UnpacksPastLimit { max_mb } => {
                r::UNPACKS_PAST_LIMIT.fill_in(lang, &[("max", max_mb)])
            }
            K::FormulaWithoutValue => r::FORMULA_WITHOUT_VALUE.get_in(lang).to_string(),
            K::More { count } => {
                r::MORE_OF_KIND.fill_in(lang, &[("n", &dutch_count(*count, lang))])
            }
            K::PersonsMissing { count, sheet } => if *sheet {
                r::PERSONS_MISSING_HINT_SHEET
            } else {
                r::PERSONS_MISSING_HINT
            }
            .fill_in(lang, &[("n", count)]),
            K::CaseOnlyId { id, other } => {
                r::CASE_ONLY_ID.fill_in(lang, &[("id", id), ("other", other)])
            }
            K::Cycle { id, path } => r::CYCLE.fill_in(lang, &[("id", id), ("path", path)]),
            K::UnknownProjectFields { fields } => {
                r::PROJECT_UNKNOWN_FIELDS.fill_in(lang, &[("fields", fields)])
            }
            K::NumberTooLarge { value } => r::NUMBER_TOO_LARGE.fill_in(lang, &[("value", value)]),
            _ => String::new(),
        }
    }
}

/// A count with thousands grouped as `lang` writes them: `2.999.990` in
/// Dutch, `2,999,990` in English.
pub fn dutch_count(n: usize, lang: Lang) -> String {
    let sep = if lang == Lang::En { ',' } else { '.' };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
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
    pub fn message(&self, lang: Lang) -> String {
        let mut s = self.kind.message(&self.file, self.sheet.as_deref(), lang);
        if let Some(sugg) = &self.suggestion {
            s.push_str(&t::DID_YOU_MEAN.fill_in(lang, &[("s", sugg)]));
        }
        s
    }

    /// The location: `partijen.csv, regel 5, kolom 3 (soort)`.
    pub fn location(&self, lang: Lang) -> String {
        let mut parts = vec![self.file.clone()];
        if let Some(sheet) = &self.sheet {
            parts.push(t::LOC_SHEET.fill_in(lang, &[("sheet", sheet)]));
        }
        if let Some(line) = self.line {
            parts.push(t::LOC_LINE.fill_in(lang, &[("line", &line)]));
        }
        if let Some(col) = &self.column {
            let label = col.label();
            parts.push(if col.header.is_empty() {
                t::LOC_COLUMN_NO_HEADER.fill_in(lang, &[("col", &label)])
            } else {
                t::LOC_COLUMN.fill_in(lang, &[("col", &label), ("header", &col.header)])
            });
        }
        parts.join(", ")
    }
}

impl Diagnostic {
    /// Location and message in `lang`: `partijen.csv, regel 5, kolom 3 (soort): …`.
    pub fn render(&self, lang: Lang) -> String {
        format!("{}: {}", self.location(lang), self.message(lang))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::Nl))
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

    #[test]
    fn counts_group_thousands() {
        assert_eq!(dutch_count(2_999_990, Lang::Nl), "2.999.990");
        assert_eq!(dutch_count(999, Lang::Nl), "999");
        assert_eq!(dutch_count(1000, Lang::Nl), "1.000");
    }
}
