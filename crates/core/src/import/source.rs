//! Reading sources into raw tables: a CSV file (encoding and delimiter detected) or a sheet
//! of a workbook becomes a header and rows of trimmed text cells, each row with the line the
//! user sees. Nothing here knows what the columns mean.

use super::diagnostic::{DiagnosticKind, Severity};
use calamine::{Data, Reader};
use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

/// Largest file the importer reads; far above any real map, low enough not to exhaust memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Largest total a workbook may unpack to. Its sheets are streamed, but a zip bomb (a small
/// file that unpacks to gigabytes) must be refused before the reader starts on it.
pub const MAX_UNPACKED_BYTES: u64 = 384 * 1024 * 1024;

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
    /// What the reader noticed about the source itself (an odd byte, a formula without a
    /// value), to be reported with the table's other diagnostics.
    pub notes: Vec<SourceNote>,
}

/// A finding of the reader about a source, located at a line and (0-based) cell when known.
#[derive(Debug, Clone)]
pub struct SourceNote {
    pub severity: Severity,
    pub line: Option<usize>,
    /// 0-based cell index within the table's columns (relative to `first_column`).
    pub cell: Option<usize>,
    pub kind: DiagnosticKind,
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
    // One spelling per character: `e` + combining accent (NFD) is the same id as `é`.
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| match super::nfc::nfc(&c) {
            std::borrow::Cow::Borrowed(_) => c,
            std::borrow::Cow::Owned(o) => o,
        })
        .collect();
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

/// What a path is, when it is not a regular file: the word for it in messages.
fn nature(ft: std::fs::FileType) -> super::diagnostic::FileNature {
    use super::diagnostic::FileNature;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if ft.is_fifo() {
            return FileNature::Fifo;
        }
        if ft.is_char_device() || ft.is_block_device() {
            return FileNature::Device;
        }
        if ft.is_socket() {
            return FileNature::Other;
        }
    }
    if ft.is_dir() {
        FileNature::Folder
    } else {
        FileNature::Other
    }
}

/// Checks, before anything opens it, that `path` is a regular file of a readable size, and
/// returns that size. Opening a named pipe blocks until someone writes to it and a device
/// such as `/dev/zero` never ends, so both are refused on their metadata alone.
pub fn check_regular(path: &Path) -> Result<u64, DiagnosticKind> {
    let meta = std::fs::metadata(path).map_err(|e| DiagnosticKind::Unreadable {
        reason: e.to_string(),
    })?;
    if !meta.file_type().is_file() {
        return Err(DiagnosticKind::NotRegularFile {
            nature: nature(meta.file_type()),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(DiagnosticKind::TooLarge {
            size_mb: meta.len() / (1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(meta.len())
}

/// Reads a whole regular file, refusing special files and absurd sizes before allocating.
/// The read itself is capped too: a file may grow between the check and the read.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, DiagnosticKind> {
    let size = check_regular(path)?;
    let unreadable = |e: std::io::Error| DiagnosticKind::Unreadable {
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(DiagnosticKind::TooLarge {
            size_mb: bytes.len() as u64 / (1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(bytes)
}

/// Reads a whole file, refusing special files and absurd sizes before allocating.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadFailure> {
    read_capped(path).map_err(ReadFailure::from)
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

/// Decoded CSV text, with a note when the encoding had to be guessed.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub note: Option<SourceNote>,
}

/// The 1-based line of byte `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    count_line_breaks(bytes, 0, at.min(bytes.len())) + 1
}

/// Decodes bytes that are not valid UTF-8. When they hold valid multi-byte UTF-8 sequences
/// the file was written as UTF-8 and only some bytes are odd (a Latin-1 character pasted in):
/// the valid parts stay UTF-8 and each odd byte is read as Windows-1252, so `cliënten` is not
/// turned into `cliÃ«nten`. Otherwise the whole file is Windows-1252 (Dutch Excel's CSV).
/// Either way the note names the line of the first odd byte.
fn decode_not_utf8(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut rest = bytes;
    let mut multibyte = false;
    let mut first_bad: Option<(usize, u8)> = None;
    let mut offset = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte |= !s.is_ascii();
                text.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // Checked by from_utf8 up to `good`.
                let valid = std::str::from_utf8(&rest[..good]).unwrap_or_default();
                multibyte |= !valid.is_ascii();
                text.push_str(valid);
                let bad_len = e.error_len().unwrap_or(rest.len() - good).max(1);
                let bad = &rest[good..good + bad_len];
                first_bad.get_or_insert((offset + good, bad[0]));
                let (cow, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bad);
                text.push_str(&cow);
                offset += good + bad_len;
                rest = &rest[good + bad_len..];
            }
        }
    }
    let (at, byte) = first_bad.unwrap_or((0, 0));
    let line = line_of(bytes, at);
    if multibyte {
        Decoded {
            text,
            note: Some(SourceNote {
                severity: Severity::Warning,
                line: Some(line),
                cell: None,
                kind: DiagnosticKind::MixedEncoding {
                    byte: format!("0x{byte:02X}"),
                },
            }),
        }
    } else {
        let (w, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        let (m, _) = encoding_rs::MACINTOSH.decode_without_bom_handling(bytes);
        let byte = format!("0x{byte:02X}");
        // An old Mac (or a Mac tool's "Western (Mac OS Roman)" export) writes é as 0x8E and ë
        // as 0x91, which Windows-1252 reads as Ž and ‘: whichever reading gives Dutch text wins.
        let (text, kind) = if plausibility(&m) > plausibility(&w) {
            (m.into_owned(), DiagnosticKind::MacRoman { byte })
        } else {
            (w.into_owned(), DiagnosticKind::Windows1252 { byte })
        };
        Decoded {
            text,
            note: Some(SourceNote {
                severity: Severity::Warning,
                line: Some(line),
                cell: None,
                kind,
            }),
        }
    }
}

/// How much a decoding of non-ASCII bytes looks like Dutch (or other West European) text: a
/// lower-case accented letter inside a word scores most, the usual typographic marks score;
/// what no spreadsheet row holds (Mac-Roman's √ and ◊, Windows-1252's Ž or a capital È inside
/// a word) counts against it.
fn plausibility(text: &str) -> i64 {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    let mut score = 0i64;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            continue;
        }
        let prev = i > 0 && chars[i - 1].is_alphabetic();
        let next = chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        score += match c {
            'à'..='ö' | 'ø'..='ÿ' if prev && next => 3,
            'à'..='ö' | 'ø'..='ÿ' => 1,
            'À'..='Ö' | 'Ø'..='Þ' => {
                if prev {
                    -2
                } else {
                    1
                }
            }
            '‘' | '“' | '„' => {
                if prev {
                    -1
                } else {
                    1
                }
            }
            '’' | '”' | '€' | '–' | '—' | '…' | '•' | '«' | '»' | '°' | '²' => 1,
            _ if c.is_alphabetic() => -2,
            _ => -3,
        };
    }
    score
}

/// Decodes CSV bytes, deciding per file: UTF-8 (with or without BOM) and UTF-16 with BOM as
/// they are; anything else with a note (see [`decode_not_utf8`]). Valid UTF-8 is never
/// reinterpreted. Refuses binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadFailure> {
    if let Some(looks_like) = sniff_binary(bytes) {
        return Err(DiagnosticKind::NotText {
            looks_like: Some(looks_like),
        }
        .into());
    }
    let decoded = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        Decoded {
            text: cow.into_owned(),
            note: None,
        }
    } else if bytes.contains(&0) {
        // NUL never occurs in text without a UTF-16 BOM; it is binary.
        return Err(DiagnosticKind::NotText { looks_like: None }.into());
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => Decoded {
                text: s.to_string(),
                note: None,
            },
            Err(_) => decode_not_utf8(bytes),
        }
    };
    // Random bytes decode to text with many control characters; real CSVs have next to none.
    let mut total = 0usize;
    let mut control = 0usize;
    for c in decoded.text.chars() {
        total += 1;
        if (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || c == '\u{FFFD}' || c == '\0' {
            control += 1;
        }
    }
    if control >= 3 && control * 100 > total {
        return Err(DiagnosticKind::NotText { looks_like: None }.into());
    }
    Ok(decoded)
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

/// A CSV cell, trimmed, without the `'` an export puts before a value Excel would otherwise
/// run as a formula (see [`crate::export::guard_formula`]): `'=SOM` reads `=SOM` again.
fn unguard(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(crate::export::FORMULA_STARTS) => rest.trim().to_string(),
        _ => cell.trim().to_string(),
    }
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
        let cells: Vec<String> = rec.iter().map(unguard).collect();
        push_row(&mut header, &mut rows, line, cells);
    }
    Ok(header.map(|(header_line, header)| RawTable {
        origin,
        header_line,
        header,
        first_column: 1,
        rows,
        notes: Vec::new(),
    }))
}

/// Reads one CSV file into a raw table (`Ok(None)` when it has no content at all).
pub fn read_csv(path: &Path, origin: Origin) -> Result<Option<RawTable>, ReadFailure> {
    let bytes = read_bytes(path)?;
    let decoded = decode(&bytes)?;
    let mut table = parse_csv(&decoded.text, origin)?;
    if let (Some(t), Some(note)) = (&mut table, decoded.note) {
        t.notes.push(note);
    }
    Ok(table)
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
        // An empty reason renders as "damaged workbook" in the language shown.
        Err(_) => Err(DiagnosticKind::NotWorkbook {
            reason: String::new(),
        }
        .into()),
    }
}

/// The End Of Central Directory record of a zip file: (entries, directory offset, size).
fn zip_directory(bytes: &[u8]) -> Option<(usize, usize, usize)> {
    const EOCD: &[u8] = b"PK\x05\x06";
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| &bytes[i..i + 4] == EOCD)?;
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]) as usize;
    let u32_at =
        |i: usize| u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap_or([0; 4])) as usize;
    Some((u16_at(at + 10), u32_at(at + 16), u32_at(at + 12)))
}

/// How many bytes the entries of a zip file unpack to, by its central directory (`None` when
/// the directory cannot be read; the workbook reader then reports the damage itself). An
/// entry too large to say (zip64) counts as too large.
fn unpacked_size(bytes: &[u8]) -> Option<u64> {
    let (entries, offset, size) = zip_directory(bytes)?;
    let dir = bytes.get(offset..offset.checked_add(size)?)?;
    let mut total = 0u64;
    let mut i = 0usize;
    for _ in 0..entries {
        let header = dir.get(i..i + 46)?;
        if &header[..4] != b"PK\x01\x02" {
            return None;
        }
        let le16 = |k: usize| u16::from_le_bytes([header[k], header[k + 1]]) as usize;
        let unpacked = u32::from_le_bytes([header[24], header[25], header[26], header[27]]);
        total += if unpacked == u32::MAX {
            u64::MAX / 2
        } else {
            u64::from(unpacked)
        };
        i += 46 + le16(28) + le16(30) + le16(32);
    }
    Some(total)
}

/// Whether an OLE2 (compound file) container holds an encrypted Office document: Excel
/// stores a password-protected `.xlsx` as an `EncryptedPackage` stream in such a container.
fn is_encrypted_ole(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Refuses what is not a workbook this reader can take, by its content, before the
/// third-party reader sees it: an old binary `.xls`, a password-protected workbook, a zip
/// that unpacks to more than [`MAX_UNPACKED_BYTES`].
fn check_workbook_bytes(bytes: &[u8]) -> Result<(), DiagnosticKind> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(if is_encrypted_ole(bytes) {
            DiagnosticKind::EncryptedWorkbook
        } else {
            DiagnosticKind::OldExcel
        });
    }
    if bytes.starts_with(b"PK")
        && let Some(total) = unpacked_size(bytes)
        && total > MAX_UNPACKED_BYTES
    {
        return Err(DiagnosticKind::UnpacksTooLarge {
            size_mb: total.min(u64::MAX / 2) / (1024 * 1024),
            max_mb: MAX_UNPACKED_BYTES / (1024 * 1024),
        });
    }
    if bytes.starts_with(b"PK") && unpacks_past(bytes, MAX_UNPACKED_BYTES) {
        return Err(DiagnosticKind::UnpacksPastLimit {
            max_mb: MAX_UNPACKED_BYTES / (1024 * 1024),
        });
    }
    Ok(())
}

/// Whether the entries of a zip, actually unpacked, come to more than `limit` bytes.
fn unpacks_past(bytes: &[u8], limit: u64) -> bool {
    unpacked_bytes(bytes, limit) > limit
}

/// The bytes the entries of a zip actually unpack to, counted up to just past `limit`.
///
/// The directory's sizes are what the file claims, and [`unpacked_size`] checks the claim; so
/// that no claim has to be trusted, every entry is also unpacked once through a counting
/// reader that stops just past the limit: the work is bounded by the limit whatever the file
/// says (a real workbook unpacks to a few megabytes: milliseconds). The zip reader underneath
/// (the one the workbook reader uses too) stops an entry at its claimed size, so a lie makes
/// it unpack less, never more. A zip that cannot be read is left to the workbook reader.
fn unpacked_bytes(bytes: &[u8], limit: u64) -> u64 {
    use std::io::Read as _;
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return 0;
    };
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(i) else {
            continue;
        };
        // Counted as read, so that an error at the end (a size or checksum that does not
        // match) does not hide what was unpacked before it.
        while let Ok(n) = entry.read(&mut buf) {
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return total;
            }
        }
    }
    total
}

/// Cells of a sheet as read, sparse: row → (column, text). Only cells that hold something are
/// kept, so one stray value in `XFD1048576` costs one entry, not the whole declared range.
#[derive(Default, Clone)]
pub(super) struct SparseSheet {
    pub(super) rows: BTreeMap<u32, Vec<(u32, String)>>,
    pub(super) notes: Vec<(u32, u32, DiagnosticKind)>,
}

impl SparseSheet {
    pub(super) fn put(&mut self, (row, col): (u32, u32), text: String) {
        if !text.is_empty() {
            self.rows.entry(row).or_default().push((col, text));
        }
    }

    /// The raw table: the header is the first non-blank row, columns start at the leftmost
    /// used one.
    fn into_table(self, origin: Origin) -> Option<RawTable> {
        let col0 = self
            .rows
            .values()
            .flat_map(|cells| cells.iter().map(|(c, _)| *c))
            .min()?;
        let mut header: Option<(usize, Vec<String>)> = None;
        let mut rows = Vec::new();
        for (row, mut cells) in self.rows {
            cells.sort_by_key(|(c, _)| *c);
            let width = cells.last().map_or(0, |(c, _)| (c - col0) as usize + 1);
            let mut out = vec![String::new(); width];
            for (c, text) in cells {
                out[(c - col0) as usize] = text;
            }
            push_row(&mut header, &mut rows, row as usize + 1, out);
        }
        let notes = self
            .notes
            .into_iter()
            .map(|(row, col, kind)| SourceNote {
                severity: Severity::Error,
                line: Some(row as usize + 1),
                cell: Some(col.saturating_sub(col0) as usize),
                kind,
            })
            .collect();
        header.map(|(header_line, header)| RawTable {
            origin,
            header_line,
            header,
            first_column: col0 as usize + 1,
            rows,
            notes,
        })
    }
}

/// An opened workbook: its file name and its sheets in order, read lazily.
pub struct Workbook {
    pub file: String,
    sheets: Sheets,
}

/// The sheets: an `.xlsx` or `.xlsb` streamed by calamine when asked for, an `.ods` read
/// sparsely at once (its sheets share one XML file).
enum Sheets {
    Calamine(Box<calamine::Sheets<std::io::Cursor<Vec<u8>>>>),
    Ods(Vec<(String, SparseSheet)>),
}

impl Workbook {
    /// Opens a workbook; the format is chosen by content (zip: `.xlsx`, `.xlsm`, `.ods`).
    /// The file is read once, capped, and checked before the reader parses it.
    pub fn open(path: &Path, file: String) -> Result<Self, ReadFailure> {
        let bytes = read_capped(path)?;
        check_workbook_bytes(&bytes)?;
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        // An OpenDocument file starts with its stored `mimetype` entry; everything else
        // zipped is an Office Open XML workbook (binary `.xlsb` by its extension).
        let head = &bytes[..bytes.len().min(100)];
        let ods = head.windows(11).any(|w| w == b"opendocumen");
        if ods {
            // The XML reader is third-party code on untrusted bytes, like calamine.
            let read = std::panic::catch_unwind(|| super::ods::read_sheets(&bytes));
            let sheets = match read {
                Ok(Ok(sheets)) => sheets,
                Ok(Err(e)) => return Err(DiagnosticKind::from(e).into()),
                Err(_) => {
                    return Err(DiagnosticKind::NotWorkbook {
                        reason: "content.xml".to_string(),
                    }
                    .into());
                }
            };
            return Ok(Workbook {
                file,
                sheets: Sheets::Ods(sheets),
            });
        }
        let sheets = guarded(move || {
            let cursor = std::io::Cursor::new(bytes);
            if ext == "xlsb" {
                calamine::open_workbook_from_rs::<calamine::Xlsb<_>, _>(cursor)
                    .map(calamine::Sheets::Xlsb)
                    .map_err(calamine::Error::from)
            } else {
                calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(cursor)
                    .map(calamine::Sheets::Xlsx)
                    .map_err(calamine::Error::from)
            }
        })?;
        Ok(Workbook {
            file,
            sheets: Sheets::Calamine(Box::new(sheets)),
        })
    }

    pub fn sheet_names(&self) -> Vec<String> {
        match &self.sheets {
            Sheets::Calamine(s) => s.sheet_names(),
            Sheets::Ods(s) => s.iter().map(|(name, _)| name.clone()).collect(),
        }
    }

    /// The cells of an `.xlsx` sheet, streamed. A formula without a saved result (as scripts
    /// write them) is noted: its value is not known, and reading it as empty would lose data.
    fn read_xlsx(
        x: &mut calamine::Xlsx<std::io::Cursor<Vec<u8>>>,
        sheet: &str,
    ) -> Result<SparseSheet, calamine::Error> {
        let mut out = SparseSheet::default();
        let mut reader = x.worksheet_cells_reader(sheet)?;
        while let Some(cell) = reader.next_cell_with_formula_metadata()? {
            let data = Data::from(cell.value);
            if data == Data::Empty && cell.formula.is_some() {
                out.notes
                    .push((cell.pos.0, cell.pos.1, DiagnosticKind::FormulaWithoutValue));
                continue;
            }
            out.put(cell.pos, cell_text(&data));
        }
        Ok(out)
    }

    fn read_xlsb(
        x: &mut calamine::Xlsb<std::io::Cursor<Vec<u8>>>,
        sheet: &str,
    ) -> Result<SparseSheet, calamine::Error> {
        let mut out = SparseSheet::default();
        let mut reader = x.worksheet_cells_reader(sheet)?;
        while let Some(cell) = reader.next_cell()? {
            let data = Data::from(cell.get_value().clone());
            out.put(cell.get_position(), cell_text(&data));
        }
        Ok(out)
    }

    /// Reads one sheet into a raw table (`Ok(None)` when the sheet is empty).
    pub fn read(&mut self, sheet: &str) -> Result<Option<RawTable>, ReadFailure> {
        let origin = Origin {
            file: self.file.clone(),
            sheet: Some(sheet.to_string()),
        };
        let sparse = match &mut self.sheets {
            Sheets::Calamine(book) => match book.as_mut() {
                calamine::Sheets::Xlsx(x) => guarded(|| Self::read_xlsx(x, sheet))?,
                calamine::Sheets::Xlsb(x) => guarded(|| Self::read_xlsb(x, sheet))?,
                other => {
                    let range = guarded(|| other.worksheet_range(sheet))?;
                    let mut out = SparseSheet::default();
                    for (row, col, data) in range.used_cells() {
                        let (r0, c0) = range.start().unwrap_or((0, 0));
                        out.put((r0 + row as u32, c0 + col as u32), cell_text(data));
                    }
                    out
                }
            },
            Sheets::Ods(sheets) => sheets
                .iter()
                .find(|(name, _)| name == sheet)
                .map(|(_, s)| s.clone())
                .unwrap_or_default(),
        };
        Ok(sparse.into_table(origin))
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
    fn mac_roman_is_recognised_by_its_letters() {
        // Mac OS Roman: 0x91 is ë and 0x8E is é; Windows-1252 would give ‘ and Ž.
        let d = decode(b"naam\nCli\x91ntenraad Caf\x8E\n").unwrap();
        assert_eq!(d.text, "naam\nCli\u{eb}ntenraad Caf\u{e9}\n");
        let note = d.note.unwrap();
        assert!(matches!(note.kind, DiagnosticKind::MacRoman { .. }));
        assert_eq!(note.line, Some(2));
    }

    #[test]
    fn windows_1252_stays_windows_with_quotes_and_letters() {
        // 0xEB is ë in Windows-1252 (Î in Mac-Roman); 0x93/0x94 are curly quotes (ì/î on a Mac).
        for (bytes, want) in [
            (&b"Cli\xEBntenraad\n"[..], "Cli\u{eb}ntenraad\n"),
            (
                &b"\x93Thuis\x94 in de wijk\n"[..],
                "\u{201c}Thuis\u{201d} in de wijk\n",
            ),
            (&b"Caf\xE9 \x80 5\n"[..], "Caf\u{e9} \u{20ac} 5\n"),
        ] {
            let d = decode(bytes).unwrap();
            assert_eq!(d.text, want);
            assert!(matches!(
                d.note.unwrap().kind,
                DiagnosticKind::Windows1252 { .. }
            ));
        }
    }

    #[test]
    fn cp1252_is_decoded_when_not_utf8() {
        // 0xE9 is é and 0xEB is ë in Windows-1252; alone they are not valid UTF-8.
        let d = decode(b"id\nCaf\xE9 Zo\xEB").unwrap();
        assert_eq!(d.text, "id\nCafé Zoë");
        let note = d.note.expect("a guessed encoding is said");
        assert!(matches!(note.kind, DiagnosticKind::Windows1252 { .. }));
        assert_eq!(note.line, Some(2));
    }

    #[test]
    fn utf8_with_one_odd_byte_keeps_its_utf8() {
        let d = decode(
            "id\ncliënten\nCaf\u{e9}"
                .as_bytes()
                .iter()
                .copied()
                .chain([b' ', 0xE9])
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(d.text, "id\ncliënten\nCafé é");
        let note = d.note.expect("the odd byte is said");
        assert!(matches!(note.kind, DiagnosticKind::MixedEncoding { .. }));
        assert_eq!(note.line, Some(3));
        assert!(decode("cliënten".as_bytes()).unwrap().note.is_none());
    }

    #[test]
    fn zip_directories_are_summed_and_ole_files_told_apart() {
        let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        assert!(matches!(
            check_workbook_bytes(&ole),
            Err(DiagnosticKind::OldExcel)
        ));
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(matches!(
            check_workbook_bytes(&ole),
            Err(DiagnosticKind::EncryptedWorkbook)
        ));
        assert_eq!(unpacked_size(b"not a zip"), None);
    }

    /// A zip of one entry of `len` zeros whose headers claim `claim` bytes unpacked.
    fn lying_zip(len: usize, claim: u32) -> Vec<u8> {
        use std::io::Write as _;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        w.start_file("xl/worksheets/sheet1.xml", opts)
            .expect("entry");
        w.write_all(&vec![0u8; len]).expect("write");
        let mut bytes = w.finish().expect("finish").into_inner();
        // Uncompressed size: offset 22 in the local header, 24 in the central directory.
        for (sig, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let i = bytes.windows(4).position(|x| x == sig).expect("header");
            bytes[i + at..i + at + 4].copy_from_slice(&claim.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn a_zip_that_lies_about_its_size_cannot_unpack_past_its_claim() {
        let mb = 1024 * 1024;
        // 3 MB of zeros claiming 100 bytes: the directory believes the claim ...
        let bomb = lying_zip(3 * mb, 100);
        assert_eq!(unpacked_size(&bomb), Some(100));
        // ... and the count shows that unpacking stops at it, not at the 3 MB inside.
        assert!(unpacked_bytes(&bomb, 2 * mb as u64) <= 100);
        // An honest 3 MB entry is counted to just past a 2 MB limit, and whole under 4 MB.
        let honest = lying_zip(3 * mb, 3 * mb as u32);
        let past = unpacked_bytes(&honest, 2 * mb as u64);
        assert!(
            past > 2 * mb as u64 && past <= 2 * mb as u64 + 64 * 1024,
            "{past}"
        );
        assert!(unpacks_past(&honest, 2 * mb as u64));
        assert_eq!(unpacked_bytes(&honest, 4 * mb as u64), 3 * mb as u64);
        assert_eq!(unpacked_bytes(b"PK not a zip", 1), 0);
        assert_eq!(check_workbook_bytes(&bomb), Ok(()), "small once unpacked");
    }

    #[test]
    fn iso_dates_become_dutch() {
        assert_eq!(iso_date_to_dutch("2025-03-01"), "01-03-2025");
        assert_eq!(iso_date_to_dutch("2025-03-01T14:30:00"), "01-03-2025 14:30");
        assert_eq!(iso_date_to_dutch("morgen"), "morgen");
    }
}
