"""Whether two mentions' actors can be one incident's: a described actor and a named one of its kind.

Event coreference asks that two mentions' arguments be compatible (Lee et al. 2012: mentions of one
event share compatible arguments; two different named doers are two events). A description names
no one in particular: "gunmen", "the militants", "the police" (the actor dictionary's generic roles,
those whose dictionary id begins with ``described_actors`` of coref.yaml) may be the named actor an
article identifies elsewhere ("Boko Haram", "al-Shabaab"), when both are of one kind: armed actors
that are no state's, a state's forces, or a government (``actor_types`` of agents.yaml; any other
type, only the same type). So two actors conflict when they differ, unless one of them is described
and both are of one kind. A description the events stage made itself ("hundreds of teachers")
has no type: it conflicts with any other actor, as before.

A demonstration's actor is its crowd (``crowd_event_types`` of coref.yaml, ACLED's Protests: the
codebook names it "Protesters (<country>)", and the groups that organise or join it are associated
actors): whoever a mention tells as marching ("teachers", "about 300 people", "the union") is that
crowd, so actor 1 does not keep two mentions of one protest apart; actor 2, the force that met it,
still does.

When two mentions join, the named actor stays (ACLED names the actor identified:
"Unidentified Armed Group" only when no one is).
"""

from __future__ import annotations

from collections.abc import Sequence

from unfog.events.agents import ActorTypes
from unfog.events.draft import Draft
from unfog.model import Actor

__all__ = ["ActorKinds"]


class ActorKinds:
    """The kinds of one document's actors, for coreference (see the module doc)."""

    def __init__(self, actors: Sequence[Actor] = (), types: ActorTypes | None = None, described: str = "",
                 crowds: frozenset[str] = frozenset()) -> None:
        #: the ACLED event types whose actor 1 is the crowd (coref.yaml ``crowd_event_types``)
        self.crowds = crowds
        self._described = frozenset(a.id for a in actors if described and (a.dictionary_id or "").startswith(described))
        groups: dict[str, str] = {}
        if types is not None:
            groups = {**{t: "government" for t in types.government}, **{t: "state" for t in types.state_forces},
                      **{t: "nonstate" for t in types.nonstate_armed}}
        self._kind = {a.id: groups.get(a.type, a.type) for a in actors if a.type}

    def compatible(self, x: str | None, y: str | None) -> bool:
        """No conflict: one of them missing, the same actor, or a described one and one of its kind."""
        if x is None or y is None or x == y:
            return True
        kx, ky = self._kind.get(x), self._kind.get(y)
        return (x in self._described or y in self._described) and kx is not None and kx == ky

    def conflict(self, a: Draft, b: Draft) -> bool:
        """Whether the two mentions' actor 1 or actor 2 conflict (actor 1 not in a crowd's event)."""
        crowd = a.acled is not None and a.acled.event_type in self.crowds
        return not ((crowd or self.compatible(a.actor1, b.actor1)) and self.compatible(a.actor2, b.actor2))

    def named(self, host: Draft, d: Draft) -> None:
        """Give ``host`` (joining ``d``) the named actor where it has a described one and ``d`` a
        compatible named one. In place."""
        for k in ("actor1", "actor2"):
            x, y = getattr(host, k), getattr(d, k)
            if (x is not None and y is not None and x in self._described and y not in self._described
                    and self.compatible(x, y)):
                setattr(host, k, y)
