//! Output of maps as data files: the CSV folder and the Excel workbook of
//! `spec/data-format.md`, and the empty templates partners fill in.
//!
//! Every writer goes through one tabular form (`sheets.rs`), so the CSV folder, the workbook and
//! the templates always carry the same columns in the same order: the canonical Dutch headers,
//! then the free attributes of the rows (never dropped). Later exports (pictures, reports) live
//! beside these as their own files.
//!
//! Two choices worth knowing:
//! - A cell that Windows-1252 cannot hold (`Ş`, `ł`, emoji) is an error naming the file, line
//!   and column, not a silent `?` and not a silent switch to UTF-8: the user chose an encoding
//!   for a reason (often an older system that reads only that). The message tells them to pick
//!   UTF-8 with BOM, which Excel opens as well.
//! - CSV has no way to mark a cell as text, so a name such as `=HYPERLINK(…)` or `+31 6 …` in a
//!   CSV is written as it is (changing it would change the data on re-import). The workbook is
//!   the safe route into Excel: there every text is a string cell, never a formula.

pub mod board_picture;
mod csv_folder;
pub mod diagrams;
mod error;
mod file;
mod findings_workbook;
mod gexf;
mod graphml;
pub mod network;
mod png;
pub mod pptx;
pub mod report;
pub mod report_progress;
pub mod report_sources;
mod sheets;
mod templates;
mod workbook;
mod xml;

pub use csv_folder::{CsvOptions, Encoding, FORMULA_STARTS, guard_formula, write_csv_folder};
pub use diagrams::{
    DiagramOptions, matrix_svg, triangle_svg, triangle_svg_pages, triangle_svg_scopes,
    triangle_werkgebieden,
};
pub use error::ExportError;
pub use file::{Output, Picture, picture_svg, report_pictures, write_output};
pub use findings_workbook::write_findings_workbook;
pub use gexf::write_gexf;
pub use graphml::{GraphLayout, GraphOptions, write_graphml};
pub use network::{NetworkOptions, network_svg, network_svg_filtered};
pub use png::{FONT_FAMILY, FONT_STACK, MAX_WIDTH_PX, dpi_for_width, rgba_to_png, svg_to_png};
pub use pptx::write_pptx;
pub use report::{
    ReportOptions, anonymised, source_files, today_iso, today_text, write_html, write_report,
};
pub use templates::{template_map, write_templates, write_templates_for};
pub use workbook::write_workbook;
pub use xml::xml_escape;
