"""Act words that tell no incident of their own (own sentences; events/nonincident.py): a classifying
modifier in a compound ("riot police"), an aggregate over time ("weeks of protests"), the object of a
verb of ceasing ("suspended the strikes") or of a noun of an interval ("a lull in the clashes"), an
attributive participle ("the besieged town") and a simple perfect over a span ("have fought for
years") have no type; a compound whose head names an occurrence ("a bombing incident") or an act ("a protest
march": one act), an aggregate an agent performs ("mounted a string of raids"), a weapon word,
and a single act stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import run

UNTYPED = [
    # (sentence, act word that has no type)
    ("Riot police guarded the ministry in Port Velden on Monday.", "Riot"),
    ("The activists were taken to a detention centre outside Kaga.", "detention"),
    ("Leaders of the protest movement met the mayor of Kaga on Tuesday.", "protest"),
    ("The union met the strike committee in Port Velden on Friday.", "strike"),
    ("The town of Kaga was calm after weeks of protests over fuel prices.", "protests"),
    ("Port Velden has been tense since a spate of raids hit its markets.", "raids"),
    ("Traders in Kaga reopened their shops after months of fighting.", "fighting"),
    ("The council of Kaga kept its ban on demonstrations in the old town.", "demonstrations"),
    # a noun of an interval without the act governs it: no act is told
    ("Traders in Kaga reopened their stalls during a lull in the clashes.", "clashes"),
    ("Residents of Port Velden buried their dead during a pause in the shelling.", "shelling"),
    # an aggregate performed over a span of weeks or more is still a summary
    ("The militia carried out a wave of raids on farms near Kaga over the past months.", "raids"),
    # an attributive past participle names a state of its noun's referent
    ("Aid trucks reached the besieged town of Kaga on Monday.", "besieged"),
    ("The families of jailed activists marched to the court in Port Velden on Friday.", "jailed"),
    # a simple perfect over a span sums the acts in it
    ("The militia has raided farms near Kaga since March.", "raided"),
    ("The two clans have fought over the wells of Port Velden for years.", "fought"),
]

STOPPED = [
    # (text, the act a verb or noun of ceasing takes, the incident told it is a mention of, or None:
    # told by reference only, it is the incident and keeps its type)
    ("Farmers protested in Kaga on Monday. On Friday their leaders agreed to end the protests.",
     "protests", "protested"),
    ("Dockers marched through Port Velden on Monday. The union announced a suspension of rallies.",
     "rallies", "marched through"),
    ("The dockers' union ended its strike in Port Velden on Monday.", "strike", None),
]


@pytest.mark.parametrize(("text", "act", "incident"), STOPPED)
def test_stopped_act_is_told_by_reference(nlp: Language, stage: EventStage, text: str, act: str,
                                          incident: str | None) -> None:
    evs = run(nlp, stage, text)
    own = [e for e in evs if e.trigger.text == act and e.acled is not None]
    if incident is None:
        assert len(own) == 1
        return
    host = next(e for e in evs if e.trigger.text == incident)
    assert not own and act in [m.text for m in host.mentions], [(e.trigger.text, e.mentions) for e in evs]


TYPED = [
    # (sentence, act word that keeps its ACLED type)
    ("A bombing incident in Kaga on Monday killed three guards.", "bombing"),
    ("Gunmen attacked a bus near Kaga on Sunday.", "attacked"),
    ("Hundreds joined a protest march in Port Velden on Friday.", "march"),
    ("Police fired on protesters in Kaga on Saturday, killing two.", "fired on"),
    # an aggregate an agent performs (the object of a light verb) tells its acts
    ("Kaga's air force mounted a string of drone strikes on the depot near Port Velden on Monday.", "drone strikes"),
    # a perfect with a "for" phrase that is no span, or a progressive perfect (one act going on)
    ("Dockers in Port Velden have gone on strike for the second time in ten years.", "gone on strike"),
    ("Nurses in Kaga have been striking since Monday over unpaid wages.", "striking"),
]


def _typed(nlp: Language, stage: EventStage, text: str) -> list[str]:
    """The act words (triggers and mentions) of the events with an ACLED type."""
    return [m.text for e in run(nlp, stage, text) if e.acled is not None for m in (e.trigger, *e.mentions)]


@pytest.mark.parametrize(("text", "word"), UNTYPED)
def test_no_incident_of_its_own(nlp: Language, stage: EventStage, text: str, word: str) -> None:
    assert word not in _typed(nlp, stage, text)


@pytest.mark.parametrize(("text", "word"), TYPED)
def test_incident(nlp: Language, stage: EventStage, text: str, word: str) -> None:
    assert word in _typed(nlp, stage, text)


def test_modifier_is_one_act_with_its_head(nlp: Language, stage: EventStage) -> None:
    """"a protest march": one event, the march, with the modifier among its mentions."""
    evs = [e for e in run(nlp, stage, "Hundreds joined a protest march in Port Velden on Friday.") if e.acled]
    assert len(evs) == 1


NEGATED = [
    # (sentence, act word): a negated act in a source's words keeps its type when it denies an
    # occurrence; a refusal or a commitment (modal, future or infinitive) tells none
    ("The militia will not attack the convoy, its commander said.", "attack", False),
    ("The guards refused to arrest the marchers, a witness said.", "arrest", False),
    ("The army denied that its troops had shelled Kaga, a spokesman said.", "shelled", True),
    ("No shots were fired at the rally in Port Velden, police said.", "fired", True),
]


@pytest.mark.parametrize(("text", "word", "typed"), NEGATED)
def test_negated_in_a_source_words(nlp: Language, stage: EventStage, text: str, word: str, typed: bool) -> None:
    evs = [e for e in run(nlp, stage, text) if e.trigger.text.startswith(word)]
    assert evs, text
    assert (evs[0].acled is not None) is typed, (evs[0].modality, evs[0].acled)


TOLLS = [
    # one event: the toll in coordinated clauses of harm (events/tolls.py)
    "A clerk was killed and a porter was injured while the crowd rushed the depot at Kaga.",
    "Three guards were killed and a driver was injured while the mob rushed the depot at Kaga.",
]


@pytest.mark.parametrize("text", TOLLS)
def test_toll_is_one_event(nlp: Language, stage: EventStage, text: str) -> None:
    evs = [e for e in run(nlp, stage, text) if e.acled is not None]
    assert len(evs) == 1, [(e.trigger.text, [m.text for m in e.mentions]) for e in evs]
