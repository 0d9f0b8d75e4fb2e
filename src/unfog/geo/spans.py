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
        end = joins.hyphen_tail(sdoc, gaz, s, e, texts) if e < len(texts) and texts[e] == "-" else e
        tail, e = end > e, end
        if any(i in covered for i in range(s, e)):
            if "-" in texts[s:e]:
                joins.hyphen_whole(sdoc, gaz, s, e, out, PLACE_LABELS)
            if tail and out.get((s, e)) == "PERSON":
                out[(s, e)] = ""  # a person's name has no lower-case hyphened words ("-upon-")
            continue
        out.setdefault((s, e), "")
    spans = joins.town_of(sdoc, gaz, cues.town_words, sorted((s, e, lab) for (s, e), lab in out.items()))
    spans = joins.abbreviated(sdoc, gaz, cues.name_abbreviations, spans)
    spans = joins.long_form(sdoc, gaz, spans)
    spans = joins.head_of_joined(sdoc, cues.feature_heads, spans)
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
    A geographic head noun ("Delta", "Bay") after a capitalised word is the head of that longer name,
    no match of its own (the word before it is matched alone, and ``heads`` keeps only what such a
    name may be); so is one opening "<Head> of <Name>" (``joins.head_of``), and the name after its
    "of" no match either: "the Gulf of X" is one name, no town X. Only the whole range is looked up loosely (``fold``);
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
    heads = cues.feature_heads  # generic heads of longer names
    lowers, punct = str_column(sdoc, "lower"), int_column(sdoc, "punct")
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
            if j - i == 1 and lowers[i] in heads and (
                (i > s and caps[i - 1] and not punct[i - 1]) or joins.head_of(caps, lowers, heads, i)
            ):
                continue  # the head of a longer name no entry bears ("the Danube Delta", "Bay of X")
            if i - 2 >= s and joins.head_of(caps, lowers, heads, i - 2):
                continue  # the rest of "<Head> of X" no entry bears ("Gulf of X" is no town X)
            found = gaz.lookup_abbreviated(text, cues.name_abbreviations)
            loose = not found and j - i == e - s and bool(found := gaz.lookup(text))
            if found:
                out.append((i, j, found, hint if j == e else None, loose))
                i = j
                break
        else:
            i += 1
    return out
