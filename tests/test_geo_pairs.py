"""Unique local pairs (unfog.geo.pairs): two names with exactly one pair of towns (each reached by its
main name) within local_km of each other. Candidates and coordinates of our own."""

from __future__ import annotations

import pytest

from unfog.geo.gazetteer import Candidate
from unfog.geo.pairs import unique_pairs


def _t(pid: int, lat: float, lon: float, code: str = "PPL", main: bool = True) -> Candidate:
    return Candidate(pid, pid, f"t{pid}", lat, lon, "ZZ", "R", code, 5_000, main)


# "alpha" has towns at three places, "beta" at two; only one pair lies within 50 km: 1 and 11
ALPHA = (_t(1, 40.0, -90.0), _t(2, 33.0, -112.0), _t(3, 52.0, 0.0))
BETA = (_t(11, 40.3, -89.8), _t(12, 39.9, 116.4))


@pytest.mark.parametrize(
    ("names", "free", "expected"),
    [
        # one pair: each name's town in it
        ([("alpha", ALPHA), ("beta", BETA)], {"alpha", "beta"}, {"alpha": {1}, "beta": {11}}),
        # a name the document settles otherwise pairs with nothing
        ([("alpha", ALPHA), ("beta", BETA)], {"alpha"}, {}),
        # two pairs between the same names (a second beta town next to alpha's third): no evidence
        ([("alpha", ALPHA), ("beta", (*BETA, _t(13, 52.1, 0.2)))], {"alpha", "beta"}, {}),
        # a name met twice is no context of itself
        ([("alpha", ALPHA), ("alpha", (_t(4, 40.1, -90.1),))], {"alpha"}, {}),
        # a town reached by an alternate name, and a region, do not pair
        ([("alpha", ALPHA), ("beta", (_t(14, 40.2, -90.1, main=False), _t(15, 40.1, -90.0, code="ADM2")))],
         {"alpha", "beta"}, {}),
        # farther than local_km: no pair
        ([("alpha", ALPHA), ("beta", (_t(16, 41.0, -90.0),))], {"alpha", "beta"}, {}),
        # near the poles and across a cell's edge the grid still finds a pair
        ([("gamma", (_t(21, 69.95, 25.0),)), ("delta", (_t(22, 70.05, 25.9),))], {"gamma", "delta"},
         {"gamma": {21}, "delta": {22}}),
    ],
)
def test_unique_pairs(names: list[tuple[str, tuple[Candidate, ...]]], free: set[str],
                      expected: dict[str, set[int]]) -> None:
    got = unique_pairs(names, 50.0, free)
    assert {k: set(v) for k, v in got.items() if v} == expected
