"""Every file of cypher/ runs against the seeds' graph in a real Neo4j and answers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.load import Neo4jSettings, load_graph, run_query

pytestmark = pytest.mark.neo4j
CYPHER = Path(__file__).resolve().parent.parent / "cypher"

CASES = {  # file: (params, a check on (columns, rows))
    "who_met_whom": ({}, lambda k, r: any({"Emomali Rahmon", "Vladimir Putin"} == {x[0], x[1]}
                                          for x in r)),
    "person_meetings_and_travels": ({"name": "Rahmon"},
                                    lambda k, r: {"MET_WITH", "VISITED"} <= {x[1] for x in r}),
    "country_trade_partners": ({"country": "TJK"},
                               lambda k, r: {x[0] for x in r} >= {"Kazakhstan", "Belarus", "Russia"}),
    "trade_over_time": ({"a": "Azerbaijan", "b": "KOR"},
                        lambda k, r: r[0][0] == 2018 and r[0][1] == 227e6),
    "agreements_signed": ({}, lambda k, r: len(r) >= 2),
    "organization_members": ({}, lambda k, r: any(x[0] == "United Nations" and x[3] >= 3 for x in r)),
    "relation_evidence": ({"a": "Tokayev", "b": "Rahmon"},
                          lambda k, r: any("Tokayev" in x[5] for x in r)),
    "shortest_path_people": ({"a": "Tokayev", "b": "Vladimir Putin"},
                             lambda k, r: r[0][0][0] == "Kassym-Jomart Tokayev" and r[0][2] <= 4),
    "most_connected": ({"limit": 5}, lambda k, r: r[0][1] == "Tajikistan"),
    "meetings_in_range": ({"since": "2021-01-01", "until": "2021-12-31"},
                          lambda k, r: any(x[0] == "2021-05-19" for x in r)),
    "recognized_or_supported": ({"country": "TJK"}, lambda k, r: any(x[2] == "South Korea" for x in r)),
    "article_contents": ({"article": "001_e76ff33dc96d9a90"},
                         lambda k, r: r[0][1] == "2021-05-20" and len(r) >= 10),
    "offices_held": ({}, lambda k, r: any(x[0] == "Emomali Rahmon" and x[2] == "Tajikistan" for x in r)),
    "embassies_and_offices": ({}, lambda k, r: any(x[3] == "Dushanbe" for x in r)),
}


@pytest.fixture(scope="module")
def loaded(neo4j_server, seeds_graph):
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server["uri"],
                                    auth=(neo4j_server["user"], neo4j_server["password"])) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")
    load_graph(seeds_graph, **neo4j_server)
    return Neo4jSettings(**neo4j_server)


def test_every_query_file_has_a_case():
    files = {p.stem for p in CYPHER.glob("*.cypher")} - {"schema"}
    assert files == set(CASES) and len(files) >= 12


@pytest.mark.parametrize("name", sorted(CASES))
def test_query_answers(loaded, name):
    text = (CYPHER / f"{name}.cypher").read_text()
    assert text.startswith("// ") and "// Params:" in text
    params, check = CASES[name]
    keys, rows = run_query(text, params, loaded)
    assert rows and check(keys, rows), rows


def test_schema_file_matches_what_load_creates():
    from graphkit.load import schema_statements

    text = (CYPHER / "schema.cypher").read_text()
    assert [s + ";" for s in schema_statements()] == [ln for ln in text.splitlines()
                                                      if ln and not ln.startswith("//")]


def test_graphkit_query_prints_a_table(loaded):
    env = {**os.environ, "NEO4J_URI": loaded.uri, "NEO4J_USERNAME": loaded.user,
           "NEO4J_PASSWORD": loaded.password}
    res = subprocess.run([sys.executable, "-m", "graphkit.cli", "query",
                          str(CYPHER / "country_trade_partners.cypher"), "--param", "country=TJK"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "Kazakhstan" in res.stdout and "rows)" in res.stdout
    assert loaded.password not in res.stdout + res.stderr
