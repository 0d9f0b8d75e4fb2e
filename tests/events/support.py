"""Helpers shared by the events tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from spacy.language import Language

from unfog.context import DocContext
from unfog.events import EventOutput, EventStage
from unfog.model import Actor, AnalysisRecord, Claim, Document, Event, Place
from unfog.pipeline import Pipeline
from unfog.time import TimeStage

PUBLISHED = "2024-03-13"


def context(nlp: Language, text: str, places: Sequence[Place] = (), actors: Sequence[Actor] = (),
            claims: Sequence[Claim] = (), times: bool = False, published: str | None = PUBLISHED) -> DocContext:
    """One text's context with the records given; ``times``: with the time stage's expressions."""
    ctx = DocContext(Document(id="t", text=text, published=published), nlp(text), places=tuple(places),
                     actors=tuple(actors), claims=tuple(claims))
    return ctx.with_records(times=TimeStage().run(ctx)) if times else ctx


def run(nlp: Language, stage: EventStage, text: str) -> list[Event]:
    """The events of one text with no places, actors, claims or times (published 2024-03-13)."""
    return stage.run(context(nlp, text)).events


def merged_actors(given: Sequence[Actor], out: EventOutput) -> list[Actor]:
    """The document's actors after the events stage, as the pipeline merges them: the given ones
    with the description mentions found for them, then the description actors found."""
    return [a.model_copy(update={"mentions": [*a.mentions, *out.mentions.get(a.id, [])]}) for a in given] + list(
        out.actors)


#: the modalities of an act said to have happened
OCCURRED = ("asserted", "reported", "claimed", "confirmed")


def analyze(pipeline: Pipeline, text: str) -> AnalysisRecord:
    """One text through the whole pipeline (published 2024-03-13)."""
    return pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))


def occurred_typed(rec: AnalysisRecord) -> list[Event]:
    """The events with an ACLED type that are said to have happened."""
    return [e for e in rec.events if e.acled is not None and e.modality in OCCURRED]


def label(events: list[Event], key: Callable[[Event], str | None]) -> str:
    """The commonest type among asserted events, ties to the earliest; NONE without one."""
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, e in enumerate(events):
        if e.modality != "asserted" or (k := key(e)) is None:
            continue
        seen[k] += 1
        first.setdefault(k, i)
    return max(seen, key=lambda k: (seen[k], -first[k])) if seen else "NONE"


def plover(e: Event) -> str | None:
    return e.plover.event_type if e.plover else None


def acled(e: Event) -> str | None:
    return e.acled.sub_event_type if e.acled else None


def assert_label(nlp: Language, stage: EventStage, text: str, key: Callable[[Event], str | None],
                 want: str) -> None:
    """The text's document label by ``key`` (``acled`` or ``plover``) is ``want``, as the scorer counts."""
    evs = run(nlp, stage, text)
    assert label(evs, key) == want, [(e.trigger.text, key(e), e.modality) for e in evs]
