"""CAMEO verb classes added for issue 14 (own sentences -> the document's PLOVER label as the scorer
counts it, and the ACLED label where the act ended keeps its own event). Each class was measured on
the training ledes (scripts/plover_recall.py) and on both halves of the development sets.

082 ease political dissent and 087 de-escalate military engagement: ending one's own protest or
armed campaign is a concession (CONCEDE); 081 ease administrative sanctions: a restriction
suspended; 0871 declare truce, ceasefire (CONCEDE); 1721 restrictions on political freedoms
(communication cut off or blocked), 1722 parties banned, 176 cyber attacks and 1711 property
seized, looted (COERCE); 1712 property destroyed (ASSAULT); 161/166 envoys, observers or aid
withdrawn and 164 talks quit (SANCTION); 051 tributes and relations resumed (SUPPORT); 02 appeals for help or talks
(DEMAND); 07 aid approved or disbursed (AID); 061 economic cooperation (COOPERATE)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label, plover

CLASS_CASES = [
    # 082 ease political dissent: the protest, strike or boycott called off or suspended
    ("The dockers' union called off its stoppage at the container terminal.", "CONCEDE"),
    ("The jailed students suspended their hunger strike on Friday.", "CONCEDE"),
    ("Opposition parties cancelled the rally planned for Sunday in the main square.", "CONCEDE"),
    # 087 de-escalate military engagement: one's own offensive or attacks halted
    ("The rebels suspended their offensive on the provincial capital.", "CONCEDE"),
    ("The insurgents halted attacks on the northern highway for the holiday.", "CONCEDE"),
    # ... also named by a noun of stopping, or an assault or a raid halted
    ("The Kaga rebels ordered a suspension of raids against army posts.", "CONCEDE"),
    ("The militia suspended its assault on the port of Velden.", "CONCEDE"),
    # 081 ease administrative sanctions: a curfew or a ban suspended
    ("The interior ministry suspended the night curfew in the coastal towns.", "CONCEDE"),
    # 0871 declare truce, ceasefire
    ("The militia declared a three-day ceasefire for the harvest festival.", "CONCEDE"),
    ("The separatists announced a unilateral truce in the eastern hills.", "CONCEDE"),
    # ... while a truce signed by both sides is an agreement (its signing SUPPORT), one called for a demand
    ("The two armies agreed to a ceasefire along the river.", "AGREE"),
    ("The bishops called for a ceasefire across the eastern hills.", "DEMAND"),
    # 1721 impose restrictions on political freedoms: communication cut off or blocked (COERCE)
    ("The authorities cut off mobile internet in the three northern provinces.", "COERCE"),
    ("The regulator blocked two opposition news websites two days before polling.", "COERCE"),
    # 1722 ban political parties: a party banned or dissolved (COERCE; ACLED change to group/activity)
    ("The constitutional court dissolved the main opposition party on Tuesday.", "COERCE"),
    ("The military government banned the farmers' movement.", "COERCE"),
    # ... while cutting ties or aid reduces relations
    ("The island state cut diplomatic ties with its northern neighbour.", "SANCTION"),
    # 161 reduce diplomatic relations, 166 withdraw (envoys, monitors, aid): a sanction, no retreat
    ("The republic withdrew its ambassador from the neighbouring capital.", "SANCTION"),
    ("The regional bloc withdrew its election observers from the country.", "SANCTION"),
    # 164 halt negotiations: walking out of talks
    ("The opposition delegation withdrew from the constitutional talks.", "SANCTION"),
    # ... while forces leaving ground retreat
    ("The rebels withdrew their fighters from the hill town.", "RETREAT"),
    # a court finding someone guilty convicts (PLOVER SANCTION, mode convict)
    ("A jury found the former mayor guilty of taking bribes.", "SANCTION"),
    # 051 praise: tribute paid, gratitude expressed; relations restored, resumed or upgraded
    ("The prime minister paid tribute to the rescue teams from the neighbouring states.", "SUPPORT"),
    ("The two monarchies resumed diplomatic relations, broken off ten years ago.", "SUPPORT"),
    # an agreement ratified (PLOVER SUPPORT: "ratify, sign or finalize an agreement"), also one named
    ("The senate ratified the Coastal Fisheries Accord on Thursday.", "SUPPORT"),
    # 061 cooperate economically
    ("The two state oil firms set up a joint venture to run the refinery.", "COOPERATE"),
    ("The two republics expanded trade across their shared border last year.", "COOPERATE"),
    # 176 attack cybernetically (COERCE): the attack's means or its agent is a computer one
    ("A ransomware attack shut down the port authority's booking system in Velden.", "COERCE"),
    ("Kaga's tax office was struck overnight by hackers.", "COERCE"),
    ("Hackers targeted the servers of the Kaga electoral board last week.", "COERCE"),
    # ... while an attack with guns or bombs stays an assault
    ("Gunmen attacked the tax office of Kaga on Monday.", "ASSAULT"),
    # 1712 destroy property (ASSAULT, mode destroy); 1711 property taken, looting (COERCE); a riot's
    # arson stays the protest
    ("Militiamen torched forty houses in the village of Kaga on Sunday.", "ASSAULT"),
    ("The army demolished the homes of three families in Velden.", "ASSAULT"),
    ("Armed men looted the shops of the market in Kaga.", "COERCE"),
    ("Rioters set fire to the town hall of Velden during the protest over fuel prices.", "PROTEST"),
    # an act one says one is considering is an intent stated, as a plan is: a hostile one a threat
    # (CAMEO 13), a cooperative one a promise (CAMEO 03)
    ("The junta is considering banning the opposition newspaper.", "THREATEN"),
    # 02 appeal: help, loans or talks sought from others (PLOVER DEMAND)
    ("The finance minister sought emergency loans from the regional bank.", "DEMAND"),
    # 07 provide aid: aid approved or disbursed is given
    ("The bank disbursed forty million dollars in flood relief to the province.", "AID"),
    # ... while suspending aid or ties reduces relations (CAMEO 16), and a strike held is a protest
    ("The donor suspended its budget support to the ministry of health.", "SANCTION"),
    ("The dockers' union began a strike at the container terminal.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "want"), CLASS_CASES)
def test_class_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, plover, want)


ACLED_KEPT = [
    # the protest that took place keeps its ACLED event (ACLED codes it; the concession has no ACLED type)
    # a truce declared stays an ACLED agreement
    ("The militia declared a three-day ceasefire for the harvest festival.", "Agreement"),
    ("The nurses ended their two-week strike at the city hospital on Monday.", "Peaceful protest"),
]


@pytest.mark.parametrize(("text", "want"), ACLED_KEPT)
def test_acled_kept(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, acled, want)
