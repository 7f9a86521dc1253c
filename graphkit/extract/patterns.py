"""Regular expressions that rule a text out before they search it.

The rules search every sentence for trigger after trigger ("signed", "trade", "attended by"),
and most sentences hold none of them. Python's ``re`` tries a pattern at every position of
the text, while ``str.__contains__`` scans for a word many times faster, so
:func:`compile` reads from the pattern itself the words one of which every match must
contain (its *needles*), and a text with none of them is answered without searching it.
The answers are exactly those of ``re``: the needles are a necessary condition, read from
the parsed pattern, never written by hand.

Where a text holds a needle, :func:`scanning` makes the search itself faster: most rule
patterns start with a word boundary (``\\bsigned``), which keeps ``re`` from scanning ahead
for a pattern's first letters, so the boundary is moved behind them, with the same matches.
"""

from __future__ import annotations

import _sre as _sre_engine
import re
from collections.abc import Callable, Iterable, Iterator

try:  # the parser and compiler behind re.compile: re._parser from Python 3.11, sre_parse before
    from re import _compiler as _sre_compiler
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

__all__ = ["Pattern", "Trigger", "compile", "lower", "needles", "scanning"]

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
    regex = scanning(pattern, flags)
    found = needles(pattern, flags)
    if not found or not _useful(found):
        return regex
    return Pattern(regex, found)


_BOUNDARY = (_sre.AT, _sre.AT_BOUNDARY)
_MOST_BRANCHES = 64  # spelt-out alternatives of one pattern: more would cost more than scanning
_MOST_SPELT_CHOICES = 8  # "[Cc]ompan": a class of this many letters is spelt out, one per branch


def scanning(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, rewritten so that ``re`` skips ahead to where a match
    can start, for a pattern that starts with a word boundary: the same matches, groups and
    ``pattern``.

    ``re`` finds where a match can start by scanning for its first characters, but only
    when the pattern starts with one; ``\\b(?:signed|inked)`` starts with a boundary, so
    ``re`` tries the whole pattern at every position of the text, about twice as slow. The
    boundary moves behind the first character, which it then checks looking back:
    ``s(?<=\\bs)igned|i(?<=\\bi)nked``. Alternatives are spelt out where needed
    (``\\b(?:a|b)c`` is ``a(?<=\\ba)c|b(?<=\\bb)c``, tried in the same order); a pattern of
    another shape, or one whose case is folded (``re`` cannot scan for a folded letter), is
    compiled as it is.

    >>> scanning(r"\\b(?:signed|inked)\\b").search("they cosigned and inked it").span()
    (18, 23)
    >>> scanning(r"\\b(?:signed|inked)\\b").pattern
    '\\\\b(?:signed|inked)\\\\b'
    """
    regex = re.compile(pattern, flags)
    if regex.flags & (re.IGNORECASE | re.LOCALE):
        return regex
    try:
        tree = _sre_parser.parse(pattern, flags)
        if _sre_compiler._get_literal_prefix(tree, flags)[0] or \
                _sre_compiler._get_charset_prefix(tree, flags):
            return regex  # re scans for its start already
        branches = _first_characters(list(tree.data), tree.state, False)
        if branches is None or len(branches) > 1 and any(
                b[0][0] is not _sre.LITERAL for b in branches):
            return regex
        tree.data = branches[0] if len(branches) == 1 else [
            (_sre.BRANCH, (None, [_sre_parser.SubPattern(tree.state, b) for b in branches]))]
        tree.width = None
        return _compiled(tree, pattern, flags)
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - another re
        return regex


def _first_characters(items: list, state, boundary: bool) -> list[list] | None:
    """The sequence ``items`` as branches tried in the same order, each starting with the
    one character it takes first, then (if ``boundary``) the word boundary before that
    character, checked looking back; None where a branch would not start so."""
    if not items:
        return None
    (op, arg), rest = items[0], items[1:]
    if (op, arg) == _BOUNDARY:
        return _first_characters(rest, state, True)
    if op is _sre.IN and len(arg) <= _MOST_SPELT_CHOICES and all(
            o is _sre.LITERAL for o, _ in arg):
        return [_starting(item, rest, state, boundary) for item in arg]
    if op is _sre.LITERAL or op is _sre.IN:
        return [_starting((op, arg), rest, state, boundary)]
    if op is _sre.SUBPATTERN:
        group, add_flags, del_flags, inner = arg
        if group is not None or add_flags or del_flags:
            return None
        return _first_characters(list(inner) + rest, state, boundary)
    if op is _sre.BRANCH and not _has_groups(rest):
        branches: list[list] = []
        for branch in arg[1]:
            found = _first_characters(list(branch) + rest, state, boundary)
            if found is None:
                return None
            branches += found
        return branches if len(branches) <= _MOST_BRANCHES else None
    return None


def _starting(first: tuple, rest: list, state, boundary: bool) -> list:
    if not boundary:
        return [first, *rest]
    behind = _sre_parser.SubPattern(state, [_BOUNDARY, first])
    return [first, (_sre.ASSERT, (-1, behind)), *rest]


def _has_groups(items) -> bool:
    """Whether ``items`` capture a group: spelt out twice, it would be captured twice."""
    for op, arg in items:
        if op is _sre.SUBPATTERN and arg[0] is not None:
            return True
        if op is _sre.GROUPREF or op is _sre.GROUPREF_EXISTS:
            return True
        children = []
        if op is _sre.SUBPATTERN:
            children = [arg[3]]
        elif op is _sre.BRANCH:
            children = arg[1]
        elif op in _REPEATS:
            children = [arg[2]]
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            children = [arg[1]]
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            children = [arg]
        if any(_has_groups(child) for child in children):
            return True
    return False


def _compiled(tree, pattern: str, flags: int) -> re.Pattern:
    """``re._compiler.compile`` of a parsed ``tree``, keeping the source ``pattern``."""
    code = _sre_compiler._code(tree, flags)
    index_group = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        index_group[index] = name
    return _sre_engine.compile(pattern, flags | tree.state.flags, code, tree.state.groups - 1,
                               tree.state.groupdict, tuple(index_group))


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
