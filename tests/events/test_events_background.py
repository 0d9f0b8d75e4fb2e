"""The day of background and long-running acts (own sentences, whole pipeline; published 2024-03-13,
a Wednesday): an act told as background keeps its own date or has none, never the publication date
or the incident's day; a campaign measured in weeks or months is dated at that precision."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

BACKGROUND = [
    # (text, trigger, date expected, its precision)
    # past perfect in a main clause: anterior to the narrative, no date of its own
    ("Troops shelled the town of Kidal on Tuesday. Rebels had seized the town after a long siege.",
     "seized", None, None),
    ("Soldiers patrolled the streets of Gao on Monday. Militants had ambushed a convoy on the road to Ansongo.",
     "ambushed", None, None),
    # past perfect in a complement clause is a backshifted past: the news, on the publication day
    ("Police said militants had attacked the village of Garkida.", "attacked", "2024-03-13", "day"),
    ("Police said militants had attacked the village of Garkida on Sunday.", "attacked", "2024-03-10", "day"),
    ("The rebel group reported that it had captured the village of Kuki.", "captured", "2024-03-13", "day"),
    ("The governor wrote in a message that saboteurs had attacked the town of Sumy.", "attacked", "2024-03-13",
     "day"),
    # a day counted from the incident still dates a past perfect
    ("A bomb killed six people at a market in Peshawar on Friday. The day before, gunmen had attacked a "
     "police post in the city.", "attacked", "2024-03-07", "day"),
    # a relative clause dates the act noun it describes
    ("Police dispersed a rally in Harare on Monday. The city was the centre of street protests that "
     "toppled the government ten years ago.", "protests", "2014", "year"),
    ("The offensive, which began in February, has displaced thousands of people in Darfur.",
     "offensive", "2024-02", "month"),
    # a clause of 'since' gives the act's start
    ("Since the war began in 2015, rebels have shelled the city of Taiz.", "shelled", "2015", "year"),
    # a clause of 'when' gives the act's time
    ("When the ceasefire collapsed in 2019, rebels shelled the town of Kidal.", "shelled", "2019", "year"),
    # a sentence anchored to an earlier time: no publication date
    ("Since the annexation of the peninsula in 2014, troops have shelled villages near Jankoi.",
     "shelled", None, None),
    # an earlier time in a clause describing a participant does not anchor the sentence
    ("The militia, which was formed last year, attacked the village of Kuki on Monday night.",
     "attacked", "2024-03-11", "day"),
    ("The militia, which was formed in 2019, attacked the village of Kuki.", "attacked", "2024-03-13", "day"),
    # nor does one of a coordinated clause: it dates that clause's verb
    ("Rebels shelled the town of Kidal and, since 2019, have blocked the road to Gao.", "shelled",
     "2024-03-13", "day"),
    # nor does one in a verb's complement: it dates the complement's content
    ("Police arrested a journalist in Harare after she reported that soldiers killed protesters in 2019.",
     "arrested", "2024-03-13", "day"),
    # an act with a time of its own keeps it
    ("A car bomb exploded in Mogadishu on Sunday. A similar bombing in March 2023 killed ten people.",
     "bombing", "2023-03", "month"),
    # a month with no year: the last such month for a past act, the year phrase after it when said
    ("The militia attacked the village of Tessit in April.", "attacked", "2023-04", "month"),
    ("Rebels shelled the town of Kidal in March last year.", "shelled", "2023-03", "month"),
]

CAMPAIGNS = [
    # a unit of time measuring the act: the span's precision, not a day
    ("Residents of Kharkiv fled after weeks of shelling.", "shelling", "2024-03", "month"),
    ("A weeks-long bombing campaign forced the rebels out of Marawi.", "bombing", "2024-03", "month"),
    ("Months of fighting have left Khartoum in ruins.", "fighting", "2024", "year"),
    ("Days of clashes between herders and farmers left the town of Bokkos deserted.", "clashes", "2024-03-11",
     "week"),
    # a campaign with its start stated keeps it
    ("The army has shelled the district of Idlib since January.", "shelled", "2024-01", "month"),
    # a single act stays on its day
    ("Residents of Kharkiv fled after a night of shelling.", "shelling", "2024-03-13", "day"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "precision"), BACKGROUND + CAMPAIGNS)
def test_background_day(pipeline: Pipeline, text: str, trigger: str, day: str | None, precision: str | None) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    ev = next(e for e in rec.events if trigger in (e.trigger.text, *(m.text for m in e.mentions)))
    assert (ev.date, ev.date_precision) == (day, precision)


NO_COMMITMENT = [
    # (text, a word that must trigger no statement of commitment)
    # a relative clause of a thing says what it would do; no actor commits to it
    ("The militia says envoys want an accord that would allow its fighters to keep their posts.", "allow"),
    ("Mediators proposed a plan that will give the farmers access to the wells.", "give"),
]

COMMITMENT = [
    # an actor's own statement stays one
    ("The rebels said they would allow the convoy to pass.", "said"),
    # a relative clause whose subject is an actor, not a thing
    ("The rebels control Kidal, where they will allow aid convoys to pass.", "will allow"),
    ("Norway will give the agency a grant of ten million dollars.", "will give"),
]


@pytest.mark.parametrize(("text", "word"), NO_COMMITMENT)
def test_no_commitment(pipeline: Pipeline, text: str, word: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    assert not [e for e in rec.events if word in e.trigger.text.split() and e.plover is not None
                and e.plover.event_type in ("AGREE", "THREATEN")]


@pytest.mark.parametrize(("text", "word"), COMMITMENT)
def test_commitment(pipeline: Pipeline, text: str, word: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    assert [e for e in rec.events if e.trigger.text == word and e.plover is not None
            and e.plover.event_type == "AGREE"]
