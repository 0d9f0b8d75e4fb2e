"""The learned layer over the typing rules (events/learned.py): a typed event that refers to no other
is left untyped when the model's probability that it tells no incident reaches the threshold; the
packaged model keeps the one incident of a one-incident text (own sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from unfog.claims.learned import CueModel
from unfog.events import EventStage
from unfog.events.learned import IncidentModel, eligible, features, load_incident_model
from unfog.knowledge import Knowledge

from .support import context, run


def _drafts_stage(stage: EventStage, model: IncidentModel | None) -> EventStage:
    return EventStage(replace(stage.knowledge, incident_model=model))


def test_packaged_model_loads() -> None:
    model = load_incident_model(Knowledge())
    assert model is not None
    assert 0.5 <= model.scorer.threshold < 1.0
    assert any(k.startswith("lem=") for k in model.scorer.weights)


ONE_INCIDENT = [
    # (text, the act word of its one incident, its PLOVER type)
    ("Gunmen attacked a bus near Kaga on Sunday.", "attacked", "ASSAULT"),
    ("Thousands of dockers marched through Port Velden on Friday to demand higher wages.", "marched", "PROTEST"),
    ("Police in Kaga arrested twelve members of the opposition on Monday.", "arrested", "COERCE"),
    ("Velden pulled its soldiers out of the hill posts near Kaga on Tuesday.", "pulled",
     "RETREAT"),
]


@pytest.mark.parametrize(("text", "act", "ptype"), ONE_INCIDENT)
def test_one_incident_keeps_its_type(nlp: Language, stage: EventStage, text: str, act: str, ptype: str) -> None:
    evs = run(nlp, stage, text)
    got = [e.plover.event_type for e in evs if e.trigger.text.startswith(act) and e.plover is not None]
    assert got == [ptype], [(e.trigger.text, e.plover) for e in evs]


TWO_ACTS = "Gunmen attacked a bus near Kaga on Sunday. The governor met the village elders on Monday and urged calm."


def test_threshold_decides_and_the_first_act_stays(nlp: Language, stage: EventStage) -> None:
    never = _drafts_stage(stage, IncidentModel(CueModel({}, -50.0, 0.9)))
    always = _drafts_stage(stage, IncidentModel(CueModel({}, 50.0, 0.9)))
    assert [e.trigger.text for e in never.run(context(nlp, TWO_ACTS)).events if e.plover] == [
        "attacked", "met", "urged"]
    assert [e.trigger.text for e in always.run(context(nlp, TWO_ACTS)).events if e.plover] == ["attacked"]


def test_the_commonest_acled_type_stays(nlp: Language, stage: EventStage) -> None:
    # three ACLED types, one each: all tie as the commonest, so none is judged
    text = ("Rebels shelled the town of Kaga on Monday. Troops arrested six men in Port Velden. "
            "Thousands marched through Kaga on Friday.")
    always = _drafts_stage(stage, IncidentModel(CueModel({}, 50.0, 0.9)))
    assert [e.trigger.text for e in always.run(context(nlp, text)).events if e.acled] == [
        "shelled", "arrested", "marched through"]


def test_a_feature_weight_rejects_only_its_mentions(nlp: Language, stage: EventStage) -> None:
    model = IncidentModel(CueModel({"lem=urge": 50.0}, -10.0, 0.9))
    evs = _drafts_stage(stage, model).run(context(nlp, TWO_ACTS)).events
    assert [e.trigger.text for e in evs if e.plover is not None] == ["attacked", "met"]


def test_features_skip_untyped_referring_and_first(nlp: Language, stage: EventStage) -> None:
    seen: list[list[list[str] | None]] = []

    class Spy(IncidentModel):
        def reject(self, drafts):  # type: ignore[no-untyped-def]
            tags = features(drafts)
            assert all(f is None for d, f in zip(drafts, tags, strict=True) if not eligible(d))
            seen.append(tags)
            return drafts

    _drafts_stage(stage, Spy(CueModel({}, 0.0, 2.0))).run(context(nlp, TWO_ACTS))
    assert seen and seen[0][0] is None and any(f is not None for f in seen[0])


def test_an_act_not_said_to_happen_is_not_judged(nlp: Language, stage: EventStage) -> None:
    # a promised act names what was promised: the layer leaves its type, whatever its weights
    always = _drafts_stage(stage, IncidentModel(CueModel({}, 50.0, 0.9)))
    evs = always.run(context(nlp, "Kaga will send food to the camps near Port Velden.")).events
    assert any(e.plover is not None and e.modality not in ("asserted", "reported") for e in evs), [
        (e.trigger.text, e.plover, e.modality) for e in evs]


REFERENCE = [
    # (text, act word judged, a mark its features must hold): what the mention refers to
    ("Gunmen attacked a bus near Kaga on Sunday. The governor urged calm after the killings.", "urged",
     "det=verb"),
    ("Gunmen attacked a bus near Kaga on Sunday. The governor urged calm after talks with the elders.",
     "talks", "det=bare_plural"),
    ("Gunmen attacked a bus near Kaga on Sunday. The governor urged calm after talks with the elders.",
     "talks", "prep=after"),
    ("Gunmen attacked a bus near Kaga on Sunday. The elders met in Kaga to discuss the attack.", "discuss",
     "irrealis=True"),
    ("Gunmen attacked a bus near Kaga on Sunday. The governor met the village elders on Monday.", "met",
     "other_day=True"),
]


@pytest.mark.parametrize(("text", "act", "mark"), REFERENCE)
def test_reference_marks(nlp: Language, stage: EventStage, text: str, act: str, mark: str) -> None:
    seen: dict[str, list[str]] = {}

    class Spy(IncidentModel):
        def reject(self, drafts):  # type: ignore[no-untyped-def]
            for d, tags in zip(drafts, features(drafts), strict=True):
                if tags is not None:
                    seen[d.trigger.text] = tags
            return drafts

    ctx = context(nlp, text, times=True)
    _drafts_stage(stage, Spy(CueModel({}, 0.0, 2.0))).run(ctx)
    hit = [t for k, t in seen.items() if k.startswith(act)]
    assert hit and mark in hit[0], seen
