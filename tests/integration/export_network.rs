//! The network picture of the example map: well-formed SVG with the lanes' headers, every
//! table as a labelled node, the legend, and the missing link of the Gouda case dashed.

use netwerkkaart::analysis::{Thresholds, analyse};
use netwerkkaart::export::{NetworkOptions, network_svg, svg_to_png};
use std::path::Path;

fn example() -> netwerkkaart::model::Map {
    netwerkkaart::import::load_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/voorbeeld"))
        .unwrap()
        .map
}

#[test]
fn the_network_svg_is_well_formed_and_shows_what_the_canvas_shows() {
    let map = example();
    let a = analyse(&map, &Thresholds::default());
    let svg = network_svg(
        &map,
        &a,
        &NetworkOptions {
            title: "Regio Lingemond".into(),
            date: "22 november 2026".into(),
            persons: false,
            lang: netwerkkaart::i18n::Lang::Nl,
        },
    );
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for header in [
        "CASUS",
        "INSTITUTIONEEL",
        "LEEFOMGEVING",
        "STRATEGISCH",
        "TACTISCH",
        "OPERATIONEEL",
        "Regio Lingemond",
        "Legenda",
        "Gemeente",
        "Woningcorporatie",
        "Zorgaanbieder",
    ] {
        assert!(texts.contains(&header), "{header} missing");
    }
    // Every table is a node (a rect with a title naming it); persons are left out here.
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(titles.len(), 27 + 28, "parties and tables");
    // One missing link in the example (Thuisborg – Amberhuis), drawn dashed in the edge group.
    let dashed = doc
        .descendants()
        .filter(|n| n.has_tag_name("line") && n.attribute("stroke-dasharray").is_some())
        .filter(|n| n.ancestors().any(|p| p.attribute("id") == Some("edges")))
        .count();
    assert_eq!(dashed, 1);
}

#[test]
fn the_network_picture_renders_to_png() {
    let map = example();
    let a = analyse(&map, &Thresholds::default());
    let svg = network_svg(&map, &a, &NetworkOptions::default());
    let png = svg_to_png(&svg, 1000).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1000);
}

#[test]
fn parties_at_no_table_stand_in_a_framed_strip_with_its_heading() {
    let mut map = example();
    // Two parties that sit at no table: the strip says how many.
    for id in ["los-a", "los-b"] {
        let mut p = map.parties[0].clone();
        p.id = id.into();
        p.name = format!("Losse partij {id}");
        map.parties.push(p);
    }
    let at_no_table = map
        .parties
        .iter()
        .filter(|p| !map.memberships.iter().any(|m| m.party == p.id))
        .count();
    assert!(at_no_table >= 2);
    let a = analyse(&map, &Thresholds::default());
    let svg = network_svg(&map, &a, &NetworkOptions::default());
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let strip = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("strip"))
        .expect("the strip is drawn");
    assert!(strip.descendants().any(|n| n.has_tag_name("rect")));
    let heading: String = strip
        .descendants()
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("");
    assert!(
        heading.contains(&format!("{at_no_table} partijen")),
        "{heading}"
    );
    // The heading fits in the picture.
    let width: f32 = doc
        .root_element()
        .attribute("width")
        .unwrap()
        .parse()
        .unwrap();
    let x: f32 = strip
        .descendants()
        .find(|n| n.has_tag_name("text"))
        .and_then(|n| n.attribute("x"))
        .unwrap()
        .parse()
        .unwrap();
    assert!(x < width);
}
