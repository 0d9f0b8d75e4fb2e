"""Places: toponym recognition and resolution against the gazetteer.

Interface used by the pipeline (keep it stable):

    stage = GeoStage.from_settings(settings)
    places: list[Place] = stage.run(doc, sdoc)

One file per concern: ``names`` (keys), ``gazetteer`` (the index service), ``build`` (building the
index), ``recognize`` (finding toponyms), ``facilities`` (named buildings, streets and sites used as
locations, resolved to the place that locates them), ``resolve`` (choosing the entry), ``metonymy``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.geo.adjectives import find_adjectives, find_compounds
from unfog.geo.build import build_gazetteer, ensure_gazetteer, index_is_current
from unfog.geo.datelines import Newswire, RegionAbbreviations, link_containers
from unfog.geo.facilities import Facilities
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.knowledge import load_yaml
from unfog.geo.metonymy import mark_metonymy
from unfog.geo.recognize import Cues, Mention, Recognizer
from unfog.geo.resolve import resolve
from unfog.model import Document, Place, PlaceMention
from unfog.settings import Settings

__all__ = ["Gazetteer", "GeoStage", "build_gazetteer", "index_is_current"]


class GeoStage:
    def __init__(
        self, gazetteer: Gazetteer, cues: Cues, abbreviations: RegionAbbreviations | None = None,
        place_adjectives: bool = False,
    ) -> None:
        self.gazetteer = gazetteer
        self.cues = cues
        self.place_adjectives = place_adjectives
        self.recognizer = Recognizer(gazetteer, cues)
        self.facilities = Facilities(gazetteer, cues)
        abbreviations = abbreviations or RegionAbbreviations(load_yaml("region_abbreviations.yaml"))
        self.newswire = Newswire(gazetteer, abbreviations, cues.stopwords)

    @classmethod
    def from_settings(cls, settings: Settings) -> GeoStage:
        path = settings.gazetteer_path
        ensure_gazetteer(path)
        gazetteer = Gazetteer(path, settings.geonames_import_path)
        return cls(gazetteer, Cues(load_yaml("cues.yaml")), place_adjectives=settings.place_adjectives)

    def run(self, doc: Document, sdoc: Doc) -> list[Place]:
        mentions = self.recognizer.recognize(sdoc, self.newswire.find(sdoc))
        taken = {i for m in mentions for i in range(m.start, m.end)}
        extra = find_compounds(sdoc, self.gazetteer, self.cues, taken, self.place_adjectives)
        if self.place_adjectives:
            taken |= {m.start for m in extra}
            extra += find_adjectives(sdoc, self.gazetteer, self.cues, taken)
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.start)
        facilities = self.facilities.find(sdoc, mentions)
        if facilities:
            mentions = [m for m in mentions if not any(f.start <= m.start < f.end for f in facilities)]
        if not mentions and not facilities:
            return []
        mentions = link_containers(sdoc, mentions, self.gazetteer)
        inner = [(k, f.inner) for k, f in enumerate(facilities) if f.inner is not None]
        chosen = resolve(sdoc, [*mentions, *(m for _, m in inner)], self.gazetteer)
        chosen, inner_chosen = chosen[: len(mentions)], chosen[len(mentions) :]
        mark_metonymy(sdoc, mentions, chosen, self.cues)
        located = self.facilities.locate(
            sdoc, facilities, mentions, chosen, {k: c for (k, _), c in zip(inner, inner_chosen, strict=True)}
        )
        if located:
            pairs = sorted([*zip(mentions, chosen, strict=True), *located], key=lambda mc: mc[0].start)
            mentions, chosen = [m for m, _ in pairs], [c for _, c in pairs]
        return _places(mentions, chosen)


def _places(mentions: list[Mention], chosen: list[Candidate]) -> list[Place]:
    places: dict[int, Place] = {}
    for m, c in zip(mentions, chosen, strict=True):
        pm = PlaceMention(span=m.span, text=m.text, literal=m.literal, reason=m.reason,
                          kind="adjective" if m.kind == "adjective" else "facility" if m.kind == "facility" else "name")
        place = places.get(c.pid)
        if place is None:
            place = places[c.pid] = Place(
                id=f"p{len(places) + 1}", name=c.name, mentions=[], geonames_id=c.geonames_id,
                lat=round(c.lat, 5), lon=round(c.lon, 5), country_code=c.country_code, admin1=c.admin1,
                feature_code=c.feature_code, precision=c.precision, literal=False,
            )
        place.mentions.append(pm)
        place.spans.append(m.span)
        place.literal = place.literal or m.literal
    return list(places.values())
