"""Who worked the means: the owner or operator named on a weapon or a war machine that stands
where the act's agent would ("Ostravan artillery pounded the villages", "an army mortar hit the
school", "warplanes of the air force bombed the depot").

An instrument subject leaves its agent unsaid (Fillmore 1968, "The case for case": the instrument
is promoted to subject when no agent is named), but a modifier of the instrument often names who
uses it: a nationality or a state ("Kagan warplanes"), a body ("army bulldozers"), a possessor ("the
militia's rockets"), an of-phrase ("jets of the air force"). ACLED codes such an act to the armed
actor using the means (the military of the state that the nationality names: codebook, actor
names), PLOVER to the source its text names ("Kagan" of "Kagan tanks"). ``events.agents`` makes the
token returned here the act's actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.context import prep_object

__all__ = ["operator"]

#: the entity types of a modifier that names a state, a people or a body
_OWNER_ENTS = frozenset({"NORP", "GPE", "ORG"})
#: the dependents before a noun that classify it by its owner ("Kagan jets", "army mortars")
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def operator(means: Token, bodies: frozenset[str]) -> Token | None:
    """The token naming who owns or operates a means noun: its possessor, the object of its
    of-phrase, else its first modifier naming a state, a people or a body (a named entity of
    ``_OWNER_ENTS``, a capitalised adjective of letters, or a noun of ``bodies``: "army", "navy"); None when
    the phrase names no one ("a shell hit the school"; a proper noun that is no entity of a state or
    a body is the make of the means, "Glock pistols", no owner)."""
    for c in means.children:
        if c.dep_ == "poss":
            return c
    of = next((c for c in means.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and (p := prep_object(of)) is not None and p.pos_ in ("NOUN", "PROPN"):
        return p
    for c in sorted((c for c in means.children if c.dep_ in _MODIFIERS and c.i < means.i), key=lambda t: t.i):
        if (c.ent_type_ in _OWNER_ENTS or (c.pos_ == "ADJ" and c.is_alpha and c.text[:1].isupper())
                or (c.pos_ == "NOUN" and c.lemma_.lower() in bodies)):
            return c
    return None
