"""Codebook knowledge added for texts the rules were not tuned on (own sentences -> the document's
label as the scorer counts it, or a trigger's modality): PLOVER/CAMEO verbs of the verbal types,
making a found device safe (ACLED disrupted weapons use), attacks stopped before they happened,
truces broken, promises stated as nouns, and acts named only as a purpose or a proposal."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label, plover, run

PLOVER_CASES = [
    # verbs of the CAMEO/PLOVER verbal classes
    ("The opposition leader lambasted the cabinet over the fuel subsidy cuts.", "DISAPPROVE"),
    ("The foreign minister complained that the envoy had been ignored.", "DISAPPROVE"),
    ("The villagers pleaded with the governor for more water tankers.", "DEMAND"),
    ("The families petitioned the tribunal to reopen the case.", "DEMAND"),
    ("The president lauded the mediators for their patience.", "SUPPORT"),
    ("The president saluted the courage of the rescue workers.", "SUPPORT"),
    ("The delegation snubbed the invitation from the host country.", "REJECT"),
    ("Washington withheld the second tranche of military aid from the junta.", "SANCTION"),
    ("The government waived the visa requirement for pilgrims.", "CONCEDE"),
    ("The junta consented to international monitoring of the vote.", "AGREE"),
    ("The two factions reached a compromise on the power-sharing formula.", "AGREE"),
    ("The two coast guards agreed to share intelligence on smugglers.", "AGREE"),
    ("Police from both countries shared intelligence on the trafficking ring.", "COOPERATE"),
    ("The regime bowed to pressure and freed the jailed poet.", "CONCEDE"),
    ("The bloc imposed an asset freeze on six generals.", "SANCTION"),
    ("The authorities banned all public gatherings in the province.", "COERCE"),
    # a promise told as a noun the statement verb takes
    ("Japan expressed its willingness to mediate between the two sides.", "AGREE"),
    ("The militia reiterated its commitment to disarm by June.", "AGREE"),
    # breaking a truce is force; a rejected or broken agreement is no agreement made
    ("Militiamen breached the truce by shelling the northern suburbs.", "FIGHT"),
    ("The council repudiated the accord signed by the former junta.", "REJECT"),
]


@pytest.mark.parametrize(("text", "want"), PLOVER_CASES)
def test_plover_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, plover, want)


ACLED_CASES = [
    # making a found device safe: the blasts of the sentence are the disposal
    ("Army engineers detonated the bomb in a controlled explosion.", "Disrupted weapons use"),
    ("Bomb experts defused the explosives hidden in a gas cylinder.", "Disrupted weapons use"),
    ("Two roadside bombs were found and safely detonated by the army.", "Disrupted weapons use"),
    ("Sappers deactivated a landmine on the main road.", "Disrupted weapons use"),
    ("Police found unexploded ordnance behind the school.", "Disrupted weapons use"),
    # an attack stopped or repelled before it struck
    ("Security forces foiled a suicide bombing in the capital.", "Disrupted weapons use"),
    ("Air defence units repelled a drone attack on the port overnight.", "Disrupted weapons use"),
    # ... but a bomb that went off stays an explosion
    ("A roadside bomb exploded near the market, killing two people.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "want"), ACLED_CASES)
def test_acled_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, acled, want)


MODALITY_CASES = [
    # the purpose of an attack or an operation is not done ("an attack to capture")
    ("The militants' assault to capture the town was repelled.", "capture", "future"),
    ("An operation to retake the valley is under way.", "retake", "future"),
    ("The army launched an offensive to recapture the border town.", "recapture", "future"),
    # plots and appeals name acts not done
    ("The plot to bomb the embassy was uncovered last week.", "bomb", "future"),
    ("The senators appealed to the junta to release the hostages.", "release", "future"),
    # what a proposal or a call is for is not done
    ("The envoy presented a proposal for a truce.", "truce", "future"),
    # a noun made by a verb of imposing or declaring takes that verb's modality
    ("The governor threatened to institute a curfew in the city.", "curfew", "future"),
    ("The governor instituted a curfew in the city.", "curfew", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "want"), MODALITY_CASES)
def test_modality(nlp: Language, stage: EventStage, text: str, trigger: str, want: str) -> None:
    evs = run(nlp, stage, text)
    hits = [e for e in evs if e.trigger.text.startswith(trigger)]
    assert hits, [(e.trigger.text, e.modality) for e in evs]
    assert hits[0].modality == want, [(e.trigger.text, e.modality) for e in evs]
