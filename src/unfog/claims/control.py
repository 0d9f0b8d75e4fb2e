"""Who speaks for a cue in a to-infinitive: the infinitive has no subject of its own, and the one
who would say it is its controller (the understood subject of control and raising constructions;
Rosenbaum 1967, Chomsky 1981):

- subject control: 'The airline declined to comment on ...', 'X has vowed to reject ...', 'X is
  expected to announce ...' (raising: the surface subject), 'X was quick to deny ...' (an
  adjective's complement: the copula's subject);
- object control: 'urged the minister to explain ...', 'asked the coach to describe ...' (the object
  of a verb of ``object_control`` in the lexicon; not 'used the hearing to question ...');
- purpose clauses: 'X went on the radio to deny that ...' (the subject of the verb it hangs on);
- a noun's infinitive: 'her decision to endorse ...' (the possessor);
- conjoined infinitives share the first one's controller ('decided to postpone the vote and to
  explain ...').

Impersonal frames name no one ('It is hard to say whether ...'). Used by ``cues.verb_candidates``
(the infinitive's cue with the controller as its source, for the learned scorer to judge) and
``choose.options`` (the ``controller`` option).
"""

from __future__ import annotations

from spacy.tokens import Token

from unfog.claims.lexicon import Lexicon
from unfog.claims.speakers import find_subject

#: entity types of an object that names no one
TIMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: pronouns that stand for no one (an expletive or an event)
IMPERSONAL = frozenset({"it", "this", "that", "there", "what", "which"})
#: how many infinitives up a chain the controller is looked for ('vowed to continue to deny')
DEPTH = 4


def infinitive(v: Token) -> bool:
    """A verb in a to-infinitive ('to say'), or one joined to such a verb ('to postpone and explain')."""
    if v.tag_ != "VB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return True
    h = v.head
    return (
        v.dep_ == "conj"
        and h is not v
        and h.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)
    )


def _controls(h: Token, t: Token, lex: Lexicon) -> bool:
    """The object ``t`` of ``h`` is the infinitive's subject: ``h`` is an object-control verb
    (``object_control`` in the lexicon: 'urged the minister to explain'; with others the subject
    controls: 'used the hearing to question') and ``t`` may name someone, not a time."""
    if lex.lemma(h) not in lex.object_control:
        return False
    return t.lower_ not in IMPERSONAL and t.ent_type_ not in TIMES and t.pos_ in ("PROPN", "PRON", "NOUN")


def _subject(h: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """The subject of the verb (or copula) an infinitive depends on, raising passives included."""
    subj, ante = find_subject(h, lex)
    if subj is None:
        held = next((c for c in h.children if c.dep_ == "nsubjpass"), None)
        subj = held  # 'X is expected to announce': the raised subject
    if subj is None or subj.lower_ in IMPERSONAL or subj.dep_ == "expl":
        return None
    return subj, ante


def controller(v: Token, lex: Lexicon, depth: int = DEPTH) -> tuple[Token, Token | None] | None:
    """The token naming who would say what the infinitive ``v`` says (and the antecedent of a
    relative pronoun), or None when nothing in the sentence controls it."""
    t = v
    while t.dep_ == "conj" and t.head.i != t.i and infinitive(t.head):
        t = t.head
    own = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:  # 'for the mayor to say', 'allowed lawmakers to compare'
        return None if own.lower_ in IMPERSONAL else (own, None)
    h = t.head
    if h is t or depth <= 0:
        return None
    if t.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX"):
        obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < t.i), None)
        if obj is not None and _controls(h, obj, lex):
            return obj, None
        if infinitive(h) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
            return controller(h, lex, depth - 1)  # 'vowed to continue to deny'
        return _subject(h, lex)
    if t.dep_ == "xcomp" and h.pos_ == "ADJ":  # 'was quick to deny', 'is eager to talk'
        g = h.head
        return _subject(g, lex) if h.dep_ in ("acomp", "amod", "conj") and g is not h else None
    if t.dep_ == "advcl" and h.pos_ in ("VERB", "AUX"):  # a purpose clause
        if infinitive(h):
            return controller(h, lex, depth - 1)
        return _subject(h, lex)
    if t.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):  # 'her decision to endorse'
        poss = next((c for c in h.children if c.dep_ == "poss"), None)
        return (poss, None) if poss is not None else None
    return None
