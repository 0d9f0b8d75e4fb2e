"""The groupings of the actor dictionary's types and the words of agents.yaml that the events
stage reads to find who did what to whom (``events.agents``, ``events.doers``, ``events.targets``),
loaded once by the stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unfog.knowledge import PACKAGED, Knowledge

__all__ = ["ActorTypes", "load_actor_types"]


@dataclass(frozen=True)
class ActorTypes:
    """The groupings of the actor dictionary's types and the group nouns (``agents.yaml``)."""

    state_forces: tuple[str, ...]  # in order of preference
    government: tuple[str, ...]
    nonstate_armed: frozenset[str]
    quantity_heads: frozenset[str]
    movement_families: frozenset[str]
    #: endings of agent nouns ("fundamentalists", "militiamen", "landowners"; agents.yaml)
    agent_suffixes: tuple[str, ...] = ()
    #: prepositions of a complement whose act the verb's object does, before a gerund and an act noun
    control_gerund: frozenset[str] = frozenset()
    control_noun: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()
    #: pronouns by the number of their antecedent (agents.yaml ``pronoun_number``)
    plural_pronouns: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()
    #: the subject complements of "be" whose act the subject does (agents.yaml ``predicative``)
    predicative_preps: frozenset[str] = frozenset()
    predicative_adjectives: frozenset[str] = frozenset()
    #: the prepositions of an activity whose phrase postmodifying a noun names its doer (``noun_preps``)
    predicative_noun_preps: frozenset[str] = frozenset()
    #: the PLOVER types of reciprocal acts and the prepositions of their second party
    reciprocal_types: frozenset[str] = frozenset()
    reciprocal_preps: frozenset[str] = frozenset()
    #: the reciprocal types whose joint subject's second conjunct is actor 2 (agents.yaml ``reciprocal.joint``)
    joint_types: frozenset[str] = frozenset()
    #: verbs of deploying a weapon: their agent on an act's means is its doer (agents.yaml ``deploying``)
    deploying: frozenset[str] = frozenset()
    #: the PLOVER types whose object is the doer's own forces (agents.yaml ``own_forces_types``)
    own_forces_types: frozenset[str] = frozenset()
    #: war machines that stand for the forces working them (agents.yaml ``machines``)
    machines: frozenset[str] = frozenset()
    #: the PLOVER types of verbal acts and of material conflict (agents.yaml ``verbal_types``,
    #: ``material_conflict``)
    verbal_types: frozenset[str] = frozenset()
    material_conflict: frozenset[str] = frozenset()

    @property
    def state(self) -> frozenset[str]:
        """The state: its forces and its government."""
        return frozenset((*self.state_forces, *self.government))

    @property
    def armed(self) -> frozenset[str]:
        """Armed actors: state forces and non-state armed groups."""
        return frozenset(self.state_forces) | self.nonstate_armed


def _words(v: Any) -> tuple[str, ...]:
    return tuple(str(x).lower() for x in (v or []))


def load_actor_types(knowledge: Knowledge = PACKAGED) -> ActorTypes:
    """The groupings of agents.yaml (the stage loads them once)."""
    raw: dict[str, Any] = knowledge.read("events/agents.yaml")
    types = raw["actor_types"]
    return ActorTypes(state_forces=_words(types["state_forces"]), government=_words(types["government"]),
                      nonstate_armed=frozenset(_words(types["nonstate_armed"])),
                      quantity_heads=frozenset(_words(raw["quantity_heads"])),
                      movement_families=frozenset(_words(raw["movement_families"])),
                      agent_suffixes=_words(raw.get("agent_suffixes")),
                      control_gerund=frozenset(_words(raw.get("object_control", {}).get("gerund"))),
                      control_noun=frozenset(_words(raw.get("object_control", {}).get("noun"))),
                      control_verbs=frozenset(_words(raw.get("object_control", {}).get("verbs"))),
                      plural_pronouns=frozenset(_words(raw.get("pronoun_number", {}).get("plural"))),
                      singular_pronouns=frozenset(_words(raw.get("pronoun_number", {}).get("singular"))),
                      predicative_preps=frozenset(_words(raw.get("predicative", {}).get("preps"))),
                      predicative_adjectives=frozenset(_words(raw.get("predicative", {}).get("adjectives"))),
                      predicative_noun_preps=frozenset(_words(raw.get("predicative", {}).get("noun_preps"))),
                      reciprocal_types=frozenset(x.upper() for x in _words(raw.get("reciprocal", {}).get("types"))),
                      reciprocal_preps=frozenset(_words(raw.get("reciprocal", {}).get("preps"))),
                      joint_types=frozenset(x.upper() for x in _words(raw.get("reciprocal", {}).get("joint"))),
                      deploying=frozenset(_words(raw.get("deploying"))),
                      own_forces_types=frozenset(x.upper() for x in _words(raw.get("own_forces_types"))),
                      machines=frozenset(_words(raw.get("machines"))),
                      verbal_types=frozenset(x.upper() for x in _words(raw.get("verbal_types"))),
                      material_conflict=frozenset(x.upper() for x in _words(raw.get("material_conflict"))))
