"""Regular expressions that rule a text out before they search it.

The rules search every sentence for trigger after trigger ("signed", "trade", "attended by"),
and most sentences hold none of them. Python's ``re`` tries a pattern at every position of
the text, while ``str.__contains__`` scans for a word many times faster, so
:func:`compile` reads from the pattern itself the words one of which every match must
contain (its *needles*), and a text with none of them is answered without searching it.
The answers are exactly those of ``re``: the needles are a necessary condition, read from
the parsed pattern, never written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

try:  # the parser behind re.compile: re._parser from Python 3.11, sre_parse before
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

__all__ = ["Pattern", "Trigger", "compile", "lower", "needles"]

# a needle shorter than this is in most sentences, as is one made of English's commonest
# words ("in the "): checking it costs more than it saves
_SHORTEST_USEFUL = 3
_COMMONEST_WORDS = frozenset("the of and to a in is was for on that with by as at it from "
                             "be has have said its an are".split())
_MOST_CHOICES = 16  # "[Cc]ompan[iy]": spelt-out choices kept for one run of literals
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)} - {None}
# the letters re.IGNORECASE matches to an ASCII letter that str.lower() does not give one:
# dotless ı and long ſ (matched as "i" and "s"), and İ (lowered to "i" and a combining dot)
_FOLDS_TO_ASCII = re.compile("[ıſİ]")

Needles = frozenset[str]


def needles(pattern: str, flags: int = 0) -> Needles | None:
    """Lower-case words one of which is in the lower-cased text of every match of
    ``pattern``, or None where the pattern does not say (``\\w+``).

    >>> sorted(needles(r"\\b(?:signed|signs|sign|inked)\\b"))
    ['inked', 'sign']
    >>> sorted(needles(r"\\b[Cc]ompanies,?\\s+(?:including|such as)\\s+"))
    ['companies']
    >>> sorted(needles(r"\\d+\\s*(?:million|billion)"))
    ['billion', 'million']
    >>> needles(r"\\d+\\s*(?:million|billion)?") is None  # every word of it may be missing
    True
    """
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None
    found = _sequence(list(parsed))
    if found is None:
        return None
    # a needle holding another is redundant: "sign" is in "signed"
    return frozenset(n for n in found if not any(m != n and m in n for m in found))


def _sequence(items: list) -> set[str] | None:
    """The best needles of a sequence: its longest run of literals, or one item's needles."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for op, arg in items:
        chars = _literal(op, arg)
        if chars is not None and len(run) * len(chars) <= _MOST_CHOICES:
            run = {r + c for r in run for c in chars}
            continue
        if op in _ZERO_WIDTH:
            continue  # "\bmet\b": a boundary takes no character, the run goes on
        if run != {""}:
            candidates.append(run)
        run = {""} if chars is None else set(chars)
        inner = _item(op, arg)
        if inner is not None:
            candidates.append(inner)
    if run != {""}:
        candidates.append(run)
    return max(candidates, key=_selectivity, default=None)


def _selectivity(choices: set[str]) -> tuple[bool, int, int]:
    return (_useful(choices), min(_SHORTEST_USEFUL + 1, min(map(len, choices))), -len(choices))


def _useful(choices: Iterable[str]) -> bool:
    """Whether checking for ``choices`` rules out most sentences: no choice is short or made
    only of the commonest words.

    >>> _useful({"attended by", "in attendance"}), _useful({"in the ", "covering"})
    (True, False)
    """
    return all(len(c) >= _SHORTEST_USEFUL and not _COMMONEST_WORDS.issuperset(c.split())
               for c in choices)


def _literal(op, arg) -> set[str] | None:
    """The lower-case characters one character of the pattern can be, if all are ASCII."""
    if op is _sre.LITERAL:
        return {chr(arg).lower()} if arg < 128 else None
    if op is _sre.IN and all(o is _sre.LITERAL and a < 128 for o, a in arg):
        return {chr(a).lower() for _, a in arg}
    return None


def _item(op, arg) -> set[str] | None:
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, inner = arg
        if (add_flags | del_flags) & (re.IGNORECASE | re.ASCII | re.LOCALE):
            return None  # "(?i:...)" inside: the case rules change, so say nothing
        return _sequence(list(inner))
    if op is _sre.BRANCH:
        choices: set[str] = set()
        for branch in arg[1]:
            found = _sequence(list(branch))
            if found is None:
                return None
            choices |= found
        return choices
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(list(arg[2]))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    return None


class Pattern:
    """A compiled pattern with :func:`needles`: the methods of ``re.Pattern`` the rules use,
    with the same answers, each first checking that the text holds a needle.

    >>> p = compile(r"\\b(?:was|were) attended by\\b", re.IGNORECASE)
    >>> p.search("The talks were ATTENDED BY the ministers").group()
    'were ATTENDED BY'
    >>> p.search("The talks went well") is None
    True
    """

    def __init__(self, regex: re.Pattern, needles: Needles) -> None:
        self.regex = regex
        self.pattern, self.flags = regex.pattern, regex.flags
        self.needles = tuple(sorted(needles, key=len, reverse=True))
        self.folds = bool(regex.flags & re.IGNORECASE)
        # the rules ask one sentence for one pattern more than once: the last answer, kept
        # as one tuple so that threads read a text with its own answer
        self._searched: tuple[str | None, re.Match | None] = (None, None)

    def absent(self, text: str) -> bool:
        """Whether ``text`` holds none of the needles, and so no match."""
        global _last_lowered
        last, lowered = _last_lowered  # lower(text), inlined: this runs for every sentence
        if text is not last and text is not lowered:
            lowered = text.lower()
            _last_lowered = (text, lowered)
        for needle in self.needles:
            if needle in lowered:
                return False
        # the three letters re.IGNORECASE folds otherwise than str.lower()
        return not (self.folds and not text.isascii() and _FOLDS_TO_ASCII.search(text))

    def search(self, text: str, *args) -> re.Match | None:
        if args:
            return None if self.absent(text) else self.regex.search(text, *args)
        searched, found = self._searched
        if searched is not text:
            found = None if self.absent(text) else self.regex.search(text)
            self._searched = (text, found)
        return found

    def match(self, text: str, *args) -> re.Match | None:
        return None if self.absent(text) else self.regex.match(text, *args)

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return None if self.absent(text) else self.regex.fullmatch(text, *args)

    def finditer(self, text: str, *args) -> Iterator[re.Match]:
        return iter(()) if self.absent(text) else self.regex.finditer(text, *args)

    def findall(self, text: str, *args) -> list:
        return [] if self.absent(text) else self.regex.findall(text, *args)

    def sub(self, repl: str | Callable[[re.Match], str], text: str, count: int = 0) -> str:
        return text if self.absent(text) else self.regex.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return [text] if self.absent(text) else self.regex.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"graphkit.extract.patterns.compile({self.pattern!r}, {self.flags!r})"


AnyPattern = Pattern | re.Pattern


def compile(pattern: str, flags: int = 0) -> AnyPattern:  # noqa: A001 - re.compile's name
    """``re.compile``, with the needle check where the pattern has useful needles (a plain
    ``re.Pattern`` where it has none, or only some that most sentences hold, which would cost
    more than they save)."""
    regex = re.compile(pattern, flags)
    found = needles(pattern, flags)
    if not found or not _useful(found):
        return regex
    return Pattern(regex, found)


_last_lowered: tuple[str, str] = ("", "")


def lower(text: str) -> str:
    """``text.lower()``, remembered for the last text: the rules search one sentence for
    pattern after pattern."""
    global _last_lowered
    last, lowered = _last_lowered
    if text is last or text is lowered:  # the lowered text is its own lower case
        return lowered
    lowered = text.lower()
    _last_lowered = (text, lowered)
    return lowered


class Trigger:
    """A trigger pattern matched on the lower-cased text: twice as fast as ``re.IGNORECASE``.
    Offsets are those of the text (lower-casing that would move them falls back to
    ``re.IGNORECASE``); the matched text is lower case.

    >>> Trigger(r"\\bmet\\b").search("They MET in Baku").span()
    (5, 8)
    """

    def __init__(self, pattern: str) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.", "", pattern)):
            raise ValueError(f"a trigger is lower case: {pattern!r}")
        self.lowered = compile(pattern)
        self.folded = compile(pattern, re.IGNORECASE)

    # each method picks the pattern inline: these are called for every sentence
    def search(self, text: str) -> re.Match | None:
        lowered = lower(text)
        if len(lowered) == len(text):
            return self.lowered.search(lowered)
        return self.folded.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        lowered = lower(text)
        if len(lowered) == len(text):
            return self.lowered.finditer(lowered)
        return self.folded.finditer(text)

    def fullmatch(self, text: str) -> re.Match | None:
        lowered = lower(text)
        if len(lowered) == len(text):
            return self.lowered.fullmatch(lowered)
        return self.folded.fullmatch(text)
