"""Reading and writing the graph file (``graphkit-graph/1``), byte for byte deterministic."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import GraphFileError, SchemaError
from .model import Article, Edge, Graph, Node

__all__ = ["FORMAT", "read_graph", "write_graph", "dumps", "iter_dumps", "graph_from_dict"]

FORMAT = "graphkit-graph/1"


def dumps(graph: Graph) -> str:
    """The graph file's text: UTF-8 JSON, sorted, one trailing newline."""
    return "".join(iter_dumps(graph))


def iter_dumps(graph: Graph) -> Iterator[str]:
    """:func:`dumps` piece by piece (the same bytes as ``json.dumps(graph.to_dict(),
    indent=1)``), so that a graph of millions of edges is written without a second copy
    of it in memory."""
    def items(key: str, values: Iterable[dict[str, Any]], last: bool) -> Iterator[str]:
        yield f' "{key}": ['
        first = True
        for value in values:
            item = json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            yield ("\n  " if first else ",\n  ") + item
            first = False
        yield ("]" if first else "\n ]") + ("\n" if last else ",\n")

    yield "{\n" + f' "format": {json.dumps(FORMAT)},\n'
    yield from items("articles", (a.to_dict() for _, a in sorted(graph.articles.items())), False)
    yield from items("nodes", (n.to_dict() for _, n in sorted(graph.nodes.items())), False)
    yield from items("edges", (e.to_dict() for e in sorted(graph.edges, key=lambda e: e.key)),
                     True)
    yield "}\n"


def write_graph(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` to ``path`` atomically (a crash never leaves half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(iter_dumps(graph))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; a graph file is not
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_graph(path: str | Path) -> Graph:
    """Read a graph file; raise :class:`GraphFileError` naming the file and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFileError(f"{path}: no such graph file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphFileError(f"{path}: not a graph file ({exc})") from None
    try:
        return graph_from_dict(data)
    except GraphFileError as exc:
        raise GraphFileError(f"{path}: {exc}") from None


def graph_from_dict(data: Any) -> Graph:
    """Build a :class:`Graph` from the parsed JSON of a graph file."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise GraphFileError(f"format is {found!r}, expected {FORMAT!r}")
    try:
        articles = [Article(a["id"], a.get("path", ""), a.get("title", ""), a.get("date"))
                    for a in data.get("articles", [])]
        nodes = [Node(n["id"], n["label"], n["name"], list(n.get("aliases", [])),
                      list(n.get("articles", [])), dict(n.get("properties", {})))
                 for n in data.get("nodes", [])]
        edges = [Edge(e["type"], e["source"], e["target"], e["article"], e.get("evidence", ""),
                      float(e.get("confidence", 0.5)), dict(e.get("properties", {})))
                 for e in data.get("edges", [])]
    except (KeyError, TypeError, ValueError, SchemaError) as exc:
        raise GraphFileError(f"malformed entry ({type(exc).__name__}: {exc})") from None
    graph = Graph(articles, nodes)
    for edge in edges:
        if edge.source not in graph.nodes or edge.target not in graph.nodes:
            raise GraphFileError(f"edge {edge.type} {edge.source!r} -> {edge.target!r} "
                                 "names a node the file does not have")
        graph.add_edge(edge)
    return graph
