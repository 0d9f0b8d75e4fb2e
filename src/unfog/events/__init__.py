"""Events: triggers typed by ACLED and PLOVER, arguments, casualties, modality, dates.

Interface used by the pipeline (keep it stable):

    stage = EventStage.from_settings(settings)
    events: list[Event] = stage.run(doc, sdoc, places, actors, claims, times)

Each event lists in ``Event.claims`` the ids of the claims whose content holds its trigger; the
pipeline derives ``Claim.events`` from that.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.model import Actor, Claim, Document, Event, Place, TimeExpr
from unfog.settings import Settings


class EventStage:
    def __init__(self) -> None:
        pass

    @classmethod
    def from_settings(cls, settings: Settings) -> EventStage:
        return cls()

    def run(
        self,
        doc: Document,
        sdoc: Doc,
        places: list[Place],
        actors: list[Actor],
        claims: list[Claim],
        times: list[TimeExpr],
    ) -> list[Event]:
        return []
