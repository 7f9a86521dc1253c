"""Run graphkit's benchmarks (``make bench``): a table on the terminal, the same as JSON.

Every figure stands next to a reference measured in the same run on the same machine, and
the ratio between them is what to compare across machines and runs.

    python benchmarks/run.py                       # everything (about 10 minutes on 2 cores)
    python benchmarks/run.py extract analyze       # some stages
    python benchmarks/run.py --quick               # small sizes: checks that all of it runs
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import ROOT, Figure, print_table

RESULTS = ROOT / "benchmarks" / "results"


def _stages(quick: bool) -> dict[str, Callable[[], list[Figure]]]:
    import bench_analyze
    import bench_extract
    import bench_load
    import bench_map

    if quick:
        return {"extract": lambda: bench_extract.run(articles=100, stream=300, rounds=1),
                "load": lambda: bench_load.run(relationships=2000),
                "analyze": lambda: bench_analyze.run(edges=2000, exact_edges=500),
                "map": lambda: bench_map.run(nodes=200, edges=400)}
    return {"extract": bench_extract.run, "load": bench_load.run,
            "analyze": bench_analyze.run, "map": bench_map.run}


def machine() -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "system": platform.platform()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stages", nargs="*", help="extract, load, analyze, map (default: all)")
    parser.add_argument("--quick", action="store_true", help="small sizes, to check it runs")
    parser.add_argument("--json", type=Path, default=None,
                        help="where to write the results (default: benchmarks/results/)")
    args = parser.parse_args()
    stages = _stages(args.quick)
    unknown = set(args.stages) - set(stages)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    figures: list[Figure] = []
    started = time.time()
    for name in args.stages or list(stages):
        print(f"[{time.time() - started:6.0f} s] {name} ...", file=sys.stderr, flush=True)
        figures += stages[name]()
    print()
    print_table(figures)
    report = {"machine": machine(), "quick": args.quick, "seconds": round(time.time() - started),
              "figures": [f.as_dict() for f in figures]}
    out = args.json or RESULTS / ("quick.json" if args.quick else "latest.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"\n{len(figures)} figures in {report['seconds']} s; written to {out}")
    missed = [f for f in figures if f.met is False]
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
