"""Nominal cues and evidence frames.

- A noun that names a claim or a stance, with its content complement: a 'that'-clause ('his claim
  that the vote was rigged'; ``nouns`` in the lexicon, any of them) or, for nouns listed with
  prepositions, the object of one ('the governor's call for a ceasefire', 'her criticism of the
  plan'). A prepositional complement needs someone who holds the stance: a possessor ('her', 'the
  governor's') or, when the noun is the object of a light verb ('voiced support for'; ``light_verbs``),
  that verb's subject.
- An evidence frame: 'in' + a noun naming a poll, report or statement (``evidence_nouns``) on a
  clause that is no report itself ('In the latest poll, Smith leads by five points'; 'Smith has a
  lead in the polls ahead of the vote': the clause up to the frame): the noun phrase is the
  source, the clause the content.
- A viewpoint frame: 'in' + a noun naming someone's view (``viewpoint_nouns``) held by a possessor
  or an 'of'-phrase after 'the' ('In the mayor's view, ...', '..., in the eyes of most voters'):
  the holder is the source, the clause the frame modifies the content (also when the frame stands
  inside it, set off by commas: 'The plan, in her opinion, is ...'). A viewpoint noun nobody holds
  ('keep in mind', 'in view of') frames nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import Candidate, np_span, sent_bounds, trim
from unfog.claims.lexicon import Lexicon
from unfog.lines import lemmas_and_lowers, str_column

SUBJECTS = ("nsubj", "nsubjpass")


def _that_clause(t: Token) -> Token | None:
    for c in t.rights:
        if c.dep_ in ("acl", "ccomp", "appos") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _prep_object(t: Token, preps: frozenset[str]) -> Token | None:
    for c in t.rights:
        if (
            c.dep_ == "prep"
            and c.i == t.i + 1
            and c.lower_ in preps
            and any(k.dep_ in ("pobj", "pcomp") for k in c.children)
        ):
            return c
    return None


def holder_of(t: Token, lex: Lexicon) -> tuple[int, int] | None:
    """Who holds the stance a noun names: its possessor, or the subject of a light verb taking it."""
    for c in t.children:
        if c.dep_ == "poss":
            return np_span(c)
    h = t.head
    if t.dep_ == "dobj" and lex.lemma(h) in lex.light_verbs:
        for c in h.children:
            if c.dep_ in SUBJECTS and c.lower_ not in ("who", "which", "that"):
                return np_span(c)
    return None


def noun_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    lemmas = lemmas_and_lowers(doc)[0]
    for i, pos in enumerate(str_column(doc, "pos")):
        if pos != "NOUN":
            continue
        entry = lex.nouns.get(lemmas[i])
        if entry is None:
            continue
        t = doc[i]
        _, s1 = sent_bounds(t)
        clause = _that_clause(t)
        holder = holder_of(t, lex)
        if clause is not None:
            cue = (t.i, t.i + 1)
            content = (clause.left_edge.i, min(clause.right_edge.i + 1, s1))
        else:
            prep = _prep_object(t, entry.preps) if entry.preps else None
            if prep is None or holder is None:
                continue
            cue = (t.i, prep.i + 1)
            content = (prep.i + 1, min(prep.right_edge.i + 1, s1))
        s, e = trim(doc, *content)
        if e - s < 1 or (holder is not None and holder[0] <= t.i < holder[1]):
            continue
        out.append(
            Candidate(
                kind="noun",
                cue=cue,
                head=t,
                content=(s, e),
                source=holder,
                stance=entry.stance,
                framing=entry.framing,
            )
        )
    return out


def _clause_verb(t: Token) -> Token | None:
    """The verb of the clause a preposition belongs to: its head, or the verb above the noun it
    modifies ('held a lead among voters in the poll')."""
    h = t.head
    for _ in range(3):
        if h.pos_ in ("VERB", "AUX"):
            return h
        if h.head.i == h.i or h.dep_ in ("nsubj", "nsubjpass"):
            return None
        h = h.head
    return None


def _view_holder(obj: Token) -> tuple[int, int] | None:
    """Who holds the view a viewpoint noun names: its possessor ('in her view'), or the object of
    its 'of'-phrase after 'the' ('in the eyes of X')."""
    for c in obj.children:
        if c.dep_ == "poss":
            return np_span(c)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        for c in obj.rights:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((k for k in c.children if k.dep_ == "pobj"), None)
                return np_span(pobj) if pobj is not None else None
    return None


def _commas_around(doc: Doc, lo: int, hi: int) -> bool:
    """The phrase [lo, hi) is set off by commas on both sides ('X, in her view, is ...')."""
    return lo > 0 and hi < len(doc) and doc[lo - 1].text == "," and doc[hi].text == ","


def evidence_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for i, low in enumerate(lemmas_and_lowers(doc)[1]):
        if low != "in":
            continue
        t = doc[i]
        if t.dep_ != "prep":
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        noun = obj.lemma_.lower()
        viewpoint = noun in lex.viewpoint_nouns or obj.lower_ in lex.viewpoint_nouns
        if noun not in lex.evidence_nouns and not viewpoint:
            continue
        holder = _view_holder(obj) if viewpoint else None
        if viewpoint and holder is None:
            continue
        h = _clause_verb(t)
        if h is None:
            continue
        if lex.verbs.get(lex.lemma(h)) is not None:
            continue  # 'in a statement, X said ...': the verb is the cue
        s0, s1 = sent_bounds(t)
        src = np_span(obj)
        lo, hi = max(h.left_edge.i, s0), min(h.right_edge.i + 1, s1)
        frame_end = src[1]
        if t.i == lo:
            lo = frame_end  # 'In the poll, X leads ...'
        elif frame_end >= hi - 1 or h.i < t.i:
            hi = t.i  # '... X leads in the poll (ahead of the primary).'
        elif not (viewpoint and _commas_around(doc, t.i, frame_end)):
            continue
        s, e = trim(doc, lo, hi)
        if e - s < 3:
            continue
        out.append(Candidate(kind="frame", cue=(t.i, t.i + 1), head=t, content=(s, e), source=holder or src))
    return out
