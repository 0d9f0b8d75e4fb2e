"""'Citing': the body a reporter cites is the source, the reporter a relay.

"Interfax reported, citing the emergency services, that ...", "The paper, citing sources close to
the ministry, said ...", "Citing two officials, Reuters reported ...", "X said ..., citing a military
source": the participle 'citing' (or 'quoting': ``citing_verbs`` in the lexicon) on a reporting verb
or an 'according to X' frame ("According to Interfax, citing the ministry, ...") names where the
report comes from. When what is
cited can speak (a name, an outlet, or a noun of people or bodies: ``speaker_nouns`` in the lexicon
and the actors' role nouns), the reporting verb's claim takes it for its source and keeps the reporter
as the first relay; the 'citing' candidate itself (whose content would be the cited body) is dropped.
When what is cited is a reason ('citing security concerns'), nothing changes: the participle is a
claim of the reporter's own.

"X quoted Y as saying Z" is the same chain said the other way round: Y says Z, X passes it on; the
claim's cue is 'saying', its source Y and its first relay X (and 'Z, X quoted Y as saying', the
reporting clause after the reported one); so is its passive, "Y was quoted by X
as saying Z". So is a forwarded post: "X forwarded
(shared, reposted: ``forwarding_verbs``) a post by Y saying Z" — the participle speaks for the post's
author Y, and X passes it on.

"X said Y had told him that Z" is a chain too (PARC's nested attribution, Pareti 2012): the inner
report was made to the outer source, whom its object pronoun names, and the outer source passes it
on (``addressed_reports``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import Candidate, np_span, trim
from unfog.claims.chains import is_outletish
from unfog.claims.lexicon import Lexicon
from unfog.lines import span_root

#: named-entity types of a name that can speak
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def can_speak(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A noun phrase that names someone who can be a source (not a reason or a document)."""
    root = span_root(doc, span[0], span[1])
    if root.pos_ == "PRON":
        return False
    if root.ent_type_ in SPEAKING_ENTS or root.pos_ == "PROPN" or is_outletish(doc, span, lex):
        return True
    return lex.lemma(root) in lex.speaker_nouns or root.lower_ in lex.speaker_nouns


def _someone_named(held: Token, lex: Lexicon) -> bool:
    """A noun of one person ('the chief negotiator'; ``person_nouns``) or one with a person's name in
    apposition ('the negotiator, X'): the apposition says who the noun is (Quirk et al. 1985, 17.65)."""
    if lex.lemma(held) in lex.person_nouns:
        return True
    return any(k.dep_ == "appos" and k.ent_type_ == "PERSON" for k in held.children)


def _reporting_verb(v: Token, cues: dict[int, Candidate]) -> Token | None:
    """The reporting verb a 'citing' participle belongs to: its head, or (when the parse hangs the
    participle on the reported clause) the cue verb that clause depends on, or (when it hangs it on
    the reporter: 'The agency, quoting X, later reported ...') the verb whose subject that is: a
    participle set off by commas is a supplementive clause of the whole predication, whatever noun
    the parse attaches it to (Quirk et al. 1985, 15.58-15.60)."""
    h = v.head
    if v.dep_ == "acl" and h.dep_ in ("nsubj", "nsubjpass") and h.head.i in cues:
        return h.head
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


def _framing(v: Token, cands: list[Candidate], c: Candidate) -> Candidate | None:
    """An 'according to X' frame whose content holds the 'citing' participle."""
    return next(
        (
            f
            for f in cands
            if f is not c and f.kind == "frame" and f.source is not None and f.content[0] <= v.i < f.content[1]
        ),
        None,
    )


def _cited_by_relative(v: Token, cands: list[Candidate], c: Candidate) -> Candidate | None:
    """The report whose source a relative clause of citing describes ('According to X, which cited
    Y, ...', 'X, which quoted Y, reported ...'): a non-restrictive relative clause says of its
    antecedent what a 'citing' participle on it would (Quirk et al. 1985, 17.22); so does a
    participle the parse takes for one ('X, citing Y, reported')."""
    if v.dep_ != "relcl":
        return None
    n = v.head
    return next((o for o in cands if o is not c and o.source is not None and o.source[0] <= n.i < o.source[1]), None)


def _before_relative(doc: Doc, span: tuple[int, int], v: Token) -> tuple[int, int]:
    """A noun phrase without the relative clause ``v`` and the punctuation before it."""
    s, e = span
    if s < v.left_edge.i <= e:
        e = v.left_edge.i
        while e > s + 1 and doc[e - 1].is_punct:
            e -= 1
    return s, e


def _quoted_as(c: Candidate, doc: Doc, lex: Lexicon) -> Token | None:
    """The reporting verb of 'X quoted Y as saying ...' ('saying': it makes Y a speaker)."""
    v = c.head
    obj = next((k for k in v.children if k.dep_ == "dobj"), None)
    if obj is None:
        return None
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i:
            say = next((k for k in p.children if k.dep_ in ("pcomp", "pobj") and k.pos_ == "VERB"), None)
            if say is not None and lex.lemma(say) in lex.verbs and lex.lemma(say) not in lex.citing_verbs:
                return say
    return None


def _absorb_quoted(c: Candidate, doc: Doc, lex: Lexicon) -> bool:
    """'X quoted Y as saying Z': the claim becomes Y's (cue 'saying', content Z), X its first relay."""
    say = _quoted_as(c, doc, lex)
    if say is None or c.source is None:
        return False
    clause = next((k for k in say.children if k.dep_ in ("ccomp", "xcomp") and k.i > say.i), None)
    s, e = (
        trim(doc, say.i + 1, c.content[1]) if clause is None else trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    )
    before = next((k for k in c.head.children if k.dep_ == "ccomp" and k.i < c.head.i), None)
    if e <= s and before is not None:
        # 'Z, X quoted Y as saying': a reporting clause after the reported one, which the quoting
        # verb takes as its complement (Quirk et al. 1985, 15.53); 'saying' has nothing of its own
        s, e = trim(doc, before.left_edge.i, before.right_edge.i + 1)
    if e <= s:
        return False
    obj = next(k for k in c.head.children if k.dep_ == "dobj")
    c.cited_by, c.source, c.name_span = c.source, np_span(obj), None
    c.cue, c.head, c.content = (say.i, say.i + 1), say, (s, e)
    entry = lex.verbs[lex.lemma(say)]
    c.stance, c.framing = entry.stance, entry.framing
    return True


def _absorb_quoted_passive(c: Candidate, doc: Doc, lex: Lexicon) -> bool:
    """'Y was quoted by X as saying Z', the passive of 'X quoted Y as saying Z': the passive's
    subject is the quoting verb's object (Quirk et al. 1985, 3.63-3.65), so Y speaks and the agent
    X passes it on. The parse hangs 'saying' on the passive verb, whose agent the stage would
    otherwise take for the speaker."""
    v = c.head
    prep = v.head
    if c.kind != "verb" or v.tag_ != "VBG" or v.dep_ not in ("pcomp", "pobj") or prep.lower_ != "as":
        return False
    quoted = prep.head
    if lex.lemma(quoted) not in lex.citing_verbs or lex.lemma(v) in lex.citing_verbs:
        return False
    held = next((k for k in quoted.children if k.dep_ == "nsubjpass"), None)
    agent = next((o for a in quoted.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    if held is None or agent is None or not (can_speak(doc, np_span(held), lex) or _someone_named(held, lex)):
        return False
    c.source, c.name_span, c.cited_by = np_span(held), None, np_span(agent)
    return True


def _post_author(h: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The author and the forwarding verb of 'forwarded a post by Y saying ...' (the parse hangs the
    participle on the post or on its author)."""
    noun = h.head
    if h.dep_ != "acl":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "from"):
        v = noun.head.head if noun.head.head.dep_ != "dobj" else noun.head.head.head
        return (noun, v) if lex.lemma(v) in lex.forwarding_verbs else None
    if noun.dep_ != "dobj" or lex.lemma(noun.head) not in lex.forwarding_verbs:
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ("by", "from") and p.i < h.i:
            o = next((k for k in p.children if k.dep_ == "pobj"), None)
            if o is not None:
                return o, noun.head
    return None


def _absorb_forwarded(c: Candidate, doc: Doc, lex: Lexicon) -> bool:
    """'X forwarded a post by Y saying Z': the claim is Y's, X its first relay."""
    found = _post_author(c.head, lex)
    if found is None:
        return False
    author, verb = found
    forwarder = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if forwarder is None or not can_speak(doc, np_span(author), lex):
        return False
    c.source, c.name_span, c.cited_by = np_span(author), None, np_span(forwarder)
    return True


def absorb_citing(cands: list[Candidate], doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Move what 'citing' names into the chain of the report it belongs to (see the module)."""
    verbs = {c.head.i: c for c in cands if c.kind == "verb"}
    dropped: set[int] = set()
    for c in cands:
        v = c.head
        if c.kind == "verb" and (_absorb_forwarded(c, doc, lex) or _absorb_quoted_passive(c, doc, lex)):
            continue
        if c.kind != "verb" or lex.lemma(v) not in lex.citing_verbs:
            continue
        held = _cited_by_relative(v, cands, c)
        if held is not None:
            obj = next((k for k in v.children if k.dep_ == "dobj"), None)
            if obj is not None and can_speak(doc, np_span(obj), lex) and held.source is not None:
                held.cited_by = _before_relative(doc, held.source, v)
                held.source, held.name_span = np_span(obj), None
                dropped.add(id(c))
            continue
        if c.source is None:
            continue
        if v.tag_ != "VBG":
            if _absorb_quoted(c, doc, lex):
                # the parse's own candidate of 'saying' is this claim now
                dropped.update(id(o) for o in cands if o is not c and o.head.i == c.head.i)
            continue
        obj = next((k for k in v.children if k.dep_ == "dobj"), None)
        if obj is None:
            continue
        cited = np_span(obj)
        if not can_speak(doc, cited, lex):
            continue
        r = _reporting_verb(v, {i: o for i, o in verbs.items() if o is not c})
        f = _framing(v, cands, c) if r is None else None
        if r is not None or f is not None:
            o = verbs[r.i] if r is not None else f
            assert o is not None
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


def addressed_reports(found: list[Candidate], kept: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The reports made to the source of a kept report and reported in its that-clause ('The mayor
    said police had told him that Z', 'X said her client had informed her that Z'): a verb of telling
    (``addressee_verbs``) heading the kept report's clause, with a third-person pronoun for its
    addressee (``dative`` or ``dobj``: the outer source, who heard it) and a that-clause of its own.
    Each is marked
    ``addressed`` and returned whether or not the learned scorer kept it: the report is its source's,
    the outer source its relay (PARC annotates both levels of a nested attribution, Pareti 2012)."""
    outer = {c.head.i for c in kept if c.kind == "verb" and c.source is not None}
    out: list[Candidate] = []
    for c in found:
        v = c.head
        if c.kind != "verb" or c.source is None or v.dep_ != "ccomp" or v.head.i not in outer:
            continue
        if lex.lemma(v) not in lex.addressee_verbs or not any(k.dep_ == "ccomp" and k.i > v.i for k in v.children):
            continue
        if any(
            k.dep_ in ("dative", "dobj") and k.tag_ == "PRP" and k.lemma_.lower() in lex.pronoun_agreement
            for k in v.children
        ):
            c.addressed = True
            out.append(c)
    return out
