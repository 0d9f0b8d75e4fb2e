"""The gazetteer service: read-only lookups over the SQLite index that ``build.py`` writes.

Tables (see ``build.py``): ``place`` (one row per place: coordinates, country, first-level region,
feature code, population), ``name`` (normalised and folded keys -> place) and ``demonym``
(adjective or people-noun -> country code and the place it names). A GeoNames dump the user
imported (``unfog gazetteer import``, see ``importer.py``) lives in a second file of the same
``place``/``name`` layout next to the index; when present it is attached and searched too, so
villages under 500 people resolve. Opening is cheap (SQLite connections); lookups are memoised.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from unfog.geo.names import fold, normalize, strip_accents

#: Feature codes of countries and of areas at least as large.
LARGE_TOWN = 100_000  # a town of this many people is a well-known city (geo.evidence, geo.facilities)
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLIX", "PCLF", "TERR"})
LARGE_CODES = frozenset({"CONT", "OCN", "SEA", "GULF", "RGN", "PEN"})
#: Administrative divisions below the first level (ACLED precision 2: part of a region).
SUB_REGION_CODES = frozenset({"ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})
SCHEMA_VERSION = "4"
#: Ids of the US post-office towns cities500 lacks (``unfog.geo.post_towns``): entries of the least weight.
POST_TOWN_BASE = 22_000_000_000

_COLUMNS = "p.id, p.geonames_id, p.name, p.lat, p.lon, p.cc, p.admin1, p.fcode, p.pop"


def imported_path(index: Path) -> Path:
    """Where ``unfog gazetteer import`` writes a GeoNames dump for the index at ``index``."""
    return index.with_name(index.stem + "-geonames" + index.suffix)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may stand for."""

    pid: int
    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature_code: str
    population: int
    main: bool  # the name matched the entry's main name (not an alternate one)

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == "ADM1"

    @property
    def is_admin2(self) -> bool:
        return self.feature_code in SUB_REGION_CODES

    @property
    def is_large(self) -> bool:
        return self.feature_code in LARGE_CODES

    @property
    def is_town(self) -> bool:
        return self.feature_code.startswith("PPL")

    @property
    def is_post_town(self) -> bool:
        """A US post-office town indexed from the ZIP table (``unfog.geo.post_towns``)."""
        return self.pid >= POST_TOWN_BASE

    @property
    def precision(self) -> int:
        """ACLED geo-precision: 1 town (or a smaller spot), 2 part of a region, 3 region or larger."""
        if self.is_admin2:
            return 2
        return 3 if self.is_country or self.is_large or self.is_admin1 else 1


def entry_count(cands: Sequence[Candidate]) -> int:
    """How many entries a name has, the post-office towns counted only where it has no other: how
    ambiguous a name is, as the learned models were fitted (on an index of GeoNames' towns of 500);
    a village of a few hundred sharing the name of a known town does not make the town's name less
    telling."""
    return sum(not c.is_post_town for c in cands) or len(cands)


def _candidate(r: tuple[Any, ...]) -> Candidate:
    """A candidate from a row of ``_COLUMNS`` (found by id, so as if by its main name)."""
    return Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], True)


class GazetteerError(RuntimeError):
    """The index is missing, unreadable or of another schema version."""


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


class Gazetteer:
    """Lookups over a built index (and an imported GeoNames dump, when there is one); hold one
    per process (the stage keeps it)."""

    def __init__(self, path: Path, imported: Path | None = None) -> None:
        if not path.exists():
            raise GazetteerError(f"no gazetteer index at {path}")
        self._db = _connect(path)
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise GazetteerError(f"gazetteer index {path} is of another version; rebuild it")
        self._dbs = [self._db]
        extra = imported if imported is not None else imported_path(path)
        if extra.exists():
            self._dbs.append(_connect(extra))
        self._demonyms: dict[str, tuple[str | None, int | None]] = {
            r[0]: (r[1], r[2]) for r in self._db.execute("SELECT norm, cc, place FROM demonym")
        }
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        # the rows of a normalised key: texts that differ only in case or accents ("Kaga", "KAGA"), and
        # the exact and the loose lookup of one text, read the same rows from the index once
        self._query = lru_cache(maxsize=65536)(self._rows)
        self.place = lru_cache(maxsize=4096)(self._place)
        self._demonym = lru_cache(maxsize=65536)(self._demonym_of)
        self._key = lru_cache(maxsize=65536)(normalize)

    @property
    def has_import(self) -> bool:
        return len(self._dbs) > 1

    def close(self) -> None:
        for db in self._dbs:
            db.close()

    # ------------------------------------------------------------------ demonyms
    def _demonym_of(self, text: str) -> tuple[str | None, int | None] | None:
        key = normalize(text)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def is_demonym(self, text: str) -> bool:
        """True for adjectives and people-nouns of places ("Syrian", "Ukrainians")."""
        return self._demonym(text) is not None

    def demonym_country(self, text: str) -> str | None:
        """The country an adjective names ("Ukrainian" -> "UA"), where known."""
        found = self._demonym(text)
        return found[0] if found else None

    def demonym_place(self, text: str) -> Candidate | None:
        """The place an adjective names ("Syrian" -> Syria, "European" -> Europe), where known."""
        key = normalize(text)
        found = self._demonyms.get(key)
        return self.place(found[1]) if found and found[1] is not None else None

    # ------------------------------------------------------------------ places
    def _rows(self, column: str, key: str, limit: int) -> tuple[Candidate, ...]:
        sql = (
            f"SELECT {_COLUMNS}, max(n.main) FROM name n JOIN place p ON p.id = n.place WHERE n.{column} = ? "
            "GROUP BY p.id ORDER BY p.pop DESC LIMIT ?"
        )
        out: dict[int, Candidate] = {}
        for db in self._dbs:
            for r in db.execute(sql, (key, limit)):
                if r[0] not in out:
                    out[r[0]] = Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
        found = list(out.values())
        if len(self._dbs) > 1:
            found.sort(key=lambda c: -c.population)
        return tuple(found[:limit])

    def _lookup(self, text: str, fuzzy: bool = True, limit: int = 40) -> tuple[Candidate, ...]:
        """Entries named ``text`` (exact normalised key; the folded key when that finds none)."""
        key = normalize(text)
        if not key:
            return ()
        found = self._query("norm", key, limit)
        if not found and fuzzy and len(key) >= 5:
            found = self._query("fold", fold(key), limit)
        return found

    def lookup_abbreviated(self, text: str, full: Mapping[str, str]) -> tuple[Candidate, ...]:
        """The exact entries of ``text``; a first word written abbreviated ("Mt. Vernon", "Ft. Myers";
        ``full`` maps the normalised abbreviation to the word) also reads as the word in full when no
        entry bears ``text`` as its main name ("Mt. Vernon" is only an alias of one Mount Vernon)."""
        found = self.lookup(text, fuzzy=False)
        first, _, rest = self._key(text).partition(" ")
        if not rest or first not in full:
            return found
        merged = {c.pid: c for c in (*found, *self.lookup(f"{full[first]} {rest}", fuzzy=False))}
        return tuple(sorted(merged.values(), key=lambda c: -c.population))

    def _place(self, pid: int) -> Candidate | None:
        for db in self._dbs:
            r = db.execute(f"SELECT {_COLUMNS} FROM place p WHERE p.id = ?", (pid,)).fetchone()
            if r is not None:
                return _candidate(r)
        return None

    def country(self, code: str) -> Candidate | None:
        """The country of an ISO alpha-2 code."""
        r = self._db.execute(
            f"SELECT {_COLUMNS} FROM place p WHERE p.cc = ? AND p.fcode = 'PCLI' LIMIT 1", (code,)
        ).fetchone()
        return _candidate(r) if r is not None else None

    def admin1_of(self, country_code: str, name: str) -> Candidate | None:
        """The first-level region of a country by name."""
        for cand in self.lookup(name):
            if cand.is_admin1 and cand.country_code == country_code:
                return cand
        return None

    def is_place_name(self, text: str) -> bool:
        """True when ``text`` is the main name of a country, first-level region or town in the index
        (exact key): a word the NER model may take for a person or a body."""
        return any(c.main and not c.is_large for c in self.lookup(text, fuzzy=False))

    def country_names(self) -> dict[str, str]:
        """Country name and capital name -> ISO alpha-2 code (capitals first, countries over them)."""
        rows = self._db.execute(
            "SELECT name, cc, fcode FROM place WHERE fcode IN ('PCLI', 'PPLC') AND cc IS NOT NULL "
            "ORDER BY fcode = 'PCLI', pop"
        ).fetchall()
        out: dict[str, str] = {}
        for name, cc, _ in rows:
            out[strip_accents(str(name))] = out[str(name)] = str(cc)  # "Bogotá" and "Bogota"
        return out

    def country_demonyms(self) -> dict[str, str]:
        """Normalised adjective of a country -> its ISO alpha-2 code ("sudanese" -> "SD"); adjectives
        of regions, peoples or continents ("Kurdish", "European") are left out."""
        out: dict[str, str] = {}
        for key, (cc, pid) in self._demonyms.items():
            place = self.place(pid) if pid is not None else None
            if cc and place is not None and place.is_country and place.country_code == cc:
                out[key] = cc
        return out

    def country_names_by_code(self) -> dict[str, str]:
        """ISO alpha-2 code -> the country's name (the entry ``country`` returns)."""
        rows = self._db.execute("SELECT cc, name FROM place WHERE fcode = 'PCLI' AND cc IS NOT NULL")
        return {str(cc): str(name) for cc, name in rows}

    def main_names(self, min_town_population: int = 15_000) -> frozenset[str]:
        """Main names of countries, capitals, US states and towns of at least that many people."""
        rows = self._db.execute(
            "SELECT name FROM place WHERE fcode IN ('PCLI', 'PPLC') OR (fcode = 'ADM1' AND cc = 'US') "
            "OR (fcode LIKE 'PPL%' AND pop >= ?)", (min_town_population,),
        )
        return frozenset(n for r in rows for n in (str(r[0]), strip_accents(str(r[0]))))
