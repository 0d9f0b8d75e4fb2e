"""The order of the stages, for one document and for a stream of documents; nothing else.

    nlp -> geo -> actors -> claims -> time -> events -> (link claims to events)

Time runs before events so that events can take their dates from resolved expressions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from unfog.actors import ActorStage
from unfog.claims import ClaimStage
from unfog.events import EventStage
from unfog.geo import GeoStage
from unfog.model import AnalysisRecord, Document
from unfog.nlp import load_nlp
from unfog.settings import Settings
from unfog.time import TimeStage


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
    ) -> None:
        self.nlp = nlp
        self.geo = geo
        self.actors = actors
        self.claims = claims
        self.time = time
        self.events = events

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Pipeline:
        settings = settings or Settings()
        return cls(
            nlp=load_nlp(),
            geo=GeoStage.from_settings(settings),
            actors=ActorStage.from_settings(settings),
            claims=ClaimStage.from_settings(settings),
            time=TimeStage(),
            events=EventStage.from_settings(settings),
        )

    def analyze(self, doc: Document) -> AnalysisRecord:
        return self._stages(doc, self.nlp(doc.text))

    def analyze_many(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[AnalysisRecord]:
        """Analyse a stream of documents, parsing them in batches; yields in input order."""
        pairs = ((d.text, d) for d in docs)
        for sdoc, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self._stages(doc, sdoc)

    def _stages(self, doc: Document, sdoc: Doc) -> AnalysisRecord:
        places = self.geo.run(doc, sdoc)
        actors = self.actors.run(doc, sdoc, places)
        claims = self.claims.run(doc, sdoc, actors)
        times = self.time.run(doc, sdoc)
        events = self.events.run(doc, sdoc, places, actors, claims, times)
        by_claim: dict[str, list[str]] = {}
        for ev in events:
            for cid in ev.claims:
                by_claim.setdefault(cid, []).append(ev.id)
        for cl in claims:
            cl.events = by_claim.get(cl.id, [])
        return AnalysisRecord(
            document=doc, places=places, actors=actors, claims=claims, events=events, times=times
        )
