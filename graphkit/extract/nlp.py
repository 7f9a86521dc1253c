"""Building the spaCy pipeline: blank English plus graphkit's components, or a pretrained base."""

from __future__ import annotations

import spacy
from spacy.language import Language

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
    return nlp
