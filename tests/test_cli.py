import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def graphkit(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "graphkit.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_help_lists_every_command():
    out = graphkit("--help").stdout
    for cmd in ("extract", "run", "load", "query", "analyze", "render", "evaluate"):
        assert cmd in out


def test_run_writes_graph_map_report_and_cypher(tmp_path):
    res = graphkit("run", "seeds", "--out", tmp_path / "out", "--jobs", "2")
    assert res.returncode == 0, res.stderr
    for name in ("graph.json", "map.html", "report.md", "graph.cypher", "people.csv"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    assert graph["format"] == "graphkit-graph/1" and len(graph["articles"]) == 5
    assert "Emomali Rahmon" in (tmp_path / "out" / "report.md").read_text()


def test_extract_is_the_same_byte_for_byte_whatever_the_jobs(tmp_path):
    a = graphkit("extract", "seeds", "-o", tmp_path / "a.json", "--jobs", "1")
    b = graphkit("extract", "seeds", "-o", tmp_path / "b.json", "--jobs", "2")
    assert a.returncode == b.returncode == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_bad_files_are_reported_skipped_and_the_exit_code_says_so(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("Tajik President Emomali Rahmon met Putin.")
    (tmp_path / "in" / "empty.txt").write_text("")
    res = graphkit("extract", tmp_path / "in", "-o", tmp_path / "g.json")
    assert res.returncode == 3
    assert "skipped" in res.stderr and "empty.txt" in res.stderr
    assert "Traceback" not in res.stderr


def test_evaluate_prints_scores(tmp_path):
    graphkit("extract", "seeds", "-o", tmp_path / "g.json")
    gold = ROOT.parent / "shared" / "gold"
    if not gold.is_dir():
        return
    out = graphkit("evaluate", tmp_path / "g.json", gold, "--problems").stdout
    assert "entities P=" in out and "relations P=" in out


def test_library_errors_are_one_line_without_traceback(tmp_path):
    res = graphkit("render", tmp_path / "missing.json")
    assert res.returncode == 1
    assert res.stderr.strip().startswith("graphkit: error:") and "Traceback" not in res.stderr
