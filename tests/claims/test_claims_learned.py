"""The learned attribution scorer: the packaged model loads, features are deterministic, a clear
attribution is accepted and a plain event sentence proposes nothing the model keeps."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.learned import CueModel, features, load_cue_model, parse_model
from unfog.claims.lexicon import load_lexicon

from .support import run


def test_model_loads() -> None:
    model = load_cue_model()
    assert len(model.weights) > 100
    assert 0.0 < model.threshold < 1.0


def test_probability_is_a_sparse_dot_product() -> None:
    model = parse_model({"weights": {"a": 2.0, "b": -1.0}, "bias": -1.0, "threshold": 0.5})
    assert model.probability(["a"]) == pytest.approx(1 / (1 + 2.718281828459045**-1.0))
    assert model.accepts(["a", "unknown"])
    assert not model.accepts(["b"])


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that the bridge had been repaired.",
        "Analysts doubted that the ceasefire would hold.",
    ],
)
def test_features_are_deterministic(nlp: Language, text: str) -> None:
    lex = load_lexicon()
    stage = ClaimStage(lex, CueModel({}, 0.0, 0.0))
    first = [features(c, nlp(text), lex) for c in stage.proposals(nlp(text))]
    second = [features(c, nlp(text), lex) for c in stage.proposals(nlp(text))]
    assert first and first == second


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor said that eight people were injured in the attack.", "said", "eight people were injured"),
        ("The ministry reported that two drones had been shot down.", "reported", "two drones had been shot down"),
        ("Officials claimed the convoy carried only food.", "claimed", "the convoy carried only food"),
    ],
)
def test_clear_attribution_accepted(nlp: Language, stage: ClaimStage, text: str, cue: str, content: str) -> None:
    claims = run(nlp, stage, text)
    hits = [c for c in claims if c.cue.text == cue]
    assert hits, [c.cue.text for c in claims]
    assert content in hits[0].content.text


@pytest.mark.parametrize(
    "text",
    [
        "The train left the station at noon and reached the border in the evening.",
        "Workers repaired the roof of the school last week.",
    ],
)
def test_non_attribution_rejected(nlp: Language, stage: ClaimStage, text: str) -> None:
    assert run(nlp, stage, text) == []
