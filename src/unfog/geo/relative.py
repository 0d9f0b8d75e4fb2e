"""Appositions and relative locations: what the text says about where a town lies.

"Solon, a suburb of Cleveland", "Athens, a college town in southeast Ohio", "Lebanon, north of
Nashville", "Bedford, about 20 miles west of Boston": the phrase after the comma places the town X
relative to a place Y named right after it. Local news writes small towns so, because their names
are shared with bigger places elsewhere.

- Y a country: X's country hint; Y a first-level region: X's region hint (as "X, Region" gives,
  ``datelines.link_containers``);
- Y a town: X is the town of that name nearest Y's chosen entry, within ``GeoDistances.near_km``
  (settings; :func:`near_candidates`; ``resolve.resolve`` chooses X after Y);
- X not found by the recogniser (the NER model took "Aurora" for a person) but followed by an
  apposition with a town noun, before Y or closing the apposition ("X, the regional capital,"): X is a
  town mention (:func:`appositive_towns`);
- "X, Y County" (Y's first entry a second-level region): X and Y are read as pairs of a town and
  a county within ``GeoDistances.county_km``, as "X, Region" places a town in its region.

The grammar (words in ``cues.yaml``): ``X , [a|an|the] [up to four lower-case modifiers or numbers]
[town noun] relation [the] [compass adjective] Y``, where the relation is one of ``relative_preps``
("of", "in", "near", "outside"; "of" and "in" only after a town noun: "X, of Y" is a person's home,
"X, in Y" too loose) or a compass word followed by "of" ("north of"); a town noun is one of
``town_words`` or ``district_nouns``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.geo.evidence import capitalised
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.recognize import Cues, Mention
from unfog.geodesy import km
from unfog.lines import token_texts
from unfog.settings import GEO_DISTANCES

MODIFIERS = 4
NOUN_ONLY = frozenset({"of", "in"})  # relations that need a town noun before them


def _anchor(sdoc: Doc, m: Mention, cues: Cues) -> int | None:
    """The token where Y starts in "X, <apposition or relative location> Y", or None."""
    found = _relation(sdoc, m.end, cues)
    return found[0] if found else None


def _appositive_head(sdoc: Doc, comma: int, cues: Cues) -> tuple[int, bool] | None:
    """(the token after it, whether it is a town noun) of the head of the apposition after the comma at
    token ``comma`` ("X, the regional capital", "X, a town 20 miles north of"), or None."""
    k = comma
    if k >= len(sdoc) or sdoc[k].text != ",":
        return None
    k += 1
    if k < len(sdoc) and sdoc[k].lower_ in ("a", "an", "the"):
        k += 1
    for _ in range(MODIFIERS + 1):
        if k >= len(sdoc):
            return None
        low = sdoc[k].lower_
        if low in cues.town_words or low in cues.district_nouns:
            return k + 1, True
        if low in cues.relative_preps or low in cues.compass_words:
            return k, False
        tok = sdoc[k]
        if not (tok.like_num or (tok.is_lower and (tok.is_alpha or "-" in tok.text))):
            return None
        k += 1
    return k, False


def _town_apposition(sdoc: Doc, comma: int, cues: Cues) -> bool:
    """An apposition whose noun phrase ends at its town noun ("X, the regional capital, ...", "X, a
    market town."): the appositive names what X is, with no place Y needed (Quirk et al. 1985, 17.65ff:
    a nonrestrictive apposition classifies its anchor)."""
    found = _appositive_head(sdoc, comma, cues)
    return found is not None and found[1] and found[0] < len(sdoc) and sdoc[found[0]].text in (",", ".", ";")


def _relation(sdoc: Doc, comma: int, cues: Cues) -> tuple[int, bool] | None:
    """(the token where Y starts, whether a town noun came first) of the apposition or relative
    location after the comma at token ``comma``, or None."""
    found = _appositive_head(sdoc, comma, cues)
    if found is None or found[0] >= len(sdoc):
        return None
    k, noun = found
    low = sdoc[k].lower_
    if low in cues.compass_words and k + 1 < len(sdoc) and sdoc[k + 1].lower_ == "of":
        k += 2
    elif low in cues.relative_preps and (noun or low not in NOUN_ONLY):
        k += 1
    else:
        return None
    while k < len(sdoc) and (sdoc[k].lower_ == "the" or sdoc[k].lower_ in cues.compass_words):
        k += 1
    return k, noun


def appositive_towns(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer, cues: Cues) -> list[Mention]:
    """Towns named only by their apposition: "Aurora, a suburb of Denver", "Greenwood, a town south of
    Indianapolis", where the NER model took the name for a person. The appositive town noun says
    what X is, and Y is a place found: X is a mention (its town entries, hint "town") when the
    gazetteer knows the whole run of capitalised words (at most three) right before the comma as a
    town's name, and the apposition opens with a determiner ("X, a <noun> ..."). So too where the
    apposition's noun phrase ends at its town noun, with no Y ("X, the regional capital,":
    ``_town_apposition``)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = {m.start for m in mentions if m.kind == "name"}
    out: list[Mention] = []
    for e, text in enumerate(token_texts(sdoc)):
        if text != "," or e == 0 or e - 1 in taken or not capitalised(sdoc[e - 1]):
            continue
        if e + 1 >= len(sdoc) or sdoc[e + 1].lower_ not in ("a", "an", "the"):
            continue  # an appositive noun phrase: "X, a suburb of Y"
        found = _relation(sdoc, e, cues)
        if (found is None or not found[1] or found[0] not in starts) and not _town_apposition(sdoc, e, cues):
            continue
        s = e - 1
        while s > 0 and capitalised(sdoc[s - 1]) and s - 1 not in taken:
            s -= 1
        if sdoc[s].is_sent_start and s + 1 < e and not gaz.lookup(sdoc[s:e].text, fuzzy=False):
            s += 1  # a sentence's first word ("Near Aurora, a suburb of Denver")
        span = sdoc[s:e]  # the whole capitalised run: no town inside a longer name
        towns = tuple(c for c in gaz.lookup(span.text, fuzzy=False) if c.is_town) if e - s <= 3 else ()
        if towns:
            out.append(Mention(s, e, (span.start_char, span.end_char), span.text, "gazetteer+apposition",
                               towns, hint="town"))
    return out


def link_relative(sdoc: Doc, mentions: Sequence[Mention], cues: Cues, county_km: float = GEO_DISTANCES.county_km
                  ) -> None:
    """Hint each town mention its apposition or relative location states (in place): a country or
    region as hints, a town Y as ``meta["near"]`` (Y's first token)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.kind != "name" or m.admin1_hint is not None or not any(c.is_town for c in m.candidates):
            continue
        at = _anchor(sdoc, m, cues)
        y = by_start.get(at) if at is not None else None
        county = by_start.get(m.end + 1) if m.end < len(sdoc) and sdoc[m.end].text == "," else None
        if county is not None and county.kind == "name" and county.candidates[0].is_admin2:
            _in_county(m, county, county_km)
            continue
        if y is None or y.kind != "name":
            continue
        top = y.candidates[0]
        if top.is_country:
            m.country_hint = m.country_hint or top.country_code
        elif top.is_admin1:
            m.admin1_hint = (top.country_code or "", top.name)
            m.country_hint = m.country_hint or top.country_code
        elif any(c.is_town for c in y.candidates):
            m.meta["near"] = y.start


def _in_county(town: Mention, county: Mention, county_km: float) -> None:
    """"Salem, Columbiana County", "Guildford, Surrey": the readings of the town and of the county are
    those of the pairs within ``county_km`` of each other (towns named by their main name first; the ranker
    chooses among them: "Salem, Marion County" is in Oregon or in Illinois); both are left alone when
    no pair is ("Barcelona, Liverpool" is a list)."""
    pairs = [(t, c) for t in town.candidates if t.is_town for c in county.candidates
             if c.is_admin2 and km(t.lat, t.lon, c.lat, c.lon) <= county_km]
    pairs = [(t, c) for t, c in pairs if t.main] or pairs
    if pairs:
        town.candidates = tuple(dict.fromkeys(t for t, _ in pairs))
        county.candidates = tuple(dict.fromkeys(c for _, c in pairs))


def near_candidates(m: Mention, anchor: Candidate, near_km: float = GEO_DISTANCES.near_km) -> tuple[Candidate, ...]:
    """The candidate of ``m`` the phrase places near ``anchor``: the nearest town within ``near_km`` that
    bears the name as its main name, else the nearest town within ``near_km`` (none: all candidates)."""
    near = [(km(c.lat, c.lon, anchor.lat, anchor.lon), c) for c in m.candidates if c.is_town]
    near = [(d, c) for d, c in near if d <= near_km]
    if not near:
        return m.candidates
    best = min(near, key=lambda dc: (not dc[1].main, dc[0]))
    return (best[1],)
