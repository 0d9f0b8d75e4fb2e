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


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The rebel group released a video on Sunday saying its fighters had crossed the river.", "saying"),
        ("The ministry issued a statement on Friday, calling the strike a provocation by the union.", "calling"),
        ("The party sent a letter warning that the vote would be delayed until spring.", "warning"),
    ],
)
def test_carrier_participle_beats_its_issuer(nlp: Language, stage: ClaimStage, text: str, cue: str) -> None:
    """'released a video saying X': what the carrier says is the claim; the verb that puts the
    carrier out only frames it (no claim of its own on the same content)."""
    cues = [c.cue.text for c in run(nlp, stage, text)]
    assert cue in cues
    assert not any(c.split()[0] in ("released", "issued", "sent") for c in cues)


@pytest.mark.parametrize(
    ("text", "verb", "frames"),
    [
        ("The rebel group released a video on Sunday saying its fighters had crossed the river.", "released", True),
        ("The judge noted press reports claiming that the witness had been paid by the firm.", "noted", False),
    ],
)
def test_only_a_non_reporting_verb_frames_its_carrier(nlp: Language, verb: str, text: str, frames: bool) -> None:
    """'noted reports claiming X': a reporting verb reports on the carrier, it does not only put
    it out; the one-claim-per-content rule then weighs the two by score."""
    from unfog.claims.suppress import relays

    lex = load_lexicon()
    doc = nlp(text)
    props = ClaimStage(lex, load_cue_model()).proposals(doc)
    outer = next(c for c in props if doc[c.cue[0]].text == verb)
    inner = next(c for c in props if doc[c.cue[0]].tag_ == "VBG")
    outer.content = (outer.content[0], len(doc) - 1)  # the object with what it says, to the sentence's end
    assert relays(inner, outer, lex) is frames


@pytest.mark.parametrize(
    ("text", "start", "parenthetical"),
    [
        ("Fares in Port Velden, the mayor said, will rise in the spring.", "Fares", True),
        ("Fares will rise after the vote, the mayor of Kaga said on Monday, in the whole region.", "Fares", True),
        ("The council rejected a memo by an aide who said fares would rise in the spring.", "who", False),
    ],
)
def test_parenthetical_cue(nlp: Language, text: str, start: str, parenthetical: bool) -> None:
    """A cue standing inside its own content frames it only as a parenthetical set off by
    punctuation ('X, the mayor said, Y'); a content that runs on over its cue is no parenthetical."""
    from unfog.claims.suppress import parenthetical as set_off

    lex = load_lexicon()
    doc = nlp(text)
    props = ClaimStage(lex, load_cue_model()).proposals(doc)
    said = next(c for c in props if doc[c.cue[0]].text == "said")
    said.content = (next(t.i for t in doc if t.text == start), len(doc) - 1)
    assert set_off(said) is parenthetical
