"""The article's incident: its place and day carried to the mentions that name neither.

A news article reports an incident and then tells more of it in sentences that do not repeat where
or when ("Soldiers later clashed with the militants", "the assailants also burned houses"). ACLED
codes an event at the most precise place the report gives, and on the day it happened; so a mention
of an act that names no place of its own, or only the country, is put at the place of the article's
incident, and a mention with no time of its own takes the incident's day rather than the
publication date.

- **The incident** is at the first town (ACLED geo-precision 1 or 2) the article's first sentence
  names literally (its dateline or lead); failing one, at the place of the first act that took
  place with an ACLED type placed by its own argument or clause at such a place.
- **Carried** to an ACLED-typed act that took place and has no place of its own, or only one of
  precision 3 (a country or region) found elsewhere in its sentence that holds the incident place's
  country; and the incident's date to such an act dated only by the publication fallback.
- **Background incidents keep their own**: an act with its own place in its argument or clause
  keeps it ("a similar bombing in Baidoa in March"); an act with a time expression of its own on
  another month than the incident ("in 2012, rebels captured the territory") takes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.events.draft import OCCURRED, Draft
from unfog.model import Place

_OWN = frozenset({"argument", "clause"})


def _precision(p: Place | None) -> int:
    return p.precision if p is not None and p.precision is not None else 3


def _incident(drafts: Sequence[Draft], by_id: dict[str, Place], sdoc: Doc) -> tuple[str | None, Draft | None]:
    first = next(iter(sdoc.sents), None)
    placed = [d for d in drafts if d.acled is not None and d.modality in OCCURRED and d.place is not None
              and d.place_reason in _OWN and _precision(by_id.get(d.place)) <= 2]
    lead = sorted((m.span[0], p.id) for p in by_id.values() if _precision(p) <= 2
                  for m in p.mentions if m.literal and first is not None and m.span[0] < first.end_char)
    if lead:  # the lead (or dateline) names the incident's town
        return lead[0][1], next((d for d in placed if d.place == lead[0][1]), None)
    return (placed[0].place, placed[0]) if placed else (None, None)


def _own_time_elsewhere(d: Draft, incident: Draft | None) -> bool:
    """The act has a time expression of its own on another month than the incident's."""
    if d.time is None:
        return False
    if incident is None or incident.date is None or d.date is None:
        return True
    return d.date[:7] != incident.date[:7]


def carry_incident(drafts: Sequence[Draft], places: Sequence[Place], sdoc: Doc, published: str | None,
                   carry_unplaced: bool = False) -> None:
    """Carry the incident's place and day (see the module doc); ``carry_unplaced``: also to acts with no
    place at all (off in the pipeline for now: story grouping in dedup-gvc loses recall with it)."""
    by_id = {p.id: p for p in places}
    place, incident = _incident(drafts, by_id, sdoc)
    if place is None:
        return
    country = by_id[place].country_code
    for d in drafts:
        if d is incident or d.acled is None or d.modality not in OCCURRED or _own_time_elsewhere(d, incident):
            continue
        own = by_id.get(d.place) if d.place is not None else None
        coarse = own is not None and d.place_reason == "sentence" and _precision(own) >= 3 and (
            own.country_code == country)
        if (d.place is None and carry_unplaced) or coarse:
            d.place, d.place_reason = place, "incident"
        if (incident is not None and incident.time is not None and d.time is None and published
                and d.date == published[:10]):
            d.date, d.date_precision = incident.date, incident.date_precision
