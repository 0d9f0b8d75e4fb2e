"""The geo stage's distances are settings (``Settings.geo``), read once by ``GeoStage.from_settings`` and
held by its parts; the defaults are the distances the stage was measured with."""

from __future__ import annotations

import dataclasses

import pytest

from unfog.geo import GeoStage
from unfog.settings import GEO_DISTANCES, GeoDistances, Settings

DEFAULTS = {"near_km": 250.0, "local_km": 50.0, "one_city_km": 50.0, "district_km": 30.0, "county_km": 50.0,
            "loose_km": 100.0}


@pytest.mark.parametrize(("name", "km"), sorted(DEFAULTS.items()))
def test_defaults(name: str, km: float) -> None:
    assert getattr(Settings().geo, name) == km
    assert getattr(GEO_DISTANCES, name) == km


def test_every_distance_has_a_default_listed() -> None:
    assert {f.name for f in dataclasses.fields(GeoDistances)} == set(DEFAULTS)


@pytest.mark.parametrize(
    "distances",
    [GEO_DISTANCES, GeoDistances(near_km=100.0, district_km=5.0, loose_km=20.0)],
)
def test_stage_holds_the_settings_distances(distances: GeoDistances) -> None:
    stage = GeoStage.from_settings(Settings(geo=distances))
    assert stage.distances is distances
    assert stage.recognizer.distances is distances
    assert stage.districts.district_km == distances.district_km
    assert stage.facilities.near_km == distances.near_km
