//! Reading sources into raw tables: a CSV file (encoding and delimiter detected) or a sheet
//! of a workbook becomes a header and rows of trimmed text cells, each row with the line the
//! user sees. Nothing here knows what the columns mean.

use super::diagnostic::DiagnosticKind;
use calamine::{Data, Reader};
use std::path::Path;

/// Largest file the importer reads; far above any real map, low enough not to exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Where a raw table comes from, as the user knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// File name (`partijen.csv`, `kaart.xlsx`).
    pub file: String,
    /// Sheet name for workbooks.
    pub sheet: Option<String>,
}

impl Origin {
    pub fn is_spreadsheet(&self) -> bool {
        self.sheet.is_some()
    }
}

/// One data row: its line (CSV: physical line where the record starts; workbook: row number)
/// and its cells, trimmed.
#[derive(Debug, Clone)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A table as read: header cells (trimmed) on `header_line`, then the non-empty rows.
#[derive(Debug, Clone)]
pub struct RawTable {
    pub origin: Origin,
    pub header_line: usize,
    pub header: Vec<String>,
    /// 1-based index of the first column (a spreadsheet range may start further right).
    pub first_column: usize,
    pub rows: Vec<RawRow>,
}

/// The rule every reader shares: blank rows are skipped, the first non-blank row is the header,
/// the rest are data rows.
fn push_row(
    header: &mut Option<(usize, Vec<String>)>,
    rows: &mut Vec<RawRow>,
    line: usize,
    cells: Vec<String>,
) {
    if cells.iter().all(String::is_empty) {
        return;
    }
    if header.is_none() {
        *header = Some((line, cells));
    } else {
        rows.push(RawRow { line, cells });
    }
}

/// A source that could not be read as a table; `line` when the problem has one.
#[derive(Debug, Clone)]
pub struct ReadFailure {
    pub kind: DiagnosticKind,
}

impl From<DiagnosticKind> for ReadFailure {
    fn from(kind: DiagnosticKind) -> Self {
        ReadFailure { kind }
    }
}

/// Reads a whole file, refusing absurd sizes before allocating.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(|e| DiagnosticKind::Unreadable {
        reason: e.to_string(),
    })?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(DiagnosticKind::TooLarge {
            size_mb: meta.len() / (1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        }
        .into());
    }
    std::fs::read(path).map_err(|e| {
        DiagnosticKind::Unreadable {
            reason: e.to_string(),
        }
        .into()
    })
}

/// What binary content looks like, by its magic bytes, for a helpful message.
fn sniff_binary(bytes: &[u8]) -> Option<String> {
    let kind = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        "zip"
    } else if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"GIF8")
    {
        "image"
    } else if bytes.starts_with(b"%PDF") {
        "pdf"
    } else {
        return None;
    };
    Some(kind.to_string())
}

/// Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise
/// Windows-1252 (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"). Refuses binary.
pub fn decode_text(bytes: &[u8]) -> Result<String, ReadFailure> {
    if let Some(looks_like) = sniff_binary(bytes) {
        return Err(DiagnosticKind::NotText {
            looks_like: Some(looks_like),
        }
        .into());
    }
    let text: String = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        cow.into_owned()
    } else if bytes.contains(&0) {
        // NUL never occurs in text without a UTF-16 BOM; it is binary.
        return Err(DiagnosticKind::NotText { looks_like: None }.into());
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let (cow, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                cow.into_owned()
            }
        }
    };
    // Random bytes decode to text with many control characters; real CSVs have next to none.
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || c == '\u{FFFD}' || c == '\0' {
            control += 1;
        }
    }
    if control >= 3 && control * 100 > total {
        return Err(DiagnosticKind::NotText { looks_like: None }.into());
    }
    Ok(text)
}

/// The delimiter of the header line: `;` or `,` (whichever occurs more outside quotes), tab
/// only when neither occurs. Defaults to `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let (mut commas, mut semis, mut tabs) = (0usize, 0usize, 0usize);
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            ',' if !in_quotes => commas += 1,
            ';' if !in_quotes => semis += 1,
            '\t' if !in_quotes => tabs += 1,
            _ => {}
        }
    }
    if semis > commas {
        b';'
    } else if commas > 0 {
        b','
    } else if tabs > 0 {
        b'\t'
    } else {
        b','
    }
}

/// Line breaks in `bytes[from..to]`: `\n`, `\r\n` and a lone `\r` (old Mac files) each count
/// once.
fn count_line_breaks(bytes: &[u8], from: usize, to: usize) -> usize {
    (from..to)
        .filter(|&i| match bytes[i] {
            b'\n' => true,
            b'\r' => bytes.get(i + 1) != Some(&b'\n'),
            _ => false,
        })
        .count()
}

/// Parses decoded CSV text into a raw table. `Ok(None)` for a file without any content.
pub fn parse_csv(text: &str, origin: Origin) -> Result<Option<RawTable>, ReadFailure> {
    // Excel understands (and some tools write) a first line `sep=;` naming the delimiter.
    let first_line = text.lines().next().unwrap_or("");
    let (text, delimiter, first_line_no) = match first_line.trim().strip_prefix("sep=") {
        Some(sep) if sep.len() == 1 && sep.is_ascii() => {
            let rest = text.get(first_line.len()..).unwrap_or("");
            let rest = rest
                .strip_prefix("\r\n")
                .or_else(|| rest.strip_prefix('\n'))
                .unwrap_or(rest);
            (rest, sep.as_bytes()[0], 2)
        }
        _ => (text, detect_delimiter(text), 1),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut header: Option<(usize, Vec<String>)> = None;
    let mut rows = Vec::new();
    // The physical line where a record starts, counted from its byte offset: the csv crate's
    // own line counter does not count newlines inside quoted fields the way users see them.
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, first_line_no);
    for rec in reader.records() {
        let rec = rec.map_err(|e| DiagnosticKind::Unreadable {
            reason: e.to_string(),
        })?;
        let mut offset = rec
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .min(bytes.len());
        // With CRLF the reported start is the previous terminator's `\r`; a record itself
        // never starts with a line break (empty lines are skipped), so step over them.
        while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        if offset > counted_to {
            line += count_line_breaks(bytes, counted_to, offset);
            counted_to = offset;
        }
        let cells: Vec<String> = rec.iter().map(|c| c.trim().to_string()).collect();
        push_row(&mut header, &mut rows, line, cells);
    }
    Ok(header.map(|(header_line, header)| RawTable {
        origin,
        header_line,
        header,
        first_column: 1,
        rows,
    }))
}

/// Reads one CSV file into a raw table (`Ok(None)` when it has no content at all).
pub fn read_csv(path: &Path, origin: Origin) -> Result<Option<RawTable>, ReadFailure> {
    let bytes = read_bytes(path)?;
    let text = decode_text(&bytes)?;
    parse_csv(&text, origin)
}

/// Formats a number as the user sees it in a spreadsheet: integers without `.0`, others with
/// at most 15 significant digits (what Excel shows), so `0.1 + 0.2` reads `0.3`.
pub fn format_number(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    format!("{rounded}")
}

/// A workbook cell as text: numbers as shown, dates as dd-mm-yyyy, booleans as ja/nee.
pub fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format_number(*f),
        Data::Bool(b) => if *b { "ja" } else { "nee" }.to_string(),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                let total_min = (dt.as_f64() * 24.0 * 60.0).round() as i64;
                format!("{}:{:02}", total_min / 60, (total_min % 60).abs())
            } else {
                let (y, m, day, h, min, s, _) = dt.to_ymd_hms_milli();
                if h == 0 && min == 0 && s == 0 {
                    format!("{day:02}-{m:02}-{y:04}")
                } else if dt.as_f64() < 1.0 {
                    format!("{h:02}:{min:02}")
                } else {
                    format!("{day:02}-{m:02}-{y:04} {h:02}:{min:02}")
                }
            }
        }
        Data::DateTimeIso(s) => iso_date_to_dutch(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// `2025-03-01` (optionally with a time) → `01-03-2025`; anything else unchanged.
fn iso_date_to_dutch(s: &str) -> String {
    let date = s.get(..10).unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    if parts.len() == 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let rest = s[10..].trim_start_matches('T');
        let time = rest.get(..5).filter(|t| *t != "00:00" && !t.is_empty());
        match time {
            Some(t) => format!("{}-{}-{} {}", parts[2], parts[1], parts[0], t),
            None => format!("{}-{}-{}", parts[2], parts[1], parts[0]),
        }
    } else {
        s.to_string()
    }
}

/// Runs a call into the workbook reader and turns both its errors and a panic on a damaged
/// file into a diagnostic: the reader is third-party code parsing untrusted bytes, and a
/// damaged file must never take the program down.
fn guarded<T>(call: impl FnOnce() -> Result<T, calamine::Error>) -> Result<T, ReadFailure> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(call)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(DiagnosticKind::NotWorkbook {
            reason: e.to_string(),
        }
        .into()),
        Err(_) => Err(DiagnosticKind::NotWorkbook {
            reason: crate::i18n::import::DAMAGED_WORKBOOK.get().to_string(),
        }
        .into()),
    }
}

/// An opened workbook: its file name and its sheets in order, read lazily.
pub struct Workbook {
    pub file: String,
    sheets: calamine::Sheets<std::io::BufReader<std::fs::File>>,
}

impl Workbook {
    /// Opens a workbook; the format is chosen by extension, then by content.
    pub fn open(path: &Path, file: String) -> Result<Self, ReadFailure> {
        let meta = std::fs::metadata(path).map_err(|e| DiagnosticKind::Unreadable {
            reason: e.to_string(),
        })?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(DiagnosticKind::TooLarge {
                size_mb: meta.len() / (1024 * 1024),
                max_mb: MAX_FILE_BYTES / (1024 * 1024),
            }
            .into());
        }
        let sheets = guarded(|| calamine::open_workbook_auto(path))?;
        Ok(Workbook { file, sheets })
    }

    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.sheet_names()
    }

    /// Reads one sheet into a raw table (`Ok(None)` when the sheet is empty).
    pub fn read(&mut self, sheet: &str) -> Result<Option<RawTable>, ReadFailure> {
        let range = guarded(|| self.sheets.worksheet_range(sheet))?;
        let origin = Origin {
            file: self.file.clone(),
            sheet: Some(sheet.to_string()),
        };
        let Some((row0, col0)) = range.start() else {
            return Ok(None);
        };
        let mut header: Option<(usize, Vec<String>)> = None;
        let mut rows = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let line = row0 as usize + i + 1;
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            push_row(&mut header, &mut rows, line, cells);
        }
        Ok(header.map(|(header_line, header)| RawTable {
            origin,
            header_line,
            header,
            first_column: col0 as usize + 1,
            rows,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_ignores_separators_inside_quotes() {
        assert_eq!(detect_delimiter("\"a,b,c\";d;e\nx"), b';');
        assert_eq!(detect_delimiter("id,naam;x,soort"), b',');
        assert_eq!(detect_delimiter("id\tnaam"), b'\t');
        assert_eq!(detect_delimiter("id"), b',');
    }

    #[test]
    fn line_numbers_count_every_kind_of_line_break() {
        // Records start on lines 1, 2, 4 (after a quoted break) and 5, with \n, \r\n and \r.
        let text = "id,naam\ra,\"x\r\ny\"\r\nb,z\nc,w\n";
        let t = parse_csv(
            text,
            Origin {
                file: "f".into(),
                sheet: None,
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(t.header_line, 1);
        let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4, 5]);
        assert_eq!(t.rows[0].cells, ["a", "x\r\ny"]);
    }

    #[test]
    fn excel_sep_line_sets_the_delimiter() {
        let text = "sep=;\r\nid;naam,extra\r\na;b,c\r\n";
        let t = parse_csv(
            text,
            Origin {
                file: "f".into(),
                sheet: None,
            },
        )
        .unwrap()
        .unwrap();
        // Without the sep line, `,` and `;` tie in the header and `,` would win.
        assert_eq!(t.header, ["id", "naam,extra"]);
        assert_eq!((t.header_line, t.rows[0].line), (2, 3));
    }

    #[test]
    fn numbers_read_as_shown() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(-3.0), "-3");
    }

    #[test]
    fn cp1252_is_decoded_when_not_utf8() {
        // 0xE9 is é and 0xEB is ë in Windows-1252; alone they are not valid UTF-8.
        let s = decode_text(b"Caf\xE9 Zo\xEB").unwrap();
        assert_eq!(s, "Café Zoë");
    }

    #[test]
    fn iso_dates_become_dutch() {
        assert_eq!(iso_date_to_dutch("2025-03-01"), "01-03-2025");
        assert_eq!(iso_date_to_dutch("2025-03-01T14:30:00"), "01-03-2025 14:30");
        assert_eq!(iso_date_to_dutch("morgen"), "morgen");
    }
}
