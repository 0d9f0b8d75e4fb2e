"""A toll told in several clauses of one sentence is one event's (issue 14).

ACLED records fatalities and injuries as attributes of the event that caused them, not as events.
A sentence often gives the toll in coordinated clauses of harm, each with its own subject, the
victims ("a clerk died and two porters were hurt in the blast"); the subject of a
verb of dying or being hurt is its undergoer, not an actor, so a subject of its own does not make
it another act (unlike an act verb with a subject of its own, events/unit.py). A clause of harm with
no act word of its own (``unit.casualty_clause``) conjoined to another verb of the sentence is one
of the mentions of the event told by that verb, or by the act noun in that verb's adjunct ("died
in the blast"), when both are one source's account; its figures join that event's (the lowest of
each kind, ``mentions.join``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.accounts import same_account
from unfog.events.draft import OCCURRED, Draft
from unfog.events.mentions import join
from unfog.events.unit import casualty_clause

__all__ = ["join_tolls"]


def _told_by(verb: Token) -> list[Token]:
    """The words that may tell the event a verb tells: the verb, and the act nouns of its
    prepositional adjuncts ("killed [in] the blast")."""
    return [verb, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]


def join_tolls(drafts: Sequence[Draft], harm: frozenset[str]) -> list[Draft]:
    """The drafts with each clause of harm conjoined to another verb made one of the mentions of the
    event that verb tells (see the module doc), in the given order; ``harm``: the lemmas of dying
    and being hurt."""
    by_char: dict[int, Draft] = {}  # the first character of each word of a trigger or mention
    for d in drafts:
        for m in (d.trigger, *d.mentions):
            for c in range(*m.span):
                by_char.setdefault(c, d)
    out: list[Draft] = []
    gone: set[int] = set()
    for d in drafts:
        x = d.head
        if (d.acled is not None and d.modality in OCCURRED and x.dep_ == "conj" and x.head.pos_ == "VERB"
                and casualty_clause(d, harm)):
            hosts = [h for t in _told_by(x.head) if (h := by_char.get(t.idx)) is not None and h is not d
                     and id(h) not in gone and h.acled is not None and h.modality in OCCURRED]
            if hosts and same_account(hosts[0], d):
                join(hosts[0], d)
                gone.add(id(d))
                continue
        out.append(d)
    return out
