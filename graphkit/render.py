"""The interactive map: one self-contained HTML file, built with pyvis's data model and
graphkit's own template (scripts and styles inline, nothing fetched, all text escaped)."""

from __future__ import annotations

import html as html_module
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from .model import Graph

__all__ = ["render", "render_html", "show", "MapView", "LABEL_COLOURS", "TYPE_COLOURS"]

LABEL_COLOURS = {"Person": "#e4572e", "Country": "#2e86ab", "Organization": "#7a9e3b"}
LABEL_SHAPES = {"Person": "dot", "Country": "diamond", "Organization": "square"}
TYPE_COLOURS = {
    "MET_WITH": "#e4572e", "SPOKE_WITH": "#f28f3b", "VISITED": "#c8553d", "HOLDS_OFFICE": "#8c8c8c",
    "INVITED": "#b07bac", "SIGNED": "#4e79a7", "TRADES_WITH": "#59a14f", "INVESTED_IN": "#76b7b2",
    "COOPERATES_WITH": "#9c755f", "MEMBER_OF": "#bab0ac", "HAS_DIPLOMATIC_RELATIONS": "#edc948",
    "HAS_EMBASSY_IN": "#af7aa1", "HAS_OFFICE_IN": "#ff9da7", "RECOGNIZED": "#17becf",
    "SUPPORTS": "#bcbd22",
}
# nodes past which the layout samples the repulsion instead of networkx's exact spring layout,
# whose cost grows with the square of the nodes (4 s at 1,000 nodes here, 16 s at 5,000)
EXACT_LAYOUT_LIMIT = 500
LAYOUT_ITERATIONS = 50
REPULSION_SAMPLE = 128


def _positions(graph: Graph) -> dict[str, tuple[float, float]]:
    G = nx.Graph()
    G.add_nodes_from(sorted(graph.nodes))
    G.add_edges_from(sorted((e.source, e.target) for e in graph.edges))
    if not len(G):
        return {}
    k = 3.0 / len(G) ** 0.5
    if len(G) <= EXACT_LAYOUT_LIMIT:
        pos = nx.spring_layout(G, seed=7, iterations=LAYOUT_ITERATIONS, k=k)
    else:
        pos = sampled_spring_layout(G, k=k, seed=7)
    scale = 250 * max(len(G), 4) ** 0.5
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def sampled_spring_layout(G: nx.Graph, k: float, seed: int = 7,
                          iterations: int = LAYOUT_ITERATIONS,
                          sample: int = REPULSION_SAMPLE) -> dict[Any, tuple[float, float]]:
    """A Fruchterman-Reingold layout in [-1, 1] whose repulsion, at each step, comes from a
    random sample of ``sample`` nodes (scaled to all of them) rather than from every node:
    each step costs nodes x sample + edges, not nodes squared. Same ``seed``, same layout.

    >>> pos = sampled_spring_layout(nx.path_graph(600), k=0.1)
    >>> len(pos), all(-1 <= x <= 1 and -1 <= y <= 1 for x, y in pos.values())
    (600, True)
    """
    import numpy as np

    nodes = list(G)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[a], index[b]) for a, b in G.edges() if a != b], dtype=np.intp)
    src, dst = (ends[:, 0], ends[:, 1]) if len(ends) else (np.zeros(0, np.intp),) * 2
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    m = min(sample, n)
    temperature = 0.1
    for step in range(iterations):
        others = pos[rng.choice(n, size=m, replace=False)]
        delta = pos[:, None, :] - others[None, :, :]
        dist2 = np.maximum((delta ** 2).sum(axis=2), 1e-4)
        force = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * (n / m)
        pull = pos[src] - pos[dst]
        pull *= np.sqrt((pull ** 2).sum(axis=1))[:, None] / k
        for axis in (0, 1):
            force[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        force -= (pos - pos.mean(axis=0)) * (n ** 0.5) * k  # gravity keeps components close
        length = np.maximum(np.sqrt((force ** 2).sum(axis=1)), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
        temperature = 0.1 * (1 - (step + 1) / (iterations + 1))
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _node_title(node, offices: list[str]) -> str:
    lines = [f"{node.name} ({node.label})"]
    if node.aliases:
        lines.append("Also: " + ", ".join(sorted(node.aliases)))
    if offices:
        lines.append("Posts: " + "; ".join(offices))
    lines.append("Articles: " + ", ".join(sorted(node.articles)))
    return "\n".join(lines)


def _edge_title(edge, graph: Graph) -> str:
    s, t = graph.nodes[edge.source].name, graph.nodes[edge.target].name
    lines = [f"{s} {edge.type} {t}"]
    for key, value in sorted(edge.properties.items()):
        if key == "value_usd" and isinstance(value, (int, float)):
            value = f"${value:,.0f}"
        lines.append(f"{key}: {value}")
    article = graph.articles.get(edge.article)
    lines.append(f"Article: {edge.article}" + (f" ({article.date})" if article and article.date else ""))
    lines.append(f"Evidence: {edge.evidence}")
    return "\n".join(lines)


def _vis_data(graph: Graph) -> dict[str, Any]:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    degree: dict[str, int] = {n: 0 for n in graph.nodes}
    for e in graph.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    top = max(degree.values(), default=1) or 1
    offices: dict[str, list[str]] = {}
    for e in graph.edges:
        if e.type == "HOLDS_OFFICE":
            title = e.properties.get("title") or "office"
            offices.setdefault(e.source, []).append(f"{title}, {graph.nodes[e.target].name}")
    pos = _positions(graph)
    for node_id, node in sorted(graph.nodes.items()):
        x, y = pos.get(node_id, (0.0, 0.0))
        net.add_node(node_id, label=node.name, kind=node.label, shape=LABEL_SHAPES[node.label],
                     color=LABEL_COLOURS[node.label], size=10 + 30 * degree[node_id] / top,
                     title=_node_title(node, sorted(set(offices.get(node_id, [])))), x=x, y=y)
    for i, e in enumerate(sorted(graph.edges, key=lambda e: e.key)):
        net.add_edge(e.source, e.target, id=f"e{i}", label=e.type, relation=e.type,
                     color=TYPE_COLOURS[e.type], title=_edge_title(e, graph),
                     arrows="" if e.type in ("MET_WITH", "SPOKE_WITH", "SIGNED", "TRADES_WITH",
                                             "COOPERATES_WITH", "HAS_DIPLOMATIC_RELATIONS") else "to")
    nodes = []
    for n in net.nodes:
        node = graph.nodes[n["id"]]
        n["search"] = " | ".join([node.name, *node.aliases]).lower()
        nodes.append(n)
    options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": len(nodes) > 1000},
        "edges": {"smooth": False, "font": {"size": 9, "align": "middle"}},
        "nodes": {"font": {"size": 14}},
        "layout": {"improvedLayout": False},
    }
    counts_l: dict[str, int] = {}
    for n in graph.nodes.values():
        counts_l[n.label] = counts_l.get(n.label, 0) + 1
    counts_t: dict[str, int] = {}
    for e in graph.edges:
        counts_t[e.type] = counts_t.get(e.type, 0) + 1
    legend = {"labels": [{"name": k, "colour": LABEL_COLOURS[k], "count": v}
                         for k, v in sorted(counts_l.items())],
              "types": [{"name": k, "colour": TYPE_COLOURS[k], "count": v}
                        for k, v in sorted(counts_t.items())]}
    return {"nodes": nodes, "edges": net.edges, "options": options, "legend": legend}


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end or bend it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def render_html(graph: Graph, title: str = "graphkit map") -> str:
    """The map as one HTML string (for Jupyter: ``IFrame(srcdoc=...)`` or ``HTML``)."""
    js, css = _vis_assets()
    template = Template(resources.files("graphkit.templates").joinpath("map.html")
                        .read_text(encoding="utf-8"))
    return template.substitute(title=html_module.escape(title), vis_js=js.replace("</script", "<\\/script"),
                               vis_css=css.replace("</style", "<\\/style"),
                               data=_script_json(_vis_data(graph)))


def render(graph: Graph, path: str | Path, title: str = "graphkit map") -> Path:
    """Write the map of ``graph`` to ``path``: one file that opens offline."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(graph, title), encoding="utf-8")
    return path


@dataclass
class MapView:
    """A map for a notebook: Jupyter shows it inline, in an ``<iframe srcdoc>`` that holds
    the whole page (scripts included, nothing fetched), and ``save`` writes it as a file."""

    html: str
    height: int = 600

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html_module.escape(self.html, quote=True)}" '
                f'sandbox="allow-scripts" style="width: 100%; height: {int(self.height)}px; '
                'border: 1px solid #ddd"></iframe>')

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.html, encoding="utf-8")
        return path


def show(graph: Graph, height: int = 600, title: str = "graphkit map") -> MapView:
    """The map of ``graph`` for a notebook cell (``show(graph)`` as the cell's last line).

    >>> view = show(Graph())
    >>> view._repr_html_().startswith("<iframe srcdoc=")
    True
    """
    return MapView(render_html(graph, title), height)
