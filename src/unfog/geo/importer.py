"""``unfog gazetteer import``: add a GeoNames dump the user downloaded (allCountries.zip, a country
file such as UA.zip, or the plain .txt inside) and optionally alternateNamesV2.zip, so that places
under 500 people (villages, hamlets) and non-populated features resolve too.

The dump is streamed line by line (memory stays bounded: rows go to SQLite in batches) into a file
of the index's ``place``/``name`` layout next to the index (``gazetteer.imported_path``), which the
Gazetteer attaches; the packaged index itself is never changed, so rebuilding it keeps the import.
Kept: populated places (class P), administrative divisions (class A) and the feature codes listed
in ``data/geo/import.yaml``. A first-level region's name comes from the dump's own ADM1 rows.

GeoNames main file columns (tab-separated): geonameid, name, asciiname, alternatenames, latitude,
longitude, feature class, feature code, country code, cc2, admin1 code, admin2 code, admin3 code,
admin4 code, population, elevation, dem, timezone, modification date. alternateNamesV2 columns:
alternateNameId, geonameid, isolanguage, alternate name, isPreferredName, isShortName,
isColloquial, isHistoric, from, to.
"""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from unfog.geo.gazetteer import SCHEMA_VERSION
from unfog.geo.knowledge import load_yaml
from unfog.geo.names import fold, normalize
from unfog.geo.sources import alt_ok

BATCH = 20_000
#: alternateNamesV2 "languages" that are no names (links, codes, postal codes).
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793"})

#: Called with the bytes read so far and the total (for a progress bar).
Advance = Callable[[int, int], None]


@contextmanager
def _open_text(path: Path) -> Iterator[tuple[IO[str], int, Callable[[], int]]]:
    """(text stream, size in bytes, bytes read so far) of a .txt or of the .txt inside a .zip."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next(i for i in zf.infolist() if i.filename.endswith(".txt")
                          and not i.filename.lower().startswith("readme"))
            with zf.open(member) as raw:
                counter = _Counting(raw)
                text = io.TextIOWrapper(io.BufferedReader(counter), encoding="utf-8")
                yield text, member.file_size, lambda: counter.read_bytes
    else:
        with path.open("rb") as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8"), path.stat().st_size, raw.tell


class _Counting(io.RawIOBase):
    """A reader that counts the bytes taken from the stream it wraps."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(b))
        n = len(data)
        b[:n] = data
        self.read_bytes += n
        return n


def _create(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS place(id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, lat REAL,
                           lon REAL, cc TEXT, admin1 TEXT, fcode TEXT, pop INTEGER);
        CREATE TABLE IF NOT EXISTS name(norm TEXT, fold TEXT, place INTEGER, main INTEGER);
        CREATE TABLE IF NOT EXISTS a1code(place INTEGER PRIMARY KEY, cc TEXT, code TEXT);
        """
    )


def _names(db: sqlite3.Connection, rows: list[tuple[int, str, list[str]]]) -> None:
    batch = []
    for pid, main, alts in rows:
        main_key = normalize(main)
        for key in {main_key, *(normalize(a) for a in alts)}:
            if key:
                batch.append((key, fold(key), pid, int(key == main_key)))
    db.executemany("INSERT INTO name VALUES (?,?,?,?)", batch)


def import_geonames(main: Path, target: Path, alternates: Path | None = None,
                    advance: Advance | None = None) -> int:
    """Import the dump ``main`` (and ``alternates``) into ``target``; the number of places kept."""
    codes = frozenset(str(c) for c in load_yaml("import.yaml")["feature_codes"])
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        _create(db)
        kept = _main_file(db, main, codes, advance)
        if alternates is not None:
            _alternates(db, alternates, advance)
        _finish(db)
        db.commit()
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(tmp, target)
    return kept


def _main_file(db: sqlite3.Connection, path: Path, codes: frozenset[str], advance: Advance | None) -> int:
    places: list[tuple[int, int, str, float, float, str, str, str, int]] = []
    names: list[tuple[int, str, list[str]]] = []
    a1: list[tuple[int, str, str]] = []
    kept = 0
    with _open_text(path) as (fh, size, done):
        for n, line in enumerate(fh):
            f = line.rstrip("\n").split("\t")
            if len(f) < 15:
                continue
            fclass, fcode = f[6], f[7]
            if not (fclass in ("P", "A") or fcode in codes) or fcode in ("PPLH", "PPLQ", "PPLW", "ADMH"):
                continue
            gid = int(f[0])
            places.append((gid, gid, f[1], float(f[4]), float(f[5]), f[8], f[10], fcode, int(f[14] or 0)))
            names.append((gid, f[1], [f[2], *(a for a in f[3].split(",") if alt_ok(a))]))
            if f[10]:
                a1.append((gid, f[8], f[10]))
            kept += 1
            if len(places) >= BATCH:
                _flush(db, places, names, a1)
            if advance is not None and n % 5000 == 0:
                advance(done(), size)
        _flush(db, places, names, a1)
        if advance is not None:
            advance(size, size)
    return kept


def _flush(db: sqlite3.Connection, places: list[tuple[int, int, str, float, float, str, str, str, int]],
           names: list[tuple[int, str, list[str]]], a1: list[tuple[int, str, str]]) -> None:
    db.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
    db.executemany("INSERT OR REPLACE INTO a1code VALUES (?,?,?)", a1)
    _names(db, [(pid, main, alts) for pid, main, alts in names])
    places.clear()
    names.clear()
    a1.clear()


def _alternates(db: sqlite3.Connection, path: Path, advance: Advance | None) -> None:
    batch: list[tuple[str, str, int, int]] = []
    with _open_text(path) as (fh, size, done):
        for n, line in enumerate(fh):
            f = line.rstrip("\n").split("\t")
            if len(f) < 4 or f[2] in _NOT_NAMES or (len(f) > 7 and f[7] == "1") or not alt_ok(f[3]):
                continue
            key = normalize(f[3])
            if key:
                batch.append((key, fold(key), int(f[1]), 0))
            if len(batch) >= BATCH:
                db.executemany("INSERT INTO name VALUES (?,?,?,?)", batch)
                batch.clear()
            if advance is not None and n % 5000 == 0:
                advance(done(), size)
        db.executemany("INSERT INTO name VALUES (?,?,?,?)", batch)


def _finish(db: sqlite3.Connection) -> None:
    """First-level region names from the ADM1 rows; names of places not kept dropped; indexes."""
    db.executescript(
        """
        CREATE INDEX a1_code ON a1code(cc, code);
        CREATE TEMP TABLE adm1 AS SELECT a.cc, a.code, p.name FROM place p JOIN a1code a ON a.place = p.id
            WHERE p.fcode = 'ADM1';
        CREATE INDEX temp.adm1_code ON adm1(cc, code);
        UPDATE place SET admin1 = (SELECT adm1.name FROM a1code a JOIN adm1 ON adm1.cc = a.cc
            AND adm1.code = a.code WHERE a.place = place.id);
        DROP TABLE a1code;
        DELETE FROM name WHERE place NOT IN (SELECT id FROM place);
        CREATE TABLE name2 AS SELECT norm, fold, place, max(main) AS main FROM name GROUP BY norm, place;
        DROP TABLE name;
        ALTER TABLE name2 RENAME TO name;
        CREATE INDEX name_norm ON name(norm);
        CREATE INDEX name_fold ON name(fold);
        """
    )
    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
