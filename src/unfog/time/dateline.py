"""The report's own day, from a dated dateline.

A wire report opens with where and when it was filed: "PORT VELDEN, Kaga, May 20 (Wire) — A bomb
exploded overnight ...". That day is the document's creation time (TimeML's DCT, Reichenbach's
speech time): the text's relative expressions ("overnight", "on Sunday", "last week") count from
it, not from the day the article was published or collected, which may be a day or more later.
The dateline's date is no time of any act the text tells; it is the reference, not a time
expression of the narrative.

A dated dateline is the dateline (``unfog.datelines``, found once for every stage) that opens the
text, its place followed by a comma, and holds before its dash a time expression that resolves to a
day no later than publication and at most ``dateline.max_days`` (time/lexicon.yaml) before it.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from unfog.datelines import find_datelines
from unfog.lines import doc_text
from unfog.time.lexicon import TimeLexicon
from unfog.time.resolve import resolve

__all__ = ["dateline_day"]

def dateline_day(lex: TimeLexicon, sdoc: Doc, pub: date | None) -> tuple[tuple[int, int], date] | None:
    """The span of the dateline's time expression and the day it names, or None."""
    if pub is None:
        return None
    first = next(iter(find_datelines(sdoc)), None)
    if first is None or first.start != 0 or first.dash < 0 or sdoc[first.place_end].text != ",":
        return None
    head = doc_text(sdoc)[: sdoc[first.dash].idx]
    for m in lex.pattern.finditer(head):
        got = resolve(lex, m, pub)
        if got is None or got[1] != "day" or got[0] is None:
            continue
        day = date.fromisoformat(got[0])
        if pub - timedelta(days=lex.dateline_days) <= day <= pub:
            return m.span(), day
        return None
    return None
