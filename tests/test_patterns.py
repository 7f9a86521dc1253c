"""The needle check and the scanning rewrite of graphkit.extract.patterns give exactly the
answers of ``re``."""

from __future__ import annotations

import random
import re
import sys

import pytest

from graphkit.articles import read_articles
from graphkit.extract import patterns
from graphkit.extract.patterns import Pattern, Trigger, needles, scanning
from tests.conftest import ROOT

RULE_MODULES = [sys.modules[f"graphkit.extract.{name}"] for name in ("entities", "relations", "values")]


def rule_patterns() -> list[Pattern]:
    """Every pattern of the rules that checks needles (a Trigger holds two)."""
    found = []
    for module in RULE_MODULES:
        for value in vars(module).values():
            if isinstance(value, Trigger):
                value = value.lowered, value.folded
            for p in value if isinstance(value, tuple) else (value,):
                if isinstance(p, Pattern):
                    found.append(p)
    return found


def test_most_rule_patterns_check_needles():
    assert len(rule_patterns()) > 100


def sample_texts() -> list[str]:
    """Sentences and clauses of the real articles, with their case changed and the letters
    ``re.IGNORECASE`` folds otherwise than ``str.lower`` put in."""
    texts = []
    for article in read_articles([ROOT / "seeds", ROOT / "tests" / "data" / "articles"]):
        for line in article.text.splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                texts += [sentence, sentence.upper()]
    texts += ["SİGNED", "sıgned", "ſigned", "attended by", "ATTENDED BY", "", "İstanbul"]
    return texts


def test_rule_patterns_find_what_re_finds():
    texts = sample_texts()
    for p in rule_patterns():
        regex = re.compile(p.pattern, p.flags)
        for text in texts:
            assert _groups(p, text) == _groups(regex, text), (p, text)


def test_rule_patterns_that_start_at_a_boundary_are_rewritten():
    starting = [p for p in rule_patterns() if p.pattern.startswith(r"\b") and not p.folds]
    rewritten = [p for p in starting if p.regex is not re.compile(p.pattern, p.flags)]
    assert len(starting) > 50 and len(rewritten) == len(starting)


def _groups(p, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text)]


@pytest.mark.parametrize("source", [
    r"\b(?:signed|inked)\b", r"\b[Cc]ompan(?:y|ies)", r"\b(?:a|b)c", r"\b(?:the|a)\s+(\w+)",
    r"\b(?P<verb>met|meets)\s+(?P<whom>\w+)", r"\b[A-Z]\w+", r"\b(?:in|at)(?:\s+the)?\s",
    r"\b(?:x|)y", r"\b(?:(?:left|leaves?) for|headed (?:on )?to)\b", r"\b\.\w", r"\b(?:ab)+c",
])
def test_scanning_answers_as_re_does(source):
    rewritten, regex = scanning(source), re.compile(source)
    assert rewritten.pattern == source and rewritten.groups == regex.groups
    assert rewritten.groupindex == regex.groupindex
    texts = ["They met Tom and signed; a company, Companies in the bc ab abc", "x.y .z",
             "left for Baku, headed on to Riga", "ac bc xy y", "", "abababc ab"]
    for text in texts:
        assert _groups(rewritten, text) == _groups(regex, text), text


def test_scanning_leaves_patterns_it_cannot_speed_up():
    for source, flags in [(r"signed", 0), (r"\bsigned", re.IGNORECASE), (r"\b\w+", 0),
                          (r"\b(?:(a)|b)c(d)", 0), (r"[Tt]he", 0)]:
        assert scanning(source, flags) is re.compile(source, flags)


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "finditer", "sub", "split"])
def test_each_method_answers_as_re_does(method):
    p = patterns.compile(r"\b(?:signed|inked)\b", re.IGNORECASE)
    for text in ["signed", "They INKED it", "They SİGNED it", "no deal", ""]:
        assert _answer(p, method, text) == _answer(p.regex, method, text), text


def _answer(p, method: str, text: str):
    if method == "finditer":
        return [m.span() for m in p.finditer(text)]
    if method == "sub":
        return p.sub("#", text)
    if method == "split":
        return p.split(text)
    m = getattr(p, method)(text)
    return m and m.span()


def test_letters_that_fold_to_ascii_are_not_ruled_out():
    # re.IGNORECASE matches "İ" and "ı" to "i", and "ſ" to "s"; str.lower() does not
    p = patterns.compile(r"\bsigned\b", re.IGNORECASE)
    assert isinstance(p, Pattern)
    for text in ["They SİGNED it", "they sıgned it", "they ſigned it"]:
        assert p.search(text) is not None
    assert p.search("they agreed") is None


def test_needles_of_pattern_shapes():
    assert needles(r"\bmet\b") == {"met"}
    assert needles(r"x(?=yy)z") == {"xz"}  # a lookahead takes no character
    assert needles(r"(?:a|bc)?def") == {"def"}  # what may be missing is no needle
    assert needles(r"(?:ab)+cde") == {"cde"}  # the longer of two needed parts
    assert needles(r"[Cc]ompan(?:y|ies)") == {"compan"}
    assert needles(r"\w+") is None
    assert needles(r"trade|\w+ing") == {"trade", "ing"}
    assert needles(r"trade|\w+") is None  # one branch says nothing: the pattern says nothing
    assert needles(r"a(?i:bc)d") == {"a"}  # a case rule changed inside: only what is outside
    assert needles(r"–\s+said") == {"said"}  # not ASCII: not lowered, so no needle


def test_random_patterns_answer_as_re_does():
    rng = random.Random(5)
    words = ["met", "sign", "ed", "the", "of", "Trade", "ÄB", "ı", "x"]
    atoms = [r"\b", r"\s", r"\w", r"[Tt]", r"[a-c]", ".", "(?=e)", "(?!d)", r"\d"]

    texts = ["they met and signed the trade deal", "THE SİGNED OF TRADE", "metsign ed x",
             "ÄB ı the Trade 4 of", "", "sıgn", "Tee the of"]
    for _ in range(3000):
        source, flags = _random_pattern(rng, words, atoms, 2), rng.choice([0, re.IGNORECASE])
        p = patterns.compile(source, flags)
        regex = re.compile(source, flags)
        for text in texts + [rng.choice(texts)[::-1]]:
            assert _answer(p, "finditer", text) == _answer(regex, "finditer", text), (source, text)
            assert _groups(scanning(source, flags), text) == _groups(regex, text), (source, text)


def test_scanning_keeps_groups_of_random_patterns():
    rng = random.Random(3)
    words = ["met", "sign", "ed", "the", "of", "trade", "äb", "x", "in"]
    atoms = [r"\b", r"\s", r"\w", r"[Tt]", r"[a-c]", ".", "(?=e)", "(?!d)", r"\d", r"(\w)",
             "(?P<n>e)"]

    texts = ["they met and signed the trade deal in x", "metsign ed x", "äb the trade 4 of", "",
             "in the fields of trade, energy"]
    rewritten = 0
    for _ in range(2000):
        source = r"\b" + _random_pattern(rng, words, atoms, 2)
        try:
            regex = re.compile(source)
        except re.error:
            continue  # a group name used twice
        fast = scanning(source)
        rewritten += fast is not regex
        for text in texts + [rng.choice(texts)[::-1]]:
            assert _groups(fast, text) == _groups(regex, text), (source, text)
    assert rewritten > 500


def _random_pattern(rng: random.Random, words: list[str], atoms: list[str], depth: int) -> str:
    """A pattern of ``words`` and ``atoms``, with groups of alternatives down to ``depth``."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(words))
        elif roll < 0.6:
            parts.append(rng.choice(atoms))
        elif roll < 0.8 and depth:
            parts.append("(?:" + "|".join(_random_pattern(rng, words, atoms, depth - 1)
                                          for _ in range(rng.randint(1, 3)))
                         + ")" + rng.choice(["", "?", "{2}"]))
        else:
            parts.append(rng.choice(words) + rng.choice(["?", "*", "+"]))
    return "".join(parts)
