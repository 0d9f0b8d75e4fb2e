"""Anaphoric event nouns: "Attacks were launched in eleven towns. The attacks - mostly using
grenades - ..." — a later definite mention ("the attacks", "these attacks") whose context refined
its type tells the type of the earlier mentions of the same noun that kept their family's default.

Additive anaphora works forward: a noun marked as one more of a kind ("two more strikes", "another
attack", "further raids"; ``additive_markers`` in coref.yaml) presupposes an earlier act of that
kind, and when its own context left it with its family's default it takes the type of the last
earlier act of its family whose context refined it ("Warplanes carried out strikes on the suburbs.
Two more strikes hit the port": air strikes). A bare "attack" names the kind any one-sided act of
violence is ("Artillery shells hit the market on Monday. Another attack on Tuesday ...": shelling);
ACLED's explosions/remote violence and violence against civilians are such attacks."""

from __future__ import annotations

from unfog.events.draft import Draft
from unfog.events.triggers import NOUN_POS, Typed

#: the family whose noun names the kind every one-sided act of violence is, and those ACLED event types
_GENERIC_FAMILY = "attack"
_ONE_SIDED = frozenset({"Explosions/Remote violence", "Violence against civilians"})


def _refined(t: Typed) -> bool:
    return t.acled is not None and t.acled != t.family.acled


def _anaphoric(t: Typed, definite: frozenset[str]) -> bool:
    head = t.cand.head
    return head.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in definite for c in head.children)


def _additive(t: Typed, markers: frozenset[str]) -> bool:
    head = t.cand.head
    return head.pos_ in NOUN_POS and any((c.dep_ in ("det", "amod", "advmod", "nummod") and c.lower_ in markers)
                                         or any(g.lower_ in markers for g in c.children if g.dep_ == "amod")
                                         for c in head.children)


def _same_kind(earlier: Typed, ev: Draft, later: Typed) -> bool:
    if earlier.family.name == later.family.name:
        return True
    return later.family.name == _GENERIC_FAMILY and ev.acled is not None and ev.acled.event_type in _ONE_SIDED


def share_refined_types(typed: list[Typed], events: list[Draft], additive: frozenset[str],
                        definite: frozenset[str]) -> None:
    """Give earlier default-typed mentions of a trigger noun the refined type of a later
    definite mention of the same noun in the same family, and a default-typed noun marked as one
    more of a kind the refined type of the last earlier act of that kind (in place).
    ``additive``: the markers of one more of a kind; ``definite``: the determiners of a definite
    description or of the kind already told ("the", "these", "such"; coref.yaml)."""
    for j, tj in enumerate(typed):
        if tj.acled is None or _refined(tj) or not _additive(tj, additive):
            continue
        for i in range(j - 1, -1, -1):
            ti = typed[i]
            if _refined(ti) and events[i].acled is not None and _same_kind(ti, events[i], tj):
                events[j].acled, events[j].plover = events[i].acled, events[i].plover
                break
    for j, tj in enumerate(typed):
        if not (_refined(tj) and _anaphoric(tj, definite)):
            continue
        lem = tj.cand.head.lemma_.lower()
        for i in range(j):
            ti = typed[i]
            if (ti.family.name == tj.family.name and ti.acled == ti.family.acled
                    and ti.cand.head.lemma_.lower() == lem and ti.cand.head.pos_ in NOUN_POS):
                events[i].acled = events[j].acled
                events[i].plover = events[j].plover
