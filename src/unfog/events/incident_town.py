"""The incident's town where the lead does not name it plainly: a later report of the lead's act
(events/incident.py reads these). The lead names a town, or a region and a town of it later, or
none: then a later mention of its act, or the first act of the news whose sentence names a town,
before the dateline (where the report was filed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from unfog.events.draft import OCCURRED, OWN_PLACE, Draft
from unfog.events.own_clause import clause_time
from unfog.model import Place
from unfog.nlp import lead_sentence

__all__ = ["finer", "news_lead", "other_day", "precision", "scene", "told_again", "within"]


def news_lead(sdoc: Doc, drafts: Sequence[Draft]) -> Span | None:
    """The sentence that leads the news: the first (``nlp.lead_sentence``), unless it is a title line
    that tells no act (a line with no final stop: a headline naming a trend, "X's war creeps south",
    a report's title), then the first sentence telling an act that took place with an ACLED type: the
    lead is the first report of the news event, the summary of its who, what, where and when (Bell
    1991, 8: the lead after the headline, set off as a line of its own)."""
    first = lead_sentence(sdoc)
    if first is None or any(first.start <= d.head.i < first.end for d in drafts):
        return first
    last = next((t for t in reversed(first) if not t.is_space), None)
    if last is None or (last.is_punct and last.text != ")"):  # a sentence's final stop: no title line
        return first
    told = [d for d in drafts if d.acled is not None and d.modality in OCCURRED and d.head.i >= first.end]
    return min(told, key=lambda d: d.head.i).head.sent if told else first


def precision(p: Place | None) -> int:
    """The place's ACLED geo-precision (1 a town, 2 a district, 3 a region or country); 3 unknown."""
    return p.precision if p is not None and p.precision is not None else 3


def other_day(d: Draft, lede: Draft | None) -> bool:
    """The act has a time of its own that is not the lead's act's day: the lead dates the news by
    its day ("overnight", "on Sunday"), and an act dated otherwise ("last week", "in March", "on
    Friday") is another occurrence (ACLED's unit is one day), however near."""
    if (d.time is None or lede is None or lede.time is None or lede.date_precision != "day" or d is lede
            or not clause_time(lede, lede.time)):
        return False
    return d.date_precision != "day" or d.date != lede.date


def told_again(drafts: Sequence[Draft], lede: Draft | None, by_id: Mapping[str, Place]) -> Draft | None:
    """The first later mention of the lead's act (its ACLED sub-event type, on no other day, told
    as the news) whose sentence names a town, where the lead names none: the town of the first
    report of the incident ("KAGA — Gunmen killed nine villagers in the north on Sunday. The
    attackers rode into Velden and shot at farmers ..."), finer than the country of the lead and
    nearer the incident than the dateline, where the report was filed."""
    if lede is None or lede.acled is None:
        return None
    kind = lede.acled.sub_event_type
    return next((d for d in drafts if d is not lede and d.acled is not None and d.acled.sub_event_type == kind
                 and d.modality in OCCURRED and not d.background and not d.reacted and d.place is not None
                 and d.place_reason == "sentence" and precision(by_id.get(d.place)) <= 2
                 and not other_day(d, lede) and d.head.i > lede.head.i), None)


def scene(drafts: Sequence[Draft], lede: Draft | None, by_id: Mapping[str, Place]) -> Draft | None:
    """Where neither the lead nor a later mention of its act names a town, the first act of the news
    after the lead (an ACLED type, told as taking place, on no other day) whose sentence names a
    town: the scene the body gives ("The soldiers were patrolling a road near X when they came under
    fire"), before the dateline, which names where the report was filed, for a wire often the city
    of its bureau, not the incident's (AP Stylebook, "datelines")."""
    if lede is None:
        return None
    return next((d for d in drafts if d is not lede and d.acled is not None and d.modality in OCCURRED
                 and not d.background and not d.reacted and d.place is not None and d.head.i > lede.head.i
                 and d.place_reason in (*OWN_PLACE, "sentence") and precision(by_id.get(d.place)) <= 1
                 and not other_day(d, lede)), None)


def finer(drafts: Sequence[Draft], lede: Draft | None, area: Place, by_id: Mapping[str, Place]) -> Draft | None:
    """Where the lead places its act at an administrative division ("killed 11 people in X
    province"), the first later mention of an act of the lead's ACLED event type, told as the news on
    no other day, whose sentence places it at a town of that division ("The attackers struck fields
    outside Y"): ACLED codes an event at the most precise location its report gives (ACLED Codebook
    2023, "geo-precision": the town named, not the province), and the news tells its place from
    the general to the particular (van Dijk 1988, relevance structure of the news schema)."""
    if lede is None or lede.acled is None or not (area.feature_code or "").startswith("ADM"):
        return None
    kind = lede.acled.event_type
    return next((d for d in drafts if d is not lede and d.acled is not None and d.acled.event_type == kind
                 and d.modality in OCCURRED and not d.background and not d.reacted and d.place is not None
                 and d.head.i > lede.head.i and d.place_reason in (*OWN_PLACE, "sentence")
                 and precision(by_id.get(d.place)) <= 1 and not other_day(d, lede)
                 and within(by_id[d.place], area)), None)


def within(town: Place, region: Place) -> bool:
    """The town lies in the region (a first- or second-level division): same country and its
    first-level region named alike ("Quetta" in "Balochistan"), or, the region unknown, so taken."""
    if town.country_code != region.country_code:
        return False
    if not town.admin1:
        return True
    a = town.admin1.lower()
    names = {n.lower() for n in (region.name, region.admin1) if n}
    return any(a in n or n in a for n in names)
