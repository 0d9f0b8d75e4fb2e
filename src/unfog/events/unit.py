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
detentions of journalists", one list of the acts told, and an act word that hangs on the other by
one of ``one_act_links`` of coref.yaml: an act noun as its verb's object or passive subject, "signed
the accord", a support construction; the object of a preposition on it, "arrested in raids", but
not of a preposition of sequence; a clause with no subject of its own, "marched to demand pay",
"killed two, wounding five": the same doer) when both

- are one source's account (``events/accounts.py``: told by another source, the mention stays an
  event of its own, with its own figures, and refers to the first account told, ``Event.refers_to``,
  so that the stories stage puts the accounts in one story);
- have the same ACLED sub-event type and took place (``OCCURRED``), and neither is background or
  named only by a reaction;
- are dated on the same day (precision day, the same date), or one of them on a day unstated (no
  date, or only the publication date the stage falls back to: an unstated day says no other day;
  ACLED's unit is an interaction on one day, and two days stated apart are two events; an act told
  as the object of a preposition of sequence, "following two nights of shelling", is at a time before
  or after its clause's, and an unstated day does not join it);
- are at the same place, or one of them names no place at all, or one is at a country or a
  first-level region and the other at a place in it (``episodes.contains``: the coarser mention
  says less of where, not somewhere else; the event takes the finer place, ACLED's most precise
  location), or both at populated places within ``town_km`` of coref.yaml of each other (a city and
  a quarter or suburb of it: ACLED codes an event in a town's quarters at the town, one location);
  a place only carried to the later mention from the article's incident (it names none of its
  own) is an unstated place: when no event at that place fits, it joins the one event of
  its kind told at a place of its own, which keeps its place;
- have no conflicting actor 1 or actor 2 (``events/compatible.py``: a described actor, "gunmen",
  and a named one of its kind, "Boko Haram", do not conflict; the named one stays);
- and the later one carries no marker of another occurrence (``distinct_markers`` in coref.yaml:
  "another rally", "a second strike").

A clause of harm with no act word of its own ("nine people were killed in the violence", "three
villagers were wounded": a verb of dying or being hurt, ``killed`` and ``injured`` of counts.yaml,
typed by default) reports the toll of an act, not an act: ACLED records fatalities as an attribute
of the event that caused them. In a later sentence than the act told last before it whose ACLED
event type carries casualties (``casualty_hosts`` in coref.yaml: battles, explosions, violence
against civilians, riots), in the same account, on its day or an unstated one, at its place and
with no conflicting actor, it is one of that act's mentions, whatever its own sub-event type; its
figures join the act's (the lowest of each kind, as for any mention). After an arrest or a march,
or on another day or at another place, it stays an event.

A mention that fits more than one earlier event at different places joins none (which one it
continues cannot be told). Joining is ``mentions.join``: the kept event is the first mention's,
with the union of the others' details and the lowest casualty figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from unfog.events.accounts import same_account
from unfog.events.compatible import ActorKinds
from unfog.events.coref import nearby
from unfog.events.draft import OCCURRED, Draft
from unfog.events.episodes import contains, one_place
from unfog.events.mentions import join
from unfog.events.sequence import sequenced
from unfog.model import Place

__all__ = ["merge_same_unit", "same_day"]

_MARKER_DEPS = ("det", "amod", "advmod", "npadvmod", "nummod")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _distinct(d: Draft, markers: frozenset[str]) -> bool:
    h = d.head
    heads = [h, *((h.head,) if h.dep_ in ("dobj", "nsubjpass") and h.head.i != h.i else ())]
    return any(c.lower_ in markers and c.dep_ in _MARKER_DEPS for x in heads for c in x.children)


#: the place reason of a place carried from the article's incident (events/incident.py): the
#: mention names no place of its own
CARRIED = "incident"


def _places_fit(host: Draft, d: Draft, by_id: Mapping[str, Place], carried: bool = False, near: float = 0.0) -> bool:
    """The same place, no place on one of them, a country or region and a place in it, or two
    populated places at most ``near`` km apart; ``carried``: a place carried to ``d`` from the
    incident counts as none."""
    if host.place is None or d.place is None or host.place == d.place or (carried and d.place_reason == CARRIED):
        return True
    a, b = by_id.get(host.place), by_id.get(d.place)
    return a is not None and b is not None and (one_place(a, b) or nearby(a, b, near))


def _unstated(d: Draft, published: str | None) -> bool:
    """The mention states no day of its own: no date, or the publication date it fell back to."""
    return d.date is None or (d.time is None and published is not None and d.date == published[:10])


def same_day(host: Draft, d: Draft, published: str | None, marks: frozenset[str] = frozenset()) -> bool:
    """One day, or a day unstated on one of them (see the module doc); ``marks``: the prepositions
    of sequence (an act in their object states no day, but not the narrative's either)."""
    if _unstated(host, published) or _unstated(d, published):
        return not (sequenced(host, marks) or sequenced(d, marks))
    return host.date_precision == d.date_precision == "day" and host.date == d.date


def _compatible(host: Draft, d: Draft, by_id: Mapping[str, Place], published: str | None, kinds: ActorKinds,
                marks: frozenset[str], carried: bool = False, near: float = 0.0) -> bool:
    """One day (or one unstated), places that fit and no conflicting actors."""
    return (same_day(host, d, published, marks) and _places_fit(host, d, by_id, carried, near)
            and not kinds.conflict(host, d))


def _fits(host: Draft, d: Draft, by_id: Mapping[str, Place], published: str | None, kinds: ActorKinds,
          marks: frozenset[str], carried: bool = False, near: float = 0.0) -> bool:
    if host.acled is None or d.acled is None or host.acled.sub_event_type != d.acled.sub_event_type:
        return False
    return _compatible(host, d, by_id, published, kinds, marks, carried, near)


def casualty_clause(d: Draft, harm: frozenset[str]) -> bool:
    """The mention is a clause of harm with no act word of its own ("nine people were killed in the
    violence", "three villagers were wounded"): its verb is a verb of dying or being hurt."""
    h = d.head
    return h.pos_ == "VERB" and h.lemma_.lower() in harm and not d.mentions and d.tokens.end - d.tokens.start == 1


def _linked(a: Draft, b: Draft, links: frozenset[str], sequence: frozenset[str]) -> bool:
    """Whether ``b``'s head hangs on a word of ``a``'s trigger by one of ``links`` (``prep``: as the
    object of a preposition on it, "arrested in raids", but not of one of ``sequence``, "after
    the raid": another time); a clause (``advcl``, ``xcomp``) only with no subject of its own (see
    the module doc)."""
    x = b.head
    if x.dep_ in ("pobj", "pcomp") and x.head.dep_ == "prep" and x.head.head.i != x.head.i:
        if x.head.lower_ in sequence:
            return False
        x = x.head
    if x.dep_ not in links or x.head.i == x.i or not a.tokens.start <= x.head.i < a.tokens.end:
        return False
    return x.dep_ not in ("advcl", "xcomp") or not any(c.dep_ in _SUBJECTS for c in x.children)


def _apart_or_conjoined(host: Draft, d: Draft, links: frozenset[str] = frozenset(),
                        sequence: frozenset[str] = frozenset()) -> bool:
    """Whether ``d`` is told in a later sentence than ``host``, or is a verb conjoined to ``host``'s
    with no subject of its own (one subject, one set of actors), or one of the two hangs on the
    other by one of ``links`` (see the module doc; ``sequence``: the prepositions of sequence)."""
    if host.head.sent.start < d.head.sent.start:
        return True
    if (links and host.head.sent.start == d.head.sent.start
            and (_linked(host, d, links, sequence) or _linked(d, host, links, sequence))):
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


def _join(host: Draft, d: Draft, by_id: Mapping[str, Place], published: str | None, kinds: ActorKinds) -> None:
    """Make ``d`` one of ``host``'s mentions: the named actor, the stated day and the finer place stay."""
    kinds.named(host, d)
    if _unstated(host, published) and not _unstated(d, published):
        host.date, host.date_precision, host.time = d.date, d.date_precision, d.time
    big, small = by_id.get(host.place or ""), by_id.get(d.place or "")
    finer = (big is not None and small is not None and big.id != small.id and contains(big, small)
             and d.place_reason != CARRIED)
    join(host, d)
    if finer:
        host.place, host.place_reason = d.place, d.place_reason


def merge_same_unit(drafts: Sequence[Draft], markers: frozenset[str],
                    places: Sequence[Place] = (), published: str | None = None,
                    kinds: ActorKinds | None = None, sequence: frozenset[str] = frozenset(),
                    harm: frozenset[str] = frozenset(), hosts: frozenset[str] = frozenset(),
                    links: frozenset[str] = frozenset(), near: float = 0.0) -> list[Draft]:
    """The drafts with each mention of an event already told in the same source's account made one
    of its mentions (see the module doc), in the given order; ``markers``: the markers of another
    occurrence; ``places``: the document's places (a country or region and a place in it fit);
    ``published``: the publication date (a mention dated only by it states no day); ``kinds``: the
    document's actors' kinds (events/compatible.py); ``sequence``: the prepositions of sequence
    (``sequence_marks`` of incident.yaml); ``harm``: the lemmas of dying and being hurt, and
    ``hosts``: the ACLED event types whose events carry casualty figures (a clause of harm with no
    act word of its own is a mention of such an event told before it); ``links``: the dependency
    relations by which an act word hanging on another in its sentence tells the same act
    (``one_act_links`` of coref.yaml); ``near``: the km within which two populated places are one
    location (``town_km`` of coref.yaml)."""
    by_id = {p.id: p for p in places}
    kinds = kinds or ActorKinds()
    out: list[Draft] = []
    for d in drafts:
        if _unit(d) and not _distinct(d, markers):
            told = [h for h in out
                    if _unit(h) and _apart_or_conjoined(h, d, links, sequence)
                    and _fits(h, d, by_id, published, kinds, sequence, near=near)]
            fit = [h for h in told if same_account(h, d)]
            if not fit and d.place_reason == CARRIED:  # an unstated place: the act told at a place of its own
                told = [h for h in out if _unit(h) and _apart_or_conjoined(h, d, links, sequence)
                        and _fits(h, d, by_id, published, kinds, sequence, carried=True, near=near)]
                fit = [h for h in told if same_account(h, d)]
            days = {h.date for h in fit if not _unstated(h, published)}
            if fit and len({h.place for h in fit}) == 1 and len(days) <= 1:
                _join(fit[0], d, by_id, published, kinds)
                continue
            if not fit and harm and casualty_clause(d, harm):
                host = next((h for h in reversed(out) if _unit(h) and h.head.sent.start < d.head.sent.start
                             and h.acled is not None and h.acled.event_type in hosts), None)
                if (host is not None and same_account(host, d)
                        and _compatible(host, d, by_id, published, kinds, sequence, near=near)):
                    _join(host, d, by_id, published, kinds)
                    continue
            if told and not fit and d.refers_to is None and len({h.place for h in told}) == 1:
                d.refers_to = told[0]  # another source's account of the event (events/accounts.py)
        out.append(d)
    return out
