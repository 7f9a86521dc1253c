"""Amounts of money and dates, normalised: "$1.2 bn" -> 1200000000.0, "May 19" -> "2021-05-19"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from . import patterns

__all__ = ["Money", "find_money", "find_dates", "resolve_year"]

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
          "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_RE = r"(thousand|trillion|billion|million|mln|bln|mn|bn|tn|m|b|k)\b\.?"
_USD_BEFORE = patterns.compile(
    r"(?:US\s?\$|USD|U\.S\.\s?\$|(?<![A-Za-z])\$)\s?" + _NUM + r"(?:[\s-]?" + _SCALE_RE + r")?",
    re.IGNORECASE)
_USD_AFTER = patterns.compile(
    _NUM + r"\s?" + _SCALE_RE + r"?\s*(?:US|U\.S\.|American)?\s*(?:dollars?|USD)\b", re.IGNORECASE)
_DIGIT = patterns.compile(r"\d")
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_DATE_MDY = patterns.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DATE_DMY = patterns.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?\b")
_YEAR = patterns.compile(r"\b(?:in|since|of|from|for)\s+(19\d\d|20\d\d)\b")
# "in 2018", "for the fiscal year 2018", "in January-November 2023", "in the first half of 2023"
_FIGURE_YEAR = patterns.compile(r"\b(?:[Ii]n|[Ff]or|of|[Dd]uring)\s+(?:the\s+(?:year|fiscal year)\s+|"
                                r"(?:the\s+first\s+|the\s+second\s+)?(?:half|quarter|months?)\s+of\s+|"
                                + _MONTH + r"(?:\s*[-–]\s*" + _MONTH + r")?\s+)?(?P<year>19\d\d|20\d\d)\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True)
class Money:
    """An amount in US dollars found at ``start:end`` of a text."""

    value_usd: float
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    """Every US-dollar amount in ``text``.

    >>> [m.value_usd for m in find_money("trade reached $800 million, up from US$ 3,150 million")]
    [800000000.0, 3150000000.0]
    >>> [m.value_usd for m in find_money("5.009 billion US dollar and USD 227 mln and $4.5bn")]
    [5009000000.0, 227000000.0, 4500000000.0]
    >>> find_money("trade reached $4.1 billion")[0].value_usd
    4100000000.0
    >>> find_money("a $2-billion investment fund")[0].value_usd  # the figure as an adjective
    2000000000.0
    >>> find_money("trade of A$25 billion, or NZ$3 billion")  # Australian, New Zealand dollars
    []
    """
    found: dict[int, Money] = {}
    # every amount has a digit and a "$", "USD" or "dollar": most sentences, cheaply ruled out
    if not _DIGIT.search(text):
        return []
    lowered = text.lower()
    if "$" not in text and "usd" not in lowered and "dollar" not in lowered:
        return []
    for pattern in (_USD_BEFORE, _USD_AFTER):
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end()
                   for f in found.values()):
                continue
            scale = _SCALE.get((m.group(2) or "").lower().rstrip("."), 1.0)
            # in decimal, so that "$4.1 billion" is 4100000000.0, not 4.1 * 1e9 = 4099999999.9999995
            value = float(Decimal(m.group(1).replace(",", "")) * Decimal(scale))
            found[m.start()] = Money(value, m.start(), m.end())
    return [found[k] for k in sorted(found)]


def find_dates(text: str, article_date: str | None) -> list[tuple[str, int]]:
    """Dates in ``text`` as ISO strings (year-only where only a year is given), with offsets.

    >>> find_dates("began his visit May 19 and left on 12 October", "2021-05-20")
    [('2021-05-19', 16), ('2021-10-12', 35)]
    """
    return list(_dates(text, article_date))


@lru_cache(maxsize=1024)  # the rules of one sentence ask for its dates several times
def _dates(text: str, article_date: str | None) -> tuple[tuple[str, int], ...]:
    ref = _parse_iso(article_date)
    out: list[tuple[str, int]] = []
    for m in _DATE_MDY.finditer(text):
        out.append((_ymd(m.group(3), m.group(1), m.group(2), ref), m.start()))
    for m in _DATE_DMY.finditer(text):
        if not any(abs(m.start() - s) < 3 for _, s in out):
            out.append((_ymd(m.group(3), m.group(2), m.group(1), ref), m.start()))
    lowered = text.lower()
    if ref:
        for word, delta in (("yesterday", -1), ("today", 0)):
            i = lowered.find(word)
            if i >= 0:
                out.append(((ref + timedelta(days=delta)).isoformat(), i))
        for n, day in enumerate(_WEEKDAYS):
            i = lowered.find(f"on {day}")
            if i >= 0:
                back = (ref.weekday() - n) % 7
                out.append(((ref - timedelta(days=back)).isoformat(), i))
    for m in _YEAR.finditer(text):
        if not any(s <= m.start(1) <= s + 20 for _, s in out):
            out.append((m.group(1), m.start(1)))
    return tuple(sorted((d, s) for d, s in out if d))


def resolve_year(text: str, article_date: str | None) -> int | None:
    """The year a figure refers to: "in 2018" -> 2018; "last year" -> the article's year - 1.

    >>> resolve_year("$544 million in January-November 2023", None)
    2023
    >>> resolve_year("In 2012, the bilateral trade volume was more than $12 billion", None)
    2012
    """
    m = _FIGURE_YEAR.search(text)
    if m:
        return int(m.group("year"))
    ref = _parse_iso(article_date)
    if ref and re.search(r"\blast year|\bpast year|\bprevious year", text, re.IGNORECASE):
        return ref.year - 1
    if ref and re.search(r"\bthis year\b", text, re.IGNORECASE):
        return ref.year
    return None


def _ymd(year: str | None, month: str, day: str, ref: date | None) -> str | None:
    mon = _MONTHS.get(month.lower().rstrip(".")[:4]) or _MONTHS.get(month.lower()[:3])
    if mon is None or not 1 <= int(day) <= 31:
        return None
    if year:
        y = int(year)
    elif ref:
        y = ref.year
    else:
        return None
    try:
        return date(y, mon, int(day)).isoformat()
    except ValueError:
        return None


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
