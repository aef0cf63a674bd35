//! The errors of the data writers, with their Dutch (or English) text from
//! [`crate::i18n::export`].

use crate::i18n::export as t;
use std::path::PathBuf;

/// Why a map could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A file or folder could not be created or written.
    #[error("{}", t::IO.fill(&[("path", &.path.display()), ("error", &.source)]))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The xlsx writer refused the workbook.
    #[error("{}", t::XLSX.fill(&[("path", &.path.display()), ("error", &.source)]))]
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
    /// A character that Windows-1252 cannot encode; `line` is 1-based with the header as line 1.
    #[error("{}", t::NOT_IN_WINDOWS_1252.fill(&[
        ("file", file), ("line", line), ("column", column), ("ch", ch),
        ("code", &format!("U+{:04X}", u32::from(*ch))),
    ]))]
    NotInWindows1252 {
        file: String,
        line: usize,
        column: String,
        ch: char,
    },
    /// A free attribute carries the name of a column of the format (or one of its aliases), so
    /// a re-import would read it as that column.
    #[error("{}", t::RESERVED_ATTRIBUTE.fill(&[("file", file), ("column", column)]))]
    ReservedAttribute { file: String, column: String },
    /// A text longer than an Excel cell holds (32,767 characters).
    #[error("{}", t::CELL_TOO_LONG.fill(&[("file", file), ("line", line), ("column", column)]))]
    CellTooLong {
        file: String,
        line: usize,
        column: String,
    },
    /// A picture could not be drawn (an SVG the renderer refuses, a size out of range).
    #[error("{}", crate::i18n::report::PICTURE_FAILED.fill(&[("error", reason)]))]
    Picture { reason: String },
    /// The file name asks for a format there is no writer for.
    #[error("{}", t::UNKNOWN_FORMAT.fill(&[("ext", ext)]))]
    UnknownFormat { ext: String },
    /// Writing the file itself failed (the atomic write of a project, picture or report).
    #[error("{}", t::PROJECT_WRITE.fill(&[("path", &path.display()), ("reason", reason)]))]
    Project { path: PathBuf, reason: String },
}

impl ExportError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ExportError::Io {
            path: path.into(),
            source,
        }
    }
}
