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
