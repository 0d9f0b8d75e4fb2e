"""Who is no perpetrator, through the whole pipeline (own sentences): unidentified armed actors
named by a common noun are actor 1 (ACLED codebook: "Unidentified Armed Group" for perpetrators
who are not identified), and the subject of an unaccusative verb of dying is its undergoer, the
victim, never actor 1 of the act named beside it; a known actor there is its actor 2."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    names = {a.id: a.name for a in rec.actors}
    return [(e.trigger.text, names.get(e.actor1) if e.actor1 else None,
             e.acled.sub_event_type if e.acled else None, e.fatalities) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event"),
    [
        ("Bandits killed nine farmers in the village on Monday.", "killed", "Attack"),
        ("Armed bandits shot dead two traders on the highway.", "shot dead", "Attack"),
        ("Bandits attacked farmers working in their fields.", "attacked", "Attack"),
    ],
)
def test_unidentified_armed_actor(pipeline: Pipeline, text: str, trigger: str, sub_event: str) -> None:
    evs = _events(pipeline, text)
    ev = next((e for e in evs if e[0] == trigger), None)
    assert ev is not None and ev[1] is not None and ev[2] == sub_event, evs


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a boarding school and seized forty pupils.",
        "Unknown gunmen shot a trader outside the mosque on Friday.",
        "Armed men attacked a police post on the road to the mines.",
    ],
)
def test_gunmen_are_unidentified(pipeline: Pipeline, text: str) -> None:
    """Who is named only by the arms they carry is not identified: ACLED's Unidentified Armed Group."""
    evs = _events(pipeline, text)
    assert any(e[1] == "unidentified armed group" for e in evs), evs


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("In a separate strike on the port, seven people died.", "seven people"),
        ("Four soldiers died in the ambush near the border.", "Four soldiers"),
    ],
)
def test_undergoer_is_no_actor(pipeline: Pipeline, text: str, victims: str) -> None:
    evs = _events(pipeline, text)
    assert evs and all(e[1] is None or e[1].lower() != victims.lower() for e in evs), evs


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("Three civilians died in the air strike on the market.", "died", "civilians"),
        ("Several policemen died in the bombing of the station.", "died", "police"),
    ],
)
def test_undergoer_is_the_target(pipeline: Pipeline, text: str, trigger: str, victims: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    names = {a.id: a.name for a in rec.actors}
    ev = next((e for e in rec.events if e.trigger.text == trigger), None)
    assert ev is not None and ev.actor2 is not None and names[ev.actor2] == victims, \
        [(e.trigger.text, e.actor1, e.actor2) for e in rec.events]

