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
    for cmd in ("extract", "run", "load", "query", "analyze", "render", "evaluate", "export",
                "calibrate"):
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


def test_export_writes_csv_files_and_the_import_command(tmp_path):
    assert graphkit("extract", "seeds", "-o", tmp_path / "g.json").returncode == 0
    res = graphkit("export", tmp_path / "g.json", tmp_path / "import")
    assert res.returncode == 0, res.stderr
    script = (tmp_path / "import" / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    for name in ("nodes_Person.csv", "nodes_Country.csv", "rels_MET_WITH.csv"):
        assert f"={name}" in script and (tmp_path / "import" / name).stat().st_size > 0


def test_calibrate_prints_a_row_per_rule(tmp_path):
    res = graphkit("calibrate", "--set", "tests/data/articles", "tests/data/gold", "-o", "-")
    assert res.returncode == 0, res.stderr
    rows = [line.split("\t") for line in res.stdout.splitlines() if not line.startswith("#")]
    assert rows[0] == ["rule", "tp", "fp", "confidence"]
    assert any(r[0] == "HOLDS_OFFICE/named" and float(r[3]) > 0.9 for r in rows[1:])
