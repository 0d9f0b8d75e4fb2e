"""Candidate spans of the recogniser (``recognize.Recognizer``): the token ranges a toponym may
occupy (the NER model's entities, less a leading "the", a possessive or marks, and the runs of
capitalised tokens no entity covers, mended by ``joins``), and the gazetteer matches inside each
range (``segments``), longest first from the left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unfog.geo import joins
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.lines import capitalised_flags, entity_table, int_column, span_text, str_column, token_texts

if TYPE_CHECKING:
    from unfog.geo.cues import Cues

PLACE_LABELS = frozenset({"GPE", "LOC"})
#: token ranges [start, end) with the NER label covering them ('' when none)
Spans = list[tuple[int, int, str]]
#: joins adjacent spans (``joined``, or what replaces it)
Joiner = Callable[[Doc, Spans], Spans]
#: a gazetteer match inside a candidate range: tokens [start, end), entries, the place-noun hint, and
#: whether it was found only by the loose (folded) key
Segment = tuple[int, int, tuple[Candidate, ...], str | None, bool]


def runs(sdoc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (hyphen-joined parts kept together)."""
    out, i, n = [], 0, len(sdoc)
    texts, caps, punct = token_texts(sdoc), capitalised_flags(sdoc), int_column(sdoc, "punct")
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if (caps[j] and not punct[j - 1]) or (
                texts[j] == "-" and not sdoc[j - 1].whitespace_ and j + 1 < n and caps[j + 1]
            ) or (caps[j] and texts[j - 1] == "-"):
                j += 1
            else:
                break
        out.append((i, j))
        i = j
    return out


def candidate_spans(sdoc: Doc, gaz: Gazetteer, cues: Cues, join: Joiner) -> Spans:
    """Candidate token ranges with the NER label covering them ('' when none); ``join`` joins adjacent
    spans (``joined``, as the recogniser applies it)."""
    out: dict[tuple[int, int], str] = {}
    lowers, punct, tags = str_column(sdoc, "lower"), int_column(sdoc, "punct"), str_column(sdoc, "tag")
    caps = capitalised_flags(sdoc)
    for s, e, label in entity_table(sdoc):
        while s < e and (lowers[s] == "the" or punct[s]):
            s += 1
        while e > s and (tags[e - 1] == "POS" or punct[e - 1]):
            e -= 1
        poss = next((i for i in range(e - 2, s, -1) if tags[i] == "POS"), None)
        if poss is not None and caps[poss + 1] and not gaz.lookup(span_text(sdoc, s, e), fuzzy=False):
            s, label = poss + 1, ""  # "GM's Bowling Green": the possessor is no part of the name
        if e > s:
            out[(s, e)] = label
    covered = {i for (s, e) in out for i in range(s, e)}
    texts = token_texts(sdoc)
    for s, e in runs(sdoc):
        if any(i in covered for i in range(s, e)):
            if "-" in texts[s:e]:
                joins.hyphen_whole(sdoc, gaz, s, e, out, PLACE_LABELS)
            continue
        out.setdefault((s, e), "")
    spans = joins.town_of(sdoc, gaz, cues.town_words, sorted((s, e, lab) for (s, e), lab in out.items()))
    spans = joins.abbreviated(sdoc, gaz, cues.name_abbreviations, spans)
    spans = joins.long_form(sdoc, gaz, spans)
    return joins.suffixed(sdoc, gaz, cues.region_suffixes, join(sdoc, spans))

def joined(sdoc: Doc, gaz: Gazetteer, spans: Spans) -> Spans:
    """Adjacent spans the NER model split ("Baja" + "California") joined when together they are one
    gazetteer name: the longest name wins over its parts."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and out[-1][1] == s and sdoc[s - 1].whitespace_ and gaz.lookup(
            sdoc[out[-1][0] : e].text, fuzzy=False
        ):
            prev = out.pop()
            s, label = prev[0], prev[2] if prev[2] in PLACE_LABELS else label
        out.append((s, e, label))
    return out

def segments(sdoc: Doc, gaz: Gazetteer, cues: Cues, s: int, e: int) -> list[Segment]:
    """Gazetteer matches inside [s, e), longest first from the left; a region noun ending the
    range ("Kherson Oblast") is dropped when the whole is not itself a name, and kept as a hint.
    A geographic head noun ("Delta", "Plateau") after a capitalised word no entry matched is the head
    of that longer name, no match of its own. Only the whole range is looked up loosely (``fold``);
    such a match is marked loose (last item): it needs the NER model's place label or a place noun
    to be taken."""
    hint = None
    if (shared := joins.shared_region(sdoc, gaz, s, e, cues.region_plurals)):
        return [(s, e, shared, None, False)]
    caps, digits = capitalised_flags(sdoc), int_column(sdoc, "digit")
    if e - s > 1 and str_column(sdoc, "lower")[e - 1] in cues.admin_words:
        found = gaz.lookup(span_text(sdoc, s, e), fuzzy=False)
        if found:
            return [(s, e, found, None, False)]
        e -= 1
        hint = "admin1"
    out: list[Segment] = []
    i = s
    while i < e:
        if not caps[i]:  # no name starts here, whatever its end
            i += 1
            continue
        for j in range(min(e, i + 7), i, -1):
            if not (caps[j - 1] or digits[j - 1]):
                continue
            text = span_text(sdoc, i, j)
            if j - i == 1 and (text.lower() in cues.stopwords or gaz.is_demonym(text)):
                continue
            # a generic head of longer names (``area_heads``, ``water_heads``)
            if j - i == 1 and i > s and (text.lower() in cues.area_heads or text.lower() in cues.water_heads) \
                    and not (out and out[-1][1] == i):
                continue  # the head of a longer name no entry bears ("the Danube Delta": no region Delta)
            found = gaz.lookup_abbreviated(text, cues.name_abbreviations)
            loose = not found and j - i == e - s and bool(found := gaz.lookup(text))
            if found:
                out.append((i, j, found, hint if j == e else None, loose))
                i = j
                break
        else:
            i += 1
    return out
