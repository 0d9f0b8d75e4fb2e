"""The kind of place a name's own head noun says: "Lake X", "Mount X", "the X River", "the X
Mountains". The head, capitalised right next to a gazetteer match and so part of the name, names the
feature class (``cues.yaml`` ``head_classes``: GeoNames feature codes): only candidates of that class
are the place: "Lake Chad" is no country, "the Niger River" no country or region. A name the
gazetteer holds whole ("Lake Charles", "Mount Vernon", the towns) is matched whole and untouched.
Where no candidate is of the class the head names (the packaged gazetteer holds few waters and
mountains), the cities of 100,000 that bear the name as their main name are kept (a city named like
a river or mountain lies by it: "the Chicago River"), never a country or region, whose point lies
far from the water, nor a small town of the name somewhere else ("Lake Chad" is no village called
Chad); where such cities lie apart, the name says none of them ("Lake Victoria": Hong Kong's or
British Columbia's?); with no such city, the mention is left out, and the name left to ``areas`` (a water or a
mountain is placed there only by a stated relation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate
from unfog.geo.joins import shared_noun
from unfog.geo.recognize import Mention
from unfog.geodesy import km
from unfog.settings import GEO_DISTANCES

CITY = 100_000  # a city this populous, named like a water or mountain, is taken to lie by it


def named_head(sdoc: Doc, m: Mention, head_classes: Mapping[str, frozenset[str]],
               plurals: dict[str, str] | None = None) -> frozenset[str] | None:
    """The feature codes the capitalised head noun right before ("Lake X", "Mount X") or right after
    ("X River", "X Mountains") the mention names, or the plural head it shares with the names
    coordinated with it ("the Ohio and Mississippi rivers": ``plurals``, cues ``head_plurals``), or None
    (no such head)."""
    for k in (m.start - 1, m.end):
        if 0 <= k < len(sdoc) and sdoc[k].text[:1].isupper():
            codes = head_classes.get(sdoc[k].lower_.rstrip("."))
            if codes is not None:
                return codes
    if plurals and (shared := shared_noun(sdoc, m.start, m.end, plurals)) is not None:
        return head_classes.get(plurals[sdoc[shared].lower_])
    return None


def of_named_class(sdoc: Doc, mentions: Sequence[Mention], head_classes: Mapping[str, frozenset[str]],
                   one_city_km: float = GEO_DISTANCES.one_city_km, plurals: dict[str, str] | None = None
                   ) -> list[Mention]:
    """The mentions, each named by a head noun kept to the candidates of the class it names, or else
    to its cities (one city: all within ``one_city_km`` of each other), and left out where there are
    none."""
    out: list[Mention] = []
    for m in mentions:
        codes = named_head(sdoc, m, head_classes, plurals) if m.kind == "name" else None
        if codes is None:
            out.append(m)
            continue
        kept = tuple(c for c in m.candidates if c.feature_code in codes) or _one_city(m, one_city_km)
        if kept:
            m.candidates = kept
            out.append(m)
    return out


def _one_city(m: Mention, one_city_km: float) -> tuple[Candidate, ...]:
    """The cities of 100,000 that bear the mention's name as their main name, where they are one city
    (all within ``one_city_km`` of each other); none where they lie apart: "Lake Victoria" names neither the
    Victoria of Hong Kong nor that of British Columbia, nor does the name say which."""
    cities = tuple(c for c in m.candidates if c.is_town and c.main and c.population >= CITY)
    if any(km(a.lat, a.lon, b.lat, b.lon) > one_city_km for a in cities for b in cities):
        return ()
    return cities
