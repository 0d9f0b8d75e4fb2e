"""Which actor a source's noun phrase names: the one whose mention holds its head word, else the one
its core overlaps (without its possessor and complements), and not one named only in a premodifier
of a person's noun ('a United Nations official': the affiliation, not the speaker)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.claims.lexicon import Lexicon
from unfog.context import ActorMentions
from unfog.lines import span_root
from unfog.model import Actor


def core(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase without its possessor and its prepositional complements ('the Defence Ministry
    of Oresia': 'the Defence Ministry'; "Oresia's defence ministry": 'defence ministry'): a
    genitive or an of-phrase names the head's owner or its place, not the head's referent (Quirk
    et al. 1985, 5.115-5.118, 17.37-17.46), so an actor named only there is not who the phrase is."""
    root = span_root(doc, span[0], span[1])
    s, e = span
    for k in root.children:
        if k.dep_ not in ("poss", "prep"):
            continue
        if k.right_edge.i < root.i:
            s = max(s, k.right_edge.i + 1)
        elif k.left_edge.i > root.i:
            e = min(e, k.left_edge.i)
    return s, e


def actor_of(doc: Doc, index: ActorMentions, span: tuple[int, int]) -> Actor | None:
    """The actor a noun phrase names: the one whose mention holds the phrase's head word, else the
    one overlapping it most outside its possessor and complements (``core``)."""
    head = span_root(doc, span[0], span[1])
    s, e = core(doc, span)
    idx = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    return index.find(idx, head.idx)


def by_surname(doc: Doc, span: tuple[int, int], actors: Sequence[Actor]) -> Actor | None:
    """'Berglund said' after 'Anja Berglund': a lone proper noun naming no actor is the one person
    named before in full whose last name it is (news style names a person in full once and by the
    surname after; a definite reference by a part of the name), when only one such person fits."""
    if span[1] - span[0] != 1:
        return None
    t = doc[span[0]]
    if t.pos_ != "PROPN" or not t.is_title:
        return None
    fits = [
        a
        for a in actors
        if a.type == "person"
        and len(a.name.split()) > 1
        and a.name.split()[-1] == t.text
        and any(m.span[0] < t.idx for m in a.mentions)
    ]
    return fits[0] if len(fits) == 1 else None


def premodified_person(doc: Doc, span: tuple[int, int], lex: Lexicon) -> bool:
    """A noun of a person premodified by a body's name ('a United Nations official', 'a Defence
    Ministry spokesman'): the head noun is the referent, and a proper noun before it names what the
    person belongs to (noun premodification, Quirk et al. 1985, 17.104-17.108), the affiliation; so
    an actor named only in the premodifier is not who speaks."""
    root = span_root(doc, span[0], span[1])
    lemma = lex.lemma(root)
    person = lemma in lex.role_nouns or lemma in lex.person_nouns or lemma in lex.anonymous_nouns
    return root.pos_ == "NOUN" and person and any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in root.children)


def named_words(actor: Actor) -> frozenset[str]:
    """The lower-case words of an actor's name and aliases (what a description's modifiers must be
    among to stand for it)."""
    return frozenset(w for n in (actor.name, *actor.aliases) for w in n.lower().split())
