import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.evaluate import evaluate
from graphkit.model import Article, Edge, Graph, Node


def write_gold(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a1.json").write_text(json.dumps({
        "article": "a1", "date": None,
        "entities": [
            {"key": "person:x", "type": "Person", "name": "Ann Xu", "aliases": ["Xu"]},
            {"key": "country:KAZ", "type": "Country", "name": "Kazakhstan", "iso3": "KAZ"},
            {"key": "country:TJK", "type": "Country", "name": "Tajikistan", "iso3": "TJK"},
            {"key": "org:ERR", "type": "Organization", "name": "ERR News", "optional": True},
        ],
        "relations": [
            {"type": "HOLDS_OFFICE", "source": "person:x", "target": "country:KAZ"},
            {"type": "INVESTED_IN", "source": "country:KAZ", "target": "country:TJK",
             "properties": {"value_usd": 100}},
        ]}))
    return folder


def perfect() -> Graph:
    return Graph([Article("a1")],
                 [Node("person:ann-xu", "Person", "Ann Xu", [], ["a1"]),
                  Node("country:KAZ", "Country", "Kazakhstan", [], ["a1"], {"iso3": "KAZ"}),
                  Node("country:TJK", "Country", "Tajik", [], ["a1"], {"iso3": "TJK"})],
                 [Edge("HOLDS_OFFICE", "person:ann-xu", "country:KAZ", "a1"),
                  Edge("INVESTED_IN", "country:KAZ", "country:TJK", "a1", properties={"value_usd": 100.5})])


def test_a_perfect_graph_scores_one(tmp_path):
    s = evaluate(perfect(), write_gold(tmp_path / "gold"))
    assert s["entities"]["f"] == 1.0 and s["relations"]["f"] == 1.0
    assert s["attributes"] == {"value_total": 1, "value_ok": 1}


def test_a_duplicate_node_is_a_false_positive(tmp_path):
    g = perfect()
    g.add_node(Node("person:xu", "Person", "Xu", [], ["a1"]))
    s = evaluate(g, write_gold(tmp_path / "gold"))
    assert (s["entities"]["tp"], s["entities"]["fp"]) == (3, 1)


def test_a_wrong_direction_on_a_directed_type_is_a_miss_and_a_false_hit(tmp_path):
    g = perfect()
    g._edges.clear()
    g.add_edge(Edge("HOLDS_OFFICE", "person:ann-xu", "country:KAZ", "a1"))
    g.add_edge(Edge("INVESTED_IN", "country:TJK", "country:KAZ", "a1"))
    s = evaluate(g, write_gold(tmp_path / "gold"))
    assert (s["relations"]["tp"], s["relations"]["fp"], s["relations"]["fn"]) == (1, 1, 1)


def test_an_optional_entity_is_neither_rewarded_nor_punished(tmp_path):
    g = perfect()
    g.add_node(Node("org:err", "Organization", "ERR News", [], ["a1"]))
    s = evaluate(g, write_gold(tmp_path / "gold"))
    assert (s["entities"]["tp"], s["entities"]["fp"], s["entities"]["fn"]) == (3, 0, 0)


def test_a_wrong_value_is_reported(tmp_path):
    g = perfect()
    g.edges[1].properties["value_usd"] = 300
    s = evaluate(g, write_gold(tmp_path / "gold"))
    assert s["attributes"].get("value_ok", 0) == 0 and s["attributes"]["value_total"] == 1


@pytest.mark.parametrize("gold", ["gold", "devset/gold"])
def test_graphkit_evaluate_agrees_with_the_reference_scorer(shared, tmp_path, gold):
    import graphkit

    articles = shared / ("seeds" if gold == "gold" else "devset/articles")
    graph = graphkit.extract([articles])
    path = graph.write(tmp_path / "g.json")
    ours = evaluate(graph, shared / gold)
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(path),
                          str(shared / gold), "--json"], capture_output=True, text=True, check=True)
    ref = json.loads(out.stdout)
    for part in ("entities", "relations"):
        for k in ("p", "r", "f"):
            assert ours[part][k] == ref[part][k], (part, k)
    assert {t: (c["p"], c["r"]) for t, c in ours["per_type"].items()} == \
        {t: (c["p"], c["r"]) for t, c in ref["per_type"].items()}
    assert ours["attributes"] == ref["attributes"]
