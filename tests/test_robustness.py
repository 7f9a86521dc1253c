"""The extractor never crashes, whatever the text (property-based, with hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.extract import extract_article
from graphkit.model import Article

WORDS = st.sampled_from([
    "President", "Tajik", "Emomali", "Rahmon", "met", "with", "the", "two", "countries", "signed",
    "trade", "$1.2", "billion", "in", "2021", "Embassy", "of", "Korea", "(KOICA)", "he", "said",
    ",", ".", "’s", "\n", "visit", "to", "Dushanbe", "Dr.", "S.", "-", "“", "”", "UN", "May", "19",
    "invested", "recognize", "supports", "counterpart", "comprised", "Prime", "Minister",
    "accompanied", "by", "who", "travelled", "'s", "invitation", "Chairman", "Cabinet",
    "Ministers", "HAYASHI", "Yoshimasa", "called", "on", "greetings", "three", "ministers",
    "while", "members", "chairmanship", "ECOWAS", "Authority", "Sh43", "PMs", "A.K.",
    "scheduled", "Agreement", "(CEPA)", "Rosatom", "and", "Trade", "Affairs", "Uzbekistan",
    "Kazakhstan", "investors", "among", "thanked", "for", "support", "exchange", "memoranda",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_arbitrary_unicode(nlp, text):
    extract_article(nlp, Article("x", text=text, date="2021-05-20"))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=120))
def test_shuffled_genre_words(nlp, words):
    g = extract_article(nlp, Article("x", text=" ".join(words), date=None))
    for e in g.edges:
        assert e.source in g.nodes and e.target in g.nodes


def test_long_text_without_sentence_breaks(nlp):
    text = " ".join(["Kazakh President Kassym Tokayev met Tajik President Emomali Rahmon"] * 400)
    g = extract_article(nlp, Article("x", text=text))
    assert "person:emomali-rahmon" in g.nodes


def test_thousands_of_entities(nlp):
    from graphkit.extract.lexicon import load_lexicon

    names = [c.name for c in load_lexicon().countries.values()] * 10
    g = extract_article(nlp, Article("x", text=", ".join(names) + " signed agreements."))
    assert len([n for n in g.nodes.values() if n.label == "Country"]) >= 190
