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
