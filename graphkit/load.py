"""Loading a graph into Neo4j: constraints first, then batched, idempotent MERGEs.

Names and evidence travel only as query parameters. Labels and relationship types, which
Cypher cannot parameterise, come from the fixed schema and are checked before use.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Neo4jError
from .model import Graph
from .schema import ENTITY_LABELS, check_label, check_relation_type

__all__ = ["Neo4jSettings", "connect", "load_graph", "write_cypher", "schema_statements",
           "BATCH_SIZE", "run_query", "read_entities"]

BATCH_SIZE = 10_000  # rows per UNWIND; 10k-50k is the usual sweet spot, see the benchmarks


@dataclass
class Neo4jSettings:
    """Where Neo4j is: from arguments, else NEO4J_URI / NEO4J_USERNAME (or NEO4J_USER) /
    NEO4J_PASSWORD / NEO4J_DATABASE, else bolt://localhost:7687 as neo4j."""

    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None

    def resolved(self) -> Neo4jSettings:
        env = os.environ
        return Neo4jSettings(
            self.uri or env.get("NEO4J_URI") or "bolt://localhost:7687",
            self.user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or "neo4j",
            self.password if self.password is not None else env.get("NEO4J_PASSWORD", ""),
            self.database or env.get("NEO4J_DATABASE") or None,
        )

    def __repr__(self) -> str:  # never show the password
        return f"Neo4jSettings(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def schema_statements() -> list[str]:
    """The constraints and indexes of ``cypher/schema.cypher``."""
    stmts = [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
             f"FOR (n:{check_label(label)}) REQUIRE n.id IS UNIQUE"
             for label in (*ENTITY_LABELS, "Article")]
    stmts += [f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)"
              for label in ENTITY_LABELS]
    return stmts


def connect(settings: Neo4jSettings | None = None):
    """An open, verified driver; a clear :class:`Neo4jError` when Neo4j is down or refuses."""
    import neo4j
    from neo4j import exceptions as nx

    s = (settings or Neo4jSettings()).resolved()
    try:
        driver = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password))
        driver.verify_connectivity()
        with driver.session(database=s.database) as session:
            session.run("RETURN 1").consume()
    except nx.AuthError:
        raise Neo4jError(f"Neo4j at {s.uri} refused the user name or password for {s.user!r}") from None
    except nx.ServiceUnavailable:
        raise Neo4jError(f"cannot reach Neo4j at {s.uri}: is the server running?") from None
    except (nx.ClientError, nx.DatabaseError) as exc:
        code = getattr(exc, "code", "") or ""
        if "DatabaseNotFound" in code:
            raise Neo4jError(f"Neo4j at {s.uri} has no database named {s.database!r}") from None
        if "AuthenticationRateLimit" in code:
            raise Neo4jError(f"Neo4j at {s.uri} locked {s.user!r} for a while after too many "
                             "wrong passwords; check the password and try again later") from None
        raise Neo4jError(f"Neo4j at {s.uri} said: {exc.message or exc}") from None
    except ValueError as exc:
        raise Neo4jError(f"bad Neo4j address {s.uri!r}: {exc}") from None
    return driver, s.database


def _node_rows(graph: Graph) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {label: [] for label in ENTITY_LABELS}
    for node_id, node in sorted(graph.nodes.items()):
        props = {k: _value(v) for k, v in node.properties.items() if v is not None}
        rows[node.label].append({"id": node_id, "name": node.name, "aliases": sorted(node.aliases),
                                 "props": props, "articles": sorted(node.articles)})
    return rows


def _edge_rows(graph: Graph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Rows by (type, source label, target label): one query each, endpoints under labels."""
    rows: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for edge in sorted(graph.edges, key=lambda e: e.key):
        props = {k: _value(v) for k, v in edge.properties.items() if v is not None}
        props.update(evidence=edge.evidence, confidence=edge.confidence)
        group = (edge.type, graph.nodes[edge.source].label, graph.nodes[edge.target].label)
        rows.setdefault(group, []).append({"source": edge.source, "target": edge.target,
                                               "article": edge.article, "props": props})
    return rows


def _value(v: Any) -> Any:
    if isinstance(v, (str, int, float, bool)):
        return v
    if isinstance(v, (list, tuple)) and all(isinstance(x, (str, int, float, bool)) for x in v):
        return list(v)
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def _node_query(label: str) -> str:
    check_label(label)
    # a node already loaded from another file keeps its longer name and all its aliases
    return (f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props "
            "WITH n, row, CASE WHEN n.name IS NULL OR size(row.name) > size(n.name) "
            "THEN row.name ELSE n.name END AS name "
            "SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + [n.name] + row.aliases "
            "+ [row.name] | CASE WHEN a IS NULL OR a = name OR a IN acc THEN acc ELSE acc + a END), "
            "n.name = name "
            "WITH n, row UNWIND row.articles AS aid "
            "MERGE (a:Article {id: aid}) MERGE (n)-[:MENTIONED_IN]->(a)")


def _article_rows(graph: Graph) -> list[dict[str, Any]]:
    return [{"id": a.id, "props": {k: v for k, v in
                                   {"title": a.title, "date": a.date, "path": a.path}.items()
                                   if v is not None}}
            for _, a in sorted(graph.articles.items())]


_ARTICLE_QUERY = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"


def _batches(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def load_graph(graph: Graph, uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None,
               wipe: bool = False, batch_size: int = BATCH_SIZE) -> dict[str, int]:
    """Load ``graph`` into Neo4j and return counters of what was created.

    Idempotent: loading the same graph twice creates nothing the second time; a second,
    different graph adds its articles and merges the entities both share.
    """
    driver, database = connect(Neo4jSettings(uri, user, password, database))
    totals: dict[str, int] = {"nodes_created": 0, "relationships_created": 0,
                              "properties_set": 0}

    def write(tx, query: str, rows: list) -> None:
        counters = tx.run(query, rows=rows).consume().counters
        totals["nodes_created"] += counters.nodes_created
        totals["relationships_created"] += counters.relationships_created
        totals["properties_set"] += counters.properties_set

    try:
        with driver.session(database=database) as session:
            if wipe:
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()
            for stmt in schema_statements():
                session.run(stmt).consume()
            for batch in _batches(_article_rows(graph), batch_size):
                session.execute_write(write, _ARTICLE_QUERY, batch)
            for label, rows in _node_rows(graph).items():
                for batch in _batches(rows, batch_size):
                    session.execute_write(write, _node_query(label), batch)
            for group, rows in sorted(_edge_rows(graph).items()):
                for batch in _batches(rows, batch_size):
                    session.execute_write(write, _edge_query(*group), batch)
    finally:
        driver.close()
    return totals


def _edge_query(rel_type: str, source_label: str, target_label: str) -> str:
    """MERGE one relationship type; endpoints are matched under their labels, because a
    MATCH on the id alone would not use the uniqueness constraints' indexes."""
    check_relation_type(rel_type)
    check_label(source_label)
    check_label(target_label)
    return (f"UNWIND $rows AS row MATCH (s:{source_label} {{id: row.source}}) "
            f"MATCH (t:{target_label} {{id: row.target}}) "
            f"MERGE (s)-[r:{rel_type} {{article: row.article}}]->(t) SET r += row.props")


def read_entities(settings: Neo4jSettings | None = None) -> Graph:
    """The people, countries and organizations already in Neo4j, as a graph of known entities
    (for ``extract(..., into=...)``: new articles resolve against them)."""
    from .model import Node

    keys, rows = run_query(
        "MATCH (n) WHERE n:Person OR n:Country OR n:Organization "
        "OPTIONAL MATCH (n)-[:MENTIONED_IN]->(a:Article) "
        "RETURN n.id, labels(n), n.name, coalesce(n.aliases, []), collect(a.id), "
        "properties(n) ORDER BY n.id", {}, settings)
    graph = Graph()
    skip = {"id", "name", "aliases"}
    for node_id, labels, name, aliases, articles, props in rows:
        label = next(lbl for lbl in labels if lbl in ENTITY_LABELS)
        graph.add_node(Node(node_id, label, name, list(aliases), list(articles),
                            {k: v for k, v in props.items() if k not in skip}))
    return graph


def run_query(cypher: str, params: dict[str, Any] | None = None,
              settings: Neo4jSettings | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one read query; return the column names and the rows."""
    from neo4j import exceptions as nx

    driver, database = connect(settings)
    try:
        with driver.session(database=database) as session:
            result = session.run(cypher, params or {})
            keys = list(result.keys())
            rows = [list(record.values()) for record in result]
    except nx.CypherSyntaxError as exc:
        raise Neo4jError(f"the query is not valid Cypher: {exc.message}") from None
    except nx.ClientError as exc:
        raise Neo4jError(f"Neo4j refused the query: {exc.message}") from None
    finally:
        driver.close()
    return keys, rows


def _cypher_literal(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        # a Cypher string literal: every character that could end or bend it is escaped
        out = v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
        return "'" + out + "'"
    if isinstance(v, list):
        return "[" + ", ".join(_cypher_literal(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"`{k}`: {_cypher_literal(x)}" for k, x in v.items()) + "}"
    return _cypher_literal(str(v))


def write_cypher(graph: Graph, path: str | Path) -> Path:
    """The graph as a self-contained Cypher script (constraints, then data), for Neo4j
    Browser or ``cypher-shell``; running it twice changes nothing."""
    lines = ["// graphkit graph: constraints, then data. Safe to run more than once."]
    lines += [s + ";" for s in schema_statements()]
    def inline(query: str, rows: list) -> str:
        return query.replace("UNWIND $rows", "UNWIND " + _cypher_literal(rows), 1) + ";"

    for batch in _batches(_article_rows(graph), 500):
        lines.append(inline(_ARTICLE_QUERY, batch))
    for label, rows in _node_rows(graph).items():
        for batch in _batches(rows, 500):
            lines.append(inline(_node_query(label), batch))
    for group, rows in sorted(_edge_rows(graph).items()):
        for batch in _batches(rows, 500):
            lines.append(inline(_edge_query(*group), batch))
    path = Path(path)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
