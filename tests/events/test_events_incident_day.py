"""The incident's day and place, pattern by pattern (own sentences, whole pipeline; published
2024-03-13, a Wednesday): weekdays against the publication date, days counted from the narrative's
day, explicit dates and months, background incidents keeping their own day and place, the time of
a clause that overlaps the act, the tense domain of a relative clause, and a mention with no place
of its own at the incident's place."""

from __future__ import annotations

import pytest

from unfog.model import Document, Event
from unfog.pipeline import Pipeline

PUBLISHED = "2024-03-13"

CASES = [
    # (text, trigger, the place name expected (a part of it), the date expected)
    # a weekday is the last such day on or before publication (news convention)
    ("Gunmen attacked a bus near Quetta on Sunday, killing seven passengers.", "attacked", "Quetta",
     "2024-03-10"),
    ("Rebels shelled the town of Beni on Wednesday.", "shelled", "Beni", "2024-03-13"),
    ("Militants stormed a checkpoint outside Kandahar late on Friday, killing two guards.", "stormed", "Kandah",
     "2024-03-08"),
    ("A roadside bomb exploded in Kirkuk on Sunday morning, wounding three soldiers.", "exploded", "Kirkuk",
     "2024-03-10"),
    ("Gunmen opened fire on a wedding party in Jos on Saturday night, killing six guests.", "opened fire", "Jos",
     "2024-03-09"),
    ("Police said the blast on Sunday morning in Kirkuk killed three soldiers.", "blast", "Kirkuk", "2024-03-10"),
    # a time noun heading the phrase ("the early hours of", "the night of") dates the act too
    ("In the early hours of Tuesday, drones hit a power station in Kharkiv.", "hit", "Kharkiv", "2024-03-12"),
    ("Gunmen stormed the village of Kuje on the night of 3 March.", "stormed", "Kuje", "2024-03-03"),
    # yesterday, last night, overnight: the day before publication
    ("Gunmen killed four farmers in Zaria yesterday.", "killed", "Zaria", "2024-03-12"),
    ("Drones struck an oil depot in Belgorod last night, officials said.", "struck", "Belgorod", "2024-03-12"),
    ("Drones struck an oil depot in Odesa overnight.", "struck", "Odesa", "2024-03-12"),
    # a time adjunct after coordinated verbs that share their subject dates each of them ("killed
    # three and wounded 12 on Saturday"); a conjunct with a subject of its own is a clause of its own
    ("A drone strike on a market in Kherson killed three people and wounded 12 on Saturday, officials said.",
     "killed", "Kherson", "2024-03-09"),
    ("Gunmen abducted a priest and torched his car near Enugu late on Friday.", "abducted", "Enugu", "2024-03-08"),
    ("Rebels attacked a convoy near Bunia on Monday and troops retook the road on Tuesday.", "attacked",
     "Bunia", "2024-03-11"),
    # explicit dates, and a month at month precision
    ("Rebels captured the town of Rutshuru on 3 March after heavy fighting.", "captured", "Rutshuru",
     "2024-03-03"),
    ("Protesters marched through Dhaka in February to demand higher wages.", "marched", "Dhaka", "2024-02"),
    # a day counted from the narrative's day: the last act told before with a day of its own
    ("Gunmen attacked a police post in Peshawar on Friday. On Monday, troops raided a hideout in Bannu. The day "
     "before, militants had ambushed a convoy near Bannu.", "ambushed", "Bannu", "2024-03-10"),
    ("Troops raided a hideout in Bannu on Monday. A day earlier, militants ambushed a convoy in the district.",
     "ambushed", "Bannu", "2024-03-10"),
    ("Troops raided a hideout in Bannu on Monday. The previous night, militants attacked a police post in the "
     "town.", "attacked", "Bannu", "2024-03-10"),
    ("Gunmen attacked a church in Kaduna on Sunday. On Tuesday, police arrested three suspects in the city.",
     "arrested", "Kaduna", "2024-03-12"),
    # a day counted back inside a reported clause counts from the reporting verb's day (the backshifted
    # 'yesterday' of indirect speech), not a sequence's ('the day before the vote'); was: the report's day
    ("Police said on Tuesday that gunmen had killed a farmer near Kaduna the day before.", "killed", "Kaduna",
     "2024-03-11"),
    ("The army said on Monday that militants had ambushed a patrol near Bannu a day earlier.", "ambushed",
     "Bannu", "2024-03-10"),
    ("Police said on Tuesday that a bomb had exploded at a bus stop in Kirkuk the previous evening.", "exploded",
     "Kirkuk", "2024-03-11"),
    ("Police said on Tuesday that gunmen had killed a farmer near Kaduna the day before the vote.", "killed",
     "Kaduna", "2024-03-12"),
    # a dated dateline is the report's day: weekdays, 'overnight' and counted days count from it
    ("MAIDUGURI, Nigeria, March 8 (Velden Wire) — Gunmen killed nine villagers near Bama on Wednesday, "
     "officials said.", "killed", "Bama", "2024-03-06"),
    ("MAIDUGURI, Nigeria, March 8 (Velden Wire) — Gunmen killed nine villagers near Bama overnight, "
     "officials said.", "killed", "Bama", "2024-03-07"),
    ("KANO, Nigeria, March 11 (Velden Wire) — Police said on Monday that gunmen had abducted a priest near "
     "Zaria the day before.", "abducted", "Zaria", "2024-03-10"),
    # a background incident keeps its own place and date
    ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing five people. A similar attack in "
     "Kismayo in January killed eight people.", "attack", "Kismayo", "2024-01"),
    ("A bomb exploded at a bus station in Kandahar on Monday. The attack came weeks after a similar bombing in "
     "Herat in February killed six people.", "bombing", "Her", "2024-02"),
    # a year or month premodifying the act noun is its own time (the month: the last on or before publication)
    ("A car bomb exploded in Kandahar on Sunday. The 2019 bombing of a mosque in Herat killed 40 people.",
     "killed", "Her", "2019"),
    ("A car bomb exploded in Kandahar on Sunday. The May attack on a convoy near Herat killed twenty soldiers.",
     "killed", "Her", "2023-05"),
    # a definite settlement noun is the town told last before it, for a background incident as well
    ("A car bomb exploded in Kandahar on Sunday. Last year's bombing of a mosque in the city killed twenty.",
     "killed", "Kandah", "2023"),
    ("A car bomb exploded in Kandahar on Sunday. The city was hit by a similar bombing in January.", "hit",
     "Kandah", "2024-01"),
    # a mention whose sentence names no place: the incident's place (the dateline town, the first report)
    ("BUNIA, Congo (AP) — Rebels attacked a displacement camp on Sunday, killing 14 people. The assailants "
     "also set fire to dozens of shelters, the army said.", "set fire", "Bunia", "2024-03-10"),
    ("Gunmen attacked a police post in Peshawar on Friday, killing three officers. Pakistan's army said troops "
     "later killed two of the attackers.", "killed", "Peshawar", "2024-03-08"),
    # after a headline, the dateline's town; an act with a time of its own on the incident's day takes it
    ("Gunfire at a bar leaves three wounded\nHALIFAX, N.S. (CP) — Police are looking for a man who opened fire "
     "at a crowded bar early on Sunday, wounding three people.", "opened fire", "Halifax", "2024-03-10"),
    # a wire's dateline may name the city it was filed from: the act's own town comes first
    ("CAIRO (AP) — Gunmen attacked a church in Minya on Sunday, killing seven people. The attackers also "
     "burned two cars.", "burned", "Minya", "2024-03-10"),
    # a general noun for the incident carries its day when no act has one of its own
    ("Police identified the victims of Sunday's incident in Kandahar. Gunmen shot dead two teachers at a "
     "school.", "shot dead", "Kandah", "2024-03-10"),
    # a final time adjunct the parse hung on a noun of the act's clause is the act's, before the time of
    # the verb reporting it (Quirk et al. 1985, 8.13)
    ("Soldiers carried out a raid on a farm near Kandahar late on Sunday, killing two men, officials said on "
     "Monday.", "raid", "Kandah", "2024-03-10"),
    # an act elsewhere told in the simple past, or in a sentence counting days from the story's day, is on
    # the story's time line (narrative reference time), at its own place
    ("Gunmen attacked a police post in Peshawar on Friday. Militants later fired rockets at an army camp near "
     "Bannu.", "fired", "Bannu", "2024-03-08"),
    ("Gunmen attacked a police post in Peshawar on Friday. A day earlier, a drone strike on a car in Mardan killed two "
     "men.", "killed", "Mardan", "2024-03-07"),
    # a lead at a province, the town told later: the incident's place (ACLED's most precise location)
    ("Gunmen attacked a village in Kaduna State on Sunday, killing nine people. The attackers stormed Kajuru "
     "at dawn, residents said.", "attacked", "Kajuru", "2024-03-10"),
    # a clause of simultaneity ("while ...") gives the act its time
    ("A soldier was shot dead while he was guarding a checkpoint near Hebron on Monday night, the army said.",
     "shot", "Hebron", "2024-03-11"),
    # events51: a headline or title line that tells no act: the lead is the first sentence telling one,
    # and its day is the incident's, not that of a later act with a day of its own
    ("The long war reaches the market towns\n\nFor the residents of Kaya, the raid that came on Sunday morning "
     "was the one they had feared. Gunmen surrounded the main market and opened fire on traders, killing 20 "
     "people. Even Djibo came under fire again last week, when militants shelled the town's airstrip on "
     "Thursday.", "opened fire", "Kaya", "2024-03-10"),
    # a governing reporting verb's time that the parse hung on a noun of its clause dates the reported act
    ("Militants shelled the airstrip in Djibo on Thursday. In a statement last month, the army said drone "
     "strikes had killed dozens of fighters near Djibo.", "killed", "Djibo", "2024-02"),
    # a place naming where a doer comes from or is based is no place of the act: the incident's town
    ("Gunmen killed four farmers in Maiduguri on Monday. Soldiers from Chad arrived on Tuesday and "
     "exchanged fire with the attackers.", "exchanged", "Maiduguri", "2024-03-12"),
    ("Gunmen killed four farmers in Maiduguri on Monday. A Niamey-based unit later exchanged fire with the "
     "attackers.", "exchanged", "Maiduguri", "2024-03-11"),
    # a count in weeks or months from the narrative's reference time, at the unit's precision; months
    # count from the last act told with a day or a month of its own
    ("Gunmen killed five people in Kano on Sunday. Two weeks earlier, bandits had raided a village near "
     "Zaria.", "raided", "Zaria", "2024-02-25"),
    ("Gunmen killed five people in Kano on Sunday. A month earlier, bandits raided a village near Zaria.",
     "raided", "Zaria", "2024-02"),
    ("Gunmen killed five people in Kano on Sunday. In October, bandits stormed a school in Kaduna. Two "
     "months later, they raided a village near Zaria.", "raided", "Zaria", "2023-12"),
    # a present participle on the undergoer with a phrase of position places the act (progressive: at
    # the act's time); one of direction does not ("waiting for a bus to X": tests/events/test_events_incident.py)
    ("Gunmen attacked a police post in Kano on Sunday, killing two officers. Hours later, bandits opened fire "
     "on worshippers praying at a mosque in Zaria.", "opened fire", "Zaria", "2024-03-10"),
    ("Gunmen raided a police post in Kano on Sunday. Later that day, militants attacked farmers working "
     "in their fields outside Gusau.", "attacked", "Gusau", "2024-03-10"),
]


def test_counted_day_without_incident_day(pipeline: Pipeline) -> None:
    """events51: where no incident's day is found (the lead's act is dated by a week), a day counted from
    the narrative's day counts from the last act told with a day of its own (Reichenbach's reference
    time); was: the publication date."""
    text = ("Gunmen wounded five people in the region over the past week, officials said. A bomb exploded at a "
            "market in Gao on Monday afternoon. Later that evening, soldiers clashed with militants near Gao.")
    ev = _event(pipeline.analyze(Document(id="t", text=text, published=PUBLISHED)).events, "clashed")
    assert ev.date == "2024-03-11", (ev.date, ev.time)


def _event(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if any(trigger in m.text for m in (e.trigger, *e.mentions)))


@pytest.mark.parametrize(("text", "trigger", "place", "day"), CASES)
def test_incident_day_and_place(pipeline: Pipeline, text: str, trigger: str, place: str, day: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    names = {p.id: p.name for p in rec.places}
    ev = _event(rec.events, trigger)
    got = names.get(ev.place) if ev.place else None
    assert got is not None and place in got, (got, ev.place_reason)
    assert ev.date == day, (ev.date, ev.time)


RELATIVE = [
    # (text, trigger): an act told in a relative clause is not dated by the verb governing its noun
    ("The man who stabbed two guards in Leeds was sentenced on Tuesday.", "stabbed"),
    ("A pastor whose church in Lagos was attacked by gunmen said on Monday that he would rebuild it.",
     "attacked"),
]


def test_relative_clause_on_a_time(pipeline: Pipeline) -> None:
    """A relative clause that describes a time is dated by it."""
    text = ("Drones struck a fuel depot in Kursk on Monday. Between 2014 and 2022, when separatists fought the "
            "army in the Donbas, a similar regime existed in Donetsk.")
    ev = _event(pipeline.analyze(Document(id="t", text=text, published=PUBLISHED)).events, "fought")
    assert ev.date == "2014", (ev.date, ev.time)


def test_background_takes_no_incident_place(pipeline: Pipeline) -> None:
    """An act told as background (past perfect in a main clause) is not the incident: no place of it."""
    text = "Gunmen attacked a checkpoint in Kano on Sunday. Militants had fought the army for years."
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    ev = _event(rec.events, "fought")
    assert ev.place is None and ev.date is None, (ev.place, ev.date)


@pytest.mark.parametrize(("text", "trigger"), RELATIVE)
def test_relative_clause_is_own_tense_domain(pipeline: Pipeline, text: str, trigger: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    ev = _event(rec.events, trigger)
    assert ev.time is None and ev.date == PUBLISHED, (ev.date, ev.time)


OCCURRENCE = [
    # (text, trigger, the place expected (a part of it) or None for no place, the date expected): a
    # clause of occurrence with an anaphoric subject gives its time and place to the act told before
    ("Gunmen shot dead a shopkeeper in a market. It happened in Kano on Monday evening, police said.",
     "shot dead", "Kano", "2024-03-11"),
    ("Two men were stabbed outside a nightclub. Police said the incident occurred in Leeds late on Saturday.",
     "stabbed", "Leeds", "2024-03-09"),
    ("A rocket struck a school, wounding two pupils. This happened on Monday, the ministry said.", "struck", None,
     "2024-03-11"),
    # a day within the act's own longer time narrows it
    ("Rebels raided a cattle market in Kisumu over the weekend. It happened on Sunday afternoon, the "
     "army said.", "raided", "Kisumu", "2024-03-10"),
    # a mark of another occurrence: a new act, nothing given
    ("Gunmen shot dead a shopkeeper in a market on Sunday. It happened again on Tuesday.", "shot dead", None,
     "2024-03-10"),
    # an act with a time of its own keeps it
    ("Gunmen attacked a checkpoint in Kano on Sunday. It happened as soldiers changed shifts on Monday.",
     "attacked", "Kano", "2024-03-10"),
    # the clause of occurrence tells when the act happened: its time comes before the time of the
    # report that governs the act ("..., officials said on Wednesday")
    ("Gunmen killed six guards at a prison in Kano, officials said on Wednesday. It happened late on "
     "Monday, a prison official said.", "killed", "Kano", "2024-03-11"),
    ("Militants shot dead four soldiers at a checkpoint near Diffa, the army said on Wednesday. The attack "
     "took place on Sunday night.", "shot dead", "Diffa", "2024-03-10"),
    # the passive of a verb of performing with the act for subject ("the raid was carried out on ...")
    # states its occurrence as well
    ("Soldiers killed nine bandits in a raid near Gusau, the army said on Wednesday. The raid was carried "
     "out on Monday night.", "killed", "Gusau", "2024-03-11"),
    ("A drone struck a fuel depot in Kursk, the governor said. It was carried out early on Sunday.", "struck",
     "Kursk", "2024-03-10"),
    # a definite description of the act as the subject ("the raid took place ...") is an anaphor too
    # (a shell noun of its kind): its clause's time and place are the act's
    ("Gunmen stormed a school and abducted dozens of pupils. The raid took place in Funtua on Thursday.",
     "stormed", "Funtua", "2024-03-07"),
    ("A car bomb exploded outside a hotel, killing six people. The blast occurred in Beledweyne on "
     "Saturday morning.", "exploded", "Beledweyne", "2024-03-09"),
    ("Militants ambushed an army patrol, killing four soldiers. The ambush happened near Diffa late on "
     "Friday, the army said.", "ambushed", "Diffa", "2024-03-08"),
]


@pytest.mark.parametrize(("text", "trigger", "place", "day"), OCCURRENCE)
def test_occurrence_clause(pipeline: Pipeline, text: str, trigger: str, place: str | None, day: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    names = {p.id: p.name for p in rec.places}
    ev = _event(rec.events, trigger)
    got = names.get(ev.place) if ev.place else None
    assert (got is None) if place is None else (got is not None and place in got), (got, ev.place_reason)
    assert ev.date == day, (ev.date, ev.time)


SEQUENCES = [
    # (text, trigger, the date expected, its precision): a measured sequence ("two days after ...")
    # places the act that far from the act it hangs on, not on its day
    ("Gunmen attacked a market in Kano on Monday, two days after militants ambushed a convoy in Mopti.",
     "ambushed", "2024-03-09", "day"),
    ("The bombing in Kano on Monday came two days after a suicide attack on a mosque in Maiduguri.",
     "suicide attack", "2024-03-09", "day"),
    ("Troops raided a camp near Mopti on Friday, three days before militants attacked a checkpoint in Kano.",
     "attacked", "2024-03-11", "day"),
    # without a measure, "after" links the acts of one incident: the same day
    ("Three people were killed in Kano on Monday after gunmen stormed a market.", "stormed", "2024-03-11", "day"),
]


SEQUENCE_CLAUSES = [
    # (text, trigger): "two days after <a clause or phrase>" measures from the act it names, not from
    # the narrative's day ("two days later"): the act is not dated two days after the incident
    ("Gunmen stormed a bank in Kano on Monday. The raid came two days after militants ambushed a convoy "
     "near Zaria.", "ambushed"),
    ("A bomb exploded at a bus stop in Kano on Monday. The blast took place three days after gunmen "
     "attacked a police post in Zaria.", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), SEQUENCE_CLAUSES)
def test_sequence_clause_is_no_narrative_count(pipeline: Pipeline, text: str, trigger: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    ev = _event(rec.events, trigger)
    assert ev.date is None or ev.date < "2024-03-11", (ev.date, ev.time)


@pytest.mark.parametrize(("text", "trigger", "day", "precision"), SEQUENCES)
def test_measured_sequence(pipeline: Pipeline, text: str, trigger: str, day: str, precision: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    ev = _event(rec.events, trigger)
    assert (ev.date, ev.date_precision) == (day, precision), (ev.date, ev.time)



DESCRIBED = [
    # (text, the act's trigger, the act noun of the clause of occurrence, what that noun is: "mention"
    # (one of the act's mentions), "account" (another source's account, an event referring to the
    # act) or "own" (an event of its own, referring to nothing))
    ("Gunmen stormed a school and abducted dozens of pupils. The raid took place in Funtua on Thursday.",
     "stormed", "raid", "mention"),
    ("A mortar shell hit a camp for displaced people. The shelling happened near Tawila on Sunday.",
     "hit", "shelling", "mention"),
    ("Militants ambushed an army patrol, killing four soldiers. The ambush happened near Diffa late on "
     "Friday, the army said.", "ambushed", "ambush", "account"),
    ("Troops killed six militants in a raid near Bannu. The raid was carried out on Monday night.", "killed",
     "raid", "mention"),
    ("Troops killed six militants near Bannu, the army said. The raid was carried out on Monday night.",
     "killed", "raid", "account"),
    # another kind of act is no description of it; a mark of another occurrence tells a new one
    ("Soldiers arrested a village chief on Monday. The shelling took place in Goma on Tuesday.",
     "arrested", "shelling", "own"),
    ("Gunmen attacked a bus near Kano on Sunday. Another attack took place in Zaria on Tuesday.",
     "attacked", "attack", "own"),
]


@pytest.mark.parametrize(("text", "act", "noun", "what"), DESCRIBED)
def test_occurrence_subject_is_a_mention(pipeline: Pipeline, text: str, act: str, noun: str, what: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=PUBLISHED))
    ev = _event(rec.events, act)
    got = [(e.trigger.text, [m.text for m in e.mentions], e.refers_to) for e in rec.events]
    assert (noun in [m.text for m in ev.mentions]) is (what == "mention"), got
    own = [e for e in rec.events if e.trigger.text == noun]
    assert bool(own) is (what != "mention"), got
    assert all((e.refers_to == ev.id) is (what == "account") for e in own), got
