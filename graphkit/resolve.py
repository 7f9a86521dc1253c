"""Resolution across articles: the same person named differently is one node.

Within an article, :mod:`graphkit.extract.entities` already ties surnames and roles to the
full name. Across articles, a node named only by a surname ("Rahmon") or by another spelling
("Alexander Lukashenko") joins the one fuller node it matches, if exactly one matches.
"""

from __future__ import annotations

from .extract.entities import (
    name_ends,
    name_key,
    name_words,
    order_free_keys,
    own_name_words,
    ranks_differ,
)
from .model import Graph, Node

__all__ = ["resolve", "merge_graphs"]


def merge_graphs(graphs, known: Graph | None = None) -> Graph:
    """Union of per-article graphs (and of a graph of known entities), then :func:`resolve`.

    The per-article graphs are taken over, not copied (extraction makes them for this
    alone); ``known`` is copied and left as it was.
    """
    merged = Graph()
    if known is not None:
        merged.update(known)
    for g in graphs:
        merged.update(g, copy=False)
    return resolve(merged)


def resolve(graph: Graph) -> Graph:
    """Merge person nodes that name the same person; return ``graph``, changed in place.

    >>> g = Graph(nodes=[Node("person:emomali-rahmon", "Person", "Emomali Rahmon", articles=["a"]),
    ...                  Node("person:rahmon", "Person", "Rahmon", articles=["b"])])
    >>> sorted(resolve(g).nodes)
    ['person:emomali-rahmon']
    """
    people = [n for n in graph.nodes.values() if n.label == "Person"]
    words_of = {n.id: name_words(n.name) for n in people}  # names do not change until the end
    by_full: dict[tuple[str, ...], list[Node]] = {}
    for node in people:
        by_full.setdefault(order_free_keys(node.name), []).append(node)
    renames: dict[str, str] = {}
    # same name but for spelling: one node
    for nodes in by_full.values():
        keep = min(nodes, key=lambda n: n.id)
        for other in nodes:
            if other is not keep:
                renames[other.id] = keep.id
    # a name with and without a middle name ("Rodrigo Duterte", "Rodrigo Roa Duterte"): the
    # two-word name joins the one fuller name with its first and last words (not "Mohammed
    # bin Salman", whose last word is his father's)
    by_ends: dict[tuple[str, str], list[Node]] = {}
    for node in people:
        words = words_of[node.id]
        if node.id not in renames and len(words) >= 3:
            ends = name_ends(words)
            if ends is not None:
                by_ends.setdefault(ends, []).append(node)
    for node in people:
        words = words_of[node.id]
        if node.id not in renames and len(words) == 2:
            fuller = by_ends.get(name_ends(words) or ("", ""), [])
            if len(fuller) == 1:
                renames[node.id] = fuller[0].id
    # a shorter name that is a part of exactly one fuller name
    # (indexed by word: comparing each short name with every full name grew with their product)
    full_by_word: dict[str, list[Node]] = {}
    for node in people:
        words = words_of[node.id]
        if len(words) >= 2 and node.id not in renames:
            for key in dict.fromkeys(name_key(w) for w in own_name_words(words)):
                full_by_word.setdefault(key, []).append(node)
    for node in people:
        if node.id in renames or len(words_of[node.id]) >= 2:
            continue
        matches = full_by_word.get(name_key(node.name), [])
        # not "King Abdullah" into "Prime Minister Abdullah Ensour"
        if len(matches) == 1 and not ranks_differ(node.properties.get("titles", ()),
                                                  matches[0].properties.get("titles", ())):
            renames[node.id] = matches[0].id
    if renames:
        graph.rename_nodes(renames)
    return graph

