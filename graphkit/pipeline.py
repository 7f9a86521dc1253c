"""The only module that chains the stages: articles -> extract -> resolve -> Graph -> outputs."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .articles import read_articles
from .errors import ArticleError
from .model import Article, Graph
from .resolve import merge_graphs

__all__ = ["extract", "iter_extract", "run", "RunResult"]

_worker_nlp = None
_worker_model: str | None = None


def _init_worker(model: str | None) -> None:
    """Build this process's pipeline, once per model: a notebook that extracts again, or a
    feed read in batches, does not pay the second (about half a second) or lose the
    tokenizer's cache."""
    global _worker_nlp, _worker_model
    from .extract import build_nlp

    if _worker_nlp is None or _worker_model != model:
        _worker_nlp, _worker_model = build_nlp(model), model
        # The pipeline lives as long as the process: moved out of the cyclic collector's
        # reach, its hundred thousand objects are not scanned again at every full collection
        # while a merge allocates (the parent's CPU in a 2-job run fell by a fifth), and forked
        # workers do not copy its pages by writing their collector flags.
        gc.freeze()


def _extract_one(article: Article) -> tuple[Graph, list[ArticleError]]:
    """The article's graph; or, should a rule fail on it, the article alone and why, so
    that one article does not stop a stream of thousands."""
    from .extract import extract_article

    try:
        return extract_article(_worker_nlp, article), []
    except Exception as exc:  # noqa: BLE001 - any failure of a rule is reported, not raised
        alone = Graph([Article(article.id, article.path, article.title, article.date)])
        return alone, [ArticleError(article.path or article.id, (
            f"extraction failed ({type(exc).__name__}: {exc}); the article is kept without "
            "entities. This is a bug in graphkit: please report it with the article"))]


# articles a worker extracts and unites before sending one graph back: the parent then
# receives and merges one graph per chunk, not one per article, and keeps up with the workers
CHUNK = 32


def _extract_chunk(articles: list[Article]) -> tuple[Graph, list[ArticleError]]:
    united, errors = Graph(), []
    for article in articles:
        graph, failed = _extract_one(article)
        united.update(graph, copy=False)
        errors += failed
    return united, errors


def _extract_chunk_pickled(articles: list[Article]) -> bytes:
    """The chunk's graph and errors, pickled here: the pool's result thread in the parent
    then only receives bytes, and the parent's main thread unpickles them as it merges,
    instead of two threads of the parent taking turns at the lock of one interpreter."""
    return pickle.dumps(_extract_chunk(articles), pickle.HIGHEST_PROTOCOL)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_extract(
    articles: Iterable[Article], model: str | None = None, jobs: int = 1,
    on_error: Callable[[ArticleError], None] | None = None,
) -> Iterator[Graph]:
    """Yield the graphs of the articles in input order, extracting on ``jobs`` processes: one
    graph per article with one job, one per chunk of :data:`CHUNK` articles with more (their
    union is the same; :func:`~graphkit.resolve.merge_graphs` takes either).

    Workers build the pipeline once each (or inherit it by fork) instead of receiving a
    pickled one, which costs more than the extraction itself. An article the extractor fails
    on is yielded alone and reported to ``on_error`` (without one, the error is raised).
    """
    def reported(graph: Graph, errors: list[ArticleError]) -> Graph:
        for error in errors:
            if on_error is None:
                raise error
            on_error(error)
        return graph

    if jobs <= 1:
        _init_worker(model)
        for article in articles:
            yield reported(*_extract_one(article))
        return
    if "fork" in multiprocessing.get_all_start_methods():
        # workers inherit the pipeline built here, instead of each building its own
        _init_worker(model)
        pool = multiprocessing.get_context("fork").Pool(jobs)
    else:
        pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_worker,
                                                          initargs=(model,))
    with pool:
        for chunk in pool.imap(_extract_chunk_pickled, _chunks(articles, CHUNK)):
            yield reported(*pickle.loads(chunk))


def extract(
    paths: Iterable[str | Path],
    *,
    model: str | None = None,
    jobs: int = 1,
    into: Graph | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    progress: Callable[[Article], None] | None = None,
) -> Graph:
    """Read the articles under ``paths`` and return their resolved graph.

    ``into`` is a graph of entities already known (yesterday's graph): new mentions resolve
    against it and its contents are kept. ``on_error`` receives each unreadable file and each
    article the extractor failed on (else the first one raises). ``progress`` is called with
    each article as it is read.

    >>> g = extract(["seeds"])  # doctest: +SKIP
    """
    def articles() -> Iterator[Article]:
        for article in read_articles(paths, on_error=on_error):
            if progress is not None:
                progress(article)
            yield article

    return merge_graphs(iter_extract(articles(), model=model, jobs=jobs, on_error=on_error),
                        known=into)


@dataclass
class RunResult:
    """What :func:`run` wrote, and the files it had to skip."""

    graph: Graph
    outputs: dict[str, Path] = field(default_factory=dict)
    skipped: list[ArticleError] = field(default_factory=list)


def run(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    jobs: int | None = None,
    into: Graph | None = None,
    neo4j: dict | None = None,
    progress: Callable[[Article], None] | None = None,
) -> RunResult:
    """The main job: articles in; graph.json, graph.cypher, map.html and report.md out
    (and into Neo4j when ``neo4j`` holds connection settings)."""
    from .analyze import write_report
    from .load import load_graph, write_cypher
    from .render import render

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    skipped: list[ArticleError] = []
    graph = extract(paths, model=model, jobs=jobs or os.cpu_count() or 1, into=into,
                    on_error=skipped.append, progress=progress)
    result = RunResult(graph, skipped=skipped)
    result.outputs["graph"] = graph.write(out / "graph.json")
    result.outputs["cypher"] = write_cypher(graph, out / "graph.cypher")
    result.outputs["map"] = render(graph, out / "map.html")
    result.outputs.update(write_report(graph, out))
    result.outputs["skipped"] = _write_skipped(skipped, out / "skipped.csv")
    if neo4j is not None:
        load_graph(graph, **neo4j)
    return result


def _write_skipped(skipped: list[ArticleError], path: Path) -> Path:
    """The files (or JSON lines) that could not be read, and why: nothing is lost silently."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "reason"])
        writer.writerows((e.path, e.reason) for e in skipped)
    return path
