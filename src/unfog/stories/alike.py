"""Documents that report one incident in their own words: they give the same names.

A report of an incident names its key participants and places (the victim, the suspect, the town,
the county, the school); another report of it names most of them again, while a report of another
incident of the same kind names others. A document's names are its capitalised words inside a
sentence (the first word of a sentence is capitalised anyway), less the words of ``rules.not_names``
(function words in titles, days, months: every report has them); each name weighs 1 + log of its count. Two documents
published within ``rules.alike_days`` of each other whose names have a cosine of at least
``rules.alike_cosine`` report one incident: their main events are one story, even where type, date
or place (missing, or resolved differently) cannot join them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
def names(text: str, not_names: frozenset[str]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for sentence in _SENTENCE.split(text):
        for n, m in enumerate(_TOKEN.finditer(sentence)):
            word = m.group()
            if n > 0 and word[0].isupper() and word.lower() not in not_names:
                counts[word.lower()] += 1
    return {w: 1.0 + math.log(c) for w, c in sorted(counts.items())}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
