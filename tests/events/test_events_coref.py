"""Within-document event coreference (own sentences; places given by hand, not by the geo stage)."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Event, Place, PlaceMention

from .support import context

# name -> (feature code, first-level region, precision)
GAZ = {
    "Marinka": ("PPL", "Donetsk", 1),
    "Avdiivka": ("PPL", "Donetsk", 1),
    "Donetsk region": ("ADM1", "Donetsk", 3),
    "Kupiansk": ("PPL", "Kharkiv", 1),
}


def _places(text: str) -> list[Place]:
    out = []
    for i, (name, (code, adm1, prec)) in enumerate(GAZ.items(), 1):
        ms = [PlaceMention(span=(m.start(), m.end()), text=name) for m in re.finditer(re.escape(name), text)]
        if ms:
            out.append(Place(id=f"p{i}", name=name, mentions=ms, country_code="UA", admin1=adm1,
                             feature_code=code, precision=prec))
    return out


CASES = [
    # one event, two mentions
    ("Russian troops captured Marinka on Monday. The ministry said Russian troops had completely captured "
     "the town of Marinka.", ["captured"], [1]),
    # a town and the region it lies in
    ("Ukrainian drones struck Avdiivka overnight. Officials said drones had struck the Donetsk region.",
     ["struck"], [1]),
    # marked as another occurrence
    ("Russian troops shelled Marinka on Monday. Russian troops shelled Marinka again.", ["shelled", "shelled"],
     [0, 0]),
    # different places
    ("Russian troops shelled Marinka. Russian troops also shelled Kupiansk.", ["shelled", "shelled"], [0, 0]),
    # dates that do not overlap
    ("Russian troops shelled Marinka on 2 March. Russian troops shelled Marinka on 9 March.",
     ["shelled", "shelled"], [0, 0]),
    # said to have happened, and denied
    ("Russian troops captured Marinka. Kyiv said Russian troops did not capture Marinka.",
     ["captured", "capture"], [0, 0]),
]


def _run(nlp: Language, stage: EventStage, text: str) -> list[Event]:
    return stage.run(context(nlp, text, places=_places(text), times=True)).events


@pytest.mark.parametrize(("text", "triggers", "mentions"), CASES)
def test_coreference(nlp: Language, stage: EventStage, text: str, triggers: list[str], mentions: list[int]) -> None:
    every = _run(nlp, stage, text)
    assert [e.id for e in every] == [f"e{i}" for i in range(1, len(every) + 1)]
    evs = [e for e in every if e.acled]
    info = [(e.trigger.text, e.place, e.acled and e.acled.sub_event_type, e.date, e.modality) for e in evs]
    assert [e.trigger.text.split()[-1] for e in evs] == triggers, info
    assert [len(e.mentions) for e in evs] == mentions, info
    for e in evs:
        for m in e.mentions:
            assert text[m.span[0]:m.span[1]] == m.text
            assert m.span[0] > e.trigger.span[0]


def test_merged_event_keeps_lowest_figures(nlp: Language, stage: EventStage) -> None:
    text = ("A Russian missile struck Kupiansk on Monday, killing 12 people. "
            "Police said the Russian missile had struck Kupiansk and killed at least 9 people.")
    evs = [e for e in _run(nlp, stage, text) if e.acled]
    assert len(evs) == 1 and len(evs[0].mentions) == 1, [(e.trigger.text, e.fatalities) for e in evs]
    assert evs[0].fatalities == 9
    assert evs[0].date == "2024-03-11"


def test_ambiguous_mention_joins_none(nlp: Language, stage: EventStage) -> None:
    text = ("Russian troops shelled Marinka. Russian troops shelled Avdiivka. "
            "Officials said Russian troops shelled the Donetsk region.")
    evs = [e for e in _run(nlp, stage, text) if e.acled]
    assert [len(e.mentions) for e in evs] == [0, 0, 0], [(e.trigger.text, e.place) for e in evs]
