"""The learned candidate ranker: a linear score over features of each (mention, candidate) pair.

The model (``data/geo/rank_model.json``, written by ``scripts/train_geo.py``) is one weight per
feature of :data:`FEATURES`; a mention's candidate with the largest dot product wins (a pairwise
logistic regression: only differences between candidates of one mention matter, so there is no
bias). The hand-set score of :mod:`unfog.geo.resolve` is the first feature, so the model is the
rules plus learned corrections (population against ambiguity, feature class, name match, the
document's countries and regions, distance to places already settled).

:func:`mention_features` is the one feature function: the training script records it and the
stage scores with it, so the two cannot drift apart; a model whose feature list differs from
:data:`FEATURES` is refused when it is read.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import cast

from unfog.geo.gazetteer import Candidate, entry_count
from unfog.geo.names import fold, normalize
from unfog.geo.recognize import Mention
from unfog.geo.resolve import NEAR_TOKENS, SPELLING, Context, alias_of_other, main_town, score, well_known
from unfog.geodesy import km
from unfog.knowledge import PACKAGED, Knowledge

MODEL_PATH = "geo/rank_model.json"
SEATS = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"})
IMPLIED_NAMES = 2  # other names settled in a country before it supports a reading there (implied_country)
CLASSES = ("country", "large", "admin1", "admin2", "town", "capital", "seat", "other_class")
MATCHES = ("main_exact", "main_folded", "alt_spelling", "alt_other")

FEATURES: tuple[str, ...] = (
    "hand",  # the hand-set score of resolve.score
    "log_pop",  # log10(population + 10)
    "pop_gap",  # log_pop minus that of the most populous candidate (<= 0)
    "top_pop",  # the most populous candidate
    "pop_x_cands",  # log_pop times log2 of the number of candidates
    *CLASSES,  # feature class; capitals and seats are towns too
    *MATCHES,  # how the name matched: the main name as written or folded, an alternate spelling, another alias
    "alias_of_other",  # resolve.alias_of_other
    "well_known",  # resolve.well_known
    "country_named",  # its country is named in the document
    "country_weight",  # log1p of the document's weight of that country
    "country_near",  # that weight by distance in tokens (resolve.Context.near), capped at 4
    "country_close",  # 1 / (1 + tokens to the nearest mention of the country / NEAR_TOKENS)
    "country_top",  # the document's most named country
    "country_hint",  # "the Ukrainian city of X"
    "region_hint",  # "X, Region"
    "region_named",  # in a first-level region the document names (or that region)
    "hint_match",  # the mention's hint (region, town, container) fits the candidate
    "hint_mismatch",
    "point_near",  # a town within settings.geo.near_km of a place settled in the document
    "point_close",  # 1 - log10(1 + km to the nearest settled place) / 4, 0 without settled places
    "country_implied",  # log1p of the other names the first pass settled in its country
)
_AT = {f: k for k, f in enumerate(FEATURES)}


def _class(c: Candidate) -> str:
    if c.is_country:
        return "country"
    if c.is_large:
        return "large"
    if c.is_admin1:
        return "admin1"
    if c.is_admin2:
        return "admin2"
    if c.feature_code == "PPLC":
        return "capital"
    if c.feature_code in SEATS:
        return "seat"
    return "town" if c.is_town else "other_class"


def _match(c: Candidate, text: str, ctx: Context) -> str:
    name = ctx.key(c.name)
    if c.main:
        return "main_exact" if text == name else "main_folded"
    same = text == name or fold(text) == fold(name) or ctx.ratio(text, name) >= SPELLING
    return "alt_spelling" if same else "alt_other"


def _fits(hint: str, c: Candidate) -> bool:
    if hint == "admin1":
        return c.is_admin1 or c.is_admin2
    if hint == "town":
        return c.is_town
    return hint == "container" and c.is_admin1


def mention_features(m: Mention, index: int, ctx: Context) -> list[list[float]]:
    """The feature values (in the order of :data:`FEATURES`) of each of the mention's candidates, in
    the context ``ctx`` settled by the first pass (``resolve.settled_context``); ``index`` is the
    mention's position among the document's mentions (a mention's own point is not its context)."""
    cands = m.candidates
    text = normalize(m.text)
    top = max(c.population for c in cands)
    log_top = math.log10(top + 10)
    ambiguity = math.log2(entry_count(cands))
    most = max(ctx.countries.values(), default=0)
    points = [(lat, lon) for i, lat, lon in ctx.points if i != index]
    named_town = main_town(cands)
    near_km = ctx.distances.near_km
    rows = []
    for c in cands:
        f = [0.0] * len(FEATURES)
        other = alias_of_other(c, m, cands, ctx, named_town)
        d = min(km(c.lat, c.lon, lat, lon) for lat, lon in points) if points else 0.0
        near_point = bool(points) and c.is_town and d < near_km
        famous = c.is_town and not other and well_known(c, cands)  # asked once, for the score and the feature
        f[_AT["hand"]] = score(c, m, ctx, index, cands, named_town, other, near_point, famous)
        log_pop = math.log10(c.population + 10)
        f[_AT["log_pop"]] = log_pop
        f[_AT["pop_gap"]] = log_pop - log_top
        f[_AT["top_pop"]] = float(c.population >= top)
        f[_AT["pop_x_cands"]] = log_pop * ambiguity
        cls = _class(c)
        f[_AT[cls]] = 1.0
        if cls in ("capital", "seat"):
            f[_AT["town"]] = 1.0
        f[_AT[_match(c, text, ctx)]] = 1.0
        f[_AT["alias_of_other"]] = float(other)
        f[_AT["well_known"]] = float(famous)
        cc = c.country_code
        if cc and ctx.countries.get(cc):
            f[_AT["country_named"]] = 1.0
            f[_AT["country_weight"]] = math.log1p(ctx.countries[cc])
            f[_AT["country_near"]] = min(4.0, ctx.near(cc, m.start))
            gap = min(abs(i - m.start) for i, _ in ctx.country_at.get(cc, [(m.start, 0)]))
            f[_AT["country_close"]] = 1.0 / (1.0 + gap / NEAR_TOKENS)
            f[_AT["country_top"]] = float(ctx.countries[cc] == most)
        f[_AT["country_hint"]] = float(bool(m.country_hint) and cc == m.country_hint)
        f[_AT["region_hint"]] = float(m.admin1_hint is not None and not c.is_admin1 and (cc, c.admin1) == m.admin1_hint)
        f[_AT["region_named"]] = float(bool(c.admin1) and (cc, c.admin1) in ctx.admin1)
        if m.hint:
            f[_AT["hint_match" if _fits(m.hint, c) else "hint_mismatch"]] = 1.0
        if cc:
            f[_AT["country_implied"]] = math.log1p(ctx.implied(text, cc))
        if points:
            f[_AT["point_near"]] = float(near_point)
            f[_AT["point_close"]] = 1.0 - min(1.0, math.log10(1.0 + d) / 4.0)
        rows.append(f)
    return rows


@dataclass(frozen=True)
class Ranker:
    """A linear ranker: one weight per feature of :data:`FEATURES`; the largest dot product wins."""

    weights: tuple[float, ...]

    def scores(self, m: Mention, index: int, ctx: Context) -> list[float]:
        """The score of each of the mention's candidates."""
        return [self._dot(f) for f in mention_features(m, index, ctx)]

    def _dot(self, f: Sequence[float]) -> float:
        return sum(w * x for w, x in zip(self.weights, f, strict=True))

    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate:
        """The best-scoring candidate, within what the naming says:

        - where the mention's own phrase names the country or region ("the Ukrainian city of X",
          "X, Region") or the kind of place ("the X region", "the town of X"), the best of the
          candidates that are what it says, if any is, and of those the ones it names by their main name
          ("Washington, Pa." is the town called Washington there, not Washington Boro);
        - a town the name reaches only as an alias that is another town's main name
          (``resolve.alias_of_other``) only where the hand-set score also chooses it (it is then
          some thirty times as populous); so too any candidate the name reaches by an alternate
          name, spelling or not, where the name as written is another candidate's main name
          ("Nadi" is Fiji's town, not a Thai village spelled so too, unless the rules say otherwise),
          save a region the name reaches by its bare name (:func:`bare_region`: "Kaga" for "Province of
          Kaga" beside towns of other countries called Kaga);
        - a first-level region that bears the name of a town in it among the candidates ("Kharkiv":
          the oblast and its capital) only where the phrase says region ("the Kharkiv region"): the
          bare name is the town, though the region, whose population is its towns' sum, is larger;
        - among the towns of one country, one in a first-level region the document names
          (:func:`named_region`: "Springfield" in a story that names Illinois; "Marion County" in one
          that names Florida)."""
        m = bare_reading(m)
        if len(m.candidates) == 1:
            return m.candidates[0]
        feats = mention_features(m, index, ctx)
        hand = max(range(len(feats)), key=lambda k: feats[k][_AT["hand"]])
        mains = {ctx.key(c.name) for c in m.candidates if c.main}
        text = ctx.key(m.text)
        allowed = [k for k, f in enumerate(feats) if k == hand or not (
            f[_AT["alias_of_other"]] or (text in mains and not m.candidates[k].main
                                          and not bare_region(m.candidates[k], text, ctx)))]
        if m.hint in ("admin1", "town"):
            allowed = [k for k in allowed if _fits(m.hint, m.candidates[k])] or allowed
        stated = [k for k in allowed if _stated(m, m.candidates[k])]
        allowed = [k for k in stated if m.candidates[k].main] or stated or allowed
        if not stated:
            allowed = [k for k in allowed if not m.candidates[k].is_post_town or _local(m.candidates[k], ctx)] \
                or allowed
        best = max(allowed, key=lambda k: self._dot(feats[k]))
        if not stated and (named := named_region(m, best, allowed, ctx)):
            best = max(named, key=lambda k: self._dot(feats[k]))
        if not stated and (paired := paired_reading(m, best, allowed, ctx)) is not None:
            best = paired
        if not stated and (implied := implied_country(m, best, allowed, ctx)):
            best = max(implied, key=lambda k: self._dot(feats[k]))
        return m.candidates[best]


def named_region(m: Mention, best: int, allowed: Sequence[int], ctx: Context) -> list[int]:
    """The allowed candidates (indices) to choose from instead of ``best``, a town (or county) in no
    region the document names: the towns (counties) of its country, matched by their main name, in a
    first-level region the document names (``ctx.admin1``: "Springfield" in a story that names
    Illinois, or "Peoria" with "Chicago, Ill."). A writer names the state of a town that shares its
    name with towns of other states; the national capital and a well-known city
    (``resolve.well_known``) need no such naming and are kept, unless the name reaches them only as
    an alias that is another town's main name (``resolve.alias_of_other``). Across countries the
    document's countries decide (the ranker's features); where it names none of ``best``'s country,
    a town or county of another country in a first-level region it names is chosen ("Salem" in a
    story that names Oregon)."""
    c = m.candidates[best]
    if not (c.is_town or c.is_admin2) or (c.country_code, c.admin1) in ctx.admin1:
        return []
    if (c.feature_code == "PPLC" or (c.is_town and well_known(c, m.candidates))) and not alias_of_other(
            c, m, m.candidates, ctx):
        return []  # named by its own name ("Victoria" is Hong Kong only by an alias: not exempt)
    same = [k for k in allowed if (t := m.candidates[k]).is_town == c.is_town and t.is_admin2 == c.is_admin2
            and t.main and t.country_code == c.country_code and (t.country_code, t.admin1) in ctx.admin1]
    if same or (c.country_code and ctx.countries.get(c.country_code)):
        return same
    # in a country the document does not name: a town or county of another country in a region it
    # names ("Salem" in a story that names Oregon and no country)
    return [k for k in allowed if ((t := m.candidates[k]).is_town or t.is_admin2) and t.main
            and t.country_code != c.country_code and (t.country_code, t.admin1) in ctx.admin1]


def _local(c: Candidate, ctx: Context) -> bool:
    """A place the document settles lies within ``local_km`` of ``c``. A post-office village
    (``unfog.geo.post_towns``) is a reading of a name only so, or where its phrase states its state
    ("X, Kan."), or where the name has no other entry: a village of a few hundred people is named in
    the news of its own surroundings (spatial minimality, Leidner 2007 5.3, at the scale of a village's
    news: the distance of ``discourse.local_namesakes``). Its population, unknown and under cities500's
    threshold, lies outside what the ranker's population features were fitted on."""
    return any(km(c.lat, c.lon, lat, lon) <= ctx.distances.local_km for _, lat, lon in ctx.points)


def implied_country(m: Mention, best: int, allowed: Sequence[int], ctx: Context) -> list[int]:
    """The allowed candidates (indices) to choose from instead of ``best``, a town or second-level region
    of a country the document neither names nor settles another name in, no national capital nor
    well-known city: the towns and second-level regions of the name (by its main name) in a country
    where the first pass settled ``IMPLIED_NAMES`` other names or more. Spatial minimality with the
    country as the unit (Leidner 2007, 5.3): a story's places lie together, and one reading alone in a
    country nothing else of the story lies in has no support ("Salem" beside two towns of Oregon)."""
    c = m.candidates[best]
    text = ctx.key(m.text)
    if not (c.is_town or c.is_admin2) or not c.country_code or ctx.countries.get(c.country_code) \
            or ctx.implied(text, c.country_code) or c.feature_code == "PPLC" \
            or (c.is_town and well_known(c, m.candidates)):
        return []
    return [k for k in allowed if ((t := m.candidates[k]).is_town or t.is_admin2) and t.main and t.country_code
            and t.country_code != c.country_code and ctx.implied(text, t.country_code) >= IMPLIED_NAMES]


def paired_reading(m: Mention, best: int, allowed: Sequence[int], ctx: Context) -> int | None:
    """The allowed candidate (index) to choose instead of ``best``: the one town of the name in a unique
    local pair with a town of another name of the document (``ctx.pairs``, ``pairs.unique_pairs``:
    "Peoria" and "Pekin", whose only towns within ``local_km`` of each other lie in Illinois; names
    the document settles otherwise do not pair), where ``best`` lies in no country and no first-level
    region the document names (what the document names outweighs a pair)."""
    pids = ctx.pairs.get(ctx.key(m.text), frozenset())
    c = m.candidates[best]
    if len(pids) != 1 or c.pid in pids or (c.country_code and ctx.countries.get(c.country_code)) or (
            c.country_code, c.admin1) in ctx.admin1:
        return None
    return next((k for k in allowed if m.candidates[k].pid in pids), None)


def bare_reading(m: Mention) -> Mention:
    """The mention without the first-level regions named like a town of theirs among its candidates
    ("Kharkiv": the oblast and its capital), or the provinces reached by their bare name beside such
    a town ("Barcelona": the city, not its province), unless its phrase says region ("the Kharkiv
    region"): the bare name is the town. The ranker scores (and is trained on) the candidates left, so
    that its population features compare the readings that remain."""
    if m.hint == "admin1":
        return m
    kept = tuple(c for c in m.candidates if not named_after_capital(c, m.candidates))
    return replace(m, candidates=kept) if kept and len(kept) < len(m.candidates) else m


def named_after_capital(c: Candidate, cands: Sequence[Candidate]) -> bool:
    """A first-level region named like a town of its own among the mention's candidates (one the name
    matched by its main name: "Minneota", reached by an alternate spelling "Minnesota", is not one);
    so too a province reached by its bare name ("Province of Kaga" by "Kaga") beside a town of that
    main name in its first-level region: the province is named after its capital."""
    if c.is_admin2 and not c.main:
        return any(t.is_town and t.main and t.admin1 == c.admin1 and t.country_code == c.country_code for t in cands)
    return c.is_admin1 and any(t.is_town and t.main and t.admin1 == c.name and t.country_code == c.country_code
                               for t in cands)


def bare_region(c: Candidate, text: str, ctx: Context) -> bool:
    """A first- or second-level region the name reaches by its bare name, the generic head of its
    formal name left out ("Kaga" for "Province of Kaga" or "Kaga Sheng", gazetteer.yaml admin1_suffixes,
    admin1_prefixes, admin2_prefixes): the generic word classifies the name and is no part of it
    (Quirk et al. 1985, ch. 5 on proper nouns with a common-noun head), so the region is named by its
    own name, as a town of that main name is. ``text``: the mention's key."""
    return (c.is_admin1 or c.is_admin2) and f" {text} " in f" {ctx.key(c.name)} "


def _stated(m: Mention, c: Candidate) -> bool:
    """The candidate lies where the mention's own phrase says (its country hint, its "X, Region")."""
    if m.admin1_hint is not None:
        return not c.is_admin1 and (c.country_code, c.admin1) == m.admin1_hint
    return bool(m.country_hint) and c.country_code == m.country_hint


def parse_ranker(raw: Mapping[str, object]) -> Ranker:
    """The ranker of a model file's JSON; refused (ValueError) when its features are not the code's."""
    names = list(cast(Sequence[str], raw["features"]))
    if tuple(names) != FEATURES:
        raise ValueError(f"{MODEL_PATH} was trained on other features than unfog.geo.rank.FEATURES: retrain it "
                         "with scripts/train_geo.py --write")
    weights = cast(Mapping[str, float], raw["weights"])
    return Ranker(tuple(float(weights[f]) for f in FEATURES))


def load_ranker(knowledge: Knowledge = PACKAGED) -> Ranker:
    """The ranker of ``geo/rank_model.json`` in the knowledge; the stage reads it once."""
    return parse_ranker(cast(Mapping[str, object], json.loads(knowledge.text(MODEL_PATH))))
