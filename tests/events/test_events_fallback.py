"""The learned fallback (events/fallback.py): consulted only on a sentence the rules leave untyped,
it types the predicate and PLOVER type of the highest probability when that reaches the threshold,
and gives an ACLED type only when its own model's best class is not NONE (own sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from unfog.claims.learned import LinearChooser
from unfog.events import EventStage
from unfog.events.fallback import Softmax, TypeFallback, features, load_fallback, predicates
from unfog.knowledge import Knowledge

from .support import context

#: a sentence no rule types (no lexicon word tells its act) and one the rules type
UNTYPED = "The council of Kaga scrapped the fishing quotas on Tuesday."
TYPED = "Gunmen attacked a bus near Port Velden on Sunday."


def _model(weights: dict[str, float], threshold: float, acled: Softmax | None = None) -> TypeFallback:
    classes = ("CONCEDE", "SANCTION", "ASSAULT")
    return TypeFallback(Softmax(classes, {}, LinearChooser(weights), threshold), acled)


def _with(stage: EventStage, fallback: TypeFallback | None) -> EventStage:
    return EventStage(replace(stage.knowledge, fallback=fallback))


def test_packaged_model_loads() -> None:
    model = load_fallback(Knowledge())
    assert model is not None
    assert model.plover.threshold >= 0.5  # the layer abstains by default
    assert model.acled is None or "NONE" in model.acled.classes
    assert any(k.startswith("lem=") for k in model.plover.chooser.weights)


def test_predicates_are_verbs_and_act_words(nlp: Language, stage: EventStage) -> None:
    doc = nlp("Residents said the blockade of the harbour ended on Friday.")
    sent = next(iter(doc.sents))
    found = stage.finder(doc).candidates(doc)
    assert [t.text for t in predicates(sent, found)] == ["said", "blockade", "ended"]


def test_features_name_the_arguments(nlp: Language) -> None:
    doc = nlp(UNTYPED)
    verb = next(t for t in doc if t.text == "scrapped")
    feats = features(verb, {})
    assert {"lem=scrap", "obj=quota", "subj=council", "prep=on", "gov=ROOT"} <= set(feats)


def test_softmax_sums_to_one() -> None:
    model = _model({"lem=scrap|SANCTION": 2.0}, 0.5)
    probs = model.plover.probabilities(["lem=scrap", "pos=VERB"])
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert max(probs, key=probs.__getitem__) == "SANCTION"


@pytest.mark.parametrize(("weight", "threshold", "expected"), [
    (6.0, 0.9, ["SANCTION"]),  # confident: typed
    (1.0, 0.9, []),  # not confident enough: the layer abstains
])
def test_threshold_decides(nlp: Language, stage: EventStage, weight: float, threshold: float,
                           expected: list[str]) -> None:
    evs = _with(stage, _model({"lem=scrap|SANCTION": weight}, threshold)).run(context(nlp, UNTYPED)).events
    assert [e.plover.event_type for e in evs if e.plover] == expected
    assert all(e.acled is None for e in evs)


def test_only_where_the_rules_type_nothing(nlp: Language, stage: EventStage) -> None:
    # a weight that would type every verb as a concession: the typed sentence keeps the rules' type
    eager = _model({"pos=VERB|CONCEDE": 20.0}, 0.5)
    evs = _with(stage, eager).run(context(nlp, f"{TYPED} {UNTYPED}")).events
    assert [(e.trigger.text, e.plover.event_type) for e in evs if e.plover] == [
        ("attacked", "ASSAULT"), ("scrapped", "CONCEDE")]


def test_acled_type_only_when_not_none(nlp: Language, stage: EventStage) -> None:
    plover = {"lem=scrap|ASSAULT": 8.0}
    for acled_weight, expected in ((8.0, "Attack"), (-8.0, None)):
        acled = Softmax(("NONE", "Attack"), {}, LinearChooser({"lem=scrap|Attack": acled_weight}), 0.6)
        evs = _with(stage, _model(plover, 0.9, acled)).run(context(nlp, UNTYPED)).events
        got = [e.acled.sub_event_type if e.acled else None for e in evs if e.plover]
        assert got == [expected]


def test_the_trigger_is_the_predicate_that_weighs_most(nlp: Language, stage: EventStage) -> None:
    # the sentence's type is read from all its predicates; the event is on the one that tells it
    text = "Fishermen in Kaga said the council scrapped the quotas."
    model = _model({"lem=scrap|SANCTION": 6.0, "lem=say|SANCTION": 0.5}, 0.9)
    evs = _with(stage, model).run(context(nlp, text)).events
    assert [(e.trigger.text, e.plover.event_type) for e in evs if e.plover] == [("scrapped", "SANCTION")]
