"""The gazetteer service: read-only lookups over the SQLite index that ``build.py`` writes.

Tables (see ``build.py``): ``place`` (one row per place: coordinates, country, first-level region,
feature code, population), ``name`` (normalised and folded keys -> place) and ``demonym``.
Opening is cheap (one SQLite connection); lookups are memoised per key.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from unfog.geo.names import fold, normalize

#: Feature codes of countries and of areas at least as large.
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLIX", "TERR"})
LARGE_CODES = frozenset({"CONT", "OCN", "SEA", "GULF", "RGN", "PEN"})
SCHEMA_VERSION = "3"


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
    def is_large(self) -> bool:
        return self.feature_code in LARGE_CODES

    @property
    def is_town(self) -> bool:
        return self.feature_code.startswith("PPL")

    @property
    def precision(self) -> int:
        """ACLED geo-precision: 1 town, 3 region or larger."""
        return 1 if self.is_town else 3


class GazetteerError(RuntimeError):
    """The index is missing, unreadable or of another schema version."""


class Gazetteer:
    """Lookups over a built index; hold one per process (the stage keeps it)."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GazetteerError(f"no gazetteer index at {path}")
        uri = f"file:{path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise GazetteerError(f"gazetteer index {path} is of another version; rebuild it")
        self._demonyms: dict[str, str | None] = dict(self._db.execute("SELECT norm, cc FROM demonym").fetchall())
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def close(self) -> None:
        self._db.close()

    def is_demonym(self, text: str) -> bool:
        """True for adjectives and people-nouns of places ("Syrian", "Ukrainians")."""
        key = normalize(text)
        return key in self._demonyms or key.removesuffix("s") in self._demonyms

    def demonym_country(self, text: str) -> str | None:
        """The country an adjective names ("Ukrainian" -> "UA"), where known."""
        key = normalize(text)
        return self._demonyms.get(key) or self._demonyms.get(key.removesuffix("s"))

    def _rows(self, column: str, key: str, limit: int) -> list[Candidate]:
        sql = (
            "SELECT p.id, p.geonames_id, p.name, p.lat, p.lon, p.cc, p.admin1, p.fcode, p.pop, max(n.main) "
            f"FROM name n JOIN place p ON p.id = n.place WHERE n.{column} = ? "
            "GROUP BY p.id ORDER BY p.pop DESC LIMIT ?"
        )
        return [
            Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
            for r in self._db.execute(sql, (key, limit))
        ]

    def _lookup(self, text: str, fuzzy: bool = True, limit: int = 40) -> tuple[Candidate, ...]:
        """Entries named ``text`` (exact normalised key; the folded key when that finds none)."""
        key = normalize(text)
        if not key:
            return ()
        found = self._rows("norm", key, limit)
        if not found and fuzzy and len(key) >= 5:
            found = self._rows("fold", fold(key), limit)
        return tuple(found)

    def admin1_of(self, country_code: str, name: str) -> Candidate | None:
        """The first-level region of a country by name."""
        for cand in self.lookup(name):
            if cand.is_admin1 and cand.country_code == country_code:
                return cand
        return None
