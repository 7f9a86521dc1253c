from pathlib import Path

import pytest

from graphkit.articles import decode_bytes, parse_article, read_articles
from graphkit.errors import ArticleError

ROOT = Path(__file__).resolve().parent.parent


def test_seed_dates_titles_and_bylines():
    arts = {a.id: a for a in read_articles([ROOT / "seeds"])}
    assert len(arts) == 5
    assert arts["001_e76ff33dc96d9a90"].date == "2021-05-20"
    assert arts["001_e76ff33dc96d9a90"].dateline == "NUR-SULTAN"
    assert arts["002_80fe66ff6ee15a4c"].title == "Tajikistan-Russia top-level talks"
    assert arts["004_04d89fb7ffcf1f7c"].byline == "Rasana Gasimova"
    assert "By Rasana" not in arts["004_04d89fb7ffcf1f7c"].text


def test_spam_paragraph_and_link_list_are_dropped():
    text = next(read_articles([ROOT / "seeds" / "002_80fe66ff6ee15a4c.txt"])).text
    assert "viagra" not in text and "MFA Publications" not in text
    assert text.rstrip().endswith("at his convenience.")


def test_page_furniture_is_dropped():
    a = parse_article("x", "Title here\n\nThe minister met his counterpart.\n--\n"
                           "Follow ERR News on Facebook and Twitter!\nEditor: Andrew Whyte\n")
    assert "Editor" not in a.text and "Facebook" not in a.text


def test_one_link_after_a_read_more_heading_is_dropped():
    a = parse_article("x", "Title here\n\nThe minister met his counterpart.\n\nRead more:\n"
                           "Georgia, Latvia discuss transit cooperation\n")
    assert a.text.endswith("his counterpart.")
    b = parse_article("x", "Title here\n\nThe minister met his counterpart.\nRelated News\n"
                           "Talks end\n\nThe visit ends on Friday.\n")
    assert b.text.endswith("ends on Friday.")


def test_published_line_gives_the_date():
    assert parse_article("x", "Head\n\nText here.\n\nPublished: 10/26/2018\n").date == "2018-10-26"


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"   \n\t ", "empty"),
                                          (b"\x00\x01\x02binary\x00", "binary")])
def test_empty_and_binary_data_are_refused(data: bytes, reason: str):
    with pytest.raises(ArticleError, match=reason):
        decode_bytes(data, "f.txt")


def test_other_encodings_are_read():
    text = "Türkiye’s President met Côte d’Ivoire’s."
    assert decode_bytes(text.encode("utf-16")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_bytes("Kazakhstan and Türkiye".encode("latin-1")) == "Kazakhstan and Türkiye"


def test_a_folder_with_bad_files_reports_them_and_reads_the_rest(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Tajik President Emomali Rahmon met Vladimir Putin.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 100)
    sub = tmp_path / "nested"
    sub.mkdir()
    (sub / "page.html").write_text("<html><body><nav>Menu</nav><p>Kazakh President met "
                                   "Tajik President.</p><script>x()</script></body></html>")
    (tmp_path / "stream.jsonl").write_text('{"id": "j1", "text": "Peru and Chile trade.", '
                                           '"date": "2020-01-02"}\n{"bad": 1}\n')
    errors: list[ArticleError] = []
    arts = list(read_articles([tmp_path], on_error=errors.append))
    assert sorted(a.id for a in arts) == ["good", "j1", "page"]
    page = next(a for a in arts if a.id == "page")
    assert "Menu" not in page.text and "x()" not in page.text
    assert next(a for a in arts if a.id == "j1").date == "2020-01-02"
    reasons = sorted(e.reason.split(" ")[0] for e in errors)
    assert len(errors) == 3, errors
    assert "empty" in reasons and "binary" in reasons


def test_unreadable_file_is_reported(tmp_path: Path):
    import os

    f = tmp_path / "locked.txt"
    f.write_text("Some text.")
    f.chmod(0)
    if os.access(f, os.R_OK):  # root reads anything
        pytest.skip("running as root: permissions do not stop reading")
    with pytest.raises(ArticleError, match="permission denied"):
        list(read_articles([f]))


def test_a_refused_read_is_reported_as_permission_denied(tmp_path: Path, monkeypatch):
    """The same case where the suite runs as root: the operating system's refusal, simulated
    at the one call that reads a file."""
    locked, other = tmp_path / "locked.txt", tmp_path / "other.txt"
    locked.write_text("Peru and Chile trade.")
    other.write_text("Fiji and Tonga met.")
    read_bytes = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    errors: list[ArticleError] = []
    assert [a.id for a in read_articles([tmp_path], on_error=errors.append)] == ["other"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [("locked.txt", "permission denied")]


def test_a_bad_jsonl_line_loses_nothing_after_it(tmp_path: Path, monkeypatch):
    import graphkit.articles as articles

    lines = ['{"id": "a", "text": "Peru and Chile trade."}', "{not json",
             '{"id": "b", "text": "Chile and Peru talk."}', '{"id": "c", "text": ""}',
             '{"id": "d", "text": "Fiji and Tonga met."}']
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    # a feed is read line by line: the size limit is for one article, not for the file
    monkeypatch.setattr(articles, "MAX_BYTES", 100)
    errors: list[ArticleError] = []
    arts = list(read_articles([feed], on_error=errors.append))
    assert [a.id for a in arts] == ["a", "b", "d"]
    assert [e.path for e in errors] == [f"{feed}:2", f"{feed}:4"]
