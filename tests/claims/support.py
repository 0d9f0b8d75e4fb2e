"""Helpers shared by the claims tests."""

from __future__ import annotations

from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.context import DocContext
from unfog.model import Actor, Claim, Document


def run(nlp: Language, stage: ClaimStage, text: str, actors: list[Actor] | None = None) -> list[Claim]:
    """The claims of one text (with the given actors, none by default)."""
    return stage.run(DocContext(Document(id="t", text=text), nlp(text), actors=tuple(actors or ())))


def by_cue(claims: list[Claim], cue: str) -> Claim:
    """The first claim whose cue reads `cue` (case-insensitive)."""
    hits = [c for c in claims if c.cue.text.lower() == cue.lower()]
    assert hits, f"no claim with cue {cue!r}: {[c.cue.text for c in claims]}"
    return hits[0]
