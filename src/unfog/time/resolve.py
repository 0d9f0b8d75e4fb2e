"""Resolving one matched time expression against the publication date.

Conventions (documented choices):
- Past-preferring. A weekday name ("Monday", "on Monday") is the most recent such day on or
  before the publication date (a Monday article's "Monday" is that day); "last Monday" is the one
  strictly before; only "next Monday" / "coming Monday" looks ahead (the first one after). A day
  and month without a year ("May 22") take the publication year unless that puts them more than
  30 days after publication, then the year before; a month alone
  ("in April") likewise takes the publication year unless it is more than one month ahead.
  That is the default when the clause's tense tells nothing; a future or present tense ("will
  meet in July") takes the nearest such day or month on or after publication (no more than 30
  days back for a day), a past tense the nearest on or before it (a day no more than one day
  after it): ``direction``, from ``unfog.time.tense``. A year phrase after the month or day
  ("in March last year", "on 2 October next year") gives the year.
- "over the weekend" is the most recent Saturday..Sunday on or before publication: value the
  Saturday, ``end`` the Sunday, precision day.
- Weeks are given by their Monday (precision week); "overnight"/"last night" is the day before
  publication.
- Without a publication date, only expressions that carry their own year resolve; the rest get
  value None (never guessed).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from unfog.time.lexicon import TimeLexicon
from unfog.time.tense import Direction

Resolved = tuple[str | None, str | None, str | None]  # value, precision, end
NONE: Resolved = (None, None, None)


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _month(lex: TimeLexicon, s: str) -> int:
    return lex.months[s.rstrip(".").lower()]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _period(pub: date, unit: str, k: int) -> Resolved:
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=k)
        return monday.isoformat(), "week", None
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, k)
        return f"{y:04d}-{m:02d}", "month", None
    return f"{pub.year + k:04d}", "year", None


def _year_of(lex: TimeLexicon, pub: date | None, phrase: str | None) -> int | None:
    """The year a relative year phrase after a month names ("last year"), if any."""
    if pub is None or not phrase:
        return None
    unit, k = lex.relative_periods.get(re.sub(r"\s+", " ", phrase.lower()), ("", 0))
    return pub.year + k if unit == "year" else None


def _day_month(pub: date | None, d: int, m: int, y: str | None, way: Direction | None = None,
               year: int | None = None) -> Resolved:
    if y or year is not None:
        got = _safe_date(int(y) if y else year or 0, m, d)
        return (got.isoformat(), "day", None) if got else NONE
    if pub is None:
        return NONE
    got = _safe_date(pub.year, m, d)
    if got and way == "ahead" and got < pub - timedelta(days=30):
        got = _safe_date(pub.year + 1, m, d)
    elif got and way != "ahead" and got > pub + timedelta(days=1 if way == "back" else 30):
        got = _safe_date(pub.year - 1, m, d)
    return (got.isoformat(), "day", None) if got else NONE


def resolve(lex: TimeLexicon, m: re.Match[str], pub: date | None, way: Direction | None = None) -> Resolved | None:
    """The value of a match, NONE when it cannot be resolved, None when the match is no time
    expression after all (a bare month or year without a licensing word before it); ``way``: the
    direction the governing verb's tense allows (see the module doc)."""
    g = m  # (its groups read by name from the match: ``groupdict`` would build a dict of all forty)
    if g["range"]:
        return g["y1"], "year", g["y2"]
    if g["dmy"]:
        return _day_month(pub, _day(g["d1"]), _month(lex, g["m1"]), g["y3"], way, _year_of(lex, pub, g["ry1"]))
    if g["mdy"]:
        return _day_month(pub, _day(g["d2"]), _month(lex, g["m2"]), g["y4"], way, _year_of(lex, pub, g["ry2"]))
    if g["my"]:
        return f"{g['y5']}-{_month(lex, g['m3']):02d}", "month", None
    if g["iso"]:
        got = _safe_date(int(g["y6"]), int(g["m6"]), int(g["d6"]))
        return (got.isoformat(), "day", None) if got else NONE
    if g["mon"]:
        word = g["prep"].lower().strip()
        if word.rstrip("-") not in lex.month_preps and word not in lex.month_preps:
            return None
        if pub is None:
            return NONE
        mo = _month(lex, g["m7"])
        y = pub.year
        prep = g["prep"].lower().strip()
        if (year := _year_of(lex, pub, g["ry3"])) is not None:
            y = year
        elif prep == "last":
            y -= mo >= pub.month
        elif prep == "next":
            y += mo <= pub.month
        elif way == "ahead":
            y += mo < pub.month
        elif way == "back":
            y -= mo > pub.month
        elif mo > pub.month + 1:
            y -= 1
        return f"{y:04d}-{mo:02d}", "month", None
    if g["yr"]:
        if g["prep2"].lower().rstrip("-") not in lex.year_preps:
            return None
        return g["y7"], "year", None
    if pub is None:
        return NONE
    if g["wd"]:
        wd = lex.weekdays[g["w"].lower()]
        back = (pub.weekday() - wd) % 7
        prep = (g["wdp"] or "").lower()
        if prep in ("next", "coming"):  # "next Monday": the first such day after publication
            return (pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)).isoformat(), "day", None
        if back == 0 and prep == "last":
            back = 7
        return (pub - timedelta(days=back)).isoformat(), "day", None
    if g["ago"]:
        n = int(g["n"]) if g["n"].isdigit() else lex.numbers[g["n"].lower()]
        unit = g["unit"]
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat(), "day", None
        return _period(pub, unit, -n)
    if g["rel"]:
        key = re.sub(r"\s+", " ", g["rel"].lower())
        if key in lex.relative_days:
            return (pub + timedelta(days=lex.relative_days[key])).isoformat(), "day", None
        if key in lex.relative_periods:
            unit, k = lex.relative_periods[key]
            return _period(pub, unit, k)
        if key in lex.weekend:
            back = (pub.weekday() - 6) % 7  # days back to the most recent Sunday (0 if Sunday)
            sunday = pub - timedelta(days=back)
            if back == 0 or pub.weekday() == 5:
                sunday = pub if back == 0 else pub + timedelta(days=1)
            saturday = sunday - timedelta(days=1)
            if saturday > pub:
                saturday, sunday = saturday - timedelta(days=7), sunday - timedelta(days=7)
            return saturday.isoformat(), "day", sunday.isoformat()
    return NONE
