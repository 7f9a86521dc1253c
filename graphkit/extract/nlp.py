"""Building the spaCy pipeline: blank English plus graphkit's components, or a pretrained base."""

from __future__ import annotations

import spacy
from spacy.attrs import IS_ALPHA, IS_UPPER, LOWER, NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from ..errors import GraphkitError
from . import components  # noqa: F401  (registers the factories)

__all__ = ["build_nlp", "ABBREVIATED_STYLES", "LEXICAL_ATTRIBUTES"]


def build_nlp(model: str | None = None) -> Language:
    """Return the extraction pipeline.

    With ``model`` (an installed package name or a path), its own components run first and
    its entities join the rule-based ones; otherwise ``spacy.blank("en")`` is the base, with
    only the lexical attributes graphkit reads (see :data:`LEXICAL_ATTRIBUTES`). Nothing is
    downloaded.
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
        keep_lexical_attributes(nlp, LEXICAL_ATTRIBUTES)
        nlp.add_pipe("graphkit_sentences")
    nlp.add_pipe("graphkit_gazetteer")
    nlp.max_length = 25_000_000
    drop_redundant_special_cases(nlp.tokenizer)
    split_after_abbreviations(nlp)
    for style in ABBREVIATED_STYLES:
        nlp.tokenizer.add_special_case(style, [{ORTH: style}])
    return nlp


# forms of address spaCy's English exceptions lack: "the Hon. Scott Morrison MP" is one
# sentence (a stop split from its word ended it), as "Dr." and "Gen." already are
ABBREVIATED_STYLES = ("Hon.", "Amb.")


def split_after_abbreviations(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's stop: "U.S.-India" is "U.S.", "-", "India"
    (spaCy splits hyphens between letters only, so neither country was seen).

    >>> nlp = spacy.blank("en")
    >>> split_after_abbreviations(nlp)
    >>> [t.text for t in nlp("the U.S.-India partnership")]
    ['the', 'U.S.', '-', 'India', 'partnership']
    """
    # and a bracket closed against a colon and the next word: "(APP):Minister" is "APP", ")",
    # ":", "Minister" (the agency's dateline and the name of a post)
    infixes = [*map(_keep_two_letter_initials, nlp.Defaults.infixes), r"(?<=\.)[-–](?=[A-Z])",
               r"(?<=[A-Za-z0-9])[)\]](?=[:;][A-Za-z])", r"(?<=[)\]])[:;](?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_two_letter_initials(infix: str) -> str:
    """spaCy splits a stop between a lower-case and a capital letter ("country.President");
    not after a word's two-letter initial, as Mongolian media write a patronymic's
    ("Kh.Battulga", "Ts.Elbegdorj", as "D.Tsogtbaatar"): one word, read as a name."""
    if infix.startswith("(?<=[a-z") and "\\.(?=" in infix:
        return r"(?<!^[A-Z][a-z])" + infix
    return infix


# What graphkit's rules read of a word besides its text: spaCy computes 23 attributes for
# every word it has not seen before (like_num, shape_ and like_url are the dearest), which
# took a third of the tokenizer's time on news, where names and figures are new words.
LEXICAL_ATTRIBUTES = (LOWER, NORM, IS_ALPHA, IS_UPPER)


def keep_lexical_attributes(nlp: Language, attrs: tuple[int, ...]) -> None:
    """Compute only ``attrs`` for new words; their other attributes (``like_num``,
    ``is_stop``, ``shape_``...) stay unset. Not for a pretrained pipeline, whose models read
    norms, shapes and affixes.

    >>> nlp = spacy.blank("en")
    >>> keep_lexical_attributes(nlp, LEXICAL_ATTRIBUTES)
    >>> [(t.lower_, t.is_upper, t.like_num) for t in nlp("NATO 4,096")]
    [('nato', True, False), ('4,096', False, False)]
    """
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in attrs if attr in getters}


def drop_redundant_special_cases(tokenizer: Tokenizer) -> None:
    """Remove the special cases that give the tokens and norms the affix rules give anyway
    ("\\n", "'s", "He's", "C++": 96 of English's 1,347).

    The tokens stay the same, but spaCy stops caching a document's words once any special
    case has matched in it (``_save_cached`` in spaCy's ``tokenizer.pyx``), so in an article
    with a line break or a possessive near the top every later word went through the affix
    rules again: tokenizing real articles took 1.7 times as long.

    >>> nlp = spacy.blank("en")
    >>> drop_redundant_special_cases(nlp.tokenizer)
    >>> [t.text for t in nlp("Talks\\nwent well, he's sure.")]
    ['Talks', '\\n', 'went', 'well', ',', 'he', "'s", 'sure', '.']
    """
    plain = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                      suffix_search=tokenizer.suffix_search,
                      infix_finditer=tokenizer.infix_finditer, token_match=tokenizer.token_match,
                      url_match=tokenizer.url_match)

    def redundant(key: str, tokens: list[dict]) -> bool:
        split = plain(key)
        return len(split) == len(tokens) and all(
            set(attrs) <= {ORTH, NORM} and attrs[ORTH] == token.text
            and attrs.get(NORM, token.norm_) == token.norm_
            for token, attrs in zip(split, tokens))

    tokenizer.rules = {key: tokens for key, tokens in tokenizer.rules.items()
                       if not redundant(key, tokens)}
