"""The report's own day, from a dated dateline.

A wire report opens with where and when it was filed: "PORT VELDEN, Kaga, May 20 (Wire) — A bomb
exploded overnight ...". That day is the document's creation time (TimeML's DCT, Reichenbach's
speech time): the text's relative expressions ("overnight", "on Sunday", "last week") count from
it, not from the day the article was published or collected, which may be a day or more later.
The dateline's date is no time of any act the text tells; it is the reference, not a time
expression of the narrative.

A dated dateline is the text's opening segment, up to the first dash of ``dateline.dashes``
(time/lexicon.yaml) within ``dateline.max_chars`` characters, that starts with an upper-case place
name and a comma and holds a time expression that resolves to a day no later than publication and
at most ``dateline.max_days`` before it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from unfog.time.lexicon import TimeLexicon
from unfog.time.resolve import resolve

__all__ = ["dateline_day"]

#: an upper-case place name opening the text, then a comma ("PORT VELDEN," "ST. KAGA,")
_OPENING = re.compile(r"[A-Z][A-Z.'’\- ]*[A-Z.],")


def dateline_day(lex: TimeLexicon, text: str, pub: date | None) -> tuple[tuple[int, int], date] | None:
    """The span of the dateline's time expression and the day it names, or None."""
    if pub is None or not lex.dateline_dashes or not _OPENING.match(text):
        return None
    ends = [i for d in lex.dateline_dashes if (i := text.find(d, 0, lex.dateline_chars + len(d))) > 0]
    if not ends or "\n" in text[:min(ends)]:
        return None
    head = text[:min(ends)]
    for m in lex.pattern.finditer(head):
        got = resolve(lex, m, pub)
        if got is None or got[1] != "day" or got[0] is None:
            continue
        day = date.fromisoformat(got[0])
        if pub - timedelta(days=lex.dateline_days) <= day <= pub:
            return m.span(), day
        return None
    return None
