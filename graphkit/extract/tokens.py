"""A document's tokens as plain Python lists, made once per document.

Indexing a spaCy ``Doc`` makes a new ``Token`` object each time; the rules look at every token
many times, so they read these lists instead (about ten times cheaper, see the benchmarks).
What is made once per document is kept by :func:`doc_cache`, beside the ``Doc``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import Any

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

__all__ = ["TokenTable", "doc_cache", "token_table", "sentence_bounds"]


@dataclass
class TokenTable:
    texts: list[str]  # Token.text
    spaces: list[str]  # Token.whitespace_
    lowers: list[str]  # Token.lower_
    starts: list[int]  # Token.idx

    @cached_property
    def text(self) -> str:
        """``doc.text``."""
        return "".join(chain.from_iterable(zip(self.texts, self.spaces)))

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if end - start == 1:  # most spans asked for are one word
            return self.texts[start]
        if end <= start:
            return ""
        inner = zip(self.texts[start:end - 1], self.spaces[start:end - 1])
        return "".join(chain.from_iterable(inner)) + self.texts[end - 1]


# by id(doc), and not in doc.user_data, which spaCy writes out with the Doc (Doc.to_bytes,
# DocBin, nlp.pipe with n_process) and could not write these in (a Doc read back makes them
# again); each entry goes when its Doc does, before its id can be another's
_PER_DOC: dict[int, tuple[weakref.ref, dict[str, Any]]] = {}


def doc_cache(doc: Doc) -> dict[str, Any]:
    """What graphkit makes once per document (its token table, sentence bounds, gazetteer
    spans), by name; gone with the document."""
    global _last
    last = _last  # the rules ask of one document at a time, many times
    if last[0]() is doc:
        return last[1]
    key = id(doc)
    kept = _PER_DOC.get(key)
    if kept is None:
        kept = _PER_DOC[key] = (weakref.ref(doc, lambda _: _PER_DOC.pop(key, None)), {})
    _last = kept
    return kept[1]


_last: tuple[Any, dict[str, Any]] = (lambda: None, {})  # (a weak reference, its cache)


def token_table(doc: Doc) -> TokenTable:
    """The table of ``doc``, made once so that every component and rule shares one."""
    cache = doc_cache(doc)
    table = cache.get("tokens")
    if table is None or len(table.texts) != len(doc):
        orth, space, idx = (doc.to_array([ORTH, SPACY, IDX]).T.tolist() if len(doc)
                            else ([], [], []))
        texts, lowers = _words_of(orth, doc.vocab.strings)
        table = cache["tokens"] = TokenTable(texts, [" " if s else "" for s in space], lowers, idx)
    return table


# by hash, the text and lower case of the words seen: the string store decodes a new string
# at each lookup, and a stream's articles repeat most of their words (a hash is the same
# string's in every store)
_WORDS: dict[int, tuple[str, str]] = {}
_MOST_WORDS = 200_000  # a stream's new names would grow it without end


def _words_of(hashes: list[int], strings) -> tuple[list[str], list[str]]:
    words = _WORDS
    if len(words) > _MOST_WORDS:
        words.clear()
    texts: list[str] = []
    lowers: list[str] = []
    add_text, add_lower = texts.append, lowers.append
    for h in hashes:
        word = words.get(h)
        if word is None:
            text = strings[h]
            word = words[h] = (text, text.lower())
        add_text(word[0])
        add_lower(word[1])
    return texts, lowers


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start, s.end) for s in doc.sents]``, without making a Span per sentence; kept in
    :func:`doc_cache` once the pipeline has set the sentence starts."""
    cache = doc_cache(doc)
    bounds = cache.get("sentences")
    if bounds is None:
        flags = doc.to_array([SENT_START]).tolist() if len(doc) else []
        starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        cache["sentences"] = bounds
    return bounds
