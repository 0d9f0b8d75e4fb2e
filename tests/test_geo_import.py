"""`unfog gazetteer import`: a small GeoNames-format dump (made here) is imported and its villages
resolve through the Gazetteer; the packaged index is left as it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from unfog.geo.build import ensure_gazetteer
from unfog.geo.gazetteer import Gazetteer
from unfog.geo.importer import import_geonames
from unfog.settings import Settings

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2, admin3,
# admin4, population, elevation, dem, timezone, modified
ROWS = [
    (90000001, "Zelenyi Klyn", "Zelenyi Klyn", "Zelenyy Klin,Зелений Клин", 49.91, 36.71, "P", "PPL", "UA", "07", 120),
    (90000002, "Kharkivska Oblast", "Kharkivska Oblast", "Kharkiv Oblast", 49.5, 36.5, "A", "ADM1", "UA", "07", 0),
    (90000003, "Vysoka Hora", "Vysoka Hora", "", 50.1, 37.0, "T", "MT", "UA", "07", 0),
    (90000004, "Some Stream", "Some Stream", "", 50.2, 37.1, "H", "STM", "UA", "07", 0),
    (90000005, "Staryi Khutir", "Staryi Khutir", "", 50.3, 37.2, "P", "PPLQ", "UA", "07", 0),
]


def _line(r: tuple[object, ...]) -> str:
    gid, name, ascii_, alts, lat, lon, fcl, fcode, cc, a1, pop = r
    return "\t".join(str(x) for x in (gid, name, ascii_, alts, lat, lon, fcl, fcode, cc, "", a1, "", "", "", pop,
                                      "", "100", "Europe/Kyiv", "2024-01-01")) + "\n"


@pytest.fixture(scope="module")
def dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("geonames")
    txt = "".join(_line(r) for r in ROWS)
    with zipfile.ZipFile(folder / "UA.zip", "w") as zf:
        zf.writestr("readme.txt", "not data\n")
        zf.writestr("UA.txt", txt)
    (folder / "alternateNamesV2.txt").write_text(
        "1\t90000001\ten\tZeleny Klyn\t\t\t\t\t\t\n2\t90000001\tlink\thttps://example.org\t\t\t\t\t\t\n"
        "3\t90000001\t\tOld Klyn\t\t\t\t1\t\t\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("main", ["UA.zip", "UA.txt"])
def test_import_and_lookup(dump: Path, tmp_path: Path, main: str) -> None:
    source = dump / main
    if main.endswith(".txt"):
        source.write_text("".join(_line(r) for r in ROWS), encoding="utf-8")
    index = Settings().gazetteer_path
    ensure_gazetteer(index)
    target = tmp_path / "imported.sqlite"
    seen: list[tuple[int, int]] = []
    kept = import_geonames(source, target, dump / "alternateNamesV2.txt", lambda d, t: seen.append((d, t)))
    assert kept == 3  # the village, the region and the mountain; not the stream nor the abandoned place
    assert seen and seen[-1][0] == seen[-1][1]
    gaz = Gazetteer(index, target)
    assert gaz.has_import
    for name in ("Zelenyi Klyn", "Zelenyy Klin", "Zeleny Klyn"):
        (village,) = [c for c in gaz.lookup(name) if c.geonames_id == 90000001]
        assert village.admin1 == "Kharkivska Oblast" and village.precision == 1 and village.country_code == "UA"
    assert not [c for c in gaz.lookup("Old Klyn") if c.geonames_id == 90000001]  # historic names dropped
    assert gaz.lookup("Vysoka Hora")[0].feature_code == "MT"
    assert not gaz.lookup("Some Stream", fuzzy=False)
    assert any(c.feature_code == "PPLC" for c in gaz.lookup("Kyiv"))  # the packaged index still answers
