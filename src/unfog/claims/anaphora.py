"""A pronoun source speaks for the last earlier source it can refer to.

When no actor resolves a third-person pronoun source ('It added ...', 'They deny ...', 'He said
...'), the source is the nearest earlier claim's source that agrees with it, as a reader takes the
last speaker for the one who goes on speaking: 'he' / 'she' a single person (a named person, a
described role or an anonymous one: 'a ministry spokesman', 'an official'), 'it' a single body (not
a person), 'they' a plural source or a body (news writes of 'the army' as 'they'). The first and
second person are the speaker's own words and stay as they are. The source keeps the pronoun's span;
its name, actor, type and affiliation are the antecedent's.

A definite description with no actor behind it is read the same way when its head noun stands in
an earlier source's words ('the ministry' after 'the Defence Ministry', 'the colonel' after 'Colonel
X', 'the official' after 'an official'): the direct anaphora of definite descriptions, which share
their antecedent's head noun (Vieira and Poesio 2000). An indefinite one ('a spokesman') brings
someone new, and one with a name or a possessor of its own ('the army's spokesman') is not read back.

A description's antecedent may also be an actor named earlier without speaking ('The Foreign Ministry
summoned the envoy ... The ministry said ...'): a definite description refers back to any earlier
noun phrase it can head, not only to earlier speakers (Vieira and Poesio 2000); the nearest one before
it is taken. Pronouns keep to earlier sources (the last speaker goes on speaking).

A definite description headed by a text noun ('the statement') after a claim that went out in a
text of that noun ('X said in a statement ... "...," the statement added') is that claim's source:
the text is the one named before, and it speaks for its maker (``resolve_text``).

A definite description headed by an outlet noun ('the newspaper', 'the paper') may name an outlet
by its kind rather than repeat its head ('the Kaga Times ... told the newspaper'): the indirect
anaphora of a hypernym (Vieira and Poesio 2000, bridging by hyponymy). Its antecedent is the nearest
earlier name within the window whose words end in a newspaper's title word (``mastheads``:
'Times', 'Herald') or hold an outlet noun ('Riva news agency').

When the actors' coreference gave a pronoun a named actor but a described person with no actor
('a doctor at the hospital', 'an official') spoke after that actor's last mention, the pronoun is
that speaker: the last speaker goes on speaking (recency first, as in Lappin and Leass's model), and
a described person is no actor the actors' coreference can weigh.

An antecedent is a source that can speak (``citing.can_speak``: a name, an outlet, a noun of people
or bodies; not 'the ruling', 'a news conference') in the pronoun's sentence or the ``WINDOW``
sentences before it: as in Lappin and Leass's salience model (1994), whose weights halve with each
sentence, a referent further back is no longer taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from unfog.claims.candidate import np_span
from unfog.claims.citing import can_speak
from unfog.claims.lexicon import Lexicon
from unfog.lines import sentence_numbers, sentence_starts, span_root
from unfog.model import Actor, Source, SourceType

#: the kinds of actor mention that name the actor (not the actors' coreference's guesses)
NAMINGS = frozenset({"name", "alias"})

#: how many sentences before the pronoun's an antecedent may stand in
WINDOW = 4

#: the kinds of source that name people (one person when singular)
PEOPLE_KINDS = frozenset({"person", "described", "anonymous"})


@dataclass(frozen=True)
class Spoken:
    """An earlier source: where it starts, the record, and the pronouns that can refer to it."""

    start: int
    sentence: int
    source: Source
    agrees: frozenset[str]
    #: the lowercase head nouns a definite description of it may have: the head of its words, and
    #: the titles and nouns before a name ('colonel' of 'Colonel X', 'ministry' of 'Defence Ministry')
    heads: frozenset[str] = frozenset()
    #: the lowercase words and lemmas of its words, which a description's modifiers must be among
    words: frozenset[str] = frozenset()


#: determiners of a definite description
DEFINITE = frozenset({"the", "this", "that", "these", "those"})

#: the parts of speech of a description's modifiers that must stand in its antecedent
MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})


def _forms(t: Token) -> set[str]:
    return {t.lower_, t.lemma_.lower()}


def description_keys(doc: Doc, words: tuple[int, int]) -> tuple[frozenset[str], frozenset[str]]:
    """What a later definite description can take a source's words by: the head nouns it may repeat
    (``Spoken.heads``) and the words its modifiers may repeat (``Spoken.words``)."""
    span = doc[words[0] : words[1]]
    root = span.root
    heads = _forms(root)
    if root.pos_ == "PROPN":
        heads |= {f for t in span if t.pos_ in ("NOUN", "PROPN") for f in _forms(t)}
        # the title the name was given without ('Colonel Ivo Rask' named 'Ivo Rask'): 'the colonel'
        # repeats it (a definite description taking up its antecedent's head)
        k = words[0] - 1
        while k >= 0 and doc[k].head.i == root.i and doc[k].dep_ == "compound" and doc[k].pos_ in ("NOUN", "PROPN"):
            heads |= _forms(doc[k])
            k -= 1
    return frozenset(heads), frozenset(f for t in span for f in _forms(t))


def description(doc: Doc, words: tuple[int, int]) -> tuple[str, frozenset[str]] | None:
    """The head noun's lemma and the modifiers of a definite description of no name and no
    possessor ('the ministry', 'the regional council'), else None."""
    span = doc[words[0] : words[1]]
    root = span.root
    if root.pos_ != "NOUN" or span[0].lower_ not in DEFINITE or span[0].head.i != root.i:
        return None
    if any(t.pos_ == "PROPN" or t.dep_ in ("poss", "case") for t in span):
        return None
    mods = frozenset(t.lower_ for t in span if t.i != root.i and t.pos_ in MODIFIERS)
    return root.lemma_.lower(), mods


def agreement(doc: Doc, words: tuple[int, int], source: Source, lex: Lexicon) -> frozenset[str]:
    """The pronoun classes ('person', 'body', 'plural') that can refer to a source's words: a plural
    or a group 'they'; a person or a role 'he' / 'she'; a named body 'it' or 'they'; a singular
    common noun of no known kind ('a nurse', 'the council') any of them."""
    root = span_root(doc, words[0], words[1])
    people = source.type in PEOPLE_KINDS  # 'one of them': typed as someone, whatever its head word
    if root.pos_ == "PRON" or (source.actor is None and not people and not can_speak(doc, words, lex)):
        return frozenset()
    plural = root.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in root.children)
    if plural or source.type == "collective":
        return frozenset({"plural"})
    if source.type in PEOPLE_KINDS or root.ent_type_ == "PERSON":
        return frozenset({"person"})
    if root.pos_ == "PROPN" or root.ent_type_ or source.type == "outlet":
        return frozenset({"body", "plural"})
    return frozenset({"person", "body", "plural"})


def pronoun_class(doc: Doc, words: tuple[int, int], lex: Lexicon) -> str | None:
    """The class of a source that is a third-person pronoun alone ('It', 'they'; the lexicon's
    ``pronoun_agreement``), else None."""
    if words[1] - words[0] != 1 or doc[words[0]].pos_ != "PRON":
        return None
    return lex.pronoun_agreement.get(doc[words[0]].lower_)


def partitive_of_pronoun(doc: Doc, words: tuple[int, int], lex: Lexicon) -> bool:
    """'One of them said ...': a partitive whose set is a plural pronoun names one member of the set
    the pronoun refers to (Quirk et al. 1985, 5.9, 6.53), so it is read back as that pronoun is."""
    root = span_root(doc, words[0], words[1])
    if root.lower_ != "one" or any(k.dep_ == "appos" for k in root.children):
        return False  # 'One of them, a mediator, said': the apposition says who
    of = next((k for k in root.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    obj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and obj.pos_ == "PRON" and lex.pronoun_agreement.get(obj.lemma_.lower()) == "plural"


def relative_host(doc: Doc, words: tuple[int, int]) -> tuple[int, int] | None:
    """'A farmer, who said he feared reprisals, ...': a pronoun inside a relative clause whose
    relative pronoun is its subject stands, first, for the noun the clause is on, which that clause
    is about (the noun phrase's head before it: Quirk et al. 1985, 17.8-17.12 on the relative's
    antecedent), not for an earlier speaker; the host noun phrase, else None."""
    k = doc[words[0]]
    for _ in range(8):
        if k.head.i == k.i:
            return None
        if k.dep_ == "relcl":
            host = k.head
            who = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in k.children)
            return np_span(host) if who and host.pos_ == "NOUN" and host.i < words[0] else None
        k = k.head
    return None


def resolve(
    source: Source, cls: str, sentence: int, earlier: list[Spoken], skip: frozenset[str] = frozenset()
) -> Source:
    """The source with the name, actor, type and affiliation of the last earlier source of the
    pronoun's class within the window (the source itself when there is none); not one whose actor
    is in ``skip`` (a person of the other gender)."""
    assert source.span is not None
    for s in reversed(earlier):
        if s.source.actor in skip:
            continue
        if s.start < source.span[0] and cls in s.agrees and sentence - s.sentence <= WINDOW:
            return _as(source, s.source)
    return source


def recent_speaker(source: Source, cls: str, sentence: int, earlier: list[Spoken], after: int) -> Source:
    """For a pronoun the actors' coreference took for an actor last mentioned at ``after`` (a
    character offset): the last earlier source of the pronoun's class with no actor (a described or
    anonymous person) within the window that stands after that mention, else the source itself."""
    assert source.span is not None
    for s in reversed(earlier):
        if s.start < source.span[0] and cls in s.agrees and sentence - s.sentence <= WINDOW:
            if s.start > after and s.source.actor is None:
                return _as(source, s.source)
            if s.start <= after:
                break
    return source


def resolve_text(source: Source, head: str, sentence: int, media: list[Spoken]) -> Source:
    """'"...," the statement added' after 'X said in a statement': a definite description headed by
    a text noun refers back to the text an earlier claim went out in (direct anaphora by the same
    head noun, Vieira and Poesio 2000), and a text speaks for its maker: the source of the nearest
    such claim within the window (the source itself when there is none)."""
    start = source.span[0] if source.span is not None else 0
    fits = [s for s in media if s.start < start and head in s.heads and sentence - s.sentence <= WINDOW]
    return _as(source, max(fits, key=lambda s: s.start).source) if fits else source


def answer_label(doc: Doc, cue: tuple[int, int], words: tuple[int, int], lex: Lexicon) -> bool:
    """A transcript's answer label before a colon ('A: ...'; the lexicon's ``answer_labels``)."""
    return (
        words[1] - words[0] == 1
        and doc[cue[0]].text == ":"
        and words[1] == cue[0]
        and doc[words[0]].lower_ in lex.answer_labels
    )


def interviewee(source: Source, earlier: list[Spoken], given: Source | None = None) -> Source:
    """For an answer's label ('A: ...') in a transcript of questions and answers: the turn is the
    interviewee's, the person the interview is with; that is the person last named or heard before
    the label (the article introduces whom it interviews before the transcript), whatever the
    distance (the source itself when there is none); ``given``: the one an earlier answer took."""
    if given is not None:
        return _as(source, given)
    start = source.span[0] if source.span is not None else 0
    people = [s for s in earlier if s.start < start and s.source.type == "person"]
    return _as(source, max(people, key=lambda s: s.start).source) if people else source


def text_made_in(head: Token, lex: Lexicon) -> Token | None:
    """The text noun of an 'in' phrase on a cue verb ('said in a report', 'wrote in a study') when
    it names no channel of the lexicon's: the text the claim was made in, which a later 'the report
    said' takes up (``resolve_text``), as a channel's noun is."""
    for k in head.children:
        if k.dep_ == "prep" and k.lower_ == "in":
            obj = next((o for o in k.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and lex.lemma(obj) in lex.text_nouns:
                return obj
    return None


def _as(source: Source, a: Source) -> Source:
    """The source (its span kept) with its antecedent's name, actor, type and affiliation."""
    return source.model_copy(update={"name": a.name, "actor": a.actor, "type": a.type, "affiliation": a.affiliation})


def named_actors(doc: Doc, actors: Sequence[Actor], kinds: dict[str, SourceType]) -> list[Spoken]:
    """Every mention by name of an actor as an antecedent a definite description can take (no
    pronoun refers to it: it agrees with none), with the source kind of the actor's type."""
    out = []
    sentence = sentence_numbers(doc)
    starts = sentence_starts(doc)
    for a in actors:
        for m in a.mentions:
            if m.kind not in ("name", "alias"):
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            words = (span.start, span.end)
            source = Source(name=a.name, span=m.span, actor=a.id, type=kinds.get(a.type or "", "organisation"))
            nth = sentence[starts[span.start]]
            out.append(Spoken(m.span[0], nth, source, frozenset(), *description_keys(doc, words)))
    return out


def resolve_description(
    source: Source,
    found: tuple[str, frozenset[str]],
    sentence: int,
    earlier: list[Spoken],
    narrower: frozenset[str] = frozenset(),
) -> Source:
    """The source with the name, actor, type and affiliation of the nearest earlier antecedent
    within the window that the description's head noun can head and whose words hold its modifiers,
    or of the only such antecedent further back (the source itself when there is none). With none,
    the nearest earlier source within the window headed by one of the ``narrower`` nouns of the
    head ('the official' after 'a court spokesman, X': the lexicon's ``hypernyms``)."""
    start = source.span[0] if source.span is not None else 0
    head, mods = found
    fits = [s for s in earlier if s.start < start and head in s.heads and mods <= s.words]
    if not fits and narrower:
        # indirect anaphora by a hypernym (Vieira and Poesio 2000): only a near earlier speaker
        # (``agrees``: a source, not an actor named in passing), the last one first
        below = [s for s in earlier if s.start < start and s.agrees and s.heads & narrower and mods <= s.words]
        below = [s for s in below if sentence - s.sentence <= WINDOW]
        return _as(source, max(below, key=lambda s: s.start).source) if below else source
    near = [s for s in fits if sentence - s.sentence <= WINDOW]
    # further back only the one referent the description fits: a definite description presupposes
    # a unique familiar referent (Heim 1982), which distance does not undo
    if not near and len({s.source.actor or s.source.name.lower() for s in fits}) != 1:
        return source
    fits = near or fits
    return _as(source, max(fits, key=lambda s: s.start).source)


def resolve_outlet(
    source: Source, head: str, sentence: int, earlier: list[Spoken], relays: list[Spoken], lex: Lexicon
) -> Source:
    """The source with the name and actor of the nearest earlier outlet within the window when the
    description's head is an outlet noun (the source itself otherwise; see the module): a name of
    an outlet among the earlier sources and actors, or an earlier relay (an outlet or intermediary
    that passed words on)."""
    if head not in lex.outlets:
        return source
    start = source.span[0] if source.span is not None else 0
    kinds = lex.mastheads | lex.outlets
    fits = [s for s in earlier if s.heads & kinds] + relays
    fits = [s for s in fits if s.start < start and sentence - s.sentence <= WINDOW]
    if not fits:
        return source
    return _as(source, max(fits, key=lambda s: s.start).source)


def last_named(actor: Actor, before: int) -> int:
    """Where the actor was last named (by name or alias) before a character offset, else -1. A
    pronoun the actors' coreference linked to it is that stage's guess, not a mention a reader has
    seen: a described speaker after the last naming takes the pronoun (``recent_speaker``)."""
    return max((m.span[0] for m in actor.mentions if m.kind in NAMINGS and m.span[0] < before), default=-1)


def person_for_body(doc: Doc, words: tuple[int, int], actor: Actor, lex: Lexicon) -> bool:
    """A definite description headed by a noun of a person ('the spokesman', 'the official') that
    the actors' coreference gave to an actor that is no person ('police', a ministry): coreferent
    noun phrases agree in semantic class (Soon, Ng and Lim 2001, the semantic class agreement
    feature), so the description is read back to an earlier source instead (``resolve_description``)."""
    found = description(doc, words)
    if found is None or actor.type in (None, "person"):
        return False
    return found[0] in lex.role_nouns or found[0] in lex.person_nouns or found[0] in lex.anonymous_nouns
