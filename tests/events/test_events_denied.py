"""Denied acts (own sentences, whole pipeline): an act that is the content of a denial stays an
event, negated, linked to the denying claim (stance "denies"); another source may assert the same
act, and its own event stays asserted. A report or allegation denied ("denied reports that ...")
is a denial of its content."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

DENIED = [
    # (text, the act's trigger, the modality of its last mention)
    ("The army denied that its gunners shelled the village of Tarmaba.", "shelled", "negated"),
    ("The ministry denied reports that troops shelled the village of Tarmaba.", "shelled", "negated"),
    ("The governor dismissed allegations that police looted shops in Gao.", "looted", "negated"),
]


@pytest.mark.parametrize(("text", "act", "modality"), DENIED)
def test_denied_act_stays_an_event(pipeline: Pipeline, text: str, act: str, modality: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    shown = [(e.trigger.text, e.modality, e.claims) for e in rec.events]
    ev = next((e for e in rec.events if e.trigger.text == act), None)
    assert ev is not None and ev.modality == modality, shown
    stances = {c.id: c.stance for c in rec.claims}
    assert any(stances.get(c) == "denies" for c in ev.claims), (shown, stances)


def test_denied_and_asserted_by_two_sources(pipeline: Pipeline) -> None:
    text = ("Rebels shelled the village of Tarmaba on Monday, residents said. "
            "The army denied that its gunners shelled the village.")
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    got = [e.modality for e in rec.events if e.trigger.text == "shelled"]
    assert got == ["asserted", "negated"], [(e.trigger.text, e.modality) for e in rec.events]
