//! The metrics graph as GEXF 1.3, Gephi's own format, with colours per kind and, when given,
//! positions, so that the graph opens in Gephi looking like the map.
//!
//! Same nodes, edges and attributes as the GraphML writer (they share the rows); colours follow
//! the one palette of `crate::style`, as on the canvas: gemeente blue, corporatie orange, zorg
//! bluish green, other kinds muted; persons a lighter tint of their party; tables slate squares.

use super::graphml::{GraphOptions, NODE_KEYS, node_values, prepare_graph, prepare_with_positions};
use super::xml::xml_escape;
use crate::analysis::Analysis;
use crate::model::{Map, NodeKind, PartyKind, TableKind, Vocab};
use crate::style;
use std::fmt::Write;

/// Writes the metrics graph as GEXF 1.3 (undirected, static), with the attributes of
/// [`super::write_graphml`], `viz:color`, `viz:size` (by degree) and `viz:shape` per node, and
/// `viz:position` when positions are given.
pub fn write_gexf(map: &Map, analysis: &Analysis, opts: &GraphOptions, date: &str) -> String {
    let (map, analysis, positions) = prepare_with_positions(map, analysis, opts);
    let p = prepare_graph(&map, &analysis, positions.as_ref());
    let mut s = String::with_capacity(512 + p.nodes.len() * 800 + p.edges.len() * 160);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
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
    s.push_str("    <attributes class=\"node\">\n");
    for (i, (key, _, ty)) in NODE_KEYS.iter().enumerate() {
        let _ = writeln!(
            s,
            "      <attribute id=\"{i}\" title=\"{key}\" type=\"{ty}\"/>"
        );
    }
    s.push_str("    </attributes>\n");
    s.push_str("    <attributes class=\"edge\">\n");
    s.push_str("      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n");
    s.push_str("    </attributes>\n");
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
        let colour = match n.kind {
            NodeKind::Table => {
                style::table_color(TableKind::parse(n.soort).unwrap_or(TableKind::Tafel))
            }
            NodeKind::Party => {
                style::party_color(PartyKind::parse(n.soort).unwrap_or(PartyKind::Overig))
            }
            NodeKind::Person => style::person_color(PartyKind::parse(n.soort)),
        };
        let [r, g, b, _] = colour.0;
        let _ = writeln!(s, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>");
        let degree = n.metrics.map(|m| m.degree).unwrap_or(0) as f64;
        let base = match n.kind {
            NodeKind::Table => 12.0,
            NodeKind::Party => 10.0,
            NodeKind::Person => 5.0,
        };
        let _ = writeln!(
            s,
            "        <viz:size value=\"{:.1}\"/>",
            base + 2.0 * degree.sqrt()
        );
        let shape = match n.kind {
            NodeKind::Table => "square",
            NodeKind::Party => "disc",
            NodeKind::Person => "triangle",
        };
        let _ = writeln!(s, "        <viz:shape value=\"{shape}\"/>");
        if let Some(pos) = n.pos {
            // GEXF's y axis points up, the canvas's down.
            let _ = writeln!(
                s,
                "        <viz:position x=\"{}\" y=\"{}\" z=\"0\"/>",
                pos.x, -pos.y
            );
        }
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n");
    let _ = writeln!(s, "    <edges count=\"{}\">", p.edges.len());
    for (i, (a, b, ty)) in p.edges.iter().enumerate() {
        let _ = writeln!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\"><attvalues><attvalue for=\"0\" value=\"{ty}\"/></attvalues></edge>",
            xml_escape(&p.graph.ids[*a as usize]),
            xml_escape(&p.graph.ids[*b as usize]),
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
