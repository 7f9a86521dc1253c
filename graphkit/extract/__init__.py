"""Extraction: one article in, one small :class:`~graphkit.model.Graph` out.

``extract_article`` is a pure per-article function (it reads nothing but the article and the
data files), so articles can be extracted in any order, in parallel or on a cluster; the
cross-article step lives in :mod:`graphkit.resolve`.
"""

from __future__ import annotations

from spacy.language import Language

from ..model import Article, Edge, Graph, Node
from .entities import ArticleEntities, find_entities
from .lexicon import load_lexicon
from .nlp import build_nlp
from .relations import best_trade_figures, find_relations

__all__ = ["build_nlp", "extract_article", "extract_doc"]


def extract_article(nlp: Language, article: Article) -> Graph:
    """Extract one article's entities and relations as a graph of its own.

    >>> nlp = build_nlp()
    >>> g = extract_article(nlp, Article("a1", text="Tajik President Emomali Rahmon met "
    ...     "Kazakh President Kassym-Jomart Tokayev in Dushanbe."))
    >>> sorted(g.nodes)
    ['country:KAZ', 'country:TJK', 'person:emomali-rahmon', 'person:kassym-jomart-tokayev']
    """
    return extract_doc(nlp(article.text), article)


def extract_doc(doc, article: Article) -> Graph:
    """Like :func:`extract_article`, for a document already run through the pipeline."""
    ents = find_entities(doc)
    graph = Graph([Article(article.id, article.path, article.title, article.date)])
    _add_nodes(graph, ents, article.id)
    for rel in best_trade_figures(find_relations(doc, ents, article.date)):
        for end in (rel.source, rel.target):
            _add_country_of_city(graph, end, article.id)
        if rel.source in graph.nodes and rel.target in graph.nodes:
            graph.add_edge(Edge(rel.type, rel.source, rel.target, article.id, rel.evidence,
                                rel.confidence, {**rel.properties, "rule": rel.rule}))
    return graph


def _add_country_of_city(graph: Graph, node_id: str, article_id: str) -> None:
    """'arrived in Luanda' with Angola never named: the visit still needs its country."""
    if node_id in graph.nodes or not node_id.startswith("country:"):
        return
    country = load_lexicon().countries.get(node_id.split(":", 1)[1])
    if country is not None:
        graph.add_node(Node(node_id, "Country", country.name, [], [article_id],
                            {"iso3": country.iso3}))


def _add_nodes(graph: Graph, ents: ArticleEntities, article_id: str) -> None:
    lex = load_lexicon()
    for m in ents.mentions:
        if m.label == "Country":
            iso3 = m.key.split(":", 1)[1]
            country = lex.countries[iso3]
            node = graph.add_node(Node(m.key, "Country", country.name, [],
                                       [article_id], {"iso3": iso3}))
            if m.kind != "referent":  # "the Kingdom" points at it but is no name of it
                node.add_alias(m.text)
        elif m.label == "Organization":
            org_id = m.key.split(":", 1)[1]
            known = lex.organizations.get(org_id)
            if known is not None:
                name, acronym = known.name, known.acronym
            else:
                name, acronym = ents.organizations.get(org_id, (m.text, ""))
            props = {"acronym": acronym} if acronym else {}
            node = graph.add_node(Node(m.key, "Organization", name, [], [article_id], props))
            if m.kind != "description":  # "the nine-member community" is no name of it
                node.add_alias(m.text)
    for pid, person in ents.people.items():
        node = graph.add_node(Node(pid, "Person", person.name, [], [article_id]))
        for alias in person.aliases:
            node.add_alias(alias)
        titles = sorted({t for t, _ in person.offices if t})
        if titles:
            node.properties["titles"] = titles

