"""The exports on a database of our own example articles: GeoJSON that validates against the
GeoJSON schema (geojson.org's, vendored under tests/fixtures) and loads with a GeoJSON library, ACLED
CSV with ACLED's columns in ACLED's order, PLOVER JSON with the specification's fields; the same
from `unfog export` and from the API."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import geojson
import jsonschema
import pytest
from fastapi.testclient import TestClient

from unfog.knowledge import PACKAGED
from unfog.model import Place, PlaceMention, Story
from unfog.serve.api import create_app
from unfog.serve.config import ServeConfig
from unfog.serve.exports import ACLED_COLUMNS, FORMATS, Tables, admin1, export
from unfog.store import Store

from .conftest import ROOT
from .serve_fixtures import example_db, example_records  # noqa: F401

UNFOG = str(Path(sys.executable).parent / "unfog")
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "geojson-schema-1.0.5" / "FeatureCollection.json").read_text())

#: the columns the issue names (ACLED's order is ACLED_COLUMNS: time_precision follows year)
ACLED_NAMED = ["event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "admin1",
               "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "source_scale",
               "notes", "fatalities"]
#: PLOVER's required fields (id, date, source, event) and the optional ones unfog fills
PLOVER_FIELDS = {"id", "date", "source", "recipient", "event", "event_loc", "event_text", "quad_code", "mode",
                 "context", "link", "cite_info", "coder", "coded_date"}


def text_of(db: Path, fmt: str) -> str:
    with Store.open(db, readonly=True) as store:
        return "".join(export(store, fmt))


def stories(db: Path) -> list[Story]:
    with Store.open(db, readonly=True) as store:
        return store.stories()


def test_geojson_validates_and_loads(example_db: Path) -> None:  # noqa: F811
    text = text_of(example_db, "geojson")
    doc = json.loads(text)
    jsonschema.validate(doc, SCHEMA)
    fc = geojson.loads(text)
    assert fc.is_valid, fc.errors()
    assert len(doc["features"]) == len(stories(example_db))
    for f in doc["features"]:
        if f["geometry"] is not None:
            lon, lat = f["geometry"]["coordinates"]          # RFC 7946: longitude first
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())  # attribute columns


def test_acled_csv_columns_in_acled_order(example_db: Path) -> None:  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(text_of(example_db, "acled-csv"))))
    header = list(rows[0].keys())
    assert header == list(ACLED_COLUMNS)
    assert set(ACLED_NAMED) <= set(header)
    assert len(rows) == len(stories(example_db))  # one row per story
    for r in rows:
        assert r["fatalities"].isdigit()
        assert r["time_precision"] in ("", "1", "2", "3") and r["geo_precision"] in ("", "1", "2", "3")


def test_acled_fatalities_are_the_lowest_reported(example_db: Path) -> None:  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(text_of(example_db, "acled-csv"))))
    fasher = [r for r in rows if r["location"] == "El Fasher" and r["sub_event_type"].startswith("Shelling")]
    assert fasher and fasher[0]["country"] == "Sudan" and fasher[0]["iso"] == "729"
    # one report says five killed, the other at least seven: ACLED's conservative figure is five
    assert int(fasher[0]["fatalities"]) == 5


@pytest.mark.parametrize(("code", "region"), [
    ("UA", "Europe"), ("RU", "Europe"), ("CY", "Europe"), ("XK", "Europe"), ("NO", "Europe"),
    ("SD", "Northern Africa"), ("SS", "Eastern Africa"), ("CD", "Middle Africa"), ("ML", "Western Africa"),
    ("ZA", "Southern Africa"), ("SY", "Middle East"), ("TR", "Middle East"), ("PS", "Middle East"),
    ("AM", "Caucasus and Central Asia"), ("AF", "South Asia"), ("MM", "Southeast Asia"), ("KP", "East Asia"),
    ("MX", "Central America"), ("HT", "Caribbean"), ("CO", "South America"), ("US", "North America"),
    ("PG", "Oceania"), ("ZZ", None),
])
def test_acled_regions(code: str, region: str | None) -> None:
    assert Tables.load().regions.get(code) == region


def test_acled_region_table_lists_each_country_once() -> None:
    import pycountry

    raw = PACKAGED.read("serve/acled.yaml")["regions"]
    codes = [c for cs in raw.values() for c in cs]
    assert len(codes) == len(set(codes))
    assert all(c == "XK" or pycountry.countries.get(alpha_2=c) is not None for c in codes)
    # every UN member state has its ACLED region
    members = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in set(codes)]
    assert len(members) < 20, members


def _place(name: str, admin: str | None, code: str) -> Place:
    return Place(id="p1", name=name, mentions=[PlaceMention(span=(0, len(name)), text=name)], country_code="UA",
                 admin1=admin, feature_code=code)


@pytest.mark.parametrize(("place", "expected"), [
    (_place("Kupiansk", "Kharkivska Oblast", "PPLA2"), "Kharkivska Oblast"),   # a town: its region
    (_place("Kharkivska Oblast", None, "ADM1"), "Kharkivska Oblast"),         # a region is its own admin1
    (_place("Ukraine", None, "PCLI"), ""),                                     # a country has none
    (None, ""),
])
def test_admin1_column(place: Place | None, expected: str) -> None:
    assert admin1(place) == expected


def test_acled_region_and_admin1_filled(example_db: Path) -> None:  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(text_of(example_db, "acled-csv"))))
    # a placed story has its country, ACLED region and first-level region, also when the story
    # builder placed it from the document rather than from the event
    placed = [r for r in rows if r["latitude"]]
    assert placed and all(r["country"] and r["region"] and r["admin1"] for r in placed)
    fasher = [r for r in placed if r["location"] == "El Fasher"]
    assert fasher and fasher[0]["region"] == "Northern Africa"


def test_plover_records_have_the_specification_fields(example_db: Path) -> None:  # noqa: F811
    lines = [json.loads(x) for x in text_of(example_db, "plover-json").splitlines()]
    assert lines
    for rec in lines:
        assert set(rec) >= PLOVER_FIELDS, PLOVER_FIELDS - set(rec)
        assert rec["event"] and rec["event"][0].isupper() and rec["quad_code"] in (1, 2, 3, 4)
        assert len(rec["date"]) == 10 and isinstance(rec["source"], list)


def test_jsonl_is_the_records(example_db: Path) -> None:  # noqa: F811
    lines = text_of(example_db, "jsonl").splitlines()
    assert {json.loads(x)["document"]["id"] for x in lines} >= {"fasher-nile", "hostile-note"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_and_api_give_the_same_export(example_db: Path, tmp_path: Path, fmt: str) -> None:  # noqa: F811
    out = tmp_path / f"x.{fmt}"
    p = subprocess.run([UNFOG, "export", "--db", str(example_db), "--format", fmt, "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    with Store.open(example_db, readonly=True) as store:
        r = TestClient(create_app(store, ServeConfig(token=None))).get(f"/api/export/{fmt}")
    assert r.status_code == 200
    assert _stable(out.read_text(), fmt) == _stable(r.text, fmt)


def _stable(text: str, fmt: str) -> Any:
    """The export without the time it was made."""
    if fmt == "acled-csv":
        return [{k: v for k, v in r.items() if k != "timestamp"} for r in csv.DictReader(io.StringIO(text))]
    if fmt == "plover-json":
        return [{k: v for k, v in json.loads(x).items() if k not in ("coded_date", "coded_time")}
                for x in text.splitlines()]
    return text


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "shapefile"], "unknown format"),
])
def test_cli_export_refuses_unknown_format(example_db: Path, args: list[str], message: str) -> None:  # noqa: F811
    p = subprocess.run([UNFOG, "export", "--db", str(example_db), *args], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and message in p.stderr
