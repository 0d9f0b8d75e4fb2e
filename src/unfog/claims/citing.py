"""'Citing': the body a reporter cites is the source, the reporter a relay.

"Interfax reported, citing the emergency services, that ...", "The paper, citing sources close to
the ministry, said ...", "Citing two officials, Reuters reported ...", "X said ..., citing a military
source": the participle 'citing' on a reporting verb names where the report comes from. When what is
cited can speak (a name, an outlet, or a noun of people or bodies: ``speaker_nouns`` in the lexicon
and the actors' role nouns), the reporting verb's claim takes it for its source and keeps the reporter
as the first relay; the 'citing' candidate itself (whose content would be the cited body) is dropped.
When what is cited is a reason ('citing security concerns'), nothing changes: the participle is a
claim of the reporter's own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import Candidate, np_span, trim
from unfog.claims.chains import is_outletish
from unfog.claims.lexicon import Lexicon

#: named-entity types of a name that can speak
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def can_speak(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A noun phrase that names someone who can be a source (not a reason or a document)."""
    root = doc[span[0] : span[1]].root
    if root.pos_ == "PRON":
        return False
    if root.ent_type_ in SPEAKING_ENTS or root.pos_ == "PROPN" or is_outletish(doc, span, lex):
        return True
    return lex.lemma(root) in lex.speaker_nouns or root.lower_ in lex.speaker_nouns


def _reporting_verb(v: Token, cues: dict[int, Candidate]) -> Token | None:
    """The reporting verb a 'citing' participle belongs to: its head, or (when the parse hangs the
    participle on the reported clause) the cue verb that clause depends on."""
    h = v.head
    for _ in range(3):
        if h.i in cues and h is not v:
            return h
        if h is h.head or h.dep_ not in ("ccomp", "conj", "advcl", "xcomp"):
            break
        h = h.head
    return h if h.i in cues and h is not v else None


def _clause(v: Token) -> Token | None:
    """A that-clause the parse hung on 'citing' ('said, citing police, that ...')."""
    return next((k for k in v.children if k.dep_ == "ccomp" and k.i > v.i), None)


def _without(doc: Doc, content: tuple[int, int], phrase: tuple[int, int]) -> tuple[int, int]:
    """A content without the 'citing' phrase at its start or end."""
    s, e = content
    if not (s <= phrase[0] and phrase[1] <= e):
        return content
    if all(doc[j].is_punct for j in range(s, phrase[0])):
        s = phrase[1]
    elif all(doc[j].is_punct for j in range(phrase[1], e)):
        e = phrase[0]
    out = trim(doc, s, e)
    return out if out[1] > out[0] else content


def absorb_citing(cands: list[Candidate], doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Move what 'citing' names into the chain of the report it belongs to (see the module)."""
    verbs = {c.head.i: c for c in cands if c.kind == "verb"}
    dropped: set[int] = set()
    for c in cands:
        v = c.head
        if c.kind != "verb" or lex.lemma(v) != "cite" or v.tag_ != "VBG" or c.source is None:
            continue
        obj = next((k for k in v.children if k.dep_ == "dobj"), None)
        if obj is None:
            continue
        cited = np_span(obj)
        if not can_speak(doc, cited, lex):
            continue
        r = _reporting_verb(v, {i: o for i, o in verbs.items() if o is not c})
        if r is not None:
            o = verbs[r.i]
            if o.source is None or o.source == cited:
                continue
            o.cited_by = o.source
            o.source, o.name_span = cited, None
            o.content = _without(doc, o.content, (min(v.i, cited[0]), cited[1]))
            dropped.add(id(c))
            continue
        clause = _clause(v)
        head = v.head
        if clause is None or head.pos_ not in ("VERB", "AUX") or lex.verbs.get(lex.lemma(head)) is None:
            continue
        # the parse gave the report's clause to 'citing': the head verb reports it
        s, e = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if e <= s:
            continue
        c.cited_by, c.source, c.name_span = c.source, cited, None
        c.cue, c.head, c.content = (head.i, head.i + 1), head, (s, e)
        entry = lex.verbs[lex.lemma(head)]
        c.stance, c.framing = entry.stance, entry.framing
    return [c for c in cands if id(c) not in dropped]
