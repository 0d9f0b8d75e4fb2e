"""The accepted mention a pending town or region is coordinated with (split out of
``geo/recognize.py``): conjuncts are of one kind, so a name listed with a place shown by its words
is a place too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unfog.geo import evidence
from unfog.geo.evidence import capitalised
from unfog.lines import str_column

if TYPE_CHECKING:
    from unfog.geo.recognize import Mention

#: the reasons of a mention that show a place by the words around it or by its prominence
SHOWN = re.compile(r"\+prep|\+cue|prominent|\+container|\+region|dateline")


def coordinated_with(sdoc: Doc, m: Mention, accepted: Sequence[Mention], preps: frozenset[str],
                 leads: dict[tuple[int, int], int] | None = None) -> Mention | None:
    """The accepted mention a pending town or region is coordinated with, as either conjunct
    ("the villages of X, Y and Z", "in X, Y and Z"): conjuncts are of one kind. The accepted one
    must show a place by the words around it (a locative word, one of ``preps`` before it though
    the NER model's label took it, a place noun, a dateline) or be prominent, not by the NER
    model's label alone, which lists of given names fool ("Ann, Lee and Mo"). A word inside a
    longer capitalised name is no conjunct of its own. ``leads`` keeps, per token range of an
    accepted mention, the head of its root where that root is a conjunct (-1 where not), so that
    a document's parse is read once per mention, not once per pending name."""
    if not any(c.is_town or c.is_admin1 or c.is_admin2 for c in m.candidates):
        return None
    if (m.start > 0 and capitalised(sdoc[m.start - 1])) or (m.end < len(sdoc) and capitalised(sdoc[m.end])):
        return None
    root = sdoc[m.start : m.end].root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "from X, Y and Z": Z's head is Y, whose head is X
    conj_head = head.i if root.dep_ == "conj" else -1
    lowers = str_column(sdoc, "lower")
    heads = {} if leads is None else leads
    for a in accepted:
        if not a.start <= conj_head < a.end:
            lead_head = heads.get((a.start, a.end))
            if lead_head is None:
                lead = sdoc[a.start : a.end].root
                lead_head = heads[(a.start, a.end)] = lead.head.i if lead.dep_ == "conj" else -1
            if not m.start <= lead_head < m.end:
                continue  # neither conjunct of the other
        if a.hint is not None or SHOWN.search(a.reason) or (a.start > 0 and lowers[a.start - 1] in preps):
            if evidence.unlike_country(a, m):
                continue
            return a
    return None
