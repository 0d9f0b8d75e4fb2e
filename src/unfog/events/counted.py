"""Days counted from the narrative's reference time ("the next day", "the day before", "two days
later"): which sentence counts how many days, and from which day (events/incident.py dates the acts).

The time stage leaves such expressions unresolved: they count from the narrative's reference time
(Reichenbach's R, moved by the last act told with a day of its own), not from the report's day. A
phrase of ``days_from_incident`` (incident.yaml), or "<number> days later/earlier", that the parser
took for a date or not ("The day before, a drone had struck ..."), counts for its sentence; one
whose "after" or "before" has an object of its own ("two days after militants ambushed a convoy",
"the day before the vote") counts from that act instead (events/sequence.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from unfog.events.draft import OCCURRED, Draft
from unfog.lines import str_column
from unfog.model import DatePrecision, TimeExpr

if TYPE_CHECKING:
    from unfog.events.incident import IncidentCues

__all__ = ["Count", "counted_date", "counted_days"]

#: a count from the narrative's reference time: how many units (negative: before), the counting
#: phrase's first token, the unit (day, week or month: ``counted_units`` of incident.yaml)
Count = tuple[int, int, DatePrecision]


def _days(words: list[str], cues: IncidentCues) -> tuple[int, DatePrecision] | None:
    """The count from the incident's day a time expression's words (and those after it) name, with
    its unit: days, or weeks or months ("two months later": ``counted_units``)."""
    phrase = _first_phrase(words, cues)
    if phrase is not None:
        return cues.days_from_incident[phrase], "day"
    unit = cues.counted_units.get(words[1]) if len(words) >= 3 else None
    if unit is not None and words[2] in cues.days_after | cues.days_before:
        k = int(words[0]) if words[0].isdigit() else cues.numbers.get(words[0])
        if k is not None:
            return (k if words[2] in cues.days_after else -k), unit
    return None


def _first_phrase(words: list[str], cues: IncidentCues) -> tuple[str, ...] | None:
    """The first phrase of ``days_from_incident`` (in its order) that the words start with: the
    words' first few looked up once per length of phrase, instead of each phrase compared in turn."""
    order, sizes = cues.day_phrase_index
    best: tuple[str, ...] | None = None
    for size in sizes:
        k = order.get(key := tuple(words[:size]))
        if k is not None and (best is None or k < order[best]):
            best = key
    return best


def _sequence_mark(tok: Token) -> bool:
    """'after'/'before' introduces an act of its own ("two days after militants ambushed a convoy",
    "a day before the vote"): a subordinator of a clause or a preposition with its object, which the
    measure counts from, not from the narrative's day ("two days later", "a day after")."""
    return tok.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def counted_days(sdoc: Doc, times: Sequence[TimeExpr], cues: IncidentCues) -> dict[int, Count]:
    """Sentence start -> (the count from the incident's day, the counting phrase's first token, the
    count's unit), for the unresolved time expressions that count from it."""
    out: dict[int, Count] = {}
    for te in times:
        if te.value is not None:
            continue
        span = sdoc.char_span(te.span[0], te.span[1], alignment_mode="expand")
        if span is None:
            continue
        toks = sdoc[span.start:min(span.start + 4, span.sent.end)]
        words = [t.lower_ for t in toks]
        if len(toks) >= 3 and _sequence_mark(toks[2]):
            continue  # "two days after militants ambushed a convoy": a sequence (events/sequence.py)
        n = _days(words, cues)
        if n is not None:
            out.setdefault(span.sent.start, (n[0], span.start, n[1]))
    firsts = {p[0] for p in cues.days_from_incident}  # (the words a phrase may start with: once per document)
    for sent in sdoc.sents:
        if sent.start not in out and (got := _phrase_days(sent, cues, firsts)) is not None:
            out[sent.start] = got
    return out


def _phrase_days(sent: Span, cues: IncidentCues, firsts: set[str]) -> Count | None:
    """The days from the incident's day a counting phrase of the sentence names when the parser
    took it for no date ("The day before, a drone had struck ..."): a phrase of
    ``days_from_incident`` or "<number> days later/earlier", not followed by the object of a
    sequence mark ("the day before the vote" counts from the vote: events/sequence.py)."""
    lowers = str_column(sent.doc, "lower")  # (the words read from the column: a Token only where one may start)
    for i in range(sent.start, sent.end):
        lw = lowers[i]
        if lw not in firsts and not lw.isdigit() and lw not in cues.numbers:
            continue
        words = lowers[i:min(i + 4, sent.end)]  # (``[x.lower_ for x in toks]``: the Tokens made only for a count)
        n = _days(words, cues)
        if n is None:
            continue
        t = sent.doc[i]
        toks = sent.doc[t.i:min(t.i + 4, sent.end)]
        size = len(phrase) if (phrase := _first_phrase(words, cues)) is not None else 3
        if toks[size - 1].dep_ in ("compound", "amod"):
            continue  # "that day laborers": no phrase of time
        if not any(_sequence_mark(x) for x in toks[:size] if x.lower_ in cues.sequence_marks):
            return n[0], t.i, n[1]
    return None


def counted_date(drafts: Sequence[Draft], d: Draft, day: Draft | None,
                 count: Count) -> tuple[str, DatePrecision] | None:
    """The date a count in the act's sentence gives it, from the narrative's reference time: days and
    weeks from the last act told before with a day of its own ("A day earlier", "two weeks later"),
    months from the last one told with a day or a month of its own ("In June, ... Two months later,
    ...": Reichenbach's reference time, moved by each act told with a time); else from the
    incident's day; at the count's precision."""
    n, _, unit = count
    ref = _reference(drafts, d, day, ("day",) if unit != "month" else ("day", "week", "month"))
    if ref is None or ref.date is None:
        return None
    if unit == "month":
        y, m = int(ref.date[:4]), int(ref.date[5:7]) + n
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return f"{y:04d}-{m:02d}", "month"
    start = date.fromisoformat(ref.date[:10])
    return (start + timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), unit


def _reference(drafts: Sequence[Draft], d: Draft, day: Draft | None, precisions: tuple[str, ...]) -> Draft | None:
    start = d.head.sent.start_char
    told = [h for h in drafts if h.trigger.span[0] < start and h.time is not None and h.modality in OCCURRED
            and h.date_precision in precisions and h.date is not None]
    ref = max(told, key=lambda h: h.trigger.span[0]) if told else day
    if ref is None or ref.date is None or ref.date_precision not in precisions:
        return None
    return ref
