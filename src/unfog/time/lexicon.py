"""The time lexicon (``data/time/lexicon.yaml``), loaded once into an immutable object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from unfog.knowledge import PACKAGED, Knowledge


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    weekend: tuple[str, ...]
    year_preps: frozenset[str]
    month_preps: frozenset[str]
    numbers: dict[str, int]
    pattern: re.Pattern[str]
    #: auxiliaries of the future (``unfog.time.tense``)
    future_aux: frozenset[str] = frozenset()
    #: how many days before publication a dated dateline's day may lie (``unfog.time.dateline``)
    dateline_days: int = 0


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _build_pattern(months: list[str], weekdays: list[str], rel: list[str], numbers: list[str],
                   years: list[str]) -> re.Pattern[str]:
    """One regex with named alternatives, longest forms first; month and weekday names must be
    capitalised (so 'may' the modal and 'march' the noun are not months). ``years``: the relative
    periods of a year that may follow a month or a day ("in March last year")."""
    mon = "|".join(
        re.escape(m.capitalize()) + (r"\.?" if len(m) <= 4 and m != "may" else "")
        for m in sorted(months, key=len, reverse=True)
    )
    wd = "|".join(w.capitalize() for w in weekdays)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    ry = (rf"|\s+(?:of\s+)?(?P<{{}}>{_alt(years)})" if years else "|(?P<{}>(?!))").format
    parts = [
        rf"(?P<range>\b(?:[Bb]etween|[Ff]rom)\s+(?P<y1>{year})\s+(?:and|to|until)\s+(?P<y2>{year})\b)",
        rf"(?P<dmy>\b(?P<d1>{day})\s+(?P<m1>{mon})(?:,?\s+(?P<y3>{year}){ry('ry1')})?\b)",
        rf"(?P<mdy>\b(?P<m2>{mon})\s+(?P<d2>{day})(?:,?\s+(?P<y4>{year}){ry('ry2')})?\b)",
        rf"(?P<my>\b(?P<m3>{mon})\s+(?:of\s+)?(?P<y5>{year})\b)",
        rf"(?P<iso>\b(?P<y6>{year})-(?P<m6>[01]\d)-(?P<d6>[0-3]\d)\b)",
        rf"(?P<wd>\b(?:(?P<wdp>last|this|on|next|coming|On|Last|This|Next)\s+)?(?P<w>{wd})\b"
        r"(?:\s+(?:night|morning|evening|afternoon))?)",
        rf"(?P<rel>\b(?:{_alt(rel)})\b)",
        rf"(?P<ago>\b(?P<n>\d+|{_alt(numbers)})\s+(?P<unit>day|week|month|year)s?\s+ago\b)",
        rf"(?P<mon>\b(?P<prep>\w+-|\w+\s+)(?P<m7>{mon})(?:(?!){ry('ry3')})?\b(?!,?\s+(?:{day}\b|(?:of\s+)?{year})))",
        rf"(?P<yr>\b(?P<prep2>\w+-?)\s+(?P<y7>{year})\b(?!-\d))",
    ]
    alternatives = "|".join(parts)
    if all(re.match(r"\w", w) for w in [*rel, *numbers]):
        # every alternative starts a word (a word boundary, then a word character): said once in
        # front, the other positions are passed over without trying each alternative (the same
        # matches, in a third less time)
        return re.compile(rf"\b(?=\w)(?:{alternatives})")
    return re.compile(alternatives)


def load_lexicon(knowledge: Knowledge = PACKAGED) -> TimeLexicon:
    """The patterns of ``time/lexicon.yaml``; the time stage builds them once."""
    raw: dict[str, Any] = knowledge.read("time/lexicon.yaml")
    rel_days = {str(k): int(v) for k, v in raw["relative_days"].items()}
    rel_periods = {str(k): (str(v[0]), int(v[1])) for k, v in raw["relative_periods"].items()}
    weekend = tuple(str(w) for w in raw["weekend"])
    rel_words = [*rel_days, *rel_periods, *weekend]
    rel_words += [w.capitalize() for w in rel_words]
    numbers = {str(k): int(v) for k, v in raw["numbers"].items()}
    return TimeLexicon(
        months={str(k): int(v) for k, v in raw["months"].items()},
        weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
        relative_days=rel_days,
        relative_periods=rel_periods,
        weekend=weekend,
        year_preps=frozenset(str(w) for w in raw["year_preps"]),
        month_preps=frozenset(str(w) for w in raw["month_preps"]),
        numbers=numbers,
        pattern=_build_pattern(list(raw["months"]), list(raw["weekdays"]), rel_words, list(numbers),
                               [k for k, (unit, _) in rel_periods.items() if unit == "year"]),
        future_aux=frozenset(str(w) for w in raw.get("future_aux", ())),
        dateline_days=int(raw.get("dateline", {}).get("max_days", 0)),
    )
