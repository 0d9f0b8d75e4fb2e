"""An attack that another party repels is one incident (own sentences, whole pipeline): the act
noun in the object of a verb of repelling ("repelled an attack by the RSF") is the incident the verb
tells; the attacker (the act's own agent) is actor 1, the side that repelled it actor 2; the one
event's trigger runs from the verb through the act noun, so both words stay one predicate."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord
from unfog.pipeline import Pipeline

from .support import analyze as _analyze
from .support import occurred_typed as _typed


def _name(rec: AnalysisRecord, actor: str | None) -> str:
    return next((a.name for a in rec.actors if a.id == actor), "") if actor else ""


REPELLED = [
    # (text, words of the attacker's name, words of the defender's name, the trigger)
    ("Government soldiers repelled an attack by the RSF on the base in Babanusa on Monday.",
     "Rapid Support Forces", "soldiers", "repelled an attack"),
    ("The army repulsed an assault by al-Shabaab fighters near Kismayo.",
     "al-Shabaab", "army", "repulsed an assault"),
    ("Police officers fought off a raid by gunmen on the village of Gusau.",
     "unidentified armed group", "police", "fought off a raid"),
    # the particle parsed as a preposition ("fought [off an attack]")
    ("Government troops fought off an attack by al-Shabaab fighters on a base near Kismayo.",
     "al-Shabaab", "troops", "fought off an attack"),
]


@pytest.mark.parametrize(("text", "attacker", "defender", "trigger"), REPELLED)
def test_a_repelled_attack_is_one_incident(pipeline: Pipeline, text: str, attacker: str, defender: str,
                                           trigger: str) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled, _name(rec, e.actor1), _name(rec, e.actor2)) for e in rec.events]
    assert len(typed) == 1, shown
    ev = typed[0]
    assert ev.trigger.text == trigger, shown
    assert attacker.lower() in _name(rec, ev.actor1).lower(), shown
    assert defender.lower() in _name(rec, ev.actor2).lower(), shown


APART = [
    # (text, the number of ACLED-typed events): a verb that is no repelling leaves two acts
    ("Rebels attacked the base in Gao on Monday and the army shelled their positions.", 2),
]


@pytest.mark.parametrize(("text", "count"), APART)
def test_other_acts_stay_apart(pipeline: Pipeline, text: str, count: int) -> None:
    rec = _analyze(pipeline, text)
    assert len(_typed(rec)) == count, [(e.trigger.text, e.acled) for e in rec.events]


NO_ACT = [
    # (text, words of actor 1): a verb of repelling whose object is no act keeps its own subject
    ("Soldiers repelled the rebels near Gao on Monday.", "soldiers"),
    ("The army repulsed the militants from the outskirts of Kismayo.", "army"),
]


@pytest.mark.parametrize(("text", "actor1"), NO_ACT)
def test_repelling_without_an_act_keeps_its_subject(pipeline: Pipeline, text: str, actor1: str) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled, _name(rec, e.actor1)) for e in rec.events]
    assert len(typed) == 1 and actor1 in _name(rec, typed[0].actor1).lower(), shown


NAMED = [
    # (text, the trigger, actor 1's name): a country's forces by ACLED's name (actors/forces.py), an
    # armed group by its dictionary name, and a territorial claim reported by the party that makes it
    # is an event of that party (an acronym alone is the dictionary's where the document names the
    # party's country: Babanusa is in Sudan)
    ("The Sudanese army shelled positions in Omdurman on Friday.", "shelled", "Military Forces of Sudan"),
    ("The Rapid Support Forces said they had shelled the airport.", "shelled", "Rapid Support Forces"),
    ("The RSF said it had captured the town of Babanusa on Sunday.", "captured", "Rapid Support Forces"),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), NAMED)
def test_named_parties(pipeline: Pipeline, text: str, trigger: str, actor: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.acled, e.modality, _name(rec, e.actor1)) for e in rec.events]
    ev = next((e for e in _typed(rec) if e.trigger.text == trigger), None)
    assert ev is not None and _name(rec, ev.actor1) == actor, shown
