"""Namesakes the story's frame decides (issue 12): its dateline's region, and the countries its other
places lie in.

``dateline_namesakes``, the one step that prefers a namesake in the dateline's first-level region. A
dateline locates the story (the AP Stylebook's datelines: "PARIS, Tenn. —" names the town the story is
filed from and its state; a town of that state is then written bare, one elsewhere with its state, save
the national capitals and large cities the Stylebook lets stand alone). So in a story datelined "X, St.
—" a bare name (placed by no phrase of its own, not the dateline, not a name some phrase places
elsewhere: one sense per discourse, Gale, Church and Yarowsky 1992) read outside the dateline's region
is read as its most populous main namesake town in that region:

- a town that does not stand alone: always;
- one that does (a country, a national capital, a well-known city: ``resolve.well_known``): only where
  the story gives the namesake support. Nothing else of the story lies in the reading's country (in its
  first-level region, for a reading in the dateline's own country, whose other places are the
  dateline's), none of its adjectives is used, and the namesake is a city of ``LARGE_TOWN`` people
  (prominent in the dateline's region) or lies within ``near_km`` of a town another name is read as in
  that region (spatial minimality, Leidner 2007, 5.3), where for a foreign reading every other place of
  the story lies in the dateline's country (a story naming another foreign place, "tour Paris and
  Vienna", looks abroad).

The dateline's region is read once, by ``signs.dateline_region`` (from the newswire's abbreviation
that recognition's ``signs.Signs.regions`` reads too: ``signs.newswire_regions``).

``country_namesakes``: a name read as a country where another unit bears it, another country sharing
its short name ("Congo": CG and CD) or a first-level region of another country bearing it as its main
name ("Georgia": the country, and a US state), is read as that unit where the story's other places lie
in the unit's country (spatial minimality with the country as the unit; one reading for all mentions of
the name, one sense per discourse). A rival country needs more of the other names than any other country
sharing the name (a tie keeps the ranker's reading); a region, a smaller unit, needs two other names or
more read inside its country (not as the country itself: a story of foreign affairs names any country),
nothing else in the named country nor any adjective of it, and no coordination with a country ("Georgia
and Armenia": like with like, ``lists``). A region's name inside an organisation's name counts ("the
Georgia National Guard").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.geo.gazetteer import LARGE_TOWN, Candidate
from unfog.geo.lists import coordinated
from unfog.geo.names import normalize
from unfog.geo.recognize import Mention
from unfog.geo.resolve import alias_of_other, well_known
from unfog.geo.signs import Region, dateline_region
from unfog.geodesy import km

#: mention hints after which a name is no bare town: it names a region ("admin1") or a town's container
PLACED_HINTS = frozenset({"admin1", "container"})


def dateline_namesakes(mentions: Sequence[Mention], chosen: Sequence[Candidate], stated: set[str],
                       near_km: float, adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with a bare name read outside the dateline's first-level region read as its
    most populous main namesake town there (see the module). ``stated``: the keys of names some phrase
    places ("X, State"), which keep that reading; ``adjectives``: the country codes of the document's
    place adjectives."""
    region = dateline_region(mentions)
    if region is None:
        return list(chosen)
    keys = [normalize(m.text) for m in mentions]
    out = list(chosen)
    for j, m in enumerate(mentions):
        c = out[j]
        if m.kind != "name" or m.reason == "dateline" or m.admin1_hint is not None or m.country_hint \
                or m.hint in PLACED_HINTS or keys[j] in stated or not (c.is_town or c.is_country) \
                or (c.country_code, c.admin1) == region:
            continue
        inside = [t for t in m.candidates if t.is_town and t.main and (t.country_code, t.admin1) == region
                  and not alias_of_other(t, m, m.candidates) and not t.is_post_town]  # rank._local
        if inside and (c.is_country or c.feature_code == "PPLC" or well_known(c, m.candidates)):
            inside = _supported(inside, j, keys, mentions, out, region, near_km, adjectives)
        if inside:
            out[j] = max(inside, key=lambda t: t.population)
    return out


def _supported(inside: list[Candidate], j: int, keys: list[str], mentions: Sequence[Mention],
               out: list[Candidate], region: Region, near_km: float,
               adjectives: frozenset[str]) -> list[Candidate]:
    """The namesakes in the dateline's region the story supports against a reading that stands alone
    (a country, a national capital, a well-known city): none where another name is read in the reading's
    country (its region, at home) or an adjective names the country; else those of ``LARGE_TOWN`` people,
    and those within ``near_km`` of another name's town in the region (abroad: where every other place
    lies in the dateline's country)."""
    c = out[j]
    home = c.country_code == region[0]
    others = [t for k, t in enumerate(out) if keys[k] != keys[j]]
    if c.country_code in adjectives or any(
            t.country_code == c.country_code and (not home or t.admin1 == c.admin1) for t in others):
        return []
    points = [] if not home and any(t.country_code != region[0] for t in others) else [
        t for k, t in enumerate(out) if keys[k] != keys[j] and mentions[k].kind == "name" and t.is_town
        and (t.country_code, t.admin1) == region]
    return [t for t in inside if (not home and t.population >= LARGE_TOWN)
            or any(km(t.lat, t.lon, o.lat, o.lon) <= near_km for o in points)]


def country_namesakes(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate],
                      adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with a name read as a country read as a rival unit of that name (another
    country, or a first-level region of another country) where the story's other places lie in the
    rival's country (see the module)."""
    out = list(chosen)
    keys = [normalize(m.text) for m in mentions]
    done: set[str] = set()  # names whose rival countries were weighed (at their first mention)
    for j, m in enumerate(mentions):
        c, key = out[j], keys[j]
        if m.kind not in ("name", "embedded") or not c.is_country:
            continue
        rival = None
        if m.kind == "name" and key not in done:
            done.add(key)
            rival = _rival_country(m, c.country_code, key, keys, out)
        if rival is None and c.country_code not in adjectives:
            rival = _rival_region(sdoc, j, keys, mentions, out)
        if rival is not None:
            for k in range(len(mentions)):
                if keys[k] == key and out[k].is_country and (
                        mentions[k].kind == "name" if rival.is_country else out[k].pid == c.pid):
                    out[k] = rival
    return out


def _rival_country(m: Mention, reading: str | None, key: str, keys: list[str],
                   out: list[Candidate]) -> Candidate | None:
    """The country sharing the name that more of the other names are read in than any other such country
    (none on a tie, or where it is the reading already)."""
    rivals = {t.country_code: t for t in m.candidates if t.is_country and t.country_code}
    if len(rivals) < 2:
        return None
    support = dict.fromkeys(rivals, 0)
    for k, t in enumerate(out):
        if keys[k] != key and t.country_code in support:
            support[t.country_code] += 1
    ranked = sorted(support.items(), key=lambda kv: -kv[1])
    best, votes = ranked[0]
    if votes == 0 or votes == ranked[1][1] or best == reading:
        return None
    return rivals[best]


def _rival_region(sdoc: Doc, j: int, keys: list[str], mentions: Sequence[Mention],
                  out: list[Candidate]) -> Candidate | None:
    """The one first-level region of another country bearing the name as its main name, where nothing
    else is read in the named country, two other names or more inside the region's country, and the name
    is not coordinated with a country beside it."""
    c = out[j]
    regions = [t for t in mentions[j].candidates if t.is_admin1 and t.main and t.country_code != c.country_code]
    if len(regions) != 1 or any(t.country_code == c.country_code for k, t in enumerate(out) if keys[k] != keys[j]):
        return None
    inside = {keys[k] for k, t in enumerate(out)
              if keys[k] != keys[j] and t.country_code == regions[0].country_code and not t.is_country}
    beside = [k for k in (j - 1, j + 1) if 0 <= k < len(mentions) and out[k].is_country
              and coordinated(sdoc, *sorted((mentions[j], mentions[k]), key=lambda x: x.start))]
    return regions[0] if len(inside) >= 2 and not beside else None
