//! The board outputs on a large synthetic region: they finish, and the anonymised map still has
//! every seat and no name. Timings are printed (run with `--nocapture`).

use netwerkkaart::analysis::{Thresholds, analyse_profiled};
use netwerkkaart::export::{
    DiagramOptions, GraphOptions, ReportOptions, matrix_svg, triangle_svg, write_gexf,
    write_graphml, write_html,
};
use netwerkkaart::i18n::Lang;
use netwerkkaart::model::anonymise;
use netwerkkaart::synthetic::{Config, generate};
use std::time::Instant;

#[test]
fn large_region_exports_and_anonymises() {
    let map = generate(&Config::new(40));
    // The quick analysis pass (no centralities) keeps this test short; the writers do not care.
    let (a, _) = analyse_profiled(&map, &Thresholds::default(), false);
    let t = Instant::now();
    let anon = anonymise(&map, Lang::Nl);
    let t_anon = t.elapsed();
    assert_eq!(anon.memberships.len(), map.memberships.len());
    assert_eq!(anon.persons.len(), map.persons.len());
    let json = serde_json::to_string(&anon).unwrap();
    for p in map.persons.iter().take(200) {
        assert!(!json.contains(&format!("\"{}\"", p.name)), "{}", p.name);
        assert!(!json.contains(&format!("\"{}\"", p.id)), "{}", p.id);
    }
    let t = Instant::now();
    let g = write_graphml(&map, &a, &GraphOptions::default());
    let x = write_gexf(&map, &a, &GraphOptions::default(), "2026-11-22");
    let t_graph = t.elapsed();
    let t = Instant::now();
    let o = DiagramOptions::default();
    let tri = triangle_svg(&map, &a, &o);
    let mat = matrix_svg(&map, &o);
    let html = write_html(&map, &a, &ReportOptions::default());
    let t_pics = t.elapsed();
    assert!(g.ends_with("</graphml>\n") && x.ends_with("</gexf>\n"));
    assert!(tri.ends_with("</svg>\n") && mat.ends_with("</svg>\n") && html.ends_with("</html>\n"));
    eprintln!(
        "{} parties, {} persons, {} tables, {} seats: anonymise {t_anon:?}, graphml+gexf {t_graph:?} ({} + {} bytes), pictures+report {t_pics:?} ({} bytes html)",
        map.parties.len(),
        map.persons.len(),
        map.tables.len(),
        map.memberships.len(),
        g.len(),
        x.len(),
        html.len()
    );
}
