#!/usr/bin/env python3
"""Reads Netwerkkaart's GraphML and GEXF files back as analysts do, with networkx and igraph,
and prints what those libraries see as one JSON object on stdout.

The integration test `graph_files` compares this with the analysis of the same map (counts,
degrees, networkx betweenness, positions, colours), so a file that a tool misreads fails there.
With --gexf-schema DIR (a folder holding the GEXF 1.3 schema files gexf.rng, viz.rng,
dynamics.rng and/or gexf.xsd, viz.xsd, dynamics.xsd) the GEXF is also validated with lxml.

Usage: check_graph_files.py --graphml FILE --gexf FILE [--gexf-schema DIR]
Needs: pip install networkx python-igraph lxml
"""

import argparse
import json
import math
import os
import re
import sys

# A negative zero as an attribute value or element text: "-0", "-0.0", "-0.00", ...
NEGATIVE_ZERO = re.compile(r'(["=>])-0(\.0*)?(["<])')


def finite(*values):
    """Whether every value is a number that is not NaN or infinite."""
    try:
        return all(v is not None and math.isfinite(float(v)) for v in values)
    except (TypeError, ValueError):
        return False


def networkx_summary(g, position, colour, size):
    """Counts, degrees, betweenness, positions and colours of a networkx graph; `position`,
    `colour` and `size` read one node's data."""
    import networkx as nx

    nodes = {}
    for node_id, data in g.nodes(data=True):
        xy = position(data)
        nodes[node_id] = {
            "kind": data.get("kind"),
            "soort": data.get("soort"),
            "naam": data.get("naam"),
            "degree_attr": data.get("degree"),
            "bevindingen": data.get("bevindingen"),
            "x": float(xy[0]) if xy and finite(*xy) else None,
            "y": float(xy[1]) if xy and finite(*xy) else None,
            "colour": colour(data),
            "size": size(data),
        }
    betweenness = nx.betweenness_centrality(g)
    for node_id, b in betweenness.items():
        nodes[node_id]["betweenness"] = b
        nodes[node_id]["degree"] = g.degree(node_id)
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d})
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d})
    edge_types = {}
    for _, _, d in g.edges(data=True):
        t = d.get("type")
        edge_types[t] = edge_types.get(t, 0) + 1
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "positioned": sum(1 for n in nodes.values() if n["x"] is not None),
        "node_keys": node_keys,
        "edge_keys": edge_keys,
        "edge_types": edge_types,
        "by_id": nodes,
    }


def graphml_with_networkx(path):
    import networkx as nx

    g = nx.read_graphml(path)

    def position(d):
        return (d.get("x"), d.get("y")) if "x" in d and "y" in d else None

    def colour(d):
        if all(k in d for k in ("r", "g", "b")):
            return [int(d["r"]), int(d["g"]), int(d["b"])]
        return None

    summary = networkx_summary(g, position, colour, lambda d: d.get("size"))
    # The types networkx gave the values: doubles must be floats, not text.
    sample = next(iter(g.nodes(data=True)), (None, {}))[1]
    summary["types"] = {k: type(v).__name__ for k, v in sorted(sample.items())}
    return summary


def gexf_with_networkx(path):
    import networkx as nx

    g = nx.read_gexf(path)

    def position(d):
        p = d.get("viz", {}).get("position")
        return (p.get("x"), p.get("y")) if p else None

    def colour(d):
        c = d.get("viz", {}).get("color")
        return [int(c["r"]), int(c["g"]), int(c["b"])] if c else None

    def size(d):
        return d.get("viz", {}).get("size")

    summary = networkx_summary(g, position, colour, size)
    summary["edge_colours"] = sorted(
        {
            tuple(d["viz"]["color"][k] for k in ("r", "g", "b"))
            for _, _, d in g.edges(data=True)
            if "viz" in d and "color" in d["viz"]
        }
    )
    return summary


def graphml_with_igraph(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    names = g.vs.attributes()
    positioned = 0
    degree = {}
    for v in g.vs:
        a = v.attributes()
        if finite(a.get("x"), a.get("y")):
            positioned += 1
        degree[a.get("id")] = v.degree()
    return {
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "directed": g.is_directed(),
        "positioned": positioned,
        "node_keys": sorted(names),
        "edge_keys": sorted(g.es.attributes()),
        "degree": degree,
    }


def validate_gexf(path, schema_dir):
    """Validates with the RELAX NG schema (the GEXF 1.3 grammar proper) and the XSD (whose
    1.3 edition puts the viz elements in the wrong namespace: its verdict is reported, not
    required)."""
    from lxml import etree

    doc = etree.parse(path)
    out = {}
    rng = os.path.join(schema_dir, "gexf.rng")
    if os.path.exists(rng):
        schema = etree.RelaxNG(etree.parse(rng))
        out["relaxng_valid"] = schema.validate(doc)
        out["relaxng_errors"] = [str(e) for e in list(schema.error_log)[:5]]
    xsd = os.path.join(schema_dir, "gexf.xsd")
    if os.path.exists(xsd):
        try:
            schema = etree.XMLSchema(etree.parse(xsd))
            out["xsd_valid"] = schema.validate(doc)
            out["xsd_errors"] = [str(e) for e in list(schema.error_log)[:5]]
        except etree.XMLSchemaParseError as e:
            out["xsd_valid"] = None
            out["xsd_errors"] = ["schema does not load: %s" % e]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graphml", required=True)
    ap.add_argument("--gexf", required=True)
    ap.add_argument("--gexf-schema", help="folder with gexf.rng/gexf.xsd of GEXF 1.3")
    args = ap.parse_args()
    out = {
        "graphml": {
            "networkx": graphml_with_networkx(args.graphml),
            "igraph": graphml_with_igraph(args.graphml),
        },
        "gexf": {"networkx": gexf_with_networkx(args.gexf)},
        "negative_zero": {},
    }
    for name, path in (("graphml", args.graphml), ("gexf", args.gexf)):
        with open(path, encoding="utf-8") as f:
            out["negative_zero"][name] = len(NEGATIVE_ZERO.findall(f.read()))
    if args.gexf_schema:
        out["gexf"]["schema"] = validate_gexf(args.gexf, args.gexf_schema)
    json.dump(out, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
