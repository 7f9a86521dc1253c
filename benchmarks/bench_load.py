"""Neo4j load: ``graphkit load`` against a bare ``UNWIND $rows CREATE`` of the same rows.

    python benchmarks/bench_load.py [--relationships 100000]

Runs against the real Neo4j 5 Community server the tests use (started from Maven Central
artifacts), or NEO4J_URI if set. Each load runs in a fresh process into an emptied database:
the floor, graphkit's idempotent MERGE load with the driver's Rust extension when installed
(``pip install graphkit[fast]``), the same without it, and a second load of the same graph
(which must create nothing). Then ``graphkit export`` and ``neo4j-admin database import full``
of the same graph into a new server home (needs the local Neo4j jars).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_analyze import synthetic_graph
from common import Figure, print_table

from graphkit.export import delimiter_of, import_arguments, write_neo4j_import
from graphkit.load import (
    BATCH_SIZE,
    Neo4jSettings,
    _article_rows,
    _batches,
    _edge_rows,
    _node_rows,
    connect,
    load_graph,
    schema_statements,
)
from graphkit.model import Graph

STAGE = "load"


def _floor(graph: Graph, settings: Neo4jSettings) -> None:
    """CREATE the same articles, nodes, MENTIONED_IN and typed relationships, nothing merged."""
    driver, database = connect(settings)
    with driver, driver.session(database=database) as session:
        for stmt in schema_statements():  # the MATCHes of relationships need the indexes too
            session.run(stmt).consume()
        for batch in _batches(_article_rows(graph), BATCH_SIZE):
            session.execute_write(lambda tx, b=batch: tx.run(
                "UNWIND $rows AS row CREATE (a:Article) SET a = row.props, a.id = row.id",
                rows=b).consume())
        for label, rows in _node_rows(graph).items():
            query = (f"UNWIND $rows AS row CREATE (n:{label}) SET n = row.props, n.id = row.id, "
                     "n.name = row.name, n.aliases = row.aliases WITH n, row "
                     "UNWIND row.articles AS aid MATCH (a:Article {id: aid}) "
                     "CREATE (n)-[:MENTIONED_IN]->(a)")
            for batch in _batches(rows, BATCH_SIZE):
                session.execute_write(lambda tx, q=query, b=batch: tx.run(q, rows=b).consume())
        for (kind, source, target), rows in sorted(_edge_rows(graph).items()):
            query = (f"UNWIND $rows AS row MATCH (s:{source} {{id: row.source}}) "
                     f"MATCH (t:{target} {{id: row.target}}) CREATE (s)-[r:{kind}]->(t) "
                     "SET r = row.props, r.article = row.article")
            for batch in _batches(rows, BATCH_SIZE):
                session.execute_write(lambda tx, q=query, b=batch: tx.run(q, rows=b).consume())


def _child(args: argparse.Namespace) -> None:
    """One load in this process; prints {"seconds": ..., "rust": ...} as JSON."""
    if args.pure:
        sys.modules["neo4j._rust"] = None  # type: ignore[assignment]  # the driver falls back
    import neo4j._codec.packstream.v1 as packstream

    graph = Graph.read(args.graph)
    settings = Neo4jSettings()
    start = time.perf_counter()
    counters = _floor(graph, settings) if args.mode == "floor" else load_graph(graph)
    print(json.dumps({"seconds": time.perf_counter() - start, "counters": counters,
                      "rust": packstream._rust_pack is not None}))


def _load(mode: str, graph_file: Path, env: dict[str, str], pure: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--graph", str(graph_file)]
    if pure:
        cmd.append("--pure")
    out = subprocess.run(cmd, env={**os.environ, **env}, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{mode} load failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _wipe(env: dict[str, str]) -> None:
    driver, database = connect(Neo4jSettings(env["NEO4J_URI"], env["NEO4J_USERNAME"],
                                             env["NEO4J_PASSWORD"]))
    with driver, driver.session(database=database) as session:
        while session.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*)"
                          ).single()[0]:
            pass


def _import_figures(graph: Graph, rels: int, floor: float, size: str) -> list[Figure]:
    """``graphkit export`` then ``neo4j-admin database import full`` into a new server home,
    the time of both (the import's JVM start included), checked by counting what arrived."""
    import neo4j_server

    if neo4j_server.available():
        return []  # no local Neo4j jars to run neo4j-admin with
    home = neo4j_server.new_home()
    try:
        start = time.perf_counter()
        files = write_neo4j_import(graph, home / "import")
        exported = time.perf_counter() - start
        delimiter = delimiter_of(files[-1])
        done = neo4j_server.admin(home, *import_arguments(
            [f for f in files if f.name.startswith("nodes_")],
            [f for f in files if f.name.startswith("rels_")], delimiter))
        seconds = time.perf_counter() - start
        if done.returncode:
            raise RuntimeError(f"neo4j-admin import failed:\n{done.stderr[-2000:]}")
        server = neo4j_server.start(home=home)
        try:
            import neo4j

            with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as d:
                count = d.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
        finally:
            server.stop()
    finally:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    if count != rels:
        raise AssertionError(f"the import holds {count} relationships, not {rels}")
    return [Figure(STAGE, "export + neo4j-admin import", rels / seconds, "relationships/s", size,
                   "CREATE floor (rate)", floor / seconds),
            Figure(STAGE, "export (CSV files) alone", rels / exported, "relationships/s", size)]


def run(relationships: int = 100_000) -> list[Figure]:
    graph = synthetic_graph(relationships, seed=4)
    mentions = sum(len(n.articles) for n in graph.nodes.values())
    rels = len(graph.edges) + mentions
    nodes = len(graph.nodes) + len(graph.articles)
    size = f"{nodes} nodes, {rels} relationships"
    import neo4j_server  # tests/neo4j_server.py, on the path common.py sets

    server = None
    if os.environ.get("NEO4J_URI"):
        env = {k: os.environ.get(k, "") for k in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")}
    else:
        server = neo4j_server.start()
        env = server.env()
    try:
        with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
            graph_file = graph.write(Path(tmp) / "graph.json")
            # a fresh server plans and compiles each query on first use: warm both kinds up
            warm = synthetic_graph(min(relationships, 5000), seed=5).write(Path(tmp) / "warm.json")
            for mode in ("floor", "load"):
                _wipe(env)
                _load(mode, warm, env)
            results = {}
            for name, mode, pure in (("floor", "floor", False), ("load", "load", False),
                                     ("pure", "load", True)):
                _wipe(env)
                results[name] = _load(mode, graph_file, env, pure)
            results["again"] = _load("load", graph_file, env)  # into the loaded database
            created = results["again"]["counters"]
            if created["nodes_created"] or created["relationships_created"]:
                raise AssertionError(f"a second load created something: {created}")
    finally:
        if server is not None:
            server.stop()
    floor, load, pure, again = (results[k]["seconds"] for k in ("floor", "load", "pure", "again"))
    rust = "with" if results["load"]["rust"] else "without (not installed)"
    imported = _import_figures(graph, rels, floor, size)
    return imported + [
        Figure(STAGE, "UNWIND CREATE floor", rels / floor, "relationships/s", size),
        Figure(STAGE, f"graphkit load, {rust} Rust extension", rels / load, "relationships/s",
               size, "CREATE floor (rate)", floor / load, ">= 0.5"),
        Figure(STAGE, "graphkit load, nodes", nodes / load, "nodes/s", size),
        Figure(STAGE, "graphkit load, pure-Python driver", rels / pure, "relationships/s", size,
               "load with the extension (time)", pure / load),
        Figure(STAGE, "graphkit load again (creates nothing)", rels / again, "relationships/s",
               size, "first load (time)", again / load),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--relationships", type=int, default=100_000)
    parser.add_argument("--child", choices=("floor", "load"), dest="mode", help=argparse.SUPPRESS)
    parser.add_argument("--graph", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        _child(args)
    else:
        print_table(run(args.relationships))
