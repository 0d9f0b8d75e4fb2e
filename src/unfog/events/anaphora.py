"""Anaphoric event nouns: "Attacks were launched in eleven towns. The attacks - mostly using
grenades - ..." — a later definite mention ("the attacks", "these attacks") whose context refined
its type tells the type of the earlier mentions of the same noun that kept their family's default."""

from __future__ import annotations

from unfog.events.draft import Draft
from unfog.events.triggers import NOUN_POS, Typed

#: determiners that make a noun refer back to events already told
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})


def _refined(t: Typed) -> bool:
    return t.acled is not None and t.acled != t.family.acled


def _anaphoric(t: Typed) -> bool:
    head = t.cand.head
    return head.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)


def share_refined_types(typed: list[Typed], events: list[Draft]) -> None:
    """Give earlier default-typed mentions of a trigger noun the refined type of a later
    definite mention of the same noun in the same family (in place)."""
    for j, tj in enumerate(typed):
        if not (_refined(tj) and _anaphoric(tj)):
            continue
        lem = tj.cand.head.lemma_.lower()
        for i in range(j):
            ti = typed[i]
            if (ti.family.name == tj.family.name and ti.acled == ti.family.acled
                    and ti.cand.head.lemma_.lower() == lem and ti.cand.head.pos_ in NOUN_POS):
                events[i].acled = events[j].acled
                events[i].plover = events[j].plover
