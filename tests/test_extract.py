from graphkit.extract import extract_article
from graphkit.extract.values import find_money, resolve_year
from graphkit.model import Article


def ids(graph, label):
    return sorted(i for i, n in graph.nodes.items() if n.label == label)


def test_people_are_found_by_title_and_resolved_by_surname(nlp):
    g = extract_article(nlp, Article("t", text=(
        "Kazakh President Kassym-Jomart Tokayev met Tajik President Emomali Rahmon in Dushanbe. "
        "Tokayev thanked Rahmon.")))
    assert ids(g, "Person") == ["person:emomali-rahmon", "person:kassym-jomart-tokayev"]
    assert sorted(g.nodes["person:emomali-rahmon"].aliases) == ["Rahmon"]
    offices = {(e.source, e.target) for e in g.edges if e.type == "HOLDS_OFFICE"}
    assert ("person:kassym-jomart-tokayev", "country:KAZ") in offices
    met = [e for e in g.edges if e.type == "MET_WITH"]
    assert met and met[0].evidence.startswith("Kazakh President")


def test_unseen_regions_and_titles(nlp):
    text = ("Qatari Emir Sheikh Tamim bin Hamad Al Thani received German Chancellor Olaf Scholz "
            "in Doha on Monday. Scholz said the two countries signed three memoranda on energy. "
            "Trade between Germany and Qatar reached $2.5 billion in 2022.")
    g = extract_article(nlp, Article("t", text=text, date="2022-09-26"))
    assert "country:QAT" in g.nodes and "country:DEU" in g.nodes
    people = {n.name for n in g.nodes.values() if n.label == "Person"}
    assert "Olaf Scholz" in people
    trade = [e for e in g.edges if e.type == "TRADES_WITH"]
    assert trade and trade[0].properties["value_usd"] == 2.5e9 and trade[0].properties["year"] == 2022


def test_acronyms_defined_in_the_text_become_organizations(nlp):
    g = extract_article(nlp, Article("t", text=(
        "The Tajik side welcomed the office of the Korea International Cooperation Agency (KOICA) "
        "in Dushanbe. KOICA will fund schools.")))
    assert g.nodes["org:KOICA"].name == "Korea International Cooperation Agency"


def test_money_forms():
    values = [m.value_usd for m in find_money(
        "$800 million, $1.2 bn, USD 227 mln, US$ 3,150 million, $4.5bn, 592 million US dollars")]
    assert values == [8e8, 1.2e9, 2.27e8, 3.15e9, 4.5e9, 5.92e8]


def test_years_resolve_against_the_article_date():
    assert resolve_year("last year's trade reached $800 million", "2021-05-20") == 2020
    assert resolve_year("amounted to $227 million in 2018", None) == 2018


def test_every_evidence_is_a_sentence_exactly_as_in_the_article(seeds_graph):
    from pathlib import Path

    from graphkit.articles import read_articles

    texts = {a.id: a.text for a in read_articles([Path(__file__).parent.parent / "seeds"])}
    for e in seeds_graph.edges:
        assert e.evidence and e.evidence in texts[e.article], e
