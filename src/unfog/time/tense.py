"""The direction in time that the verb governing a time expression allows.

A month (or a day and month) with no year is ambiguous between years; English tense resolves
it: the nearest such month consistent with the tense of the clause it dates. A future ("will
meet in July", "is going to leave in May") or a present ("are meeting in June", "elections take
place in January": the scheduled present) looks ahead of the publication date; a past or a
perfect ("attacked the village in April", "has been closed since April") looks back. Any other
verb form (a bare participle, a modal such as "would") tells neither, and the resolver's
default stands (``unfog.time.resolve``).

The governing verb is the first verb or auxiliary among the expression's head and its
ancestors; a bare infinitive complement ("is going to leave", "is expected to meet") takes the
tense of the verb it completes.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Token

Direction = Literal["ahead", "back"]

_AUX = frozenset({"aux", "auxpass"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _verb_direction(verb: Token, future_aux: frozenset[str]) -> Direction | None:
    auxes = [c for c in verb.children if c.dep_ in _AUX]
    if any(a.lower_ in future_aux for a in auxes):
        return "ahead"
    if any(a.tag_ == "MD" for a in auxes):  # "would", "could": no tense of its own
        return None
    if any(a.lemma_.lower() == "have" for a in auxes) or verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "back"
    if verb.tag_ in _PRESENT or any(a.tag_ in _PRESENT for a in auxes):
        return "ahead"
    return None


def direction(sdoc: Doc, start: int, end: int, future_aux: frozenset[str]) -> Direction | None:
    """The direction the tense of the verb governing the characters ``start:end`` allows (see
    the module doc), or None."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root: Token = span.root
    for t in (root, *root.ancestors):
        if t.pos_ not in ("VERB", "AUX"):
            continue
        got = _verb_direction(t, future_aux)
        if got is None and t.dep_ == "xcomp" and t.tag_ == "VB":
            continue  # "is going to leave": the tense of the verb it completes
        return got
    return None
