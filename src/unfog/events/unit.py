"""ACLED's unit of an event: one sub-event type, one location, one day, the same actors.

The ACLED codebook records an event as an interaction of one type between actors at one location
on one day; an article that tells it several times ("hundreds marched through the capital on
Sunday ... the rally ended at the square ... police let them protest") reports one event, not one
per mention. After the incident's place and day are carried to the mentions that name neither
(``events/incident.py``), a mention in a later sentence is one of an earlier event's mentions
(within a sentence the parse says how two act words relate: "troops entered the village following
the ambush" are two acts; only a verb conjoined to the earlier one with no subject of its own,
"rioters looted shops and vandalised a church", shares its actors by syntax and may join it, and
so may an act noun coordinated with the earlier one in one noun phrase, "the arrests and
detentions of journalists", one list of the acts told) when both

- are one source's account (``events/accounts.py``: told by another source, the mention stays an
  event of its own, with its own figures, and refers to the first account told, ``Event.refers_to``,
  so that the stories stage puts the accounts in one story);
- have the same ACLED sub-event type and took place (``OCCURRED``), and neither is background or
  named only by a reaction;
- are dated on the same day (precision day, the same date);
- are at the same place, or one of them names no place at all, or one is at a country or a
  first-level region and the other at a place in it (``episodes.contains``: the coarser mention
  says less of where, not somewhere else; the event takes the finer place, ACLED's most precise
  location);
- have no conflicting actor 1 or actor 2;
- and the later one carries no marker of another occurrence (``distinct_markers`` in coref.yaml:
  "another rally", "a second strike").

A mention that fits more than one earlier event at different places joins none (which one it
continues cannot be told). Joining is ``mentions.join``: the kept event is the first mention's,
with the union of the others' details and the lowest casualty figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from unfog.events.accounts import same_account
from unfog.events.draft import OCCURRED, Draft
from unfog.events.episodes import contains
from unfog.events.mentions import join
from unfog.model import Place

__all__ = ["merge_same_unit"]

_MARKER_DEPS = ("det", "amod", "advmod", "npadvmod", "nummod")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _distinct(d: Draft, markers: frozenset[str]) -> bool:
    h = d.head
    heads = [h, *((h.head,) if h.dep_ in ("dobj", "nsubjpass") and h.head.i != h.i else ())]
    return any(c.lower_ in markers and c.dep_ in _MARKER_DEPS for x in heads for c in x.children)


def _places_fit(host: Draft, d: Draft, by_id: Mapping[str, Place]) -> bool:
    """The same place, no place on one of them, or a country or region and a place in it."""
    if host.place is None or d.place is None or host.place == d.place:
        return True
    a, b = by_id.get(host.place), by_id.get(d.place)
    return a is not None and b is not None and (contains(a, b) or contains(b, a))


def _fits(host: Draft, d: Draft, by_id: Mapping[str, Place]) -> bool:
    if host.acled is None or d.acled is None or host.acled.sub_event_type != d.acled.sub_event_type:
        return False
    if host.date_precision != "day" or d.date_precision != "day" or host.date is None or host.date != d.date:
        return False
    if not _places_fit(host, d, by_id):
        return False
    return not any(x is not None and y is not None and x != y
                   for x, y in ((host.actor1, d.actor1), (host.actor2, d.actor2)))


def _apart_or_conjoined(host: Draft, d: Draft) -> bool:
    """Whether ``d`` is told in a later sentence than ``host``, or is a verb conjoined to ``host``'s
    with no subject of its own (one subject, one set of actors: see the module doc)."""
    if host.head.sent.start < d.head.sent.start:
        return True
    h, x = host.head, d.head
    if h.sent.start == x.sent.start and h.pos_ == x.pos_ == "NOUN":
        return _conjoined_nouns(h, x)
    if h.sent.start != x.sent.start or x.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in x.children):
        return False
    while x.dep_ == "conj" and x.head.i != x.i:
        # the coordinator hangs on the first verb ("looted ... and vandalised"); one that hangs on a
        # noun ("the convoy and troops shelled") is a sign that the second verb's subject was lost
        if not any(c.dep_ == "cc" and c.head.i < c.i < x.i for c in x.head.children):
            return False
        x = x.head
        if x.i == h.i:
            return True
    return False


def _conjoined_nouns(h: Token, x: Token) -> bool:
    """``x`` is an act noun coordinated with ``h`` in one noun phrase ("arrests and detentions"): one
    list of the acts of one account (one marked as other acts, "and other attacks", stays apart:
    ``_distinct``)."""
    while x.dep_ == "conj" and x.head.i != x.i and x.head.pos_ == "NOUN":
        x = x.head
        if x.i == h.i:
            return True
    return False


def _unit(d: Draft) -> bool:
    return d.acled is not None and d.modality in OCCURRED and not d.background and not d.reacted


def merge_same_unit(drafts: Sequence[Draft], markers: frozenset[str],
                    places: Sequence[Place] = ()) -> list[Draft]:
    """The drafts with each mention of an event already told in the same source's account made one
    of its mentions (see the module doc), in the given order; ``markers``: the markers of another
    occurrence; ``places``: the document's places (a country or region and a place in it fit)."""
    by_id = {p.id: p for p in places}
    out: list[Draft] = []
    for d in drafts:
        if _unit(d) and not _distinct(d, markers):
            told = [h for h in out if _unit(h) and _apart_or_conjoined(h, d) and _fits(h, d, by_id)]
            fit = [h for h in told if same_account(h, d)]
            if fit and len({h.place for h in fit}) == 1:
                host = fit[0]
                big, small = by_id.get(host.place or ""), by_id.get(d.place or "")
                finer = big is not None and small is not None and big.id != small.id and contains(big, small)
                join(host, d)
                if finer:
                    host.place, host.place_reason = d.place, d.place_reason
                continue
            if told and not fit and d.refers_to is None and len({h.place for h in told}) == 1:
                d.refers_to = told[0]  # another source's account of the event (events/accounts.py)
        out.append(d)
    return out
