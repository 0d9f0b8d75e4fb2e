"""Newswire place conventions: region abbreviations and datelines.

Region abbreviations ("Kokomo, Ind.", "RALEIGH, N.C. —", "MILL CREEK, SC (WXYZ)", "in Calif.") come
from ``data/geo/region_abbreviations.yaml`` and stand for the first-level region (one candidate).
Datelines ("SAN ANTONIO (AP) —", "KYIV, Ukraine (Reuters) -", "BEIRUT —") are found once by
``unfog.datelines``; their place in capitals is looked up case-insensitively.
``link_containers`` then lets "<Town>, <Region or Country>"
pass the region or country on to the town as a resolution hint.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from unfog.datelines import Dateline, find_datelines
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.recognize import Mention
from unfog.geodesy import km
from unfog.lines import span_text, token_texts
from unfog.settings import GEO_DISTANCES

LIST_WORDS = frozenset({"and", "or", "&", "nor"})


class RegionAbbreviations:
    """Abbreviation -> (country code, region name), from the YAML table."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.dotted: dict[str, tuple[str, str]] = {}
        self.postal: dict[str, tuple[str, str]] = {}
        self.context_only: frozenset[str] = frozenset(
            str(a) for entry in data.values() for a in entry.get("context_only") or ()
        )
        for cc, entry in data.items():
            for abbr, name in (entry.get("dotted") or {}).items():
                self.dotted[str(abbr)] = (str(cc), str(name))
            for abbr, name in (entry.get("postal") or {}).items():
                self.postal[str(abbr)] = (str(cc), str(name))
        #: every token text an abbreviation can start with (an abbreviation, or one before its final
        #: "." as its own token): any other token starts none
        self.firsts: frozenset[str] = frozenset(
            k for a in (*self.dotted, *self.postal) for k in (a, a.removesuffix("."))
        )


def _after_town(sdoc: Doc, i: int) -> bool:
    """Token i follows "<Capitalised name>,"."""
    return i >= 2 and sdoc[i - 1].text == "," and sdoc[i - 2].text[:1].isupper() and sdoc[i - 2].is_alpha


class Newswire:
    """Finds abbreviation and dateline mentions before the general recogniser runs."""

    def __init__(self, gaz: Gazetteer, abbreviations: RegionAbbreviations, stopwords: frozenset[str]) -> None:
        self.gaz = gaz
        self.abbr = abbreviations
        self.stopwords = stopwords

    def _region(self, key: tuple[str, str]) -> Candidate | None:
        return self.gaz.admin1_of(*key)

    def abbreviation_at(self, sdoc: Doc, i: int) -> tuple[int, Candidate] | None:
        """(end token, region) when an abbreviation starts at token i."""
        tok = sdoc[i]
        text, end = tok.text, i + 1
        if text not in self.abbr.firsts:
            return None  # neither the token nor the token and a "." is an abbreviation
        if end < len(sdoc) and sdoc[end].text == "." and not tok.whitespace_ and not text.endswith("."):
            text, end = text + ".", end + 1  # "W.Va" "." as two tokens
        if i > 0 and sdoc[i - 1].text in ("-", "–") and not sdoc[i - 1].whitespace_:
            return None  # a party and state after a politician's name: "Sen. Jane Roe, R-Neb."
        key = self.abbr.dotted.get(text)
        if key is not None:
            if text in self.abbr.context_only and not _after_town(sdoc, i):
                return None
        else:
            key = self.abbr.postal.get(text)
            if key is None or not _after_town(sdoc, i):
                return None
            if end < len(sdoc) and not (sdoc[end].is_punct or sdoc[end].like_num or "\n" in tok.whitespace_):
                return None
        region = self._region(key)
        return (end, region) if region is not None else None

    def dateline_at(self, sdoc: Doc, d: Dateline) -> tuple[int, tuple[Candidate, ...]] | None:
        """(end token, candidates) of the place of a dateline (``unfog.datelines``), when it is a
        gazetteer name."""
        text = span_text(sdoc, d.start, d.place_end)
        if text.lower() in self.stopwords or self.gaz.is_demonym(text):
            return None
        cands = self.gaz.lookup(text, fuzzy=False)
        if not cands:
            return None
        return d.place_end, cands

    def find(self, sdoc: Doc) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        texts = token_texts(sdoc)
        datelines = {d.start: d for d in find_datelines(sdoc)}
        while i < len(sdoc):
            # (a token that starts no abbreviation, abbreviation_at's first test, is passed here)
            hit = self.abbreviation_at(sdoc, i) if texts[i] in self.abbr.firsts else None
            if hit is not None:
                end, region = hit
                out.append(_mention(sdoc, i, end, (region,), "abbreviation"))
                i = end
                continue
            if i in datelines:
                found = self.dateline_at(sdoc, datelines[i])
                if found is not None:
                    end, cands = found
                    out.append(_mention(sdoc, i, end, cands, "dateline"))
                    i = end
                    continue
            i += 1
        return out


def _mention(sdoc: Doc, s: int, e: int, cands: tuple[Candidate, ...], reason: str) -> Mention:
    span = sdoc[s:e]
    return Mention(s, e, (span.start_char, span.end_char), span.text, reason, cands)


def _in_list(sdoc: Doc, m: Mention, nxt: Mention, by_start: dict[int, Mention]) -> bool:
    """"Lima, New York and Boston": names in a list, not a town and its region. A country after
    the region that it holds ("Stroud, Ontario, Canada") closes a chain of containers, not a list."""
    before = sdoc[m.start - 1].text if m.start > 0 else ""
    after = sdoc[nxt.end].text if nxt.end < len(sdoc) else ""
    third = by_start.get(nxt.end + 1) if after == "," else None
    return before == "," or after.lower() in LIST_WORDS or (third is not None and not _holds(third, nxt))


def _holds(country: Mention, region: Mention) -> bool:
    """The first mention names a country that holds a first-level region the second may name."""
    codes = {c.country_code for c in country.candidates if c.is_country}
    return any(r.is_admin1 and r.country_code in codes for r in region.candidates)


def region_reading(town: Mention, container: Mention, city_km: float = GEO_DISTANCES.one_city_km
                   ) -> tuple[Candidate, ...] | None:
    """"Savannah, Georgia", "Tbilisi, Georgia", "Rochester, New York": a container name that is a
    country or a first-level region names the one that holds the town before it: its readings are
    then those that hold one of the town's entries (the region for Savannah, the country for Tbilisi;
    both when the town has entries in both), where any does. A name that is a first-level region and
    also a town, not a country, names the region only when no held entry of the town lies within
    ``city_km`` of a town of that name ("Brooklyn, New York" may name the city)."""
    regions = [r for r in container.candidates if r.is_country or r.is_admin1]
    if not regions:
        return None
    held = {r.pid: [c for c in town.candidates if c.is_town and c.country_code == r.country_code
                    and (r.is_country or c.admin1 == r.name)] for r in regions}
    holders = tuple(r for r in regions if held[r.pid])
    if not holders or any(c.is_country for c in container.candidates):
        return holders or None
    towns = [t for t in container.candidates if t.is_town]
    if any(km(t.lat, t.lon, c.lat, c.lon) <= city_km for t in towns for r in holders for c in held[r.pid]):
        return None
    return holders


def link_containers(sdoc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"<Town>, <Region>" / "<Town>, <Country>": the region or country hints the town. A pair that
    is itself one gazetteer name ("Washington, D.C.") becomes one mention."""
    by_start = {m.start: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        if m.end + 1 >= len(sdoc) or sdoc[m.end].text != ",":
            continue
        nxt = by_start.get(m.end + 1)
        if nxt is None:
            continue
        top = nxt.candidates[0]
        if nxt.reason == "abbreviation":
            whole = gaz.lookup(sdoc[m.start : nxt.end].text, fuzzy=False)
            if whole:
                m.end, m.span, m.candidates = nxt.end, (m.span[0], nxt.span[1]), whole
                m.text = sdoc[m.start : m.end].text
                drop.add(nxt.start)
                continue
        elif _in_list(sdoc, m, nxt, by_start):
            continue
        elif (region := region_reading(m, nxt)) is not None:
            nxt.candidates, top = region, region[0]
        if top.is_country and any(c.is_country for c in m.candidates):
            continue  # "China, Japan, and Britain": no country holds another, the names are listed
        if nxt.reason == "abbreviation" or top.is_admin1:
            m.admin1_hint = (top.country_code or "", top.name)
            m.country_hint = m.country_hint or top.country_code
        elif top.is_country:
            m.country_hint = m.country_hint or top.country_code
    return [m for m in mentions if m.start not in drop]
