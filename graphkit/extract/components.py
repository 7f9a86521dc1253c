"""graphkit's spaCy components, registered by name (all registrations live in this file).

- ``graphkit_sentences``: sentence starts at line breaks and after sentence punctuation.
- ``graphkit_gazetteer``: countries, demonyms, cities, organizations and titles from the
  data files, as phrase patterns (cheap at any size); spans in ``doc.spans["gazetteer"]``,
  each with its ``id_`` (``country:TJK``, ``org:SCO``, ``city:TJK``, ``title:minister``).
  The rules read them as :func:`gazetteer_spans`, plain values made once per document.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .lexicon import load_lexicon
from .tokens import doc_cache, token_table

__all__ = ["SentenceSplitter", "Gazetteer", "GazetteerSpan", "gazetteer_spans"]

_SENT_END = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "»"}
_OPENERS = set("“\"‘'(")
_BOUNDARY = _SENT_END | _CLOSERS


class SentenceSplitter:
    """Sentence starts: after a line break, and after . ! ? (and closing quotes) before a capital."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = token_table(doc)
        starts = self.starts(table.texts, table.spaces)
        # one array write: setting Token.is_sent_start one by one re-checks the whole doc
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc

    @staticmethod
    def starts(texts: list[str], spaces: list[str]) -> list[int]:
        """1 where a sentence starts, -1 elsewhere (spaCy's SENT_START values).

        >>> SentenceSplitter.starts(["He", "left", ".", "Then", "U.S", ".", "x", "\\n", "y"],
        ...                         [" ", "", " ", " ", "", " ", "", "", ""])
        [1, -1, -1, 1, -1, -1, -1, -1, 1]
        """
        out = [-1] * len(texts)
        if out:
            out[0] = 1
        # only a token after a stop, a closing quote or a line break can start a sentence
        after = [i + 1 for i, t in enumerate(texts[:-1]) if t in _BOUNDARY or "\n" in t]
        for i in after:
            prev, tok = texts[i - 1], texts[i]
            if prev.isspace() and "\n" in prev:
                out[i] = 1  # a line break
                continue
            if tok.isspace():
                continue
            j = i - 1
            while j > 0 and texts[j] in _CLOSERS:
                j -= 1
            if texts[j] not in _SENT_END:
                continue
            if not spaces[i - 1] and (j == i - 1 or prev not in _CLOSERS):
                continue  # "U.S.A", "3.5": no space after the stop
            first = tok[:1]
            if first.isupper() or first.isdigit() or first in _OPENERS:
                out[i] = 1
        return out


class Gazetteer:
    """Phrase patterns from the data files, written to ``doc.spans["gazetteer"]``."""

    def __init__(self, nlp: Language) -> None:
        lex = load_lexicon()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc
        by_key: dict[str, list[str]] = {}
        for form, (iso3, kind) in lex.country_forms.items():
            label = "COUNTRY" if kind == "name" else "DEMONYM"
            by_key.setdefault(f"{label}|country:{iso3}", []).append(form)
        for form, org_id in lex.organization_forms.items():
            by_key.setdefault(f"ORG|org:{org_id}", []).append(form)
        for city, iso3 in lex.city_forms.items():
            by_key.setdefault(f"CITY|city:{iso3}", []).append(city)
        # wire copy files from "DHAKA, July 10 (BSS) -": the dateline shouts the city (or the
        # city-state, "KUWAIT, Feb 18 (KUNA)")
        for shouted, city in lex.shouted_cities.items():
            by_key[f"CITY|city:{lex.city_forms[city]}"].append(shouted)
        for shouted, name in lex.shouted_countries.items():
            by_key[f"COUNTRY|country:{lex.country_forms[name][0]}"].append(shouted)
        for key, forms in by_key.items():
            self.exact.add(key, [make(f) for f in _with_both_apostrophes(forms)])
        for title, kind in lex.titles.items():
            variants = {title, title.title(), title.capitalize()}
            self.folded.add(f"TITLE|title:{kind}", [make(v) for v in sorted(variants)])
        # by match id, the span's label and id, as hashes: a Span made from strings looks
        # each up, for each of the thousands of matches a long article has
        strings = nlp.vocab.strings
        self.span_keys: dict[int, tuple[int, int]] = {}
        self.names: dict[int, str] = {}  # the strings of those hashes
        for key in [*by_key, *(f"TITLE|title:{kind}" for kind in lex.titles.values())]:
            label, span_id = key.split("|", 1)
            self.span_keys[strings.add(key)] = (strings.add(label), strings.add(span_id))
            self.names.update({strings.add(label): label, strings.add(span_id): span_id})
        self.title_label = strings.add("TITLE")

    def __call__(self, doc: Doc) -> Doc:
        table = token_table(doc)
        found = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                label, span_id = self.span_keys[match_id]
                if label == self.title_label and _shouted(table.texts[start:end]):
                    continue
                found.append((start, end, label, span_id))
        kept = longest_first(found)
        doc.spans["gazetteer"] = [Span(doc, start, end, label=label, span_id=span_id)
                                  for start, end, label, span_id in kept]
        names = self.names
        doc_cache(doc)["gazetteer"] = [
            GazetteerSpan(start, end, names[label], names[span_id], table.span_text(start, end))
            for start, end, label, span_id in kept]
        return doc


class GazetteerSpan(NamedTuple):
    """A span of ``doc.spans["gazetteer"]`` as the rules read it: its start and end token,
    label, id and text, as plain values (a spaCy ``Span`` looks its label and id up in the
    string store at every reading, and the rules read them again and again)."""

    start: int
    end: int
    label_: str
    id_: str
    text: str


def gazetteer_spans(doc: Doc) -> list[GazetteerSpan]:
    """``doc.spans["gazetteer"]`` as :class:`GazetteerSpan` values, in order, kept by
    :func:`~graphkit.extract.tokens.doc_cache` (the gazetteer writes them beside its spans).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("graphkit_sentences"), nlp.add_pipe("graphkit_gazetteer")
    >>> [(s.label_, s.id_, s.text) for s in gazetteer_spans(nlp("The President of Kazakhstan"))]
    [('TITLE', 'title:head', 'President'), ('COUNTRY', 'country:KAZ', 'Kazakhstan')]
    """
    group = doc.spans.get("gazetteer", [])
    cache = doc_cache(doc)
    spans = cache.get("gazetteer")
    if spans is None or len(spans) != len(group):
        span_text = token_table(doc).span_text
        spans = cache["gazetteer"] = [
            GazetteerSpan(s.start, s.end, s.label_, s.id_, span_text(s.start, s.end))
            for s in group]
    return spans


def _with_both_apostrophes(forms: list[str]) -> list[str]:
    """Each form, and its spelling with the other apostrophe: news writes "People’s Republic of
    China" as often as "People's", and phrase patterns match tokens exactly (without it, the
    "Republic of China" inside was Taiwan).

    >>> _with_both_apostrophes(["People's Republic of China", "Chad"])
    ["People's Republic of China", 'Chad', 'People’s Republic of China']
    """
    other = [f.replace("'", "’") if "'" in f else f.replace("’", "'") for f in forms
             if "'" in f or "’" in f]
    return list(dict.fromkeys(forms + other))


def longest_first(spans: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """spaCy's ``filter_spans`` on (start, end, ...) tuples: of overlapping spans the (first)
    longest is kept, in the order of their starts.

    >>> longest_first([(0, 1, "a"), (0, 2, "b"), (1, 3, "c"), (3, 4, "d")])
    [(0, 2, 'b'), (3, 4, 'd')]
    """
    kept, seen = [], set()
    for span in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        start, end = span[0], span[1]
        if start not in seen and end - 1 not in seen:
            kept.append(span)
            seen.update(range(start, end))
    return sorted(kept, key=lambda s: s[0])


def _shouted(words: list[str]) -> bool:
    """An all-capitals word longer than an abbreviation ("NUR-SULTAN") is no title ("H.E."
    is an abbreviation)."""
    return any(w.isupper() and len(w) > 3 and "." not in w for w in words)


@Language.factory("graphkit_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


@Language.factory("graphkit_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp)
