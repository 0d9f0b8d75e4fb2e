"""The curated actor dictionary and the actor lexicon, loaded once from ``unfog/data/actors``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from unfog.knowledge import read_data


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
    metonymy_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    not_actors: frozenset[str]
    unit_nouns: frozenset[str]
    name_particles: frozenset[str]


def _read(name: str) -> Any:
    return read_data(f"actors/{name}")


def _strs(x: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (x or []))


@cache
def load_dictionary() -> tuple[ActorEntry, ...]:
    raw = _read("actors.yaml")
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
        raise ValueError("actors.yaml: duplicate actor ids")
    return tuple(out)


@cache
def load_lexicon() -> Lexicon:
    raw = _read("lexicon.yaml")
    return Lexicon(
        nominal={str(k): frozenset(_strs(v)) for k, v in raw["nominal"].items()},
        role={str(k): str(v) for k, v in raw["role"].items()},
        speaker=frozenset(_strs(raw["speaker"])),
        pronouns={str(k): frozenset(_strs(v)) for k, v in raw["pronouns"].items()},
        force_nouns=frozenset(_strs(raw["force_nouns"])),
        expletive_verbs=frozenset(_strs(raw["expletive_verbs"])),
        metonymy_verbs=frozenset(_strs(raw["metonymy_verbs"])),
        speech_verbs=frozenset(_strs(raw["speech_verbs"])),
        not_actors=frozenset(_strs(raw["not_actors"])),
        unit_nouns=frozenset(_strs(raw["unit_nouns"])),
        name_particles=frozenset(_strs(raw["name_particles"])),
    )
