"""Trigger words of CAMEO's verb classes that the lexicon lacked (own sentences -> the document's
PLOVER label as the scorer counts it). Each word was found where the training stories
(event-ngec-synthetic) name a type the stage did not find, and kept where the CAMEO class of the
verb gives that type: 062 military cooperation (drills, manoeuvres), 063
judicial cooperation (extradition), 0874 military retreat ("pulled ... out"), 115 lawsuits, 143
boycotts by people who are not the state, 145 riots (rioting), 150 patrols and 154 weapons deployed
(MOBILIZE, no ACLED event), 081 restrictions ended (CONCEDE), 174 people expelled (COERCE; 166
diplomats expelled, SANCTION), 176 cyberattacks; and the labour sense of "strike" (143 conduct strike or boycott;
ACLED: a strike is a protest), told by who strikes or whose strike it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label, label, plover, run

CAMEO_CASES = [
    # 176 attack cybernetically: coercion without force
    ("Hackers working for the regime hacked the servers of the electoral commission.", "COERCE"),
    ("A cyberattack crippled the customs network of the port on Monday.", "COERCE"),
    ("The ministry suffered a cyber attack that wiped its payroll records.", "COERCE"),
    # 062 cooperate militarily, 063 judicial cooperation
    ("The navies of the two countries held a naval drill in the strait.", "COOPERATE"),
    ("Spain extradited the former militia commander to Peru.", "COOPERATE"),
    ("Italy completed the extradition of the banker to Brazil on Friday.", "COOPERATE"),
    # 115 bring lawsuit against
    ("The families filed a lawsuit against the mining company.", "DISAPPROVE"),
    # 145 protest violently, riot
    ("Rioting spread through the capital after the verdict.", "PROTEST"),
    # 0874 retreat militarily: the particle verb around its object
    ("The government pulled its troops out of the disputed valley.", "RETREAT"),
    # ... and with the forces as its object
    ("The republic pulled its last soldiers from the mountain province.", "RETREAT"),
    # 143 conduct strike or boycott: a boycott by people who are not the state
    ("Shopkeepers in the old quarter boycotted the new municipal market for a month.", "PROTEST"),
    ("Farmers boycotted the grain auctions in the northern province.", "PROTEST"),
    # ... by the state it keeps its family's type (a refusal)
    ("The government boycotted the regional summit in the capital.", "REJECT"),
    # 150 demonstrate military or police power: patrols; 154 mobilize armed forces: weapons deployed
    ("Soldiers began patrolling the streets of the port town on Sunday.", "MOBILIZE"),
    ("The navy deployed a missile defence system near the northern harbour.", "MOBILIZE"),
    ("The ministry stationed new missiles along the eastern border.", "MOBILIZE"),
    # 081 ease administrative sanctions (0812 a ban, 0813 a curfew, 0814 a state of emergency): the
    # restriction ended is what is conceded, no coercion of its own
    ("The governor scrapped the curfew in the northern districts on Monday.", "CONCEDE"),
    ("The assembly repealed its ban on student unions.", "CONCEDE"),
    ("The city ended its nightly curfew after a week of calm.", "CONCEDE"),
    # ... while imposing one is coercion
    ("The army imposed a curfew on the port city.", "COERCE"),
    # 174 expel or deport individuals (coercion) against 166 expel diplomats (reduce relations)
    ("The interior ministry expelled two foreign journalists on Thursday.", "COERCE"),
    ("The authorities expelled a student activist from the country.", "COERCE"),
    ("The government expelled four diplomats from the embassy of its neighbour.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "want"), CAMEO_CASES)
def test_cameo_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, plover, want)


@pytest.mark.parametrize("text", [
    # patrols and weapons deployed are no ACLED event; taking bodies from a river is no retreat
    "Police patrolled the border villages through the night.",
    "The navy deployed a missile defence system near the northern harbour.",
    "Rescuers pulled the bodies from the river.",
    "The team ended the season with a win.",
])
def test_no_acled_type(nlp: Language, stage: EventStage, text: str) -> None:
    evs = run(nlp, stage, text)
    assert label(evs, acled) == "NONE", [(e.trigger.text, acled(e)) for e in evs]


@pytest.mark.parametrize("text", [
    # a drill or an exercise that is no military one names no cooperation
    "The school held a fire drill on Tuesday morning.",
    "The students finished a writing exercise before lunch.",
])
def test_not_cooperation(nlp: Language, stage: EventStage, text: str) -> None:
    evs = run(nlp, stage, text)
    assert label(evs, plover) == "NONE", [(e.trigger.text, plover(e)) for e in evs]


STRIKE_CASES = [
    # the labour sense: workers or a union strike, or the strike is theirs
    ("Teachers in the capital have been on strike since Monday over unpaid salaries.", "Peaceful protest"),
    ("The dockworkers began a wildcat strike at the port on Friday.", "Peaceful protest"),
    ("The nurses' strike entered its third week.", "Peaceful protest"),
    # ... or the sentence's topic is labour and names no weapon, armed actor or casualty (one sense
    # per collocation): a strike that is "theirs" through a pronoun bound to the workers
    ("The bus drivers extended their strike for another week, the union said.", "Peaceful protest"),
    ("Port employees halted the strike after the owners agreed to a pay rise.", "Peaceful protest"),
    # ... while a strike by aircraft or on a target stays an act of force
    ("A drone strike killed two militants near the border.", "Air/drone strike"),
    ("Workers were killed in a missile strike on the factory.", "Shelling/artillery/missile attack"),
    ("A strike by the army's jets killed three farm workers near the dam.", "Air/drone strike"),
    # a bare military "strike" names an attack from the air (its military sense: "an attack, especially
    # an air attack on a single objective"), not a shooting; so does the verb whose subject it is
    # (the instrument as subject)
    ("Two more strikes hit the town of Tulkarm on Tuesday.", "Air/drone strike"),
    ("Coalition strikes killed eleven people in the port city overnight.", "Air/drone strike"),
    ("A strike on the fuel depot set it ablaze before dawn.", "Air/drone strike"),
    # ... but gunmen or militants who strike act on the ground
    ("Gunmen struck a wedding party outside the town, killing four guests.", "Attack"),
    # ... and the verb is what a bullet does as well: no air strike
    ("The pistol went off and struck the boy, who died in hospital.", "Attack"),
    # the labour sense where the strike stops work at a plant (no disaster guard reads it)
    ("The union's strike at the car plant entered its second week.", "Peaceful protest"),
]


@pytest.mark.parametrize("text", [
    # "strike" with an agreement as its object is the support verb of the agreement noun (Mel'cuk's
    # Oper1 of "deal"): no act of force
    "The two parties struck a deal on the budget late on Tuesday.",
    "Exporters hope the ministers will strike a trade agreement next month.",
])
def test_strike_a_deal(nlp: Language, stage: EventStage, text: str) -> None:
    evs = run(nlp, stage, text)
    assert all(acled(e) is None and plover(e) not in ("ASSAULT", "FIGHT") for e in evs), [
        (e.trigger.text, acled(e), plover(e)) for e in evs]


@pytest.mark.parametrize(("text", "want"), STRIKE_CASES)
def test_strike_sense(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, acled, want)
