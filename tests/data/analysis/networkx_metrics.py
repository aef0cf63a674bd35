"""Expected metrics for tests/analysis_json.rs::metrics_match_networkx, computed with networkx.
Run: python3 tests/data/analysis/networkx_metrics.py (networkx 3.6)."""
import networkx as nx
# gouda(): metrics graph = table–party per membership, table–table per rapporteert_aan.
G = nx.Graph()
parties = ["gem-gouda","gem-wadd","corp-woon","corp-moz","zorg-kwin","welzijn-kw"]
tables = {"t-bo-gouda":["gem-gouda","corp-woon"],"t-inkoop":["gem-gouda","zorg-kwin"],
 "t-wijk":["gem-gouda","zorg-kwin","welzijn-kw"],"t-woonurg":["gem-gouda","corp-woon"],
 "t-casus-wadd":["gem-wadd","corp-moz","zorg-kwin"],"t-bo-wadd":["gem-wadd","corp-moz","zorg-kwin"]}
reports = [("t-wijk","t-inkoop"),("t-woonurg","t-bo-gouda"),("t-casus-wadd","t-bo-wadd")]
G.add_nodes_from(parties); G.add_nodes_from(tables)
for t,ps in tables.items():
    for p in ps: G.add_edge(t,p)
G.add_edges_from(reports)
b = nx.betweenness_centrality(G, normalized=True); c = nx.closeness_centrality(G)
print("gouda density", repr(nx.density(G)))
for n in sorted(G.nodes): print(f'("{n}", {G.degree[n]}, {b[n]!r}, {c[n]!r}),')
# regisseur(): persons sit for their own party: table–party, table–person, person–party.
H = nx.Graph()
persons = {"p-regie":"gem","p-wethouder":"gem","p-dir-corp":"corp","p-dir-zorg":"zorg","p-cons-corp":"corp","p-begeleider":"zorg","p-welzijn":"welzijn"}
seats = {"t-bo":["p-wethouder","p-dir-corp","p-dir-zorg","p-regie"],"t-buurtkamer":["p-regie","p-welzijn"]}
for i in range(1,7): seats[f"t-casus-{i}"]=["p-regie","p-cons-corp","p-begeleider"]
H.add_nodes_from(["gem","corp","zorg","welzijn"]); H.add_nodes_from(persons); H.add_nodes_from(seats)
for x,p in persons.items(): H.add_edge(x,p)
for t,xs in seats.items():
    for x in xs: H.add_edge(t,x); H.add_edge(t,persons[x])
b = nx.betweenness_centrality(H, normalized=True); c = nx.closeness_centrality(H)
print("regisseur density", repr(nx.density(H)))
for n in sorted(H.nodes): print(f'("{n}", {H.degree[n]}, {b[n]!r}, {c[n]!r}),')
# fragment() is disconnected: closeness uses Wasserman–Faust.
