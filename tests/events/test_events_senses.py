"""Word senses and codebook homes of act words (own sentences -> the document's label as the scorer
counts it), from the issue-14 count of untyped or mistyped mentions in the training stories:

- "demonstrate" and "rally" name a gathering only when intransitive ("students demonstrated against
  the fees"); with a direct object or a complement clause they show or muster something ("the
  results demonstrate that ...", "rallied support"): no protest (word sense by subcategorisation
  frame, Levin 1993);
- "come under fire" with a "for" phrase of conduct is the idiom of being criticised (PLOVER DISAPPROVE, CAMEO 111),
  while a patrol that comes under fire is attacked;
- property broken or set alight is property destruction (ACLED looting/property destruction, CAMEO
  1712); livestock carried off is looting (ACLED; CAMEO 171, PLOVER COERCE);
- a work stoppage is a strike (CAMEO 143; ACLED Protests); streets barricaded by people who are not
  the state are a protest (PLOVER PROTEST, mode obstruct), people who barricade themselves in take
  shelter;
- summoning an envoy is no demand (CAMEO 10): a diplomatic complaint;
- a month's name is a proper noun, not the common noun or modal sharing its lemma ("March", "May").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label, plover, run

ACLED_CASES = [
    # the showing sense: a direct object or a clause
    ("The new census figures demonstrate that the reform has failed in the hill districts.", "NONE"),
    ("The minister demonstrated her commitment to the plan by touring Kaga on Friday.", "NONE"),
    ("The trials demonstrated how the new pump works in dry soil.", "NONE"),
    ("The governor rallied support for the budget among the rural deputies.", "NONE"),
    # the gathering sense stays a protest
    ("Students demonstrated against the fee increase in Port Velden on Friday.", "Peaceful protest"),
    ("Thousands of farmers rallied outside the assembly in Kaga on Monday.", "Peaceful protest"),
    # the criticised sense of "come under fire" against the attacked one
    ("The health minister came under fire for her handling of the fuel shortage.", "NONE"),
    ("A police patrol came under fire outside the hill town of Kaga on Tuesday.", "Armed clash"),
    # property broken or set alight, livestock carried off
    ("Unknown men smashed the windows of the party office in Kaga overnight.", "Looting/property destruction"),
    ("Youths set two lorries alight outside the depot in Port Velden.", "Looting/property destruction"),
    ("Raiders drove off three hundred cattle from the herders' camp near Kaga.", "Looting/property destruction"),
    ("Armed men stole forty goats from a village outside Port Velden.", "Looting/property destruction"),
    # a stoppage of work is a strike
    ("Dock workers began a three-day work stoppage at the port of Velden on Monday.", "Peaceful protest"),
    # a month's name in a date is no common word of a cue list ("on March 12" is no protest "march")
    ("Police fired on a crowd of villagers in Port Velden on March 12, killing three.", "Attack"),
    ("Gunmen killed two herders near Kaga on 3 March.", "Attack"),
    ("Police fired on a march in Port Velden on Sunday, killing three.", "Excessive force against protesters"),
]


PLOVER_CASES = [
    ("The health minister came under fire for her handling of the fuel shortage.", "DISAPPROVE"),
    ("Raiders drove off three hundred cattle from the herders' camp near Kaga.", "COERCE"),
    ("Residents barricaded the main streets of Kaga to oppose the new toll.", "PROTEST"),
    ("Villagers barricaded themselves inside the church as the raiders approached.", "NONE"),
]


@pytest.mark.parametrize(("text", "scheme", "want"), [(t, "acled", w) for t, w in ACLED_CASES]
                         + [(t, "plover", w) for t, w in PLOVER_CASES])
def test_label_by_sense(nlp: Language, stage: EventStage, text: str, scheme: str, want: str) -> None:
    assert_label(nlp, stage, text, acled if scheme == "acled" else plover, want)


@pytest.mark.parametrize("text", [
    "The new census figures demonstrate that the reform has failed in the hill districts.",
    "The minister demonstrated her commitment to the plan by touring Kaga on Friday.",
    "The governor rallied support for the budget among the rural deputies.",
])
def test_showing_is_no_plover_protest(nlp: Language, stage: EventStage, text: str) -> None:
    evs = run(nlp, stage, text)
    assert all(plover(e) != "PROTEST" for e in evs), [(e.trigger.text, plover(e)) for e in evs]


def test_summoned_envoy_is_no_demand(nlp: Language, stage: EventStage) -> None:
    evs = run(nlp, stage, "The foreign ministry of Kaga summoned the ambassador of Velden on Tuesday.")
    assert all(plover(e) != "DEMAND" for e in evs), [(e.trigger.text, plover(e)) for e in evs]
