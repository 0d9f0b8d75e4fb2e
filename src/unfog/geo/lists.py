"""Names in one list read alike: coordination joins like with like.

A list is a run of place names separated only by commas and a coordinating word ("Oregon, Nevada,
Washington and Idaho"). Where at least ``MIN_ALIKE`` other names of a list were resolved to first-level
regions of one country, a name of the list resolved to something else is read as that country's
first-level region of the name, where it has one ("Washington": the state, not the capital); where
at least ``MIN_ALIKE`` others are countries, as a country ("Peru, China, Chile": the country, not a
village named China). Names coordinated with a single other name are left alone ("Washington and
Oregon officials" may be the capital).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate
from unfog.geo.recognize import Mention

#: how many other names of a list must be of one kind before a name is read as that kind
MIN_ALIKE = 2
_JOINERS = frozenset({",", "and", "or", "&"})


def _lists(sdoc: Doc, mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of the mentions that form lists of three names or more, in text order."""
    groups: list[list[int]] = []
    current: list[int] = []
    for i, m in enumerate(mentions):
        if m.kind != "name":
            continue
        if current:
            prev = mentions[current[-1]]
            between = [t.lower_ for t in sdoc[prev.end : m.start]]
            if between and len(between) <= 2 and all(w in _JOINERS for w in between):
                current.append(i)
                continue
            if len(current) >= MIN_ALIKE + 1:
                groups.append(current)
        current = [i]
    if len(current) >= MIN_ALIKE + 1:
        groups.append(current)
    return groups


def _kind(c: Candidate) -> tuple[str, str] | None:
    if c.is_country:
        return ("country", "")
    if c.is_admin1:
        return ("admin1", c.country_code or "")
    return None


def like_with_like(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate]) -> list[Candidate]:
    """The chosen entries, a name of a list read as the kind of region its other names are."""
    out = list(chosen)
    for group in _lists(sdoc, mentions):
        kinds = Counter(k for i in group if (k := _kind(chosen[i])) is not None)
        for i in group:
            own = _kind(chosen[i])
            for kind, n in kinds.most_common():
                if n - (own == kind) < MIN_ALIKE or own == kind:
                    continue
                alike = [c for c in mentions[i].candidates if _kind(c) == kind]
                if alike:
                    out[i] = max(alike, key=lambda c: c.population)
                    break
    return out
