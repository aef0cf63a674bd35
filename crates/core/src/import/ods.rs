//! The OpenDocument spreadsheet (`.ods`) reader: `content.xml` streamed cell by cell into
//! sparse sheets, like the `.xlsx` path. A general reader lays every sheet out as a full grid,
//! so one stray value in the last row of column XFD costs gigabytes; here a cell costs memory
//! only when it holds something, and the repeat counts LibreOffice writes for empty runs
//! (`number-rows-repeated="1048000"`) only move the position.

use super::diagnostic::DiagnosticKind;
use super::source::SparseSheet;
use calamine::Data;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use std::io::BufReader;

/// Cells a repeated *filled* cell may stand for in one file. Real files repeat a filled cell
/// a handful of times (identical rows run together); a crafted one can ask for billions.
pub const MAX_REPEATED_CELLS: u64 = 2_000_000;

/// Why the sheets could not be read.
pub enum OdsError {
    /// Not a readable OpenDocument file (the reason as the XML or zip reader gives it).
    Broken(String),
    /// A filled cell repeated past [`MAX_REPEATED_CELLS`].
    TooManyRepeats,
}

impl From<OdsError> for DiagnosticKind {
    fn from(e: OdsError) -> Self {
        match e {
            OdsError::Broken(reason) => DiagnosticKind::NotWorkbook { reason },
            OdsError::TooManyRepeats => DiagnosticKind::RepeatedCells {
                max: MAX_REPEATED_CELLS as usize,
            },
        }
    }
}

fn broken(e: impl std::fmt::Display) -> OdsError {
    OdsError::Broken(e.to_string())
}

/// The sheets of an `.ods` file in order, each with its name.
pub fn read_sheets(bytes: &[u8]) -> Result<Vec<(String, SparseSheet)>, OdsError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(broken)?;
    let content = zip.by_name("content.xml").map_err(broken)?;
    parse(BufReader::new(content))
}

/// A number attribute (`0` when absent or unreadable, so a broken count never loops).
fn count(e: &BytesStart<'_>, name: &str) -> Result<u64, OdsError> {
    match e.try_get_attribute(name).map_err(broken)? {
        Some(a) => Ok(a.value.trim().parse().unwrap_or(1).max(1)),
        None => Ok(1),
    }
}

fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, OdsError> {
    match e.try_get_attribute(name).map_err(broken)? {
        Some(a) => Ok(Some(
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(broken)?
                .into_owned(),
        )),
        None => Ok(None),
    }
}

/// What a cell's attributes say: its value (if the attributes carry it), whether it is a
/// string whose text is the content, and whether it has a formula.
struct CellHead {
    value: Option<Data>,
    text_is_value: bool,
    formula: bool,
}

fn cell_head(e: &BytesStart<'_>) -> Result<CellHead, OdsError> {
    let kind = attr(e, "office:value-type")?;
    let formula = attr(e, "table:formula")?.is_some();
    let value = match kind.as_deref() {
        Some("float" | "percentage" | "currency") => attr(e, "office:value")?
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map(Data::Float),
        Some("date") => attr(e, "office:date-value")?.map(Data::DateTimeIso),
        Some("time") => attr(e, "office:time-value")?.map(Data::DurationIso),
        Some("boolean") => attr(e, "office:boolean-value")?.map(|v| Data::Bool(v == "true")),
        Some("string") => attr(e, "office:string-value")?.map(Data::String),
        _ => None,
    };
    Ok(CellHead {
        text_is_value: value.is_none() && matches!(kind.as_deref(), Some("string") | None),
        value,
        formula,
    })
}

/// The text of a cell's paragraphs, read up to the cell's end: paragraphs on lines of their
/// own, `text:s` as its count of spaces, annotations (comments) left out.
fn cell_text<R: std::io::BufRead>(
    reader: &mut quick_xml::Reader<R>,
    buf: &mut Vec<u8>,
) -> Result<String, OdsError> {
    let mut s = String::new();
    let mut paragraphs = 0;
    let mut in_note = 0usize;
    loop {
        buf.clear();
        match reader.read_event_into(buf).map_err(broken)? {
            Event::End(e) if is_cell(e.name()) => return Ok(s),
            Event::Start(e) if e.name() == QName("office:annotation") => in_note += 1,
            Event::End(e) if e.name() == QName("office:annotation") => {
                in_note = in_note.saturating_sub(1);
            }
            _ if in_note > 0 => {}
            Event::Start(e) if e.name() == QName("text:p") => {
                if paragraphs > 0 {
                    s.push('\n');
                }
                paragraphs += 1;
            }
            Event::Empty(e) if e.name() == QName("text:p") => paragraphs += 1,
            Event::Start(e) | Event::Empty(e) if e.name() == QName("text:s") => {
                // A space run is short in any real file; the cap keeps a crafted one cheap.
                let n = count(&e, "text:c")?.min(1000) as usize;
                s.extend(std::iter::repeat_n(' ', n));
            }
            Event::Start(e) | Event::Empty(e) if e.name() == QName("text:tab") => s.push('\t'),
            Event::Start(e) | Event::Empty(e) if e.name() == QName("text:line-break") => {
                s.push('\n');
            }
            Event::Text(t) => s.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().map_err(broken)? {
                    s.push(c);
                } else {
                    s.push_str(match &*r {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => return Err(broken("content.xml ends inside a cell")),
            _ => {}
        }
    }
}

fn is_cell(name: QName<'_>) -> bool {
    name == QName("table:table-cell") || name == QName("table:covered-table-cell")
}

/// Where the parser is: the sheet being read, its current row and column, and what filled
/// repeats have cost so far.
#[derive(Default)]
struct At {
    sheets: Vec<(String, SparseSheet)>,
    row: u64,
    col: u64,
    row_repeat: u64,
    repeated: u64,
}

impl At {
    /// Puts a cell that stands for `cols` columns (and the current row's repeats).
    fn put(
        &mut self,
        cols: u64,
        text: String,
        formula_without_value: bool,
    ) -> Result<(), OdsError> {
        let Some((_, sheet)) = self.sheets.last_mut() else {
            return Ok(());
        };
        let empty = text.is_empty() && !formula_without_value;
        if !empty {
            let cells = cols.saturating_mul(self.row_repeat);
            self.repeated = self.repeated.saturating_add(cells - 1);
            if self.repeated > MAX_REPEATED_CELLS {
                return Err(OdsError::TooManyRepeats);
            }
            for r in 0..self.row_repeat {
                for c in 0..cols {
                    let (row, col) = (self.row + r, self.col + c);
                    let (Ok(row), Ok(col)) = (u32::try_from(row), u32::try_from(col)) else {
                        continue;
                    };
                    if formula_without_value {
                        sheet
                            .notes
                            .push((row, col, DiagnosticKind::FormulaWithoutValue));
                    } else {
                        sheet.put((row, col), text.clone());
                    }
                }
            }
        }
        self.col = self.col.saturating_add(cols);
        Ok(())
    }
}

fn parse<R: std::io::BufRead>(input: R) -> Result<Vec<(String, SparseSheet)>, OdsError> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    let mut inner = Vec::new();
    let mut at = At::default();
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(broken)?;
        let (e, open) = match event {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) if e.name() == QName("table:table-row") => {
                at.row = at.row.saturating_add(at.row_repeat);
                continue;
            }
            Event::Eof => return Ok(at.sheets),
            _ => continue,
        };
        let e = e.into_owned();
        match e.name() {
            QName("table:table") if open => {
                let name = attr(&e, "table:name")?.unwrap_or_default();
                at.sheets.push((name, SparseSheet::default()));
                at.row = 0;
            }
            QName("table:table-row") => {
                at.row_repeat = count(&e, "table:number-rows-repeated")?;
                at.col = 0;
                if !open {
                    at.row = at.row.saturating_add(at.row_repeat);
                }
            }
            name if is_cell(name) => {
                let cols = count(&e, "table:number-columns-repeated")?;
                let head = cell_head(&e)?;
                let content = if open {
                    cell_text(&mut reader, &mut inner)?
                } else {
                    String::new()
                };
                let value = match head.value {
                    Some(v) => super::source::cell_text(&v),
                    None if head.text_is_value => content.trim().to_string(),
                    None => String::new(),
                };
                let formula_without_value = value.is_empty() && head.formula;
                at.put(cols, value, formula_without_value)?;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>
<table:table table:name="partijen">{rows}</table:table>
<table:table table:name="leeg"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"#
        )
    }

    fn cells(s: &SparseSheet) -> Vec<(u32, u32, String)> {
        s.rows
            .iter()
            .flat_map(|(r, cs)| cs.iter().map(move |(c, t)| (*r, *c, t.clone())))
            .collect()
    }

    #[test]
    fn cells_repeats_and_text_are_read_sparsely() {
        let xml = sheet(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>A &amp; B</text:p><text:p>regel<text:s text:c="2"/>2</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="float" office:value="12"><text:p>12</text:p><office:annotation><text:p>noot</text:p></office:annotation></table:table-cell>
<table:table-cell table:formula="of:=1+1"/><table:table-cell office:value-type="date" office:date-value="2026-03-01"/></table:table-row>"#,
        );
        let sheets = parse(xml.as_bytes()).ok().expect("reads");
        assert_eq!(sheets.len(), 2);
        assert_eq!(sheets[0].0, "partijen");
        assert_eq!(
            cells(&sheets[0].1),
            [
                (0, 0, "id".to_string()),
                (0, 1, "A & B\nregel  2".to_string()),
                (0, 2, "A & B\nregel  2".to_string()),
                (1_000_001, 16_000, "12".to_string()),
                (1_000_001, 16_002, "01-03-2026".to_string()),
            ]
        );
        assert_eq!(sheets[0].1.notes.len(), 1, "the formula without a value");
        assert_eq!(
            (sheets[0].1.notes[0].0, sheets[0].1.notes[0].1),
            (1_000_001, 16_001)
        );
        assert!(
            sheets[1].1.rows.is_empty(),
            "a whole empty sheet costs nothing"
        );
    }

    #[test]
    fn a_filled_cell_repeated_past_the_limit_is_refused() {
        let xml = sheet(
            r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        );
        assert!(matches!(
            parse(xml.as_bytes()),
            Err(OdsError::TooManyRepeats)
        ));
        // A few identical rows run together, as LibreOffice writes them, are fine.
        let xml = sheet(
            r#"<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        );
        let sheets = parse(xml.as_bytes()).ok().expect("reads");
        assert_eq!(cells(&sheets[0].1).len(), 3);
    }
}
