"""Actors: dictionary matching, metonymic places as actors, in-document coreference.

Interface used by the pipeline (keep it stable):

    stage = ActorStage.from_settings(settings)
    actors: list[Actor] = stage.run(doc, sdoc, places)
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.model import Actor, Document, Place
from unfog.settings import Settings


class ActorStage:
    def __init__(self) -> None:
        pass

    @classmethod
    def from_settings(cls, settings: Settings) -> ActorStage:
        return cls()

    def run(self, doc: Document, sdoc: Doc, places: list[Place]) -> list[Actor]:
        return []
