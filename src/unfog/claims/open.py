"""Open candidates: cues outside the lexicon, proposed from their syntactic frame alone and left to
the learned scorer (``learned``) to accept or reject.

- A verb that takes a clause ('X doubted that ...', 'X wants to ...', '"...," X fumed'): any verb
  with a clausal complement, a quote after it, or a reported clause before it.
- An attitude adjective after a copula with a clause or a prepositional complement ('X was not
  optimistic about Y', 'X is fully aware that ...', 'X seemed eager to ...').
- A noun with a 'that'-clause ('the belief that ...'), or held by someone (a possessor, the subject
  of a light verb) with a prepositional object ('her support for X').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Token

from unfog.claims.candidate import Candidate, np_span, sent_bounds, trim
from unfog.claims.lexicon import Lexicon, VerbEntry
from unfog.claims.nouns import holder_of
from unfog.knowledge import PACKAGED, Knowledge
from unfog.lines import int_column, lemmas_and_lowers, str_column

#: The entries an open verb gets: with a clausal complement, or with an object; stance and framing
#: unknown.
OPEN_CLAUSE = VerbEntry("other", "neutral", "clause")
OPEN_OBJECT = VerbEntry("other", "neutral", "any")
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class OpenFrames:
    """The word lists of the open frames (``data/claims/open_frames.yaml``)."""

    #: verbs linking a subject to an attitude adjective ('X seemed eager to ...')
    copulas: frozenset[str]
    #: prepositions whose object is an attitude adjective's content ('optimistic about Y')
    adj_preps: frozenset[str]
    #: prepositions whose object is the content of a noun held by someone ('her support for X')
    noun_preps: frozenset[str]


def load_open_frames(knowledge: Knowledge = PACKAGED) -> OpenFrames:
    """The open frames of ``claims/open_frames.yaml``; the claims stage reads them once."""
    raw = cast(dict[str, list[str]], knowledge.read("claims/open_frames.yaml"))
    return OpenFrames(
        frozenset(str(w) for w in raw["copulas"]),
        frozenset(str(w) for w in raw["adj_preps"]),
        frozenset(str(w) for w in raw["noun_preps"]),
    )


def open_verb_entry(v: Token, lex: Lexicon) -> VerbEntry | None:
    """The entry of a verb outside the lexicon whose frame could introduce content."""
    if v.pos_ != "VERB" or not v.tag_.startswith("VB") or lex.lemma(v) in lex.verbs:
        return None
    kids = list(v.children)
    for c in kids:
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)):
            return OPEN_CLAUSE
    if any(c.dep_ == "dobj" for c in kids) or _adjacent_prep(v) is not None or _for_clause(v) is not None:
        return OPEN_OBJECT
    return None


def _adjacent_prep(v: Token) -> Token | None:
    """A preposition right after the verb (or its particle) with an object: 'referred to X'."""
    for c in v.rights:
        if c.dep_ == "prt":
            continue
        if c.dep_ == "prep" and c.i <= v.i + 2 and any(k.dep_ in ("pobj", "pcomp") for k in c.children):
            return c
        break
    return None


def _for_clause(v: Token) -> tuple[Token, Token] | None:
    """'called for X to resign', 'pushed for them to leave': the parse makes 'for' the mark of a
    clause right after the verb; the mark and the clause."""
    for c in v.rights:
        if c.dep_ == "prt":
            continue
        mark = c.left_edge
        if c.dep_ == "advcl" and mark.i <= v.i + 2 and mark.dep_ == "mark" and mark.lower_ == "for":
            return mark, c
        break
    return None


def prep_content(v: Token) -> tuple[int, tuple[int, int]] | None:
    """The cue's end (after the preposition) and the content (its object) of 'referred to X'
    ('called for X to resign': the clause after 'for')."""
    prep = _adjacent_prep(v)
    if prep is None:
        found = _for_clause(v)
        if found is None:
            return None
        prep, clause = found
        _, s1 = sent_bounds(v)
        s, e = trim(v.doc, prep.i + 1, min(clause.right_edge.i + 1, s1))
        return (prep.i + 1, (s, e)) if e > s else None
    _, s1 = sent_bounds(v)
    s, e = trim(v.doc, prep.i + 1, min(prep.right_edge.i + 1, s1))
    if e <= s:
        return None
    return prep.i + 1, (s, e)


def _complement(adj: Token, cop: Token, preps: frozenset[str]) -> tuple[Token, tuple[int, int]] | None:
    """The adjective's complement (the token ending the cue, and the content span); ``preps``: the
    prepositions that take it."""
    for c in adj.rights:
        if c.dep_ in ("ccomp", "xcomp"):
            return adj, (c.left_edge.i, c.right_edge.i + 1)
        if c.dep_ == "prep" and c.lower_ in preps and c.i == adj.i + 1:
            obj = next((k for k in c.children if k.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return c, (c.i + 1, c.right_edge.i + 1)
    for c in cop.rights:
        if c.i == adj.i + 1 and c.dep_ == "prep" and c.lower_ in preps:
            obj = next((k for k in c.children if k.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return c, (c.i + 1, c.right_edge.i + 1)
        if c.i > adj.i and c.dep_ == "ccomp" and c.left_edge.i <= adj.i + 2:
            return adj, (c.left_edge.i, c.right_edge.i + 1)
    return None


def adjective_candidates(doc: Doc, lex: Lexicon, frames: OpenFrames) -> list[Candidate]:
    out: list[Candidate] = []
    pos, dep, head = str_column(doc, "pos"), str_column(doc, "dep"), int_column(doc, "head")
    lemmas = lemmas_and_lowers(doc)[0]
    for i, p in enumerate(pos):
        if p != "ADJ" or dep[i] not in ("acomp", "oprd") or lemmas[head[i]] not in frames.copulas or head[i] > i:
            continue
        adj = doc[i]
        cop = adj.head
        comp = _complement(adj, cop, frames.adj_preps)
        if comp is None:
            continue
        last, (cs, ce) = comp
        _, s1 = sent_bounds(adj)
        s, e = trim(doc, cs, min(ce, s1))
        if e - s < 1:
            continue
        subj = next((c for c in cop.children if c.dep_ in SUBJECTS), None)
        # 'it is unclear whether ...': an expletive subject holds no view
        src = np_span(subj) if subj is not None and subj.lower_ != "it" else None
        out.append(
            Candidate(
                kind="adj",
                cue=(cop.i, last.i + 1),
                head=adj,
                content=(s, e),
                source=src,
                stance="other",
                open=True,
            )
        )
    return out


def _that(c: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)


def open_noun_candidates(doc: Doc, lex: Lexicon, frames: OpenFrames) -> list[Candidate]:
    """Nouns outside the lexicon with a 'that'-clause; the possessor (if any) is the source."""
    noun_preps = frames.noun_preps
    out: list[Candidate] = []
    pos, dep, head = str_column(doc, "pos"), str_column(doc, "dep"), int_column(doc, "head")
    lemmas, lowers = lemmas_and_lowers(doc)
    # the nouns with a right dependent that may be a 'that'-clause, and those with a preposition of
    # ``noun_preps`` right after them as their dependent: no other noun has a clause or a prep below
    clausal = {h for k, h in enumerate(head) if h < k and dep[k] in ("acl", "ccomp", "appos")}
    n = len(pos)
    for i, p in enumerate(pos):
        if p != "NOUN" or lemmas[i] in lex.nouns:
            continue
        k = i + 1
        if i not in clausal and not (k < n and head[k] == i and dep[k] == "prep" and lowers[k] in noun_preps):
            continue
        t = doc[i]
        clause = next((c for c in t.rights if c.dep_ in ("acl", "ccomp", "appos") and _that(c)), None)
        src = holder_of(t, lex)
        _, s1 = sent_bounds(t)
        cue = (t.i, t.i + 1)
        if clause is not None:
            s, e = trim(doc, clause.left_edge.i, min(clause.right_edge.i + 1, s1))
        else:
            prep = next((c for c in t.rights if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in noun_preps), None)
            if prep is None or src is None or not any(k.dep_ in ("pobj", "pcomp") for k in prep.children):
                continue
            cue = (t.i, prep.i + 1)
            s, e = trim(doc, prep.i + 1, min(prep.right_edge.i + 1, s1))
        if e - s < 2 or (src is not None and src[0] <= t.i < src[1]):
            continue
        cand = Candidate(kind="noun", cue=cue, head=t, content=(s, e), source=src, stance="other")
        cand.open = True
        out.append(cand)
    return out

