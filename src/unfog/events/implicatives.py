"""Implicatives and acts under a conditional, for events/modality.py (cues: modality.yaml).

- ``attempted``: an infinitive on a noun of attempting is open, undone when the attempt failed.
- ``content_of``: the content clause of a noun of report or claim takes what the noun's governor
  says ("denied reports that troops shelled the village").
- ``conditional_subject``: a definite act noun as the subject of a remote modal ("would",
  "could", "might") in the writer's own voice is the unstated condition ("the port's capture
  would give ..."); in reported speech "would" is the backshifted "will" (future in the past)
  and the act is presupposed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unfog.events.context import lemma
from unfog.model import Modality

if TYPE_CHECKING:
    from unfog.events.modality import Cues


def attempted(t: Token, m: Cues) -> tuple[Modality, str] | None:
    """An infinitive on a noun of attempting ("attempts to storm the prison"): open; not done when
    the attempt failed or was foiled ("the attempt to capture the port failed")."""
    if t.dep_ != "acl" or t.tag_ != "VB" or lemma(t.head) not in m.attempt_nouns or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    noun = t.head
    ghead = lemma(noun.head)
    if (noun.dep_ == "nsubj" and ghead in m.negative_implicatives) or (
            noun.dep_ in ("dobj", "nsubjpass") and ghead in m.negating_heads):
        return "negated", f"attempt_failed:{noun.head.lower_}"
    return "hypothetical", f"attempt:{noun.lower_}"


def content_of(t: Token, m: Cues) -> bool:
    """A finite clause that is the content of a noun of report, claim or allegation ("denied reports
    that troops shelled the village"): what the noun's governor says of it, it says of the act."""
    return t.dep_ == "acl" and lemma(t.head) in m.content_nouns and t.tag_ not in ("VB", "VBG") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _reported(verb: Token, m: Cues) -> bool:
    """A clause in reported speech: the complement of a verb of saying ("said the strike would"),
    with a parenthetical "she said" on it, or inside quotation marks."""
    if verb.dep_ == "ccomp" and lemma(verb.head) in m.reporting_verbs:
        return True
    if any(c.dep_ == "parataxis" and lemma(c) in m.reporting_verbs for c in verb.children):
        return True
    if verb.dep_ == "parataxis" and lemma(verb.head) in m.reporting_verbs:
        return True
    return any(u.is_quote and u.tag_ != "POS" for u in verb.sent)  # not the apostrophe of "rebels'"


def _told_before(t: Token) -> bool:
    """An act noun whose act the text has already told of: an earlier word of the same stem
    ("rebels bombed the bridge ... the bombing")."""
    stem = lemma(t)
    for u in t.doc[: t.i]:
        if u.pos_ not in ("VERB", "NOUN"):
            continue
        other = lemma(u)
        k = 0
        while k < min(len(stem), len(other)) and stem[k] == other[k]:
            k += 1
        if k >= 4 and k >= min(len(stem), len(other)) - 1:
            return True
    return False


def conditional_subject(t: Token, gov: Token, m: Cues) -> bool:
    """A definite act noun, not told of before, as the subject of a verb under a remote modal
    ("would", "could", "might") in the writer's own voice ("the port's capture would give the rebels
    a supply line"): the noun is the unstated condition ("if the port were captured"). Not under
    "may" or "will" (a real act can have possible consequences), not in reported speech (there
    "would" is the backshifted "will", and a definite subject of "will" is presupposed), not in the
    perfect, not with an adverb of later time ("would later prompt": a narrative)."""
    if t.dep_ != "nsubj" or lemma(gov) in m.copulas or lemma(gov) in m.aspectual:
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in t.children):
        return False
    auxes = [c for c in gov.children if c.dep_ == "aux"]
    if not any(c.lower_ in m.conditional_aux for c in auxes) or any(lemma(c) == "have" for c in auxes):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in m.posterior_adverbs for c in gov.children):
        return False  # "the bombing would later prompt an inquiry": a narrative's future in the past
    if any(c.dep_ == "neg" for c in gov.children) or not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in gov.children):
        return False
    return not _reported(gov, m) and not _told_before(t)
