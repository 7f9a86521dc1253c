"""The fixed schema: node labels, the 15 relation types, and their endpoints.

Everything that becomes a Cypher label or relationship type passes through
:func:`check_label` or :func:`check_relation_type`, because Cypher cannot take
those as parameters: this module is the whitelist.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SchemaError

__all__ = [
    "LABELS",
    "ENTITY_LABELS",
    "RELATION_TYPES",
    "RelationType",
    "SYMMETRIC",
    "check_label",
    "check_relation_type",
]

ENTITY_LABELS = ("Person", "Country", "Organization")
LABELS = (*ENTITY_LABELS, "Article")


@dataclass(frozen=True)
class RelationType:
    """One relation type: its name, allowed endpoint labels and symmetry."""

    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    symmetric: bool
    meaning: str


_P, _C, _O = ("Person",), ("Country",), ("Organization",)

RELATION_TYPES: dict[str, RelationType] = {
    r.name: r
    for r in [
        RelationType("MET_WITH", _P, _P, True, "met in person"),
        RelationType("SPOKE_WITH", _P, _P, True, "a phone or video call"),
        RelationType("VISITED", _P, _C, False, "travelled to the country"),
        RelationType("HOLDS_OFFICE", _P, _C + _O, False, "holds a post for it"),
        RelationType("INVITED", _P + _C, _P, False, "extended an invitation"),
        RelationType("SIGNED", _C, _C, True, "signed agreements"),
        RelationType("TRADES_WITH", _C, _C, True, "a bilateral trade figure"),
        RelationType("INVESTED_IN", _C, _C, False, "investment from source into target"),
        RelationType("COOPERATES_WITH", _C, _C, True, "bilateral cooperation"),
        RelationType("MEMBER_OF", _C, _O, False, "takes part in the organization"),
        RelationType("HAS_DIPLOMATIC_RELATIONS", _C, _C, True, "diplomatic relations"),
        RelationType("HAS_EMBASSY_IN", _C, _C, False, "embassy in the target"),
        RelationType("HAS_OFFICE_IN", _O, _C, False, "office in the country"),
        RelationType("RECOGNIZED", _C, _C, False, "recognized the target"),
        RelationType("SUPPORTS", _P + _C, _C, False, "supports the target"),
    ]
}

SYMMETRIC = frozenset(name for name, r in RELATION_TYPES.items() if r.symmetric)


def check_label(label: str) -> str:
    """Return ``label`` if it is one of :data:`LABELS`, else raise :class:`SchemaError`.

    >>> check_label("Person")
    'Person'
    """
    if label not in LABELS:
        raise SchemaError(f"unknown node label {label!r}; expected one of {', '.join(LABELS)}")
    return label


def check_relation_type(name: str) -> str:
    """Return ``name`` if it is a relation type of the schema, else raise :class:`SchemaError`.

    >>> check_relation_type("MET_WITH")
    'MET_WITH'
    """
    if name not in RELATION_TYPES:
        raise SchemaError(f"unknown relation type {name!r}")
    return name
