"""The ``graphkit`` command: one thin subcommand per stage over the library."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import GraphkitError
from .load import BATCH_SIZE as BATCH_SIZE_DEFAULT

CONFIDENCE_TABLE = Path(__file__).parent / "data" / "confidence.tsv"

EPILOG = """\
examples:
  graphkit run seeds/ --out out/              articles in; graph.json, map.html, report.md out
  graphkit extract seeds/ -o graph.json       just the graph file
  graphkit evaluate graph.json ../shared/gold precision / recall / F1 against gold files
  graphkit load graph.json --wipe             into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)
  graphkit query cypher/who_met_whom.cypher   run a ready query, print a table
  graphkit export graph.json import/          CSV files for neo4j-admin database import
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except GraphkitError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"graphkit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("graphkit: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="graphkit",
        description="Turn news about diplomacy and trade into a graph: extract people, countries "
                    "and organizations and their relations, load them into Neo4j, analyse and map them.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help, description=help)
        c.add_argument("--debug", action="store_true", help="show tracebacks on errors")
        c.set_defaults(func=func)
        return c

    def extraction_options(c: argparse.ArgumentParser) -> None:
        c.add_argument("paths", nargs="+", metavar="PATH",
                       help="article files or folders (.txt .md .html .jsonl), read recursively")
        c.add_argument("--model", metavar="NAME_OR_PATH",
                       help="build on an installed spaCy pipeline (default: blank English + rules)")
        c.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="processes to extract with (default: all cores, %(default)s here)")
        c.add_argument("--into", metavar="GRAPH_JSON",
                       help="an existing graph whose entities new articles resolve against and join")
        c.add_argument("--known-from-neo4j", action="store_true",
                       help="resolve against the people, countries and organizations already in "
                            "Neo4j (settings from NEO4J_* variables)")
        c.add_argument("--quiet", action="store_true", help="no progress bar")

    c = command("extract", cmd_extract, "Extract a graph file from articles.")
    extraction_options(c)
    c.add_argument("-o", "--output", default="graph.json", metavar="GRAPH_JSON",
                   help="where to write the graph (default: %(default)s)")

    c = command("run", cmd_run, "The main job: articles in; graph.json, graph.cypher, "
                "map.html and report.md out (and into Neo4j with --neo4j).")
    extraction_options(c)
    c.add_argument("--out", default="out", metavar="DIR", help="output folder (default: %(default)s)")
    c.add_argument("--neo4j", action="store_true",
                   help="also load into Neo4j (settings from NEO4J_* variables)")

    c = command("load", cmd_load, "Load a graph file into Neo4j (idempotent).")
    c.add_argument("graph", metavar="GRAPH_JSON")
    _neo4j_options(c)
    c.add_argument("--wipe", action="store_true", help="delete everything in the database first")
    c.add_argument("--batch-size", type=int, default=BATCH_SIZE_DEFAULT, metavar="N",
                   help="rows per transaction (default: %(default)s)")

    c = command("query", cmd_query, "Run a Cypher file against Neo4j and print the rows.")
    c.add_argument("file", metavar="CYPHER_FILE")
    c.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a query parameter (numbers are parsed); repeat for more")
    _neo4j_options(c)

    c = command("analyze", cmd_analyze, "Write report.md and CSV tables from a graph file.")
    c.add_argument("graph", metavar="GRAPH_JSON")
    c.add_argument("--out", default="out", metavar="DIR", help="output folder (default: %(default)s)")

    c = command("render", cmd_render, "Draw a graph file as one self-contained HTML map.")
    c.add_argument("graph", metavar="GRAPH_JSON")
    c.add_argument("-o", "--output", default="map.html", metavar="HTML")
    c.add_argument("--around", metavar="NODE_ID", help="only this entity's neighbourhood")
    c.add_argument("--radius", type=int, default=1, help="with --around: how many steps (default 1)")
    c.add_argument("--types", metavar="T1,T2", help="only these relation types")
    c.add_argument("--since", metavar="YYYY-MM-DD")
    c.add_argument("--until", metavar="YYYY-MM-DD")

    c = command("evaluate", cmd_evaluate, "Score a graph file against a folder of gold files.")
    c.add_argument("graph", metavar="GRAPH_JSON")
    c.add_argument("gold", metavar="GOLD_DIR")
    c.add_argument("--problems", action="store_true", help="list each miss and false hit")
    c.add_argument("--per-article", action="store_true", help="scores of each article")
    c.add_argument("--json", action="store_true", help="print the scores as JSON")

    c = command("export", cmd_export, "Write a graph file as CSV files for neo4j-admin "
                "database import full (the fastest way to create a large database; offline).")
    c.add_argument("graph", metavar="GRAPH_JSON")
    c.add_argument("directory", metavar="DIR", help="folder for the CSV files and import.sh")
    c.add_argument("--format", choices=["neo4j-import"], default="neo4j-import",
                   help="the only format so far (default: %(default)s)")

    c = command("calibrate", cmd_calibrate, "Measure each relation rule's precision on annotated "
                "articles and write the confidence table extraction reads.")
    c.add_argument("--set", nargs=2, action="append", required=True, dest="sets",
                   metavar=("ARTICLES", "GOLD"), help="a folder of articles and its gold folder "
                   "(repeat for more sets)")
    c.add_argument("-o", "--output", default=str(CONFIDENCE_TABLE), metavar="TSV",
                   help="where to write the table, - for standard output "
                        "(default: graphkit's own data file)")
    return p


def _neo4j_options(c: argparse.ArgumentParser) -> None:
    c.add_argument("--uri", help="Bolt address (default: $NEO4J_URI or bolt://localhost:7687)")
    c.add_argument("--user", help="user (default: $NEO4J_USERNAME or $NEO4J_USER or neo4j)")
    c.add_argument("--password", help="password (default: $NEO4J_PASSWORD); never printed")
    c.add_argument("--database", help="database (default: $NEO4J_DATABASE or the server's default)")


def _progress(args) -> tuple[Callable | None, Callable[[], None]]:
    if args.quiet or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit=" articles", file=sys.stderr, desc="extracting")
    return (lambda article: bar.update(1)), bar.close


def _report_skipped(skipped) -> int:
    for exc in skipped:
        print(f"graphkit: skipped {exc}", file=sys.stderr)
    return 3 if skipped else 0


def _into(args):
    from .model import Graph

    known = Graph.read(args.into) if args.into else None
    if args.known_from_neo4j:
        from .load import read_entities

        known = (known or Graph()).update(read_entities())
    return known


def cmd_extract(args) -> int:
    from .pipeline import extract

    skipped: list = []
    progress, close = _progress(args)
    try:
        graph = extract(args.paths, model=args.model, jobs=args.jobs, into=_into(args),
                        on_error=skipped.append, progress=progress)
    finally:
        close()
    graph.write(args.output)
    print(f"{args.output}: {len(graph.articles)} articles, {len(graph.nodes)} nodes, "
          f"{len(graph.edges)} relations")
    return _report_skipped(skipped)


def cmd_run(args) -> int:
    from .pipeline import run

    progress, close = _progress(args)
    try:
        result = run(args.paths, args.out, model=args.model, jobs=args.jobs, into=_into(args),
                     neo4j={} if args.neo4j else None, progress=progress)
    finally:
        close()
    g = result.graph
    print(f"{len(g.articles)} articles, {len(g.nodes)} nodes, {len(g.edges)} relations")
    for name in ("graph", "map", "report", "cypher"):
        print(f"  {name:7s} {result.outputs[name]}")
    return _report_skipped(result.skipped)


def cmd_load(args) -> int:
    from .load import load_graph
    from .model import Graph

    graph = Graph.read(args.graph)
    counts = load_graph(graph, args.uri, args.user, args.password, args.database, wipe=args.wipe,
                        batch_size=args.batch_size)
    print(f"loaded {args.graph}: {len(graph.nodes)} nodes and {len(graph.edges)} relations "
          f"merged; {counts['nodes_created']} nodes and {counts['relationships_created']} "
          "relationships created")
    return 0


def _parse_param(text: str):
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise GraphkitError(f"--param takes KEY=VALUE, not {text!r}")
    for cast in (int, float):
        try:
            return key, cast(value)
        except ValueError:
            pass
    return key, value


def cmd_query(args) -> int:
    from .load import Neo4jSettings, run_query

    path = Path(args.file)
    if not path.is_file():
        raise GraphkitError(f"{path}: no such Cypher file")
    params = dict(_parse_param(p) for p in args.param)
    keys, rows = run_query(path.read_text(encoding="utf-8"), params,
                           Neo4jSettings(args.uri, args.user, args.password, args.database))
    print(_table(keys, rows))
    print(f"({len(rows)} rows)")
    return 0


def _table(keys: list[str], rows: list[list]) -> str:
    cells = [[str(v) for v in row] for row in rows]
    widths = [min(60, max([len(k)] + [len(r[i]) for r in cells])) for i, k in enumerate(keys)]
    line = lambda vals: " | ".join(v[:60].ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    return "\n".join([line(keys), "-+-".join("-" * w for w in widths), *map(line, cells)])


def cmd_analyze(args) -> int:
    from .analyze import write_report
    from .model import Graph

    paths = write_report(Graph.read(args.graph), args.out)
    print(f"report: {paths['report']} (and {len(paths) - 1} CSV tables in {args.out})")
    return 0


def cmd_render(args) -> int:
    from .model import Graph
    from .render import render

    graph = Graph.read(args.graph)
    if args.around and args.around not in graph.nodes:
        raise GraphkitError(f"--around: no node {args.around!r} in {args.graph}")
    graph = graph.select(around=args.around, radius=args.radius,
                         types=args.types.split(",") if args.types else None,
                         since=args.since, until=args.until)
    path = render(graph, args.output)
    print(f"{path}: {len(graph.nodes)} nodes, {len(graph.edges)} relations")
    return 0


def cmd_evaluate(args) -> int:
    import json

    from .evaluate import evaluate, format_scores
    from .model import Graph

    scores = evaluate(Graph.read(args.graph), args.gold)
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        print(format_scores(scores, problems=args.problems, per_article=args.per_article))
    return 0


def cmd_export(args) -> int:
    from .export import write_neo4j_import
    from .model import Graph

    files = write_neo4j_import(Graph.read(args.graph), args.directory)
    print(f"{args.directory}: {len(files) - 1} CSV files; import them with "
          f"{Path(args.directory) / 'import.sh'} (the server stopped), then run "
          "cypher/schema.cypher once")
    return 0


def cmd_calibrate(args) -> int:
    from .calibrate import calibrate, format_table

    table = format_table(calibrate(args.sets), [a for a, _ in args.sets])
    if args.output == "-":
        print(table, end="")
    else:
        Path(args.output).write_text(table, encoding="utf-8")
        print(f"{args.output}: {table.count(chr(10)) - 4} rules measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
