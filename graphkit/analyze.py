"""Analyses of the graph with NetworkX: functions that take a graph and return plain data.

Every function takes a :class:`~graphkit.model.Graph` (or a NetworkX graph made by one of
the ``*_graph`` views) first, options as keywords, and returns lists of dicts, never
mutating its input. ``as_dataframe`` turns any table into a pandas DataFrame when pandas is
installed.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .model import Graph

__all__ = [
    "multigraph", "country_graph", "person_graph", "filter_graph",
    "centrality", "communities", "ego_network", "bilateral", "timeline", "trade_table",
    "strongest_pairs", "as_dataframe", "write_report", "EXACT_BETWEENNESS_LIMIT",
]

EXACT_BETWEENNESS_LIMIT = 5_000  # edges; past this betweenness samples k=200 sources (seeded)
_COUNTRY_TYPES = ("TRADES_WITH", "SIGNED", "COOPERATES_WITH", "HAS_DIPLOMATIC_RELATIONS",
                  "HAS_EMBASSY_IN", "INVESTED_IN", "RECOGNIZED", "SUPPORTS")


def multigraph(graph: Graph) -> nx.MultiDiGraph:
    """The whole graph as a NetworkX ``MultiDiGraph`` (same as ``graph.to_networkx()``)."""
    return graph.to_networkx()


def country_graph(graph: Graph) -> nx.Graph:
    """Countries linked by everything between them, weighted by the number of relations;
    ``trade_usd`` sums the stated (not projected) trade figures, the latest per article.

    >>> from graphkit.model import Node, Edge
    >>> g = Graph(nodes=[Node("country:A", "Country", "A"), Node("country:B", "Country", "B")],
    ...           edges=[Edge("SIGNED", "country:A", "country:B", "x")])
    >>> country_graph(g)["country:A"]["country:B"]["weight"]
    1
    """
    G = nx.Graph()
    for node_id, node in graph.nodes.items():
        if node.label == "Country":
            G.add_node(node_id, name=node.name, label="Country")
    for e in graph.edges:
        if e.type not in _COUNTRY_TYPES or e.source not in G or e.target not in G:
            continue
        if not G.has_edge(e.source, e.target):
            G.add_edge(e.source, e.target, weight=0, trade_usd=0.0, types=[])
        data = G[e.source][e.target]
        data["weight"] += 1
        data["types"] = sorted(set(data["types"]) | {e.type})
        if e.type == "TRADES_WITH" and not e.properties.get("projected"):
            data["trade_usd"] += float(e.properties.get("value_usd") or 0)
    return G


def person_graph(graph: Graph, types: Iterable[str] = ("MET_WITH", "SPOKE_WITH")) -> nx.Graph:
    """People linked by meetings (and calls), weighted by how many articles report one."""
    G = nx.Graph()
    for node_id, node in graph.nodes.items():
        if node.label == "Person":
            G.add_node(node_id, name=node.name, label="Person")
    wanted = set(types)
    for e in graph.edges:
        if e.type in wanted:
            w = G.get_edge_data(e.source, e.target, {}).get("weight", 0)
            G.add_edge(e.source, e.target, weight=w + 1)
    return G


def filter_graph(graph: Graph, *, types: Iterable[str] | None = None, since: str | None = None,
                 until: str | None = None) -> Graph:
    """A new graph with only the chosen relation types and dates (edge date, else article date)."""
    return graph.select(types=types, since=since, until=until)


def _names(graph_or_G) -> dict[str, tuple[str, str]]:
    if isinstance(graph_or_G, Graph):
        return {i: (n.name, n.label) for i, n in graph_or_G.nodes.items()}
    return {i: (d.get("name", i), d.get("label", "")) for i, d in graph_or_G.nodes(data=True)}


def centrality(G, *, weight: str | None = None, top: int | None = None, k: int | None = None,
               seed: int = 0) -> list[dict[str, Any]]:
    """Degree, weighted degree, betweenness and PageRank of every node, ranked by PageRank.

    ``G`` is a :class:`Graph` (its whole multigraph, as undirected) or a view such as
    :func:`country_graph`. Past :data:`EXACT_BETWEENNESS_LIMIT` edges, betweenness samples
    ``k`` sources (default 200), seeded, so the ranking is reproducible.

    >>> star = nx.star_graph(4)
    >>> centrality(star, top=1)[0]["node"]
    0
    """
    names = _names(G)
    H = nx.Graph(G.to_networkx()) if isinstance(G, Graph) else nx.Graph(G)
    if H.number_of_edges() > EXACT_BETWEENNESS_LIMIT and k is None:
        k = 200
    if k is not None:
        k = min(k, H.number_of_nodes())
    between = nx.betweenness_centrality(H, k=k, seed=seed, weight=None) if len(H) else {}
    rank = nx.pagerank(H, weight=weight) if H.number_of_edges() else {n: 0.0 for n in H}
    degree = dict(H.degree())
    wdegree = dict(H.degree(weight=weight or "weight"))
    rows = [{"node": n, "name": names.get(n, (str(n), ""))[0], "label": names.get(n, ("", ""))[1],
             "degree": degree[n], "weighted_degree": wdegree[n],
             "betweenness": round(between.get(n, 0.0), 6), "pagerank": round(rank.get(n, 0.0), 6)}
            for n in H]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], str(r["node"])))
    return rows[:top] if top else rows


def communities(G, *, weight: str | None = "weight", seed: int = 0,
                resolution: float = 1.0) -> list[dict[str, Any]]:
    """Louvain communities, largest first, with their members' names.

    >>> two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    >>> [c["size"] for c in communities(two)]
    [4, 4]
    """
    names = _names(G)
    H = nx.Graph(G.to_networkx()) if isinstance(G, Graph) else nx.Graph(G)
    if not H.number_of_edges():
        return []
    found = nx.community.louvain_communities(H, weight=weight, seed=seed, resolution=resolution)
    groups = sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))
    return [{"community": i + 1, "size": len(c), "members": c,
             "names": [names.get(n, (str(n), ""))[0] for n in c]} for i, c in enumerate(groups)]


def ego_network(graph: Graph, node_id: str, radius: int = 1) -> Graph:
    """The part of the graph within ``radius`` relations of one entity."""
    return graph.neighbourhood(node_id, radius)


def bilateral(graph: Graph, a: str, b: str) -> list[dict[str, Any]]:
    """Every relation between two entities, with evidence and dates, oldest first."""
    rows = []
    for e in graph.edges:
        if {e.source, e.target} == {a, b}:
            art = graph.articles.get(e.article)
            rows.append({"type": e.type, "source": graph.nodes[e.source].name,
                         "target": graph.nodes[e.target].name, "article": e.article,
                         "date": e.properties.get("date") or (art.date if art else None),
                         "evidence": e.evidence, **{k: v for k, v in e.properties.items()
                                                    if k != "date"}})
    return sorted(rows, key=lambda r: (str(r["date"] or ""), r["type"], r["article"]))


def timeline(graph: Graph, types: Iterable[str] = ("MET_WITH", "SPOKE_WITH", "VISITED")
             ) -> list[dict[str, Any]]:
    """Meetings, calls and visits in date order (the relation's date, else the article's)."""
    wanted = set(types)
    rows = []
    for e in graph.edges:
        if e.type not in wanted:
            continue
        art = graph.articles.get(e.article)
        rows.append({"date": e.properties.get("date") or (art.date if art else None),
                     "type": e.type, "source": graph.nodes[e.source].name,
                     "target": graph.nodes[e.target].name,
                     "place": e.properties.get("place") or e.properties.get("city"),
                     "article": e.article})
    return sorted(rows, key=lambda r: (str(r["date"] or "9999"), r["source"], r["target"]))


def trade_table(graph: Graph) -> list[dict[str, Any]]:
    """Every trade figure: pair, year, value in US dollars, projected or stated."""
    rows = []
    for e in graph.edges:
        if e.type != "TRADES_WITH":
            continue
        a, b = sorted((graph.nodes[e.source].name, graph.nodes[e.target].name))
        rows.append({"pair": f"{a} – {b}", "year": e.properties.get("year"),
                     "value_usd": e.properties.get("value_usd"),
                     "projected": bool(e.properties.get("projected")), "article": e.article})
    return sorted(rows, key=lambda r: (r["pair"], str(r["year"] or ""), r["article"]))


def strongest_pairs(graph: Graph, top: int = 10) -> list[dict[str, Any]]:
    """Country pairs ranked by how many relations link them."""
    G = country_graph(graph)
    rows = [{"pair": " – ".join(sorted((G.nodes[a]["name"], G.nodes[b]["name"]))),
             "relations": d["weight"], "types": ", ".join(d["types"]),
             "trade_usd": d["trade_usd"] or None} for a, b, d in G.edges(data=True)]
    rows.sort(key=lambda r: (-r["relations"], r["pair"]))
    return rows[:top]


def as_dataframe(rows: list[dict[str, Any]]):
    """A table as a pandas DataFrame (pandas must be installed)."""
    import pandas as pd

    return pd.DataFrame(rows)


# --- the report ----------------------------------------------------------------------------
def _md_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "_none_\n"
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c)
            if isinstance(v, float) and c in ("value_usd", "trade_usd"):
                v = f"${v:,.0f}"
            elif isinstance(v, float):
                v = f"{v:.3f}"
            elif isinstance(v, list):
                v = ", ".join(map(str, v))
            cells.append(str(v if v is not None else "").replace("|", "\\|"))
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns or ["empty"])
        writer.writeheader()
        for r in rows:
            writer.writerow({k: ", ".join(map(str, v)) if isinstance(v, list) else v
                             for k, v in r.items()})
    return path


def write_report(graph: Graph, out_dir: str | Path) -> dict[str, Path]:
    """Write ``report.md`` and its tables as CSV files into ``out_dir``; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    whole = centrality(graph)
    people = [r for r in centrality(person_graph(graph)) if r["degree"]] or \
        [r for r in whole if r["label"] == "Person"]
    countries = centrality(country_graph(graph), weight="weight")
    groups = communities(graph)
    pairs = strongest_pairs(graph)
    trade = trade_table(graph)
    meetings = timeline(graph)
    tables = {"people": people, "countries": countries, "pairs": pairs, "trade": trade,
              "timeline": meetings,
              "communities": [{k: v for k, v in c.items() if k != "members"} for c in groups]}
    paths = {f"{name}_csv": _write_csv(out / f"{name}.csv", rows) for name, rows in tables.items()}
    counts: dict[str, int] = {}
    for n in graph.nodes.values():
        counts[n.label] = counts.get(n.label, 0) + 1
    lines = [
        "# graphkit report", "",
        f"{len(graph.articles)} articles; " + ", ".join(f"{v} {k.lower()} nodes" for k, v in
                                                         sorted(counts.items()))
        + f"; {len(graph.edges)} relations.", "",
        "## Most central people", "",
        "Ranked by PageRank on the meeting graph (who met whom).", "",
        _md_table(people[:10], ["name", "degree", "betweenness", "pagerank"]),
        "## Most central countries", "",
        "Ranked by PageRank on the country graph (trade, agreements, cooperation, embassies…).", "",
        _md_table(countries[:10], ["name", "degree", "weighted_degree", "betweenness", "pagerank"]),
        "## Communities", "", "Louvain communities of the whole graph, largest first.", "",
        _md_table([{"community": c["community"], "size": c["size"], "members": c["names"][:12]}
                   for c in groups[:10]], ["community", "size", "members"]),
        "## Strongest country pairs", "",
        _md_table(pairs, ["pair", "relations", "types", "trade_usd"]),
        "## Trade figures", "",
        _md_table(trade, ["pair", "year", "value_usd", "projected", "article"]),
        "## Meetings and visits", "",
        _md_table(meetings[:30], ["date", "type", "source", "target", "place", "article"]),
    ]
    report = out / "report.md"
    report.write_text("\n".join(lines), encoding="utf-8")
    return {"report": report, **paths}
