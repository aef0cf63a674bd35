//! The map as a folder of CSV files, in the dialect the user (or their Excel) needs.

use super::ExportError;
use super::sheets::{Cell, Sheet, sheets_with};
use crate::model::Map;
use std::path::Path;

/// The character encoding of written CSV files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 without byte order mark: what most tools and version control like.
    #[default]
    Utf8,
    /// UTF-8 with a byte order mark, which makes Excel read the file as UTF-8.
    Utf8Bom,
    /// Windows-1252, what Dutch Excel writes and reads by default. A character it cannot hold
    /// is an error ([`ExportError::NotInWindows1252`]), never replaced silently.
    Windows1252,
}

/// How CSV files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// `b','` or `b';'` (Dutch Excel).
    pub delimiter: u8,
    pub encoding: Encoding,
    /// Write numbers with a decimal comma (`1,5`) instead of a point (`1.5`).
    pub decimal_comma: bool,
    /// End lines with `\r\n` instead of `\n`.
    pub crlf: bool,
}

impl Default for CsvOptions {
    /// Plain CSV: `,`, UTF-8 without BOM, decimal point, `\n`.
    fn default() -> Self {
        CsvOptions {
            delimiter: b',',
            encoding: Encoding::Utf8,
            decimal_comma: false,
            crlf: false,
        }
    }
}

impl CsvOptions {
    /// What Dutch Excel on Windows opens with a double click and writes on "Opslaan als CSV":
    /// `;`, Windows-1252, decimal comma, `\r\n`.
    pub fn dutch_excel() -> Self {
        CsvOptions {
            delimiter: b';',
            encoding: Encoding::Windows1252,
            decimal_comma: true,
            crlf: true,
        }
    }
}

/// Writes `partijen.csv`, `tafels.csv`, `deelnames.csv`, and `personen.csv` / `relaties.csv`
/// when the map has persons / relationships, into `dir` (created when missing).
///
/// When the map has no persons (relationships) but `dir` already holds a `personen.csv`
/// (`relaties.csv`) from an earlier export, that file is rewritten with only its header, so a
/// later import cannot bring back people or relationships the user removed.
///
/// Every file is encoded in memory first, so an encoding error leaves the folder untouched
/// instead of half written; the files are then written as one
/// ([`crate::project::write_all_atomic`]): on a full disk every old file stays as it was.
pub fn write_csv_folder(map: &Map, dir: &Path, opts: &CsvOptions) -> Result<(), ExportError> {
    let files = sheets_with(map, true)?
        .iter()
        .map(|s| {
            let path = dir.join(format!("{}.csv", s.name));
            let optional = !s.kind.required();
            let wanted = !optional || !s.rows.is_empty() || path.exists();
            Ok(wanted.then_some((path, encode_sheet(s, opts)?)))
        })
        .collect::<Result<Vec<_>, ExportError>>()?;
    std::fs::create_dir_all(dir).map_err(|e| ExportError::io(dir, e))?;
    let files: Vec<(std::path::PathBuf, Vec<u8>)> = files.into_iter().flatten().collect();
    crate::project::write_all_atomic(&files).map_err(|(path, e)| ExportError::io(path, e))
}

/// The first characters with which Excel starts a formula (OWASP, "CSV injection").
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell as written: one that Excel would run as a formula (`=HYPERLINK(…)`, `+cmd|…`,
/// `@SUM(…)`) gets a leading `'`, which Excel shows as text and the importer removes again
/// ([`crate::import`] strips a `'` before these characters), so the value round-trips. A
/// number such as `-5` is left alone: Excel reads it as the number it is.
pub fn guard_formula(text: &str) -> String {
    let risky = text.starts_with(FORMULA_STARTS) && crate::import::parse_number(text).is_none();
    if risky {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One sheet as the bytes of a CSV file.
pub(crate) fn encode_sheet(sheet: &Sheet, opts: &CsvOptions) -> Result<Vec<u8>, ExportError> {
    let file = format!("{}.csv", sheet.name);
    let rows: Vec<Vec<String>> = std::iter::once(sheet.headers.clone())
        .chain(sheet.rows.iter().map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Text(s) => guard_formula(s),
                    Cell::Number(_) => c.to_csv(opts.decimal_comma),
                })
                .collect()
        }))
        .collect();
    if opts.encoding == Encoding::Windows1252 {
        check_windows_1252(&file, &sheet.headers, &rows)?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(opts.delimiter)
        .terminator(if opts.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in &rows {
        w.write_record(row)
            .map_err(|e| ExportError::io(&file, e.into()))?;
    }
    let utf8 = w
        .into_inner()
        .map_err(|e| ExportError::io(&file, e.into_error()))?;
    Ok(match opts.encoding {
        Encoding::Utf8 => utf8,
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), &utf8].concat(),
        Encoding::Windows1252 => {
            // The csv writer only adds ASCII to cells that passed the check above.
            let text = String::from_utf8_lossy(&utf8);
            encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
        }
    })
}

/// The first cell, in reading order, with a character Windows-1252 lacks.
fn check_windows_1252(
    file: &str,
    headers: &[String],
    rows: &[Vec<String>],
) -> Result<(), ExportError> {
    for (i, row) in rows.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            if cell.is_ascii() {
                continue;
            }
            let mut buf = [0u8; 4];
            if let Some(ch) = cell
                .chars()
                .find(|c| encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf)).2)
            {
                return Err(ExportError::NotInWindows1252 {
                    file: file.to_string(),
                    line: i + 1,
                    column: headers.get(j).cloned().unwrap_or_default(),
                    ch,
                });
            }
        }
    }
    Ok(())
}
