"""Places: toponym recognition and resolution against the gazetteer.

Interface used by the pipeline (keep it stable):

    stage = GeoStage.from_settings(settings)
    places: list[Place] = stage.run(doc, sdoc)
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.model import Document, Place
from unfog.settings import Settings


class GeoStage:
    def __init__(self) -> None:
        pass

    @classmethod
    def from_settings(cls, settings: Settings) -> GeoStage:
        return cls()

    def run(self, doc: Document, sdoc: Doc) -> list[Place]:
        return []
