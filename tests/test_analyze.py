import networkx as nx

from graphkit import analyze
from graphkit.model import Article, Edge, Graph, Node


def test_star_path_and_two_cliques_have_their_known_answers():
    assert analyze.centrality(nx.star_graph(5), top=1)[0]["node"] == 0
    path = analyze.centrality(nx.path_graph(5))
    assert max(path, key=lambda r: r["betweenness"])["node"] == 2
    two = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(5))
    two.add_edge(0, 5)
    groups = analyze.communities(two)
    assert [g["size"] for g in groups] == [5, 5]


def test_sampled_betweenness_is_seeded_and_reproducible():
    G = nx.gnm_random_graph(300, 1200, seed=1)
    a = analyze.centrality(G, k=50, seed=3)
    b = analyze.centrality(G, k=50, seed=3)
    assert a == b


def test_seeds_most_central_country_and_person(seeds_graph):
    countries = analyze.centrality(analyze.country_graph(seeds_graph), weight="weight")
    assert countries[0]["name"] == "Tajikistan"
    people = analyze.centrality(analyze.person_graph(seeds_graph))
    assert people[0]["name"] == "Emomali Rahmon"


def test_views_and_tables_do_not_mutate_the_graph(seeds_graph):
    before = seeds_graph.to_dict()
    analyze.trade_table(seeds_graph)
    analyze.timeline(seeds_graph)
    analyze.bilateral(seeds_graph, "country:TJK", "country:KAZ")
    analyze.communities(seeds_graph)
    assert seeds_graph.to_dict() == before


def test_trade_table_and_bilateral_summary():
    g = Graph([Article("a", date="2021-05-20")],
              [Node("country:KAZ", "Country", "Kazakhstan", [], ["a"]),
               Node("country:TJK", "Country", "Tajikistan", [], ["a"])],
              [Edge("TRADES_WITH", "country:KAZ", "country:TJK", "a", "Trade reached $800 million.",
                    0.9, {"value_usd": 8e8, "year": 2020})])
    assert analyze.trade_table(g) == [{"pair": "Kazakhstan – Tajikistan", "year": 2020,
                                       "value_usd": 8e8, "projected": False, "article": "a"}]
    rows = analyze.bilateral(g, "country:TJK", "country:KAZ")
    assert rows[0]["date"] == "2021-05-20" and rows[0]["evidence"].startswith("Trade")


def test_report_reads_well(seeds_graph, tmp_path):
    paths = analyze.write_report(seeds_graph, tmp_path)
    text = paths["report"].read_text()
    for heading in ("Most central people", "Most central countries", "Communities",
                    "Strongest country pairs", "Trade figures"):
        assert f"## {heading}" in text
    assert "$800,000,000" in text
