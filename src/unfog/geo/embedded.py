"""Place names the rules left alone, decided by a learned model: names inside longer names ("the
Denver Police", "the Bank of Canada", "the Kenya Red Cross") and gazetteer names the recogniser
found no evidence for. Taken only with the ``place_adjectives`` setting (the GeoWebNews convention,
which counts a place named inside an organisation's name as a toponym, ``Embedded_Non_Lit``).

Candidates are the gazetteer names (exact key) and place adjectives inside longer names ("Chinese
Human Rights Defenders") or modifying a noun the adjective rules passed over (alone, an adjective
is a people or a language: "many Chinese", "in English"), on capitalised tokens no other mention
holds. :func:`features` describes each: the label
of the NER entity around it and where it sits in it, the word after it (an organisation's or a
building's head noun), "of" before it inside a name ("Bank of X"), the gazetteer's class and
population of its first entry, whether the document names the same place or its country elsewhere,
a locative preposition before it, sentence start, upper case. A logistic model
(``data/geo/embedded_model.json``, written by ``scripts/train_geo_recognize.py``, trained by document
cross-validation on GeoWebNews) takes a candidate when its probability reaches the model's
threshold. Mentions taken here are of kind "embedded" and not literal (a place in a name does not
locate the story).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from unfog.geo.evidence import capitalised
from unfog.geo.gazetteer import Candidate, Gazetteer, entry_count
from unfog.geo.names import normalize
from unfog.geo.recognize import Cues, Mention
from unfog.knowledge import Knowledge

MODEL_PATH = "geo/embedded_model.json"
LABELS = ("ORG", "PERSON", "FAC", "GPE", "LOC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT")
MAX_WIDTH = 4
MODIFIER = frozenset({"amod", "compound", "nmod"})  # dependency labels of a word modifying a noun

FEATURES: tuple[str, ...] = (
    "bias",
    *(f"ent_{lab}" for lab in LABELS), "ent_other", "ent_none",  # the NER entity holding the name
    "whole_ent",  # the name is the whole entity
    "first_in_name",  # the name opens a longer entity or capitalised run
    "last_in_name",  # ... closes it (a surname: "Bill Holland")
    "inside_name",  # the entity or capitalised run is longer than the name
    "after_of",  # "of" right before it inside a longer name ("Bank of X")
    "head_name",  # the next word is an organisation's or building's head noun ("X Police", "X Times")
    "head_institution",  # ... an institution's ("X University")
    "possessive",  # "X's" follows
    "demonym",  # a place adjective ("Chinese")
    "country", "admin1", "large", "capital", "town",  # the first entry's class
    "log_pop",  # log10(population + 10) / 7
    "log_cands",  # log2 of the number of entries
    "known_place",  # the same place (or name) is a mention elsewhere in the document
    "known_country",  # the first entry's country is among the document's places
    "prep",  # a locative preposition before it
    "sent_start",
    "upper",  # written in capitals
)


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    threshold: float

    def probability(self, x: Sequence[float]) -> float:
        z = sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(knowledge: Knowledge) -> Model | None:
    """The model of ``geo/embedded_model.json``; refused when its features are not :data:`FEATURES`."""
    try:
        data = json.loads(knowledge.text(MODEL_PATH))
    except FileNotFoundError:
        return None
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_PATH}: features differ from unfog.geo.embedded.FEATURES; retrain")
    return Model(tuple(float(data["weights"][f]) for f in FEATURES), float(data["threshold"]))


def _entity_at(sdoc: Doc) -> dict[int, Span]:
    return {i: ent for ent in sdoc.ents for i in range(ent.start, ent.end)}


def _name_extent(sdoc: Doc, s: int, e: int, ent: Span | None) -> tuple[int, int]:
    """The longer name around tokens [s, e): its entity, else its run of capitalised words."""
    if ent is not None:
        a, b = ent.start, ent.end
        while a < s and sdoc[a].lower_ == "the":
            a += 1
        return min(a, s), max(b, e)
    a, b = s, e
    while a > 0 and capitalised(sdoc[a - 1]) and not sdoc[a - 1].is_sent_end:
        a -= 1
    while b < len(sdoc) and capitalised(sdoc[b]):
        b += 1
    return a, b


def _in_person_name(ent: Span | None, s: int, e: int) -> bool:
    """Tokens [s, e) are part of a longer PERSON entity written as a person's name is: two to four
    title-case words ("Bill Kent", "Anna Sofia Warren"). An entity of another shape ("Henry Roe US",
    "the X Chamber of Commerce") is a tagging slip that says nothing of the name inside it."""
    if ent is None or ent.label_ != "PERSON" or not 2 <= len(ent) <= 4 or len(ent) <= e - s:
        return False
    return all(t.is_alpha and t.is_title for t in ent)


class Embedded:
    def __init__(self, gaz: Gazetteer, cues: Cues, model: Model | None) -> None:
        self.gaz = gaz
        self.cues = cues
        self.model = model

    def candidates(self, sdoc: Doc, taken: set[int], mentions: Sequence[Mention]) -> list[tuple[Mention, list[float]]]:
        """Every gazetteer name or place adjective on tokens outside ``taken``, with its features."""
        ents = _entity_at(sdoc)
        known = {normalize(m.text) for m in mentions} | {m.candidates[0].pid for m in mentions if m.candidates}
        countries = {c.country_code for m in mentions for c in m.candidates[:1] if c.country_code}
        out: list[tuple[Mention, list[float]]] = []
        i = 0
        while i < len(sdoc):
            found = self._match(sdoc, i, taken)
            if found is None:
                i += 1
                continue
            e, cands, demonym = found
            if _in_person_name(ents.get(i), i, e):
                i = e  # a given name or surname inside a person's name ("Bill Kent"): a person, no place
                continue
            if demonym and _name_extent(sdoc, i, e, ents.get(i)) == (i, e) and sdoc[e - 1].dep_ not in MODIFIER:
                i = e  # a people or a language ("many Chinese", "in English"): no modifier, not in a name
                continue
            m = Mention(i, e, (sdoc[i].idx, sdoc[e - 1].idx + len(sdoc[e - 1].text)), sdoc[i:e].text,
                        "embedded", cands, literal=False, kind="embedded")
            out.append((m, self.features(sdoc, m, ents.get(i), demonym, known, countries)))
            i = e
        return out

    def _match(self, sdoc: Doc, i: int, taken: set[int]) -> tuple[int, tuple[Candidate, ...], bool] | None:
        if i in taken or not capitalised(sdoc[i]):
            return None
        for j in range(min(len(sdoc), i + MAX_WIDTH), i, -1):
            if any(k in taken for k in range(i, j)) or not capitalised(sdoc[j - 1]):
                continue
            text = sdoc[i:j].text
            if j - i == 1 and text.lower() in self.cues.stopwords:
                return None
            place = self.gaz.demonym_place(text)
            if place is not None:
                return j, (place,), True
            if self.gaz.is_demonym(text):
                continue
            found = self.gaz.lookup(text, fuzzy=False)
            if found:
                return j, found, False
        return None

    def features(self, sdoc: Doc, m: Mention, ent: Span | None, demonym: bool, known: set[str | int],
                 countries: set[str]) -> list[float]:
        s, e = m.start, m.end
        a, b = _name_extent(sdoc, s, e, ent)
        label = ent.label_ if ent is not None else ""
        top = m.candidates[0]
        nxt = sdoc[e] if e < len(sdoc) else None
        head = nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in self.cues.name_heads
        f = {
            "bias": 1.0,
            **{f"ent_{lab}": float(label == lab) for lab in LABELS},
            "ent_other": float(bool(label) and label not in LABELS), "ent_none": float(not label),
            "whole_ent": float(ent is not None and (a, b) == (s, e)),
            "first_in_name": float(a == s and b > e),
            "last_in_name": float(b == e and a < s),
            "inside_name": float(b - a > e - s),
            "after_of": float(s > a and sdoc[s - 1].lower_ == "of"),
            "head_name": float(head),
            "head_institution": float(nxt is not None and nxt.lower_ in self.cues.institution_heads),
            "possessive": float(nxt is not None and nxt.tag_ == "POS"),
            "demonym": float(demonym),
            "country": float(top.is_country), "admin1": float(top.is_admin1), "large": float(top.is_large),
            "capital": float(top.feature_code == "PPLC"), "town": float(top.is_town),
            "log_pop": math.log10(top.population + 10) / 7,
            "log_cands": math.log2(entry_count(m.candidates)),
            "known_place": float(normalize(m.text) in known or top.pid in known),
            "known_country": float(top.country_code in countries),
            "prep": float(s > 0 and sdoc[s - 1].lower_ in self.cues.preps),
            "sent_start": float(bool(sdoc[s].is_sent_start)),
            "upper": float(m.text.isupper() and len(m.text) > 1),
        }
        return [f[k] for k in FEATURES]

    def find(self, sdoc: Doc, taken: set[int], mentions: Sequence[Mention]) -> list[Mention]:
        """The candidates the model takes."""
        model = self.model
        if model is None:
            return []
        out = []
        for m, x in self.candidates(sdoc, taken, mentions):
            p = model.probability(x)
            if p >= model.threshold:
                m.reason = f"embedded:{p:.2f}"
                out.append(m)
        return out
