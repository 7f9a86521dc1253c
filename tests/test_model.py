from pathlib import Path

import pytest

from graphkit.errors import GraphFileError, SchemaError
from graphkit.graphfile import dumps
from graphkit.model import Article, Edge, Graph, Node


def small() -> Graph:
    return Graph(
        [Article("a1", "x/a1.txt", "Talks", "2021-05-20")],
        [Node("person:b", "Person", "Bee", ["B"], ["a1"]),
         Node("person:a", "Person", "Ay", [], ["a1"]),
         Node("country:TJK", "Country", "Tajikistan", ["Tajik"], ["a1"], {"iso3": "TJK"})],
        [Edge("MET_WITH", "person:b", "person:a", "a1", "Bee met Ay.", 0.9, {"date": "2021-05-19"}),
         Edge("HOLDS_OFFICE", "person:a", "country:TJK", "a1", "Ay, Tajik President.", 0.95)],
    )


def test_write_read_write_gives_the_same_bytes(tmp_path: Path):
    first = small().write(tmp_path / "g.json")
    again = Graph.read(first).write(tmp_path / "g2.json")
    assert first.read_bytes() == again.read_bytes()


@pytest.mark.parametrize("graph", [small(), Graph()], ids=["small", "empty"])
def test_the_streamed_file_is_plain_indented_json(graph: Graph):
    import json

    assert dumps(graph) == json.dumps(graph.to_dict(), ensure_ascii=False, indent=1) + "\n"


def test_same_graph_built_in_another_order_gives_the_same_bytes():
    g1 = small()
    g2 = Graph(reversed(list(g1.articles.values())), reversed(list(g1.nodes.values())),
               reversed(g1.edges))
    assert dumps(g1) == dumps(g2)


def test_a_graph_sent_between_processes_is_the_same_graph_and_still_merges():
    import pickle

    sent = pickle.loads(pickle.dumps(small()))
    assert dumps(sent) == dumps(small())
    # its edges are stored under their keys, so the same relation read again is one relation
    sent.add_edge(Edge("MET_WITH", "person:a", "person:b", "a1", "Ay met Bee.", 0.95))
    united = Graph().update(sent, copy=False).update(small())
    met = [e for e in united.edges if e.type == "MET_WITH"]
    assert len(united.edges) == 2 and met[0].evidence == "Ay met Bee."


def test_symmetric_relation_is_stored_once_whatever_the_direction():
    g = small()
    g.add_edge(Edge("MET_WITH", "person:a", "person:b", "a1", "Ay met Bee.", 0.5))
    assert len([e for e in g.edges if e.type == "MET_WITH"]) == 1


def test_directed_relation_keeps_both_directions():
    g = small()
    g.add_node(Node("country:KAZ", "Country", "Kazakhstan", properties={"iso3": "KAZ"}))
    g.add_edge(Edge("INVESTED_IN", "country:TJK", "country:KAZ", "a1"))
    g.add_edge(Edge("INVESTED_IN", "country:KAZ", "country:TJK", "a1"))
    assert len([e for e in g.edges if e.type == "INVESTED_IN"]) == 2


def test_networkx_round_trip_keeps_nodes_edges_and_properties():
    g = small()
    G = g.to_networkx()
    assert G.number_of_nodes() == 3 and G.number_of_edges() == 2
    back = Graph.from_networkx(G)
    assert back.to_dict()["nodes"] == g.to_dict()["nodes"]
    assert back.to_dict()["edges"] == g.to_dict()["edges"]


def test_unknown_relation_type_and_label_are_refused():
    with pytest.raises(SchemaError):
        Edge("DELETE_ALL", "a", "b", "x")
    with pytest.raises(SchemaError):
        Node("x", "Spy", "X")


def test_bad_graph_files_give_clear_errors(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(GraphFileError, match="not a graph file"):
        Graph.read(bad)
    bad.write_text('{"format": "other/9"}')
    with pytest.raises(GraphFileError, match="expected 'graphkit-graph/1'"):
        Graph.read(bad)
    with pytest.raises(GraphFileError, match="no such graph file"):
        Graph.read(tmp_path / "missing.json")


def test_merging_nodes_keeps_the_fullest_name_and_every_alias():
    g = Graph([], [Node("person:x", "Person", "Rahmon", [], ["a"])])
    g.add_node(Node("person:x", "Person", "Emomali Rahmon", [], ["b"]))
    node = g.nodes["person:x"]
    assert node.name == "Emomali Rahmon" and node.aliases == ["Rahmon"]
    assert sorted(node.articles) == ["a", "b"]
