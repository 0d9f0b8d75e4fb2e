"""Claims: attribution cues, sources, content, relays, channels, stance and framing.

Interface used by the pipeline (keep it stable):

    stage = ClaimStage.from_settings(settings)
    claims: list[Claim] = stage.run(doc, sdoc, actors)
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.model import Actor, Claim, Document
from unfog.settings import Settings


class ClaimStage:
    def __init__(self) -> None:
        pass

    @classmethod
    def from_settings(cls, settings: Settings) -> ClaimStage:
        return cls()

    def run(self, doc: Document, sdoc: Doc, actors: list[Actor]) -> list[Claim]:
        return []
