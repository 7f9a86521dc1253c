"""--model: a pretrained spaCy pipeline's entities join the rules. The test trains a tiny NER
pipeline on the fly (nothing is downloaded), saves it, and extracts with it."""

import random

import pytest
import spacy
from spacy.training import Example

import graphkit
from graphkit.errors import GraphkitError

TRAIN = [
    ("Yesterday Anna Berg spoke in the hall.", [(10, 19, "PERSON")]),
    ("Officials said Marco Tellini arrived late.", [(15, 28, "PERSON")]),
    ("The talks with Julia Hartmann went well.", [(15, 29, "PERSON")]),
    ("Later Pedro Alvarez opened the forum.", [(6, 19, "PERSON")]),
    ("Reporters saw Lena Novak near the gate.", [(14, 24, "PERSON")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    random.seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("PERSON")
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_extraction_runs_on_a_saved_pretrained_pipeline(tiny_model, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Tajik President Emomali Rahmon met Kazakh President Kassym-Jomart Tokayev in Dushanbe. "
        "Reporters saw Lena Novak near the gate.")
    plain = graphkit.extract([tmp_path])
    with_model = graphkit.extract([tmp_path], model=str(tiny_model))
    assert "person:emomali-rahmon" in with_model.nodes  # the rules still win where they found
    assert set(plain.nodes) <= set(with_model.nodes)
    people = {n.name for n in with_model.nodes.values() if n.label == "Person"}
    assert "Lena Novak" in people  # found by the model alone: no title, no cue


def test_a_missing_model_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.")
    with pytest.raises(GraphkitError, match="cannot load spaCy pipeline"):
        graphkit.extract([tmp_path], model=str(tmp_path / "no-such-model"))
