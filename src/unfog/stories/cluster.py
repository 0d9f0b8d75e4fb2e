"""Which two events may report the same real-world event (``compatible``); a story is a connected
group of compatible events (``incremental``)."""

from __future__ import annotations

from unfog import geodesy
from unfog.model import Place
from unfog.stories.features import DOCUMENT_EVENT, Item
from unfog.stories.rules import Rules


def km(a: Place, b: Place) -> float | None:
    """The distance between two places, None when either has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return geodesy.km(a.lat, a.lon, b.lat, b.lon)


def _coarse(p: Place) -> bool:
    return (p.precision or 1) >= 2 or (p.feature_code or "").startswith(("ADM", "PCL"))


def _country(p: Place) -> bool:
    return (p.feature_code or "").startswith("PCL") or ((p.precision or 0) >= 3 and p.admin1 is None)


def same_place(a: Item, b: Item, rules: Rules) -> bool | None:
    """True/False when both events have a place; None when either has none or only a country
    (a country says too little to tell two events apart)."""
    if a.place is None or b.place is None or _country(a.place) or _country(b.place):
        return None
    if a.member.document == b.member.document and a.place.id == b.place.id:
        return True
    if a.place.geonames_id is not None and a.place.geonames_id == b.place.geonames_id:
        return True
    d = km(a.place, b.place)
    if d is None:
        return a.place.name.lower() == b.place.name.lower()
    if _coarse(a.place) or _coarse(b.place):  # a region and a town in it may be one event
        return d <= rules.region_km
    return d <= rules.town_km


def close_dates(a: Item, b: Item, rules: Rules) -> bool:
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return True
    gap = max((a.first - b.last).days, (b.first - a.last).days, 0)
    return gap <= rules.max_days


def compatible(a: Item, b: Item, rules: Rules) -> bool:
    if a.event.id == DOCUMENT_EVENT or b.event.id == DOCUMENT_EVENT:
        return False  # a whole document joins through its similarity to others only
    if a.family != b.family:
        # an event with no ACLED type ("investigating", "warned") joins a typed one only in the
        # same document at the same place
        same_doc = a.member.document == b.member.document
        if not (same_doc and (a.family is None or b.family is None) and a.place is not None and a.place is b.place):
            return False
    if not close_dates(a, b, rules):
        return False
    place = same_place(a, b, rules)
    if place is False:
        return False
    if place is None:
        # with no place to compare, only the same type and the same named actors tie two reports
        same_doc = a.member.document == b.member.document
        return (
            bool(a.actors & b.actors)
            and (same_doc or (a.first is not None and b.first is not None))
            and a.trigger_words == b.trigger_words
        )
    if a.family is None and b.family is None:
        return a.trigger_words == b.trigger_words
    return True
