//! Import of maps: CSV folders, xlsx/ods workbooks and project files, with Dutch diagnostics.
//!
//! The contract is `spec/data-format.md`. Reading goes in three steps: a source (CSV file or
//! sheet) becomes a raw table of trimmed text cells with line numbers (`source`); the raw
//! tables are bound to the format's columns and parsed into a [`Map`] while a side table keeps
//! where every row came from (`build`); the map then goes through
//! [`crate::model::validate`], the rules the editor shares, and each problem is located at its
//! file, line and column. Every error is reported at once; warnings never block.
//!
//! Decisions where the spec leaves room:
//! - A file with only a header line is a warning ("bevat geen rijen"); an empty required file
//!   is an error, an empty optional one a warning.
//! - Cells are limited to 100,000 characters for free text and 1,000 for ids, values and
//!   numbers ("veld te lang"), so hostile input cannot make suggestions or validation slow.
//! - Negative numbers (`frequentie`, `duur_uren`, `uren_per_maand`) are errors; `inf`, `NaN`
//!   and exponents are not numbers; `1.000,5` (thousands separator) is refused, not guessed.
//! - A tab delimiter is accepted when the header has neither `,` nor `;` (Excel's "Unicode
//!   text", which is UTF-16 with a BOM, also decodes).
//! - CSV files and sheets the format does not name are skipped with a warning (with the
//!   nearest list name when close); hidden files (`._x.csv`, `~$x.csv`) are ignored.
//! - When a list is missing or unreadable, references into it are not reported again as
//!   dangling ids: one clear error instead of hundreds.
//! - Rule problems in a `.netwerkkaart` project file are warnings: the app saved it, perhaps
//!   mid-edit, and refusing to open it would lose work.

mod build;
mod dedupe;
mod diagnostic;
mod nfc;
mod ods;
mod partner;
pub(crate) mod schema;
mod source;

pub use build::{MAX_TEXT_CHARS, MAX_VALUE_CHARS, convert_problem, parse_number};
pub use dedupe::{NearDuplicate, near_duplicates, normalise as normalise_name};
pub use diagnostic::{
    ColumnRef, Diagnostic, DiagnosticKind, FileNature, Severity, column_letter, dutch_count,
};
pub use nfc::nfc;
pub use partner::slug;
pub use partner::{PartnerLoad, load_partner};
pub use source::{
    MAX_FILE_BYTES, MAX_UNPACKED_BYTES, check_regular, format_number, read_capped as read_file,
};

use crate::i18n::Lang;
use crate::i18n::import as t;
use crate::model::{Map, validate};
use build::Builder;
use schema::{FileKind, alias_list};
use source::{RawTable, ReadFailure, Workbook};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A map that imported, with the warnings to show.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub map: Map,
    pub warnings: Vec<Diagnostic>,
}

/// An import that failed: every error, and the warnings found along the way.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", summary(.errors, .warnings, Lang::Nl))]
pub struct ImportFailure {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// How many diagnostics a list stands for: a [`DiagnosticKind::More`] counts for the ones it
/// summarises.
pub fn count_diagnostics(list: &[Diagnostic]) -> usize {
    list.iter()
        .map(|d| match d.kind {
            DiagnosticKind::More { count } => count,
            _ => 1,
        })
        .sum()
}

/// "De kaart is niet ingelezen: 3 fouten en 1 waarschuwing."
fn summary(errors: &[Diagnostic], warnings: &[Diagnostic], lang: Lang) -> String {
    let (errors, warnings) = (count_diagnostics(errors), count_diagnostics(warnings));
    let e = if errors == 1 {
        t::ERRORS_ONE.fill_in(lang, &[])
    } else {
        t::ERRORS_MANY.fill_in(lang, &[("n", &errors)])
    };
    let w = if warnings == 1 {
        t::WARNINGS_ONE.fill_in(lang, &[])
    } else {
        t::WARNINGS_MANY.fill_in(lang, &[("n", &warnings)])
    };
    t::SUMMARY.fill_in(lang, &[("errors", &e), ("warnings", &w)])
}

impl ImportFailure {
    /// "De kaart is niet ingelezen: …" in `lang` (the `Display` is Dutch).
    pub fn render(&self, lang: Lang) -> String {
        summary(&self.errors, &self.warnings, lang)
    }

    /// A failure with one error about a whole file.
    fn single(file: String, kind: DiagnosticKind) -> Self {
        ImportFailure {
            errors: vec![Diagnostic {
                severity: Severity::Error,
                file,
                sheet: None,
                line: None,
                column: None,
                kind,
                suggestion: None,
            }],
            warnings: Vec::new(),
        }
    }
}

/// The name a user knows a path by: its last component.
fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// The path as given, in full, for "not found": its last part alone does not tell the user
/// which folder was searched.
fn full_name(path: &Path) -> String {
    if path.as_os_str().is_empty() {
        "\"\"".to_string()
    } else {
        path.display().to_string()
    }
}

/// Loads a map from a folder of CSV files, an `.xlsx`/`.ods` workbook or a `.netwerkkaart`
/// project file.
pub fn load_map(path: &Path) -> Result<Loaded, ImportFailure> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            // A dangling link or a ring of links exists but cannot be followed: say so.
            let kind = if std::fs::symlink_metadata(path).is_ok() {
                DiagnosticKind::Unreadable {
                    reason: e.to_string(),
                }
            } else {
                DiagnosticKind::PathNotFound
            };
            return Err(ImportFailure::single(full_name(path), kind));
        }
    };
    if meta.is_dir() {
        return load_csv_folder(path);
    }
    if let Err(kind) = check_regular(path) {
        return Err(ImportFailure::single(display_name(path), kind));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if WORKBOOK_EXTENSIONS.contains(&ext.as_str()) {
        return load_workbook(path);
    }
    if ext == "netwerkkaart" {
        return load_project(path);
    }
    if ext == "csv" {
        let dir = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        return Err(ImportFailure::single(
            display_name(path),
            DiagnosticKind::SingleCsv { dir },
        ));
    }
    // Unknown extension: decide by content, the way a renamed file is still what it is.
    let mut head = [0u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let head = &head[..n];
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"\xD0\xCF\x11\xE0") {
        load_workbook(path)
    } else if head.trim_ascii_start().starts_with(b"{") {
        load_project(path)
    } else if head.starts_with(b"\xEF\xBB\xBF")
        || head.starts_with(b"\xFF\xFE")
        || head.starts_with(b"\xFE\xFF")
    {
        // A BOM: text, most likely a project file saved by an editor.
        load_project(path)
    } else {
        Err(ImportFailure::single(
            display_name(path),
            DiagnosticKind::PathUnsupported,
        ))
    }
}

/// Whether a sheet is the "Uitleg" sheet of a template, in either language.
fn is_explanation(name: &str) -> bool {
    let e = &crate::i18n::export::UITLEG_TITLE;
    let f = crate::model::fold(name);
    f == crate::model::fold(e.nl) || f == crate::model::fold(e.en)
}

/// How a list is named to the user: `partijen.csv` in a folder, `partijen` in a workbook.
fn list_label(name: &str, sheet: bool) -> String {
    if sheet {
        name.to_string()
    } else {
        format!("{name}.csv")
    }
}

/// Maps found sources (by file stem or sheet name) to the lists of the format; reports
/// unknown and doubled names. `file_of` gives the file and sheet a name is shown as.
fn assign<T>(
    builder: &mut Builder,
    found: Vec<(String, T)>,
    file_of: impl Fn(&str) -> (String, Option<String>),
    sheet: bool,
) -> HashMap<FileKind, (String, T)> {
    let shown = |name: &str| {
        let (file, sheet_name) = file_of(name);
        sheet_name.unwrap_or(file)
    };
    let mut out: HashMap<FileKind, (String, T)> = HashMap::new();
    for (name, item) in found {
        let (file, sheet_name) = file_of(&name);
        match FileKind::from_name(&name) {
            Some(kind) => {
                if let Some((first, _)) = out.get(&kind) {
                    builder.file_diag(
                        Severity::Error,
                        file,
                        sheet_name,
                        DiagnosticKind::DuplicateFile {
                            name: list_label(kind.name(), sheet),
                            first: shown(first),
                            second: shown(&name),
                        },
                        None,
                    );
                    builder.mark_broken(kind);
                } else {
                    out.insert(kind, (name, item));
                }
            }
            // The explanation sheet of our own templates is not a list, and no surprise.
            None if sheet && is_explanation(&name) => {}
            None => {
                let suggestion = crate::model::suggest(&name, FileKind::all_names())
                    .map(|s| list_label(s, sheet));
                builder.file_diag(
                    Severity::Warning,
                    file,
                    sheet_name,
                    DiagnosticKind::UnknownFile { sheet },
                    suggestion,
                );
            }
        }
    }
    out
}

/// Reports required lists that are absent. `unassigned` holds the names (stem or sheet) that
/// matched no list, with how they are shown; a close one becomes the suggestion.
fn report_missing<T>(
    builder: &mut Builder,
    assigned: &HashMap<FileKind, (String, T)>,
    unassigned: &[(String, String)],
    file_for_missing: impl Fn(FileKind) -> String,
    sheet: bool,
) {
    for kind in FileKind::ALL {
        if assigned.contains_key(&kind) || !kind.required() {
            continue;
        }
        let mut names = vec![kind.name()];
        names.extend(kind.aliases());
        let suggestion = unassigned
            .iter()
            .find(|(name, _)| crate::model::suggest(name, names.iter().copied()).is_some())
            .map(|(_, shown)| shown.clone());
        let aliases: Vec<String> = kind
            .aliases()
            .iter()
            .map(|a| list_label(a, sheet))
            .collect();
        let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
        builder.file_diag(
            Severity::Error,
            file_for_missing(kind),
            None,
            DiagnosticKind::MissingFile {
                name: list_label(kind.name(), sheet),
                aliases: alias_list(&aliases),
                sheet,
            },
            suggestion,
        );
        builder.mark_broken(kind);
    }
}

/// Turns a read outcome into a raw table or a diagnostic.
fn accept(
    builder: &mut Builder,
    tables: &mut HashMap<FileKind, RawTable>,
    kind: FileKind,
    file: String,
    sheet: Option<String>,
    read: Result<Option<RawTable>, ReadFailure>,
) {
    match read {
        Ok(Some(table)) => {
            tables.insert(kind, table);
        }
        Ok(None) => {
            let severity = if kind.required() {
                Severity::Error
            } else {
                Severity::Warning
            };
            builder.file_diag(
                severity,
                file,
                sheet,
                DiagnosticKind::EmptyFile {
                    required: kind.required(),
                },
                None,
            );
            // An empty optional file is a list without rows: references into it must still
            // be reported, or a map with dangling ids would pass.
            if kind.required() {
                builder.mark_broken(kind);
            }
        }
        Err(failure) => {
            builder.file_diag(Severity::Error, file, sheet, failure.kind, None);
            builder.mark_broken(kind);
        }
    }
}

/// A step between reading the raw lists and building the map from them (the intake fills in
/// the ids that partners leave out).
pub(crate) type Prepare<'a> = &'a mut dyn FnMut(&mut HashMap<FileKind, RawTable>);

/// Loads a map from a folder of CSV files (`partijen.csv`, `tafels.csv`, …).
pub fn load_csv_folder(dir: &Path) -> Result<Loaded, ImportFailure> {
    load_csv_folder_with(dir, &mut |_| {})
}

/// [`load_csv_folder`] with a step on the raw lists before they are built.
pub(crate) fn load_csv_folder_with(dir: &Path, prepare: Prepare) -> Result<Loaded, ImportFailure> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let kind = if dir.exists() {
                DiagnosticKind::Unreadable {
                    reason: e.to_string(),
                }
            } else {
                DiagnosticKind::PathNotFound
            };
            return Err(ImportFailure::single(full_name(dir), kind));
        }
    };
    let mut csvs: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            // Hidden files and office lock files (`._partijen.csv` from a Mac, `~$…`) are
            // system clutter, not the user's lists.
            let hidden = p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(['.', '~']));
            // Not only regular files: a pipe or a ring of links named `partijen.csv` must be
            // reported for what it is when read, not as missing.
            !hidden
                && p.extension()
                    .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("csv"))
        })
        .map(|p| (stem(&p), p))
        .collect();
    // Directory order differs between systems; diagnostics must not.
    csvs.sort_by(|a, b| a.1.cmp(&b.1));
    let file_names: HashMap<String, String> = csvs
        .iter()
        .map(|(s, p)| (s.clone(), display_name(p)))
        .collect();

    let mut builder = Builder::new(display_name(dir));
    let unassigned: Vec<(String, String)> = csvs
        .iter()
        .filter(|(s, _)| FileKind::from_name(s).is_none())
        .map(|(s, p)| (s.clone(), display_name(p)))
        .collect();
    let assigned = assign(
        &mut builder,
        csvs,
        |stem| {
            (
                file_names
                    .get(stem)
                    .cloned()
                    .unwrap_or_else(|| format!("{stem}.csv")),
                None,
            )
        },
        false,
    );
    report_missing(
        &mut builder,
        &assigned,
        &unassigned,
        |k| format!("{}.csv", k.name()),
        false,
    );

    let mut tables = HashMap::new();
    let mut kinds: Vec<_> = assigned.into_iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    for (kind, (_, path)) in kinds {
        let file = display_name(&path);
        let origin = source::Origin {
            file: file.clone(),
            sheet: None,
        };
        let read = source::read_csv(&path, origin);
        accept(&mut builder, &mut tables, kind, file, None, read);
    }
    prepare(&mut tables);
    builder.build(tables)
}

/// Loads a map from an `.xlsx` or `.ods` workbook whose sheets carry the file names.
pub fn load_workbook(path: &Path) -> Result<Loaded, ImportFailure> {
    load_workbook_with(path, &mut |_| {})
}

/// [`load_workbook`] with a step on the raw lists before they are built.
pub(crate) fn load_workbook_with(path: &Path, prepare: Prepare) -> Result<Loaded, ImportFailure> {
    let file = display_name(path);
    if !path.exists() {
        return Err(ImportFailure::single(
            full_name(path),
            DiagnosticKind::PathNotFound,
        ));
    }
    let mut workbook = match Workbook::open(path, file.clone()) {
        Ok(w) => w,
        Err(f) => return Err(ImportFailure::single(file, f.kind)),
    };
    let mut builder = Builder::new(stem(path));
    let sheets: Vec<(String, ())> = workbook
        .sheet_names()
        .into_iter()
        .map(|s| (s, ()))
        .collect();
    let unassigned: Vec<(String, String)> = sheets
        .iter()
        .filter(|(s, _)| FileKind::from_name(s).is_none())
        .map(|(s, _)| (s.clone(), s.clone()))
        .collect();
    let assigned = assign(
        &mut builder,
        sheets,
        |s| (file.clone(), Some(s.to_string())),
        true,
    );
    report_missing(&mut builder, &assigned, &unassigned, |_| file.clone(), true);

    let mut tables = HashMap::new();
    let mut kinds: Vec<_> = assigned.into_iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    for (kind, (sheet, ())) in kinds {
        let read = workbook.read(&sheet);
        accept(
            &mut builder,
            &mut tables,
            kind,
            file.clone(),
            Some(sheet),
            read,
        );
    }
    prepare(&mut tables);
    builder.build(tables)
}

/// Loads a project file. Its map was saved by the application, possibly mid-edit, so the
/// rules of the format are reported as warnings: refusing to open it would lose work.
fn load_project(path: &Path) -> Result<Loaded, ImportFailure> {
    let file = display_name(path);
    let (map, unknown) = crate::project::load_checked(path).map_err(|e| {
        ImportFailure::single(
            file.clone(),
            DiagnosticKind::Project {
                reason: e.to_string(),
            },
        )
    })?;
    let mut warnings = Vec::new();
    let builder_free = |kind: DiagnosticKind, suggestion: Option<String>| Diagnostic {
        severity: Severity::Warning,
        file: file.clone(),
        sheet: None,
        line: None,
        column: None,
        kind,
        suggestion,
    };
    if !unknown.is_empty() {
        warnings.push(builder_free(
            DiagnosticKind::UnknownProjectFields {
                fields: unknown.join(", "),
            },
            None,
        ));
    }
    for p in validate(&map) {
        let (kind, suggestion) = build::convert_problem(&p, |_| (file.clone(), None, None));
        warnings.push(builder_free(kind, suggestion));
    }
    for dup in near_duplicates(&map) {
        let names = dup.labels();
        warnings.push(builder_free(
            DiagnosticKind::NearDuplicate {
                keep: dup.keep,
                names,
            },
            None,
        ));
    }
    Ok(Loaded { map, warnings })
}
