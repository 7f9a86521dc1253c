"""Confidence that means something: each relation rule's precision on hand-annotated articles.

Every edge carries the rule that read it (``properties["rule"]``, e.g. ``VISITED/travel``).
:func:`measure_rules` extracts annotated sets of articles, judges every edge against the gold
(the rules of :mod:`graphkit.evaluate`) and counts, per rule, the edges that were right (tp)
and wrong (fp). :func:`confidence` turns the counts into a precision estimate that does not
trust small samples: ``(tp + 1) / (tp + fp + 2)`` (Laplace's rule of succession), so a rule
right 3 times out of 3 gets 0.8, and one right 80 times out of 80 gets 0.99.

:func:`calibrate` repeats the measure until it is stable; ``graphkit calibrate`` writes the
table to ``graphkit/data/confidence.tsv``, which extraction reads
(:func:`graphkit.extract.relations.confidence_of`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .evaluate import evaluate
from .extract.lexicon import load_lexicon
from .pipeline import extract

__all__ = ["measure_rules", "calibrate", "confidence", "format_table"]

HEADER = """\
# The measured precision of each relation rule: the share of its edges that were right on the
# development set, smoothed as (tp + 1) / (tp + fp + 2). Written by `make calibrate`
# (graphkit calibrate); do not edit by hand. Sets measured: {sets}.
rule\ttp\tfp\tconfidence
"""


def measure_rules(sets: Iterable[tuple[str | Path, str | Path]]) -> dict[str, Counter]:
    """Per rule, how many of its edges were right ("tp") and wrong ("fp").

    ``sets`` holds (articles folder, gold folder) pairs. Edges the gold marks optional, or that
    touch an optional entity, are not counted.
    """
    counts: dict[str, Counter] = {}
    for articles, gold in sets:
        scores = evaluate(extract([Path(articles)]), gold)
        for edge, verdict in scores["verdicts"]:
            rule = edge["properties"].get("rule") or edge["type"]
            counts.setdefault(rule, Counter())[verdict] += 1
    return counts


def calibrate(sets: Iterable[tuple[str | Path, str | Path]], rounds: int = 5) -> dict[str, Counter]:
    """:func:`measure_rules` until the table it gives is the table extraction used.

    Confidence decides which of two readings of one relation keeps its evidence (and rule),
    so a new table can move a few edges from one rule to another: measure again with the new
    table in force until nothing moves (in this process only; the file is the caller's).
    """
    sets = list(sets)
    table = load_lexicon().confidence
    for _ in range(rounds):
        counts = measure_rules(sets)
        measured = {rule: confidence(c["tp"], c["fp"]) for rule, c in counts.items()}
        if measured == table:
            break
        table.clear()
        table.update(measured)
    return counts


def confidence(tp: int, fp: int) -> float:
    """Precision with Laplace smoothing, rounded to two places.

    >>> confidence(3, 0), confidence(80, 0), confidence(0, 0)
    (0.8, 0.99, 0.5)
    """
    return round((tp + 1) / (tp + fp + 2), 2)


def format_table(counts: dict[str, Counter], sets: Iterable[str] = ()) -> str:
    """The tab-separated table of ``graphkit/data/confidence.tsv``, rows sorted by rule."""
    lines = [HEADER.format(sets=", ".join(sets) or "none").rstrip("\n")]
    for rule in sorted(counts):
        tp, fp = counts[rule]["tp"], counts[rule]["fp"]
        lines.append(f"{rule}\t{tp}\t{fp}\t{confidence(tp, fp)}")
    return "\n".join(lines) + "\n"
