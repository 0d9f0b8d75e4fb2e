"""One region per discourse: a local story's towns lie in the region it establishes (issue 12).

Two mechanisms of toponym resolution in local news, applied after the ranker:

- one sense per discourse (Gale, Church and Yarowsky 1992; for toponyms Leidner 2007, 5.2): a name the
  text places by its own phrase ("X, State", a dateline "X, St. —", "X, Country") keeps that reading
  where it recurs bare, before or after ("LEBANON, Ohio — ... the Lebanon school board": the town in
  Ohio, not the country; "clashes in Velden ... Velden, Kaganian's second city": Kagania's Velden);
- spatial minimality (Leidner 2007, 5.3): the readings of a document's names lie close together. A
  name read as a town outside every first-level region the document establishes (one it names, or
  the region of a town it names with its region) is read instead as a namesake town in such a
  region that lies within ``local_km`` of a town the document places there ("Madison" beside
  "Ridgeland" and "Canton, Miss.": the Mississippi town, not Wisconsin's capital). A neighbouring
  town is the evidence, as in ``rank.local_namesake``; a region named alone moves nothing here (the
  ranker's ``named_region`` weighs it), nor are countries, first-level regions or national capitals
  read as towns.

A name read as a small town (fewer than ``recognize.SMALL_TOWN`` people) outside the regions the story
establishes and farther than ``near_km`` from every other place it settles, not placed by its own phrase
("X, State"), is left out (``far_aliases``): spatial minimality again; the name is more likely a village
of the story's own region the gazetteer lacks. Where the story establishes no region, only a reading by
an alternate name (an old or variant name of a village elsewhere: weak evidence) is so left out.

A name read as a town of a country the story holds nothing else of (no other name of it read there, no
adjective of it), in a document with a country of its own (named, or holding two other names), no
capital nor well-known city (``resolve.well_known``), by an alternate name or with fewer than
``gazetteer.LARGE_TOWN`` people, farther than ``near_km`` from every other place, and not placed by its own
phrase, is left out too (``foreign_outliers``): spatial minimality with the country as the unit.
The gazetteer (towns of 500 people and more) lacks many villages of conflict zones and of rural
counties; their names then reach only a namesake abroad ("Boni" in a story of Mali: Bonn by an old
name), a reading the story gives no support.

A name the dateline's region or the story's countries decide is ``namesakes``' (a namesake in the
dateline's region; a short name two countries share, a country's name a region of another bears).
"""

from __future__ import annotations

from collections.abc import Sequence

from unfog.geo.gazetteer import LARGE_TOWN, Candidate, entry_count
from unfog.geo.names import normalize
from unfog.geo.namesakes import dateline_namesakes
from unfog.geo.recognize import SMALL_TOWN, Mention
from unfog.geo.resolve import alias_of_other, well_known
from unfog.geo.signs import Region, established_regions
from unfog.geodesy import km

LOCAL_NEIGHBOURS = 2  # other names read within local_km of a namesake before it outweighs a capital


def home_regions(mentions: Sequence[Mention], chosen: Sequence[Candidate]) -> frozenset[Region]:
    """The first-level regions the document establishes (``signs.established_regions``): each it names
    (read as the region), the region of each town it names with its region ("X, State", "X, St."),
    that of the town its dateline names alone ("PITTSBURGH —": AP datelines name a city alone only where
    it needs no region, so its reading is the story's own place), and that of a second-level region whose
    name only one first-level region holds ("Door County")."""
    named = ((c.country_code or "", c.name) for m, c in zip(mentions, chosen, strict=True)
             if m.kind == "name" and c.is_admin1)
    dated = ((c.country_code or "", c.admin1) for m, c in zip(mentions, chosen, strict=True)
             if m.reason == "dateline" and m.admin1_hint is None and c.is_town and c.admin1)
    counties = ((c.country_code or "", c.admin1) for m, c in zip(mentions, chosen, strict=True)
                if m.kind == "name" and c.is_admin2 and c.admin1 and _one_region(m))
    return established_regions(named, [*(m.admin1_hint for m in mentions if m.admin1_hint is not None), *dated,
                                       *counties])


def _one_region(m: Mention) -> bool:
    """Every second-level region the name may be lies in one first-level region ("Door County": only
    Wisconsin's), and the name is no town: a county so named places the story in that region."""
    regions = {(c.country_code, c.admin1) for c in m.candidates if c.is_admin2}
    return len(regions) == 1 and not any(c.is_town for c in m.candidates)


def _stated(m: Mention, c: Candidate) -> bool:
    """The reading lies in the region, or else the country, the mention's own phrase names ("X, State";
    "X, Country", "X, Country's second city")."""
    return c.is_town and _held(m, c)


def home_region_towns(mentions: Sequence[Mention], chosen: Sequence[Candidate], local_km: float, near_km: float,
                      adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with bare repeats of a name placed by its phrase read as it is there, bare names
    read as their namesakes in the dateline's region (``namesakes.dateline_namesakes``), and towns outside
    the document's regions read as namesakes beside its towns inside them."""
    out = [_contained(m, c) for m, c in zip(mentions, chosen, strict=True)]
    stated: dict[str, Candidate] = {}
    for m, c in zip(mentions, out, strict=True):
        if m.kind == "name" and _stated(m, c):
            stated.setdefault(normalize(m.text), c)
    for j, m in enumerate(mentions):
        if m.kind != "name" or m.admin1_hint is not None or m.country_hint or m.hint == "admin1":
            continue
        said = stated.get(normalize(m.text))
        if said is not None and out[j].pid != said.pid and any(t.pid == said.pid for t in m.candidates):
            out[j] = said
    out = dateline_namesakes(mentions, out, set(stated), near_km, adjectives)
    home = home_regions(mentions, out)
    if not home:
        return out
    keys = [normalize(m.text) for m in mentions]
    for j, m in enumerate(mentions):
        c = out[j]
        if m.kind != "name" or not c.is_town or c.feature_code == "PPLC" or (c.country_code, c.admin1) in home \
                or m.admin1_hint is not None or m.country_hint:
            continue
        points = [(t.lat, t.lon) for k, t in enumerate(out) if keys[k] != keys[j] and mentions[k].kind == "name"
                  and t.is_town and (t.country_code, t.admin1) in home]
        near = [(min(km(t.lat, t.lon, lat, lon) for lat, lon in points), t) for t in m.candidates if points
                and t.is_town and (t.country_code, t.admin1) in home and not alias_of_other(t, m, m.candidates)]
        near = [(d, t) for d, t in near if d <= local_km]
        if near:
            out[j] = min(near, key=lambda dt: dt[0])[1]
    return out


def _contained(m: Mention, c: Candidate) -> Candidate:
    """The reading of a name its own phrase places in a region or country ("MÉRIDA, Venezuela —", "X,
    State"): the most populous of its entries of the reading's kind (town or not) that lie there where
    the reading does not and some such entry does. The phrase states containment (the newswire's
    "<Town>, <Region or Country>", ``datelines.link_containers``): a town of that name elsewhere, however
    well known, is not the one meant."""
    if m.kind != "name" or (m.admin1_hint is None and not m.country_hint) or _held(m, c):
        return c
    held = [t for t in m.candidates if t.is_town == c.is_town and _held(m, t)]
    return max(held, key=lambda t: t.population) if held else c


def _held(m: Mention, c: Candidate) -> bool:
    """The entry lies inside the region (else the country) that the mention's own phrase names."""
    if m.admin1_hint is not None:
        return m.admin1_hint in ((c.country_code, c.admin1), (c.country_code, c.name if c.is_admin1 else None))
    return m.country_hint is not None and c.country_code == m.country_hint


def far_aliases(mentions: Sequence[Mention], chosen: Sequence[Candidate], near_km: float) -> set[int]:
    """Indices of the names read as a small town outside the regions the story establishes (by an
    alternate name where it establishes none), farther than ``near_km`` from every other place it
    settles, and not placed by their own phrase."""
    home = home_regions(mentions, chosen)
    keys = [normalize(m.text) for m in mentions]
    out: set[int] = set()
    for j, (m, c) in enumerate(zip(mentions, chosen, strict=True)):
        if m.kind != "name" or (c.main and not home) or not c.is_town or c.population >= SMALL_TOWN \
                or (c.country_code, c.admin1) in home or m.admin1_hint is not None or m.country_hint:
            continue
        others = [t for k, t in enumerate(chosen) if keys[k] != keys[j] and not (t.is_country or t.is_large)]
        if others and all(km(c.lat, c.lon, t.lat, t.lon) > near_km for t in others):
            out.add(j)
    return out


def foreign_outliers(mentions: Sequence[Mention], chosen: Sequence[Candidate], near_km: float,
                     adjectives: frozenset[str] = frozenset()) -> set[int]:
    """Indices of the names read as a town of a country no other name of the document is read in nor
    any of its adjectives (``adjectives``: the country codes of the document's place adjectives)
    names, in a document that has a country of its own (one it names, by name or adjective, or that holds
    the readings of two other names): no capital, no well-known city, reached by an alternate name or
    smaller than ``LARGE_TOWN``, farther than ``near_km`` from every other place, not placed by its own
    phrase. Two towns of two countries and nothing else say nothing of each other. A well-known city
counts too where the story introduces the name with a kind phrase ("the town of X", "the small
settlement of X"): a referent new to the reader is introduced by a description, one the reader knows
by its name alone (Prince 1981, brand-new against unused entities), so the town so introduced is
not the famous city abroad."""
    keys = [normalize(m.text) for m in mentions]
    introduced = {keys[k] for k, m in enumerate(mentions) if m.hint == "town"}
    out: set[int] = set()
    for j, (m, c) in enumerate(zip(mentions, chosen, strict=True)):
        if m.kind != "name" or not c.is_town or c.feature_code == "PPLC" or m.admin1_hint is not None \
                or m.country_hint or c.country_code in adjectives \
                or (c.main and c.population >= LARGE_TOWN and keys[j] not in introduced):
            continue
        others = [(keys[k], t) for k, t in enumerate(chosen) if keys[k] != keys[j]]
        if not others or any(t.country_code == c.country_code for _, t in others) or (
                well_known(c, m.candidates) and keys[j] not in introduced):
            continue
        if not (adjectives or any(t.is_country for _, t in others) or _holds_two(others)):
            continue
        if all(km(c.lat, c.lon, t.lat, t.lon) > near_km for _, t in others if not (t.is_country or t.is_large)):
            out.add(j)
    return out


def local_namesakes(mentions: Sequence[Mention], chosen: Sequence[Candidate], local_km: float,
                    adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with a name read as a country, a national capital or a well-known city of a
    country nothing else of the document lies in (no other name read there, none of its adjectives, not
    placed by its own phrase) read instead as its namesake town that lies within ``local_km`` of the
    readings of ``LOCAL_NEIGHBOURS`` other names or more, or of one name the text settles by itself (a
    name of one entry, or placed by its own phrase or kind: ``_settled``); the nearest such. Spatial
    minimality (Leidner 2007, 5.3): a local story names its town's neighbours ("the Kaga school board"
    beside two towns a few miles from Kaga, Ohio: not the country; "two Athens residents were hurt near
    Watkinsville, Ga.": Athens, Georgia, next to it). A story about the capital names its country, an
    adjective of it or another of its places, or lies far from the namesake. (A namesake in the dateline's
    region is ``namesakes.dateline_namesakes``' step.)"""
    keys = [normalize(m.text) for m in mentions]
    towns = [(keys[k], t, _settled(mentions[k])) for k, t in enumerate(chosen)
             if mentions[k].kind == "name" and t.is_town]
    out = list(chosen)
    for j, (m, c) in enumerate(zip(mentions, chosen, strict=True)):
        if m.kind != "name" or m.admin1_hint is not None or m.country_hint or c.country_code in adjectives \
                or not (c.is_country or c.feature_code == "PPLC" or (c.is_town and well_known(c, m.candidates))):
            continue
        if any(t.country_code == c.country_code for k, t in enumerate(chosen) if keys[k] != keys[j]):
            continue
        best: tuple[float, Candidate] | None = None
        for t in m.candidates:
            if not t.is_town or not t.main or t.country_code == c.country_code:
                continue
            near: dict[str, tuple[float, bool]] = {}  # other name -> (km, settled by itself)
            for key, o, settled in towns:
                if key != keys[j] and (d := km(t.lat, t.lon, o.lat, o.lon)) <= local_km:
                    was = near.get(key, (d, False))
                    near[key] = (min(d, was[0]), settled or was[1])
            if not near or (len(near) < LOCAL_NEIGHBOURS and not any(s for _, s in near.values())):
                continue
            d = min(d for d, _ in near.values())
            if best is None or d < best[0]:
                best = (d, t)
        if best is not None:
            out[j] = best[1]
    return out


def _settled(m: Mention) -> bool:
    """A name the text places by itself: one gazetteer entry, or a phrase giving its kind, region or
    country ("the town of X", "X, State")."""
    return entry_count(m.candidates) == 1 or bool(m.hint or m.admin1_hint or m.country_hint)


def _holds_two(readings: Sequence[tuple[str, Candidate]]) -> bool:
    """Some country holds the readings of two distinct names."""
    names: dict[str | None, set[str]] = {}
    for key, t in readings:
        names.setdefault(t.country_code, set()).add(key)
    return any(cc and len(keys) >= 2 for cc, keys in names.items())
