//! The errors of the data writers, with their Dutch (or English) text from
//! [`crate::i18n::export`].

use crate::i18n::Lang;
use crate::i18n::export as t;
use std::path::PathBuf;

/// Why a map could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file or folder could not be created or written.
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The xlsx writer refused the workbook.
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
    /// A character that Windows-1252 cannot encode; `line` is 1-based with the header as line 1.
    NotInWindows1252 {
        file: String,
        line: usize,
        column: String,
        ch: char,
    },
    /// A free attribute carries the name of a column of the format (or one of its aliases), so
    /// a re-import would read it as that column.
    ReservedAttribute { file: String, column: String },
    /// A text longer than an Excel cell holds (32,767 characters).
    CellTooLong {
        file: String,
        line: usize,
        column: String,
    },
    /// A picture could not be drawn (an SVG the renderer refuses, a size out of range).
    Picture { reason: String },
    /// The file name asks for a format there is no writer for.
    UnknownFormat { ext: String },
    /// Writing the file itself failed (the atomic write of a project, picture or report).
    Project { path: PathBuf, reason: String },
    /// The PowerPoint package could not be put together.
    Presentation { reason: String },
    /// A PDF was asked for: it is made by printing the HTML report from a browser.
    PdfViaBrowser { html: PathBuf },
}

impl ExportError {
    /// The message in `lang` (the `Display` is Dutch).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ExportError::Io { path, source } => {
                t::IO.fill_in(lang, &[("path", &path.display()), ("error", &source)])
            }
            ExportError::Xlsx { path, source } => {
                t::XLSX.fill_in(lang, &[("path", &path.display()), ("error", &source)])
            }
            ExportError::NotInWindows1252 {
                file,
                line,
                column,
                ch,
            } => t::NOT_IN_WINDOWS_1252.fill_in(
                lang,
                &[
                    ("file", file),
                    ("line", line),
                    ("column", column),
                    ("ch", ch),
                    ("code", &format!("U+{:04X}", u32::from(*ch))),
                ],
            ),
            ExportError::ReservedAttribute { file, column } => {
                t::RESERVED_ATTRIBUTE.fill_in(lang, &[("file", file), ("column", column)])
            }
            ExportError::CellTooLong { file, line, column } => t::CELL_TOO_LONG
                .fill_in(lang, &[("file", file), ("line", line), ("column", column)]),
            ExportError::Picture { reason } => {
                crate::i18n::report::PICTURE_FAILED.fill_in(lang, &[("error", reason)])
            }
            ExportError::UnknownFormat { ext } => t::UNKNOWN_FORMAT.fill_in(lang, &[("ext", ext)]),
            ExportError::Project { path, reason } => {
                t::PROJECT_WRITE.fill_in(lang, &[("path", &path.display()), ("reason", reason)])
            }
            ExportError::Presentation { reason } => {
                crate::i18n::deck::PPTX_FAILED.fill_in(lang, &[("error", reason)])
            }
            ExportError::PdfViaBrowser { html } => {
                crate::i18n::deck::PDF_VIA_BROWSER.fill_in(lang, &[("html", &html.display())])
            }
        }
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::Nl))
    }
}

impl ExportError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ExportError::Io {
            path: path.into(),
            source,
        }
    }
}
