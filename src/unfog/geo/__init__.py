"""Places: toponym recognition and resolution against the gazetteer; the one place that decides
metonymy.

Contract (``unfog.stage``)::

    stage = GeoStage.from_settings(settings)      # opens the gazetteer, reads geo/*.yaml once
    places: list[Place] = stage.run(ctx)          # per document

- reads: ``ctx.doc`` and ``ctx.sdoc`` (the parse); no records of other stages (it runs first).
- returns: one :class:`~unfog.model.Place` per distinct place, mentions in text order, each mention
  ``literal=False`` where the name stands for a government or people (``metonymy``); the actor stage
  makes those mentions actors and does not decide again.
- may not touch: the context, the parse, its knowledge (``cues``, the gazetteer) or anything it
  returned for another document.
- holds: ``gazetteer`` (the index of ``settings.gazetteer_path``, opened by :func:`open_gazetteer`),
  which the pipeline hands to the actor stage (``ActorStage.from_settings(settings, geo.gazetteer)``);
  ``ranker``, the learned candidate ranker of ``geo/rank_model.json``; ``embedded``, the learned
  decision on names the rules left alone (``geo/embedded_model.json``, with ``place_adjectives`` only).

One file per concern: ``names`` (keys), ``gazetteer`` (the index service), ``build`` (building and
opening the index), ``recognize`` (finding toponyms), ``facilities`` (named buildings, streets and sites
used as locations, resolved to the place that locates them), ``resolve`` (choosing the entry), ``rank``
(the learned ranker that makes the final choice), ``relative`` (appositions and relative locations:
"X, a suburb of Y"), ``embedded`` (names inside longer names, learned),
``lists`` (names in one list read alike), ``parallel`` (a region named like its capital, coordinated
with regions, is the region), ``counties`` (a county the text names holds its towns),
``discourse`` (one sense and one region per discourse: a local story's towns lie in its region),
``districts`` (parts of a named town, resolved or placed at the town), ``areas`` (areas the gazetteer
lacks, placed at the place the text ties them to),
``metonymy``, ``heads`` (the kind of place a name's head noun says: "Lake X" is no town),
``knowledge`` (reading ``geo/*.yaml``).
"""

from __future__ import annotations

from unfog.context import DocContext
from unfog.geo.adjectives import find_adjectives, find_compounds
from unfog.geo.areas import Areas
from unfog.geo.build import build_gazetteer, index_is_current, open_gazetteer
from unfog.geo.counties import county_towns
from unfog.geo.datelines import Newswire, RegionAbbreviations, link_containers
from unfog.geo.discourse import (
    far_aliases,
    foreign_outliers,
    home_region_towns,
    home_regions,
    local_namesakes,
)
from unfog.geo.districts import Districts
from unfog.geo.embedded import Embedded, load_model
from unfog.geo.facilities import Facilities
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.heads import of_named_class
from unfog.geo.joins import one_region
from unfog.geo.knowledge import load_yaml
from unfog.geo.lists import like_with_like, listed_names
from unfog.geo.metonymy import mark_metonymy
from unfog.geo.namesakes import country_namesakes
from unfog.geo.parallel import coordinated_regions
from unfog.geo.rank import load_ranker
from unfog.geo.recognize import Cues, Mention, Recognizer
from unfog.geo.relative import appositive_towns, link_relative
from unfog.geo.resolve import Chooser, demonyms, resolve
from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import reporting_verbs
from unfog.model import Place, PlaceMention
from unfog.settings import GEO_DISTANCES, GeoDistances, Settings

__all__ = ["Gazetteer", "GeoStage", "build_gazetteer", "index_is_current", "open_gazetteer"]


class GeoStage:
    def __init__(
        self, gazetteer: Gazetteer, cues: Cues, abbreviations: RegionAbbreviations | None = None,
        place_adjectives: bool = False, knowledge: Knowledge = PACKAGED, ranker: Chooser | None = None,
        distances: GeoDistances = GEO_DISTANCES,
    ) -> None:
        self.embedded = Embedded(gazetteer, cues, load_model(knowledge) if place_adjectives else None)
        self.gazetteer = gazetteer
        self.cues = cues
        self.place_adjectives = place_adjectives
        self.ranker = ranker  # the learned ranker (rank.py); None: the hand-set score alone
        self.distances = distances  # settings.geo, read once
        self.recognizer = Recognizer(gazetteer, cues, distances)
        self.facilities = Facilities(gazetteer, cues, distances)
        self.districts = Districts(gazetteer, cues, distances)
        self.areas = Areas(gazetteer, cues)
        abbreviations = abbreviations or RegionAbbreviations(load_yaml("region_abbreviations.yaml", knowledge))
        self.newswire = Newswire(gazetteer, abbreviations, cues.stopwords)

    @classmethod
    def from_settings(cls, settings: Settings) -> GeoStage:
        knowledge = settings.knowledge
        return cls(
            open_gazetteer(settings), Cues(load_yaml("cues.yaml", knowledge), reporting_verbs(knowledge)),
            place_adjectives=settings.place_adjectives, knowledge=knowledge, ranker=load_ranker(knowledge),
            distances=settings.geo,
        )

    def run(self, ctx: DocContext) -> list[Place]:
        """The places of ``ctx``'s document (see the module's contract)."""
        sdoc = ctx.sdoc
        mentions = of_named_class(sdoc, self.recognizer.recognize(sdoc, self.newswire.find(sdoc)),
                                  self.cues.head_classes, self.distances.one_city_km,
                                 self.cues.head_plurals)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        extra = find_compounds(sdoc, self.gazetteer, self.cues, taken, self.place_adjectives)
        if self.place_adjectives:
            taken |= {m.start for m in extra}
            extra += find_adjectives(sdoc, self.gazetteer, self.cues, taken)
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.start)
        if listed := listed_names(sdoc, mentions, self.gazetteer, self.cues.stopwords,
                                  {i for m in mentions for i in range(m.start, m.end)}, self.cues.preps):
            mentions = sorted([*mentions, *listed], key=lambda m: m.start)
        facilities = self.facilities.find(sdoc, mentions)
        if facilities:
            mentions = [m for m in mentions if not any(f.start <= m.start < f.end for f in facilities)]
        if self.embedded.model is not None:
            held = {i for m in mentions for i in range(m.start, m.end)}
            held |= {i for f in facilities for i in range(f.start, f.end)}
            if embedded := self.embedded.find(sdoc, held, mentions):
                mentions = sorted([*mentions, *embedded], key=lambda m: m.start)
        if not mentions and not facilities:
            return []
        mentions = link_containers(sdoc, mentions, self.gazetteer)
        if appositive := appositive_towns(sdoc, mentions, self.gazetteer, self.cues):
            mentions = sorted([*mentions, *appositive], key=lambda m: m.start)
        link_relative(sdoc, mentions, self.cues, self.distances.county_km)
        inner = [(k, f.inner) for k, f in enumerate(facilities) if f.inner is not None]
        chosen = resolve(sdoc, [*mentions, *(m for _, m in inner)], self.gazetteer, self.ranker,
                         self.distances)
        chosen, inner_chosen = chosen[: len(mentions)], chosen[len(mentions) :]
        chosen = one_region(sdoc, mentions, chosen, self.cues.region_plurals)
        chosen = like_with_like(sdoc, mentions, chosen)
        chosen = coordinated_regions(sdoc, mentions, chosen)
        chosen = county_towns(mentions, chosen, self.distances.county_km, home_regions(mentions, chosen))
        adjectives = frozenset(cc for _, cc in demonyms(sdoc, self.gazetteer))
        chosen = home_region_towns(mentions, chosen, self.distances.local_km, self.distances.near_km, adjectives)
        chosen = country_namesakes(sdoc, mentions, chosen, adjectives)
        chosen = local_namesakes(mentions, chosen, self.distances.local_km, adjectives)
        far = far_aliases(mentions, chosen, self.distances.near_km) | foreign_outliers(
            mentions, chosen, self.distances.near_km, adjectives)
        if far:
            mentions = [m for k, m in enumerate(mentions) if k not in far]
            chosen = [c for k, c in enumerate(chosen) if k not in far]
        mark_metonymy(sdoc, mentions, chosen, self.cues)
        located = self.facilities.locate(
            sdoc, facilities, mentions, chosen, {k: c for (k, _), c in zip(inner, inner_chosen, strict=True)}
        )
        found = [d for d in self.districts.find(sdoc)
                 if not any(f.start < d.end and d.start < f.end for f in facilities)]  # a facility's name
        districts, dropped = self.districts.locate(sdoc, found, mentions, chosen)
        if located or districts:
            pairs = [mc for k, mc in enumerate(zip(mentions, chosen, strict=True)) if k not in dropped]
            pairs = sorted([*pairs, *located, *districts], key=lambda mc: mc[0].start)
            mentions, chosen = [m for m, _ in pairs], [c for _, c in pairs]
        held = {i for m in mentions for i in range(m.start, m.end)} | {
            i for f in facilities for i in range(f.start, f.end)}
        if areas := self.areas.find(sdoc, mentions, chosen, held):
            pairs = sorted([*zip(mentions, chosen, strict=True), *areas], key=lambda mc: mc[0].start)
            mentions, chosen = [m for m, _ in pairs], [c for _, c in pairs]
        return _places(mentions, chosen)


def _places(mentions: list[Mention], chosen: list[Candidate]) -> list[Place]:
    """One record per distinct place, in order of first mention, each made once from its mentions."""
    by_place: dict[int, tuple[Candidate, list[PlaceMention]]] = {}
    # a district placed at its town, a place named only as a part of it ("western X"): the precision
    # of a part of the place, where every mention of it says so
    precision: dict[int, int | None] = {}
    for m, c in zip(mentions, chosen, strict=True):
        if "precision" in m.meta and precision.get(c.pid, 0) is not None:
            precision[c.pid] = max(c.precision, int(m.meta["precision"]))
        else:
            precision[c.pid] = None
        pm = PlaceMention(span=m.span, text=m.text, literal=m.literal, reason=m.reason,
                          kind=m.kind if m.kind in ("adjective", "facility", "embedded") else "name")
        by_place.setdefault(c.pid, (c, []))[1].append(pm)
    return [
        Place(
            id=f"p{n}", name=c.name, mentions=pms, spans=[pm.span for pm in pms], geonames_id=c.geonames_id,
            lat=round(c.lat, 5), lon=round(c.lon, 5), country_code=c.country_code, admin1=c.admin1,
            feature_code=c.feature_code, precision=precision[c.pid] or c.precision,
            literal=any(pm.literal for pm in pms),
        )
        for n, (c, pms) in enumerate(by_place.values(), 1)
    ]
