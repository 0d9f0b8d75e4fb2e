"""Definite settlement nouns ("the town", "the city") as the place of an act: definite description
anaphora resolved to the populated place told before (events/incident.py carries the incident's
place after it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from unfog.events.arguments import DESCRIBED, is_dateline
from unfog.events.context import in_described_clause
from unfog.events.draft import OCCURRED, Draft
from unfog.model import Place
from unfog.nlp import lead_sentence

__all__ = ["ANAPHOR", "settle_anaphors"]

#: the place reason of an act placed by a definite settlement noun (``settle_anaphors``)
ANAPHOR = "anaphor"


def settle_anaphors(drafts: Sequence[Draft], by_id: Mapping[str, Place], nouns: frozenset[str]) -> None:
    """An act with no place, or one its sentence names only elsewhere than in its own phrase and
    clause, whose phrase or clause names its place by a definite settlement noun ("last year's
    bombing of a mosque in the city", "shelled the town again") is at the populated place (GeoNames
    PPL*) told last before it (definite description anaphora; "the town of X" names X and is no
    anaphor; a county is no antecedent of "the city"). A town named inside a clause that describes a
    participant ("a crowd waiting for the bus to X") is no antecedent: a referent embedded in a
    relative or participial clause is the least salient of its sentence (Centering: Grosz, Joshi and
    Weinstein 1995, ranked by grammatical role), unless the lead or the dateline names it. In place."""
    towns = _antecedents(drafts, by_id)
    for d in drafts:
        if (d.place is not None and d.place_reason not in ("sentence", DESCRIBED)) or d.acled is None or (
                d.modality not in OCCURRED):
            continue
        noun = next((t for t in _anaphor_scope(d.head) if t.lemma_.lower() in nouns and t.pos_ == "NOUN"
                     and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                     and not any(c.dep_ in ("prep", "appos", "compound") for c in t.children)), None)
        if noun is None:
            continue
        before = [pid for start, pid in towns if start < noun.idx]
        if before:
            d.place, d.place_reason = before[-1], ANAPHOR


def _antecedents(drafts: Sequence[Draft], by_id: Mapping[str, Place]) -> list[tuple[int, str]]:
    """The mentions of populated places that may be the antecedent of "the town" (see
    ``settle_anaphors``), as (start, place id) in text order."""
    if not drafts:
        return []
    doc = drafts[0].head.doc
    first = lead_sentence(doc)
    lead_end = first.end_char if first is not None else 0
    out = []
    for p in by_id.values():
        if not (p.feature_code or "").startswith("PPL"):
            continue
        for m in p.mentions:
            if is_dateline(m.reason) or (m.literal and (m.span[0] < lead_end
                                                        or not _described_at(doc, m.span[0]))):
                out.append((m.span[0], p.id))
    return sorted(out)


def _described_at(doc: Doc, start: int) -> bool:
    """The character lies in a clause that describes a noun (events/context.py)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_described_clause(span[0])


def _anaphor_scope(head: Token) -> list[Token]:
    """The words whose definite settlement noun places the act: its phrase and clause; for an act
    noun that is the subject of an intransitive predicate, that predicate's ("a bomb exploded near a
    market in the town": the predicate tells where the act named by its subject took place)."""
    out = list(head.subtree)
    verb = head.head
    if (head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "dobj" for c in verb.children)):
        out.extend(t for c in verb.children if c.dep_ == "prep" for t in c.subtree)
    return out
