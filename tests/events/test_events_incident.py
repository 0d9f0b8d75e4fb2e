"""The incident's place and day carried to its mentions (own sentences, whole pipeline): an act whose
sentence names no place, or only the country, takes the place of the article's incident (the first
act the article places at a town, else the town of its lead); an act with its own place, or with a
date of its own (a background incident), keeps its own."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

CASES = [
    # (text, trigger, the place name expected, or None for no place)
    # an act with no place at all takes the incident's
    ("A bomb exploded at a market in Maiduguri on Friday, killing four people. Soldiers later clashed "
     "with the militants in the forest nearby.", "clashed", "Maiduguri"),
    ("Gunmen raided a farm outside Bunia on Monday. The attackers burned the granaries.", "burned", "Bunia"),
    ("Gunmen stormed a school in Kaduna on Monday. Police arrested two suspects, officials in Nigeria said.",
     "arrested",
     "Kaduna"),
    # a background incident with its own place keeps it
    ("A car bomb exploded near a hotel in Mogadishu on Sunday. A similar bombing in Baidoa in March "
     "killed ten people.", "bombing", "Baidoa"),
    # a background incident with a date of its own is not the incident
    ("Rebels shelled the outskirts of Goma on Tuesday. In 2012, rebels captured the territory after "
     "days of fighting.", "captured", None),
    # a wire's dateline is where the report was filed: a place the act's own sentence names comes
    # first, whatever its precision; the dateline places an act only where its sentence names none
    ("ABUJA, Nigeria (Reuters) - Gunmen killed 20 villagers in Zamfara state's Maru district on Sunday, "
     "police said.", "killed", "Zamfara"),
    ("KABUL (AP) - A bomb exploded at a market in Jalalabad on Monday, police said.", "bomb", "Jal"),
    ("KABUL (AP) - The bombing of a mosque in Jalalabad on Friday killed nine worshippers, police said.",
     "bombing", "Jal"),
    ("NAIROBI, Kenya (AP) - Suspected militants ambushed a police convoy on Tuesday, officials said.",
     "ambushed", "Nairobi"),
    # an incident the lead places in a region the dateline's town lies outside is in that region: an
    # act told after it with no place of its own takes the region, not the town the report was filed from
    ("ABUJA, Nigeria (Reuters) - Gunmen killed 20 villagers in Zamfara state on Sunday, police said. The "
     "attackers also burned dozens of houses.", "burned", "Zamfara"),
    ("ISLAMABAD (Reuters) - A roadside bomb killed four soldiers in Balochistan province on Monday, the "
     "army said. Troops later clashed with the militants.", "clashed", "Balochistan"),
    # an act told with a time of its own long before publication is background, not the incident,
    # though it names a town ("Last year, a similar attack in X ...")
    ("Gunmen killed 15 villagers in Kebbi state on Sunday, police said. Soldiers later arrested three "
     "suspects. Last year, a similar attack in Argungu killed 40 people.", "arrested", "Kebbi"),
    # the country after the dateline's town is the dateline's too; a town named inside a clause that
    # describes a participant ("traders waiting for a bus to X") places neither the act nor "the town"
    ("BABATI, Tanzania - Gunmen robbed a market in the centre of the town on Friday. Witnesses said the "
     "gunmen shot at traders who were waiting for a bus to Dodoma. Police later arrested two suspects.",
     "arrested", "Babati"),
    ("BABATI, Tanzania - Gunmen robbed a market in the centre of the town on Friday. Witnesses said the "
     "gunmen shot at traders who were waiting for a bus to Dodoma.", "shot", "Babati"),
    # an act dated on another day than the lead's is another occurrence, not the incident
    ("BAIDOA, Somalia - A bomb exploded outside a hotel overnight, killing three people. Last week, "
     "militants ambushed a convoy near Mogadishu.", "exploded", "Baidoa"),
    # ... but the day of the report ("police said on Tuesday") is no day of the lead's act
    ("Gunmen killed five farmers, police in Nigeria said on Tuesday. The gunmen attacked the farmers near "
     "Maiduguri on Monday night.", "killed", "Maiduguri"),
    # a later mention of the lead's act names the town its lead leaves at the country
    ("KANO, Nigeria - Gunmen killed nine villagers in northern Nigeria on Sunday, police said. The attackers "
     "rode into Tsafe at dawn and shot at farmers in their fields.", "killed", "Tsafe"),
    # ... but a dateline town inside the region is the finer place
    ("QUETTA, Pakistan (Reuters) - A roadside bomb killed four soldiers in Balochistan province on Monday, "
     "the army said. Troops later clashed with the militants.", "clashed", "Quetta"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), CASES)
def test_incident_place(pipeline: Pipeline, text: str, trigger: str, place: str | None) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    names = {p.id: p.name for p in rec.places}
    ev = next(e for e in rec.events if trigger in (e.trigger.text, *(m.text for m in e.mentions)))
    got = names.get(ev.place) if ev.place else None
    assert (got == place) if place is None else (got is not None and place in got), (got, ev.place_reason)


DAYS = [
    # (text, trigger, its day; published 2024-03-13, a Wednesday)
    # a background act with a town and a time of its own long before is not the incident whose day
    # the mentions take
    ("Gunmen killed 15 villagers in Kebbi state on Sunday, police said. Soldiers later arrested three "
     "suspects. Last year, a similar attack in Argungu killed 40 people.", "arrested", "2024-03-10"),
    # a mention with no time of its own takes the incident's day, not the publication date
    ("Gunmen attacked a village near Bunia on Sunday, killing 12 people. The assailants also burned "
     "dozens of houses.", "burned", "2024-03-10"),
    # also where the incident's place is a region, not a town
    ("Gunmen attacked a village in Zamfara state on Sunday, killing 12 people. Police later clashed with "
     "the attackers.", "clashed", "2024-03-10"),
    # a background incident with a time of its own keeps it
    ("Rebels shelled the outskirts of Goma on Tuesday. In 2012, rebels captured the territory after "
     "days of fighting.", "captured", "2012"),
    # a day counted from the incident's ("the next day", "the day before", "two days later") is
    # counted from the incident's day, not from the publication date
    ("Gunmen attacked a police post in Peshawar on Friday. The next day, troops raided the gunmen's "
     "hideout.", "raided", "2024-03-09"),
    ("Gunmen attacked a police post in Peshawar on Friday. A day later, troops clashed with the gunmen.",
     "clashed", "2024-03-09"),
    ("A bomb killed six people at a market in Peshawar on Friday. The day before, gunmen had attacked a "
     "police post in the city.", "attacked", "2024-03-07"),
    ("Gunmen attacked a police post in Peshawar on Friday. Two days later, troops raided the gunmen's "
     "hideout.", "raided", "2024-03-10"),
    ("Gunmen attacked a police post in Peshawar on Friday. Later that day, troops clashed with the "
     "gunmen.", "clashed", "2024-03-08"),
    # a background incident at a place of its own is not the incident: it does not take its day
    ("A car bomb exploded near a hotel in Mogadishu on Sunday. A similar bombing in Baidoa killed ten "
     "people.", "bombing", "2024-03-13"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), DAYS)
def test_incident_day(pipeline: Pipeline, text: str, trigger: str, day: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    ev = next(e for e in rec.events if trigger in (e.trigger.text, *(m.text for m in e.mentions)))
    assert ev.date == day, (ev.date, ev.time)


REACTIONS = [
    # (text, the act a reaction names, the trigger of the incident it is a mention of, or None when
    # no incident is told before it: then it stays an event of its own, with no ACLED type)
    ("A car bomb exploded near a police station in Kandahar on Saturday, killing nine people. The "
     "governor condemned the attack.", "attack", "exploded"),
    ("Gunmen attacked a village in Zamfara on Sunday, killing 12 villagers. The president condemned the "
     "killings and promised justice.", "killings", "attacked"),
    ("Militants shelled the town of Kharkiv overnight, wounding four people. The foreign ministry "
     "summoned the ambassador over the shelling.", "shelling", "shelled"),
    ("Rebels ambushed an army convoy near Beni on Monday, killing six soldiers. The rebels claimed "
     "responsibility for the ambush.", "ambush", "ambushed"),
    ("The United Nations condemned the attack on the convoy.", "attack", None),
    # a reaction to a background incident with a time of its own is not a mention of the incident
    ("A bomb exploded at a bus stop in Jos on Monday, wounding six people. Residents mourned the "
     "victims of the 2018 bombing.", "bombing", None),
]


@pytest.mark.parametrize(("text", "act", "incident"), REACTIONS)
def test_reactions_are_mentions(pipeline: Pipeline, text: str, act: str, incident: str | None) -> None:
    """An act named as what a reaction or a claim of responsibility is about is the incident told
    before it: one of its mentions, not an event of its own."""
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    own = [e for e in rec.events if e.trigger.text == act]
    if incident is None:
        assert len(own) == 1 and own[0].acled is None, [(e.trigger.text, e.acled) for e in rec.events]
        return
    host = next(e for e in rec.events if e.trigger.text == incident)
    assert not own and act in [m.text for m in host.mentions], [(e.trigger.text, e.mentions) for e in rec.events]
