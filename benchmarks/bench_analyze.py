"""Analysis: every function of graphkit.analyze on a 100,000-edge graph, and how close sampled
betweenness comes to the exact one.

    python benchmarks/bench_analyze.py [--edges 100000] [--exact-edges 10000]

The reference is building the NetworkX multigraph of the same graph (touching every edge
once), measured in the same run.
"""

from __future__ import annotations

import random

import networkx as nx
from common import Figure, main, timed

from graphkit import analyze
from graphkit.extract.lexicon import load_lexicon
from graphkit.model import Article, Edge, Graph, Node

STAGE = "analyze"
_PAIR_TYPES = {("Person", "Person"): ("MET_WITH", "SPOKE_WITH", "INVITED"),
               ("Person", "Country"): ("HOLDS_OFFICE", "VISITED"),
               ("Country", "Country"): ("TRADES_WITH", "SIGNED", "COOPERATES_WITH",
                                        "HAS_DIPLOMATIC_RELATIONS", "HAS_EMBASSY_IN", "SUPPORTS"),
               ("Country", "Organization"): ("MEMBER_OF",),
               ("Organization", "Country"): ("HAS_OFFICE_IN",)}


def synthetic_graph(edges: int, seed: int = 0, people: int | None = None) -> Graph:
    """A graph shaped like a news stream's: real countries and organizations, ``people``
    people (default: one for every 20 relations), a few very busy entities and many quiet
    ones (Zipf-like)."""
    rng = random.Random(seed)
    lex = load_lexicon()
    nodes = {"Country": [Node(c.id, "Country", c.name, properties={"iso3": c.iso3})
                         for c in lex.countries.values()],
             "Organization": [Node(f"org:{o.id}", "Organization", o.name)
                              for o in lex.organizations.values()],
             "Person": [Node(f"person:p{i}", "Person", f"Person {i}")
                        for i in range(people or max(10, edges // 20))]}
    weights = {label: [1 / (rank + 1) for rank in range(len(ns))] for label, ns in nodes.items()}
    articles = [Article(f"a{i}", date=f"20{10 + i % 14:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}")
                for i in range(max(1, edges // 12))]
    graph = Graph(articles, [n for ns in nodes.values() for n in ns])
    pairs = list(_PAIR_TYPES)
    mentioned: dict[str, set[str]] = {}
    while len(graph.edges) < edges:
        a_label, b_label = rng.choice(pairs)
        a = rng.choices(nodes[a_label], weights[a_label])[0]
        b = rng.choices(nodes[b_label], weights[b_label])[0]
        kind = rng.choice(_PAIR_TYPES[a_label, b_label])
        props = {"value_usd": rng.randint(1, 900) * 10**6, "year": rng.randint(2010, 2023)} \
            if kind == "TRADES_WITH" else {}
        if a.id != b.id:
            article = rng.choice(articles).id
            graph.add_edge(Edge(kind, a.id, b.id, article, f"{a.name} and {b.name}.", 0.9, props))
            mentioned.setdefault(a.id, set()).add(article)
            mentioned.setdefault(b.id, set()).add(article)
    for node_id, ids in mentioned.items():
        graph.nodes[node_id].articles = sorted(ids)
    return graph


def at_scale(edges: int) -> list[Figure]:
    graph = synthetic_graph(edges)
    size = f"{len(graph.edges)} edges, {len(graph.nodes)} nodes"
    base = timed(graph.to_networkx)
    figures = [Figure(STAGE, "NetworkX multigraph (reference)", base, "s", size)]
    countries, people = analyze.country_graph(graph), analyze.person_graph(graph)
    top_country = max(countries.degree, key=lambda x: x[1])[0]
    runs = {
        "country_graph": lambda: analyze.country_graph(graph),
        "person_graph": lambda: analyze.person_graph(graph),
        "filter_graph (types, dates)": lambda: analyze.filter_graph(
            graph, types=["MET_WITH"], since="2015-01-01", until="2019-12-31"),
        "centrality, whole graph (sampled)": lambda: analyze.centrality(graph, top=20),
        "centrality, countries": lambda: analyze.centrality(countries, weight="weight"),
        "centrality, people": lambda: analyze.centrality(people),
        "communities (Louvain)": lambda: analyze.communities(graph),
        "ego_network": lambda: analyze.ego_network(graph, top_country),
        "bilateral": lambda: analyze.bilateral(graph, top_country, "country:USA"),
        "timeline": lambda: analyze.timeline(graph),
        "trade_table": lambda: analyze.trade_table(graph),
        "strongest_pairs": lambda: analyze.strongest_pairs(graph),
    }
    for name, fn in runs.items():
        seconds = timed(fn)
        figures.append(Figure(STAGE, name, seconds, "s", size, "NetworkX multigraph", seconds / base))
    return figures


def sampled_betweenness(edges: int, k: int = 200) -> list[Figure]:
    """Top 20 by betweenness: sampled (``k`` sources, as centrality does past its limit)
    against exact, on the same graph."""
    # the simple graph betweenness runs on has fewer edges than the multigraph: grow the
    # multigraph until the simple graph has the size asked for
    n = edges
    while True:
        H = nx.Graph(synthetic_graph(n, seed=1).to_networkx())
        if H.number_of_edges() >= edges * 0.98:
            break
        n = int(n * edges / H.number_of_edges()) + 1
    size = f"{H.number_of_edges()} edges (simple), {H.number_of_nodes()} nodes"
    exact: dict = {}
    sampled: dict = {}
    t_exact = timed(lambda: exact.update(nx.betweenness_centrality(H)))
    t_sampled = timed(lambda: sampled.update(
        nx.betweenness_centrality(H, k=min(k, len(H)), seed=0)))

    def top(scores: dict) -> set:
        return set(sorted(scores, key=lambda n: (-scores[n], str(n)))[:20])

    overlap = len(top(exact) & top(sampled))
    return [Figure(STAGE, "betweenness, exact", t_exact, "s", size),
            Figure(STAGE, f"betweenness, sampled k={k}", t_sampled, "s", size, "exact",
                   t_sampled / t_exact),
            Figure(STAGE, "sampled top-20 overlap", overlap, "of 20", size,
                   "exact top 20 (share)", overlap / 20, ">= 0.8")]


def run(edges: int = 100_000, exact_edges: int = 10_000) -> list[Figure]:
    return at_scale(edges) + sampled_betweenness(exact_edges)


if __name__ == "__main__":
    main(run, __doc__)
