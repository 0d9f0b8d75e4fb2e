"""Act words that tell no incident of their own (issue 14).

ACLED codes an event as one act at one place on one day, PLOVER one act. A word of an act's family
may be used where the sentence tells no such act; then it has neither type, or it is a mention of
the act told elsewhere (the knowledge is in ``data/events/nonincident.yaml``). Left typed, it would
also stay apart from the incident it names (event coreference joins only typed mentions) and count
against it in the article's label.

- **a classifying modifier**: an act noun that modifies another noun in a compound names a kind of
  the head's referent, not an act (non-predicating modifiers, Levi 1978; Downing 1977: "riot
  police", "a detention centre", "a protest movement"), unless the head names an occurrence
  (``eventive_heads``: "a bombing incident", "strike action"). When the head is an act word of its
  own ("a protest march", "an arson attack") the two words are one act, the head's: the modifier is
  one of its mentions, and its type wins when it names the act by its means (mentions.join).
- **an attributive participle**: a past participle that modifies a noun ("the besieged town",
  "jailed activists", "the occupied territories", "the two injured guards") is an adjectival
  passive: it names a state of its noun's referent, the result of some act, and tells no act of its
  own (Wasow 1977; Levin & Rappaport 1986): no type.
- **an aggregate**: an act noun in the "of" phrase of a noun of plurality or of a span of time
  (``aggregate_heads``, ``span_nouns``: "a series of attacks", "weeks of protests") sums many
  acts over time (Link 1983); it tells none of them at a place and on a day, unless it is what an
  agent performs (the object of a light or support verb: "mounted a string of drone strikes"; Mel'cuk's
  Oper1) in a clause that names no span of weeks or more: the clause tells the acts, of one type.
- **a perfect over a span**: an act verb in the simple perfect with a "since" adjunct or a "for"
  phrase of a span of weeks or more ("have battled the army for years", "has shelled the town
  since March", "had held the hostages since the raid") is the perfect of a persistent or repeated
  situation (the universal perfect: McCawley 1971; Iatridou, Anagnostopoulou & Izvorski 2001): it
  spans the interval up to its reference time, sums the acts in it, and tells none of them at a
  place and on a day: no type, as an aggregate. The progressive perfect ("have been striking since
  Monday") tells one act still going on, which may be the incident itself: it stays; so does a
  verb whose subject is an act word ("the siege has killed hundreds since June"): it tells the
  effects of that one act (coref.merge_effects joins them).
- **what is stopped**: the object of an aspectual verb of ceasing (``cessation_verbs``: "ended the
  protests", "will suspend strikes"; Karttunen 1971, Freed 1979), or the act a noun of ceasing takes
  (``cessation_nouns``: "a suspension of rallies"), is presupposed to be going on: the clause tells
  its stopping and names the act by reference, as a reaction does. It is marked ``reacted``:
  events/reactions.py makes it a mention of the incident of its kind the article tells, and with
  none told it is that incident and keeps its types ("port workers halted the strike").
- **what is forbidden**: the act a noun of forbidding takes (``forbidding_nouns``: "a ban on
  demonstrations") is not said to happen, nor presupposed: no type; nor is the act a noun of an
  interval without it takes (``interval_nouns``: "a pause in shelling", "a lull in clashes").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from unfog.events.draft import Draft
from unfog.events.mentions import join
from unfog.knowledge import PACKAGED, Knowledge

__all__ = ["NonIncidentCues", "load_nonincident", "no_incident"]


@dataclass(frozen=True)
class NonIncidentCues:
    """The cues of nonincident.yaml (see there)."""

    eventive_heads: frozenset[str] = frozenset()
    aggregate_heads: frozenset[str] = frozenset()
    span_nouns: frozenset[str] = frozenset()
    cessation_verbs: frozenset[str] = frozenset()
    #: noun (lemma) of ceasing or forbidding -> the prepositions of the act it stops
    cessation_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: noun (lemma) of forbidding -> the prepositions of the act it forbids
    forbidding_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: noun (lemma) of an interval without the act -> the prepositions of that act
    interval_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)


def load_nonincident(knowledge: Knowledge = PACKAGED) -> NonIncidentCues:
    raw: dict[str, Any] = knowledge.read("events/nonincident.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key, ()))

    def nouns(key: str) -> dict[str, frozenset[str]]:
        return {str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in raw.get(key, {}).items()}

    return NonIncidentCues(eventive_heads=words("eventive_heads"), aggregate_heads=words("aggregate_heads"),
                           span_nouns=words("span_nouns"), cessation_verbs=words("cessation_verbs"),
                           cessation_nouns=nouns("cessation_nouns"), forbidding_nouns=nouns("forbidding_nouns"),
                           interval_nouns=nouns("interval_nouns"))


def _modified(head: Token) -> Token | None:
    """The noun an act word modifies in a compound, or None."""
    if head.dep_ != "compound" or head.head.i == head.i or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head.head


def _attributive(d: Draft) -> bool:
    """A one-word act trigger that is an attributive past participle of a noun (see the module doc)."""
    head = d.head
    return (len(d.tokens) == 1 and head.tag_ == "VBN" and head.dep_ == "amod" and head.head.i != head.i
            and head.head.pos_ in ("NOUN", "PROPN"))


def _means(d: Draft, weapons: frozenset[str]) -> bool:
    return d.tokens.text.lower() in weapons or any(t.lemma_.lower() in weapons for t in d.tokens)


def _aggregate(head: Token, cues: NonIncidentCues, performers: frozenset[str]) -> bool:
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    n = head.head.head
    if n.pos_ != "NOUN":
        return False
    if n.lower_ in cues.span_nouns:
        return True
    return n.lemma_.lower() in cues.aggregate_heads and not _performed(n, cues, performers)


def _performed(n: Token, cues: NonIncidentCues, performers: frozenset[str]) -> bool:
    """The aggregate is what the clause's agent performs ("mounted a string of raids") and the
    clause names no span of weeks or more."""
    verb = n.head
    if n.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in performers:
        return False
    return not any(t.lower_ in cues.span_nouns for t in verb.subtree)


#: the auxiliary forms of the perfect
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _over_span(head: Token, cues: NonIncidentCues, acts: frozenset[int]) -> bool:
    """An act verb in the perfect with a "since" adjunct or a "for" phrase of a span of weeks or more,
    whose subject is no act word (``acts``: the heads of the drafts; see the module doc)."""
    if (head.pos_ != "VERB" or head.tag_ == "VBG"
            or not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in head.children)
            or any(c.dep_ == "nsubj" and c.i in acts for c in head.children)):
        return False
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "since" and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
            return True
        if c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ == "since" for x in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(x.dep_ == "pobj" and x.lower_ in cues.span_nouns
                                                          for x in c.children):
            return True
    return False


def _taken(head: Token, nouns: Mapping[str, frozenset[str]]) -> bool:
    """The act noun is what one of ``nouns`` takes by its preposition ("a ban [on] rallies")."""
    return (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.pos_ == "NOUN"
            and head.head.lower_ in nouns.get(head.head.head.lemma_.lower(), ()))


def _forbidden(head: Token, cues: NonIncidentCues) -> bool:
    return _taken(head, cues.forbidding_nouns) or _taken(head, cues.interval_nouns)


def _stopped(head: Token, cues: NonIncidentCues) -> bool:
    if _taken(head, cues.cessation_nouns):
        return True
    if head.dep_ != "dobj" or head.pos_ != "NOUN":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lemma in cues.cessation_verbs or (prt is not None and f"{lemma} {prt}" in cues.cessation_verbs)


def no_incident(drafts: Sequence[Draft], cues: NonIncidentCues, weapons: frozenset[str] = frozenset(),
                performers: frozenset[str] = frozenset()) -> list[Draft]:
    """The drafts with the act words that tell no incident of their own untyped (see the module doc),
    and a modifier of another act word made one of its mentions; in the given order. ``weapons``: the
    lexicon's weapon words and phrases, which name an act's means, not the act (a weapon word that
    modifies a noun, "gas shells", is left to the stage's instruments); ``performers``: the light and
    support verbs, whose object aggregate is performed in their clause."""
    by_head = {d.head.i: d for d in drafts}
    acts = frozenset(by_head)
    out: list[Draft] = []
    for d in drafts:
        head = d.head
        if d.acled is not None and head.dep_ == "compound" and not _means(d, weapons):
            noun = _modified(head)
            host = by_head.get(noun.i) if noun is not None else None
            if host is not None and host is not d and host.acled is not None:
                join(host, d)  # "a protest march": one act
                continue
            if noun is not None and host is None and noun.lemma_.lower() not in cues.eventive_heads:
                d.acled = d.plover = None
        elif d.acled is not None and (_attributive(d) or _aggregate(head, cues, performers)
                                      or _forbidden(head, cues) or _over_span(head, cues, acts)):
            d.acled = d.plover = None
        elif d.acled is not None and _stopped(head, cues):
            d.reacted = True  # told by reference: a mention of the incident (events/reactions.py)
        out.append(d)
    return out
