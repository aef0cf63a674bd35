#!/usr/bin/env python3
"""Times networkx and igraph on the metrics graph of a map folder, for comparison with Rust.

Usage: scripts/compare_networkx_igraph.py MAPDIR [--no-networkx] [--json OUT.json]

Builds the metrics graph (and the member graph) from the CSVs with the same code as
scripts/networkx_reference.py, then times betweenness (normalised as networkx does),
closeness (Wasserman-Faust, as networkx), articulation points, bridges and components in
networkx and in python-igraph, and checks that the two libraries agree. Generate a map with
`cargo run --release --example synthetic -- --gemeenten 60 --out DIR`; the Rust figures for
the same map come from `cargo run --release --example synthetic -- --bench`.
"""

import json
import math
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import networkx as nx  # noqa: E402

import networkx_reference as ref  # noqa: E402

try:
    import igraph as ig
except ImportError:  # igraph is optional; networkx alone still gives a baseline
    ig = None


def timed(label, times, f):
    t = time.perf_counter()
    r = f()
    times[label] = round((time.perf_counter() - t) * 1e3, 2)
    print(f"  {label:<28} {times[label]:>10.1f} ms", flush=True)
    return r


def igraph_figures(ids, edges, times):
    index = {v: i for i, v in enumerate(ids)}
    n = len(ids)
    g = timed(
        "igraph build",
        times,
        lambda: ig.Graph(
            n=n, edges=sorted({tuple(sorted((index[a], index[b]))) for a, b in edges if a != b})
        ),
    )
    raw = timed("igraph betweenness", times, lambda: g.betweenness(directed=False))
    # igraph counts each unordered pair once; networkx normalises by (n-1)(n-2)/2 pairs.
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    bc = [b * scale for b in raw]
    comps = timed("igraph components", times, lambda: g.connected_components())
    size = [0] * n
    for c in comps:
        for v in c:
            size[v] = len(c)
    cl_raw = timed("igraph closeness", times, lambda: g.closeness(normalized=True))
    # igraph: r / sum of distances over the reachable part (NaN when alone); networkx
    # (Wasserman-Faust) multiplies by r / (n - 1).
    cl = [
        0.0 if (c is None or math.isnan(c)) else c * (size[v] - 1) / (n - 1)
        for v, c in enumerate(cl_raw)
    ]
    art = timed("igraph articulation", times, lambda: set(g.articulation_points()))
    br = timed("igraph bridges", times, lambda: g.bridges())
    return bc, cl, art, br, len(comps)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    mapdir = args[0]
    out_json = None
    if "--json" in argv:
        out_json = argv[argv.index("--json") + 1]
        args = [a for a in args if a != out_json]
    with_nx = "--no-networkx" not in argv
    times = {}
    m = timed("read CSVs", times, lambda: ref.read_map(mapdir))
    kind, edges, mkind, medges = timed("build graphs (python)", times, lambda: ref.graphs(m))
    ids = sorted(kind)
    n = len(ids)
    g = timed("networkx build", times, lambda: ref.nx_graph(kind, edges))
    print(f"metrics graph: {n} nodes, {g.number_of_edges()} edges", flush=True)

    result = {"map": mapdir, "nodes": n, "edges": g.number_of_edges(), "times_ms": times}
    if ig is not None:
        result["igraph"] = ig.__version__
        ibc, icl, iart, ibr, icomps = igraph_figures(ids, edges, times)
    if with_nx:
        result["networkx"] = nx.__version__
        bc = timed("networkx betweenness", times, lambda: nx.betweenness_centrality(g))
        cl = timed("networkx closeness", times, lambda: nx.closeness_centrality(g))
        art = timed("networkx articulation", times, lambda: set(nx.articulation_points(g)))
        br = timed("networkx bridges", times, lambda: list(nx.bridges(g)))
        comps = timed("networkx components", times, lambda: list(nx.connected_components(g)))
        if ig is not None:
            index = {v: i for i, v in enumerate(ids)}
            dbc = max(abs(bc[v] - ibc[index[v]]) for v in ids)
            dcl = max(abs(cl[v] - icl[index[v]]) for v in ids)
            same_art = {index[v] for v in art} == iart
            same_br = len(br) == len(ibr)
            result["agreement"] = {
                "max_betweenness_diff": dbc,
                "max_closeness_diff": dcl,
                "same_articulation": same_art,
                "same_bridge_count": same_br,
                "same_component_count": len(comps) == icomps,
            }
            print(f"agreement networkx/igraph: {result['agreement']}", flush=True)
    if out_json:
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
