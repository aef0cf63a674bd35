"""Recomputes, independently of the Rust code, what the example map is built to show.

Used by `make_voorbeeld.py --check`; the definitions follow spec/analysis.md (member graph for
articulation points, metrics graph for components). Prints a report; exits 1 when an intended
finding is missing.
"""
import itertools
import sys

import networkx as nx

CORE = ("gemeente", "woningcorporatie", "zorgaanbieder")


def main(files):
    f = {name: (header, [dict(zip(header, map(str, r))) for r in data]) for name, header, data in files}
    parties = {r["id"]: r for r in f["partijen"][1]}
    persons = {r["id"]: r for r in f["personen"][1]}
    tables = {r["id"]: r for r in f["tafels"][1]}
    deel = f["deelnames"][1]
    rel = f["relaties"][1]
    split = lambda s: [x for x in s.split("|") if x]
    ok = True

    def expect(cond, msg):
        nonlocal ok
        print(("  ok   " if cond else "  FOUT ") + msg)
        ok &= bool(cond)

    print(f"{len(parties)} partijen, {len(persons)} personen, {len(tables)} tafels, "
          f"{len(deel)} deelnames ({sum(1 for d in deel if not d['persoon'])} alleen partij), {len(rel)} relaties")

    # Matrix
    print("Matrix domein x laag:")
    for d in ("casus", "institutioneel", "leefomgeving"):
        cells = []
        for l in ("strategisch", "tactisch", "operationeel"):
            cells.append(sum(1 for t in tables.values() if d in split(t["domein"]) and l in split(t["laag"])))
        print(f"  {d:15} {cells}")

    # Who meets whom, per domain and overall.
    seats = {}  # table -> parties
    for d in deel:
        seats.setdefault(d["tafel"], set()).add(d["partij"])
    def owner(x):
        return persons[x]["partij"] if x in persons else x
    def meets(a, b, dom=None):
        for t, ps in seats.items():
            if a in ps and b in ps and (dom is None or dom in split(tables[t]["domein"])):
                return True
        for r in rel:
            ends = {owner(r["van"]), owner(r["naar"])}
            if ends == {a, b} and (dom is None or dom in split(r["domein"])):
                return True
        return False
    kind = lambda p: parties[p]["soort"]
    print("Driehoek per domein (poten):")
    for dom in ("casus", "institutioneel", "leefomgeving"):
        legs = {}
        for k1, k2 in itertools.combinations(CORE, 2):
            legs[f"{k1}-{k2}"] = any(meets(a, b, dom) for a in parties for b in parties if kind(a) == k1 and kind(b) == k2)
        print(f"  {dom:15} {legs}")
        if dom == "leefomgeving":
            expect(legs["gemeente-woningcorporatie"] and legs["gemeente-zorgaanbieder"]
                   and not legs["woningcorporatie-zorgaanbieder"], "open driehoek in leefomgeving: corporatie-zorg ontbreekt")
        else:
            expect(all(legs.values()), f"driehoek {dom} heeft alle poten")

    # Missing links: same werkgebied, never meet.
    gem = [p for p in parties if kind(p) == "gemeente"]
    area = lambda p: {p} if kind(p) == "gemeente" else (set(split(parties[p]["werkgebied"])) or set(gem))
    missing = []
    for a, b in itertools.combinations(parties, 2):
        ka, kb = kind(a), kind(b)
        if {ka, kb} in ({"woningcorporatie", "zorgaanbieder"}, {"gemeente", "woningcorporatie"}, {"gemeente", "zorgaanbieder"}):
            shared = area(a) & area(b)
            if shared and not meets(a, b):
                brokers = sorted(c for c in parties if c not in (a, b) and meets(a, c) and meets(b, c))
                missing.append((a, b, sorted(shared), brokers))
    print("Ontbrekende verbindingen:")
    for x in missing:
        print("  ", x)
    expect([m[:2] for m in missing] == [("corp-thuisborg", "zorg-amberhuis")], "precies één: Thuisborg-Amberhuis (Gouda)")
    expect(missing and missing[0][3] == ["gem-brederwijk"], "alleen via Gemeente Brederwijk")

    # Member graph.
    MG = nx.Graph()
    member = lambda d: d["persoon"] or d["partij"]
    members = set()
    for t in tables:
        MG.add_node(t)
    for d in deel:
        MG.add_edge(d["tafel"], member(d))
        members.add(member(d))
    for r in rel:
        if r["van"] in members and r["naar"] in members:
            MG.add_edge(r["van"], r["naar"])
    for t in tables.values():
        for up in split(t["rapporteert_aan"]):
            MG.add_edge(t["id"], up)
    arts = sorted(n for n in nx.articulation_points(MG) if n not in tables)
    print("Articulatiepunten (leden) in de ledengraaf:", arts)
    expect("p-mbakker" in arts, "Marieke Bakker is articulatiepunt")
    # What falls off without her.
    G2 = MG.copy()
    G2.remove_node("p-mbakker")
    comps = sorted(nx.connected_components(G2), key=len, reverse=True)
    cut = [sorted(t for t in c if t in tables) for c in comps[1:]]
    print("  zonder Marieke vallen los:", cut)
    bt = nx.betweenness_centrality(MG)
    top = sorted(bt, key=bt.get, reverse=True)[:5]
    print("  hoogste betweenness (ledengraaf):", [(n, round(bt[n], 3)) for n in top])

    # Load per person.
    load = {}
    for d in deel:
        if d["persoon"]:
            t = tables[d["tafel"]]
            hrs = float(t["frequentie"] or 0) * float(t["duur_uren"] or 0)
            n, h = load.get(d["persoon"], (0, 0.0))
            load[d["persoon"]] = (n + 1, h + hrs)
    busiest = sorted(load.items(), key=lambda kv: -kv[1][0])[:5]
    print("Drukste personen (tafels, uren/jaar):", busiest)
    n, h = load["p-mbakker"]
    expect(n >= 8 and h >= 300 and h > 12 * float(persons["p-mbakker"]["uren_per_maand"]),
           f"Marieke: {n} tafels, {h} uur per jaar, capaciteit {12 * float(persons['p-mbakker']['uren_per_maand'])}")
    expect(all(v[0] <= 5 for k, v in load.items() if k != "p-mbakker"), "niemand anders zit aan meer dan 5 tafels")

    # Isolated tables.
    at = {}
    for d in deel:
        at.setdefault(member(d), set()).add(d["tafel"])
    reported = {u for t in tables.values() for u in split(t["rapporteert_aan"])}
    isolated = [t for t in tables if all(at[member(d)] == {t} for d in deel if d["tafel"] == t)
                and not split(tables[t]["rapporteert_aan"]) and t not in reported]
    print("Eilanden:", isolated)
    expect(isolated == ["t-buurtkamer"], "alleen Buurtkamer De Schakel is een eiland")

    # Unanchored casus/leefomgeving tables.
    anchor = {t for t, r in tables.items() if "institutioneel" in split(r["domein"])
              and set(split(r["laag"])) & {"strategisch", "tactisch"}}
    def chain(t, seen=None):
        seen = seen or set()
        for u in split(tables[t]["rapporteert_aan"]):
            if u not in seen:
                seen.add(u)
                chain(u, seen)
        return seen
    unanchored = []
    for t, r in tables.items():
        if t in anchor or not set(split(r["domein"])) & {"casus", "leefomgeving"}:
            continue
        by_chain = chain(t) & anchor
        by_person = any(d["persoon"] and at[d["persoon"]] & anchor for d in deel if d["tafel"] == t)
        if not by_chain and not by_person:
            unanchored.append(t)
    print("Niet verankerd:", unanchored)
    expect(unanchored == ["t-casus-zandermeer", "t-buurtkamer"], "niet verankerd: Casustafel Zandermeer en de buurtkamer")

    # Metrics graph components, isolated parties.
    G = nx.Graph()
    G.add_nodes_from(list(parties) + list(persons) + list(tables))
    for d in deel:
        G.add_edge(d["tafel"], d["partij"])
        if d["persoon"]:
            G.add_edge(d["tafel"], d["persoon"])
    for p, r in persons.items():
        G.add_edge(p, r["partij"])
    for r in rel:
        G.add_edge(r["van"], r["naar"])
    for t in tables.values():
        for u in split(t["rapporteert_aan"]):
            G.add_edge(t["id"], u)
    comps = sorted(nx.connected_components(G), key=len, reverse=True)
    print("Componenten metrische graaf:", [len(c) for c in comps], [sorted(c) for c in comps[1:]])
    lone = [p for p in parties if G.degree(p) == 0]
    expect(lone == ["welz-maatjes"], f"partij zonder tafel of relatie: {lone}")
    print(f"  dichtheid {nx.density(G):.4f}")

    # Mono-sector tables.
    mono = [t for t in tables if len({kind(d['partij']) for d in deel if d['tafel'] == t}) == 1]
    print("Één-sectortafels:", mono)

    # Domain gaps.
    doms = ("casus", "institutioneel", "leefomgeving")
    for a, b in itertools.combinations(doms, 2):
        ma = {member(d) for d in deel if a in split(tables[d["tafel"]]["domein"])}
        mb = {member(d) for d in deel if b in split(tables[d["tafel"]]["domein"])}
        line = any((a in split(tables[t]["domein"]) and any(b in split(tables[u]["domein"]) for u in split(tables[t]["rapporteert_aan"])))
                   or (b in split(tables[t]["domein"]) and any(a in split(tables[u]["domein"]) for u in split(tables[t]["rapporteert_aan"])))
                   for t in tables)
        print(f"  {a}-{b}: gedeelde leden {sorted(ma & mb)}, rapportagelijn {line}")
    # Leadership.
    roles = {}
    for p, r in persons.items():
        for x in split(r["netwerkrol"]):
            roles.setdefault(x, []).append(p)
    print("Netwerkrollen:", {k: len(v) for k, v in roles.items()})
    expect(roles.get("procesmanager") == ["p-mbakker"], "procesmanager: alleen Marieke")
    # Layers per core party (persons' laag at tables).
    for p in parties:
        if kind(p) in CORE:
            ls = {persons[d["persoon"]]["laag"] for d in deel if d["persoon"] and persons[d["persoon"]]["partij"] == p}
            if len(ls) < 2:
                print(f"  kernpartij op één laag: {p} {ls}")
    expect(all(len({kind(d["partij"]) for d in deel if d["tafel"] == t}) > 0 for t in tables), "elke tafel heeft leden")
    sys.exit(0 if ok else 1)
