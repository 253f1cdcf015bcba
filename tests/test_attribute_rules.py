"""The attribute ruler's indexed matching (verify.nlp.attribute_rules) finds exactly spaCy's matches."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from verify import nlp
from verify.nlp.attribute_rules import IndexedMatcher, index_attribute_ruler, indexed_matches

# the shapes the model's rules are written for: contractions, pronouns by role, "there is", spaces
EXCEPTIONS = (
    "Y'all gonna say it? I ain't sure. Let's go, c'm on, we got ta leave. There's a dog and there are cats.  \n\n"
    "It was you and I who saw it, and they told me and you. He gets it; she got it. But he did, and so did I."
)


def tagged(pipeline: Language, words: list[str], tags: list[str], deps: list[str], spaces: list[bool]) -> Doc:
    """A hand-annotated document (heads point at the first token), for a ruler without a model."""
    return Doc(pipeline.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=[0] * len(words))


def blank_ruler(patterns: list[dict]) -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("attribute_ruler").add_patterns(patterns)
    return pipeline


def test_the_models_rules_give_spacys_matches_on_its_exceptions() -> None:
    model = nlp.load_model()
    ruler = model.get_pipe("attribute_ruler")
    doc = model.make_doc(EXCEPTIONS)
    for name in ("tok2vec", "tagger", "parser"):
        doc = model.get_pipe(name)(doc)
    spacys = ruler.matcher(doc, allow_missing=True, as_spans=False)
    expected = sorted((int(model.vocab.strings[key]), key, start, end) for key, start, end in spacys)
    assert isinstance(ruler.match, IndexedMatcher)  # the loaded pipeline uses the index
    assert ruler.match(doc) == expected
    assert len(expected) > len(doc)  # every token's tag rule, and the exceptions on top


def test_in_not_in_and_regex_rules_match_as_spacys_matcher_does() -> None:
    pipeline = blank_ruler(
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
            {
                "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]],
                "attrs": {"POS": "AUX"},
            },
            {
                "patterns": [[{"LOWER": "gets", "TAG": "VBZ"}], [{"LOWER": "got", "TAG": "VBD"}]],
                "attrs": {"LEMMA": "get"},
            },
            {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        ]
    )
    doc = tagged(
        pipeline,
        ["Y'", "all", "will", "to", "got", "dogs", " ", "gets", "got"],
        ["PRP", "DT", "MD", "TO", "VBD", "NN", "_SP", "VBD", "VBD"],
        ["nsubj", "det", "aux", "aux", "ROOT", "dobj", "dep", "conj", "conj"],
        [False, True, True, True, True, False, False, True, False],
    )
    ruler = pipeline.get_pipe("attribute_ruler")
    spacys = ruler.match(doc)
    indexed = indexed_matches(pipeline)
    assert indexed is not None
    assert indexed(doc) == spacys
    # y'all (0-2), "will" as aux (2), not "to" as aux, "got" VBD (4 and 8), "dogs" NN (5), the space (6);
    # not "gets" tagged VBD
    assert [(order, start) for order, _, start, _ in indexed(doc)] == [(0, 5), (1, 0), (2, 2), (3, 4), (3, 8), (4, 6)]


def test_a_rule_the_index_cannot_read_keeps_spacys_matcher() -> None:
    pipeline = blank_ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    ruler = pipeline.get_pipe("attribute_ruler")
    assert index_attribute_ruler(pipeline) is False
    assert "match" not in vars(ruler)  # spaCy's own method, untouched
