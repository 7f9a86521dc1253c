"""Loads that go wrong, against a real Neo4j: killed half-way, run twice at once, refused."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest

from graphkit.model import Graph

pytestmark = pytest.mark.neo4j
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analyze import synthetic_graph  # noqa: E402  (benchmarks/ is not a package)


def cli_env(db: dict) -> dict[str, str]:
    return {**os.environ, "NEO4J_URI": db["uri"], "NEO4J_USERNAME": db["user"],
            "NEO4J_PASSWORD": db["password"]}


def snapshot(db: dict) -> tuple[list, list]:
    """Every node and relationship with its properties, lists sorted, in a stable order."""
    def norm(props: dict) -> tuple:
        return tuple(sorted((k, sorted(v) if isinstance(v, list) else v) for k, v in props.items()))

    with neo4j.GraphDatabase.driver(db["uri"], auth=(db["user"], db["password"])) as d:
        nodes = d.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").records
        rels = d.execute_query("MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS ty, t.id AS t, "
                               "properties(r) AS p").records
    return (sorted((tuple(r["l"]), norm(r["p"])) for r in nodes),
            sorted((r["s"], r["ty"], r["t"], norm(r["p"])) for r in rels))


def wipe(db: dict) -> None:
    with neo4j.GraphDatabase.driver(db["uri"], auth=(db["user"], db["password"])) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")


def count(db: dict, query: str) -> int:
    with neo4j.GraphDatabase.driver(db["uri"], auth=(db["user"], db["password"])) as d:
        return d.execute_query(query).records[0][0]


def test_a_load_killed_half_way_and_run_again_gives_the_clean_graph(neo4j_db, tmp_path):
    graph_file = synthetic_graph(6000, seed=11).write(tmp_path / "graph.json")
    env = cli_env(neo4j_db)
    load = [sys.executable, "-m", "graphkit.cli", "load", str(graph_file), "--batch-size", "200"]
    proc = subprocess.Popen(load, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count(neo4j_db, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r)") < 500:
        assert proc.poll() is None, "the load ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    half = count(neo4j_db, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r)")
    assert 0 < half < 6000, "the kill came too late to test anything"

    rerun = subprocess.run(load, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    after_rerun = snapshot(neo4j_db)
    wipe(neo4j_db)
    clean = subprocess.run(load, env=env, capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    assert after_rerun == snapshot(neo4j_db)
    assert len(after_rerun[1]) > 6000


def test_two_loads_of_overlapping_graphs_at_once_make_no_duplicates(neo4j_db, tmp_path):
    # the same countries, organizations and people (ids) in both, different articles
    one = synthetic_graph(3000, seed=21)
    two = synthetic_graph(3000, seed=22)
    files = [one.write(tmp_path / "one.json"), two.write(tmp_path / "two.json")]
    env = cli_env(neo4j_db)
    procs = [subprocess.Popen([sys.executable, "-m", "graphkit.cli", "load", str(f),
                               "--batch-size", "100"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for f in files]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert count(neo4j_db, "MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 "
                           "RETURN count(*)") == 0
    assert count(neo4j_db, "MATCH (s)-[r]->(t) WITH s, t, type(r) AS ty, r.article AS a, "
                           "count(*) AS c WHERE c > 1 RETURN count(*)") == 0
    together = snapshot(neo4j_db)
    wipe(neo4j_db)
    both = Graph().update(one).update(two)
    for f in files:  # one after the other: the graph the two concurrent loads must give
        subprocess.run([sys.executable, "-m", "graphkit.cli", "load", str(f)], env=env,
                       check=True, capture_output=True)
    assert together == snapshot(neo4j_db)
    assert len(together[1]) >= len(both.edges)


def test_credentials_never_reach_output_or_files(neo4j_db, tmp_path, seeds_graph):
    graph_file = seeds_graph.write(tmp_path / "graph.json")
    secret = "S3cret-" + os.urandom(6).hex()
    wrong = {**cli_env(neo4j_db), "NEO4J_PASSWORD": secret}
    # two tries: a third wrong password in a row makes Neo4j lock the user for a while
    for args in (["load", str(graph_file)],
                 ["load", str(graph_file), "--password", secret, "--debug"]):
        done = subprocess.run([sys.executable, "-m", "graphkit.cli", *args], env=wrong,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1
        assert secret not in done.stdout + done.stderr
        assert "refused the user name or password" in done.stderr
    ok = cli_env(neo4j_db)
    done = subprocess.run([sys.executable, "-m", "graphkit.cli", "run", str(ROOT / "seeds"),
                           "--out", str(tmp_path / "out"), "--neo4j", "--quiet", "--debug"],
                          env=ok, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ok["NEO4J_PASSWORD"] not in done.stdout + done.stderr
    for f in (tmp_path / "out").iterdir():
        assert ok["NEO4J_PASSWORD"] not in f.read_text(encoding="utf-8", errors="replace")
