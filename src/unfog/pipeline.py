"""The order of the stages, for one document and for a stream of documents; nothing else.

    nlp -> geo -> actors -> claims -> time -> events -> (link claims to events, forwards as relays)

A document identified as not English (``Document.language``) is not parsed: its record has the
document alone.

Each stage keeps the contract of ``unfog.stage``: it reads a :class:`~unfog.context.DocContext` and
returns the records it makes. The pipeline builds the context once after parsing and extends it
with each stage's records; it adds the description actors the events stage returns to the actors,
and links claims to the events whose triggers their contents hold. Time runs before events so
that events can take their dates from resolved expressions.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby

from spacy.language import Language
from spacy.tokens import Doc

from unfog.actors import ActorStage
from unfog.claims import ClaimStage
from unfog.context import DocContext
from unfog.events import EventOutput, EventStage
from unfog.geo import GeoStage
from unfog.ingest.language import analysed
from unfog.model import Actor, AnalysisRecord, Claim, Document, Event, Relay
from unfog.nlp import load_nlp
from unfog.posts import posted
from unfog.settings import DEFAULT_MAX_CHARS, Settings
from unfog.time import TimeStage


@dataclass(frozen=True)
class AnalysisFailure:
    """A document the stages could not analyse: reported and skipped, the batch goes on."""

    document: Document
    error: str

    def __str__(self) -> str:
        return f"{self.document.origin or self.document.id}: analysis failed ({self.error})"


class Pipeline:
    """Holds the loaded model and every stage; build it once, analyse many documents."""

    def __init__(
        self,
        nlp: Language,
        geo: GeoStage,
        actors: ActorStage,
        claims: ClaimStage,
        time: TimeStage,
        events: EventStage,
        max_chars: int = DEFAULT_MAX_CHARS,
        batch_size: int = 32,
    ) -> None:
        self.nlp = nlp
        self.geo = geo
        self.actors = actors
        self.claims = claims
        self.time = time
        self.events = events
        self.max_chars = max_chars
        self.batch_size = batch_size
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, nlp: Language | None = None) -> Pipeline:
        """Load everything the stages need; pass `nlp` to reuse an already loaded model."""
        settings = settings or Settings()
        geo = GeoStage.from_settings(settings)
        pipeline = cls(
            nlp=nlp if nlp is not None else load_nlp(knowledge=settings.knowledge),
            geo=geo,
            actors=ActorStage.from_settings(settings, gazetteer=geo.gazetteer),
            claims=ClaimStage.from_settings(settings),
            time=TimeStage.from_settings(settings),
            events=EventStage.from_settings(settings),
            max_chars=settings.max_chars,
            batch_size=settings.batch_size,
        )
        # the model and the knowledge just loaded live as long as the process: out of the cyclic
        # garbage collector's generations, its full collections no longer walk them over and over
        # while documents are analysed (about 1% of the analysis time)
        gc.freeze()
        return pipeline

    def analyze(self, doc: Document) -> AnalysisRecord:
        if not analysed(doc):
            return AnalysisRecord(document=doc)
        return self._stages(doc, self.nlp(doc.text))

    def analyze_many(
        self, docs: Iterable[Document], batch_size: int | None = None
    ) -> Iterator[AnalysisRecord | AnalysisFailure]:
        """Analyse a stream of documents, parsing them in batches; yields in input order. A document
        on which a stage fails yields an AnalysisFailure instead of stopping the batch."""
        for kind, run in groupby(docs, key=self._kind):
            if kind == "foreign":  # stored with its language, never analysed as English
                yield from (AnalysisRecord(document=doc) for doc in run)
                continue
            if kind == "too long":
                for doc in run:
                    yield AnalysisFailure(
                        doc, f"too long: {len(doc.text):,} characters, the limit is {self.max_chars:,} "
                        "(split it, or raise UNFOG_MAX_CHARS)"
                    )
                continue
            pairs = ((d.text, d) for d in run)
            for sdoc, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size or self.batch_size):
                try:
                    yield self._stages(doc, sdoc)
                except Exception as e:  # a bug on one odd document must not lose the others
                    yield AnalysisFailure(doc, f"{type(e).__name__}: {e}")

    def _kind(self, doc: Document) -> str:
        if not analysed(doc):
            return "foreign"
        return "too long" if len(doc.text) > self.max_chars else "analyse"

    def _stages(self, doc: Document, sdoc: Doc) -> AnalysisRecord:
        # the cyclic garbage collector waits while one document is analysed: the stages make and drop
        # many short-lived objects (freed by their reference counts), and a collection every few
        # hundred allocations walked the young ones again and again; what cycles they leave are
        # collected after the document by the usual thresholds (nothing outlives the document for it)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run_stages(doc, sdoc)
        finally:
            if was_enabled:
                gc.enable()

    def _run_stages(self, doc: Document, sdoc: Doc) -> AnalysisRecord:
        ctx = DocContext(doc, sdoc)
        places = self.geo.run(ctx)
        ctx = ctx.with_records(places=places)
        actors = self.actors.run(ctx)
        ctx = ctx.with_records(actors=actors)
        claims = posted(self.claims.run(ctx), doc)  # a post: see unfog.posts
        times = self.time.run(ctx.with_records(claims=claims))
        ectx = ctx.with_records(claims=claims, times=times)
        if (day := self.time.report_day(doc, sdoc)) is not None:  # a dated dateline: the events' "today"
            ectx = dataclasses.replace(ectx, doc=doc.model_copy(update={"published": day}))
        found = self.events.run(ectx)
        return AnalysisRecord(
            document=doc, places=places, actors=with_description_actors(actors, found),
            claims=forwarded(linked_claims(claims, found.events), doc), events=found.events, times=times,
        )


def with_description_actors(actors: list[Actor], found: EventOutput) -> list[Actor]:
    """The actors with the events stage's finds: further mentions of known actors, then new actors."""
    if not found.actors and not found.mentions:
        return actors
    out = [
        a.model_copy(update={"mentions": [*a.mentions, *found.mentions[a.id]]}) if a.id in found.mentions else a
        for a in actors
    ]
    return [*out, *found.actors]


def linked_claims(claims: list[Claim], events: list[Event]) -> list[Claim]:
    """Copies of the claims listing the events whose triggers their contents hold (``Event.claims``)."""
    by_claim: dict[str, list[str]] = {}
    for ev in events:
        for cid in ev.claims:
            by_claim.setdefault(cid, []).append(ev.id)
    return [c.model_copy(update={"events": by_claim[c.id]}) if c.id in by_claim else c for c in claims]


def forwarded(claims: list[Claim], doc: Document) -> list[Claim]:
    """In a forwarded post (``Document.forwarded_from``), the channel it was forwarded from is the
    last relay of every claim: it stands between the claim's source and the forwarding outlet (of
    a claim it is the source of, it is no relay)."""
    if not doc.forwarded_from:
        return claims
    relay = Relay(name=doc.forwarded_from)
    return [c if c.source is not None and c.source.span is None and c.source.name == doc.forwarded_from
            else c.model_copy(update={"relays": [*c.relays, relay]}) for c in claims]
