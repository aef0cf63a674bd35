//! The report for the board (bestuurlijk overleg): one self-contained HTML file that prints as
//! a short A4 document a board reads (issue 15):
//!
//! 1. page 1, the summary: title, date, source files, the key figures, the scorecard of the
//!    triangle per werkgebied × domain (honest: a domain is closed only where it is closed in
//!    every werkgebied) and the five actions "Waar te beginnen";
//! 2. the findings gathered into groups (analysis version 2), one advice each;
//! 3. the network in one picture (aggregated at regional size) and the whole-region triangle;
//! 4. per werkgebied one page: its figures, its triangle and its own network;
//! 5. "Hoe lees je dit rapport": the methods in plain words and the thresholds used;
//! 6. the appendix (left out with [`ReportOptions::without_appendix`]): every finding in a
//!    compact table and the tables per domain and layer.
//!
//! The network pictures are drawn by [`super::board_picture`] at the size they print, so no
//! label is below 6 pt on paper; page numbers come from the CSS `@page` margin boxes
//! (Chromium 131 and later print them).
//!
//! Self-contained means: inline CSS (with print rules: A4, page breaks between the main
//! sections, no split findings), inline SVG, no scripts, no fonts or images fetched from
//! anywhere, so the file can be mailed, archived and printed to PDF from any browser. It is
//! written as polyglot XHTML (every element closed, only the five XML entities), so it also
//! parses as XML, which is how the tests check its structure.
//!
//! PDF is not produced here: a pure-Rust PDF writer with decent typography costs some 90 crates;
//! "Afdrukken → Opslaan als PDF" from the browser gives a good PDF thanks to the print CSS.

use super::board_picture::{self, PrintBox, SizedPicture};
use super::diagrams::{DiagramOptions, cells, triangle_svg_pages};
use super::xml::xml_escape;
use crate::analysis::groups::Group;
use crate::analysis::{Analysis, Severity, TriangleState, analyse};
use crate::i18n::Lang;
use crate::i18n::board2 as tb;
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
    /// Extra pictures shown under "Het netwerk in beeld" after the report's own, as (caption,
    /// SVG document); the caption is their alt text too. They are inlined as given: with
    /// `anonymous`, the caller must have drawn them from the anonymised map.
    pub pictures: Vec<(String, String)>,
    /// Replace person names (see [`crate::model::anonymise`]); the analysis is recomputed on
    /// the anonymised map with the same thresholds.
    pub anonymous: bool,
    /// The report title; empty for the map's title, or a default.
    pub title: String,
    /// The date as printed (e.g. [`today_text`]).
    pub date: String,
    /// Leave out the triangle and network pictures (the tables stay).
    pub no_diagrams: bool,
    /// The language of the report.
    pub lang: Lang,
    /// Leave out the appendix (every finding, the tables per domain and layer): the board
    /// version.
    pub without_appendix: bool,
    /// The files the map was read from, as printed under the title (see [`source_files`]).
    pub sources: Vec<String>,
}

/// The names of the files a map at `path` is read from: the data files of a folder (sorted),
/// or the file itself.
pub fn source_files(path: &std::path::Path) -> Vec<String> {
    let name = |p: &std::path::Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if path.is_dir() {
        let mut files: Vec<String> = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e.to_lowercase().as_str(), "csv" | "xlsx" | "ods"))
            })
            .map(|p| format!("{}/{}", name(path), name(&p)))
            .collect();
        files.sort();
        files
    } else {
        vec![name(path)]
    }
}

/// Writes the report of `map` to `path` (atomically).
pub fn write_report(
    map: &Map,
    analysis: &Analysis,
    path: &std::path::Path,
    opts: &ReportOptions,
) -> Result<(), super::ExportError> {
    crate::project::write_atomic(path, write_html(map, analysis, opts).as_bytes()).map_err(|e| {
        super::ExportError::Project {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    })
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
  font-family: "Segoe UI", Ubuntu, "DejaVu Sans", Arial, sans-serif; font-size: 15.5px; line-height: 1.5; }
main { max-width: 980px; margin: 0 auto; padding: 40px 40px 64px; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12.5px; color: var(--muted); margin: 0 0 6px; }
h1 { font-size: 32px; line-height: 1.2; margin: 0 0 8px; color: var(--accent); font-weight: 600; }
.meta { color: var(--muted); margin: 0; font-size: 14px; }
.anon { display: inline-block; margin-top: 10px; font-size: 13px; color: var(--note); background: var(--note-fill); border-radius: 4px; padding: 3px 10px; }
nav.toc { margin: 10px 0 4px; font-size: 13px; color: var(--muted); }
nav.toc ol { margin: 4px 0 0; padding-left: 20px; columns: 3; }
nav.toc a { color: var(--accent); text-decoration: none; }
section { margin-top: 36px; }
h2 { font-size: 23px; font-weight: 600; color: var(--accent); margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 17px; font-weight: 600; margin: 18px 0 8px; }
p { margin: 0 0 10px; }
.figures { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; margin: 12px 0 14px; }
.figure { background: var(--soft); border: 1px solid var(--rule); border-radius: 8px; padding: 8px 12px; }
.figure b { display: block; font-size: 24px; font-weight: 600; line-height: 1.1; color: var(--accent); }
.figure span { font-size: 12.5px; color: var(--muted); }
.pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.sev-hoog { color: var(--bad); background: var(--bad-fill); }
.sev-middel { color: var(--warning); background: var(--warning-fill); }
.sev-laag { color: var(--info); background: var(--info-fill); }
.st-gesloten { color: var(--good); background: var(--good-fill); }
.st-verbonden { color: var(--info); background: var(--info-fill); }
.st-open { color: var(--warning); background: var(--warning-fill); }
.st-afwezig { color: var(--bad); background: var(--bad-fill); }
ul.honest { padding-left: 20px; margin: 4px 0 10px; }
ol.actions { padding-left: 22px; margin: 0 0 8px; }
ol.actions li { margin-bottom: 6px; }
figure { margin: 10px 0 14px; }
figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 8px; }
figure svg.sized { width: auto; height: auto; max-width: 100%; margin: 0 auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; margin: 6px 0 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--rule); }
thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid var(--head-rule); }
table.scorecard td, table.scorecard th { padding: 3px 8px; }
table.scorecard tr.whole th, table.scorecard tr.whole td { border-bottom: 2px solid var(--head-rule); }
table.scorecard.twin tr > th[scope=row]:nth-child(5) { border-left: 2px solid var(--head-rule); }
table.scorecard.twin thead th:nth-child(5) { border-left: 2px solid var(--head-rule); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.list td { padding: 3px 6px; }
.small { font-size: 12.5px; color: var(--muted); }
div.kind { border: 1px solid var(--rule); border-left: 5px solid var(--card-edge); border-radius: 6px; padding: 8px 14px; margin: 0 0 8px; }
div.kind.sev-hoog { border-left-color: var(--sev-hoog); background: var(--paper); color: var(--ink); }
div.kind.sev-middel { border-left-color: var(--sev-middel); background: var(--paper); color: var(--ink); }
div.kind.sev-laag { border-left-color: var(--sev-laag); background: var(--paper); color: var(--ink); }
div.kind h4 { margin: 0 0 3px; font-size: 15px; font-weight: 600; }
article.group p { margin: 0 0 3px; padding-left: 14px; text-indent: -10px; }
article.group p::before { content: "• "; color: var(--muted); }
div.kind p.advice { margin: 2px 0 0; }
table.appendix tr.group-head th { background: var(--soft); padding-top: 5px; font-weight: 600; }
table.appendix td.where, table.appendix th.where { width: 17%; color: var(--muted); }
div.cells p.cell { margin: 0 0 6px; font-size: 13px; }
div.cells p.cell.empty em { color: var(--bad); }
.count { font-weight: 400; color: var(--muted); font-size: 13px; }
.advice { font-size: 14px; }
.advice b { color: var(--accent); }
.howto p { max-width: 760px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--rule); font-size: 12.5px; color: var(--muted); }
@media screen and (max-width: 760px) { .figures { grid-template-columns: repeat(3, 1fr); } main { padding: 24px 16px; } }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  header.cover { padding-bottom: 2mm; margin-bottom: 1mm; }
  .kicker { font-size: 7.5pt; margin-bottom: 0.5mm; }
  h1 { font-size: 17pt; margin-bottom: 0.5mm; }
  .meta { font-size: 8pt; }
  nav.toc { font-size: 8pt; margin: 1mm 0 0; }
  nav.toc ol { columns: 4; margin-top: 0.5mm; }
  nav.toc a { color: var(--ink); }
  section { margin-top: 0; }
  section.major { break-before: page; page-break-before: always; }
  h2 { font-size: 14pt; margin-bottom: 2mm; padding-bottom: 1mm; }
  h3 { font-size: 11pt; margin: 3mm 0 1.2mm; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  figure, article.group, tr, .figures, ol.actions li, p.advice { break-inside: avoid; page-break-inside: avoid; }
  figure svg { border: none; max-height: 240mm; width: auto; max-width: 100%; margin: 0 auto; }
  thead { display: table-header-group; }
  th, td { padding: 1mm 1.6mm; }
  table { font-size: 8.5pt; }
  .figures { gap: 2mm; margin: 1.5mm 0 1mm; }
  .figure { padding: 1mm 2.5mm; border-radius: 4px; }
  .figure b { font-size: 13pt; }
  .figure span, .pill, .small, figcaption, .count { font-size: 7.5pt; }
  .figure span { display: block; line-height: 1.15; }
  .pill { padding: 0 2mm; line-height: 1.3; }
  table.scorecard { font-size: 8pt; line-height: 1.2; margin: 0 0 1mm; }
  table.scorecard td, table.scorecard th { padding: 0.25mm 1.6mm; }
  table.scorecard.twin { font-size: 7.5pt; }
  table.scorecard.twin td, table.scorecard.twin th { padding: 0.2mm 0.8mm; white-space: nowrap; }
  table.scorecard.twin .pill { padding: 0 1.2mm; }
  ul.honest, ol.actions { font-size: 9pt; margin-bottom: 1mm; }
  ol.actions li { margin-bottom: 0.8mm; }
  #samenvatting p { margin-bottom: 1mm; }
  div.kind { padding: 1.2mm 3mm; margin-bottom: 1.6mm; border-radius: 3px; }
  div.kind h4 { font-size: 9.5pt; margin-bottom: 0.6mm; }
  article.group p { margin-bottom: 0.5mm; }
  .advice { font-size: 8.5pt; }
  table.list { font-size: 7.5pt; line-height: 1.22; margin: 0; }
  table.list td, table.list th { padding: 0.5mm 1.2mm; }
  table.appendix tr.group-head th { padding-top: 1.2mm; }
  table.appendix tr.group-head { break-after: avoid; page-break-after: avoid; }
  div.cells { columns: 2; column-gap: 6mm; }
  div.cells p.cell { font-size: 7.5pt; line-height: 1.25; margin: 0 0 1.2mm; }
  footer { margin-top: 4mm; font-size: 7.5pt; }
}
"#;

/// The page rules: A4, margins, the page number at the foot (CSS margin boxes, printed by
/// Chromium since version 131; other browsers leave the foot empty).
fn css_page() -> String {
    format!(
        "@page {{ size: A4; margin: 15mm 15mm 16mm; \
         @bottom-center {{ content: counter(page) \" / \" counter(pages); font-size: 8pt; color: {}; }} }}\n",
        crate::style::INK_SOFT
    )
}

/// The printed width of a picture that spans the text column (A4 minus the page margins, less a
/// millimetre for rounding), and the heights the report gives its network pictures.
const COLUMN_MM: f32 = 178.0;
/// Up to this many werkgebieden the scorecard has one per row; past it, two.
const SCORECARD_ONE_COLUMN: usize = 12;
const REGION_PICTURE: PrintBox = PrintBox {
    width_mm: COLUMN_MM,
    height_mm: 125.0,
};
const SINGLE_PICTURE: PrintBox = PrintBox {
    width_mm: COLUMN_MM,
    height_mm: 150.0,
};
const WERKGEBIED_PICTURE: PrintBox = PrintBox {
    width_mm: COLUMN_MM,
    height_mm: 112.0,
};

/// The sections of the report, in order: (id, title). The werkgebied pages follow
/// `werkgebieden` when there are any.
fn sections(opts: &ReportOptions, has_werkgebieden: bool) -> Vec<(&'static str, &'static str)> {
    let lang = opts.lang;
    let mut v = vec![
        ("samenvatting", tx::SEC_SUMMARY.get_in(lang)),
        ("groepen", tx::SEC_GROUPS.get_in(lang)),
        ("netwerk", tx::SEC_NETWORK.get_in(lang)),
    ];
    if has_werkgebieden {
        v.push(("werkgebieden", tx::SEC_WERKGEBIEDEN.get_in(lang)));
    }
    v.push(("lezen", tx::SEC_HOWTO.get_in(lang)));
    if !opts.without_appendix {
        v.push(("bijlage", tx::SEC_APPENDIX.get_in(lang)));
        v.push(("tafels", tx::SEC_APPENDIX_TABLES.get_in(lang)));
    }
    v
}

/// The werkgebieden of the analysis' triangles (id, display name), in map order.
fn werkgebieden(a: &Analysis) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for t in &a.triangles {
        if let Some(w) = t.werkgebied.as_deref()
            && !out.iter().any(|(id, _)| *id == w)
        {
            out.push((w, a.names.get(w).cloned().unwrap_or_else(|| w.to_string())));
        }
    }
    out
}

/// An SVG with its alt text: `role="img"` and `aria-label` on the root element (kept when the
/// writer already set them).
fn with_alt(svg: &str, alt: &str) -> String {
    let svg = inline_svg(svg);
    match svg.strip_prefix("<svg") {
        Some(rest) if !svg[..svg.find('>').unwrap_or(0)].contains("aria-label") => {
            format!("<svg role=\"img\" aria-label=\"{}\"{rest}", xml_escape(alt))
        }
        _ => svg.to_string(),
    }
}

fn figure(s: &mut String, svg: &str, alt: &str, caption: &str) {
    let _ = write!(
        s,
        "<figure>\n{}\n<figcaption>{}</figcaption>\n</figure>\n",
        with_alt(svg, alt),
        xml_escape(caption)
    );
}

/// The report as one self-contained HTML document (see the module documentation).
pub fn write_html(map: &Map, analysis: &Analysis, opts: &ReportOptions) -> String {
    let lang = opts.lang;
    // Before anonymising: the snapshots are dropped from an anonymised copy.
    let progress = super::report_progress::section(map, analysis, lang);
    let sources = super::report_sources::section(map, lang);
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
    let mut s = String::with_capacity(256 * 1024);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lang_code}\" xml:lang=\"{lang_code}\">\n<head>\n\
         <meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <meta name=\"generator\" content=\"Netwerkkaart\" />\n<title>{}</title>\n<style>\n{}{}{CSS}</style>\n</head>\n<body>\n<main>\n",
        xml_escape(&title),
        css_colours(),
        css_page()
    );
    cover(&mut s, &title, &date, opts);
    let areas = werkgebieden(a);
    let mut secs = sections(opts, !areas.is_empty());
    if !sources.is_empty() {
        let at = secs
            .iter()
            .position(|(id, _)| *id == "lezen")
            .map_or(secs.len(), |i| i + 1);
        secs.insert(
            at,
            ("bronnen", crate::i18n::intake::SEC_SOURCES.get_in(lang)),
        );
    }
    let _ = write!(
        s,
        "<nav class=\"toc\">{}<ol>",
        xml_escape(tx::CONTENTS.get_in(lang))
    );
    for (id, t) in &secs {
        let _ = write!(s, "<li><a href=\"#{id}\">{}</a></li>", xml_escape(t));
    }
    s.push_str("</ol></nav>\n");

    summary(&mut s, map, a, &areas, lang);
    s.push_str(&progress);
    groups_section(&mut s, a, lang);
    let dopts = DiagramOptions {
        title: String::new(),
        date: date.clone(),
        lang,
    };
    network_section(&mut s, map, a, opts, &dopts, !areas.is_empty());
    if !areas.is_empty() {
        // The anchor of the table of contents: the pages themselves carry the names.
        s.push_str("<section id=\"werkgebieden\"></section>\n");
    }
    for (w, name) in &areas {
        werkgebied_section(&mut s, map, a, (w, name), &dopts, opts.no_diagrams);
    }
    howto_section(&mut s, a, lang);
    s.push_str(&sources);
    if !opts.without_appendix {
        appendix_section(&mut s, map, a, lang);
        tables_section(&mut s, map, lang);
    }
    let _ = write!(
        s,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        xml_escape(&tx::FOOTER.fill_in(lang, &[("date", &date)]))
    );
    s
}

fn cover(s: &mut String, title: &str, date: &str, opts: &ReportOptions) {
    let lang = opts.lang;
    let source = if opts.sources.is_empty() {
        tx::SOURCE_UNKNOWN.get_in(lang).to_string()
    } else {
        tx::SOURCES.fill_in(lang, &[("files", &opts.sources.join(", "))])
    };
    let _ = write!(
        s,
        "<header class=\"cover\">\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<p class=\"meta\">{} · {}</p>\n",
        xml_escape(tx::REPORT_KICKER.get_in(lang)),
        xml_escape(title),
        xml_escape(date),
        xml_escape(&source)
    );
    if opts.anonymous {
        let _ = writeln!(
            s,
            "<p class=\"anon\">{}</p>",
            xml_escape(tx::ANON_NOTE.get_in(lang))
        );
    }
    s.push_str("</header>\n");
}

fn severity_class(sev: Severity) -> &'static str {
    match sev {
        Severity::Hoog => "sev-hoog",
        Severity::Middel => "sev-middel",
        Severity::Laag => "sev-laag",
    }
}

fn state_pill(state: TriangleState, lang: Lang) -> String {
    format!(
        "<span class=\"pill st-{}\">{}</span>",
        state.name(),
        xml_escape(state.label_in(lang))
    )
}

/// Names as a list: the first eight, then "en nog n".
fn name_list(names: &[&str], lang: Lang) -> String {
    const SHOWN: usize = 8;
    let mut v: Vec<String> = names.iter().take(SHOWN).map(|n| n.to_string()).collect();
    if names.len() > SHOWN {
        v.push(tx::AND_MORE.fill_in(lang, &[("n", &(names.len() - SHOWN))]));
    }
    v.join(", ")
}

fn summary(s: &mut String, map: &Map, a: &Analysis, areas: &[(&str, String)], lang: Lang) {
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
    scorecard(s, a, areas, lang);
    let count = |sev| a.findings.iter().filter(|f| f.severity == sev).count();
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
    if !empty.is_empty() {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            xml_escape(&tx::SUMMARY_EMPTY_CELLS.fill_in(lang, &[("cells", &empty.join(", "))]))
        );
    }
    actions(s, a, lang);
    s.push_str("</section>\n");
}

/// The triangle per werkgebied × domain as a grid of coloured states, the whole region first,
/// then one honest line per domain: closed only where closed in every werkgebied.
fn scorecard(s: &mut String, a: &Analysis, areas: &[(&str, String)], lang: Lang) {
    // Past a dozen werkgebieden two stand side by side (the first half left, the second half
    // right), so that 60 of them still leave room on page 1 for the actions.
    let per_row = if areas.len() > SCORECARD_ONE_COLUMN {
        2
    } else {
        1
    };
    let _ = write!(
        s,
        "<h3>{}</h3>\n<table class=\"scorecard{}\">\n<thead><tr>",
        xml_escape(tx::SEC_SCORECARD.get_in(lang)),
        if per_row > 1 { " twin" } else { "" }
    );
    for _ in 0..per_row {
        let _ = write!(s, "<th>{}</th>", xml_escape(tx::TH_SCOPE.get_in(lang)));
        for d in Domain::ALL {
            let _ = write!(s, "<th>{}</th>", xml_escape(d.label_in(lang)));
        }
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    let state = |w: Option<&str>, d: Domain| {
        a.triangles
            .iter()
            .find(|t| t.domain == d && t.werkgebied.as_deref() == w)
            .map(|t| t.state)
    };
    let cells = |s: &mut String, w: Option<&str>, name: &str| {
        let _ = write!(s, "<th scope=\"row\">{}</th>", xml_escape(name));
        for d in Domain::ALL {
            let cell = state(w, *d)
                .map(|st| state_pill(st, lang))
                .unwrap_or_default();
            let _ = write!(s, "<td>{cell}</td>");
        }
    };
    let width = 1 + Domain::ALL.len();
    s.push_str("<tr class=\"whole\">");
    cells(s, None, tx::WHOLE_REGION.get_in(lang));
    if per_row > 1 {
        let _ = write!(s, "<td colspan=\"{}\"></td>", width * (per_row - 1));
    }
    s.push_str("</tr>\n");
    let rows = areas.len().div_ceil(per_row);
    for r in 0..rows {
        s.push_str("<tr>");
        for c in 0..per_row {
            match areas.get(r + c * rows) {
                Some((w, name)) => cells(s, Some(w), name),
                None => {
                    let _ = write!(s, "<td colspan=\"{width}\"></td>");
                }
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n<ul class=\"honest\">\n");
    for d in Domain::ALL {
        let line = if areas.is_empty() {
            let st = state(None, *d).unwrap_or(TriangleState::Afwezig);
            tx::SCORE_WHOLE.fill_in(
                lang,
                &[
                    ("domain", &d.label_in(lang)),
                    ("state", &st.label_in(lang).to_lowercase()),
                ],
            )
        } else {
            let open: Vec<&str> = areas
                .iter()
                .filter(|(w, _)| state(Some(*w), *d) != Some(TriangleState::Gesloten))
                .map(|(_, n)| n.as_str())
                .collect();
            if open.is_empty() {
                tx::SCORE_CLOSED_EVERYWHERE.fill_in(
                    lang,
                    &[("domain", &d.label_in(lang)), ("total", &areas.len())],
                )
            } else {
                tx::SCORE_NOT_EVERYWHERE.fill_in(
                    lang,
                    &[
                        ("domain", &d.label_in(lang)),
                        ("closed", &(areas.len() - open.len())),
                        ("total", &areas.len()),
                        ("list", &name_list(&open, lang)),
                    ],
                )
            }
        };
        let _ = writeln!(s, "<li>{}</li>", xml_escape(&line));
    }
    s.push_str("</ul>\n");
}

/// "Waar te beginnen": the ranked actions of the analysis, each with what it resolves.
fn actions(s: &mut String, a: &Analysis, lang: Lang) {
    let _ = writeln!(
        s,
        "<h3 id=\"beginnen\">{}</h3>",
        xml_escape(tx::SEC_ACTIONS.get_in(lang))
    );
    if a.actions.is_empty() {
        let none = if a.actions_skipped {
            crate::analysis::render::no_actions(a, lang)
        } else {
            tx::NO_ACTIONS.get_in(lang).to_string()
        };
        let _ = writeln!(s, "<p>{}</p>", xml_escape(&none));
        return;
    }
    s.push_str("<ol class=\"actions\">\n");
    for act in a.actions.iter().take(5) {
        // The explanation opens with what the action resolves ("Lost 9 bevindingen op: …").
        let _ = writeln!(
            s,
            "<li><b>{}</b> — {}</li>",
            xml_escape(&act.title.render(lang)),
            xml_escape(&act.explanation.render(lang)),
        );
    }
    s.push_str("</ol>\n");
}

/// The findings gathered into their groups, one block per kind: its severity, how many
/// findings, each group's sentence, and the advice once (the groups of one kind share it; a
/// group whose advice differs starts a block of its own).
fn groups_section(s: &mut String, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"groepen\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_GROUPS.get_in(lang))
    );
    if a.findings.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", xml_escape(tx::NO_FINDINGS.get_in(lang)));
    } else {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            xml_escape(&tx::GROUPS_INTRO.fill_in(
                lang,
                &[("n", &a.findings.len()), ("groups", &a.groups.len())]
            ))
        );
    }
    for run in kind_runs(&a.groups, lang) {
        let g0 = run[0];
        let n: usize = run.iter().map(|g| g.findings.len()).sum();
        let _ = write!(
            s,
            "<div class=\"kind {}\" data-kind=\"{}\">\n<h4><span class=\"pill {}\">{}</span> {} <span class=\"count\">· {}</span></h4>\n",
            severity_class(g0.severity),
            g0.kind.name(),
            severity_class(g0.severity),
            xml_escape(g0.severity.label_in(lang)),
            xml_escape(g0.kind.label_in(lang)),
            xml_escape(&crate::i18n::reliability::counted(n, tx::N_FINDINGS, lang)),
        );
        for g in &run {
            let _ = writeln!(
                s,
                "<article class=\"group\" data-kind=\"{}\"><p>{}</p></article>",
                g.kind.name(),
                xml_escape(&g.message.render(lang))
            );
        }
        let _ = write!(
            s,
            "<p class=\"advice\"><b>{}:</b> {}</p>\n</div>\n",
            xml_escape(tx::ADVICE.get_in(lang)),
            xml_escape(&g0.advice.render(lang))
        );
    }
    s.push_str("</section>\n");
}

/// The groups in runs of one kind, severity and advice (the analysis sorts them by severity
/// and kind, so a run is consecutive).
fn kind_runs(groups: &[Group], lang: Lang) -> Vec<Vec<&Group>> {
    let mut runs: Vec<(String, Vec<&Group>)> = Vec::new();
    for g in groups {
        let advice = g.advice.render(lang);
        match runs.last_mut() {
            Some((adv, run))
                if run[0].kind == g.kind && run[0].severity == g.severity && *adv == advice =>
            {
                run.push(g);
            }
            _ => runs.push((advice, vec![g])),
        }
    }
    runs.into_iter().map(|(_, run)| run).collect()
}

fn sized_figure(s: &mut String, p: &SizedPicture, caption: &str) {
    // The alt text is already on the picture (role, aria-label, title).
    let _ = write!(
        s,
        "<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n",
        p.svg,
        xml_escape(caption)
    );
}

/// The states of a werkgebied's (or the region's) triangles in words, for the alt text.
fn states_text(a: &Analysis, w: Option<&str>, lang: Lang) -> String {
    Domain::ALL
        .iter()
        .filter_map(|d| {
            let t = a
                .triangles
                .iter()
                .find(|t| t.domain == *d && t.werkgebied.as_deref() == w)?;
            Some(format!(
                "{} {}",
                d.label_in(lang).to_lowercase(),
                t.state.label_in(lang).to_lowercase()
            ))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn network_section(
    s: &mut String,
    map: &Map,
    a: &Analysis,
    opts: &ReportOptions,
    dopts: &DiagramOptions,
    regional: bool,
) {
    let lang = opts.lang;
    let _ = write!(
        s,
        "<section id=\"netwerk\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_NETWORK.get_in(lang))
    );
    if !opts.no_diagrams {
        if regional || map.parties.len() >= crate::scene::COLLAPSE_FROM_PARTIES {
            let p = board_picture::region_picture(map, a, REGION_PICTURE, lang);
            sized_figure(s, &p, tx::AGG_CAPTION.get_in(lang));
        } else {
            let p = board_picture::network_picture(
                map,
                &a.findings,
                SINGLE_PICTURE,
                tx::STRIP_NO_TABLE.get_in(lang),
                lang,
            );
            sized_figure(s, &p, tx::NETWORK_CAPTION_ONE.get_in(lang));
        }
        if let Some(svg) = triangle_svg_pages(map, a, dopts).first() {
            let alt = tx::TRIANGLE_ALT.fill_in(
                lang,
                &[
                    ("name", &tx::WHOLE_REGION.get_in(lang)),
                    ("states", &states_text(a, None, lang)),
                ],
            );
            figure(s, svg, &alt, tx::TRIANGLE_TITLE.get_in(lang));
        }
    }
    for (caption, svg) in &opts.pictures {
        figure(s, svg, caption, caption);
    }
    s.push_str("</section>\n");
}

fn werkgebied_section(
    s: &mut String,
    map: &Map,
    a: &Analysis,
    (w, name): (&str, &str),
    dopts: &DiagramOptions,
    no_diagrams: bool,
) {
    let lang = dopts.lang;
    let sub = board_picture::werkgebied_map(map, w);
    let findings: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.werkgebied.as_deref() == Some(w))
        .cloned()
        .collect();
    let _ = write!(
        s,
        "<section id=\"wg-{}\" class=\"major werkgebied\">\n<h2>{}</h2>\n<p>{}</p>\n",
        xml_escape(w),
        xml_escape(name),
        xml_escape(&tx::WG_FIGURES.fill_in(
            lang,
            &[
                ("tables", &sub.tables.len()),
                ("parties", &sub.parties.len()),
                (
                    "findings",
                    &crate::i18n::reliability::counted(findings.len(), tx::N_FINDINGS, lang)
                ),
            ]
        ))
    );
    if !no_diagrams {
        // The triangle picture of this werkgebied alone: the analysis with only its triangles,
        // whose page-sized parts are the (empty) region and then this one row.
        let mut only = a.clone();
        only.triangles
            .retain(|t| t.werkgebied.as_deref() == Some(w));
        if let Some(svg) = triangle_svg_pages(map, &only, dopts).get(1) {
            let alt = tx::TRIANGLE_ALT.fill_in(
                lang,
                &[("name", &name), ("states", &states_text(a, Some(w), lang))],
            );
            figure(
                s,
                svg,
                &alt,
                &tx::WG_TRIANGLE_CAPTION.fill_in(lang, &[("name", &name)]),
            );
        }
        let p = board_picture::network_picture(
            &sub,
            &findings,
            WERKGEBIED_PICTURE,
            tx::STRIP_NOT_HERE.get_in(lang),
            lang,
        );
        sized_figure(
            s,
            &p,
            &tx::WG_NETWORK_CAPTION.fill_in(lang, &[("name", &name)]),
        );
    }
    s.push_str("</section>\n");
}

fn howto_section(s: &mut String, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"lezen\" class=\"major howto\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_HOWTO.get_in(lang))
    );
    let t = &a.thresholds;
    let top = tx::TOP_SHARE.fill_in(
        lang,
        &[("pct", &num(t.betweenness_top_fraction * 100.0, 1, lang))],
    );
    for p in tx::HOWTO {
        let text = p.fill_in(
            lang,
            &[
                ("max_tables", &t.max_tables),
                ("max_hours", &num(t.max_meeting_hours, 1, lang)),
                ("top", &top),
            ],
        );
        let _ = writeln!(s, "<p>{}</p>", inline(&text));
    }
    let _ = write!(
        s,
        "<h3 id=\"drempels\">{}</h3>\n<table class=\"thresholds\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        xml_escape(tx::SEC_THRESHOLDS.get_in(lang)),
        xml_escape(tx::TH_MEANING.get_in(lang)),
        xml_escape(tx::TH_VALUE.get_in(lang))
    );
    for (value, meaning) in [
        (t.max_tables.to_string(), tx::THR_MAX_TABLES),
        (num(t.max_meeting_hours, 2, lang), tx::THR_MAX_HOURS),
        (
            num(t.betweenness_top_fraction, 3, lang),
            tx::THR_TOP_FRACTION,
        ),
        (t.mono_sector_min_members.to_string(), tx::THR_MONO),
        (t.leadership_min_holders.to_string(), tx::THR_LEADERSHIP),
        (t.max_listed.to_string(), tx::THR_MAX_LISTED),
    ] {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            xml_escape(meaning.get_in(lang)),
            xml_escape(&value)
        );
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

/// Every finding, one dense row each, under a header row per group (its severity and title;
/// its advice is on the groups page). A finding in no group (cannot happen today) is listed at
/// the end rather than lost.
fn appendix_section(s: &mut String, map: &Map, a: &Analysis, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"bijlage\" class=\"major\">\n<h2>{}</h2>\n",
        xml_escape(tx::SEC_APPENDIX.get_in(lang))
    );
    if a.findings.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", xml_escape(tx::NO_FINDINGS.get_in(lang)));
        s.push_str("</section>\n");
        return;
    }
    let _ = writeln!(
        s,
        "<p class=\"small\">{}</p>\n<table class=\"list appendix\">\n<thead><tr><th>{}</th><th class=\"where\">{}</th></tr></thead>\n<tbody>",
        xml_escape(&tb::APPENDIX_INTRO.fill_in(lang, &[("n", &a.findings.len())])),
        xml_escape(tx::TH_WHAT.get_in(lang)),
        xml_escape(tb::TH_WHERE.get_in(lang))
    );
    let by_key: BTreeMap<&str, usize> = a
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key.as_str(), i))
        .collect();
    let mut listed = vec![false; a.findings.len()];
    for g in &a.groups {
        let _ = writeln!(
            s,
            "<tr class=\"group-head\"><th colspan=\"2\"><span class=\"pill {}\">{}</span> {} <span class=\"count\">· {}</span></th></tr>",
            severity_class(g.severity),
            xml_escape(g.severity.label_in(lang)),
            xml_escape(&g.title.render(lang)),
            xml_escape(&crate::i18n::reliability::counted(
                g.findings.len(),
                tx::N_FINDINGS,
                lang
            ))
        );
        for i in g.findings.iter().filter_map(|k| by_key.get(k.as_str())) {
            if !std::mem::replace(&mut listed[*i], true) {
                finding_row(s, map, &a.findings[*i], Some(g.severity), lang);
            }
        }
    }
    if listed.iter().any(|l| !l) {
        let _ = writeln!(
            s,
            "<tr class=\"group-head\"><th colspan=\"2\">{}</th></tr>",
            xml_escape(tb::OTHER_FINDINGS.get_in(lang))
        );
        for (f, _) in a.findings.iter().zip(&listed).filter(|(_, l)| !**l) {
            finding_row(s, map, f, None, lang);
        }
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

/// One row of the appendix: the finding's sentence (with its severity when it differs from its
/// group's) and where it is (domain, layer, werkgebied).
fn finding_row(
    s: &mut String,
    map: &Map,
    f: &crate::analysis::Finding,
    group_severity: Option<Severity>,
    lang: Lang,
) {
    let mut scope: Vec<&str> = Vec::new();
    if let Some(d) = f.domain {
        scope.push(d.label_in(lang));
    }
    if let Some(l) = f.layer {
        scope.push(l.label_in(lang));
    }
    if let Some(w) = &f.werkgebied {
        scope.push(map.name_of(w));
    }
    let sev = if group_severity == Some(f.severity) {
        String::new()
    } else {
        format!(
            "<span class=\"pill {}\">{}</span> ",
            severity_class(f.severity),
            xml_escape(f.severity.label_in(lang))
        )
    };
    let _ = writeln!(
        s,
        "<tr class=\"finding\" data-kind=\"{}\"><td>{sev}{}</td><td class=\"where\">{}</td></tr>",
        f.kind.name(),
        xml_escape(&f.message(lang)),
        xml_escape(&scope.join(" · "))
    );
}

/// The tables of every cell of the werkmodel, domain by domain, each cell one paragraph with
/// its names run on (as a grid of nine cells the 93 tables of ten municipalities took four
/// pages; run on in two columns they take one).
fn tables_section(s: &mut String, map: &Map, lang: Lang) {
    let _ = write!(
        s,
        "<section id=\"tafels\">\n<h2>{}</h2>\n<div class=\"cells\">\n",
        xml_escape(tx::SEC_APPENDIX_TABLES.get_in(lang))
    );
    let grid = cells(map);
    for (c, d) in Domain::ALL.iter().enumerate() {
        for (r, l) in Layer::ALL.iter().enumerate() {
            let cell = &grid[r][c];
            let _ = write!(
                s,
                "<p class=\"cell{}\"><b>{}</b> <span class=\"count\">({})</span> ",
                if cell.is_empty() { " empty" } else { "" },
                xml_escape(&tb::CELL_NAME.fill_in(
                    lang,
                    &[
                        ("domain", &d.label_in(lang)),
                        ("layer", &l.label_in(lang).to_lowercase())
                    ]
                )),
                cell.len()
            );
            if cell.is_empty() {
                let _ = write!(s, "<em>{}</em>", xml_escape(tx::NO_TABLES.get_in(lang)));
            }
            for (k, &t) in cell.iter().enumerate() {
                let t = &map.tables[t];
                let mut detail = vec![t.kind.label_in(lang).to_lowercase()];
                if let Some(f) = t.frequency {
                    detail.push(tx::PER_YEAR.fill_in(lang, &[("n", &num(f, 1, lang))]));
                }
                let _ = write!(
                    s,
                    "{}<span class=\"t\">{} <span class=\"small\">({})</span></span>",
                    if k == 0 { "" } else { "; " },
                    xml_escape(&t.name),
                    xml_escape(&detail.join(", "))
                );
            }
            s.push_str("</p>\n");
        }
    }
    s.push_str("</div>\n</section>\n");
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
    fn no_print_text_is_below_seven_points() {
        let print = &CSS[CSS.find("@media print").expect("print rules")..];
        let sizes: Vec<f32> = print
            .split("font-size:")
            .skip(1)
            .filter_map(|rest| rest.trim_start().split("pt").next()?.parse().ok())
            .collect();
        // Every print font size is given in points (none in px, which would escape the check).
        assert_eq!(sizes.len(), print.matches("font-size:").count());
        assert!(sizes.len() > 10, "{sizes:?}");
        for pt in sizes {
            assert!(pt >= 7.0, "a print text of {pt} pt");
        }
    }

    fn group(
        kind: crate::analysis::FindingKind,
        sev: Severity,
        advice: crate::i18n::Text,
    ) -> Group {
        Group {
            id: String::new(),
            kind,
            severity: sev,
            title: crate::i18n::msg::Msg::new(tx::ADVICE),
            message: crate::i18n::msg::Msg::new(tx::ADVICE),
            advice: crate::i18n::msg::Msg::new(advice),
            subjects: Vec::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn groups_of_one_kind_and_advice_share_a_block() {
        use crate::analysis::FindingKind as K;
        let groups = [
            group(K::OverloadedConnector, Severity::Hoog, tx::ADVICE),
            group(K::OverloadedConnector, Severity::Hoog, tx::ADVICE),
            // Same kind, other advice: a block of its own.
            group(K::OverloadedConnector, Severity::Hoog, tx::SEC_HOWTO),
            group(K::LayerGap, Severity::Middel, tx::ADVICE),
            group(K::LayerGap, Severity::Middel, tx::ADVICE),
            group(K::LayerGap, Severity::Middel, tx::ADVICE),
            // Same kind and advice, other severity.
            group(K::LayerGap, Severity::Laag, tx::ADVICE),
        ];
        let sizes: Vec<usize> = kind_runs(&groups, Lang::Nl).iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![2, 1, 3, 1]);
    }

    #[test]
    fn svg_declaration_is_dropped() {
        assert_eq!(inline_svg("<?xml version=\"1.0\"?>\n<svg/>"), "<svg/>");
    }
}
