//! The metrics graph as GEXF 1.3, Gephi's own format, with the layout, colours and sizes of the
//! map, so that the graph opens in Gephi looking like the network picture.
//!
//! Same nodes, edges and attributes as the GraphML writer (they share the rows); colours follow
//! the one palette of `crate::style`, as on the canvas (each party kind its own, persons a
//! lighter tint of their party's, tables by kind as in the legend); sizes are the canvas radii,
//! in the units of the positions. GEXF's y axis points up, the canvas's down, so y is negated.

use super::graphml::{
    EDGE_KEYS, GraphOptions, NODE_KEYS, coord, edge_values, node_values, prepare_graph,
    prepare_with_positions,
};
use super::xml::xml_escape;
use crate::analysis::Analysis;
use crate::model::{Map, NodeKind};
use std::fmt::Write;

/// Writes the metrics graph as GEXF 1.3 (undirected, static), with the attributes of
/// [`super::write_graphml`], and `viz:color`, `viz:size` and `viz:shape` per node (a
/// `viz:position` when positions are given) and `viz:color` per edge. `date` (`YYYY-MM-DD`)
/// is the `lastmodifieddate`; anything else leaves it out.
pub fn write_gexf(map: &Map, analysis: &Analysis, opts: &GraphOptions, date: &str) -> String {
    let (map, analysis, positions) = prepare_with_positions(map, analysis, opts);
    let p = prepare_graph(&map, &analysis, positions.as_ref());
    let mut s = String::with_capacity(2048 + p.nodes.len() * 1200 + p.edges.len() * 240);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // No xsi:schemaLocation: the GEXF 1.3 RELAX NG grammar allows no foreign attribute there.
    s.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n",
    );
    let date_attr = if is_iso_date(date) {
        format!(" lastmodifieddate=\"{date}\"")
    } else {
        String::new()
    };
    let _ = writeln!(s, "  <meta{date_attr}>");
    s.push_str("    <creator>Netwerkkaart</creator>\n");
    if !map.title.is_empty() {
        let _ = writeln!(
            s,
            "    <description>{}</description>",
            xml_escape(&map.title)
        );
    }
    s.push_str("  </meta>\n");
    s.push_str("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n");
    for (class, keys) in [("node", &NODE_KEYS[..]), ("edge", &EDGE_KEYS[..])] {
        let _ = writeln!(s, "    <attributes class=\"{class}\" mode=\"static\">");
        for (i, (key, ty)) in keys.iter().enumerate() {
            let _ = writeln!(
                s,
                "      <attribute id=\"{i}\" title=\"{key}\" type=\"{}\"/>",
                ty.gexf()
            );
        }
        s.push_str("    </attributes>\n");
    }
    let _ = writeln!(s, "    <nodes count=\"{}\">", p.nodes.len());
    for n in &p.nodes {
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">",
            xml_escape(&n.id),
            xml_escape(n.naam)
        );
        s.push_str("        <attvalues>\n");
        for (i, v) in node_values(n, opts.lang).into_iter().enumerate() {
            if let Some(v) = v {
                let _ = writeln!(
                    s,
                    "          <attvalue for=\"{i}\" value=\"{}\"/>",
                    xml_escape(&v)
                );
            }
        }
        s.push_str("        </attvalues>\n");
        let [r, g, b, _] = n.colour.0;
        let _ = writeln!(s, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>");
        if let Some(size) = coord(n.size) {
            let _ = writeln!(s, "        <viz:size value=\"{size}\"/>");
        }
        let shape = match n.kind {
            NodeKind::Table => "square",
            NodeKind::Party | NodeKind::Person => "disc",
        };
        let _ = writeln!(s, "        <viz:shape value=\"{shape}\"/>");
        if let Some((Some(x), Some(y))) = n.pos.map(|p| (coord(p.x), coord(-p.y))) {
            let _ = writeln!(s, "        <viz:position x=\"{x}\" y=\"{y}\" z=\"0\"/>");
        }
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n");
    let _ = writeln!(s, "    <edges count=\"{}\">", p.edges.len());
    for (i, e) in p.edges.iter().enumerate() {
        let _ = write!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\"><attvalues>",
            xml_escape(&p.graph.ids[e.a as usize]),
            xml_escape(&p.graph.ids[e.b as usize]),
        );
        for (k, v) in edge_values(e).into_iter().enumerate() {
            if let Some(v) = v {
                let _ = write!(s, "<attvalue for=\"{k}\" value=\"{}\"/>", xml_escape(&v));
            }
        }
        let [r, g, b, _] = e.colour().0;
        let _ = writeln!(
            s,
            "</attvalues><viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/></edge>"
        );
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

/// Whether `d` looks like `YYYY-MM-DD` (GEXF's `lastmodifieddate` is an xsd:date).
fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}
