"""Unique local pairs: two names of a document with exactly one pair of readings next to each other.

A writer names places near one another ("the council in Peoria ... parents in Pekin"). Where two
ambiguous names have exactly one pair of towns (each reached by its main name) within ``local_km``
of each other, that pair is what the writer means, though each name alone would go to a bigger
namesake elsewhere (spatial minimality: Leidner 2008; Speriosu & Baldridge 2013). Names with many
namesakes each ("Springfield" and "Greenville") meet by chance in several places: no unique pair,
no evidence. A name met twice is no context of itself (pairs are between different keys).

:func:`unique_pairs` gives, per name, the ids of its towns in such a pair; the ranker's chooser
(``rank.paired_reading``) takes the one reading so supported. Only names the document leaves free
pair: a name whose first choice is a capital or a well-known city (not reached only by another
town's name), lies in a country or region the document names, or is placed by its own phrase
("X, Region", "the Ukrainian town of X") keeps it, and pairs with nothing ("Hamilton" and "Toronto"
also meet in New South Wales). Towns are bucketed on a grid of cells about ``local_km`` wide, so a document's
pairs cost a look at neighbouring cells, not every pair of candidates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from unfog.geo.gazetteer import Candidate
from unfog.geodesy import km

KM_PER_DEGREE = 111.2  # of latitude


def _town(c: Candidate) -> bool:
    """A town reached by its main name; no post-office village (``geo.post_towns``): 13,000 villages
    would make pairs by chance of names the story does not place together, and break the true ones."""
    return c.is_town and c.main and not c.is_post_town


def unique_pairs(names: Iterable[tuple[str, Sequence[Candidate]]], local_km: float,
                 free: Collection[str]) -> dict[str, frozenset[int]]:
    """For each name (key) of ``names`` (key, candidates), the ids of its towns (reached by their main
    name) that form the one pair within ``local_km`` between it and another name, both names ``free``
    (the caller's: names whose reading nothing else the document says settles)."""
    cell = local_km / KM_PER_DEGREE  # degrees of latitude per row of cells
    grid: dict[tuple[int, int], list[tuple[str, Candidate]]] = defaultdict(list)
    towns: dict[str, dict[int, Candidate]] = {}
    for key, cands in names:
        own = towns.setdefault(key, {})
        for c in cands:
            if _town(c) and c.pid not in own:
                own[c.pid] = c
                row = math.floor(c.lat / cell)
                grid[(row, math.floor(c.lon / _width(row, cell)))].append((key, c))
    found: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)  # (key, other) -> (pid, other pid)
    for key, own in towns.items():
        for c in own.values():
            row = math.floor(c.lat / cell)
            for r in (row - 1, row, row + 1):
                for col in _columns(c.lon, r, cell):
                    for other, t in grid.get((r, col), ()):
                        if other > key and km(c.lat, c.lon, t.lat, t.lon) <= local_km:
                            found[(key, other)].add((c.pid, t.pid))
    out: dict[str, set[int]] = defaultdict(set)
    for (key, other), pairs in found.items():
        if len(pairs) == 1 and key in free and other in free:
            (a, b), = pairs
            out[key].add(a)
            out[other].add(b)
    return {key: frozenset(pids) for key, pids in out.items()}


def _width(row: int, cell: float) -> float:
    """Degrees of longitude per cell in a row: at least ``cell`` degrees of latitude wide in km at the
    row's poleward edge (so the neighbouring cells hold every town within that distance)."""
    edge = max(abs(row * cell), abs((row + 1) * cell))
    return cell / max(0.1, math.cos(math.radians(min(90.0, edge))))


def _columns(lon: float, row: int, cell: float) -> range:
    col = math.floor(lon / _width(row, cell))
    return range(col - 1, col + 2)
