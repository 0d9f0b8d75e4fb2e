"""Acts not asserted (own sentences, whole pipeline): a statement of commitment (PLOVER THREATEN,
AGREE) is a speech act of the actor, so a future act that someone else predicts or fears ("residents
fear the militia will loot") and a counterfactual past ("would have shelled") make none; a scheduled
act ("is due to withdraw") is future."""

from __future__ import annotations

import pytest

from unfog.pipeline import Pipeline

from .support import analyze as _analyze

NO_COMMITMENT = [
    # (text, the act): no THREATEN or AGREE statement is made, the act is not asserted
    ("Residents fear the militia will loot the market in Bunia.", "loot"),
    ("Analysts believe the rebels will attack the airport in Goma.", "attack"),
    ("The minister said troops would have shelled the town if the talks had failed.", "shelled"),
]


@pytest.mark.parametrize(("text", "act"), NO_COMMITMENT)
def test_no_commitment(pipeline: Pipeline, text: str, act: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.plover, e.modality) for e in rec.events]
    assert not any(e.plover is not None and e.plover.event_type in ("THREATEN", "AGREE") for e in rec.events), shown
    ev = next((e for e in rec.events if e.trigger.text == act), None)
    assert ev is not None and ev.modality in ("future", "hypothetical"), shown


COMMITMENT = [
    # (text, the statement's trigger, its PLOVER type): the actor's own statement stays one
    ("The militia said it would loot the market in Bunia.", "said", "THREATEN"),
    ("Norway will give a grant to Malawi, a ministry statement said.", "said", "AGREE"),
    ("The rebels vowed to attack the airport in Goma.", "vowed", "THREATEN"),
]


@pytest.mark.parametrize(("text", "trigger", "ptype"), COMMITMENT)
def test_commitment(pipeline: Pipeline, text: str, trigger: str, ptype: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.plover, e.modality) for e in rec.events]
    ev = next((e for e in rec.events if e.trigger.text == trigger), None)
    assert ev is not None and ev.plover is not None and ev.plover.event_type == ptype, shown


SCHEDULED = [
    ("The army is due to withdraw from the town of Menaka next week.", "withdraw"),
]


@pytest.mark.parametrize(("text", "act"), SCHEDULED)
def test_scheduled(pipeline: Pipeline, text: str, act: str) -> None:
    rec = _analyze(pipeline, text)
    ev = next((e for e in rec.events if e.trigger.text == act), None)
    assert ev is not None and ev.modality == "future", [(e.trigger.text, e.modality) for e in rec.events]
