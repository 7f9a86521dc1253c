"""Export for neo4j-admin import: the imported database equals what graphkit load makes."""

import csv
import sys
from pathlib import Path

import pytest

import graphkit
from graphkit.errors import GraphkitError
from graphkit.export import delimiter_of, import_arguments, write_neo4j_import
from graphkit.load import load_graph
from graphkit.model import Edge, Graph, Node

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_load_failures import snapshot  # noqa: E402


def awkward_graph(alias: str = 'Sa"id, the |one|') -> Graph:
    g = Graph()
    g.add_node(Node("person:x", "Person", 'Dr. "X", Jr.', [alias, "line\nbreak"], ["a1"]))
    g.add_node(Node("country:KEN", "Country", "Kenya", [], ["a1"], {"iso3": "KEN"}))
    g.add_edge(Edge("VISITED", "person:x", "country:KEN", "a1", 'He said: "yes, here".', 0.9,
                    {"city": "Nairobi", "sectors": ["a;b", "c"]}))
    return g


def test_lists_get_a_delimiter_none_of_their_items_contains(tmp_path):
    files = write_neo4j_import(awkward_graph(), tmp_path)
    script = files[-1].read_text()
    assert "--array-delimiter=¦" in script  # "|" and ";" both occur in the lists
    with (tmp_path / "nodes_Person.csv").open(newline="", encoding="utf-8") as f:
        header, row = list(csv.reader(f))
    assert header == ["id:ID", "name:string", "aliases:string[]", ":LABEL"]
    assert row[1] == 'Dr. "X", Jr.' and row[2].split("¦") == ['Sa"id, the |one|', "line\nbreak"]


def test_a_graph_whose_lists_hold_every_delimiter_is_refused(tmp_path):
    with pytest.raises(GraphkitError, match="delimiter"):
        write_neo4j_import(awkward_graph("|;¦\x1f"), tmp_path)


@pytest.mark.neo4j
def test_imported_database_equals_a_loaded_one(neo4j_db, tmp_path):
    import neo4j_server

    reason = neo4j_server.available()
    if reason:
        pytest.skip(f"neo4j-admin needs the local Neo4j jars: {reason}")
    graph = graphkit.extract([ROOT / "tests" / "data" / "articles"])
    graph.update(awkward_graph())
    load_graph(graph, neo4j_db["uri"], neo4j_db["user"], neo4j_db["password"])
    # an empty list is no property after an import (an empty CSV field is null)
    loaded = tuple([(*row[:-1], tuple(kv for kv in row[-1] if kv[1] != [])) for row in part]
                   for part in snapshot(neo4j_db))

    home = neo4j_server.new_home()
    files = write_neo4j_import(graph, home / "import")
    delimiter = delimiter_of(files[-1])
    done = neo4j_server.admin(home, *import_arguments(
        [p for p in files if p.name.startswith("nodes_")],
        [p for p in files if p.name.startswith("rels_")], delimiter))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    server = neo4j_server.start(home=home)
    try:
        imported = snapshot({"uri": server.uri, "user": server.user, "password": server.password})
    finally:
        server.stop()
    for part in (0, 1):
        extra = [x for x in imported[part] if x not in loaded[part]] + \
            [x for x in loaded[part] if x not in imported[part]]
        assert not extra, "\n".join(("I " if x in imported[part] else "L ") + repr(x)[:300]
                                     for x in extra[:12])
