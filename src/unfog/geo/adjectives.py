"""Adjectives of places used as modifiers: "the Syrian army", "the Iraqi border", "South Korean
courts", "Russian-European projects" (the ``place_adjectives`` setting; off by default).

GeoWebNews and similar geoparsing benchmarks count such adjectives as toponyms of the country or
region they name (types Literal_Modifier / Non_Literal_Modifier); ACLED-style coding does not. A
demonym becomes a mention (``kind="adjective"``) only in attributive position, directly before the
noun phrase it modifies; people-nouns ("the Syrians"), predicates ("they were British"), languages
("in Spanish") and words inside an organisation's name ("the Polish People's Party") are left out.
It is literal when the noun it modifies is a place noun ("the Turkish border", "Greek islands").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.geo.gazetteer import Gazetteer
from unfog.geo.recognize import Cues, Mention
from unfog.lines import token_texts

_NOUNISH = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def _modifier(sdoc: Doc, start: int, end: int) -> Token | None:
    """The noun the demonym sdoc[start:end] modifies, when it stands before one; None otherwise."""
    if end >= len(sdoc):
        return None
    nxt = sdoc[end]
    if nxt.text == "-" and not nxt.whitespace_ and end + 1 < len(sdoc) and sdoc[end + 1].is_alpha:
        return _modifier(sdoc, end + 1, end + 2) or sdoc[end + 1]  # "Russian-European projects"
    if nxt.lower_ in ("and", "or") and end + 1 < len(sdoc) and sdoc[end + 1].text[:1].isupper():
        return _modifier(sdoc, end + 1, end + 2)  # "British and American politicians"
    if sdoc[end - 1].whitespace_ == "" and not nxt.is_alpha:
        return None
    if nxt.pos_ not in _NOUNISH or not nxt.is_alpha:
        return None
    head = sdoc[end - 1].head
    if head.i >= end and head.pos_ in ("NOUN", "PROPN"):
        return head
    for tok in sdoc[end : min(len(sdoc), end + 4)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.pos_ not in _NOUNISH:
            break
    return None


def _in_name(sdoc: Doc, start: int, end: int) -> bool:
    """Inside a longer organisation, building, work or event name the NER model found."""
    for tok in (sdoc[start], sdoc[end - 1]):
        if tok.ent_type_ in _NAME_LABELS:
            ent = next((e for e in sdoc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and (ent.end > end or ent.start < start) and ent.end - ent.start > end - start:
                return True
    return False


def find_adjectives(sdoc: Doc, gaz: Gazetteer, cues: Cues, taken: set[int]) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(sdoc):
        tok = sdoc[i]
        if not (tok.is_alpha and tok.text[:1].isupper()) or i in taken:
            i += 1
            continue
        for width in (2, 1):  # "South Korean", "Latin American" before "Korean", "American"
            end = i + width
            if end > len(sdoc) or any(j in taken for j in range(i, end)):
                continue
            span = sdoc[i:end]
            if not all(t.is_alpha and t.text[:1].isupper() for t in span):
                continue
            place = gaz.demonym_place(span.text)
            if place is None:
                continue
            head = _modifier(sdoc, i, end)
            if head is None or _in_name(sdoc, i, end):
                continue
            literal = head.lemma_.lower() in cues.literal_heads or head.lower_ in cues.literal_heads
            reason = f"adjective:{'place-noun' if literal else 'modifier'}-{head.lower_}"
            m = Mention(i, end, (span.start_char, span.end_char), span.text, reason, (place,), literal=literal)
            m.kind = "adjective"
            out.append(m)
            i = end - 1
            break
        i += 1
    return out


def find_compounds(sdoc: Doc, gaz: Gazetteer, cues: Cues, taken: set[int], adjectives: bool) -> list[Mention]:
    """Place names (and, with ``adjectives``, place adjectives) fused with a participle in one token:
    "U.S.-led", "Iran-backed", "Kyiv-based", "Russian-occupied". The mention spans the name part;
    it is literal for participles of location ("-based", "-born", "-made")."""
    out: list[Mention] = []
    for i, text in enumerate(token_texts(sdoc)):
        if i in taken or "-" not in text or not text[:1].isupper():
            continue
        tok = sdoc[i]
        name, _, suffix = tok.text.rpartition("-")
        if suffix.lower() not in cues.compound_suffixes or not name:
            continue
        kind, place = "name", None
        found = gaz.lookup(name, fuzzy=False)
        if found and (found[0].is_country or found[0].is_large or found[0].is_admin1
                      or found[0].feature_code == "PPLC"):
            place = found[0]
        elif adjectives:
            place, kind = gaz.demonym_place(name), "adjective"
        if place is None:
            continue
        literal = suffix.lower() in cues.literal_compounds
        m = Mention(tok.i, tok.i + 1, (tok.idx, tok.idx + len(name)), name, f"compound:-{suffix.lower()}",
                    (place,), literal=literal)
        m.kind = kind
        out.append(m)
    return out
