"""A graph as CSV files for ``neo4j-admin database import full``: the fastest way to create a
large database, offline, with the same nodes, relationships and properties as
:func:`graphkit.load.load_graph` (rows from the same functions).

The import needs a stopped server and an empty (or overwritten) database; afterwards, run
``cypher/schema.cypher`` once for the constraints and indexes, which the import does not make.
``import.sh`` in the output folder is the exact command, with the array delimiter chosen.
"""

from __future__ import annotations

import csv
import shlex
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import GraphkitError
from .load import _article_rows, _edge_rows, _node_rows
from .model import Graph

__all__ = ["write_neo4j_import", "import_arguments", "delimiter_of", "ARRAY_DELIMITERS"]

# the first of these that no list value contains separates array items (neo4j-admin reads
# one character); a graph whose lists contain all of them cannot be written losslessly
ARRAY_DELIMITERS = ("|", ";", "¦", "\x1f")


def write_neo4j_import(graph: Graph, directory: str | Path) -> list[Path]:
    """Write node and relationship CSV files with neo4j-admin headers, and ``import.sh``.

    Returns the files written, the script last. Every node has its ``id`` (the import's ID
    column), ``name``, ``aliases`` and properties; entities link to their articles by
    ``MENTIONED_IN``; relationships carry ``article``, ``evidence``, ``confidence`` and their
    properties.

    >>> import tempfile
    >>> from graphkit.model import Edge, Node
    >>> g = Graph()
    >>> _ = g.add_node(Node("country:KAZ", "Country", "Kazakhstan", ["Kazakh"], ["a1"]))
    >>> _ = g.add_node(Node("country:TJK", "Country", "Tajikistan", [], ["a1"]))
    >>> _ = g.add_edge(Edge("TRADES_WITH", "country:KAZ", "country:TJK", "a1", "…", 0.9))
    >>> [p.name for p in write_neo4j_import(g, tempfile.mkdtemp())]
    ['nodes_Article.csv', 'nodes_Country.csv', 'rels_MENTIONED_IN.csv', 'rels_TRADES_WITH.csv', 'import.sh']
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    node_rows = _node_rows(graph)
    edge_rows = _edge_rows(graph)
    delimiter = _array_delimiter(node_rows, edge_rows)
    written: list[Path] = []
    nodes: list[Path] = []
    rels: list[Path] = []

    articles = [{"id": r["id"], **r["props"]} for r in _article_rows(graph)]
    # an article named only by an entity's mentions (as load_graph would MERGE it)
    known = {r["id"] for r in articles}
    for rows in node_rows.values():
        for r in rows:
            for aid in r["articles"]:
                if aid not in known:
                    known.add(aid)
                    articles.append({"id": aid})
    if articles:
        nodes.append(_write(out / "nodes_Article.csv", "Article", articles, delimiter, node=True))
    for label, rows in node_rows.items():
        if rows:
            flat = [{"id": r["id"], "name": r["name"], "aliases": r["aliases"], **r["props"]}
                    for r in rows]
            nodes.append(_write(out / f"nodes_{label}.csv", label, flat, delimiter, node=True))
    mentions = [{":START_ID": r["id"], ":END_ID": aid}
                for rows in node_rows.values() for r in rows for aid in r["articles"]]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for (rel_type, _, _), rows in sorted(edge_rows.items()):
        by_type.setdefault(rel_type, []).extend(
            {":START_ID": r["source"], ":END_ID": r["target"], "article": r["article"],
             **r["props"]} for r in rows)
    if mentions:
        rels.append(_write(out / "rels_MENTIONED_IN.csv", "MENTIONED_IN", mentions, delimiter))
    for rel_type, rows in sorted(by_type.items()):
        rels.append(_write(out / f"rels_{rel_type}.csv", rel_type, rows, delimiter))
    written = nodes + rels
    written.append(_write_script(out / "import.sh", [Path(p.name) for p in nodes],
                                 [Path(p.name) for p in rels], delimiter))
    return written


def _write(path: Path, kind: str, rows: list[dict[str, Any]], delimiter: str,
           node: bool = False) -> Path:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    header = []
    for col in columns:
        if col == "id" and node:
            header.append("id:ID")
        elif col.startswith(":"):
            header.append(col)
        else:
            header.append(f"{col}:{_column_type([r[col] for r in rows if col in r])}")
    header.append(":LABEL" if node else ":TYPE")
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for r in rows:
            writer.writerow([_cell(r.get(col), delimiter) for col in columns] + [kind])
    return path


def _column_type(values: list[Any]) -> str:
    """The neo4j-admin type of a column: the narrowest that holds every value."""
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    if all(isinstance(v, list) for v in values):
        items = [x for v in values for x in v]
        if items and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in items):
            return "double[]"
        return "string[]"
    return "string"


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return delimiter.join(str(x) for x in value)
    return str(value)


def _array_delimiter(node_rows: dict, edge_rows: dict) -> str:
    items = [str(x) for rows in node_rows.values() for r in rows for x in r["aliases"]]
    items += [str(x) for rows in node_rows.values() for r in rows
              for v in r["props"].values() if isinstance(v, list) for x in v]
    items += [str(x) for rows in edge_rows.values() for r in rows
              for v in r["props"].values() if isinstance(v, list) for x in v]
    for d in ARRAY_DELIMITERS:
        if not any(d in x for x in items):
            return d
    raise GraphkitError("every array delimiter neo4j-admin could use occurs in the graph's "
                        "lists; the graph cannot be exported for import without loss")


def import_arguments(nodes: Iterable[Path], rels: Iterable[Path], delimiter: str,
                     database: str = "neo4j") -> list[str]:
    """The arguments of ``neo4j-admin`` that import these files into ``database`` (which
    stands before the options: ``--relationships`` would take it for one more file)."""
    args = ["database", "import", "full", database, "--overwrite-destination=true",
            "--multiline-fields=true", "--id-type=string", f"--array-delimiter={delimiter}"]
    args += [f"--nodes={p}" for p in nodes]
    args += [f"--relationships={p}" for p in rels]
    return args


def delimiter_of(script: str | Path) -> str:
    """The array delimiter an ``import.sh`` written by :func:`write_neo4j_import` names."""
    text = Path(script).read_text(encoding="utf-8")
    return text.split("--array-delimiter=", 1)[1].split()[0].strip("'")


def _write_script(path: Path, nodes: Iterable[Path], rels: Iterable[Path], delimiter: str) -> Path:
    args = ["neo4j-admin", *import_arguments(nodes, rels, delimiter, '"${1:-neo4j}"')]
    lines = ["#!/bin/sh",
             "# Create (or overwrite) a database from these files; the server must be stopped.",
             "# Then run cypher/schema.cypher once for the constraints and indexes.",
             'cd "$(dirname "$0")"',
             " ".join(shlex.quote(a) if not a.startswith('"$') else a for a in args), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    path.chmod(0o755)
    return path
