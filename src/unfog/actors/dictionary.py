"""The curated actor dictionary and the actor lexicon (``actors/actors.yaml``, ``actors/lexicon.yaml`` of a
:class:`~unfog.knowledge.Knowledge`). Plain loaders: ``ActorStage.from_settings`` calls them once with
``settings.knowledge`` and holds what they return; ``PACKAGED`` is the default for tests and scripts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import reporting_verbs


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the dictionary (see the header of ``actors.yaml``)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    type: str
    side: str | None
    country: str | None
    roles: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    short_aliases: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name, every alias and every short alias (not the metonyms)."""
        return (self.name, *self.aliases, *self.short_aliases)


@dataclass(frozen=True)
class Lexicon:
    """The words the stage reasons with (see the header of ``lexicon.yaml``)."""

    nominal: dict[str, frozenset[str]]
    role: dict[str, str]
    speaker: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    force_nouns: frozenset[str]
    expletive_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    not_actors: frozenset[str]
    unit_nouns: frozenset[str]
    name_particles: frozenset[str]
    #: head noun lemma -> (actor type, ACLED name pattern with {country}) for "<country adjective> <noun>"
    national_forces: dict[str, tuple[str, str]]
    #: country names written with "the" ("the United States"): words in the name, and whole names
    article_words: frozenset[str]
    article_names: frozenset[str]
    #: words that may stand between a country's adjective and a force noun ("Sudanese Armed Forces")
    plain_modifiers: frozenset[str]
    #: organisational heads over a force noun ("army command"): mentions of that force
    force_heads: frozenset[str] = frozenset()
    #: bare plural nouns of a state's own troops ("troops"): the speaking force's, under its speech
    own_troops: frozenset[str] = frozenset()
    #: kinds of ``national_forces`` that allow only these words between adjective and noun ("government")
    national_between: dict[str, frozenset[str]] = field(default_factory=dict)


def _strs(x: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (x or []))


def load_dictionary(knowledge: Knowledge = PACKAGED) -> tuple[ActorEntry, ...]:
    """The entries of ``actors/actors.yaml``."""
    raw = knowledge.read("actors/actors.yaml")
    out: list[ActorEntry] = []
    for item in raw["actors"]:
        out.append(
            ActorEntry(
                id=str(item["id"]),
                name=str(item["name"]),
                aliases=_strs(item.get("aliases")),
                type=str(item["type"]),
                side=item.get("side"),
                country=item.get("country"),
                roles=_strs(item.get("roles")),
                metonyms=_strs(item.get("metonyms")),
                short_aliases=_strs(item.get("short_aliases")),
            )
        )
    ids = [e.id for e in out]
    if len(ids) != len(set(ids)):
        raise ValueError(f"actors/actors.yaml ({knowledge.source('actors/actors.yaml')}): duplicate actor ids")
    return tuple(out)


def load_lexicon(knowledge: Knowledge = PACKAGED) -> Lexicon:
    """The word lists of ``actors/lexicon.yaml``."""
    raw = knowledge.read("actors/lexicon.yaml")
    return Lexicon(
        nominal={str(k): frozenset(_strs(v)) for k, v in raw["nominal"].items()},
        role={str(k): str(v) for k, v in raw["role"].items()},
        speaker=frozenset(_strs(raw["speaker"])),
        pronouns={str(k): frozenset(_strs(v)) for k, v in raw["pronouns"].items()},
        force_nouns=frozenset(_strs(raw["force_nouns"])),
        expletive_verbs=frozenset(_strs(raw["expletive_verbs"])),
        speech_verbs=reporting_verbs(knowledge),  # the shared list, language/reporting.yaml
        not_actors=frozenset(_strs(raw["not_actors"])),
        unit_nouns=frozenset(_strs(raw["unit_nouns"])),
        name_particles=frozenset(_strs(raw["name_particles"])),
        national_forces={
            str(noun): (str(kind), str(spec["name"]))
            for kind, spec in raw["national_forces"].items()
            if kind not in ("article", "plain", "heads")
            for noun in spec["nouns"]
        },
        national_between={
            str(kind): frozenset(_strs(spec["between"]))
            for kind, spec in raw["national_forces"].items()
            if kind not in ("article", "plain", "heads") and "between" in spec
        },
        article_words=frozenset(_strs(raw["national_forces"]["article"]["words"])),
        article_names=frozenset(_strs(raw["national_forces"]["article"]["names"])),
        plain_modifiers=frozenset(_strs(raw["national_forces"]["plain"])),
        force_heads=frozenset(_strs(raw["national_forces"].get("heads"))),
        own_troops=frozenset(_strs(raw.get("own_troops"))),
    )
