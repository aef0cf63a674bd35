//! The tabular form of a map shared by every data writer: one [`Sheet`] per file of the
//! format, canonical Dutch headers first, then the free attributes of the rows.
//!
//! The files, their names and their columns come from the importer's schema
//! (`import::schema`), the one place the data format is described: what is written is by
//! construction what is read back.

use super::ExportError;
use crate::import::schema::FileKind;
use crate::model::{Attributes, Map, Vocab};

/// One cell. Numbers stay numbers so the workbook can store them as such and the CSV writer
/// can choose the decimal mark; everything else is text (empty text is an empty cell).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    fn text(s: impl Into<String>) -> Self {
        Cell::Text(s.into())
    }

    fn number(v: Option<f64>) -> Self {
        v.map_or(Cell::Text(String::new()), Cell::Number)
    }

    /// The cell as CSV text, with `,` as decimal mark when asked.
    pub(crate) fn to_csv(&self, decimal_comma: bool) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(v) => {
                // Rust's shortest round-trip form: `12` for 12.0, `1.5` for 1.5, never an
                // exponent for the magnitudes a meeting schedule has.
                let mark = if decimal_comma { ',' } else { '.' };
                crate::i18n::number::with_mark(v.to_string(), mark)
            }
        }
    }
}

/// One file (or sheet) of the format.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sheet {
    /// Which file of the format this is.
    pub kind: FileKind,
    /// The file name without `.csv`, which is also the sheet name.
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The sheets of a map: partijen, tafels and deelnames always (they are required), personen
/// and relaties only when the map has any, so the folder mirrors what the user brought.
pub(crate) fn sheets(map: &Map) -> Result<Vec<Sheet>, ExportError> {
    sheets_with(map, false)
}

/// Like [`sheets`], with `all` forcing the optional files too: templates always have them,
/// and the CSV writer needs their headers to blank a stale file.
pub(crate) fn sheets_with(map: &Map, all: bool) -> Result<Vec<Sheet>, ExportError> {
    let mut out = Vec::with_capacity(5);
    out.push(build(
        FileKind::Parties,
        map.parties.iter().map(|p| {
            let row = vec![
                Cell::text(&p.id),
                Cell::text(&p.name),
                Cell::text(p.kind.name()),
                Cell::text(p.werkgebied.join("|")),
                Cell::text(p.parent.clone().unwrap_or_default()),
                Cell::text(&p.interests),
                Cell::text(&p.takes),
                Cell::text(&p.gives),
            ];
            (row, &p.attributes)
        }),
    )?);
    out.push(build(
        FileKind::Tables,
        map.tables.iter().map(|t| {
            let row = vec![
                Cell::text(&t.id),
                Cell::text(&t.name),
                Cell::text(t.kind.name()),
                Cell::text(t.domains.to_cell()),
                Cell::text(t.layers.to_cell()),
                Cell::number(t.frequency),
                Cell::number(t.duration_hours),
                Cell::text(t.decision.map(|d| d.name()).unwrap_or_default()),
                Cell::text(t.werkgebied.join("|")),
                Cell::text(t.reports_to.join("|")),
            ];
            (row, &t.attributes)
        }),
    )?);
    out.push(build(
        FileKind::Memberships,
        map.memberships.iter().map(|m| {
            let row = vec![
                Cell::text(&m.table),
                Cell::text(&m.party),
                Cell::text(m.person.clone().unwrap_or_default()),
                Cell::text(m.role.name()),
            ];
            (row, &m.attributes)
        }),
    )?);
    if all || !map.persons.is_empty() {
        out.push(build(
            FileKind::Persons,
            map.persons.iter().map(|p| {
                let row = vec![
                    Cell::text(&p.id),
                    Cell::text(&p.name),
                    Cell::text(&p.party),
                    Cell::text(&p.function),
                    Cell::text(p.layer.map(|l| l.name()).unwrap_or_default()),
                    Cell::text(p.network_roles.to_cell()),
                    Cell::number(p.hours_per_month),
                ];
                (row, &p.attributes)
            }),
        )?);
    }
    if all || !map.relations.is_empty() {
        out.push(build(
            FileKind::Relations,
            map.relations.iter().map(|r| {
                let row = vec![
                    Cell::text(&r.from),
                    Cell::text(&r.to),
                    Cell::text(&r.kind),
                    Cell::text(r.domains.to_cell()),
                    Cell::text(r.layers.to_cell()),
                    Cell::text(r.quality.map(|q| q.name()).unwrap_or_default()),
                    Cell::text(&r.note),
                ];
                (row, &r.attributes)
            }),
        )?);
    }
    Ok(out)
}

/// Builds one sheet: the fixed columns, then one column per attribute key in first-seen order.
/// A key that occurs twice in one row (two source columns with the same header) gets two
/// columns, so that neither value is lost.
/// The fixed cells of a row are in the order of the schema's columns.
fn build<'a>(
    kind: FileKind,
    rows: impl Iterator<Item = (Vec<Cell>, &'a Attributes)>,
) -> Result<Sheet, ExportError> {
    let name = kind.name();
    let columns = kind.columns();
    let rows: Vec<(Vec<Cell>, &Attributes)> = rows.collect();
    debug_assert!(rows.iter().all(|(fixed, _)| fixed.len() == columns.len()));
    let mut extra: Vec<(&str, usize)> = Vec::new();
    for (_, attrs) in &rows {
        for key in numbered(attrs) {
            if !extra.contains(&key) {
                extra.push(key);
            }
        }
    }
    for (key, _) in &extra {
        // A free attribute may not carry a name the importer would read as a column.
        if kind.column(key).is_some() {
            return Err(ExportError::ReservedAttribute {
                file: format!("{name}.csv"),
                column: key.to_string(),
            });
        }
    }
    let mut headers: Vec<String> = columns.iter().map(|c| c.key.to_string()).collect();
    headers.extend(extra.iter().map(|(k, _)| k.to_string()));
    let rows = rows
        .iter()
        .map(|(fixed, attrs)| {
            let keyed: Vec<((&str, usize), &str)> = numbered(attrs)
                .zip(attrs.iter().map(|(_, v)| v.as_str()))
                .collect();
            let mut row = fixed.clone();
            row.extend(extra.iter().map(|key| {
                let v = keyed.iter().find(|(k, _)| k == key).map(|(_, v)| *v);
                Cell::text(v.unwrap_or_default())
            }));
            row
        })
        .collect();
    Ok(Sheet {
        kind,
        name,
        headers,
        rows,
    })
}

/// The attribute keys of a row with their occurrence number (0 for the first `opmerking`,
/// 1 for a second `opmerking` in the same row).
fn numbered(attrs: &Attributes) -> impl Iterator<Item = (&str, usize)> {
    attrs.iter().enumerate().map(|(i, (k, _))| {
        (
            k.as_str(),
            attrs[..i]
                .iter()
                .filter(|(earlier, _)| earlier == k)
                .count(),
        )
    })
}
