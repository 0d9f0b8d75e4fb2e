"""Within-document event coreference: "liberated Kozinka" and, later, "entirely liberated the
Belgorod settlement of Kozinka" are one event with two mentions.

Mentions are taken in the order the classifier gives (text order, except that a statement of
commitment stands before the act it announces: "Finland will give a grant, a statement said" lists
the promise first, so that a tie between the two in a document's label goes to the statement, the
act that took place); each joins the one earlier event it is compatible with:

- the same ACLED sub-event type (events without an ACLED type are never merged) and modality;
- places that are the same, or a first-level region and a place in it (both must have a place:
  without one, two "shellings" cannot be told apart; a country is too coarse to decide);
- overlapping explicit dates (a date that only falls back to the publication date fits any, but
  not an act told as the object of a preposition of sequence, "following two nights of shelling",
  which is at a time before or after its clause's: ``unit.same_day``);
- no conflicting actor1 or actor2 (``events/compatible.py``: a described actor and a named one of
  its kind do not conflict; the named one stays);
- no marker of another occurrence on the later mention ("another strike", "hit again"),
  from ``coref.yaml``;
- the same source's account (``events/accounts.py``): a mention that fits an earlier event in all
  but its source (another source's claim, or the article's own voice against a source's) stays an
  event of its own, with its own figures, and refers to that event (``Event.refers_to``).

Before that, within a sentence: an act named as the subject (or passive agent) of another trigger
verb is what the verb says it did ("the bombardment destroyed the station", "two more strikes hit
the market", "bombs exploded": ACLED codes one event per incident): when both have an ACLED type
of the same event type and the same modality, they are one event whose trigger is the verb (the
predicate) and whose first mention is the act noun (``merge_effects``).

A mention compatible with more than one earlier event joins none. The merged event keeps the
first mention's trigger and position in the list and lists the later triggers in ``Event.mentions``;
it takes the most precise place and explicit date, the first actors, the union of weapons, associated
actors and claims, and for each casualty kind the lowest figure (ACLED's conservative choice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Token

from unfog import geodesy
from unfog.context import DocContext
from unfog.events.accounts import same_account
from unfog.events.compatible import ActorKinds
from unfog.events.context import pruned_subtree
from unfog.events.draft import Draft
from unfog.events.sequence import sequenced
from unfog.knowledge import PACKAGED, Knowledge
from unfog.model import Place

__all__ = ["CorefCues", "is_country", "is_region", "load_coref", "merge_coreferent", "merge_effects", "nearby"]


@dataclass(frozen=True)
class CorefCues:
    distinct_markers: frozenset[str]
    #: words that mark a trigger noun as one more of a kind told before (events/anaphora.py)
    additive_markers: frozenset[str] = frozenset()
    #: determiners of a definite description ("the", "these"): the noun refers to an act already told
    definite_determiners: frozenset[str] = frozenset()
    #: determiners that refer back to the kind of acts already told ("such")
    kind_anaphors: frozenset[str] = frozenset()
    #: verbs of repelling: the act in their object is the incident they tell (events/countered.py)
    counter_verbs: frozenset[str] = frozenset()
    #: verbs whose object act is what they react to, and word -> preposition of such an act
    #: ("investigated the bombing", "an inquiry into the attack"; events/reactions.py)
    reaction_objects: frozenset[str] = frozenset()
    reaction_frames: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: prepositions of an object or subject complement ("described the raid as a massacre")
    predicative_preps: frozenset[str] = frozenset()
    #: the beginning of the dictionary ids of described actors ("gunmen", "the police": generic
    #: roles that may be a named actor of their kind; events/compatible.py)
    described_actors: str = ""
    #: ACLED event types whose events carry casualty figures: a clause of harm with no act word of
    #: its own told after such an event is one of its mentions (events/unit.py)
    casualty_hosts: frozenset[str] = frozenset()
    #: ACLED event types whose actor 1 is the crowd: it does not keep two mentions apart
    #: (events/compatible.py)
    crowd_event_types: frozenset[str] = frozenset()
    #: dependency relations by which an act word hanging on another of the same sub-event type in
    #: one sentence tells the same act ("arrested in raids", "signed the accord"; events/unit.py)
    one_act_links: frozenset[str] = frozenset()
    #: two populated places at most this far apart (km) are one location for ACLED's unit: a city and
    #: a quarter or suburb of it (events/unit.py); 0: only the same place
    town_km: float = 0.0


def _words(v: object) -> frozenset[str]:
    """A word or a list of words, lower case."""
    return frozenset(str(w).lower() for w in (v if isinstance(v, list) else [v]))


def load_coref(knowledge: Knowledge = PACKAGED) -> CorefCues:
    """The cues of coref.yaml (the stage loads them once)."""
    raw: dict[str, Any] = knowledge.read("events/coref.yaml")
    return CorefCues(distinct_markers=frozenset(str(w).lower() for w in raw["distinct_markers"]),
                     additive_markers=frozenset(str(w).lower() for w in raw.get("additive_markers", ())),
                     definite_determiners=frozenset(str(w).lower() for w in raw["definite_determiners"]),
                     kind_anaphors=frozenset(str(w).lower() for w in raw.get("kind_anaphors", ())),
                     counter_verbs=frozenset(str(w).lower() for w in raw.get("counter_verbs", ())),
                     reaction_objects=frozenset(str(w).lower() for w in raw.get("reaction_objects", ())),
                     reaction_frames={str(k).lower(): _words(v) for k, v in raw.get("reaction_frames", {}).items()},
                     predicative_preps=_words(raw.get("predicative_preps", [])),
                     described_actors=str(raw.get("described_actors", "")),
                     casualty_hosts=frozenset(str(w) for w in raw.get("casualty_hosts", ())),
                     crowd_event_types=frozenset(str(w) for w in raw.get("crowd_event_types", ())),
                     one_act_links=frozenset(str(w) for w in raw.get("one_act_links", ())),
                     town_km=float(raw.get("town_km", 0.0)))


def _date_range(ev: Draft) -> tuple[date, date] | None:
    """The days an event's explicit date allows; None when it has none (or only the fallback)."""
    te = ev.time
    if te is None or te.value is None or ev.date is None:
        return None
    try:
        parts = [int(x) for x in ev.date.split("-")]
        if len(parts) == 3:
            first = date(parts[0], parts[1], parts[2])
            last = first + timedelta(days=6 if ev.date_precision == "week" else 0)
        elif len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            last = nxt - timedelta(days=1)
        else:
            first, last = date(parts[0], 1, 1), date(parts[0], 12, 31)
        if te.end:
            end = [int(x) for x in te.end.split("-")]
            last = max(last, date(end[0], end[1] if len(end) > 1 else 12, end[2] if len(end) > 2 else 28))
    except ValueError:
        return None
    return first, last


def is_region(p: Place) -> bool:
    return p.feature_code == "ADM1"


def is_country(p: Place) -> bool:
    return (p.feature_code or "").startswith("PCL") or ((p.precision or 0) >= 3 and p.admin1 is None)


def nearby(a: Place, b: Place, limit: float) -> bool:
    """Two populated places (no country, no first-level region) at most ``limit`` km apart."""
    if limit <= 0 or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if is_country(a) or is_country(b) or is_region(a) or is_region(b):
        return False
    return geodesy.km(a.lat, a.lon, b.lat, b.lon) <= limit


def _places_fit(a: Place, b: Place) -> bool:
    if is_country(a) or is_country(b):
        return False  # a country is too coarse to tell two events apart
    if a.id == b.id:
        return True
    if a.country_code != b.country_code or a.admin1 is None:
        return False
    # a first-level region and a place inside it
    return a.admin1 == b.admin1 and is_region(a) != is_region(b)


def _finer(a: Place, b: Place) -> bool:
    """Whether b says more precisely where than a."""
    return (b.precision or 3) < (a.precision or 3)


@dataclass(frozen=True)
class _Mention:
    """What coreference compares of one event mention."""

    event: Draft
    place: Place
    named: frozenset[str]  # ids of its place and of the towns named inside its argument phrases
    span: tuple[date, date] | None  # the days its date allows, when anchored to the trigger
    distinct: bool  # marked as another occurrence ("another strike")
    sequenced: bool = False  # the object of a preposition of sequence (unit.same_day)


def _anchored(ev: Draft, root: Token, ctx: DocContext) -> bool:
    """Whether the event's time expression hangs on the trigger or a word governing it (not
    merely on another word of the sentence: "... the annexation in 2014, said X was taken")."""
    if ev.time is None:
        return False
    sp = ctx.tokens(ev.time.span)
    if sp is None:
        return False
    chain = {root.i, *(a.i for a in root.ancestors)}
    att = sp.root.head
    while att.i not in chain and att.pos_ not in ("VERB", "AUX", "NOUN") and att.head.i != att.i:
        att = att.head
    return att.i in chain


def _mention(ev: Draft, ctx: DocContext, by_id: dict[str, Place], spans: list[tuple[int, int, Place]],
             regions: frozenset[str], cues: CorefCues, sequence: frozenset[str] = frozenset()) -> _Mention | None:
    place = by_id.get(ev.place) if ev.place else None
    root = ev.head
    if ev.acled is None or place is None:
        return None
    arg_chars = [(t.idx, t.idx + len(t)) for t in pruned_subtree(root)]
    inside = [p.id for s, e, p in spans if any(a <= s and e <= b for a, b in arg_chars)]
    named = frozenset([place.id, *inside]) - regions
    heads: list[Token] = [root]
    if root.dep_ in ("dobj", "nsubjpass") and root.head.i != root.i:
        heads.append(root.head)  # "launched another attack", "carried out a new raid"
    distinct = any(c.lower_ in cues.distinct_markers and c.dep_ in ("det", "amod", "advmod", "npadvmod", "nummod")
                   for h in heads for c in h.children)
    span = _date_range(ev) if _anchored(ev, root, ctx) else None
    return _Mention(ev, place, named, span, distinct, sequenced(ev, sequence))


@dataclass
class _Group:
    event: Draft
    place: Place
    named: frozenset[str]
    span: tuple[date, date] | None
    sequenced: bool = False

    def fits(self, m: _Mention, kinds: ActorKinds, accounts: bool = True) -> bool:
        """Whether the mention may be this event's (``accounts``: in the same source's account)."""
        e, ev = self.event, m.event
        if accounts and not same_account(e, ev):
            return False
        if ev.acled is None or e.acled is None or ev.acled.sub_event_type != e.acled.sub_event_type:
            return False
        if ev.modality != e.modality:
            return False
        if not (_places_fit(self.place, m.place) or self.named & m.named):
            return False
        if kinds.conflict(e, ev):
            return False
        if self.span is not None and m.span is not None:
            return self.span[0] <= m.span[1] and m.span[0] <= self.span[1]
        return not (self.sequenced or m.sequenced)

    def absorb(self, m: _Mention) -> None:
        e, ev = self.event, m.event
        e.mentions.append(ev.trigger)
        e.mentions.extend(ev.mentions)
        if _finer(self.place, m.place) and self.place.id not in m.named:
            self.place, e.place, e.place_reason = m.place, ev.place, ev.place_reason
        self.named |= m.named
        span = m.span
        if span is not None:
            if self.span is None or (span[1] - span[0]) < (self.span[1] - self.span[0]):
                e.date, e.date_precision, e.time = ev.date, ev.date_precision, ev.time
            self.span = span if self.span is None else (max(span[0], self.span[0]), min(span[1], self.span[1]))
        e.actor1 = e.actor1 or ev.actor1
        e.actor2 = e.actor2 or ev.actor2
        e.associated_actors = list(dict.fromkeys([*e.associated_actors, *ev.associated_actors]))
        e.weapons = sorted({*e.weapons, *ev.weapons})
        e.claims = list(dict.fromkeys([*e.claims, *ev.claims]))
        for kind in ("fatalities", "injured"):
            new = getattr(ev, kind)
            old = getattr(e, kind)
            if new is not None and (old is None or new < old):
                setattr(e, kind, new)
                e.casualty_text, e.casualty_tokens = ev.casualty_text, ev.casualty_tokens


def merge_coreferent(events: list[Draft], ctx: DocContext, cues: CorefCues,
                     kinds: ActorKinds | None = None, sequence: frozenset[str] = frozenset()) -> list[Draft]:
    """The events with coreferent mentions merged (see the module doc), in the given order;
    ``kinds``: the document's actors' kinds (events/compatible.py); ``sequence``: the prepositions
    of sequence (incident.yaml)."""
    kinds = kinds or ActorKinds()
    places = ctx.places
    by_id = {p.id: p for p in places}
    spans = [(m.span[0], m.span[1], p) for p in places if not is_country(p) for m in p.mentions if m.literal]
    regions = frozenset(p.id for p in places if is_country(p) or is_region(p))
    groups: list[_Group] = []
    out: list[Draft] = []
    for ev in events:  # the classifier's order (see the module doc); statements never merge
        m = _mention(ev, ctx, by_id, spans, regions, cues, sequence)
        if m is not None:
            fit = [] if m.distinct else [g for g in groups if g.fits(m, kinds)]
            if len(fit) == 1:
                kinds.named(fit[0].event, ev)
                fit[0].absorb(m)
                continue
            told = [] if m.distinct or fit else [g for g in groups if g.fits(m, kinds, accounts=False)]
            if len(told) == 1 and ev.refers_to is None:
                ev.refers_to = told[0].event  # another source's account of an incident told before
            groups.append(_Group(ev, m.place, m.named, m.span, m.sequenced))
        out.append(ev)
    return out



def _doer(verb: Token) -> Token | None:
    """The subject of a verb, or the object of its passive agent ("was hit by a strike")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def merge_effects(events: list[Draft]) -> list[Draft]:
    """The events with each verb whose subject is another event's act joined with that act (see
    the module doc). The verb, the predicate, is the trigger and takes the act's place in the list;
    the act noun names the means and the doer, so its types and actor1 are kept, and its trigger
    is the first of the mentions."""
    by_head = {ev.head.i: ev for ev in events}
    into: dict[int, Draft] = {}  # id of an act -> the verb event that replaces it
    gone: set[int] = set()
    for ev in events:
        head = ev.head
        if head.pos_ not in ("VERB", "AUX") or ev.acled is None or id(ev) in into:
            continue
        doer = _doer(head)
        act = by_head.get(doer.i) if doer is not None else None
        if act is None or act is ev or id(act) in into or id(act) in gone or act.acled is None:
            continue
        if act.acled.event_type != ev.acled.event_type or act.modality != ev.modality:
            continue
        ev.acled, ev.plover = act.acled, act.plover or ev.plover
        ev.mentions = [act.trigger, *act.mentions, *ev.mentions]
        ev.actor1 = act.actor1 or ev.actor1
        ev.actor2 = ev.actor2 or act.actor2
        ev.place, ev.place_reason = (ev.place, ev.place_reason) if ev.place else (act.place, act.place_reason)
        if ev.time is None and act.time is not None:
            ev.date, ev.date_precision, ev.time = act.date, act.date_precision, act.time
        ev.weapons = sorted({*act.weapons, *ev.weapons})
        ev.associated_actors = list(dict.fromkeys([*act.associated_actors, *ev.associated_actors]))
        ev.claims = list(dict.fromkeys([*act.claims, *ev.claims]))
        if ev.fatalities is None and ev.injured is None:
            ev.fatalities, ev.injured = act.fatalities, act.injured
            ev.casualty_text, ev.casualty_tokens = act.casualty_text, act.casualty_tokens
        into[id(act)] = ev
        gone.add(id(ev))
    return [into.get(id(ev), ev) for ev in events if id(ev) not in gone]
