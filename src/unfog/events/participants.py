"""The people of a protest are no protest of their own: "police arrested protesters demonstrating
against the law", "troops fired on demonstrators at the rally".

A noun that names the participants of a protest (``participants`` in triggers.yaml: "protesters",
"demonstrators", "rioters") is a trigger, so that a sentence that names only them ("protesters
clashed with police") has its protest. Beside an act of the same kind in the same sentence (a
protest, a riot, an intervention at a protest: ACLED's Protests and Riots) it names the people of
that act, not a second one: ACLED codes one event per incident (the same day, place and actors).
It becomes one of that act's mentions: the act the noun depends on in the parse, else the nearest.
Only acts that took place fold, and only into acts that took place.

A participant noun that stays an act of its own names its doers: "protester" is one who protests
(an agent noun, Marchand 1969; NomBank: an agentive nominal is its own Arg0), so the act's actor 1 is
the actor the noun phrase names ("hundreds of demonstrators gathered": the demonstrators), before
the subject of a verb governing it ("police moved against protesters": the police act on them).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.agents import ActorResolver
from unfog.events.draft import OCCURRED, Draft

__all__ = ["fold_participants"]

#: the ACLED event types of protests and riots
_KINDS = frozenset({"Protests", "Riots"})


def _protest(d: Draft) -> bool:
    return d.acled is not None and d.acled.event_type in _KINDS and d.modality in OCCURRED


def _participant(d: Draft, nouns: frozenset[str]) -> bool:
    h = d.head
    return h.pos_ == "NOUN" and h.lemma_.lower() in nouns and len(d.tokens) == 1


def _governs(a: Token, b: Token) -> bool:
    """Whether token a is b or one of b's ancestors."""
    return a.i == b.i or any(x.i == a.i for x in b.ancestors)


def fold_participants(drafts: Sequence[Draft], nouns: frozenset[str],
                      agents: ActorResolver | None = None) -> list[Draft]:
    """The drafts with each participant noun beside another protest act of its sentence made one
    of that act's mentions (see the module doc), in the given order; with ``agents``, a participant
    noun left an act of its own takes as actor 1 the actor its phrase names."""
    gone: set[int] = set()
    for d in drafts:
        if not (_protest(d) and _participant(d, nouns)):
            continue
        sent = d.head.sent
        acts = [a for a in drafts if a is not d and id(a) not in gone and _protest(a) and not _participant(a, nouns)
                and a.head.sent.start == sent.start]
        if not acts:
            continue
        host = next((a for a in acts if _governs(a.head, d.head)), None) or min(
            acts, key=lambda a: abs(a.head.i - d.head.i))
        host.mentions = sorted([*host.mentions, d.trigger, *d.mentions], key=lambda m: m.span)
        host.actor1 = host.actor1 or d.actor1
        host.claims = list(dict.fromkeys([*host.claims, *d.claims]))
        host.take_lower_casualties(d)
        gone.add(id(d))
    kept = [d for d in drafts if id(d) not in gone]
    if agents is not None:
        for d in kept:
            # the noun's own phrase first: a governing verb's subject ("police moved against
            # protesters") is another act's doer, not the protest's
            if _participant(d, nouns):
                d.actor1 = agents.actor_for(d.head, d.plover.event_type if d.plover else None) or d.actor1
    return kept
