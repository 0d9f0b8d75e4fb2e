"""Documents that report one incident in their own words: they give the same names and words.

A report of an incident names its key participants and places (the victim, the suspect, the town,
the county, the school, the company, the product) and tells it in its own vocabulary ("jury",
"magnitude", "unveiled"); another report of it names most of them again, while a report of another
incident of the same kind names others. A document's names are its capitalised words inside a
sentence (the first word of a sentence is capitalised anyway), less the words of ``rules.not_names``
(function words in titles, days, months: every report has them); its words are all its words of three
letters or more, less the same. Each is weighed by TF-IDF: 1 + log of its count in the document,
times its inverse document frequency in a background corpus of news (``stories/idf.json``, made by
``scripts/train_idf.py`` from the training articles), so that a name every report gives ("Police",
"County") counts little and a victim's or a town's name much. Two documents' similarity is the mean
of the cosine of their names and the cosine of their words (:func:`vector` holds both halves, each of
unit length). Documents published within ``rules.alike_days`` of each other (or either undated) whose
similarity is at least ``rules.alike_cosine`` report one incident: their main stories join, even where
type, date or place (missing, or resolved differently) cannot join their events.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass

from unfog.knowledge import PACKAGED, Knowledge

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
IDF_FILE = "stories/idf.json"


@dataclass(frozen=True)
class Idf:
    """Document frequencies of names and words in a background corpus of ``documents`` articles."""

    documents: int
    names: dict[str, int]
    words: dict[str, int]

    def weight(self, table: dict[str, int], term: str) -> float:
        return math.log((self.documents + 1) / (table.get(term, 0) + 1)) + 1.0


def load_idf(knowledge: Knowledge = PACKAGED) -> Idf:
    raw = json.loads(knowledge.text(IDF_FILE))
    return Idf(int(raw["documents"]), {str(k): int(v) for k, v in raw["names"].items()},
               {str(k): int(v) for k, v in raw["words"].items()})


def name_counts(text: str, not_names: frozenset[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in _SENTENCE.split(text):
        for n, m in enumerate(_TOKEN.finditer(sentence)):
            word = m.group()
            if n > 0 and word[0].isupper() and word.lower() not in not_names:
                counts[word.lower()] += 1
    return counts


def word_counts(text: str, not_names: frozenset[str]) -> Counter[str]:
    return Counter(w for m in _TOKEN.finditer(text) if len(w := m.group().lower()) > 2 and w not in not_names)


def names(text: str, not_names: frozenset[str]) -> dict[str, float]:
    """The document's names, each weighing 1 + log of its count (what the name index holds)."""
    return {w: 1.0 + math.log(c) for w, c in sorted(name_counts(text, not_names).items())}


def _unit(weights: dict[str, float], prefix: str) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in weights.values()))
    return {prefix + k: v / norm for k, v in sorted(weights.items())} if norm else {}


def vector(text: str, not_names: frozenset[str], idf: Idf) -> dict[str, float]:
    """The document's TF-IDF names ('n:' keys) and words ('w:' keys), each half of unit length and
    scaled by 1/sqrt(2), so that the cosine of two vectors is the mean of the two halves' cosines."""
    half = 1 / math.sqrt(2)
    ns = {w: (1.0 + math.log(c)) * idf.weight(idf.names, w) for w, c in name_counts(text, not_names).items()}
    ws = {w: (1.0 + math.log(c)) * idf.weight(idf.words, w) for w, c in word_counts(text, not_names).items()}
    out = {k: v * half for k, v in _unit(ns, "n:").items()}
    out.update((k, v * half) for k, v in _unit(ws, "w:").items())
    return out


def rarest(names_: dict[str, float], idf: Idf, n: int) -> list[str]:
    """The ``n`` names of the document that are rarest in the background corpus (what the name index
    is asked for: a report of the same incident gives its rare names, and asking for common ones
    would read every report that names the police)."""
    return sorted(names_, key=lambda w: (-idf.weight(idf.names, w), w))[:n]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
