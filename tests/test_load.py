"""graphkit.load against a real Neo4j server (see conftest.neo4j_server)."""

import neo4j
import pytest

from graphkit.errors import Neo4jError
from graphkit.load import load_graph, write_cypher
from graphkit.model import Article, Edge, Graph, Node

pytestmark = pytest.mark.neo4j


def counts(db) -> tuple[int, int]:
    with neo4j.GraphDatabase.driver(db["uri"], auth=(db["user"], db["password"])) as d:
        nodes = d.execute_query("MATCH (n) WHERE NOT n:Article RETURN count(n) AS c").records[0]["c"]
        rels = d.execute_query("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' "
                               "RETURN count(r) AS c").records[0]["c"]
    return nodes, rels


def test_seeds_load_with_the_graph_files_counts_and_reload_changes_nothing(neo4j_db, seeds_graph):
    first = load_graph(seeds_graph, **neo4j_db)
    assert counts(neo4j_db) == (len(seeds_graph.nodes), len(seeds_graph.edges))
    assert first["nodes_created"] > 0
    again = load_graph(seeds_graph, **neo4j_db)
    assert again["nodes_created"] == 0 and again["relationships_created"] == 0
    assert counts(neo4j_db) == (len(seeds_graph.nodes), len(seeds_graph.edges))
    with neo4j.GraphDatabase.driver(neo4j_db["uri"],
                                    auth=(neo4j_db["user"], neo4j_db["password"])) as d:
        rahmon = d.execute_query("MATCH (p:Person {id: 'person:emomali-rahmon'}) "
                                 "RETURN p.name AS name, p.aliases AS aliases").records[0]
    node = seeds_graph.nodes["person:emomali-rahmon"]
    assert rahmon["name"] == node.name and sorted(rahmon["aliases"]) == sorted(node.aliases)


def test_a_second_file_adds_and_merges_shared_entities(neo4j_db, seeds_graph):
    load_graph(seeds_graph, **neo4j_db)
    extra = Graph([Article("new1", title="More talks")],
                  [Node("country:TJK", "Country", "Tajikistan", [], ["new1"], {"iso3": "TJK"}),
                   Node("country:CHN", "Country", "China", [], ["new1"], {"iso3": "CHN"})],
                  [Edge("SIGNED", "country:TJK", "country:CHN", "new1", "They signed.", 0.8)])
    load_graph(extra, **neo4j_db)
    assert counts(neo4j_db) == (len(seeds_graph.nodes) + 1, len(seeds_graph.edges) + 1)
    with neo4j.GraphDatabase.driver(neo4j_db["uri"],
                                    auth=(neo4j_db["user"], neo4j_db["password"])) as d:
        arts = d.execute_query("MATCH (:Country {id: 'country:TJK'})-[:MENTIONED_IN]->(a) "
                               "RETURN count(a) AS c").records[0]["c"]
    assert arts == len(seeds_graph.nodes["country:TJK"].articles) + 1


def test_graph_cypher_gives_the_same_counts_as_load(neo4j_db, seeds_graph, tmp_path):
    script = write_cypher(seeds_graph, tmp_path / "graph.cypher").read_text()
    statements = [s for s in script.split(";\n") if s.strip() and not s.lstrip().startswith("//")]
    with neo4j.GraphDatabase.driver(neo4j_db["uri"],
                                    auth=(neo4j_db["user"], neo4j_db["password"])) as d:
        for stmt in statements:
            lines = [ln for ln in stmt.splitlines() if not ln.startswith("//")]
            d.execute_query("\n".join(lines).rstrip(";"))
    assert counts(neo4j_db) == (len(seeds_graph.nodes), len(seeds_graph.edges))


def test_hostile_names_are_just_names(neo4j_db):
    evil = "Robert'); MATCH (n) DETACH DELETE n; //"
    g = Graph([Article("a")], [Node("person:evil", "Person", evil, [], ["a"]),
                               Node("person:b", "Person", "B \\' \" `x`", [], ["a"])],
              [Edge("MET_WITH", "person:evil", "person:b", "a", evil, 0.5)])
    load_graph(g, **neo4j_db)
    with neo4j.GraphDatabase.driver(neo4j_db["uri"],
                                    auth=(neo4j_db["user"], neo4j_db["password"])) as d:
        rec = d.execute_query("MATCH (p:Person {id: 'person:evil'}) RETURN p.name AS n").records
    assert rec[0]["n"] == evil and counts(neo4j_db) == (2, 1)


def test_wrong_password_is_one_clear_error(neo4j_server):
    with pytest.raises(Neo4jError, match="refused the user name or password"):
        load_graph(Graph(), neo4j_server["uri"], neo4j_server["user"], "wrong-password")


def test_unreachable_server_is_one_clear_error():
    with pytest.raises(Neo4jError, match="cannot reach Neo4j"):
        load_graph(Graph(), "bolt://127.0.0.1:9", "neo4j", "x")


def test_wrong_database_is_one_clear_error(neo4j_server):
    with pytest.raises(Neo4jError, match="no database named"):
        load_graph(Graph(), database="nosuchdb", **neo4j_server)


def test_run_with_neo4j_loads_the_graph(neo4j_db, tmp_path, monkeypatch):
    import graphkit

    monkeypatch.setenv("NEO4J_URI", neo4j_db["uri"])
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_db["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_db["password"])
    result = graphkit.run(["seeds"], tmp_path / "out", jobs=1, neo4j={})
    assert counts(neo4j_db) == (len(result.graph.nodes), len(result.graph.edges))
    assert neo4j_db["password"] not in (tmp_path / "out" / "graph.cypher").read_text()


def test_new_articles_resolve_against_the_entities_in_neo4j(neo4j_db, seeds_graph, tmp_path):
    import graphkit
    from graphkit.load import Neo4jSettings, read_entities

    load_graph(seeds_graph, **neo4j_db)
    known = read_entities(Neo4jSettings(**neo4j_db))
    assert set(known.nodes) == set(seeds_graph.nodes)
    (tmp_path / "new.txt").write_text("Rahmon told reporters that Tajikistan would build a dam.")
    today = graphkit.extract([tmp_path], into=known)
    assert "new" in today.nodes["person:emomali-rahmon"].articles
    load_graph(today, **neo4j_db)
    assert counts(neo4j_db)[0] == len(seeds_graph.nodes)  # no second Rahmon
