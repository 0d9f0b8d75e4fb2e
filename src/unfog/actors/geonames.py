"""Country, capital and city names from the gazetteer index (unfog.geo), opened once per process."""

from __future__ import annotations

from functools import cache

from unfog.geo.build import ensure_gazetteer
from unfog.geo.gazetteer import Gazetteer
from unfog.settings import Settings


@cache
def _gazetteer() -> Gazetteer:
    path = Settings().gazetteer_path
    ensure_gazetteer(path)
    return Gazetteer(path)


@cache
def country_by_name() -> dict[str, str]:
    """Country name and capital name -> ISO alpha-2 code."""
    return _gazetteer().country_names()


@cache
def country_name(iso: str) -> str | None:
    c = _gazetteer().country(iso)
    return c.name if c else None


@cache
def place_names() -> frozenset[str]:
    """Names of countries, capitals, US states and cities: NER takes some for persons or bodies."""
    return _gazetteer().main_names()
