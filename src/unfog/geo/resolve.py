"""Toponym resolution: rank each mention's gazetteer candidates with the document's context.

Score = log10(population) + a feature prior (countries and large areas first, capitals over towns)
+ the mention's hints ("the X region" -> a region, "the town of X" -> a town, "the Ukrainian city
of X" -> a town in UA) + document context (countries the document names or whose adjectives it
uses, regions it names, places already resolved nearby). Two passes: the second adds the regions
and points the first pass settled. The second pass is the learned ranker (``rank.py``, the model in
``data/geo/rank_model.json``) when the stage holds one: the hand-set score is its first feature.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Protocol

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate, Gazetteer, entry_count
from unfog.geo.names import normalize
from unfog.geo.pairs import unique_pairs
from unfog.geo.recognize import Mention
from unfog.geo.relative import near_candidates
from unfog.geodesy import km
from unfog.lines import int_column, token_texts
from unfog.settings import GEO_DISTANCES, GeoDistances

NEAR_TOKENS = 40  # about a sentence or two
WELL_KNOWN = 1.0  # the bonus of a well-known city (see well_known)
NEAR_SCALE = 1.5  # near-weight giving the full proximity bonus
ALIAS_OF_OTHER = 1.5  # the penalty of a town named by another town's main name
SPELLING = 0.7  # similarity (difflib ratio) above which an alternate name is a spelling of the main one
LARGE_FLOOR = 10_000_000  # oceans, seas and macro-regions rank as if this populous


def _decay(distance: int) -> float:
    """How much a country named ``distance`` tokens away says about a mention: a sentence or two
    away it says much, across the document little (an article about one place names others too)."""
    return 1.0 if distance <= NEAR_TOKENS else 0.4 if distance <= 4 * NEAR_TOKENS else 0.1


class Context:
    """What the document says about where it is."""

    def __init__(self, distances: GeoDistances = GEO_DISTANCES) -> None:
        self.distances = distances  # the stage's (settings.geo): "near" is distances.near_km
        self.countries: Counter[str] = Counter()
        self.country_at: dict[str, list[tuple[int, int]]] = {}  # country -> [(token index, weight)]
        self.admin1: set[tuple[str | None, str]] = set()
        self.points: list[tuple[int, float, float]] = []  # (mention index, lat, lon)
        self.settled: dict[str, set[str]] = {}  # country -> the names the first pass settled in it
        self.pairs: dict[str, frozenset[int]] = {}  # name -> its towns in a unique local pair (pairs.py)
        self._keys: dict[str, str] = {}  # normalize(), per text, for this document
        self._ratios: dict[tuple[str, str], float] = {}  # spelling similarity, per pair of keys
        self._near: dict[tuple[str, int], float] = {}  # near(), per country and token, until the next add

    def key(self, text: str) -> str:
        """``names.normalize(text)``, computed once per document and text."""
        got = self._keys.get(text)
        if got is None:
            got = self._keys[text] = normalize(text)
        return got

    def ratio(self, a: str, b: str) -> float:
        """The difflib similarity of two keys, computed once per document and pair (the passes and
        the ranker's features ask for the same pairs)."""
        got = self._ratios.get((a, b))
        if got is None:
            got = self._ratios[(a, b)] = SequenceMatcher(None, a, b).ratio()
        return got

    def add(self, cc: str, at: int, weight: int) -> None:
        self.countries[cc] += weight
        self.country_at.setdefault(cc, []).append((at, weight))
        self._near.clear()

    def implied(self, key: str, cc: str) -> int:
        """How many other names (not ``key``) the first pass settled in country ``cc``: the countries
        the document's places lie in, whether or not it names them ("Beirut ... Tripoli")."""
        names = self.settled.get(cc, set())
        return len(names) - (key in names)

    def near(self, cc: str, at: int) -> float:
        """The weight of the country's mentions, each by its distance from token ``at`` (computed once
        per country and token: every candidate of a mention, in each pass, asks for the same)."""
        got = self._near.get((cc, at))
        if got is None:
            got = self._near[(cc, at)] = sum(w * _decay(abs(i - at)) for i, w in self.country_at.get(cc, ()))
        return got


def document_context(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer,
                     distances: GeoDistances = GEO_DISTANCES) -> Context:
    ctx = Context(distances)
    for m in mentions:
        if m.kind != "name":
            continue  # adjectives count once, below, as the words they are
        if m.candidates[0].is_country:
            ctx.add(m.candidates[0].country_code or "", m.start, 2)
        if m.country_hint:
            ctx.add(m.country_hint, m.start, 2)
    for i, cc in demonyms(sdoc, gaz):
        ctx.add(cc, i, 1)
    return ctx


_DEMONYMS_KEY = "unfog.geo.demonyms"


def demonyms(sdoc: Doc, gaz: Gazetteer) -> list[tuple[int, str]]:
    """(token index, country code) of each capitalised word that is a country's adjective ("Malian"),
    found once per document (the context of resolution and ``discourse.foreign_outliers`` read it)."""
    found: list[tuple[int, str]] | None = sdoc.user_data.get(_DEMONYMS_KEY)
    if found is None:
        words = zip(token_texts(sdoc), int_column(sdoc, "alpha"), strict=True)
        found = [(i, cc) for i, (text, alpha) in enumerate(words)
                 if text[:1].isupper() and alpha and (cc := gaz.demonym_country(text))]
        sdoc.user_data[_DEMONYMS_KEY] = found
    return found


def well_known(c: Candidate, same_name: Sequence[Candidate]) -> bool:
    """The city a bare name means unless the context says otherwise: a town of 100,000 at least
    five times as populous as any other town of that name ("Manchester" -> England)."""
    if c.population < 100_000:
        return False
    others = [t.population for t in same_name if t.is_town and t.pid != c.pid]
    return all(c.population >= 5 * p for p in others)


def main_town(same_name: Sequence[Candidate]) -> bool:
    """Some town among a mention's candidates bears the name as its main name (what
    :func:`alias_of_other` asks of every candidate: computed once per mention by the callers that
    score all of its candidates)."""
    return any(t.main and t.is_town for t in same_name)


def alias_of_other(c: Candidate, m: Mention, same_name: Sequence[Candidate], ctx: Context | None = None,
                   named_town: bool | None = None) -> bool:
    """A town matched by an alternate name that is no spelling of its own name but the main name of
    another town ("Southold" is also an alternate name of South Bend): the other town is meant unless
    this one is some thirty times as populous (nor is this one then "well known" by that name).
    Spellings ("Odessa" for Odesa, "Kharkov" for Kharkiv) are not such aliases. ``ctx``: the
    document's context, whose memo of keys and similarities is used when given; ``named_town``:
    ``main_town(same_name)`` when the caller holds it."""
    if c.main or not c.is_town:
        return False
    if not (main_town(same_name) if named_town is None else named_town):
        return False
    if ctx is not None:
        return ctx.ratio(ctx.key(m.text), ctx.key(c.name)) < SPELLING
    return SequenceMatcher(None, normalize(m.text), normalize(c.name)).ratio() < SPELLING


def score(c: Candidate, m: Mention, ctx: Context, index: int, same_name: Sequence[Candidate],
          named_town: bool | None = None, other: bool | None = None, near_point: bool | None = None,
          famous: bool | None = None) -> float:
    """The hand-set score of candidate ``c`` of mention ``m`` (the ``index``-th). A caller scoring all
    of a mention's candidates may pass what it already holds: ``named_town`` (``main_town(same_name)``),
    ``other`` (``alias_of_other(c, ...)``), ``near_point`` (a town within ``near_km`` of a point
    the document settles, other than the mention's own) and ``famous`` (a town, no alias of another,
    ``well_known``)."""
    s = math.log10(max(c.population, LARGE_FLOOR if c.is_large else 0) + 10)
    if c.is_country or c.is_large:
        s += 4.0
    elif c.feature_code == "PPLC":
        s += 2.0
    elif c.is_admin1 and any(t.is_town and t.admin1 == c.name and t.country_code == c.country_code
                             for t in same_name):
        s -= 1.0  # a region named after its capital: the bare name is the town
    elif c.is_admin2:
        # a district's population is the sum of its towns'; by its bare name it is mostly the town
        s -= 3.0 if any(t.is_town and t.country_code == c.country_code for t in same_name) else 1.5
    if other is None:
        other = alias_of_other(c, m, same_name, ctx, named_town)
    if not c.main:
        s -= ALIAS_OF_OTHER if other else 0.5
    if famous is None:
        famous = c.is_town and not other and well_known(c, same_name)
    if famous:
        s += WELL_KNOWN
    if m.hint == "admin1":
        s += 6.0 if c.is_admin1 or c.is_admin2 else -3.0
    elif m.hint == "town":
        s += 5.0 if c.is_town else -4.0
    elif m.hint == "container":
        s += 2.0 if c.is_admin1 else 0.0
    if m.country_hint and c.country_code == m.country_hint:
        s += 5.0
    if m.admin1_hint and not c.is_admin1 and (c.country_code, c.admin1) == m.admin1_hint:
        s += 4.0
    if c.country_code and ctx.countries.get(c.country_code):
        s += 2.0 + min(2.0, ctx.near(c.country_code, m.start) / NEAR_SCALE)
    if c.admin1 and (c.country_code, c.admin1) in ctx.admin1:
        # in a region the document names; the region itself when named again ("Wash." ... "Washington")
        s += 2.5
    if near_point is None:
        near_point = c.is_town and any(i != index and km(c.lat, c.lon, lat, lon) < ctx.distances.near_km
                                       for i, lat, lon in ctx.points)
    if near_point:
        s += 2.0
    return s


def settled_context(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer,
                    distances: GeoDistances = GEO_DISTANCES) -> Context:
    """The document's context after the first pass: its countries, plus the regions and points the
    hand-set score settles, and each name's towns in a unique local pair with another's (``pairs.py``)."""
    ctx = document_context(sdoc, mentions, gaz, distances)
    chosen = [_best(m, i, ctx) for i, m in enumerate(mentions)]
    for i, c in enumerate(chosen):
        if mentions[i].kind == "name" and c.country_code:
            ctx.settled.setdefault(c.country_code, set()).add(normalize(mentions[i].text))
        if c.is_admin1:
            ctx.admin1.add((c.country_code, c.name))
        elif c.is_town and mentions[i].kind == "name" and (_unique(c, mentions[i].candidates) or mentions[i].hint):
            ctx.points.append((i, c.lat, c.lon))
        if c.is_town and c.admin1 and mentions[i].hint == "container":
            ctx.admin1.add((c.country_code, c.admin1))
    for i, c in enumerate(chosen):
        if c.is_admin1 and mentions[i].hint in ("container", None):
            ctx.admin1.add((c.country_code, c.name))
    names = [(ctx.key(m.text), m, c) for m, c in zip(mentions, chosen, strict=True) if m.kind == "name"]
    held = {key for key, m, c in names if _settled_by_document(c, m, ctx)}
    ctx.pairs = unique_pairs(((key, m.candidates) for key, m, _ in names), distances.local_km,
                             {key for key, _, _ in names} - held)
    return ctx


def _unique(c: Candidate, cands: Sequence[Candidate]) -> bool:
    """``c`` is the name's one entry, post-office villages aside (``gazetteer.entry_count``: a village of
    the ZIP table does not unsettle the one town of 500 of its name, nor settles a point beside one)."""
    return entry_count(cands) == 1 and (not c.is_post_town or len(cands) == 1)


def _best(m: Mention, index: int, ctx: Context) -> Candidate:
    """The candidate of ``m`` (the ``index``-th mention) with the highest hand-set score, the first of
    equals."""
    named_town = main_town(m.candidates)
    return max(m.candidates, key=lambda c: score(c, m, ctx, index, m.candidates, named_town))


def _settled_by_document(c: Candidate, m: Mention, ctx: Context) -> bool:
    """The first choice ``c`` of ``m`` is one the document settles apart from its neighbours: a capital
    or well-known city named by its own name, in a country or first-level region the document names,
    or placed by the mention's own phrase (``pairs.unique_pairs`` pairs only the other names)."""
    own = (c.feature_code == "PPLC" or (c.is_town and well_known(c, m.candidates))) and not alias_of_other(
        c, m, m.candidates, ctx)
    named = bool(c.country_code and ctx.countries.get(c.country_code)) or (c.country_code, c.admin1) in ctx.admin1
    return own or named or bool(m.hint or m.country_hint or m.admin1_hint)


class Chooser(Protocol):
    """What chooses a mention's candidate in the settled context (``rank.Ranker``)."""

    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate: ...


def resolve(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer, chooser: Chooser | None = None,
            distances: GeoDistances = GEO_DISTANCES) -> list[Candidate]:
    """The chosen candidate of every mention, in order: by ``chooser`` in the settled context, or
    without one by the hand-set score. A mention said to lie near a town ("X, a suburb of Y",
    ``relative.link_relative``) is chosen after the others, among its candidates near Y's choice."""
    ctx = settled_context(sdoc, mentions, gaz, distances)

    def pick(m: Mention, i: int) -> Candidate:
        if chooser is not None:
            return chooser.choose(m, i, ctx)
        return _best(m, i, ctx)

    at = {m.start: i for i, m in enumerate(mentions)}
    later = {i for i, m in enumerate(mentions) if at.get(m.meta.get("near", -1)) is not None}
    chosen: dict[int, Candidate] = {i: pick(m, i) for i, m in enumerate(mentions) if i not in later}
    for i in sorted(later):
        m, j = mentions[i], at[mentions[i].meta["near"]]
        anchor = chosen.get(j) or mentions[j].candidates[0]
        chosen[i] = pick(replace(m, candidates=near_candidates(m, anchor, distances.near_km)), i)
    return [chosen[i] for i in range(len(mentions))]
