#!/usr/bin/env python3
"""Reference figures from networkx for a Netwerkkaart map folder, independent of the Rust code.

Usage: scripts/networkx_reference.py MAPDIR OUT.json

Reads the CSVs of spec/data-format.md (UTF-8 with or without BOM, else Windows-1252; `,` or
`;` detected from the header line; Dutch headers and their English aliases, folded as the
spec says), builds the metrics graph and the member graph exactly as spec/analysis.md defines
them, and writes for each graph: per node degree, betweenness (normalised), closeness,
articulation point and component; the bridges, the components and the density.

The Rust tests (tests/metrics.rs) compare their own figures to this output to 1e-9, so this
file must stay an independent reading of the spec: it shares no code with the crate.
"""

import csv
import io
import json
import os
import sys
import unicodedata

import networkx as nx

FILES = {
    "partijen": ["partijen", "parties"],
    "tafels": ["tafels", "tables"],
    "deelnames": ["deelnames", "memberships"],
    "personen": ["personen", "persons", "people"],
    "relaties": ["relaties", "relations", "relationships"],
}

# canonical column -> accepted spellings (canonical first), per file
COLUMNS = {
    "partijen": {"id": ["id"], "soort": ["soort", "kind", "type"]},
    "tafels": {"id": ["id"], "rapporteert_aan": ["rapporteert_aan", "reports_to"]},
    "deelnames": {
        "tafel": ["tafel", "table"],
        "partij": ["partij", "party"],
        "persoon": ["persoon", "person"],
    },
    "personen": {"id": ["id"], "partij": ["partij", "party"]},
    "relaties": {"van": ["van", "from"], "naar": ["naar", "to"]},
}


def fold(s):
    """Lower case, accents removed, `_`/`-`/spaces folded into one space, trimmed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    pending = False
    for c in s:
        if c in "_-" or c.isspace():
            pending = bool(out)
            continue
        if pending:
            out.append(" ")
            pending = False
        out.append(c.lower())
    return "".join(out)


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def read_table(mapdir, key):
    """Rows of one file as dicts keyed by canonical column name; None when absent."""
    names = {fold(n): n for n in os.listdir(mapdir)}
    path = None
    for alias in FILES[key]:
        hit = names.get(fold(alias + ".csv"))
        if hit:
            path = os.path.join(mapdir, hit)
            break
    if path is None:
        return None
    with open(path, "rb") as f:
        text = decode(f.read())
    header_line = text.split("\n", 1)[0]
    delim = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    rows = list(reader)
    if not rows:
        return []
    header = [fold(h) for h in rows[0]]
    cols = {}
    for canon, spellings in COLUMNS[key].items():
        for sp in spellings:
            if fold(sp) in header:
                cols[canon] = header.index(fold(sp))
                break
    out = []
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        rec = {}
        for canon, i in cols.items():
            rec[canon] = row[i].strip() if i < len(row) else ""
        out.append(rec)
    return out


def multi(cell):
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def read_map(mapdir):
    return {k: (read_table(mapdir, k) or []) for k in FILES}


def graphs(m):
    """(metrics_nodes, metrics_edges, member_nodes, member_edges); nodes as {id: kind}."""
    kind = {}
    for p in m["partijen"]:
        kind.setdefault(p["id"], "party")
    for p in m["personen"]:
        kind.setdefault(p["id"], "person")
    for t in m["tafels"]:
        kind.setdefault(t["id"], "table")
    own_party = {}
    for p in m["personen"]:
        own_party.setdefault(p["id"], p.get("partij", ""))

    def known(*ids):
        return all(i in kind for i in ids)

    edges = []
    for d in m["deelnames"]:
        t, party, person = d.get("tafel", ""), d.get("partij", ""), d.get("persoon", "")
        if not party and person:
            party = own_party.get(person, "")
        if known(t, party):
            edges.append((t, party))
        if person and known(t, person):
            edges.append((t, person))
    for p in m["personen"]:
        if known(p["id"], p.get("partij", "")):
            edges.append((p["id"], p["partij"]))
    for r in m["relaties"]:
        if known(r["van"], r["naar"]):
            edges.append((r["van"], r["naar"]))
    reports = []
    for t in m["tafels"]:
        for to in multi(t.get("rapporteert_aan")):
            if known(t["id"], to):
                reports.append((t["id"], to))
    edges += reports

    # Member graph.
    mkind = {t["id"]: kind[t["id"]] for t in m["tafels"]}
    members = set()
    medges = []
    for d in m["deelnames"]:
        t, party, person = d.get("tafel", ""), d.get("partij", ""), d.get("persoon", "")
        member = person if person else party
        if kind.get(t) != "table" or kind.get(member) not in ("party", "person"):
            continue
        mkind.setdefault(member, kind[member])
        members.add(member)
        medges.append((t, member))
    for r in m["relaties"]:
        if r["van"] in members and r["naar"] in members:
            medges.append((r["van"], r["naar"]))
    medges += reports
    return kind, edges, mkind, medges


def nx_graph(nodes, edges):
    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))
    g.add_edges_from((a, b) for a, b in edges if a != b)
    return g


def figures(nodes, edges):
    g = nx_graph(nodes, edges)
    ids = sorted(nodes)
    index = {i: k for k, i in enumerate(ids)}
    bc = nx.betweenness_centrality(g, normalized=True)
    cl = nx.closeness_centrality(g)
    art = set(nx.articulation_points(g))
    bridges = sorted(
        tuple(sorted((a, b), key=index.__getitem__)) for a, b in nx.bridges(g)
    )
    bridges.sort(key=lambda e: (index[e[0]], index[e[1]]))
    comps = [sorted(c, key=index.__getitem__) for c in nx.connected_components(g)]
    comps.sort(key=lambda c: (-len(c), index[c[0]]))
    comp_of = {v: k for k, c in enumerate(comps) for v in c}
    return {
        "edges": g.number_of_edges(),
        "density": nx.density(g),
        "nodes": [
            {
                "id": v,
                "kind": nodes[v],
                "degree": g.degree(v),
                "betweenness": bc[v],
                "closeness": cl[v],
                "articulation": v in art,
                "component": comp_of[v],
            }
            for v in ids
        ],
        "bridges": [list(e) for e in bridges],
        "components": comps,
    }


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    m = read_map(argv[1])
    kind, edges, mkind, medges = graphs(m)
    out = {
        "generator": "scripts/networkx_reference.py",
        "networkx": nx.__version__,
        "map": os.path.basename(os.path.normpath(argv[1])),
        "metrics_graph": figures(kind, edges),
        "member_graph": figures(mkind, medges),
    }
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    mg = out["metrics_graph"]
    print(
        f"{argv[2]}: metrics graph {len(mg['nodes'])} nodes, {mg['edges']} edges, "
        f"{len(mg['components'])} components"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
