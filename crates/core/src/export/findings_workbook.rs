//! The findings and figures as an Excel workbook for people who work on in Excel and print it
//! for the board: sheets Bevindingen, Groepen, Acties, Driehoeken, Partijen (with metrics),
//! Personen, Tafels, Deelnames, Relaties, Drempels and Bronnen.
//!
//! Every text goes through `write_string` (a shared string, never a formula), so a name such as
//! `=HYPERLINK(…)`, `+31 6 …`, `-kwetsbaar` or `@home` stays text when Excel opens the file.
//! Numbers are numbers so the user can sort and sum. Headers are bold, frozen and filtered;
//! severity and triangle cells are coloured like the report, and the Ernst column starts with
//! a rank ("1 Hoog", "2 Middel", "3 Laag") so that sorting it puts the most serious first.
//!
//! Printing: every sheet is landscape A4, one page wide, with the header row repeated, the
//! map's title and the sheet in the page header and "Pagina n van m" in the footer. Text cells
//! wrap, and each row is given the height its longest wrapped cell needs: neither Excel nor
//! LibreOffice grows a row for wrapped text that a program wrote, so without it the lines of
//! one row run over the next.
//!
//! The document properties carry title, subject and author; the creation date is today's date
//! at midnight, so two exports of one map on one day are the same bytes.

use super::ExportError;
use super::report::prepare;
use super::workbook::{excel_col, excel_row, save};
use crate::analysis::{Analysis, NodeMetrics, Severity};
use crate::i18n::report as tx;
use crate::i18n::vocab::Label;
use crate::i18n::workbook as wx;
use crate::i18n::{Lang, Text};
use crate::model::Map;
use crate::style::Tone;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Excel's limit on the characters in one cell; longer texts are shortened with an ellipsis
/// (findings can list many names).
const MAX_CELL_CHARS: usize = 32_767;

/// Characters of running text per unit of column width. A unit is the width of a digit of the
/// default font (Calibri 11, or Carlito in LibreOffice); text averages a little narrower, but
/// a fallback font is wider, so one character per unit less a margin keeps rows from being
/// too short everywhere.
const CHARS_PER_UNIT: f64 = 1.0;
/// The height of one line of the default font, in points, and the room above and below.
const LINE_POINTS: f64 = 15.0;
const ROW_PADDING: f64 = 3.0;
/// Excel's largest row height.
const MAX_ROW_POINTS: f64 = 409.0;

/// A cell value of these sheets.
enum V {
    S(String),
    N(f64),
    /// A text in a coloured badge (a severity, a triangle state).
    Toned(String, Tone),
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

/// A severity as the Ernst column writes it: "1 Hoog", "2 Middel", "3 Laag".
fn severity_cell(sev: Severity, lang: Lang) -> V {
    let rank = match sev {
        Severity::Hoog => 1,
        Severity::Middel => 2,
        Severity::Laag => 3,
    };
    V::Toned(
        wx::SEVERITY_RANKED.fill_in(lang, &[("rank", &rank), ("label", &sev.label_in(lang))]),
        Tone::of_finding(sev),
    )
}

/// One sheet of the workbook: its name, its columns (header, width) and its rows.
struct SheetSpec {
    name: Text,
    columns: &'static [(Text, f64)],
    rows: Vec<Vec<V>>,
    /// Columns from this one on are left off the printout and do not wrap (ids that only a
    /// program needs, which would make the rows tall for nothing).
    print_until: Option<usize>,
}

impl SheetSpec {
    fn new(name: Text, columns: &'static [(Text, f64)], rows: Vec<Vec<V>>) -> Self {
        SheetSpec {
            name,
            columns,
            rows,
            print_until: None,
        }
    }
}

const FINDINGS_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_SEVERITY, 10.0),
    (tx::COL_KIND, 18.0),
    (tx::COL_SUBJECTS, 26.0),
    (tx::COL_DOMAIN, 12.0),
    (tx::COL_LAYER, 13.0),
    (tx::COL_WERKGEBIED, 14.0),
    (tx::COL_MESSAGE, 46.0),
    (tx::COL_ADVICE, 46.0),
    (tx::COL_SUBJECT_IDS, 24.0),
];

const GROUP_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_SEVERITY, 10.0),
    (tx::COL_KIND, 18.0),
    (wx::COL_TITLE, 30.0),
    (wx::COL_EXPLANATION, 46.0),
    (tx::COL_ADVICE, 46.0),
    (tx::COL_SUBJECTS, 30.0),
    (wx::COL_FINDINGS, 12.0),
];

const ACTION_COLUMNS: &[(Text, f64)] = &[
    (wx::COL_RANK, 6.0),
    (wx::COL_ACTION, 34.0),
    (wx::COL_EXPLANATION, 50.0),
    (wx::COL_EDITS, 40.0),
    (wx::COL_RESOLVES_N, 10.0),
    (wx::COL_RESOLVES, 34.0),
    (wx::COL_INTRODUCES_N, 12.0),
];

const TRIANGLE_COLUMNS: &[(Text, f64)] = &[
    (tx::TH_DOMAIN, 16.0),
    (tx::TH_SCOPE, 26.0),
    (tx::TH_STATE, 12.0),
    (tx::LEG_SHORT[0], 14.0),
    (tx::LEG_SHORT[1], 14.0),
    (tx::LEG_SHORT[2], 14.0),
    (tx::TH_CLOSING, 60.0),
];

/// The figures of a node, after the own columns of the Partijen and Personen sheets.
const METRIC_COLUMNS: [(Text, f64); 6] = [
    (tx::COL_TABLES, 8.0),
    (tx::COL_HOURS, 12.0),
    (tx::COL_DEGREE, 10.0),
    (tx::COL_BETWEENNESS, 13.0),
    (tx::COL_CLOSENESS, 12.0),
    (tx::COL_ARTICULATION, 11.0),
];

const PARTY_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 18.0),
    (tx::COL_NAME, 34.0),
    (tx::COL_PARTY_KIND, 16.0),
    (tx::COL_WERKGEBIED, 30.0),
    METRIC_COLUMNS[0],
    METRIC_COLUMNS[1],
    METRIC_COLUMNS[2],
    METRIC_COLUMNS[3],
    METRIC_COLUMNS[4],
    METRIC_COLUMNS[5],
];

const PERSON_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 14.0),
    (tx::COL_NAME, 24.0),
    (tx::COL_PARTY, 26.0),
    (tx::COL_FUNCTION, 26.0),
    (tx::COL_LAYER, 13.0),
    (tx::COL_NETWORK_ROLE, 16.0),
    (tx::COL_HOURS_MONTH, 9.0),
    METRIC_COLUMNS[0],
    METRIC_COLUMNS[1],
    METRIC_COLUMNS[2],
    METRIC_COLUMNS[3],
    METRIC_COLUMNS[4],
    METRIC_COLUMNS[5],
];

const TABLE_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_ID, 16.0),
    (tx::COL_NAME, 30.0),
    (tx::COL_TABLE_KIND, 10.0),
    (tx::COL_DOMAIN, 16.0),
    (tx::COL_LAYER, 14.0),
    (tx::COL_FREQUENCY, 9.0),
    (tx::COL_DURATION, 9.0),
    (tx::COL_HOURS, 11.0),
    (tx::COL_DECISION, 15.0),
    (tx::COL_WERKGEBIED, 24.0),
    (tx::COL_REPORTS_TO, 24.0),
    (tx::COL_PARTIES_AT, 10.0),
    (tx::COL_DEGREE, 10.0),
    (tx::COL_BETWEENNESS, 13.0),
];

const MEMBERSHIP_COLUMNS: &[(Text, f64)] = &[
    (tx::COL_TABLE_ID, 18.0),
    (tx::COL_TABLE, 36.0),
    (tx::COL_PARTY_ID, 18.0),
    (tx::COL_PARTY, 34.0),
    (tx::COL_PERSON_ID, 16.0),
    (tx::COL_PERSON, 30.0),
    (tx::COL_ROLE, 12.0),
];

const RELATION_COLUMNS: &[(Text, f64)] = &[
    (wx::COL_FROM_ID, 16.0),
    (wx::COL_FROM, 28.0),
    (wx::COL_TO_ID, 16.0),
    (wx::COL_TO, 28.0),
    (wx::COL_RELATION_KIND, 18.0),
    (tx::COL_DOMAIN, 16.0),
    (tx::COL_LAYER, 14.0),
    (wx::COL_QUALITY, 11.0),
    (wx::COL_NOTE, 44.0),
];

const THRESHOLD_COLUMNS: &[(Text, f64)] = &[
    (wx::COL_KEY, 28.0),
    (wx::COL_THRESHOLD, 80.0),
    (wx::COL_VALUE, 12.0),
];

const SOURCE_COLUMNS: &[(Text, f64)] = &[
    (wx::COL_DATA, 16.0),
    (wx::COL_FILE, 24.0),
    (wx::COL_ROWS, 8.0),
    (wx::COL_FREE_COLUMNS, 40.0),
    (wx::COL_SOURCE, 50.0),
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
                    severity_cell(f.severity, lang),
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
            print_until: Some(FINDINGS_COLUMNS.len() - 1),
            ..SheetSpec::new(tx::SHEET_FINDINGS, FINDINGS_COLUMNS, rows)
        }
    }

    fn groups(&self) -> SheetSpec {
        let lang = self.lang;
        let rows = self
            .analysis
            .groups
            .iter()
            .map(|g| {
                vec![
                    severity_cell(g.severity, lang),
                    s(g.kind.label_in(lang)),
                    s(g.title.render(lang)),
                    s(g.message.render(lang)),
                    s(g.advice.render(lang)),
                    self.names(&g.subjects),
                    n(g.findings.len() as f64),
                ]
            })
            .collect();
        SheetSpec::new(wx::SHEET_GROUPS, GROUP_COLUMNS, rows)
    }

    fn actions(&self) -> SheetSpec {
        let lang = self.lang;
        let kind_of: HashMap<&str, crate::analysis::FindingKind> = self
            .analysis
            .findings
            .iter()
            .map(|f| (f.key.as_str(), f.kind))
            .collect();
        let rows = self
            .analysis
            .actions
            .iter()
            .map(|a| {
                let edits: Vec<String> = a.edits.iter().map(|e| self.edit_text(e)).collect();
                // The kinds of the findings it resolves, with a count where there are more.
                let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
                for k in &a.resolves {
                    if let Some(kind) = kind_of.get(k.as_str()) {
                        *kinds.entry(kind.label_in(lang)).or_default() += 1;
                    }
                }
                let resolves: Vec<String> = kinds
                    .into_iter()
                    .map(|(k, c)| {
                        if c > 1 {
                            format!("{k} ({c})")
                        } else {
                            k.to_string()
                        }
                    })
                    .collect();
                vec![
                    n(a.rank as f64),
                    s(a.title.render(lang)),
                    s(a.explanation.render(lang)),
                    s(edits.join("\n")),
                    n(a.resolves.len() as f64),
                    s(resolves.join("; ")),
                    n(a.introduces.len() as f64),
                ]
            })
            .collect();
        SheetSpec::new(wx::SHEET_ACTIONS, ACTION_COLUMNS, rows)
    }

    /// What one change of an action does, in words.
    fn edit_text(&self, e: &crate::analysis::actions::ActionEdit) -> String {
        use crate::analysis::actions::ActionEdit;
        let (lang, name) = (self.lang, |id: &str| self.map.name_of(id).to_string());
        match e {
            ActionEdit::AddMembership {
                table,
                party,
                person,
            } => match person {
                Some(p) => wx::EDIT_MEMBERSHIP_BY.fill_in(
                    lang,
                    &[
                        ("party", &name(party)),
                        ("table", &name(table)),
                        ("person", &name(p)),
                    ],
                ),
                None => wx::EDIT_MEMBERSHIP
                    .fill_in(lang, &[("party", &name(party)), ("table", &name(table))]),
            },
            ActionEdit::AddReportingLine { table, reports_to } => wx::EDIT_REPORTING
                .fill_in(lang, &[("table", &name(table)), ("to", &name(reports_to))]),
            ActionEdit::AddRelation { from, to, domain } => match domain {
                Some(d) => wx::EDIT_RELATION_IN.fill_in(
                    lang,
                    &[
                        ("from", &name(from)),
                        ("to", &name(to)),
                        ("domain", &d.label_in(lang)),
                    ],
                ),
                None => {
                    wx::EDIT_RELATION.fill_in(lang, &[("from", &name(from)), ("to", &name(to))])
                }
            },
        }
    }

    fn triangles(&self) -> SheetSpec {
        let (a, lang) = (self.analysis, self.lang);
        let name = |id: &str| a.names.get(id).cloned().unwrap_or_else(|| id.to_string());
        let yes_no = |present: bool| {
            if present {
                V::Toned(tx::LEG_YES.get_in(lang).to_string(), Tone::Good)
            } else {
                V::Toned(tx::LEG_NO.get_in(lang).to_string(), Tone::Bad)
            }
        };
        let rows = a
            .triangles
            .iter()
            .map(|t| {
                let scope = t
                    .werkgebied
                    .as_deref()
                    .map(name)
                    .unwrap_or_else(|| tx::WHOLE_REGION.get_in(lang).to_string());
                let closing: Vec<String> = t.closing_tables.iter().map(|id| name(id)).collect();
                vec![
                    s(t.domain.label_in(lang)),
                    s(scope),
                    V::Toned(
                        t.state.label_in(lang).to_string(),
                        Tone::of_triangle(t.state),
                    ),
                    yes_no(t.legs.gemeente_woningcorporatie),
                    yes_no(t.legs.gemeente_zorgaanbieder),
                    yes_no(t.legs.woningcorporatie_zorgaanbieder),
                    s(closing.join("; ")),
                ]
            })
            .collect();
        SheetSpec::new(wx::SHEET_TRIANGLES, TRIANGLE_COLUMNS, rows)
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
        SheetSpec::new(tx::SHEET_PARTIES, PARTY_COLUMNS, rows)
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
        SheetSpec::new(tx::SHEET_PERSONS, PERSON_COLUMNS, rows)
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
        SheetSpec::new(tx::SHEET_TABLES, TABLE_COLUMNS, rows)
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
        SheetSpec::new(tx::SHEET_MEMBERSHIPS, MEMBERSHIP_COLUMNS, rows)
    }

    fn relations(&self) -> SheetSpec {
        let map = self.map;
        let rows = map
            .relations
            .iter()
            .map(|r| {
                vec![
                    s(r.from.clone()),
                    s(map.name_of(&r.from)),
                    s(r.to.clone()),
                    s(map.name_of(&r.to)),
                    s(r.kind.clone()),
                    self.labels(r.domains.iter()),
                    self.labels(r.layers.iter()),
                    self.labels(r.quality),
                    s(r.note.clone()),
                ]
            })
            .collect();
        SheetSpec::new(wx::SHEET_RELATIONS, RELATION_COLUMNS, rows)
    }

    fn thresholds(&self) -> SheetSpec {
        let t = &self.analysis.thresholds;
        // The values as numbers, from the serde form that `--drempel` sets.
        let values = serde_json::to_value(t).unwrap_or_default();
        let rows = t
            .entries(self.lang)
            .into_iter()
            .map(|(key, label, shown)| {
                let value = match values.get(key).and_then(serde_json::Value::as_f64) {
                    Some(x) => n(x),
                    None => s(shown),
                };
                vec![s(key), s(label.get_in(self.lang)), value]
            })
            .collect();
        SheetSpec::new(wx::SHEET_THRESHOLDS, THRESHOLD_COLUMNS, rows)
    }

    fn sources(&self) -> SheetSpec {
        use crate::import::schema::FileKind;
        let (map, lang) = (self.map, self.lang);
        // The folder or workbook the data was read from, by its name only: the workbook goes to
        // others, the folders above it are the user's own business.
        let source = map
            .arrangement
            .views
            .get(crate::view_state::SOURCE)
            .and_then(|v| v.as_str())
            .map(|p| {
                Path::new(p)
                    .file_name()
                    .map_or_else(|| p.to_string(), |n| n.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| wx::UNKNOWN_SOURCE.get_in(lang).to_string());
        let free = |rows: &mut dyn Iterator<Item = &crate::model::Attributes>| {
            let mut names: Vec<&str> = Vec::new();
            for attrs in rows {
                for (k, _) in attrs {
                    if !names.contains(&k.as_str()) {
                        names.push(k);
                    }
                }
            }
            names.join("; ")
        };
        let kinds = [
            (FileKind::Parties, wx::DATA_PARTIES, map.parties.len(), {
                free(&mut map.parties.iter().map(|p| &p.attributes))
            }),
            (FileKind::Tables, wx::DATA_TABLES, map.tables.len(), {
                free(&mut map.tables.iter().map(|p| &p.attributes))
            }),
            (
                FileKind::Memberships,
                wx::DATA_MEMBERSHIPS,
                map.memberships.len(),
                free(&mut map.memberships.iter().map(|p| &p.attributes)),
            ),
            (FileKind::Persons, wx::DATA_PERSONS, map.persons.len(), {
                free(&mut map.persons.iter().map(|p| &p.attributes))
            }),
            (
                FileKind::Relations,
                wx::DATA_RELATIONS,
                map.relations.len(),
                free(&mut map.relations.iter().map(|p| &p.attributes)),
            ),
        ];
        let rows = kinds
            .into_iter()
            .map(|(kind, label, count, extra)| {
                vec![
                    s(label.get_in(lang)),
                    s(format!("{}.csv", kind.name())),
                    n(count as f64),
                    s(extra),
                    s(source.clone()),
                ]
            })
            .collect();
        SheetSpec::new(wx::SHEET_SOURCES, SOURCE_COLUMNS, rows)
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
        src.groups(),
        src.actions(),
        src.triangles(),
        src.parties(),
        src.persons(),
        src.tables(),
        src.memberships(),
        src.relations(),
        src.thresholds(),
        src.sources(),
    ];
    let title = if map.title.trim().is_empty() {
        wx::DEFAULT_TITLE.get_in(lang)
    } else {
        map.title.trim()
    };
    let mut wb = Workbook::new();
    wb.set_properties(&properties(title, lang).map_err(xlsx)?);
    for spec in &sheets {
        let ws = wb.add_worksheet();
        ws.set_name(spec.name.get_in(lang)).map_err(xlsx)?;
        fill_sheet(ws, spec, lang).map_err(xlsx)?;
        print_setup(ws, spec, title, lang).map_err(xlsx)?;
    }
    save(&mut wb, path)
}

/// Title, subject, author and keywords; created today at midnight (UTC), so that the bytes do
/// not change within a day.
fn properties(title: &str, lang: Lang) -> Result<DocProperties, XlsxError> {
    let today = crate::i18n::date::Date::today();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year).unwrap_or(2000),
        u8::try_from(today.month).unwrap_or(1),
        u8::try_from(today.day).unwrap_or(1),
    )?;
    Ok(DocProperties::new()
        .set_title(title)
        .set_subject(wx::SUBJECT.get_in(lang))
        .set_author("Netwerkkaart")
        .set_company("Netwerkkaart")
        .set_keywords(wx::KEYWORDS.get_in(lang))
        .set_comment(wx::COMMENT.get_in(lang))
        .set_creation_datetime(&created))
}

/// Landscape A4, one page wide, the header row on every page, title and sheet in the page
/// header, page numbers in the footer, gridlines printed (the rows are long).
fn print_setup(
    ws: &mut Worksheet,
    spec: &SheetSpec,
    title: &str,
    lang: Lang,
) -> Result<(), XlsxError> {
    const A4: u8 = 9;
    ws.set_landscape();
    ws.set_paper_size(A4);
    ws.set_margins(0.4, 0.4, 0.6, 0.6, 0.25, 0.25);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_gridlines(true);
    ws.set_repeat_rows(0, 0)?;
    // `&` starts a code in Excel's header language: a literal one is doubled.
    let code = |t: &str| t.replace('&', "&&");
    ws.set_header(format!(
        "&L&\"-,Bold\"{}&R{}",
        code(title),
        code(spec.name.get_in(lang))
    ));
    ws.set_footer(format!("&LNetwerkkaart&R{}", wx::FOOTER_PAGES.get_in(lang)));
    if let Some(last) = spec.print_until
        && last > 0
    {
        ws.set_print_area(0, 0, excel_row(spec.rows.len()), excel_col(last - 1))?;
    }
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

/// The lines a text takes in a wrapping cell `width` units wide: words are put on a line while
/// they fit, a word longer than a line is broken, and every newline starts a line.
fn wrapped_lines(text: &str, width: f64) -> usize {
    let per_line = ((width - 1.0) * CHARS_PER_UNIT).floor().max(1.0) as usize;
    text.split('\n')
        .map(|para| {
            let (mut lines, mut used) = (1usize, 0usize);
            for word in para.split_whitespace() {
                let w = word.chars().count();
                if used > 0 && used + 1 + w <= per_line {
                    used += 1 + w;
                    continue;
                }
                if used > 0 {
                    lines += 1;
                }
                lines += (w - 1) / per_line;
                used = (w - 1) % per_line + 1;
            }
            lines
        })
        .sum()
}

/// The height a row needs for its wrapped texts, in points; `None` for one line.
fn row_height(row: &[V], columns: &[(Text, f64)]) -> Option<f64> {
    let lines = row
        .iter()
        .zip(columns)
        .map(|(v, (_, w))| match v {
            V::S(t) | V::Toned(t, _) => wrapped_lines(t, *w),
            _ => 1,
        })
        .max()
        .unwrap_or(1);
    (lines > 1).then(|| (lines as f64 * LINE_POINTS + ROW_PADDING).min(MAX_ROW_POINTS))
}

/// Header (bold, frozen, filtered), rows (text as wrapping strings, numbers as numbers, badges
/// coloured), widths and row heights.
fn fill_sheet(ws: &mut Worksheet, spec: &SheetSpec, lang: Lang) -> Result<(), XlsxError> {
    let (columns, rows) = (spec.columns, &spec.rows);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(crate::style::HEADER_FILL.rgb24()))
        .set_border_bottom(FormatBorder::Thin);
    for (j, (h, w)) in columns.iter().enumerate() {
        ws.write_string_with_format(0, excel_col(j), h.get_in(lang), &header)?;
        ws.set_column_width(excel_col(j), *w)?;
    }
    let header_lines = columns
        .iter()
        .map(|(h, w)| wrapped_lines(h.get_in(lang), *w))
        .max()
        .unwrap_or(1);
    if header_lines > 1 {
        ws.set_row_height(0, header_lines as f64 * LINE_POINTS + ROW_PADDING)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let number = Format::new().set_align(FormatAlign::Top);
    let decimals = number.clone().set_num_format("0.000");
    let mut toned: HashMap<Tone, Format> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let r = excel_row(i + 1);
        for (j, v) in row.iter().enumerate() {
            let c = excel_col(j);
            match v {
                V::S(t) if spec.print_until.is_some_and(|last| j >= last) => {
                    ws.write_string_with_format(r, c, cell_text(t), &number)?;
                }
                V::S(t) => {
                    ws.write_string_with_format(r, c, cell_text(t), &text)?;
                }
                V::Toned(t, tone) => {
                    let fmt = toned.entry(*tone).or_insert_with(|| {
                        text.clone()
                            .set_bold()
                            .set_font_color(Color::RGB(tone.text().rgb24()))
                            .set_background_color(Color::RGB(tone.fill().rgb24()))
                    });
                    ws.write_string_with_format(r, c, cell_text(t), fmt)?;
                }
                V::N(x) if x.fract() != 0.0 && x.abs() < 1.0 => {
                    ws.write_number_with_format(r, c, *x, &decimals)?;
                }
                V::N(x) => {
                    ws.write_number_with_format(r, c, *x, &number)?;
                }
                V::Empty => {}
            }
        }
        let wrapped = spec.print_until.unwrap_or(columns.len()).min(row.len());
        if let Some(h) = row_height(&row[..wrapped], columns) {
            ws.set_row_height(r, h)?;
        }
    }
    if !columns.is_empty() {
        ws.autofilter(0, 0, excel_row(rows.len()), excel_col(columns.len() - 1))?;
    }
    Ok(())
}

/// A text as a cell can hold it: at most Excel's limit, with an ellipsis when cut.
fn cell_text(t: &str) -> std::borrow::Cow<'_, str> {
    if t.chars().count() > MAX_CELL_CHARS {
        let cut: String = t.chars().take(MAX_CELL_CHARS - 1).collect();
        std::borrow::Cow::Owned(format!("{cut}…"))
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_follow_words_newlines_and_long_words() {
        // 10 units wide: (10 - 1) × 1.0, so 9 characters a line.
        assert_eq!(wrapped_lines("", 10.0), 1);
        assert_eq!(wrapped_lines("abc def", 10.0), 1);
        // "abc def" is 7, "+ ghi" would make 11 > 9.
        assert_eq!(wrapped_lines("abc def ghi", 10.0), 2);
        assert_eq!(wrapped_lines("a\nb\nc", 10.0), 3);
        // 20 characters without a space: 9 + 9 + 2.
        assert_eq!(wrapped_lines(&"x".repeat(20), 10.0), 3);
        // After a broken word the next short word joins its last line: "xx yy" fits.
        assert_eq!(wrapped_lines(&format!("{} yy", "x".repeat(20)), 10.0), 3);
    }

    #[test]
    fn rows_of_one_line_keep_the_default_height_and_long_ones_grow() {
        const COLS: &[(Text, f64)] = &[(tx::COL_MESSAGE, 10.0), (tx::COL_ADVICE, 10.0)];
        assert_eq!(row_height(&[s("kort"), n(3.0)], COLS), None);
        let h = row_height(&[s("abc def ghi"), s("a\nb\nc\nd")], COLS).unwrap();
        assert_eq!(h, 4.0 * LINE_POINTS + ROW_PADDING);
        let huge = row_height(&[s("a\n".repeat(100)), V::Empty], COLS).unwrap();
        assert_eq!(huge, MAX_ROW_POINTS);
    }

    #[test]
    fn the_severity_column_sorts_hoog_middel_laag() {
        let mut cells: Vec<String> = [Severity::Laag, Severity::Hoog, Severity::Middel]
            .iter()
            .map(|s| match severity_cell(*s, Lang::Nl) {
                V::Toned(t, _) => t,
                _ => String::new(),
            })
            .collect();
        cells.sort();
        assert_eq!(cells, ["1 Hoog", "2 Middel", "3 Laag"]);
    }
}
