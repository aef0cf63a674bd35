//! The board report at regional size (issue 15): the page structure in order, the appendix
//! flag, alt text on every picture, no script and no code names in the Dutch text, and every
//! network picture printing its smallest text at 6 pt or more on A4.
//!
//! The print arithmetic: a picture written `W mm` wide with a viewBox `V` units wide prints a
//! font of `u` units at `u × W / V` mm, which is `× 72 / 25.4` points.

use netwerkkaart::analysis::{Thresholds, analyse};
use netwerkkaart::export::board_picture::{MIN_PT, smallest_printed_pt};
use netwerkkaart::export::{ReportOptions, write_html};
use netwerkkaart::synthetic::{Config, generate};

fn parse(xml: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(xml, opts).unwrap_or_else(|e| panic!("not XML: {e}"))
}

const XHTML: &str = "http://www.w3.org/1999/xhtml";
const SVG: &str = "http://www.w3.org/2000/svg";

fn section_ids(html: &str) -> Vec<String> {
    parse(html)
        .descendants()
        .filter(|n| n.has_tag_name((XHTML, "section")))
        .filter_map(|n| n.attribute("id").map(str::to_string))
        .collect()
}

#[test]
fn regional_report_has_its_pages_in_order_and_the_appendix_on_request() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let opts = ReportOptions {
        date: "2 december 2026".into(),
        sources: vec!["regio/partijen.csv".into()],
        ..ReportOptions::default()
    };
    let html = write_html(&map, &a, &opts);
    let ids = section_ids(&html);
    // The werkgebieden in the order of the triangles (map order).
    let mut areas: Vec<String> = Vec::new();
    for t in &a.triangles {
        if let Some(w) = &t.werkgebied
            && !areas.contains(w)
        {
            areas.push(w.clone());
        }
    }
    assert_eq!(areas.len(), 10);
    let mut expected: Vec<String> = ["samenvatting", "groepen", "netwerk", "werkgebieden"]
        .map(String::from)
        .to_vec();
    expected.extend(areas.iter().map(|w| format!("wg-{w}")));
    expected.extend(["lezen", "bijlage", "tafels"].map(String::from));
    assert_eq!(ids, expected);

    let doc = parse(&html);
    // Every finding in the appendix, one row each; every group on the groups page.
    let rows = doc
        .descendants()
        .filter(|n| n.has_tag_name((XHTML, "tr")) && n.attribute("class") == Some("finding"))
        .count();
    assert_eq!(rows, a.findings.len());
    let groups = doc
        .descendants()
        .filter(|n| n.has_tag_name((XHTML, "article")))
        .count();
    assert_eq!(groups, a.groups.len());
    // The actions: at most five, in rank order.
    let actions = doc
        .descendants()
        .find(|n| n.has_tag_name((XHTML, "ol")) && n.attribute("class") == Some("actions"))
        .map_or(0, |ol| ol.children().filter(|c| c.is_element()).count());
    assert_eq!(actions, a.actions.len().min(5));
    // Page numbers in the print rules.
    assert!(html.contains("@bottom-center") && html.contains("counter(page)"));

    let without = write_html(
        &map,
        &a,
        &ReportOptions {
            without_appendix: true,
            ..opts
        },
    );
    let ids2 = section_ids(&without);
    assert_eq!(ids2, expected[..expected.len() - 2].to_vec());
}

#[test]
fn every_picture_has_alt_text_and_network_labels_print_at_six_points() {
    for n in [10, 60] {
        let map = generate(&Config::new(n));
        let a = analyse(&map, &Thresholds::default());
        let html = write_html(&map, &a, &ReportOptions::default());
        assert!(!html.to_lowercase().contains("<script"));
        let doc = parse(&html);
        let svgs: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name((SVG, "svg")))
            .collect();
        // The region, its triangle, and per werkgebied a triangle and a network.
        assert_eq!(svgs.len(), 2 + 2 * n, "{n}");
        for svg in &svgs {
            assert_eq!(svg.attribute("role"), Some("img"));
            assert!(svg.attribute("aria-label").is_some_and(|l| l.len() > 10));
        }
        // The network pictures are the sized ones: their text at MIN_PT or more.
        let mut sized = 0;
        for part in html.split("<svg").skip(1) {
            let svg = format!("<svg{}", &part[..part.find("</svg>").unwrap_or(part.len())]);
            if !svg.contains("class=\"sized\"") {
                continue;
            }
            sized += 1;
            let pt = smallest_printed_pt(&svg).unwrap_or(0.0);
            assert!(pt >= MIN_PT - 1e-3, "{n}: a label prints at {pt:.2} pt");
            let w: f32 = svg
                .split("width=\"")
                .nth(1)
                .and_then(|r| r.split("mm").next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(999.0);
            assert!(w <= 180.0, "{n}: picture {w} mm wide");
        }
        assert_eq!(sized, 1 + n);
    }
}

#[test]
fn dutch_text_names_no_code_words() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let html = write_html(&map, &a, &ReportOptions::default());
    let doc = parse(&html);
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    for word in [
        "betweenness",
        "max_tables",
        "max_meeting_hours",
        "closeness",
    ] {
        assert!(!text.contains(word), "{word} in the Dutch report");
    }
    assert!(text.contains("tussenpositie"));
}

/// The `class` attribute of an element, split into its words.
fn has_class(n: &roxmltree::Node<'_, '_>, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|w| w == class))
}

#[test]
fn the_appendix_lists_every_finding_once_under_its_group() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let html = write_html(&map, &a, &ReportOptions::default());
    let doc = parse(&html);
    let table = doc
        .descendants()
        .find(|n| n.has_tag_name((XHTML, "table")) && has_class(n, "appendix"))
        .expect("the appendix table");
    // Walk the rows in order: a header row opens a group, the finding rows after it are its.
    let mut per_group: Vec<usize> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for tr in table
        .descendants()
        .filter(|n| n.has_tag_name((XHTML, "tr")))
    {
        if has_class(&tr, "group-head") {
            per_group.push(0);
        } else if has_class(&tr, "finding") {
            *per_group.last_mut().expect("a finding under a group") += 1;
            kinds.push(tr.attribute("data-kind").unwrap_or_default());
        }
    }
    assert_eq!(per_group.len(), a.groups.len(), "one header row per group");
    let expected: Vec<usize> = a.groups.iter().map(|g| g.findings.len()).collect();
    assert_eq!(per_group, expected);
    assert_eq!(per_group.iter().sum::<usize>(), a.findings.len());
    // A group gathers findings of its own kind.
    let group_kinds: Vec<&str> = a
        .groups
        .iter()
        .flat_map(|g| std::iter::repeat_n(g.kind.name(), g.findings.len()))
        .collect();
    assert_eq!(kinds, group_kinds);
}

#[test]
fn the_groups_page_gives_each_advice_once_per_kind() {
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let html = write_html(&map, &a, &ReportOptions::default());
    let doc = parse(&html);
    let blocks: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((XHTML, "div")) && has_class(n, "kind"))
        .collect();
    let mut articles = 0;
    let mut advices: Vec<String> = Vec::new();
    for b in &blocks {
        for art in b.children().filter(|n| n.has_tag_name((XHTML, "article"))) {
            assert_eq!(art.attribute("data-kind"), b.attribute("data-kind"));
            articles += 1;
        }
        let advice: Vec<_> = b
            .children()
            .filter(|n| n.has_tag_name((XHTML, "p")) && has_class(n, "advice"))
            .collect();
        assert_eq!(advice.len(), 1, "one advice per block");
        let text: String = advice[0].descendants().filter_map(|n| n.text()).collect();
        advices.push(format!(
            "{}|{text}",
            b.attribute("data-kind").unwrap_or_default()
        ));
    }
    assert_eq!(articles, a.groups.len(), "every group, in a block");
    // Blocks next to each other never repeat a kind with its advice: they were merged.
    assert!(advices.windows(2).all(|w| w[0] != w[1]), "{advices:?}");
    // This region has four single points of failure with one advice: fewer blocks than groups.
    let spof = a
        .groups
        .iter()
        .filter(|g| g.kind.name() == "single_point_of_failure")
        .count();
    assert!(spof >= 2, "{spof}");
    assert!(blocks.len() <= a.groups.len() - (spof - 1));
}

#[test]
fn page_one_holds_the_scorecard_and_the_five_actions() {
    for n in [10, 60] {
        let map = generate(&Config::new(n));
        let a = analyse(&map, &Thresholds::default());
        let html = write_html(&map, &a, &ReportOptions::default());
        let doc = parse(&html);
        let sections: Vec<_> = doc
            .descendants()
            .filter(|s| s.has_tag_name((XHTML, "section")))
            .collect();
        // The summary is the first section and the only one before the first forced page break.
        assert_eq!(sections[0].attribute("id"), Some("samenvatting"));
        assert!(has_class(&sections[1], "major"), "{n}: groups start page 2");
        let summary = sections[0];
        let actions = summary
            .descendants()
            .find(|e| e.has_tag_name((XHTML, "ol")) && has_class(e, "actions"))
            .map_or(0, |ol| ol.children().filter(|c| c.is_element()).count());
        assert_eq!(actions, a.actions.len().min(5), "{n}");
        let score = summary
            .descendants()
            .find(|e| e.has_tag_name((XHTML, "table")) && has_class(e, "scorecard"))
            .expect("scorecard");
        let rows = score
            .descendants()
            .filter(|e| e.has_tag_name((XHTML, "tbody")))
            .flat_map(|b| b.children().filter(|c| c.has_tag_name((XHTML, "tr"))))
            .count();
        // Ten werkgebieden one a row; sixty two a row (30 rows); plus the whole region.
        let expected = if n == 10 { 1 + 10 } else { 1 + 30 };
        assert_eq!(rows, expected, "{n}");
        let named = score
            .descendants()
            .filter(|e| e.has_tag_name((XHTML, "th")) && e.attribute("scope") == Some("row"))
            .count();
        assert_eq!(named, 1 + n, "every werkgebied once, and the region");
    }
}

/// Runs `program args` with a time limit; `None` when it is not installed or fails.
fn run_tool(program: &str, args: &[&str]) -> Option<Vec<u8>> {
    let out = std::process::Command::new("timeout")
        .arg("180")
        .arg(program)
        .args(args)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

/// Prints the 10-municipality report with headless Chromium and counts its A4 pages: at most
/// 20 with the appendix, and the five actions on page 1. Skipped (with a note) on a machine
/// without chromium and poppler's pdfinfo/pdftotext.
#[test]
fn the_ten_municipality_report_prints_on_twenty_pages_with_the_actions_on_page_one() {
    if run_tool("chromium", &["--version"]).is_none() || run_tool("pdfinfo", &["-v"]).is_none() {
        eprintln!("chromium or pdfinfo not installed: print test skipped");
        return;
    }
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    let pdf = dir.path().join("r.pdf");
    std::fs::write(&html, write_html(&map, &a, &ReportOptions::default())).unwrap();
    let print = format!("--print-to-pdf={}", pdf.display());
    let url = format!("file://{}", html.display());
    run_tool(
        "chromium",
        &[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            &print,
            &url,
        ],
    )
    .expect("chromium prints");
    let info = String::from_utf8_lossy(&run_tool("pdfinfo", &[&pdf.to_string_lossy()]).unwrap())
        .into_owned();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("a page count");
    assert!(pages <= 20, "{pages} pages");
    // Three pages of the summary, groups and network, ten werkgebieden, one of methods, and
    // the appendix: at least 16.
    assert!(pages >= 16, "{pages} pages");
    let page1 = run_tool(
        "pdftotext",
        &["-f", "1", "-l", "1", &pdf.to_string_lossy(), "-"],
    )
    .expect("pdftotext");
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let page1 = words(&String::from_utf8_lossy(&page1));
    assert_eq!(a.actions.len().min(5), 5, "this region has five actions");
    for act in a.actions.iter().take(5) {
        let title = words(&act.title.render(netwerkkaart::i18n::Lang::Nl));
        assert!(page1.contains(&title), "{title} not on page 1");
    }
}

#[test]
fn the_regional_network_slide_is_collapsed_and_its_labels_read() {
    use netwerkkaart::export::board_picture::{SLIDE_BOX, slide_picture};
    let map = generate(&Config::new(10));
    let a = analyse(&map, &Thresholds::default());
    let filter = netwerkkaart::scene::Filter::for_map(&map);
    assert!(filter.collapse.is_some(), "109 parties collapse");
    let p = slide_picture(&map, &a, &filter, netwerkkaart::i18n::Lang::Nl);
    let pt = smallest_printed_pt(&p.svg).unwrap_or(0.0);
    assert!(pt >= MIN_PT - 1e-3, "a label at {pt:.2} pt");
    let w: f32 = p
        .svg
        .split("width=\"")
        .nth(1)
        .and_then(|r| r.split("mm").next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(999.0);
    assert!(w <= SLIDE_BOX.width_mm + 0.5, "{w} mm wide");
    // Collapsed: far fewer nodes than the 93 tables and 109 parties.
    assert!(p.svg.matches("<text").count() < 93 + 109);
}
