"""The gazetteer index: keys, lookups, and a build from the real data (reused once built)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from unfog.geo.build import _alias_keys, ensure_gazetteer
from unfog.geo.gazetteer import Gazetteer
from unfog.geo.knowledge import load_yaml
from unfog.geo.names import fold, normalize
from unfog.settings import Settings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    path = Settings().gazetteer_path
    ensure_gazetteer(path)
    return Gazetteer(path)


@pytest.mark.parametrize(
    ("text", "key"),
    [("Saint-Étienne", "saint etienne"), ("U.S.", "us"), ("Kharkiv’s", "kharkivs"), ("  New   York ", "new york")],
)
def test_normalize(text: str, key: str) -> None:
    assert normalize(text) == key


@pytest.mark.parametrize(("a", "b"), [("graivoron", "grayvoron"), ("kharkiv", "harkiv"), ("lwow", "lvov")])
def test_fold_joins_transliterations(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("name", "short"),
    [("Belgorod Oblast", "belgorod"), ("Sichuan Sheng", "sichuan"), ("Muhafazat Kirkuk", "kirkuk"),
     ("Arkhangelskaya", "arkhangelsk")],
)
def test_region_aliases(name: str, short: str) -> None:
    assert short in _alias_keys(name, load_yaml("gazetteer.yaml"))


@pytest.mark.parametrize(
    ("name", "cc", "fcode", "lat", "lon"),
    [
        ("Turkey", "TR", "PCLI", 39.0, 35.0),
        ("Britain", "GB", "PCLI", 54.0, -2.0),
        ("Kyiv", "UA", "PPLC", 50.45, 30.52),
        ("Kiev", "UA", "PPLC", 50.45, 30.52),
        ("Belgorod", "RU", "ADM1", 50.7, 37.1),
        ("Graivoron", "RU", "PPL", 50.48, 35.68),
        ("Middle East", None, "RGN", 29.0, 41.0),
        # large islands no country or region is named after (gazetteer.yaml regions, ISL)
        ("Java", "ID", "ISL", -7.5, 110.0),
        ("Celebes", "ID", "ISL", -2.0, 121.0),
        ("Borneo", None, "ISL", 0.5, 114.0),
    ],
)
def test_lookup(gaz: Gazetteer, name: str, cc: str | None, fcode: str, lat: float, lon: float) -> None:
    hits = [c for c in gaz.lookup(name) if c.feature_code == fcode and c.country_code == cc]
    assert hits, name
    assert abs(hits[0].lat - lat) < 0.7 and abs(hits[0].lon - lon) < 0.7


@pytest.mark.parametrize(("word", "cc"), [("Ukrainian", "UA"), ("Syrian", "SY"), ("Turkish", "TR")])
def test_demonyms(gaz: Gazetteer, word: str, cc: str) -> None:
    assert gaz.is_demonym(word)
    assert gaz.demonym_country(word) == cc


def test_cold_open_is_fast() -> None:
    t0 = time.perf_counter()
    g = Gazetteer(Settings().gazetteer_path)
    g.lookup("Kharkiv")
    assert time.perf_counter() - t0 < 1.0


def test_missing_index_raises(tmp_path: Path) -> None:
    from unfog.geo.gazetteer import GazetteerError

    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "none.sqlite")


def _town(gid: int, name: str, cc: str, pop: int, alts: tuple[str, ...] = ()) -> dict[str, object]:
    return {"geonameid": gid, "name": name, "countrycode": cc, "population": pop, "alternatenames": list(alts)}


@pytest.mark.parametrize(
    ("towns", "capital", "expected"),
    [
        # the capital, not the smaller towns of the country named like it
        ([_town(1, "Fairport", "ZZ", 900_000), _town(2, "Fairport", "ZZ", 20_000)], "Fairport", {1}),
        ([_town(2, "Fairport", "ZZ", 20_000), _town(1, "Fairport", "ZZ", 900_000)], "Fairport", {1}),
        # a town of that name in another country is no capital
        ([_town(1, "Fairport", "ZZ", 900_000), _town(3, "Fairport", "YY", 5_000_000)], "Fairport", {1}),
        # the capital known to the towns' list only by an alternate name
        ([_town(4, "Ulan Khoto", "ZZ", 700_000, ("Ulankhoto City",)), _town(5, "Oldtown", "ZZ", 9)],
         "Ulankhoto City", {4}),
        ([_town(5, "Oldtown", "ZZ", 9)], "Nowhere", set()),
    ],
)
def test_capital_is_one_town(towns: list[dict[str, object]], capital: str, expected: set[int]) -> None:
    from unfog.geo.sources import capital_ids

    cities = {str(t["geonameid"]): t for t in towns}
    assert capital_ids(cities, {"ZZ": {"iso": "ZZ", "capital": capital}}) == expected


@pytest.mark.parametrize(
    ("district", "towns", "population"),
    [
        # a city whose point fell into a small neighbouring district does not count in it
        ("Greenvale", [("Bigport", 2_000_000), ("Greenvale", 30_000), ("Leafton", 10_000)], 40_000),
        # the district bears the city's name: it is the city's district
        ("Bigport City", [("Bigport", 2_000_000), ("Leafton", 10_000)], 2_010_000),
        # the city is not most of the district: it counts
        ("Hill County", [("Bigport", 400_000), ("Leafton", 300_000), ("Rockby", 200_000)], 900_000),
        ("Greenvale", [("Greenvale", 30_000)], 30_000),
    ],
)
def test_district_population(district: str, towns: list[tuple[str, int]], population: int) -> None:
    from unfog.geo.sources import district_population

    assert district_population(district, towns) == population


@pytest.mark.parametrize(
    ("name", "cc", "capital_lat", "capital_lon"),
    [("Washington", "US", 38.9, -77.04), ("San Jose", "CR", 9.93, -84.08), ("Kyiv", "UA", 50.45, 30.52)],
)
def test_one_capital_per_country(gaz: Gazetteer, name: str, cc: str, capital_lat: float, capital_lon: float) -> None:
    caps = [c for c in gaz.lookup(name, fuzzy=False) if c.feature_code == "PPLC" and c.country_code == cc]
    assert len(caps) == 1
    assert abs(caps[0].lat - capital_lat) < 0.3 and abs(caps[0].lon - capital_lon) < 0.3

