//! The report for the board (bestuurlijk overleg): one self-contained HTML file with the
//! summary figures, the pictures, the triangle table, the findings with their advice, the
//! tables per domain and layer, the thresholds used and a short guide to reading it.
//!
//! Self-contained means: inline CSS (with print rules: A4, page breaks between the main
//! sections, no split findings), inline SVG, no scripts, no fonts or images fetched from
//! anywhere, so the file can be mailed, archived and printed to PDF from any browser. It is
//! written as polyglot XHTML (every element closed, only the five XML entities), so it also
//! parses as XML, which is how the tests check its structure.
//!
//! PDF is not produced here: a pure-Rust PDF writer with decent typography costs some 90 crates;
//! "Afdrukken → Opslaan als PDF" from the browser gives a good PDF thanks to the print CSS.

use super::diagrams::{DiagramOptions, cells, matrix_svg, triangle_svg_pages};
use super::xml::xml_escape;
use crate::analysis::{Analysis, Finding, Severity, TriangleState, analyse};
use crate::i18n::Lang;
use crate::i18n::date::Date;
use crate::i18n::report as tx;
use crate::i18n::vocab::Label;
use crate::model::{Domain, Layer, Map, Vocab, anonymise_with_ids};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What goes into a report besides the map and its analysis.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Extra pictures shown first under "Het netwerk in beeld", as (caption, SVG document); the
    /// network picture goes here. They are inlined as given: with `anonymous`, the caller must
    /// have drawn them from the anonymised map.
    pub pictures: Vec<(String, String)>,
    /// Replace person names (see [`crate::model::anonymise`]); the analysis is recomputed on
    /// the anonymised map with the same thresholds.
    pub anonymous: bool,
    /// The report title; empty for the map's title, or a default.
    pub title: String,
    /// The date as printed (e.g. [`today_text`]).
    pub date: String,
    /// Leave out the triangle and matrix pictures (the tables stay).
    pub no_diagrams: bool,
    /// The language of the report.
    pub lang: Lang,
}

/// The map and analysis to show, anonymised when asked, with the person-id renaming.
pub(crate) fn prepare<'a>(
    map: &'a Map,
    analysis: &'a Analysis,
    anonymous: bool,
    lang: Lang,
) -> (Cow<'a, Map>, Cow<'a, Analysis>, BTreeMap<String, String>) {
    if !anonymous {
        return (Cow::Borrowed(map), Cow::Borrowed(analysis), BTreeMap::new());
    }
    let anon = anonymise_with_ids(map, lang);
    let a = analyse(&anon.map, &analysis.thresholds);
    (Cow::Owned(anon.map), Cow::Owned(a), anon.ids)
}

/// The map anonymised (see [`crate::model::anonymise`]) and its analysis recomputed with the
/// same thresholds: what a caller draws its own pictures from in anonymous mode (the network
/// picture, `--view driehoek|matrix --anoniem`).
pub fn anonymised(map: &Map, analysis: &Analysis, lang: Lang) -> (Map, Analysis) {
    let anon = anonymise_with_ids(map, lang).map;
    let a = analyse(&anon, &analysis.thresholds);
    (anon, a)
}

/// Today as `YYYY-MM-DD` (for file metadata such as GEXF's `lastmodifieddate`).
pub fn today_iso() -> String {
    Date::today().iso()
}

/// Today written out in `lang`: "22 november 2026" / "22 November 2026".
pub fn today_text(lang: Lang) -> String {
    Date::today().text(lang)
}

/// A number in `lang` (decimal comma in Dutch), at most `digits` decimals.
fn num(x: f64, digits: usize, lang: Lang) -> String {
    crate::i18n::number::trimmed(x, digits, lang)
}

/// Escaped text with `**bold**` and `*italic*` marks turned into `<strong>` and `<em>`.
fn inline(s: &str) -> String {
    let e = xml_escape(s).into_owned();
    let mut out = String::with_capacity(e.len() + 32);
    let mut strong = false;
    let mut em = false;
    let mut it = e.chars().peekable();
    while let Some(c) = it.next() {
        if c == '*' {
            if it.peek() == Some(&'*') {
                it.next();
                out.push_str(if strong { "</strong>" } else { "<strong>" });
                strong = !strong;
            } else {
                out.push_str(if em { "</em>" } else { "<em>" });
                em = !em;
            }
        } else {
            out.push(c);
        }
    }
    // An unbalanced mark in a text must not break the document.
    if em {
        out.push_str("</em>");
    }
    if strong {
        out.push_str("</strong>");
    }
    out
}

/// An SVG document ready to inline: without an XML declaration or doctype.
fn inline_svg(svg: &str) -> &str {
    let mut s = svg.trim_start();
    if s.starts_with("<?xml")
        && let Some(end) = s.find("?>")
    {
        s = s[end + 2..].trim_start();
    }
    if s.starts_with("<!DOCTYPE")
        && let Some(end) = s.find('>')
    {
        s = s[end + 1..].trim_start();
    }
    s
}

/// The colours of the report as CSS custom properties, from the one palette in `crate::style`;
/// the rest of [`CSS`] refers to them only through `var(--…)`.
fn css_colours() -> String {
    use crate::style::{self, SeverityLevel, Tone};
    let mut s = format!(
        ":root {{ --ink:{}; --muted:{}; --rule:{}; --soft:{}; --accent:{}; --paper:{}; \
         --note:{}; --note-fill:{}; --head-rule:{}; --card-edge:{}; --empty:{};",
        style::INK,
        style::INK_SOFT,
        style::RULE,
        style::SOFT_FILL,
        style::ACCENT,
        style::PAPER,
        style::NOTE_TEXT,
        style::NOTE_FILL,
        style::TABLE_HEAD_RULE,
        style::CARD_EDGE,
        style::EMPTY_CELL,
    );
    for (name, tone) in [
        ("good", Tone::Good),
        ("info", Tone::Info),
        ("warning", Tone::Warning),
        ("bad", Tone::Bad),
    ] {
        let _ = write!(
            s,
            " --{name}:{}; --{name}-fill:{};",
            tone.text(),
            tone.fill()
        );
    }
    for (name, level) in [
        ("hoog", SeverityLevel::Hoog),
        ("middel", SeverityLevel::Middel),
        ("laag", SeverityLevel::Laag),
    ] {
        let _ = write!(s, " --sev-{name}:{};", style::severity_color(level));
    }
    s.push_str(" }");
    s
}

const CSS: &str = r#"
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font-family: "Segoe UI", Ubuntu, "DejaVu Sans", Arial, sans-serif; font-size: 15.5px; line-height: 1.55; }
main { max-width: 980px; margin: 0 auto; padding: 48px 40px 64px; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 22px; margin-bottom: 8px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12.5px; color: var(--muted); margin: 0 0 10px; }
h1 { font-size: 34px; line-height: 1.2; margin: 0 0 10px; color: var(--accent); font-weight: 600; }
.meta { color: var(--muted); margin: 0; }
.anon { display: inline-block; margin-top: 10px; font-size: 13px; color: var(--note); background: var(--note-fill); border-radius: 4px; padding: 3px 10px; }
nav.toc { margin: 22px 0 8px; font-size: 14px; color: var(--muted); }
nav.toc ol { margin: 6px 0 0; padding-left: 20px; columns: 2; }
section { margin-top: 44px; }
h2 { font-size: 23px; font-weight: 600; color: var(--accent); margin: 0 0 16px; padding-bottom: 8px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 17px; font-weight: 600; margin: 28px 0 10px; }
p { margin: 0 0 12px; }
.figures { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; margin: 18px 0 22px; }
.figure { background: var(--soft); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 14px; }
.figure b { display: block; font-size: 28px; font-weight: 600; line-height: 1.1; color: var(--accent); }
.figure span { font-size: 13px; color: var(--muted); }
.sev-counts { display: flex; gap: 10px; flex-wrap: wrap; margin: 6px 0 16px; }
.pill { display: inline-block; border-radius: 999px; padding: 2px 12px; font-size: 13px; font-weight: 600; }
.sev-hoog { color: var(--bad); background: var(--bad-fill); }
.sev-middel { color: var(--warning); background: var(--warning-fill); }
.sev-laag { color: var(--info); background: var(--info-fill); }
.st-gesloten { color: var(--good); background: var(--good-fill); }
.st-verbonden { color: var(--info); background: var(--info-fill); }
.st-open { color: var(--warning); background: var(--warning-fill); }
.st-afwezig { color: var(--bad); background: var(--bad-fill); }
ul.top { padding-left: 20px; margin: 0 0 12px; }
ul.top li { margin-bottom: 6px; }
figure { margin: 18px 0 26px; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 8px; }
figcaption { font-size: 13.5px; color: var(--muted); margin-top: 8px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; margin: 8px 0 18px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--rule); }
thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid var(--head-rule); }
td.yes { color: var(--good); font-weight: 600; }
td.no { color: var(--bad); font-weight: 600; }
table.triangles th.leg { font-size: 12.5px; text-align: center; }
.pill { white-space: nowrap; }
table.triangles td.yes, table.triangles td.no { text-align: center; }
table.triangles td:last-child { width: 34%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.matrix th[scope=row] { width: 130px; background: var(--soft); }
table.matrix td { width: 30%; }
table.matrix ul { margin: 0; padding-left: 16px; }
table.matrix li { margin-bottom: 4px; }
table.matrix td.empty { background: var(--empty); color: var(--bad); font-style: italic; }
.small { font-size: 12.5px; color: var(--muted); }
article.finding { border: 1px solid var(--rule); border-left: 5px solid var(--card-edge); border-radius: 6px; padding: 14px 18px; margin: 0 0 14px; }
article.finding.sev-hoog { border-left-color: var(--sev-hoog); background: var(--paper); color: var(--ink); }
article.finding.sev-middel { border-left-color: var(--sev-middel); background: var(--paper); color: var(--ink); }
article.finding.sev-laag { border-left-color: var(--sev-laag); background: var(--paper); color: var(--ink); }
article.finding h4 { margin: 0 0 6px; font-size: 15.5px; font-weight: 600; }
.scope { font-weight: 400; color: var(--muted); font-size: 13.5px; }
.advice { background: var(--soft); border-radius: 4px; padding: 8px 12px; margin: 8px 0 6px; font-size: 14.5px; }
.advice b { color: var(--accent); }
.concerns { font-size: 13px; color: var(--muted); margin: 0; }
.howto p { max-width: 760px; }
footer { margin-top: 56px; padding-top: 14px; border-top: 1px solid var(--rule); font-size: 12.5px; color: var(--muted); }
@media (max-width: 760px) { .figures { grid-template-columns: repeat(3, 1fr); } main { padding: 24px 16px; } }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section { margin-top: 0; }
  section.major { break-before: page; page-break-before: always; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  figure, article.finding, tr, .figures { break-inside: avoid; page-break-inside: avoid; }
  figure svg { border: none; max-height: 240mm; width: auto; max-width: 100%; margin: 0 auto; }
  thead { display: table-header-group; }
  th, td { padding: 5px 6px; }
  table { font-size: 9.5pt; }
  table.triangles th.leg { font-size: 8.5pt; }
  .pill { padding: 1px 8px; }
}
"#;

/// The sections of the report, in order: (id, title).
fn sections(has_pictures: bool, lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut v = vec![("samenvatting", tx::SEC_SUMMARY.get_in(lang))];
    if has_pictures {
        v.push(("beelden", tx::SEC_PICTURES.get_in(lang)));
    }
    v.extend([
        ("driehoek", tx::SEC_TRIANGLE.get_in(lang)),
        ("bevindingen", tx::SEC_FINDINGS.get_in(lang)),
        ("tafels", tx::SEC_TABLES.get_in(lang)),
        ("drempels", tx::SEC_THRESHOLDS.get_in(lang)),
        ("lezen", tx::SEC_HOWTO.get_in(lang)),
    ]);
    v
}

/// The report as one self-contained HTML document (see the module documentation).
pub fn write_html(map: &Map, analysis: &Analysis, opts: &ReportOptions) -> String {
    let lang = opts.lang;
    // Before anonymising: the snapshots are dropped from an anonymised copy.
    let progress = super::report_progress::section(map, analysis, lang);
    let (map, a, _) = prepare(map, analysis, opts.anonymous, lang);
    let (map, a) = (map.as_ref(), a.as_ref());
    let title = if !opts.title.trim().is_empty() {
        opts.title.clone()
    } else if !map.title.trim().is_empty() {
        map.title.clone()
    } else {
        tx::REPORT_DEFAULT_TITLE.get_in(lang).to_string()
    };
    let date = if opts.date.trim().is_empty() {
        today_text(lang)
    } else {
        opts.date.clone()
    };
    let lang_code = if lang == Lang::En { "en" } else { "nl" };
    let mut s = String::with_capacity(64 * 1024);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lang_code}\" xml:lang=\"{lang_code}\">\n<head>\n\
         <meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"generator\" content=\"Netwerkkaart\" />\n<title>{}</title>\n<style>\n{}{CSS}</style>\n</head>\n<body>\n<main>\n",
        xml_escape(&title),
        css_colours()
    );

    // Cover.
    let _ = write!(
        s,
        "<header class=\"cover\">\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        xml_escape(tx::REPORT_KICKER.get_in(lang)),
        xml_escape(&title),
        xml_escape(&date)
    );
    if opts.anonymous {
        let _ = writeln!(
            s,
            "<p class=\"anon\">{}</p>",
            xml_escape(tx::ANON_NOTE.get_in(lang))
        );
    }
    s.push_str("</header>\n");
    let has_pictures = !opts.pictures.is_empty();
    let secs = sections(has_pictures, lang);
    let _ = write!(
        s,
        "<nav class=\"toc\">{}<ol>",
        xml_escape(tx::CONTENTS.get_in(lang))
    );
    for (id, t) in &secs {
        let _ = write!(s, "<li><a href=\"#{id}\">{}</a></li>", xml_escape(t));
    }
    s.push_str("</ol></nav>\n");

    summary(&mut s, map, a, lang);
    s.push_str(&progress);
    if has_pictures {
        let _ = write!(
            s,
            "<section id=\"beelden\" class=\"major\">\n<h2>{}</h2>\n",
            xml_escape(tx::SEC_PICTURES.get_in(lang))
        );
        for (caption, svg) in &opts.pictures {
            let _ = write!(
                s,
                "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                inline_svg(svg),
                xml_escape(caption)
            );
        }
        s.push_str("</section>\n");
    }
    let dopts = DiagramOptions {
        title: String::new(),
        date: date.clone(),
        lang,
    };
    triangle_section(&mut s, map, a, &dopts, opts.no_diagrams, lang);
    findings_section(&mut s, map, a, lang);
    tables_section(&mut s, map, &dopts, opts.no_diagrams);
    thresholds_section(&mut s, a, lang);
    let _ = write!(
        s,
        "<section id=\"lezen\" class=\"howto\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_HOWTO.get_in(lang))
    );
    for p in tx::HOWTO {
        let _ = writeln!(s, "<p>{}</p>", inline(p.get_in(lang)));
    }
    s.push_str("</section>\n");
    let _ = write!(
        s,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        xml_escape(&tx::FOOTER.fill_in(lang, &[("date", &date)]))
    );
    s
}

fn severity_class(sev: Severity) -> &'static str {
    match sev {
        Severity::Hoog => "sev-hoog",
        Severity::Middel => "sev-middel",
        Severity::Laag => "sev-laag",
    }
}

fn summary(s: &mut String, map: &Map, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"samenvatting\">\n<h2>{}</h2>\n<div class=\"figures\">\n",
        xml_escape(tx::SEC_SUMMARY.get_in(lang))
    );
    let sm = &a.summary;
    for (n, label) in [
        (sm.parties, tx::FIG_PARTIES),
        (sm.persons, tx::FIG_PERSONS),
        (sm.tables, tx::FIG_TABLES),
        (sm.memberships, tx::FIG_MEMBERSHIPS),
        (sm.relations, tx::FIG_RELATIONS),
        (a.findings.len(), tx::FIG_FINDINGS),
    ] {
        let _ = writeln!(
            s,
            "<div class=\"figure\"><b>{n}</b><span>{}</span></div>",
            xml_escape(label.get_in(lang))
        );
    }
    s.push_str("</div>\n");
    let count = |sev| a.findings.iter().filter(|f| f.severity == sev).count();
    let whole: Vec<_> = a
        .triangles
        .iter()
        .filter(|t| t.werkgebied.is_none())
        .collect();
    let closed = whole
        .iter()
        .filter(|t| t.state == TriangleState::Gesloten)
        .count();
    let _ = writeln!(
        s,
        "<p>{}</p>",
        xml_escape(
            &tx::SUMMARY_TRIANGLES.fill_in(lang, &[("closed", &closed), ("total", &whole.len())])
        )
    );
    let _ = writeln!(
        s,
        "<p>{}</p>",
        xml_escape(&tx::SUMMARY_FINDINGS.fill_in(
            lang,
            &[
                ("n", &a.findings.len()),
                ("hoog", &count(Severity::Hoog)),
                ("middel", &count(Severity::Middel)),
                ("laag", &count(Severity::Laag)),
            ]
        ))
    );
    let grid = cells(map);
    let mut empty: Vec<String> = Vec::new();
    for (r, l) in Layer::ALL.iter().enumerate() {
        for (c, d) in Domain::ALL.iter().enumerate() {
            if grid[r][c].is_empty() {
                empty.push(format!(
                    "{} × {}",
                    d.label_in(lang).to_lowercase(),
                    l.label_in(lang).to_lowercase()
                ));
            }
        }
    }
    let cells_line = if empty.is_empty() {
        tx::SUMMARY_NO_EMPTY_CELLS.get_in(lang).to_string()
    } else {
        tx::SUMMARY_EMPTY_CELLS.fill_in(lang, &[("cells", &empty.join(", "))])
    };
    let _ = writeln!(s, "<p>{}</p>", xml_escape(&cells_line));
    let parts = if a.metrics.components <= 1 {
        tx::ONE_WHOLE.get_in(lang).to_string()
    } else {
        tx::N_PARTS.fill_in(lang, &[("n", &a.metrics.components)])
    };
    let _ = writeln!(
        s,
        "<p>{}</p>",
        xml_escape(&tx::SUMMARY_NETWORK.fill_in(
            lang,
            &[
                ("components", &parts),
                ("density", &num(a.metrics.density, 3, lang)),
            ]
        ))
    );
    // The main findings: every high one, or the first few when there are none.
    let top: Vec<&Finding> = {
        let high: Vec<&Finding> = a
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Hoog)
            .collect();
        if high.is_empty() {
            a.findings.iter().take(5).collect()
        } else {
            high.into_iter().take(8).collect()
        }
    };
    if !top.is_empty() {
        let _ = write!(
            s,
            "<h3>{}</h3>\n<ul class=\"top\">\n",
            xml_escape(tx::TOP_FINDINGS.get_in(lang))
        );
        for f in top {
            let _ = writeln!(
                s,
                "<li><span class=\"pill {}\">{}</span> <b>{}</b> — {}</li>",
                severity_class(f.severity),
                xml_escape(f.severity.label_in(lang)),
                xml_escape(f.kind.label_in(lang)),
                xml_escape(&f.message(lang))
            );
        }
        s.push_str("</ul>\n");
    }
    s.push_str("</section>\n");
}

fn triangle_section(
    s: &mut String,
    map: &Map,
    a: &Analysis,
    dopts: &DiagramOptions,
    no_diagrams: bool,
    lang: Lang,
) {
    let _ = write!(
        s,
        "<section id=\"driehoek\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_TRIANGLE.get_in(lang))
    );
    if !no_diagrams {
        for (i, svg) in triangle_svg_pages(map, a, dopts).iter().enumerate() {
            let caption = if i == 0 {
                tx::TRIANGLE_TITLE.get_in(lang)
            } else {
                tx::TRIANGLE_PER_WERKGEBIED.get_in(lang)
            };
            let _ = write!(
                s,
                "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
                inline_svg(svg),
                xml_escape(caption)
            );
        }
    }
    let _ = write!(
        s,
        "<table class=\"triangles\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>",
        xml_escape(tx::TH_DOMAIN.get_in(lang)),
        xml_escape(tx::TH_SCOPE.get_in(lang)),
        xml_escape(tx::TH_STATE.get_in(lang))
    );
    for l in tx::LEG_SHORT {
        let _ = write!(s, "<th class=\"leg\">{}</th>", xml_escape(l.get_in(lang)));
    }
    let _ = writeln!(
        s,
        "<th>{}</th></tr></thead>\n<tbody>",
        xml_escape(tx::TH_CLOSING.get_in(lang))
    );
    let name = |id: &str| a.names.get(id).cloned().unwrap_or_else(|| id.to_string());
    for t in &a.triangles {
        let scope = t
            .werkgebied
            .as_deref()
            .map(name)
            .unwrap_or_else(|| tx::WHOLE_REGION.get_in(lang).to_string());
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td><span class=\"pill st-{}\">{}</span></td>",
            xml_escape(t.domain.label_in(lang)),
            xml_escape(&scope),
            t.state.name(),
            xml_escape(t.state.label_in(lang))
        );
        for present in [
            t.legs.gemeente_woningcorporatie,
            t.legs.gemeente_zorgaanbieder,
            t.legs.woningcorporatie_zorgaanbieder,
        ] {
            let (class, text) = if present {
                ("yes", tx::LEG_YES.get_in(lang))
            } else {
                ("no", tx::LEG_NO.get_in(lang))
            };
            let _ = write!(s, "<td class=\"{class}\">{}</td>", xml_escape(text));
        }
        let closing: Vec<String> = t.closing_tables.iter().map(|id| name(id)).collect();
        let _ = writeln!(s, "<td>{}</td></tr>", xml_escape(&closing.join(", ")));
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

fn findings_section(s: &mut String, map: &Map, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"bevindingen\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_FINDINGS.get_in(lang))
    );
    if a.findings.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", xml_escape(tx::NO_FINDINGS.get_in(lang)));
    }
    for sev in [Severity::Hoog, Severity::Middel, Severity::Laag] {
        let list: Vec<&Finding> = a.findings.iter().filter(|f| f.severity == sev).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "<h3 id=\"ernst-{}\"><span class=\"pill {}\">{}</span> {}</h3>",
            severity_class(sev).trim_start_matches("sev-"),
            severity_class(sev),
            xml_escape(sev.label_in(lang)),
            list.len()
        );
        for f in list {
            let mut scope: Vec<String> = Vec::new();
            if let Some(d) = f.domain {
                scope.push(d.label_in(lang).to_string());
            }
            if let Some(l) = f.layer {
                scope.push(l.label_in(lang).to_string());
            }
            if let Some(w) = &f.werkgebied {
                scope.push(map.name_of(w).to_string());
            }
            let scope = if scope.is_empty() {
                String::new()
            } else {
                format!(
                    " <span class=\"scope\">· {}</span>",
                    xml_escape(&scope.join(" · "))
                )
            };
            let _ = write!(
                s,
                "<article class=\"finding {}\" data-kind=\"{}\">\n<h4>{}{scope}</h4>\n<p>{}</p>\n\
                 <p class=\"advice\"><b>{}:</b> {}</p>\n",
                severity_class(f.severity),
                f.kind.name(),
                xml_escape(f.kind.label_in(lang)),
                xml_escape(&f.message(lang)),
                xml_escape(tx::ADVICE.get_in(lang)),
                xml_escape(&f.advice(lang))
            );
            if !f.subjects.is_empty() {
                const SHOWN: usize = 12;
                let mut names: Vec<&str> = f
                    .subjects
                    .iter()
                    .take(SHOWN)
                    .map(|id| map.name_of(id))
                    .collect();
                let more;
                if f.subjects.len() > SHOWN {
                    more = tx::AND_MORE.fill_in(lang, &[("n", &(f.subjects.len() - SHOWN))]);
                    names.push(&more);
                }
                let _ = writeln!(
                    s,
                    "<p class=\"concerns\">{}: {}</p>",
                    xml_escape(tx::CONCERNS.get_in(lang)),
                    xml_escape(&names.join(", "))
                );
            }
            s.push_str("</article>\n");
        }
    }
    s.push_str("</section>\n");
}

fn tables_section(s: &mut String, map: &Map, dopts: &DiagramOptions, no_diagrams: bool) {
    let lang = dopts.lang;
    let _ = write!(
        s,
        "<section id=\"tafels\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_TABLES.get_in(lang))
    );
    if !no_diagrams {
        let svg = matrix_svg(map, dopts);
        let _ = write!(
            s,
            "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
            inline_svg(&svg),
            xml_escape(tx::MATRIX_TITLE.get_in(lang))
        );
    }
    let grid = cells(map);
    let _ = write!(
        s,
        "<table class=\"matrix\">\n<thead><tr><th>{}</th>",
        xml_escape(tx::TH_LAYER.get_in(lang))
    );
    for d in Domain::ALL {
        let _ = write!(s, "<th>{}</th>", xml_escape(d.label_in(lang)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (r, l) in Layer::ALL.iter().enumerate() {
        let _ = write!(
            s,
            "<tr><th scope=\"row\">{}</th>",
            xml_escape(l.label_in(lang))
        );
        for cell in &grid[r] {
            if cell.is_empty() {
                let _ = write!(
                    s,
                    "<td class=\"empty\">{}</td>",
                    xml_escape(tx::NO_TABLES.get_in(lang))
                );
                continue;
            }
            s.push_str("<td><ul>");
            for &t in cell {
                let t = &map.tables[t];
                let mut detail = vec![t.kind.label_in(lang).to_lowercase()];
                if let Some(f) = t.frequency {
                    detail.push(tx::PER_YEAR.fill_in(lang, &[("n", &num(f, 1, lang))]));
                }
                let _ = write!(
                    s,
                    "<li>{} <span class=\"small\">({})</span></li>",
                    xml_escape(&t.name),
                    xml_escape(&detail.join(", "))
                );
            }
            s.push_str("</ul></td>");
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

fn thresholds_section(s: &mut String, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"drempels\">\n<h2>{}</h2>\n<table class=\"thresholds\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        xml_escape(tx::SEC_THRESHOLDS.get_in(lang)),
        xml_escape(tx::TH_THRESHOLD.get_in(lang)),
        xml_escape(tx::TH_VALUE.get_in(lang)),
        xml_escape(tx::TH_MEANING.get_in(lang))
    );
    let t = &a.thresholds;
    for (key, value, meaning) in [
        ("max_tables", t.max_tables.to_string(), tx::THR_MAX_TABLES),
        (
            "max_meeting_hours",
            num(t.max_meeting_hours, 2, lang),
            tx::THR_MAX_HOURS,
        ),
        (
            "betweenness_top_fraction",
            num(t.betweenness_top_fraction, 3, lang),
            tx::THR_TOP_FRACTION,
        ),
        (
            "mono_sector_min_members",
            t.mono_sector_min_members.to_string(),
            tx::THR_MONO,
        ),
        (
            "leadership_min_holders",
            t.leadership_min_holders.to_string(),
            tx::THR_LEADERSHIP,
        ),
        ("max_listed", t.max_listed.to_string(), tx::THR_MAX_LISTED),
    ] {
        let _ = writeln!(
            s,
            "<tr><td><code>{key}</code></td><td class=\"num\">{}</td><td>{}</td></tr>",
            xml_escape(&value),
            xml_escape(meaning.get_in(lang))
        );
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_marks_are_balanced_and_escaped() {
        assert_eq!(
            inline("**a** <b> *c*"),
            "<strong>a</strong> &lt;b&gt; <em>c</em>"
        );
        assert_eq!(inline("*open"), "<em>open</em>");
    }

    #[test]
    fn svg_declaration_is_dropped() {
        assert_eq!(inline_svg("<?xml version=\"1.0\"?>\n<svg/>"), "<svg/>");
    }
}
