"""Reading articles: files or folders in, clean :class:`~graphkit.model.Article` objects out.

Supported inputs: ``.txt``, ``.md``, ``.html``/``.htm`` (reduced to text) and ``.jsonl``
(one article per line with ``text`` and optional ``id``, ``title``, ``date``, ``url``).
A bad file raises :class:`~graphkit.errors.ArticleError` naming the file and the reason,
or, with ``on_error``, is reported there and skipped so that the rest is read.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .errors import ArticleError
from .model import Article

__all__ = ["SUFFIXES", "read_articles", "find_article_files", "parse_article", "decode_bytes"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_BYTES = 10_000_000  # one news article is kilobytes, a page with its scripts megabytes

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
_BYLINE = re.compile(r"^\s*By\s+((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s*$")
_DATELINE = re.compile(r"^((?:[A-Z][A-Z'’.-]+)(?:[ -][A-Z][A-Z'’.-]+)*)\s*(?:,[^–—-]{0,40})?\s+[–—-]{1,2}\s+")
_PUBLISHED = re.compile(
    r"\b(?:Published|Posted|Updated)\s*:?\s*(?:on\s+)?(\d{4})-(\d{1,2})-(\d{1,2})\b"
    r"|\b(?:Published|Posted|Updated)\s*:?\s*(?:on\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\b"
)
# Lines that are page furniture, never article text: menus, share buttons, comment forms.
_BOILERPLATE = re.compile(
    r"^\s*(?:[•·|>»-]\s*[\w:.]{0,8}\s*$|[-–—_=*]{2,}\s*$|most read|posted in:|blog comments powered by|"
    r"please enter your (?:comment|name)|follow .{1,60} on (?:facebook|twitter|x|telegram)|"
    r"editor:|source:|published:|share (?:this|on)|read more|related (?:news|articles|posts)|"
    r"tags?:|advertisement|subscribe|all rights reserved|©|copyright)",
    re.IGNORECASE,
)
# A heading whose lines after it are links to other stories, however few.
_LINKS_HEADING = re.compile(r"^\s*(?:read more|read also|also read|see also|related(?: news| articles| "
                            r"posts| stories)?|more (?:news|stories)|you may also like)\s*:?\s*$",
                            re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")

ErrorHandler = Callable[[ArticleError], None]


def find_article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every article file under ``paths`` (files as given, folders walked recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root, f) for f in files
                          if not f.startswith(".") and f.lower().endswith(SUFFIXES)]
            yield from sorted(found)
        else:
            yield path


def read_articles(
    paths: Iterable[str | Path], on_error: ErrorHandler | None = None
) -> Iterator[Article]:
    """Yield the articles found under ``paths``, one at a time.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a1.txt").write_text(" date 2021-05-20\\nTalks in Dushanbe\\n\\nThey met.\\n")
    >>> [(a.id, a.date, a.title) for a in read_articles([d])]
    [('a1', '2021-05-20', 'Talks in Dushanbe')]
    """
    for path in find_article_files(paths):
        try:
            if path.suffix.lower() == ".jsonl":
                yield from _read_jsonl(path, on_error)
            else:
                yield from _read_file(path)
        except ArticleError as exc:
            if on_error is None:
                raise
            on_error(exc)


def _open_error(path: Path, exc: OSError) -> ArticleError:
    if not path.exists():
        return ArticleError(str(path), "no such file or folder")
    if isinstance(exc, PermissionError):
        return ArticleError(str(path), "permission denied")
    if isinstance(exc, IsADirectoryError):
        return ArticleError(str(path), "is a folder")
    return ArticleError(str(path), f"cannot be read ({exc.strerror or exc})")


def _read_file(path: Path) -> Iterator[Article]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(str(path), f"file of {size:,} bytes is too large for one article "
                               f"(limit {MAX_BYTES:,}); split it, or give it as JSON Lines")
        data = path.read_bytes()
    except OSError as exc:
        raise _open_error(path, exc) from None
    text = decode_bytes(data, str(path))
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(text):
        text = html_to_text(text)
    article = parse_article(path.stem, text, path=str(path))
    if not article.text.strip():
        raise ArticleError(str(path), "no article text (the file is empty or only boilerplate)")
    yield article


def _read_jsonl(path: Path, on_error: ErrorHandler | None) -> Iterator[Article]:
    """One article per line, read a line at a time: a feed of any size costs one line of
    memory, and a bad line is reported (``on_error``) without losing the lines after it."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from None
    with stream:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                yield _jsonl_article(path, number, raw)
            except ArticleError as exc:
                if on_error is None:
                    raise
                on_error(exc)


def _jsonl_article(path: Path, number: int, raw: bytes) -> Article:
    where = f"{path}:{number}"
    if len(raw) > MAX_BYTES:
        raise ArticleError(where, f"line of {len(raw):,} bytes is too large for an article")
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ArticleError(where, "not UTF-8 (JSON Lines must be UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise ArticleError(where, f"not a JSON line ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleError(where, 'a JSON line needs a "text" string')
    article_id = str(record.get("id") or f"{path.stem}-{number}")
    body = record["text"]
    if record.get("title"):
        body = f"{record['title']}\n\n{body}"
    article = parse_article(article_id, body, path=where)
    article.date = _iso_date(record.get("date")) or article.date
    if record.get("title"):
        article.title = str(record["title"])
    if not article.text.strip():
        raise ArticleError(where, "no article text")
    return article


def decode_bytes(data: bytes, where: str = "<bytes>") -> str:
    """Decode an article's bytes: BOMs honoured, UTF-8 first, then Windows-1252/Latin-1.

    Raise :class:`ArticleError` for empty or binary data.
    """
    if not data.strip():
        raise ArticleError(where, "empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleError(where, f"broken {codec} text ({exc.reason})") from None
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05:
        raise ArticleError(where, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_article(article_id: str, raw: str, path: str = "") -> Article:
    """Split raw text into date, title, byline, dateline and the cleaned body."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = raw.split("\n")
    article_date = None
    byline = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _DATE_LINE.match(line)
        if m:
            article_date = _iso_date(m.group(1))
            lines[i] = line[m.end():]
        break
    kept: list[str] = []
    links_from = None  # where the last "Read more:" heading was
    for line in lines:
        m = _BYLINE.match(line)
        if m and byline is None and not kept:
            byline = m.group(1)
            continue
        if _LINKS_HEADING.match(line):
            links_from = len(kept)
            continue
        if _BOILERPLATE.match(line) or _is_spam(line):
            continue
        kept.append(line.rstrip())
    kept = _drop_trailing_link_list(kept, links_from)
    text = "\n".join(kept).strip("\n")
    first = next((ln.strip() for ln in kept if ln.strip()), "")
    title = first if first and not _SENTENCE_END.search(first) and len(first.split()) <= 25 else ""
    title = title.lstrip("-–— ").strip()
    dateline = None
    m = _DATELINE.match(first) if first else None
    if m and m.group(1).isupper() and len(m.group(1)) > 2:
        dateline = m.group(1)
    if article_date is None:
        article_date = _published_date(raw)
    return Article(article_id, path, title, article_date, text, byline, dateline)


def _is_spam(line: str) -> bool:
    """Keyword-stuffed paragraphs: many words and next to no sentence punctuation."""
    words = line.split()
    if len(words) < 60:
        return False
    stops = len(re.findall(r"[.!?;:]", line))
    return stops * 40 < len(words)


def _drop_trailing_link_list(lines: list[str], links_from: int | None = None) -> list[str]:
    """Drop a run of short unpunctuated lines at the end: a page's link list or menu (one
    line is enough after a "Read more:" heading at ``links_from``)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start:
        line = lines[start - 1].strip()
        if line and (_SENTENCE_END.search(line) or len(line.split()) > 20):
            break
        start -= 1
    block = [ln for ln in lines[start:end] if ln.strip()]
    after_heading = links_from is not None and start <= links_from
    return lines[:start] if len(block) >= 2 or (block and after_heading) else lines[:end]


def _published_date(raw: str) -> str | None:
    m = _PUBLISHED.search(raw)
    if not m:
        return None
    if m.group(1):
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        mo, d, y = m.group(4), m.group(5), m.group(6)
    return _iso_date(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}")


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</p>" in head)


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "title", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its text, one block a paragraph; scripts and menus dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
