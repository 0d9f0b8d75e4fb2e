"""Acts placed in time by a measured sequence from another: "two days after militants ambushed a
convoy", "a week after a similar attack".

A temporal preposition or subordinator of sequence ("after", "before", ``sequence_marks`` in
incident.yaml) with a measure phrase ("two days", "a week": a number and a unit of time) places the
act it introduces that far before (after "after") or after (after "before") the act it is attached
to: the two are distinct times, so the time expression of the governing act does not date it; its
day is that act's day moved by the measure (at week precision for a measure in weeks, none for a
coarser one). Without a measure, "after" links acts of one incident ("were killed after gunmen
stormed the village"), and no date changes; but the act in the sequence's object is told at a time
before or after its clause's act, so a mention of its kind with no day stated is not taken to be
it (``sequenced``: events/unit.py, events/coref.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from unfog.events.draft import Draft
from unfog.model import DatePrecision, TimeExpr

#: the units of a measure phrase and their length in days
#: how far up from the act's word the sequence's preposition or clause may be
_CLIMB = 4


@dataclass(frozen=True)
class Sequence:
    """The act is ``days`` days from the act of ``anchor`` (negative: before it)."""

    #: the word the sequence phrase or clause hangs on (the other act's)
    anchor: Token
    #: the act's own word at the boundary (the chain of words governing the act stops there)
    boundary: Token
    days: int
    #: the days of the measure's unit (1 for "days", 7 for "weeks")
    unit_days: int


def _measure(mark: Token, numbers: Mapping[str, int], units: Mapping[str, int]) -> tuple[int, int] | None:
    """The measure phrase just before a preposition or subordinator ("two days", "a week"), on it or
    on the word it hangs on: count and the days of its unit."""
    for c in (*mark.children, *mark.head.children):
        if c.dep_ != "npadvmod" or c.lower_ not in units or c.i != mark.i - 1:
            continue
        num = next((n for n in c.children if n.dep_ in ("nummod", "det")), None)
        if num is None:
            return None
        k = int(num.text) if num.text.isdigit() else numbers.get(num.lower_)
        return (k, units[c.lower_]) if k is not None else None
    return None


def sequence_of(head: Token, marks: Mapping[str, int], numbers: Mapping[str, int],
                units: Mapping[str, int]) -> Sequence | None:
    """The measured sequence that places the act (see the module doc), or None."""
    t = head
    for _ in range(_CLIMB):
        if t.head.i == t.i:
            return None
        mark: Token | None = None
        if t.dep_ == "pobj" and t.head.lower_ in marks:
            mark = t.head
            anchor = t.head.head
        elif t.dep_ == "advcl":
            mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in marks), None)
            anchor = t.head
        if mark is not None:
            got = _measure(mark, numbers, units)
            if got is None:
                return None
            k, unit_days = got
            sign = marks[mark.lower_]
            return Sequence(anchor=anchor, boundary=t, days=sign * k * unit_days, unit_days=unit_days)
        if t.pos_ in ("VERB", "AUX") and t is not head:
            return None
        t = t.head
    return None


def anchor_subject(seq: Sequence) -> Token | None:
    """The subject of the anchor word ("the bombing on Monday came two days after ..."): the act the
    sequence counts from when the anchor word has no time of its own."""
    return next((c for c in seq.anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def sequence_date(seq: Sequence, anchor_time: TimeExpr | None) -> tuple[str, DatePrecision] | None:
    """The act's date from its anchor's time of day precision, or None."""
    if anchor_time is None or anchor_time.value is None or anchor_time.precision != "day":
        return None
    day = date.fromisoformat(anchor_time.value[:10]) + timedelta(days=seq.days)
    if seq.unit_days == 7:
        return (day - timedelta(days=day.weekday())).isoformat(), "week"
    return day.isoformat(), "day"


def sequenced(d: Draft, marks: frozenset[str]) -> bool:
    """The act is told as the object of a preposition of sequence ("reinforced the area following
    two nights of shelling"): a time before or after its clause's act, not the narrative's day."""
    t = d.head
    for _ in range(4):
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.i != d.head.i):
            return False
        if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in marks:
            return True
        t = t.head
    return False
