"""Shared fixtures: the pipeline, the seeds' graph, a real Neo4j server, headless Chromium.

Neo4j: ``NEO4J_URI`` (and ``NEO4J_USERNAME``/``NEO4J_PASSWORD``) when set, else a Neo4j 5.26
Community server started from Maven Central artifacts (tests/neo4j_server.py). Without either
the Neo4j tests skip, saying how to enable them; under CI (``CI=true``) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).parent))

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SERVERS: list[str] = []  # what the Neo4j fixture started, for the summary


def pytest_terminal_summary(terminalreporter):
    """Say in the log which Neo4j the tests ran against."""
    for line in SERVERS:
        terminalreporter.write_line(f"neo4j: {line}")


def _unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"{reason} (under CI this is a failure, not a skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def nlp():
    from graphkit.extract import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def seeds_graph():
    import graphkit

    return graphkit.extract([ROOT / "seeds"])


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"the development set is not at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def neo4j_server():
    """Connection settings of a real Neo4j server, for the whole session."""
    if os.environ.get("NEO4J_URI"):
        yield {"uri": os.environ["NEO4J_URI"],
               "user": os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER", "neo4j"),
               "password": os.environ.get("NEO4J_PASSWORD", "")}
        return
    import neo4j_server

    reason = neo4j_server.available()
    if reason:
        _unavailable(f"no Neo4j: {reason}; set NEO4J_URI or install java and maven")
    server = neo4j_server.start()
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as d:
        agent = d.get_server_info().agent
    SERVERS.append(f"started {agent} Community from Maven Central at {server.uri}")
    try:
        yield {"uri": server.uri, "user": server.user, "password": server.password}
    finally:
        server.stop()


@pytest.fixture()
def neo4j_db(neo4j_server):
    """The server, emptied (data and graphkit's schema) before the test."""
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server["uri"],
                                    auth=(neo4j_server["user"], neo4j_server["password"])) as d:
        d.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_server


@pytest.fixture(scope="session")
def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    _unavailable("no chromium on PATH: apt-get install chromium (make test does it as root)")
