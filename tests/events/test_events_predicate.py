"""The trigger of a casualty clause is its predicate (own sentences, whole pipeline): "Forty
soldiers were killed in the raid" asserts a killing; the act noun in the verb's adjunct gives the
type and stays a mention. Elsewhere the act word stays the trigger."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Event
from unfog.pipeline import Pipeline

from .support import analyze as _analyze


def _typed(rec: AnalysisRecord) -> list[Event]:
    return [e for e in rec.events if e.acled is not None]


PREDICATES = [
    # (text, trigger, sub-event type, the act noun kept as a mention)
    ("Forty soldiers were killed in the raid on the garrison at Kidal.", "killed", "Armed clash", "raid"),
    ("Twelve villagers were killed in an air strike on the market in Maarib.", "killed", "Air/drone strike",
     "air strike"),
    ("Three police officers were wounded in the ambush near the border.", "wounded", "Armed clash", "ambush"),
    ("Six people died in the shelling of the town.", "died", "Shelling/artillery/missile attack", "shelling"),
    # the act as the subject of the verb of harm: the act caused what the verb asserts
    ("The shelling of the suburb has killed 900 residents since June.", "killed",
     "Shelling/artillery/missile attack", "shelling"),
    ("An air strike on the depot killed seven workers.", "killed", "Air/drone strike", "air strike"),
]


@pytest.mark.parametrize(("text", "trigger", "sub", "noun"), PREDICATES)
def test_casualty_clause_predicate_is_the_trigger(pipeline: Pipeline, text: str, trigger: str, sub: str,
                                                  noun: str) -> None:
    typed = _typed(_analyze(pipeline, text))
    shown = [(e.trigger.text, e.acled and e.acled.sub_event_type, [m.text for m in e.mentions]) for e in typed]
    assert len(typed) == 1, shown
    ev = typed[0]
    assert ev.trigger.text == trigger and text[ev.trigger.span[0]:ev.trigger.span[1]] == trigger, shown
    assert ev.acled is not None and ev.acled.sub_event_type == sub, shown
    assert noun in [m.text for m in ev.mentions], shown


KEPT = [
    # (text, trigger): no verb of harm over the act noun, or the verb is the act itself
    ("The raid on the garrison at Kidal lasted three hours.", "raid"),
    ("Soldiers took part in the raid on the garrison at Kidal.", "raid"),
    ("Gunmen shot dead four farmers near the village.", "shot dead"),
]


@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_other_act_words_stay_triggers(pipeline: Pipeline, text: str, trigger: str) -> None:
    typed = _typed(_analyze(pipeline, text))
    shown = [(e.trigger.text, e.acled and e.acled.sub_event_type) for e in typed]
    assert [e.trigger.text for e in typed] == [trigger], shown
