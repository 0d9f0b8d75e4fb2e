"""Namesakes the story's regions and countries decide, applied after ``discourse`` (issue 12).

In a story datelined "X, St. —", a bare name read as a foreign capital or well-known city, where every
other place of the story lies in the dateline's country (a story naming another foreign place, "tour
Paris and Vienna", looks abroad), or as a well-known city of the dateline's own country in a
first-level region nothing else of the story lies in, is read as its most populous namesake town in
the dateline's region that lies within ``near_km`` of another town the story reads there
(``dateline_namesakes``): the AP dateline convention of ``dateline_region_towns`` (a town of the
dateline's state is written bare, one elsewhere with its state) joined with spatial minimality (a
neighbour in that region supports it). The capital of the dateline's own country stays.

A name read as a country where a first-level region of another country bears it as its main name
("Georgia": the country, and a US state), alone or inside an organisation's name ("the Georgia
National Guard"), is read as that region where nothing else of the document
lies in the named country (no other name read there, none of its adjectives) and two other names or
more are read as places inside the region's country (``region_not_country``: the same unit; the
country's own name counts for nothing, as a story of foreign affairs names it beside any country).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.geo.discourse import dateline_region
from unfog.geo.gazetteer import Candidate
from unfog.geo.lists import coordinated
from unfog.geo.names import normalize
from unfog.geo.recognize import Mention
from unfog.geo.resolve import well_known
from unfog.geodesy import km


def dateline_namesakes(mentions: Sequence[Mention], chosen: Sequence[Candidate], near_km: float,
                       adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with a bare name read as a foreign capital or a well-known city outside the
    dateline's first-level region, where every other place lies in the dateline's country (foreign) or
    nothing else lies in its first-level region (the dateline's country), read as its most populous main namesake in the
    dateline's region within ``near_km`` of another town read there."""
    region = dateline_region(mentions)
    if region is None:
        return list(chosen)
    keys = [normalize(m.text) for m in mentions]
    out = list(chosen)
    for j, (m, c) in enumerate(zip(mentions, chosen, strict=True)):
        if m.kind != "name" or m.reason == "dateline" or m.admin1_hint is not None or m.country_hint \
                or m.hint or not c.is_town or (c.country_code, c.admin1) == region or c.country_code in adjectives:
            continue
        home = c.country_code == region[0]
        if not ((c.feature_code == "PPLC" and not home) or well_known(c, m.candidates)):
            continue
        others = [t for k, t in enumerate(out) if keys[k] != keys[j]]
        if any(t.country_code == c.country_code and (not home or t.admin1 == c.admin1) for t in others) or (
                not home and any(t.country_code != region[0] for t in others)):
            continue
        points = [t for k, t in enumerate(out) if keys[k] != keys[j] and mentions[k].kind == "name"
                  and t.is_town and (t.country_code, t.admin1) == region]
        inside = [t for t in m.candidates if t.is_town and t.main and (t.country_code, t.admin1) == region
                  and any(km(t.lat, t.lon, o.lat, o.lon) <= near_km for o in points)]
        if inside:
            best = max(inside, key=lambda t: t.population)
            for k in range(len(mentions)):
                if keys[k] == keys[j] and out[k].pid == c.pid:
                    out[k] = best
    return out


def region_not_country(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate],
                       adjectives: frozenset[str] = frozenset()) -> list[Candidate]:
    """The chosen entries, with a name read as a country that a first-level region of another country
    bears as its main name read as that region, where no other name is read in the country nor any
    adjective names it, and two other names or more are read as places inside the region's country (not
    as the country itself); not where it is coordinated with a country ("Georgia and Armenia": like
    with like, ``lists``). All mentions of the name get one reading."""
    out = list(chosen)
    keys = [normalize(m.text) for m in mentions]
    for j, m in enumerate(mentions):
        c = out[j]
        if m.kind not in ("name", "embedded") or not c.is_country or c.country_code in adjectives:
            continue
        regions = [t for t in m.candidates if t.is_admin1 and t.main and t.country_code != c.country_code]
        if len(regions) != 1 or any(t.country_code == c.country_code for k, t in enumerate(out) if keys[k] != keys[j]):
            continue
        inside = {keys[k] for k, t in enumerate(out)
                  if keys[k] != keys[j] and t.country_code == regions[0].country_code and not t.is_country}
        beside = [k for k in (j - 1, j + 1) if 0 <= k < len(mentions) and out[k].is_country
                  and coordinated(sdoc, *sorted((mentions[j], mentions[k]), key=lambda x: x.start))]
        if len(inside) >= 2 and not beside:
            for k in range(len(mentions)):
                if keys[k] == keys[j] and out[k].pid == c.pid:
                    out[k] = regions[0]
    return out
