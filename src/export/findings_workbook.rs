//! The findings and figures as an Excel workbook for people who work on in Excel: sheets
//! Bevindingen, Partijen (with metrics), Personen, Tafels and Deelnames.
//!
//! Every text goes through `write_string` (a shared string, never a formula), so a name such as
//! `=HYPERLINK(…)`, `+31 6 …`, `-kwetsbaar` or `@home` stays text when Excel opens the file.
//! Numbers are numbers so the user can sort and sum. Headers are bold, frozen and filtered;
//! severity cells are coloured like the report.

use super::ExportError;
use super::report::prepare;
use super::workbook::{excel_col, excel_row, save};
use crate::analysis::{Analysis, NodeMetrics, Severity};
use crate::i18n::Text;
use crate::i18n::report as tx;
use crate::i18n::vocab::Label;
use crate::model::Map;
use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};
use std::collections::HashMap;
use std::path::Path;

/// Excel's limit on the characters in one cell; longer texts are shortened with an ellipsis
/// (findings can list many names).
const MAX_CELL_CHARS: usize = 32_767;

/// A cell value of these sheets.
enum V {
    S(String),
    N(f64),
    Empty,
}

fn s(x: impl Into<String>) -> V {
    let x = x.into();
    if x.is_empty() { V::Empty } else { V::S(x) }
}

fn n(x: f64) -> V {
    if x.is_finite() { V::N(x) } else { V::Empty }
}

fn opt_n(x: Option<f64>) -> V {
    x.map(n).unwrap_or(V::Empty)
}

/// The colours of a severity (text, fill), as in the report.
pub(crate) fn severity_colours(sev: Severity) -> (u32, u32) {
    match sev {
        Severity::Hoog => (0x991B1B, 0xFDE2E1),
        Severity::Middel => (0x92400E, 0xFEF3C7),
        Severity::Laag => (0x1E40AF, 0xDBEAFE),
    }
}

/// Writes the findings workbook to `path`. With `anonymous`, person names and ids are replaced
/// first (and the findings recomputed on the anonymised map, so their texts hold no names).
pub fn write_findings_workbook(
    map: &Map,
    analysis: &Analysis,
    path: &Path,
    anonymous: bool,
) -> Result<(), ExportError> {
    let (map, analysis, _) = prepare(map, analysis, anonymous);
    let (map, a) = (map.as_ref(), analysis.as_ref());
    let xlsx = |source: XlsxError| ExportError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let metrics: HashMap<&str, &NodeMetrics> =
        a.metrics.nodes.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut wb = Workbook::new();

    // Bevindingen.
    let headers = [
        tx::COL_SEVERITY,
        tx::COL_KIND,
        tx::COL_SUBJECTS,
        tx::COL_DOMAIN,
        tx::COL_LAYER,
        tx::COL_WERKGEBIED,
        tx::COL_MESSAGE,
        tx::COL_ADVICE,
        tx::COL_SUBJECT_IDS,
    ];
    let rows: Vec<Vec<V>> = a
        .findings
        .iter()
        .map(|f| {
            vec![
                s(f.severity.label()),
                s(f.kind.label()),
                s(f.subjects
                    .iter()
                    .map(|id| map.name_of(id))
                    .collect::<Vec<_>>()
                    .join("; ")),
                s(f.domain.map(|d| d.label()).unwrap_or_default()),
                s(f.layer.map(|l| l.label()).unwrap_or_default()),
                s(f.werkgebied
                    .as_deref()
                    .map(|w| map.name_of(w))
                    .unwrap_or_default()),
                s(f.message.clone()),
                s(f.advice.clone()),
                s(f.subjects.join("; ")),
            ]
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(tx::SHEET_FINDINGS.get()).map_err(xlsx)?;
    fill_sheet(
        ws,
        &headers,
        &rows,
        &[10.0, 24.0, 40.0, 14.0, 14.0, 18.0, 70.0, 70.0, 30.0],
    )
    .map_err(xlsx)?;
    for (i, f) in a.findings.iter().enumerate() {
        let (fg, bg) = severity_colours(f.severity);
        let fmt = Format::new()
            .set_bold()
            .set_font_color(Color::RGB(fg))
            .set_background_color(Color::RGB(bg));
        ws.write_string_with_format(excel_row(i + 1), 0, f.severity.label(), &fmt)
            .map_err(xlsx)?;
    }
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    ws.set_column_format(6, &wrap).map_err(xlsx)?;
    ws.set_column_format(7, &wrap).map_err(xlsx)?;

    // Partijen.
    let headers = [
        tx::COL_ID,
        tx::COL_NAME,
        tx::COL_PARTY_KIND,
        tx::COL_WERKGEBIED,
        tx::COL_TABLES,
        tx::COL_HOURS,
        tx::COL_DEGREE,
        tx::COL_BETWEENNESS,
        tx::COL_CLOSENESS,
        tx::COL_ARTICULATION,
    ];
    let rows: Vec<Vec<V>> = map
        .parties
        .iter()
        .map(|p| {
            let m = metrics.get(p.id.as_str());
            let mut r = vec![
                s(p.id.clone()),
                s(p.name.clone()),
                s(p.kind.label()),
                s(p.werkgebied
                    .iter()
                    .map(|w| map.name_of(w))
                    .collect::<Vec<_>>()
                    .join("; ")),
            ];
            r.extend(metric_cells(m));
            r
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(tx::SHEET_PARTIES.get()).map_err(xlsx)?;
    fill_sheet(
        ws,
        &headers,
        &rows,
        &[18.0, 36.0, 18.0, 30.0, 8.0, 12.0, 8.0, 12.0, 12.0, 12.0],
    )
    .map_err(xlsx)?;

    // Personen.
    let headers = [
        tx::COL_ID,
        tx::COL_NAME,
        tx::COL_PARTY,
        tx::COL_FUNCTION,
        tx::COL_LAYER,
        tx::COL_NETWORK_ROLE,
        tx::COL_HOURS_MONTH,
        tx::COL_TABLES,
        tx::COL_HOURS,
        tx::COL_DEGREE,
        tx::COL_BETWEENNESS,
        tx::COL_CLOSENESS,
        tx::COL_ARTICULATION,
    ];
    let rows: Vec<Vec<V>> = map
        .persons
        .iter()
        .map(|p| {
            let m = metrics.get(p.id.as_str());
            let mut r = vec![
                s(p.id.clone()),
                s(p.name.clone()),
                s(map.name_of(&p.party)),
                s(p.function.clone()),
                s(p.layer.map(|l| l.label()).unwrap_or_default()),
                s(p.network_roles
                    .iter()
                    .map(|r| r.label())
                    .collect::<Vec<_>>()
                    .join("; ")),
                opt_n(p.hours_per_month),
            ];
            r.extend(metric_cells(m));
            r
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(tx::SHEET_PERSONS.get()).map_err(xlsx)?;
    fill_sheet(
        ws,
        &headers,
        &rows,
        &[
            16.0, 34.0, 30.0, 34.0, 14.0, 24.0, 12.0, 8.0, 12.0, 8.0, 12.0, 12.0, 12.0,
        ],
    )
    .map_err(xlsx)?;

    // Tafels.
    let mix = super::diagrams::kind_mix(map);
    let headers = [
        tx::COL_ID,
        tx::COL_NAME,
        tx::COL_TABLE_KIND,
        tx::COL_DOMAIN,
        tx::COL_LAYER,
        tx::COL_FREQUENCY,
        tx::COL_DURATION,
        tx::COL_HOURS,
        tx::COL_DECISION,
        tx::COL_WERKGEBIED,
        tx::COL_REPORTS_TO,
        tx::COL_PARTIES_AT,
        tx::COL_DEGREE,
        tx::COL_BETWEENNESS,
    ];
    let rows: Vec<Vec<V>> = map
        .tables
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let m = metrics.get(t.id.as_str());
            let join = |ids: &[String]| {
                ids.iter()
                    .map(|w| map.name_of(w))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            vec![
                s(t.id.clone()),
                s(t.name.clone()),
                s(t.kind.label()),
                s(t.domains
                    .iter()
                    .map(|d| d.label())
                    .collect::<Vec<_>>()
                    .join("; ")),
                s(t.layers
                    .iter()
                    .map(|l| l.label())
                    .collect::<Vec<_>>()
                    .join("; ")),
                opt_n(t.frequency),
                opt_n(t.duration_hours),
                opt_n(t.hours_per_year()),
                s(t.decision.map(|d| d.label()).unwrap_or_default()),
                s(join(&t.werkgebied)),
                s(join(&t.reports_to)),
                n(mix.get(i).map(|c| c.iter().sum::<usize>()).unwrap_or(0) as f64),
                m.map(|m| n(m.degree as f64)).unwrap_or(V::Empty),
                m.map(|m| n(m.betweenness)).unwrap_or(V::Empty),
            ]
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(tx::SHEET_TABLES.get()).map_err(xlsx)?;
    fill_sheet(
        ws,
        &headers,
        &rows,
        &[
            18.0, 40.0, 12.0, 22.0, 22.0, 10.0, 10.0, 10.0, 16.0, 30.0, 30.0, 10.0, 8.0, 12.0,
        ],
    )
    .map_err(xlsx)?;

    // Deelnames.
    let headers = [
        tx::COL_TABLE_ID,
        tx::COL_TABLE,
        tx::COL_PARTY_ID,
        tx::COL_PARTY,
        tx::COL_PERSON_ID,
        tx::COL_PERSON,
        tx::COL_ROLE,
    ];
    let rows: Vec<Vec<V>> = map
        .memberships
        .iter()
        .map(|m| {
            vec![
                s(m.table.clone()),
                s(map.name_of(&m.table)),
                s(m.party.clone()),
                s(map.name_of(&m.party)),
                s(m.person.clone().unwrap_or_default()),
                s(m.person
                    .as_deref()
                    .map(|p| map.name_of(p))
                    .unwrap_or_default()),
                s(m.role.label()),
            ]
        })
        .collect();
    let ws = wb.add_worksheet();
    ws.set_name(tx::SHEET_MEMBERSHIPS.get()).map_err(xlsx)?;
    fill_sheet(
        ws,
        &headers,
        &rows,
        &[18.0, 40.0, 18.0, 36.0, 16.0, 34.0, 12.0],
    )
    .map_err(xlsx)?;

    save(&mut wb, path)
}

/// Tables, meeting hours, degree, betweenness, closeness, articulation of a node.
fn metric_cells(m: Option<&&NodeMetrics>) -> Vec<V> {
    match m {
        Some(m) => vec![
            n(m.tables as f64),
            n(m.meeting_hours),
            n(m.degree as f64),
            n(m.betweenness),
            n(m.closeness),
            s(if m.articulation {
                tx::YES.get()
            } else {
                tx::NO.get()
            }),
        ],
        None => (0..6).map(|_| V::Empty).collect(),
    }
}

/// Header (bold, frozen, filtered), rows (text as strings, numbers as numbers) and widths.
fn fill_sheet(
    ws: &mut Worksheet,
    headers: &[Text],
    rows: &[Vec<V>],
    widths: &[f64],
) -> Result<(), XlsxError> {
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF3F4F6))
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    for (j, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, excel_col(j), h.get(), &bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let decimals = Format::new().set_num_format("0.000");
    for (i, row) in rows.iter().enumerate() {
        let r = excel_row(i + 1);
        for (j, v) in row.iter().enumerate() {
            let c = excel_col(j);
            match v {
                V::S(text) => {
                    if text.chars().count() > MAX_CELL_CHARS {
                        let cut: String = text.chars().take(MAX_CELL_CHARS - 1).collect();
                        ws.write_string(r, c, format!("{cut}…"))?;
                    } else {
                        ws.write_string(r, c, text)?;
                    }
                }
                V::N(x) if x.fract() != 0.0 && x.abs() < 1.0 => {
                    ws.write_number_with_format(r, c, *x, &decimals)?;
                }
                V::N(x) => {
                    ws.write_number(r, c, *x)?;
                }
                V::Empty => {}
            }
        }
    }
    if !headers.is_empty() {
        ws.autofilter(0, 0, excel_row(rows.len()), excel_col(headers.len() - 1))?;
    }
    for (j, w) in widths.iter().enumerate() {
        ws.set_column_width(excel_col(j), *w)?;
    }
    Ok(())
}
