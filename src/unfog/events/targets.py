"""To whom: actor 2 of the events the stage's other steps left without one, after coreference.

ACLED's Actor 2 is the side an act was done to; PLOVER's target the same. The mention index gives
an event the actor of its object when the actors stage named one. Here, once the mentions of one
incident are joined, the events still without actor 2 take:

1. the second party of a reciprocal act, in its "with" phrase ("rebels clashed with government
   troops", "held talks with the envoy"; ``ActorResolver.partner``), else the second of a joint
   subject of a meeting, an agreement or cooperation ("Turkish and Greek officials met", "Kaga and
   Velden agreed": the simple reciprocal alternation, Levin 1993, 2.5.4; ``reciprocal.joint`` of
   agents.yaml);
2. those a participle of harm on the act's verb harmed, when the actors stage named them ("shelled
   the village, killing four civilians");
3. the act's undergoer, its object or passive subject, named by a description ("police detained two
   student leaders", "fired on protesters": PropBank's Arg1): not ground or installations (ACLED
   codes a side, not a place), not a phrase with a possessive pronoun (the doer's own people: "recalled
   its ambassador"), not forces the doer moves (``own_forces_types`` of agents.yaml), not the victims
   a verb of harm counts ("nine people were killed": a toll, which ACLED records as fatalities).

A mention that is another source's account of an act told before (``Draft.refers_to``, events/
accounts.py; no verbal reaction to it) and names neither party takes the act's actors: a definite
description refers to the act already told (Heim 1982, familiarity), and one act has one doer and
one target; an act nearby that it does not refer to gives it nothing.

After coreference, so that a description, which conflicts with any other actor in the comparison of
two mentions' actors (events/compatible.py), keeps no mention from the incident it tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.agents import ActorResolver
from unfog.events.context import object_tokens
from unfog.events.draft import Draft

__all__ = ["fill_targets"]

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _harmed(head: Token, harm: frozenset[str]) -> list[Token]:
    """The objects of a participle of harm hung on the act's verb ("shelled the village, killing four
    civilians"): the participle's understood subject is the verb's (the attachment rule, Quirk et
    al. 1985, 15.59), so those it harmed are the act's victims, its targets."""
    if head.pos_ != "VERB":
        return []
    return [o for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in harm
            for o in c.children if o.dep_ == "dobj"]


def _patients(objects: Sequence[Token], agents: ActorResolver, ground: frozenset[str]) -> list[Token]:
    """The head words of an act's object phrases and their conjuncts, without places, ``ground``
    and phrases with a possessive pronoun (see the module doc)."""
    inside = {o.i for o in objects}
    return [o for o in objects if (o.head.i not in inside or o.dep_ == "conj") and o.pos_ in ("NOUN", "PROPN", "NUM")
            and o.ent_type_ not in _PLACE_ENTS and not agents.index.is_place(o) and o.lemma_.lower() not in ground
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)]


def _reaction(d: Draft, host: Draft, verbal: frozenset[str], conflict: frozenset[str]) -> bool:
    """Whether a mention that refers to an act is a reaction to it, no account of it: a verbal act
    about an act of material conflict ("the council condemned the raid": DISAPPROVE of an ASSAULT;
    events/reactions.py) is another act, with a doer of its own (the one who condemns). The classes
    are CAMEO's and PLOVER's quad classes (agents.yaml ``verbal_types``, ``material_conflict``)."""
    return (d.plover is not None and d.plover.event_type in verbal
            and host.plover is not None and host.plover.event_type in conflict)


def fill_targets(drafts: Sequence[Draft], agents: ActorResolver, ground: frozenset[str],
                 harm: frozenset[str]) -> None:
    """Give actor 2 to the drafts without one (see the module doc). In place. ``ground``: the nouns
    of places and installations (classes ``base`` and ``territory`` of triggers.yaml); ``harm``: the
    lemmas of killing and wounding (counts.yaml)."""
    for d in drafts:
        if (host := d.refers_to) is not None and d.actor1 is None and d.actor2 is None and not _reaction(
                d, host, agents.types.verbal_types, agents.types.material_conflict):
            # another source's account of an act told before ("Rebels stormed the post. The assault
            # lasted hours, the ministry said"): the act's own parties, by coreference
            d.actor1, d.actor2 = host.actor1, host.actor2
        if d.actor2 is not None:
            continue
        head = d.head
        kind = d.plover.event_type if d.plover else None
        got = agents.partner(head, kind)
        if got is None and kind in agents.types.joint_types and d.associated_actors:
            # "Turkish and Greek officials met": X and Y met is X met with Y (Levin 1993, 2.5.4)
            got, d.associated_actors = d.associated_actors[0], d.associated_actors[1:]
            d.actor2 = got
            continue
        if got is None and (victims := _harmed(head, harm)):
            got = next((a for o in _patients(victims, agents, ground) if (a := agents.index.actor_at(o))), None)
        if got is None and kind not in agents.types.own_forces_types and head.lemma_.lower() not in harm:
            got = next((a for o in _patients(object_tokens(head), agents, ground)
                        if (a := agents.actor_for(o, kind))), None)
        if got is not None and got != d.actor1:
            d.actor2 = got
