"""What every benchmark shares: a figure's row, timing, and peak memory of a process tree.

A figure is printed next to a reference measured in the same run on the same machine,
because these machines are shared and noisy: an absolute time means little, a ratio more.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # neo4j_server.py: the Maven-started Neo4j of the tests
sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass
class Figure:
    """One line of the table: ``value`` in ``unit`` on ``size``; ``ratio`` to ``reference``,
    checked against ``goal`` ("<= 5", ">= 1.7", ...) when the issue sets one."""

    stage: str
    name: str
    value: float
    unit: str
    size: str
    reference: str = ""
    ratio: float | None = None
    goal: str = ""

    @property
    def met(self) -> bool | None:
        if not self.goal or self.ratio is None:
            return None
        op, bound = self.goal.split()
        return self.ratio <= float(bound) if op == "<=" else self.ratio >= float(bound)

    def as_dict(self) -> dict:
        return {**asdict(self), "met": self.met}


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """The best of ``repeat`` wall-clock runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def run_with_peak_rss(cmd: list[str], interval: float = 0.1, **kwargs) -> tuple[float, int]:
    """Run ``cmd``; return its wall time and the peak resident memory of its process tree
    (the parent and every worker together), sampled every ``interval`` seconds."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, **kwargs)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = proc.wait()
    stop.set()
    sampler.join()
    if code:
        raise RuntimeError(f"{cmd[0]} exited with {code}")
    return time.perf_counter() - start, peak


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def shown_ratio(ratio: float | None, goal: str | None) -> str:
    """``ratio`` to two decimals, rounded towards missing its goal, so that a miss never
    reads as the goal itself (1.6997 against ">= 1.7" shows 1.69)."""
    if ratio is None:
        return ""
    if goal and goal.startswith(">="):
        return f"{math.floor(ratio * 100) / 100:.2f}"
    if goal and goal.startswith("<="):
        return f"{math.ceil(ratio * 100) / 100:.2f}"
    return f"{ratio:.2f}"


def print_table(figures: list[Figure]) -> None:
    head = ("stage", "figure", "value", "unit", "input", "ratio", "to reference", "goal")
    rows = [(f.stage, f.name, _number(f.value), f.unit, f.size,
             shown_ratio(f.ratio, f.goal), f.reference,
             "" if f.met is None else f"{f.goal} {'met' if f.met else 'MISSED'}")
            for f in figures]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def main(run: Callable[..., list[Figure]], doc: str) -> None:
    """One benchmark script on its own: an option per keyword of ``run`` (``--edges N``),
    with the same defaults, then the table."""
    import argparse
    import inspect

    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    params = inspect.signature(run).parameters.values()
    for p in params:
        parser.add_argument("--" + p.name.replace("_", "-"), type=int, default=p.default,
                            help="default: %(default)s")
    args = parser.parse_args()
    print_table(run(**{p.name: getattr(args, p.name) for p in params}))
