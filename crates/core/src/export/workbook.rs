//! The map as one Excel workbook, one sheet per file of the format.
//!
//! Texts are written only with `write_string`, which stores a shared string and never a
//! formula, so a name such as `=HYPERLINK(…)`, `+31 6 …`, `-kwetsbaar` or `@home` stays text
//! when Excel opens the file (the formula-injection concern of CSV does not arise here).

use super::ExportError;
use super::sheets::{Cell, Sheet, sheets};
use crate::model::Map;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use std::path::Path;

/// Excel's limit on the characters in one cell.
const MAX_CELL_CHARS: usize = 32_767;

/// Writes the map to `path` as an `.xlsx` workbook with the sheets partijen, tafels, deelnames,
/// and personen / relaties when the map has any (the same files as [`super::write_csv_folder`]).
/// Each sheet has a bold, frozen header with a filter, columns sized to their contents, and
/// numbers stored as numbers.
pub fn write_workbook(map: &Map, path: &Path) -> Result<(), ExportError> {
    let mut wb = Workbook::new();
    for sheet in sheets(map)? {
        add_sheet(&mut wb, &sheet, path)?;
    }
    save(&mut wb, path)
}

/// Adds one data sheet to a workbook.
pub(crate) fn add_sheet(wb: &mut Workbook, sheet: &Sheet, path: &Path) -> Result<(), ExportError> {
    let file = format!("{}.csv", sheet.name);
    for (i, row) in sheet.rows.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            if let Cell::Text(s) = cell
                && s.chars().count() > MAX_CELL_CHARS
            {
                return Err(ExportError::CellTooLong {
                    file,
                    line: i + 2,
                    column: sheet.headers.get(j).cloned().unwrap_or_default(),
                });
            }
        }
    }
    let xlsx = |source: XlsxError| ExportError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let ws = wb.add_worksheet();
    ws.set_name(sheet.name).map_err(xlsx)?;
    write_header(ws, &sheet.headers).map_err(xlsx)?;
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = excel_row(i + 1);
        for (j, cell) in row.iter().enumerate() {
            let c = excel_col(j);
            match cell {
                Cell::Number(v) => {
                    ws.write_number(r, c, *v).map_err(xlsx)?;
                }
                Cell::Text(s) if s.is_empty() => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s).map_err(xlsx)?;
                }
            }
        }
    }
    if !sheet.headers.is_empty() {
        ws.autofilter(
            0,
            0,
            excel_row(sheet.rows.len()),
            excel_col(sheet.headers.len() - 1),
        )
        .map_err(xlsx)?;
    }
    let widths = sheet.headers.iter().enumerate().map(|(j, h)| {
        let longest = sheet
            .rows
            .iter()
            .filter_map(|r| r.get(j))
            .map(|c| match c {
                Cell::Text(s) => s.chars().count(),
                Cell::Number(v) => v.to_string().len(),
            })
            .max()
            .unwrap_or(0);
        // Room for the filter button beside the header; long free texts wrap at a readable width.
        (longest.max(h.chars().count() + 3) as f64 + 1.0).clamp(8.0, 60.0)
    });
    for (j, w) in widths.enumerate() {
        ws.set_column_width(excel_col(j), w).map_err(xlsx)?;
    }
    Ok(())
}

/// A bold header row in row 0, frozen so it stays in view while scrolling.
fn write_header(ws: &mut Worksheet, headers: &[String]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    for (j, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, excel_col(j), h, &bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Saves the workbook atomically (built in memory, then [`crate::project::write_atomic_io`]),
/// so a full disk leaves the old workbook whole; maps the writer's error to ours.
pub(crate) fn save(wb: &mut Workbook, path: &Path) -> Result<(), ExportError> {
    let bytes = wb.save_to_buffer().map_err(|source| match source {
        XlsxError::IoError(e) => ExportError::io(path, e),
        source => ExportError::Xlsx {
            path: path.to_path_buf(),
            source,
        },
    })?;
    crate::project::write_atomic_io(path, &bytes).map_err(|e| ExportError::io(path, e))
}

/// A row index in Excel's type; maps larger than Excel's 1,048,576 rows are refused by the
/// writer itself, so saturating here only turns an overflow into that same clear error.
pub(crate) fn excel_row(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// A column index in Excel's type (saturating, see [`excel_row`]).
pub(crate) fn excel_col(j: usize) -> u16 {
    u16::try_from(j).unwrap_or(u16::MAX)
}
