"""Metonymy: a country or capital standing for its government or people.

"Kyiv warned ...", "Turkey has shelled ...": the subject of a verb of saying or acting;
"Moscow's decision", "Ankara's offensive": the possessor of an agentive noun; in a title-case
headline ("Ukraine Says Troops Withdrew", "Turkey Accuses Greece ..."), where the parse of capitalised
verbs is unreliable, the name followed by an inflected verb of that list. Such mentions stay
places (resolved, counted) with ``literal=False`` and a reason naming the pattern.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.geo.gazetteer import Candidate
from unfog.geo.recognize import Cues, Mention


def _can_stand_for_people(c: Candidate) -> bool:
    return c.is_country or c.feature_code == "PPLC" or c.is_admin1 or c.population >= 1_000_000


def _lemmas(tok: Token) -> set[str]:
    """Possible lemmas of a verb, also when title-cased in a headline ("Says", "Accuses", "Warned")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for ending, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            out.add(low[: -len(ending)] + repl)
    return out


def _headline_subject(sdoc: Doc, m: Mention, verbs: frozenset[str]) -> Token | None:
    """The verb after a name opening a title-case headline line ("Ukraine Says ...")."""
    if m.end >= len(sdoc) or not (m.start == 0 or sdoc[m.start].is_sent_start or "\n" in sdoc[m.start - 1].text):
        return None
    verb = sdoc[m.end]
    # headlines put what was done in the present ("Says", "Warns"); "Kharkiv Shelled" is a passive
    if not verb.text[:1].isupper() or not verb.is_alpha or not verb.lower_.endswith("s"):
        return None
    return verb if _lemmas(verb) & verbs else None


def mark_metonymy(sdoc: Doc, mentions: list[Mention], chosen: list[Candidate], cues: Cues) -> None:
    for m, c in zip(mentions, chosen, strict=True):
        if m.kind != "name" or not _can_stand_for_people(c):
            continue
        root = sdoc[m.start : m.end].root
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            if head.i == m.end and head.text[:1].isupper() and head.lower_.endswith("ed"):
                continue  # a headline's passive: "Ukraine Shelled Overnight"
            found = _lemmas(head) & cues.metonymy_verbs
            if found:
                m.literal = False
                m.reason += f";metonymy:subject-of-{min(found)}"
        elif (verb := _headline_subject(sdoc, m, cues.metonymy_verbs)) is not None:
            m.literal = False
            m.reason += f";metonymy:headline-subject-of-{min(_lemmas(verb) & cues.metonymy_verbs)}"
        elif root.dep_ == "poss" and head.lemma_.lower() in cues.metonymy_nouns:
            m.literal = False
            m.reason += f";metonymy:possessor-of-{head.lemma_.lower()}"
