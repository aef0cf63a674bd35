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
use crate::i18n::report as tx;
use crate::i18n::vocab::Label;
use crate::i18n::{Lang, Text};
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
    let tone = crate::style::Tone::of_finding(sev);
    (tone.text().rgb24(), tone.fill().rgb24())
}

/// One sheet of the workbook: its name, its columns (header, width) and its rows.
struct SheetSpec {
    name: Text,
    columns: &'static [(Text, f64)],
    rows: Vec<Vec<V>>,
}

const FINDINGS_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_SEVERITY, 10.0),
    (tx::COL_KIND, 24.0),
    (tx::COL_SUBJECTS, 40.0),
    (tx::COL_DOMAIN, 14.0),
    (tx::COL_LAYER, 14.0),
    (tx::COL_WERKGEBIED, 18.0),
    (tx::COL_MESSAGE, 70.0),
    (tx::COL_ADVICE, 70.0),
    (tx::COL_SUBJECT_IDS, 30.0),
];

/// The figures of a node, after the own columns of the Partijen and Personen sheets.
const METRIC_COLUMNS: [(Text, f64); 6] = [
    (tx::COL_TABLES, 8.0),
    (tx::COL_HOURS, 12.0),
    (tx::COL_DEGREE, 8.0),
    (tx::COL_BETWEENNESS, 12.0),
    (tx::COL_CLOSENESS, 12.0),
    (tx::COL_ARTICULATION, 12.0),
];

const PARTY_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 18.0),
    (tx::COL_NAME, 36.0),
    (tx::COL_PARTY_KIND, 18.0),
    (tx::COL_WERKGEBIED, 30.0),
    METRIC_COLUMNS[0],
    METRIC_COLUMNS[1],
    METRIC_COLUMNS[2],
    METRIC_COLUMNS[3],
    METRIC_COLUMNS[4],
    METRIC_COLUMNS[5],
];

const PERSON_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 16.0),
    (tx::COL_NAME, 34.0),
    (tx::COL_PARTY, 30.0),
    (tx::COL_FUNCTION, 34.0),
    (tx::COL_LAYER, 14.0),
    (tx::COL_NETWORK_ROLE, 24.0),
    (tx::COL_HOURS_MONTH, 12.0),
    METRIC_COLUMNS[0],
    METRIC_COLUMNS[1],
    METRIC_COLUMNS[2],
    METRIC_COLUMNS[3],
    METRIC_COLUMNS[4],
    METRIC_COLUMNS[5],
];

const TABLE_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 18.0),
    (tx::COL_NAME, 40.0),
    (tx::COL_TABLE_KIND, 12.0),
    (tx::COL_DOMAIN, 22.0),
    (tx::COL_LAYER, 22.0),
    (tx::COL_FREQUENCY, 10.0),
    (tx::COL_DURATION, 10.0),
    (tx::COL_HOURS, 10.0),
    (tx::COL_DECISION, 16.0),
    (tx::COL_WERKGEBIED, 30.0),
    (tx::COL_REPORTS_TO, 30.0),
    (tx::COL_PARTIES_AT, 10.0),
    (tx::COL_DEGREE, 8.0),
    (tx::COL_BETWEENNESS, 12.0),
];

const MEMBERSHIP_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_TABLE_ID, 18.0),
    (tx::COL_TABLE, 40.0),
    (tx::COL_PARTY_ID, 18.0),
    (tx::COL_PARTY, 36.0),
    (tx::COL_PERSON_ID, 16.0),
    (tx::COL_PERSON, 34.0),
    (tx::COL_ROLE, 12.0),
];

/// What every sheet's rows are built from.
struct Source<'a> {
    map: &'a Map,
    analysis: &'a Analysis,
    metrics: HashMap<&'a str, &'a NodeMetrics>,
    lang: Lang,
}

impl Source<'_> {
    /// Names of ids, joined with "; ".
    fn names(&self, ids: &[String]) -> V {
        s(ids
            .iter()
            .map(|id| self.map.name_of(id))
            .collect::<Vec<_>>()
            .join("; "))
    }

    /// Labels of vocabulary values, joined with "; ".
    fn labels<L: Label + Copy>(&self, values: impl IntoIterator<Item = L>) -> V {
        s(values
            .into_iter()
            .map(|v| v.label_in(self.lang))
            .collect::<Vec<_>>()
            .join("; "))
    }

    fn findings(&self) -> SheetSpec {
        let (map, lang) = (self.map, self.lang);
        let rows = self
            .analysis
            .findings
            .iter()
            .map(|f| {
                vec![
                    s(f.severity.label_in(lang)),
                    s(f.kind.label_in(lang)),
                    self.names(&f.subjects),
                    self.labels(f.domain),
                    self.labels(f.layer),
                    s(f.werkgebied
                        .as_deref()
                        .map(|w| map.name_of(w))
                        .unwrap_or_default()),
                    s(f.message(lang)),
                    s(f.advice(lang)),
                    s(f.subjects.join("; ")),
                ]
            })
            .collect();
        SheetSpec {
            name: tx::SHEET_FINDINGS,
            columns: FINDINGS_COLUMNS,
            rows,
        }
    }

    fn parties(&self) -> SheetSpec {
        let rows = self
            .map
            .parties
            .iter()
            .map(|p| {
                let mut r = vec![
                    s(p.id.clone()),
                    s(p.name.clone()),
                    s(p.kind.label_in(self.lang)),
                    self.names(&p.werkgebied),
                ];
                r.extend(metric_cells(self.metrics.get(p.id.as_str()), self.lang));
                r
            })
            .collect();
        SheetSpec {
            name: tx::SHEET_PARTIES,
            columns: PARTY_COLUMNS,
            rows,
        }
    }

    fn persons(&self) -> SheetSpec {
        let rows = self
            .map
            .persons
            .iter()
            .map(|p| {
                let mut r = vec![
                    s(p.id.clone()),
                    s(p.name.clone()),
                    s(self.map.name_of(&p.party)),
                    s(p.function.clone()),
                    self.labels(p.layer),
                    self.labels(p.network_roles.iter()),
                    opt_n(p.hours_per_month),
                ];
                r.extend(metric_cells(self.metrics.get(p.id.as_str()), self.lang));
                r
            })
            .collect();
        SheetSpec {
            name: tx::SHEET_PERSONS,
            columns: PERSON_COLUMNS,
            rows,
        }
    }

    fn tables(&self) -> SheetSpec {
        let mix = super::diagrams::kind_mix(self.map);
        let rows = self
            .map
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let m = self.metrics.get(t.id.as_str());
                vec![
                    s(t.id.clone()),
                    s(t.name.clone()),
                    s(t.kind.label_in(self.lang)),
                    self.labels(t.domains.iter()),
                    self.labels(t.layers.iter()),
                    opt_n(t.frequency),
                    opt_n(t.duration_hours),
                    opt_n(t.hours_per_year()),
                    self.labels(t.decision),
                    self.names(&t.werkgebied),
                    self.names(&t.reports_to),
                    n(mix.get(i).map(|c| c.iter().sum::<usize>()).unwrap_or(0) as f64),
                    m.map(|m| n(m.degree as f64)).unwrap_or(V::Empty),
                    m.map(|m| n(m.betweenness)).unwrap_or(V::Empty),
                ]
            })
            .collect();
        SheetSpec {
            name: tx::SHEET_TABLES,
            columns: TABLE_COLUMNS,
            rows,
        }
    }

    fn memberships(&self) -> SheetSpec {
        let map = self.map;
        let rows = map
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
                    s(m.role.label_in(self.lang)),
                ]
            })
            .collect();
        SheetSpec {
            name: tx::SHEET_MEMBERSHIPS,
            columns: MEMBERSHIP_COLUMNS,
            rows,
        }
    }
}

/// Writes the findings workbook to `path`, its texts in `lang`. With `anonymous`, person names
/// and ids are replaced first (and the findings recomputed on the anonymised map, so their
/// texts hold no names).
pub fn write_findings_workbook(
    map: &Map,
    analysis: &Analysis,
    path: &Path,
    anonymous: bool,
    lang: Lang,
) -> Result<(), ExportError> {
    let (map, analysis, _) = prepare(map, analysis, anonymous, lang);
    let (map, a) = (map.as_ref(), analysis.as_ref());
    let xlsx = |source: XlsxError| ExportError::Xlsx {
        path: path.to_path_buf(),
        source,
    };
    let src = Source {
        map,
        analysis: a,
        metrics: a.metrics.nodes.iter().map(|m| (m.id.as_str(), m)).collect(),
        lang,
    };
    let sheets = [
        src.findings(),
        src.parties(),
        src.persons(),
        src.tables(),
        src.memberships(),
    ];
    let mut wb = Workbook::new();
    for (i, spec) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet();
        ws.set_name(spec.name.get_in(lang)).map_err(xlsx)?;
        fill_sheet(ws, spec, lang).map_err(xlsx)?;
        if i == 0 {
            style_findings(ws, a, lang).map_err(xlsx)?;
        }
    }
    save(&mut wb, path)
}

/// The Bevindingen sheet's extras: severity cells coloured, message and advice wrapped.
fn style_findings(ws: &mut Worksheet, a: &Analysis, lang: Lang) -> Result<(), XlsxError> {
    for (i, f) in a.findings.iter().enumerate() {
        let (fg, bg) = severity_colours(f.severity);
        let fmt = Format::new()
            .set_bold()
            .set_font_color(Color::RGB(fg))
            .set_background_color(Color::RGB(bg));
        ws.write_string_with_format(excel_row(i + 1), 0, f.severity.label_in(lang), &fmt)?;
    }
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    ws.set_column_format(6, &wrap)?;
    ws.set_column_format(7, &wrap)?;
    Ok(())
}

/// Tables, meeting hours, degree, betweenness, closeness, articulation of a node.
fn metric_cells(m: Option<&&NodeMetrics>, lang: Lang) -> Vec<V> {
    match m {
        Some(m) => vec![
            n(m.tables as f64),
            n(m.meeting_hours),
            n(m.degree as f64),
            n(m.betweenness),
            n(m.closeness),
            s(if m.articulation {
                tx::YES.get_in(lang)
            } else {
                tx::NO.get_in(lang)
            }),
        ],
        None => (0..6).map(|_| V::Empty).collect(),
    }
}

/// Header (bold, frozen, filtered), rows (text as strings, numbers as numbers) and widths.
fn fill_sheet(ws: &mut Worksheet, spec: &SheetSpec, lang: Lang) -> Result<(), XlsxError> {
    let (columns, rows) = (spec.columns, &spec.rows);
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(crate::style::HEADER_FILL.rgb24()))
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    for (j, (h, _)) in columns.iter().enumerate() {
        ws.write_string_with_format(0, excel_col(j), h.get_in(lang), &bold)?;
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
    if !columns.is_empty() {
        ws.autofilter(0, 0, excel_row(rows.len()), excel_col(columns.len() - 1))?;
    }
    for (j, (_, w)) in columns.iter().enumerate() {
        ws.set_column_width(excel_col(j), *w)?;
    }
    Ok(())
}
