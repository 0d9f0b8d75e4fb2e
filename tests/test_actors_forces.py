"""Actor stage: a country's forces named by the country's adjective or name (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.actors import ActorStage
from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Actor, Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage.from_settings(Settings(), gazetteer=GeoStage.from_settings(Settings()).gazetteer)


def actors(nlp: Language, stage: ActorStage, text: str) -> list[Actor]:
    return stage.run(DocContext(Document(id="t", text=text), nlp(text)))


FORCES = [
    # (sentence, the mention, the actor's name, its type, its country)
    ("The Malian army said it had repelled the raid.", "Malian army", "Military Forces of Mali", "state_forces", "ML"),
    ("Two Kenyan soldiers were wounded near the border.", "Kenyan soldiers", "Military Forces of Kenya",
     "state_forces", "KE"),
    ("Peruvian armed forces patrolled the valley.", "Peruvian armed forces", "Military Forces of Peru",
     "state_forces", "PE"),
    ("Chad's military denied the report.", "Chad's military", "Military Forces of Chad", "state_forces", "TD"),
    ("Ukrainian soldiers shot down a drone overnight.", "Ukrainian soldiers", "Armed Forces of Ukraine",
     "state_forces", "UA"),  # the dictionary's own entry for the country's forces
    ("Dutch troops left the base.", "Dutch troops", "Military Forces of the Netherlands", "state_forces", "NL"),
    ("Bolivian police cleared the road block on Friday.", "Bolivian police", "Police Forces of Bolivia",
     "security_forces", "BO"),
    # an organisational head over the force noun: the force's organ speaks and acts for it
    ("The Nigerian army command said the base was secure.", "Nigerian army command", "Military Forces of Nigeria",
     "state_forces", "NG"),
    ("The Egyptian military headquarters denied the report.", "Egyptian military headquarters",
     "Military Forces of Egypt", "state_forces", "EG"),
    ("Bolivian police units cleared the road block.", "Bolivian police units", "Police Forces of Bolivia",
     "security_forces", "BO"),
]


@pytest.mark.parametrize(("text", "surface", "name", "type_", "country"), FORCES)
def test_a_countrys_forces(nlp: Language, stage: ActorStage, text: str, surface: str, name: str, type_: str,
                           country: str) -> None:
    found = [a for a in actors(nlp, stage, text) if any(m.text == surface for m in a.mentions)]
    assert [(a.name, a.type, a.country) for a in found] == [(name, type_, country)]
    assert surface in found[0].aliases or found[0].name == surface


NOT_FORCES = [
    # names that contain a country's adjective, and adjectives of peoples or regions
    ("Fighters of the Free Syrian Army entered the town.", "Military Forces of Syria"),
    ("The Libyan National Army announced a ceasefire.", "Military Forces of Libya"),
    ("Kurdish fighters held the ridge.", "Military Forces of Iraq"),
    ("European troops arrived in the port.", "Military Forces of"),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FORCES)
def test_not_a_countrys_forces(nlp: Language, stage: ActorStage, text: str, absent: str) -> None:
    names = [a.name for a in actors(nlp, stage, text)]
    assert not any(n.startswith(absent) for n in names), names


GROUPS = [
    # (sentence, the mention, the dictionary's name, or None: an ambiguous acronym alone is no entry)
    ("Al-Shabaab fighters raided a police post.", "Al-Shabaab", "al-Shabaab"),
    ("Houthi rebels fired a missile at a tanker.", "Houthi rebels", "Houthi Movement"),
    ("The Rapid Support Forces (RSF) shelled the market; the RSF denied it.", "RSF", "Rapid Support Forces"),
    ("The RSF published its annual index.", "RSF", None),
]


@pytest.mark.parametrize(("text", "surface", "name"), GROUPS)
def test_armed_groups(nlp: Language, stage: ActorStage, text: str, surface: str, name: str | None) -> None:
    found = [a for a in actors(nlp, stage, text) if any(m.text == surface for m in a.mentions)]
    entries = [a.name for a in found if a.dictionary_id is not None]
    assert entries == ([name] if name else []), [(a.name, a.dictionary_id) for a in found]
