"""A document's tokens as plain Python lists, made once per document.

Indexing a spaCy ``Doc`` makes a new ``Token`` object each time; the rules look at every token
many times, so they read these lists instead (about ten times cheaper, see the benchmarks).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

__all__ = ["TokenTable", "token_table", "sentence_bounds"]


@dataclass
class TokenTable:
    texts: list[str]  # Token.text
    spaces: list[str]  # Token.whitespace_
    lowers: list[str]  # Token.lower_
    starts: list[int]  # Token.idx

    @cached_property
    def text(self) -> str:
        """``doc.text``."""
        return "".join(map(str.__add__, self.texts, self.spaces))

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if end <= start:
            return ""
        inner = zip(self.texts[start:end - 1], self.spaces[start:end - 1])
        return "".join(t + s for t, s in inner) + self.texts[end - 1]


def token_table(doc: Doc) -> TokenTable:
    """The table of ``doc``, kept in ``doc.user_data`` so every component shares one."""
    table = doc.user_data.get("graphkit_tokens")
    if table is None or len(table.texts) != len(doc):
        strings = doc.vocab.strings
        orth, space, idx = (doc.to_array([ORTH, SPACY, IDX]).T.tolist() if len(doc)
                            else ([], [], []))
        texts = [strings[h] for h in orth]
        table = TokenTable(texts, [" " if s else "" for s in space],
                           [t.lower() for t in texts], idx)
        doc.user_data["graphkit_tokens"] = table
    return table


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``[(s.start, s.end) for s in doc.sents]``, without making a Span per sentence; kept in
    ``doc.user_data`` once the pipeline has set the sentence starts."""
    bounds = doc.user_data.get("graphkit_sentences")
    if bounds is None:
        flags = doc.to_array([SENT_START]).tolist() if len(doc) else []
        starts = [i for i, flag in enumerate(flags) if flag == 1 or i == 0]
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        doc.user_data["graphkit_sentences"] = bounds
    return bounds
