"""Extraction: cost per article against spaCy's tokenizer, 2 jobs against 1, memory at scale.

    python benchmarks/bench_extract.py [--articles 2000] [--stream 100000]
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from common import Figure, main, run_with_peak_rss, timed
from corpus import generate, write_jsonl

from graphkit.articles import read_articles
from graphkit.extract import build_nlp, extract_article
from graphkit.graphfile import dumps
from graphkit.model import Article, Graph
from graphkit.pipeline import iter_extract
from graphkit.resolve import merge_graphs

STAGE = "extract"
ROOT = Path(__file__).resolve().parent.parent
RSS_BUDGET = 2 * 1024**3
WARM_UP = 200  # generated articles both pipelines read before they are timed


def tokenizer_floor(n: int, rounds: int = 3) -> list[Figure]:
    """One pass of spaCy's tokenizer against one pass of graphkit's extraction, one core, on
    ``n`` generated articles neither has seen: see :func:`one_pass`."""
    warm, articles = list(generate(WARM_UP, seed=0)), list(generate(n, seed=1))
    floor, extraction, ratio = one_pass(warm, articles, rounds)
    size = f"{n} articles, median of {rounds} rounds"
    return [
        Figure(STAGE, "tokenizer floor", n / floor, "articles/s", size),
        Figure(STAGE, "extraction, 1 job", n / extraction, "articles/s", size,
               "tokenizer floor (time per article)", ratio),
    ] + real_articles_floor(warm, rounds + 2)


def real_articles_floor(warm: list[Article], rounds: int = 5) -> list[Figure]:
    """The same on real news: full-length articles (the figure the goal is checked on) and
    graphkit's own short test articles.

    Real text has names, possessives, quotes and figures the tokenizer has not seen, as a
    news stream has; the generated corpus repeats a small vocabulary, which spaCy's
    tokenizer answers from its cache (its floor is about five times as fast per word). The
    full-length articles are the seeds and, where it is checked out beside the project, the
    development set (``../shared/devset``); as in a stream, the tokenizer has read other
    articles of the genre before them (graphkit's test articles), so the words every such
    article repeats are cached and the names are new. Their floor is then about the 1,100
    articles/s that issue 9 gives for this machine. The test articles (192, 60 to 210 words,
    written dense with the relations the rules read) cost more per word to extract and less
    to tokenize, after each other: their ratio is printed, without the goal."""
    short = list(read_articles([ROOT / "tests" / "data" / "articles"]))
    full = list(read_articles(full_length_articles()))
    figures = []
    for name, articles, warmed_on, times, goal in [
            ("full-length articles", full, warm + short, 2 * rounds, "<= 5"),
            ("short test articles", short, warm, rounds, "")]:
        floor, extraction, ratio = one_pass(warmed_on, articles, times)
        n = len(articles)
        size = f"{n} real {name}, median of {times} rounds"
        figures += [
            Figure(STAGE, f"tokenizer floor, {name}", n / floor, "articles/s", size),
            Figure(STAGE, f"extraction, 1 job, {name}", n / extraction, "articles/s", size,
                   "tokenizer floor (time per article)", ratio, goal),
        ]
    return figures


def full_length_articles() -> list[Path]:
    """The seeds, and the development set's articles where ``../shared`` is checked out."""
    devset = ROOT.parent / "shared" / "devset" / "articles"
    return [ROOT / "seeds"] + ([devset] if devset.is_dir() else [])


def one_pass(warm: list[Article], articles: list[Article],
             rounds: int) -> tuple[float, float, float]:
    """One pass of a blank English tokenizer over ``articles`` and one pass of graphkit's
    extraction: the fastest of each (seconds) and the median of the rounds' own ratios
    (extraction time over tokenizer time).

    Each round builds the pipeline and two tokenizers anew and warms them on ``warm``
    first, as a long stream warms them, so each timed article is one they have not read
    (timing a second pass over the same texts would time spaCy's cache, not its tokenizer).
    The extraction's pass is then timed between the two tokenizers' passes, and compared
    with their mean: this shared machine's speed drifts by a third within a minute, and the
    best of each, timed apart, had compared the floor's fastest moment with another moment
    (ratios of 4.9 to 8.5 for the same code in one afternoon)."""
    import statistics

    import spacy

    texts = [a.text for a in articles]
    floor = extraction = float("inf")
    ratios = []
    for _ in range(rounds):
        before, after, nlp = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer, build_nlp()
        for a in warm:
            before(a.text)
            after(a.text)
            extract_article(nlp, a)
        tokens = timed(partial(_each, before, texts))
        extracted = timed(partial(_each, partial(extract_article, nlp), articles))
        tokens_after = timed(partial(_each, after, texts))
        ratios.append(extracted / ((tokens + tokens_after) / 2))
        floor, extraction = min(floor, tokens, tokens_after), min(extraction, extracted)
    return floor, extraction, statistics.median(ratios)


def _each(fn: Callable, items: list) -> list:
    return [fn(item) for item in items]


def parallel_speedup(n: int, jobs: int = 2, rounds: int = 5) -> list[Figure]:
    """``--jobs 2`` against ``--jobs 1`` on the same articles: extraction and resolution, timed
    without writing the graph file (the same serial step for both); the graphs are then
    compared byte for byte.

    Each round times one job and then two, and the speed-up is the median of the rounds' own
    ratios: this shared machine's speed drifts by a third over minutes (one job's CPU time
    for the same articles ranged 7 to 10.6 s in one sitting), so the best of each, taken at
    different moments, compared a fast minute with a slow one. A first, untimed run warms the
    pipeline (a cold first round had read 2.35 on 300 articles). Each round also times
    ``jobs`` extractions of a share each, run at once in processes that send nothing back:
    the speed-up the machine gives this work at that moment, with no sharing to pay for.
    """
    import statistics

    articles = list(generate(n, seed=2))
    graphs: dict[int, Graph] = {}

    def run(j: int) -> None:
        graphs[j] = merge_graphs(iter_extract(articles, jobs=j))

    run(1)  # warms this process's pipeline, which the forked workers then inherit
    speedups, ceilings, many, fastest_apart = [], [], float("inf"), float("inf")
    for _ in range(rounds):
        one = timed(lambda: run(1))
        this = timed(lambda: run(jobs))
        apart = timed(lambda: extract_apart(articles, jobs))
        speedups.append(one / this)
        ceilings.append(one / apart)
        many, fastest_apart = min(many, this), min(fastest_apart, apart)
    if dumps(graphs[1]) != dumps(graphs[jobs]):
        raise AssertionError(f"--jobs {jobs} gave another graph than --jobs 1")
    size = f"{n} articles, median of {rounds} rounds"
    speedup, ceiling = statistics.median(speedups), statistics.median(ceilings)
    return [
        Figure(STAGE, f"{jobs} shares extracted apart, at once", n / fastest_apart,
               "articles/s", size, "1 job (the machine's ceiling for the speed-up)", ceiling),
        Figure(STAGE, f"extraction, {jobs} jobs", n / many, "articles/s", size,
               "1 job (speed-up, same graph)", speedup, ">= 1.7"),
        Figure(STAGE, f"extraction, {jobs} jobs, of the ceiling", 100 * speedup / ceiling, "%",
               size, f"{jobs} shares extracted apart (speed-up)", speedup / ceiling),
    ]


def extract_apart(articles: list[Article], jobs: int) -> None:
    """Extract ``articles`` in ``jobs`` shares at once, in forked processes that keep what
    they extract: the parallel work of ``--jobs`` without sending graphs back or merging."""
    import multiprocessing

    share = -(-len(articles) // jobs)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pool.map(_extract_count, [articles[i:i + share] for i in range(0, len(articles), share)])


def _extract_count(articles: list[Article]) -> int:
    return len(merge_graphs(iter_extract(articles, jobs=1)).edges)


def streaming_memory(n: int, small: int = 1000) -> list[Figure]:
    """Peak RSS of ``graphkit extract feed.jsonl --jobs 2`` (parent and workers) on ``n``
    articles, and on ``small`` for scale."""
    figures = []
    small = min(small, max(1, n // 10))
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        feed = write_jsonl(n, Path(tmp) / "feed.jsonl", seed=3)
        cmd = [sys.executable, "-m", "graphkit.cli", "extract", "--jobs", "2", "--quiet",
               "-o", str(Path(tmp) / "graph.json")]
        small_feed = Path(tmp) / "small.jsonl"
        with feed.open() as src, small_feed.open("w") as dst:
            for _, line in zip(range(small), src):
                dst.write(line)
        _, small_peak = run_with_peak_rss(cmd + [str(small_feed)])
        seconds, peak = run_with_peak_rss(cmd + [str(feed)])
        edges = (Path(tmp) / "graph.json").read_text(encoding="utf-8").count('"evidence":')
    figures.append(Figure(STAGE, f"peak RSS, {small} articles", small_peak / 2**20, "MB",
                          f"{small} articles"))
    figures.append(Figure(STAGE, f"peak RSS, {n} articles", peak / 2**20, "MB",
                          f"{n} articles, {edges} relations", "2 GB budget", peak / RSS_BUDGET,
                          "<= 1"))
    figures.append(Figure(STAGE, "streamed extraction, 2 jobs", n / seconds, "articles/s",
                          f"{n} articles, from JSON Lines"))
    return figures


def run(articles: int = 2000, stream: int = 100_000, rounds: int = 3) -> list[Figure]:
    return (tokenizer_floor(articles, rounds) + parallel_speedup(articles, rounds=rounds + 2)
            + streaming_memory(stream))


if __name__ == "__main__":
    main(run, __doc__)
