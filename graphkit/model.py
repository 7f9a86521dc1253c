"""The data model every stage passes on: Article, Node, Edge and Graph.

A :class:`Graph` is what extraction produces and what loading, analysis and
rendering consume. Its file form is described in ``graphfile``; its NetworkX
form is a ``MultiDiGraph`` whose node and edge attributes are the fields below.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .schema import SYMMETRIC, check_label, check_relation_type

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Article", "Node", "Edge", "Graph"]


@dataclass(slots=True)
class Article:
    """One input document. ``text`` is the cleaned body; it is not written to the graph file."""

    id: str
    path: str = ""
    title: str = ""
    date: str | None = None
    text: str = ""
    byline: str | None = None
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "title": self.title, "date": self.date}


@dataclass(slots=True)
class Node:
    """An entity: a Person, Country or Organization, or an Article."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    # the articles as a set, once there are many: a country of a news stream is in thousands
    # of articles, and looking each new one up in the list made merging grow with their square
    _article_set: set[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_label(self.label)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def add_article(self, article_id: str) -> None:
        if len(self.articles) < 32:
            if article_id not in self.articles:
                self.articles.append(article_id)
            return
        if self._article_set is None or len(self._article_set) != len(self.articles):
            self._article_set = set(self.articles)
        if article_id not in self._article_set:
            self._article_set.add(article_id)
            self.articles.append(article_id)

    def merge(self, other: Node) -> None:
        """Fold ``other`` (the same entity) into this node; the longer name wins."""
        if len(other.name) > len(self.name):
            old, self.name = self.name, other.name
            self.aliases = [a for a in self.aliases if a != other.name]
            self.add_alias(old)
        for alias in [other.name, *other.aliases]:
            self.add_alias(alias)
        for article_id in other.articles:
            self.add_article(article_id)
        for key, value in other.properties.items():
            self.properties.setdefault(key, value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "aliases": sorted(set(self.aliases) - {self.name}),
            "articles": sorted(self.articles),
            "properties": _sorted_dict(self.properties),
        }


@dataclass(slots=True)
class Edge:
    """A typed relation between two nodes, read from one sentence of one article."""

    type: str
    source: str
    target: str
    article: str
    evidence: str = ""
    confidence: float = 0.5
    properties: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_relation_type(self.type)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """One relation per (type, source, target, article); symmetric types ignore direction."""
        source, target = self.source, self.target
        if self.type in SYMMETRIC and target < source:
            source, target = target, source
        return (self.type, source, target, self.article)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "article": self.article,
            "evidence": self.evidence,
            "confidence": round(float(self.confidence), 3),
            "properties": _sorted_dict(self.properties),
        }


class Graph:
    """Articles, nodes and edges, with one node per id and one edge per key.

    >>> g = Graph()
    >>> _ = g.add_node(Node("country:TJK", "Country", "Tajikistan", properties={"iso3": "TJK"}))
    >>> _ = g.add_node(Node("country:KAZ", "Country", "Kazakhstan", properties={"iso3": "KAZ"}))
    >>> _ = g.add_edge(Edge("TRADES_WITH", "country:TJK", "country:KAZ", "a1"))
    >>> len(g.nodes), len(g.edges)
    (2, 1)
    """

    def __init__(
        self,
        articles: Iterable[Article] = (),
        nodes: Iterable[Node] = (),
        edges: Iterable[Edge] = (),
    ) -> None:
        self.articles: dict[str, Article] = {}
        self.nodes: dict[str, Node] = {}
        self._edges: dict[tuple[str, str, str, str], Edge] = {}
        for article in articles:
            self.add_article(article)
        for node in nodes:
            self.add_node(node)
        for edge in edges:
            self.add_edge(edge)

    @property
    def edges(self) -> list[Edge]:
        return list(self._edges.values())

    def __repr__(self) -> str:
        return (
            f"<Graph {len(self.articles)} articles, {len(self.nodes)} nodes, "
            f"{len(self._edges)} edges>"
        )

    def add_article(self, article: Article) -> Article:
        self.articles[article.id] = article
        return article

    def add_node(self, node: Node) -> Node:
        """Add ``node``, or merge it into the node of the same id; return the node kept."""
        known = self.nodes.get(node.id)
        if known is None:
            self.nodes[node.id] = node
            return node
        known.merge(node)
        return known

    def add_edge(self, edge: Edge) -> Edge:
        """Add ``edge``; a second edge with the same key keeps the more confident evidence
        and gains the properties the first lacked."""
        return self._add_keyed(edge.key, edge)

    def _add_keyed(self, key: tuple[str, str, str, str], edge: Edge) -> Edge:
        known = self._edges.get(key)
        if known is None:
            self._edges[key] = edge
            return edge
        if edge.confidence > known.confidence:
            known.evidence, known.confidence = edge.evidence, edge.confidence
            if "rule" in edge.properties:  # the rule that read the evidence kept
                known.properties["rule"] = edge.properties["rule"]
        for key, value in edge.properties.items():
            known.properties.setdefault(key, value)
        return known

    def remove_node(self, node_id: str) -> None:
        """Remove a node and every edge that touches it."""
        self.nodes.pop(node_id, None)
        self._edges = {
            k: e for k, e in self._edges.items() if node_id not in (e.source, e.target)
        }

    def rename_nodes(self, renames: dict[str, str]) -> None:
        """Merge each node ``old`` into node ``new`` (which must exist) and repoint its edges."""
        for old, new in renames.items():
            self.nodes[new].merge(self.nodes.pop(old))
        edges, self._edges = self._edges, {}
        for key, e in edges.items():
            if e.source in renames or e.target in renames:  # most edges keep their ends (and key)
                e = Edge(e.type, renames.get(e.source, e.source), renames.get(e.target, e.target),
                         e.article, e.evidence, e.confidence, e.properties)
                key = e.key
            self._add_keyed(key, e)

    def subgraph(self, keep: Iterable[str], edges: Iterable[Edge] | None = None) -> Graph:
        """A new graph of the nodes ``keep`` and the edges (of ``edges``, default all) between them."""
        keep = set(keep)
        sub = Graph(self.articles.values(), [n for i, n in self.nodes.items() if i in keep])
        for e in self.edges if edges is None else edges:
            if e.source in keep and e.target in keep:
                sub.add_edge(e)
        return sub

    def neighbourhood(self, node_id: str, radius: int = 1) -> Graph:
        """The part of the graph within ``radius`` relations of ``node_id``, in either direction.

        >>> g = Graph(nodes=[Node("person:a", "Person", "A"), Node("person:b", "Person", "B"),
        ...                  Node("person:c", "Person", "C")],
        ...           edges=[Edge("MET_WITH", "person:a", "person:b", "x")])
        >>> sorted(g.neighbourhood("person:b").nodes)
        ['person:a', 'person:b']
        """
        adjacent: dict[str, set[str]] = {}
        for e in self.edges:
            adjacent.setdefault(e.source, set()).add(e.target)
            adjacent.setdefault(e.target, set()).add(e.source)
        seen = {node_id} if node_id in self.nodes else set()
        frontier = set(seen)
        for _ in range(radius):
            frontier = {m for n in frontier for m in adjacent.get(n, ())} - seen
            seen |= frontier
        return self.subgraph(seen)

    def select(self, *, around: str | None = None, radius: int = 1,
               types: Iterable[str] | None = None, since: str | None = None,
               until: str | None = None) -> Graph:
        """A subset: one entity's neighbourhood, chosen relation types, a date range (the
        relation's date, else its article's). With types or dates, only nodes they touch stay."""
        graph = self.neighbourhood(around, radius) if around else self
        wanted = set(types) if types else None
        edges = []
        for e in graph.edges:
            if wanted and e.type not in wanted:
                continue
            article = graph.articles.get(e.article)
            day = e.properties.get("date") or (article.date if article else None)
            if (since or until) and not day:
                continue
            if since and str(day) < since or until and str(day) > until:
                continue
            edges.append(e)
        keep = set(graph.nodes) if not (wanted or since or until) else \
            {x for e in edges for x in (e.source, e.target)}
        return graph.subgraph(keep, edges)

    def update(self, other: Graph, copy: bool = True) -> Graph:
        """Add every article, node and edge of ``other`` to this graph; return self.

        With ``copy=False`` this graph takes ``other``'s objects as they are (faster; for a
        graph nobody uses afterwards, such as one article's graph from a worker).
        """
        for article in other.articles.values():
            self.add_article(article)
        for node in other.nodes.values():
            self.add_node(Node(node.id, node.label, node.name, list(node.aliases),
                               list(node.articles), dict(node.properties)) if copy else node)
        for key, edge in other._edges.items():  # other's keys are these edges' keys
            self._add_keyed(key, Edge(edge.type, edge.source, edge.target, edge.article,
                                      edge.evidence, edge.confidence, dict(edge.properties))
                            if copy else edge)
        return self

    # --- pickling: compact rows, for graphs sent between processes ---------------------
    def __getstate__(self) -> tuple:
        return ([(a.id, a.path, a.title, a.date) for a in self.articles.values()],
                [(n.id, n.label, n.name, n.aliases, n.articles, n.properties)
                 for n in self.nodes.values()],
                [(e.type, e.source, e.target, e.article, e.evidence, e.confidence, e.properties)
                 for e in self._edges.values()])

    def __setstate__(self, state: tuple) -> None:
        articles, nodes, edges = state
        # The rows are a graph's own (one node per id, one edge per key), so they are placed
        # without the merging lookups of add_node and add_edge: in a run with jobs, this is
        # what the parent does for every relation while the workers extract. A stream of
        # graphs from worker processes repeats the same ids and sentences as new strings: one
        # copy of each keeps memory growing with the graph alone.
        intern = sys.intern  # the rows' strings are plain str, which it takes
        self.articles = {row[0]: Article(*row) for row in articles}
        self.nodes = {}
        for i, label, name, aliases, arts, props in nodes:
            i = intern(i)
            self.nodes[i] = Node(i, label, name, aliases, [intern(a) for a in arts], props)
        self._edges = {}
        for t, src, dst, art, evidence, conf, props in edges:
            edge = Edge(intern(t), intern(src), intern(dst), intern(art), intern(evidence),
                        conf, props)
            self._edges[edge.key] = edge

    # --- file form -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The graph-file form (``graphkit-graph/1``), sorted so that equal graphs give equal bytes."""
        from .graphfile import FORMAT

        return {
            "format": FORMAT,
            "articles": [a.to_dict() for _, a in sorted(self.articles.items())],
            "nodes": [n.to_dict() for _, n in sorted(self.nodes.items())],
            "edges": [e.to_dict() for e in sorted(self.edges, key=lambda e: e.key)],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Graph:
        from .graphfile import graph_from_dict

        return graph_from_dict(data)

    @classmethod
    def read(cls, path: str | Path) -> Graph:
        """Read a graph file written by :meth:`write` (or by ``graphkit extract``)."""
        from .graphfile import read_graph

        return read_graph(path)

    def write(self, path: str | Path) -> Path:
        """Write the graph file; the same graph always gives the same bytes."""
        from .graphfile import write_graph

        return write_graph(self, path)

    # --- NetworkX form -----------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a NetworkX ``MultiDiGraph``.

        Nodes carry ``label``, ``name``, ``aliases``, ``articles`` and their properties;
        edges are keyed by type and carry ``type``, ``article``, ``evidence``,
        ``confidence`` and their properties. Article nodes are not included.

        >>> g = Graph(nodes=[Node("person:a", "Person", "A"), Node("person:b", "Person", "B")],
        ...           edges=[Edge("MET_WITH", "person:a", "person:b", "x")])
        >>> G = g.to_networkx()
        >>> G.nodes["person:a"]["name"], G.number_of_edges()
        ('A', 1)
        """
        import networkx as nx

        G = nx.MultiDiGraph()
        for node_id, node in sorted(self.nodes.items()):
            G.add_node(node_id, **{**node.properties, "label": node.label, "name": node.name,
                                   "aliases": list(node.aliases), "articles": list(node.articles)})
        for edge in sorted(self.edges, key=lambda e: e.key):
            G.add_edge(edge.source, edge.target, key=f"{edge.type}:{edge.article}",
                       **{**edge.properties, "type": edge.type, "article": edge.article,
                          "evidence": edge.evidence, "confidence": edge.confidence})
        return G

    @classmethod
    def from_networkx(cls, G: nx.MultiDiGraph) -> Graph:
        """Rebuild a :class:`Graph` from :meth:`to_networkx` output (articles become ids only)."""
        graph = cls()
        node_fields = {"label", "name", "aliases", "articles"}
        for node_id, data in G.nodes(data=True):
            graph.add_node(Node(node_id, data["label"], data["name"], list(data.get("aliases", [])),
                                list(data.get("articles", [])),
                                {k: v for k, v in data.items() if k not in node_fields}))
            for article_id in data.get("articles", []):
                graph.articles.setdefault(article_id, Article(article_id))
        edge_fields = {"type", "article", "evidence", "confidence"}
        for source, target, data in G.edges(data=True):
            graph.add_edge(Edge(data["type"], source, target, data["article"],
                                data.get("evidence", ""), data.get("confidence", 0.5),
                                {k: v for k, v in data.items() if k not in edge_fields}))
        return graph


def _sorted_dict(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in sorted(d)}
