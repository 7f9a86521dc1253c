"""Building the spaCy pipeline: blank English plus graphkit's components, or a pretrained base."""

from __future__ import annotations

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from ..errors import GraphkitError
from . import components  # noqa: F401  (registers the factories)

__all__ = ["build_nlp"]


def build_nlp(model: str | None = None) -> Language:
    """Return the extraction pipeline.

    With ``model`` (an installed package name or a path), its own components run first and
    its entities join the rule-based ones; otherwise ``spacy.blank("en")`` is the base.
    Nothing is downloaded.
    """
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise GraphkitError(f"cannot load spaCy pipeline {model!r}: {exc}") from None
        # graphkit's sentence rules set the boundaries before a parser or senter could
        nlp.add_pipe("graphkit_sentences", first=True)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("graphkit_sentences")
    nlp.add_pipe("graphkit_gazetteer")
    nlp.max_length = 25_000_000
    drop_whitespace_special_cases(nlp.tokenizer)
    return nlp


def drop_whitespace_special_cases(tokenizer: Tokenizer) -> None:
    """Remove the special cases that only say a whitespace character is one token.

    The tokens stay the same (whitespace is split off anyway), but spaCy stops caching a
    document's words once any special case has matched in it (``_save_cached`` in spaCy's
    ``tokenizer.pyx``), so an article whose title ends with a single line break was tokenized
    word by word through the affix rules: about four times slower on real articles.
    Special cases that also set a norm (the no-break space) are kept.

    >>> nlp = spacy.blank("en")
    >>> drop_whitespace_special_cases(nlp.tokenizer)
    >>> [t.text for t in nlp("Talks\\nwent well.")]
    ['Talks', '\\n', 'went', 'well', '.']
    """
    tokenizer.rules = {key: value for key, value in tokenizer.rules.items()
                       if not (key.isspace() and value == [{ORTH: key}])}
