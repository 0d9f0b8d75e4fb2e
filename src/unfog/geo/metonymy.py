"""Metonymy: a country or capital standing for its government or people.

"Kyiv warned ...", "Turkey has shelled ...": the subject of a verb of saying or acting;
"Moscow's decision", "Ankara's offensive": the possessor of an agentive noun. Such mentions stay
places (resolved, counted) with ``literal=False`` and a reason naming the pattern.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate
from unfog.geo.recognize import Cues, Mention


def _can_stand_for_people(c: Candidate) -> bool:
    return c.is_country or c.feature_code == "PPLC" or c.is_admin1 or c.population >= 1_000_000


def mark_metonymy(sdoc: Doc, mentions: list[Mention], chosen: list[Candidate], cues: Cues) -> None:
    for m, c in zip(mentions, chosen, strict=True):
        if not _can_stand_for_people(c):
            continue
        root = sdoc[m.start : m.end].root
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            verb = head
            if verb.lemma_.lower() in cues.metonymy_verbs:
                m.literal = False
                m.reason += f";metonymy:subject-of-{verb.lemma_.lower()}"
        elif root.dep_ == "poss" and head.lemma_.lower() in cues.metonymy_nouns:
            m.literal = False
            m.reason += f";metonymy:possessor-of-{head.lemma_.lower()}"
