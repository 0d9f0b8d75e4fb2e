"""The incident's place and day carried to its mentions (own sentences, whole pipeline): an act whose
sentence names no place, or only the country, takes the place of the article's incident (the first
act the article places at a town, else the town of its lead); an act with its own place, or with a
date of its own (a background incident), keeps its own."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

CASES = [
    # (text, trigger, the place name expected, or None for no place)
    # (an act with no place at all stays unplaced in the pipeline for now: incident.carry_incident's
    # carry_unplaced is off, see its doc)
    ("A bomb exploded at a market in Maiduguri on Friday, killing four people. Soldiers later clashed "
     "with the militants in the forest nearby.", "clashed", None),
    ("Gunmen stormed a school in Kaduna on Monday. Police arrested two suspects, officials in Nigeria said.",
     "arrested",
     "Kaduna"),
    # a background incident with its own place keeps it
    ("A car bomb exploded near a hotel in Mogadishu on Sunday. A similar bombing in Baidoa in March "
     "killed ten people.", "bombing", "Baidoa"),
    # a background incident with a date of its own is not the incident
    ("Rebels shelled the outskirts of Goma on Tuesday. In 2012, rebels captured the territory after "
     "days of fighting.", "captured", None),
]


@pytest.mark.parametrize(("text", "trigger", "place"), CASES)
def test_incident_place(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    names = {p.id: p.name for p in rec.places}
    ev = next(e for e in rec.events if e.trigger.text == trigger)
    got = names.get(ev.place) if ev.place else None
    assert (got == place) if place is None else (got is not None and place in got), (got, ev.place_reason)


def test_incident_day(pipeline: Pipeline) -> None:
    """A mention with no time of its own takes the incident's day, not the publication date."""
    text = ("Gunmen attacked a village near Bunia on Sunday, killing 12 people. The assailants also burned "
            "dozens of houses.")
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    days = {e.trigger.text: e.date for e in rec.events}
    assert days["attacked"] == "2024-03-10" and days["burned"] == "2024-03-10", days
