"""A messy corpus through ``graphkit run``: every bad file reported with its reason, every
readable one read, the exit code saying that something was skipped."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = ("Kazakh President Kassym-Jomart Tokayev met Tajik President Emomali Rahmon in "
        "Dushanbe on Monday. Trade between Kazakhstan and Tajikistan reached $800 million.")


def make_bad_inputs(root: Path) -> dict[str, str]:
    """Write the corpus; return {file name: the reason it must be skipped for} for the bad ones."""
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\t\n   \n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "latin1.txt").write_bytes(("Le président tadjik Emomali Rahmon a reçu "
                                       "le président kazakh. " + GOOD).encode("latin-1"))
    (root / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with its BOM
    (root / "utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (root / "page.html").write_text(f"<html><head><script>alert(1)</script></head><body>"
                                    f"<nav>Home | World</nav><p>{GOOD}</p></body></html>")
    (root / "russian.txt").write_text("Президент Казахстана Касым-Жомарт Токаев встретился с "
                                      "президентом Таджикистана Эмомали Рахмоном в Душанбе.",
                                      encoding="utf-8")
    with (root / "huge.txt").open("w") as f:  # 20 MB: a dump, not one article
        line = GOOD + "\n"
        f.write(line * (20_000_000 // len(line) + 1))
    deep = root / "nested" / "deeper"
    deep.mkdir(parents=True)
    (deep / "deep.md").write_text("# Talks\n\n" + GOOD)
    (root / "link.txt").symlink_to(root / "good.txt")
    (root / "broken-link.txt").symlink_to(root / "gone.txt")
    (root / "loop").symlink_to(root, target_is_directory=True)  # must not be walked forever
    (root / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "feed-1", "text": GOOD, "date": "2021-05-20"}),
        "{this is not json",
        json.dumps({"id": "feed-3", "title": "More talks", "text": GOOD}),
    ]) + "\n")
    locked = root / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    bad = {"empty.txt": "empty file", "blank.txt": "empty file", "binary.txt": "binary",
           "huge.txt": "too large", "broken-link.txt": "no such file", "feed.jsonl:2": "not a JSON line"}
    if os.geteuid() != 0:  # root reads anything: the permission case can only be seen by others
        bad["locked.txt"] = "permission denied"
    return bad


def test_a_messy_corpus_runs_through_with_every_bad_file_reported(tmp_path: Path):
    bad = make_bad_inputs(tmp_path / "bad_inputs")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "graphkit.cli", "run", str(tmp_path / "bad_inputs"),
                           "--out", str(out), "--quiet", "--jobs", "2"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    reported = [ln for ln in done.stderr.splitlines() if ln.startswith("graphkit: skipped ")]
    assert len(reported) == len(bad), reported
    for name, reason in bad.items():
        assert any(f"/{name}: " in ln and reason in ln for ln in reported), (name, reported)
    with (out / "skipped.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(Path(r["file"]).name for r in rows) == sorted(bad)

    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    read = {a["id"] for a in graph["articles"]}
    assert {"good", "latin1", "utf16", "utf8bom", "page", "russian", "deep", "link",
            "feed-1", "feed-3"} <= read
    assert not read & {"empty", "blank", "binary", "huge", "broken-link"}
    assert "person:emomali-rahmon" in {n["id"] for n in graph["nodes"]}
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "alert(1)" not in html  # the page's script was dropped with the rest of its markup


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt"])
def test_one_bad_file_alone_is_an_error_not_a_crash(tmp_path: Path, name: str):
    make_bad_inputs(tmp_path / "bad_inputs")
    done = subprocess.run([sys.executable, "-m", "graphkit.cli", "extract",
                           str(tmp_path / "bad_inputs" / name), "-o", str(tmp_path / "g.json")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert f"skipped {tmp_path / 'bad_inputs' / name}" in done.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_the_extractor_fails_on_is_reported_and_the_rest_extracted(
        tmp_path: Path, monkeypatch, jobs: int):
    import importlib

    import graphkit
    from graphkit.errors import ArticleError

    extraction = importlib.import_module("graphkit.extract")  # the package, not graphkit.extract()
    real = extraction.extract_article

    def failing(nlp, article):
        if "BOOM" in article.text:
            raise ValueError("a rule's bug")
        return real(nlp, article)

    monkeypatch.setattr(extraction, "extract_article", failing)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM. " + GOOD, encoding="utf-8")
    skipped = []
    g = graphkit.extract([tmp_path], jobs=jobs, on_error=skipped.append)
    assert sorted(g.articles) == ["a", "b"]  # the failed article is kept, without entities
    assert "person:emomali-rahmon" in g.nodes
    assert [Path(e.path).name for e in skipped] == ["b.txt"]
    assert "ValueError: a rule's bug" in skipped[0].reason and "bug in graphkit" in skipped[0].reason
    with pytest.raises(ArticleError):
        graphkit.extract([tmp_path / "b.txt"], jobs=jobs)
