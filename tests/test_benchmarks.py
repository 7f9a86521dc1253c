"""The benchmarks are run on purpose (``make bench``), never here: this only checks that every
one of them starts and reports, on tiny inputs, against the test suite's Neo4j and Chromium."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_benchmark_starts_and_reports(neo4j_db, chromium, tmp_path: Path):
    env = {**os.environ, "NEO4J_URI": neo4j_db["uri"], "NEO4J_USERNAME": neo4j_db["user"],
           "NEO4J_PASSWORD": neo4j_db["password"]}
    out = tmp_path / "quick.json"
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--quick", "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert {f["stage"] for f in report["figures"]} == {"extract", "load", "analyze", "map"}
    assert all(f["value"] >= 0 for f in report["figures"])
    assert "ratio" in done.stdout and "goal" in done.stdout
    goals = {f["name"]: f["goal"] for f in report["figures"] if f["goal"]}
    # the extraction goal is read on full-length real articles; the short ones have no goal
    assert goals["extraction, 1 job, full-length articles"] == "<= 5"
    assert "extraction, 1 job, short test articles" not in goals
