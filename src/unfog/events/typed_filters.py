"""Filters over the typed triggers of a sentence: support verbs whose object is another trigger, and
verbs of a deliberate act whose subject is an act of violence (split out of ``events/triggers.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.context import lemma
from unfog.events.triggers import Typed


def without_support_verbs(typed: list[Typed], support_verbs: frozenset[str]) -> list[Typed]:
    """The typed triggers without the support verbs whose object is another trigger of the sentence:
    "pressed its assault", "pressed on with the offensive" are the assault and the offensive, and
    the verb has no type of its own (its CAMEO sense, a demand, is read only over an object that
    names no act: "pressed the government for talks")."""
    heads = {t.cand.head.i for t in typed}
    out = []
    for t in typed:
        h = t.cand.head
        if h.pos_ == "VERB" and lemma(h) in support_verbs and any(
                o.i in heads for o in _act_objects(h)):
            continue
        out.append(t)
    return out


def _act_objects(verb: Token) -> list[Token]:
    """A verb's direct objects and the objects of its 'with' phrases ("pressed ahead with")."""
    out = []
    for c in verb.children:
        if c.dep_ == "dobj":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "with":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def without_caused(typed: list[Typed], violence: frozenset[str]) -> list[Typed]:
    """The typed triggers without the verbs of a deliberate act (no ACLED type: "cut", "demand")
    whose subject is an act of violence named by a noun ("heavy bombardment cut power to the
    city"): an event is a cause, no agent, so the verb tells the act's effect, not an act of its own
    (the act noun is the incident, asserted through the verb)."""
    violent = {t.cand.head.i for t in typed
               if t.cand.head.pos_ == "NOUN" and t.plover is not None and t.plover[0] in violence}
    return [t for t in typed
            if not (t.acled is None and t.cand.head.pos_ == "VERB" and t.subject is not None
                    and t.subject.i in violent)]
