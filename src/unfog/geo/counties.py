"""A county the document names holds its towns: local news names the second-level region of its story.

A second-level region named in the text (a county, a parish, a district) is specific evidence of
where the story lies, stronger than a name's prominence: a name with a town inside one reading of
that region (same country and first-level region, within ``county_km`` of the region's point) is read
as that town, though a capital or a bigger namesake elsewhere would be chosen alone ("A Paris man
... the Lamar County sheriff": Paris, Texas, and Lamar County, Texas, not Paris, France, nor the
Lamar County of another state). Only a unique pair counts (one region reading, one town), as in
``unfog.geo.pairs``, or, for a name read as no town (a country, a region) where several readings of
the region hold a town of the name, the one town in the region as read (the reading the document's
other names chose: "Warren County" beside Mason and Springboro is Ohio's, and "Lebanon" its county
seat, no country; a city read elsewhere keeps to the unique pair: "moved from Atlanta"); a name already placed in one
of the region's readings keeps its reading, and the region takes that reading. A name read as a
second-level region elsewhere is such a name too ("near Sheffield" beside Tuscumbia and Colbert
County is no English borough). Where the document establishes first-level regions, a county with a
reading in one of them pairs with no town elsewhere ("Putnam and Hancock counties" in a Georgia
story: not Indiana's Hancock County, beside which an Atlanta lies).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from unfog.geo.gazetteer import Candidate
from unfog.geo.recognize import Mention
from unfog.geodesy import km


def county_towns(mentions: Sequence[Mention], chosen: Sequence[Candidate], county_km: float,
                 home: Set[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """The chosen entries, names with a town in a second-level region the document names read as that
    town (and the region as the reading that holds it). ``home``: the first-level regions the
    document establishes (``discourse.home_regions``): a county with a reading in one of them moves no
    town to a reading of it elsewhere (one region per discourse)."""
    out = list(chosen)
    counties = [i for i, m in enumerate(mentions) if m.kind == "name" and chosen[i].is_admin2]
    for i in counties:
        regions = [c for c in mentions[i].candidates if c.is_admin2]
        homed = any((r.country_code or "", r.admin1 or "") in home for r in regions)
        for j, m in enumerate(mentions):
            if j == i or m.kind != "name" or m.text == mentions[i].text:
                continue  # (a name read as a region elsewhere may be a town in it: "near Sheffield")
            near = [r for r in regions if _holds(r, out[j], county_km)]
            if near:  # already placed in the region: the region follows it where that is unique
                if len(near) == 1 and not _holds(out[i], out[j], county_km):
                    out[i] = near[0]
                continue
            # a post-office village (geo.post_towns) only in the county as read: it moves no county
            hits = [(r, t) for r in regions for t in m.candidates if t.is_town and _holds(r, t, county_km)
                    and (not t.is_post_town or r.pid == out[i].pid)]
            if len({r.pid for r, _ in hits}) > 1 and not out[j].is_town:  # read as no town: the county as read
                hits = [(r, t) for r, t in hits if r.pid == out[i].pid]
            if len({r.pid for r, _ in hits}) == 1 and len({t.pid for _, t in hits}) == 1 and not (
                    homed and (hits[0][0].country_code or "", hits[0][0].admin1 or "") not in home):
                out[i], out[j] = hits[0]
    return out


def _holds(region: Candidate, c: Candidate, county_km: float) -> bool:
    return (c.country_code == region.country_code and c.admin1 == region.admin1 and not c.is_admin2
            and km(c.lat, c.lon, region.lat, region.lon) <= county_km)
