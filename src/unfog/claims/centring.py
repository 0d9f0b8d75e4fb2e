"""Pronoun sources read by gender and by the subject of the sentence before.

A gendered pronoun ('he', 'she') agrees with its antecedent in gender (Quirk et al. 1985, 6.10): a
person the actors' coreference called 'she' before is no antecedent of a later 'he' (``other_gender``;
a person's gender is read from the first gendered pronoun that stage gave them, ``gender_of``). When
the coreference's choice, or the last speaker, is so ruled out, or when no earlier speaker is left
for a pronoun to take, the pronoun stands for the subject of the sentence before, if that agrees
with it: the subject of the utterance before is the likeliest antecedent of a pronoun that opens the
next (the preferred centre of Centering theory, Grosz, Joshi and Weinstein 1995; the subject
emphasis of Lappin and Leass's salience model, 1994).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from unfog.claims.anaphora import agreement
from unfog.claims.candidate import char_span, np_span, text_of
from unfog.claims.lexicon import Lexicon
from unfog.claims.referents import actor_of, by_surname
from unfog.claims.sources import describe
from unfog.context import ActorMentions
from unfog.model import Actor, Claim, Source


def gender_of(actor: Actor, before: int, lex: Lexicon) -> str | None:
    """A person's gender as the first gendered pronoun the actors' coreference gave them before a
    character offset shows it (``Lexicon.pronoun_gender``), else None: the first pronoun after a
    name is the one nearest its antecedent, where a link is surest (Hobbs 1978)."""
    for m in sorted(actor.mentions, key=lambda m: m.span[0]):
        if m.span[0] >= before:
            break
        gender = lex.pronoun_gender.get(m.text.lower()) if m.kind == "coref" else None
        if gender is not None:
            return gender
    return None


def other_gender(doc: Doc, words: tuple[int, int], actors: Sequence[Actor], lex: Lexicon) -> frozenset[str]:
    """The persons a gendered pronoun ('he', 'she') cannot stand for: those whose first gendered
    pronoun before it is of the other gender (``gender_of``), as a pronoun agrees with its
    antecedent in gender (Quirk et al. 1985, 6.10). Empty for a pronoun of no gender."""
    gender = lex.pronoun_gender.get(doc[words[0]].lower_)
    if gender is None:
        return frozenset()
    at = doc[words[0]].idx
    return frozenset(a.id for a in actors if a.type == "person" and gender_of(a, at, lex) not in (None, gender))


def subject_before(
    doc: Doc, words: tuple[int, int], index: ActorMentions, actors: Sequence[Actor], lex: Lexicon
) -> Actor | None:
    """'Rask is not convinced. He said ...': the person named by the subject of the sentence before
    the pronoun's, when that person agrees with it in gender: the subject of the utterance before
    is the likeliest antecedent of a pronoun that opens the next (the preferred centre of Centering
    theory, Grosz, Joshi and Weinstein 1995; Lappin and Leass's subject emphasis, 1994); else None."""
    subject = _subject_before(doc, words)
    if subject is None or subject.pos_ != "PROPN":
        return None
    phrase = np_span(subject)
    actor = actor_of(doc, index, phrase) or by_surname(doc, phrase, actors)
    if actor is None or actor.type != "person":
        return None
    had = gender_of(actor, doc[words[0]].idx, lex)
    return actor if had in (None, lex.pronoun_gender.get(doc[words[0]].lower_)) else None


def speaker_goes_on(
    doc: Doc,
    words: tuple[int, int],
    actor: Actor,
    last: Claim,
    index: ActorMentions,
    actors: Sequence[Actor],
    lex: Lexicon,
) -> Actor | None:
    """'Brandt told the court that Tasch had lied. She said ...': a pronoun that opens its sentence
    after a report whose source is the subject of the sentence before stands for that speaker, not
    for a person named only inside what the speaker said, whom the actors' coreference took: the
    subject of the utterance before is its preferred centre, and a pronoun subject continuing it is
    the transition Centering theory ranks first (Grosz, Joshi and Weinstein 1995, rule 2); the
    speaker when the pronoun agrees with them in gender (``subject_before``), else None."""
    if doc[words[0]].i != doc[words[0]].sent.start or last.source is None or last.source.actor == actor.id:
        return None
    speaker = subject_before(doc, words, index, actors, lex)
    if speaker is None or speaker.id != last.source.actor or speaker.id == actor.id:
        return None
    s, e = last.content.span
    at = doc[words[0]].idx
    seen = [m.span[0] for m in actor.mentions if m.span[0] < at]
    # the coreference's choice was last named inside the speaker's report, and nowhere after it
    return speaker if seen and s <= max(seen) < e else None


def _subject_before(doc: Doc, words: tuple[int, int]) -> Token | None:
    """The subject of the main clause of the sentence before the one ``words`` stand in."""
    start = doc[words[0]].sent.start
    if start == 0:
        return None
    root = doc[start - 1].sent.root
    return next((k for k in root.children if k.dep_ in ("nsubj", "nsubjpass")), None)


def subject_source(doc: Doc, words: tuple[int, int], cls: str, index: ActorMentions, lex: Lexicon) -> Source | None:
    """'The growers of the valley have waited for years. Every spring, they say, ...': for a pronoun
    with no earlier speaker to take, the subject of the sentence before as its source (the pronoun's
    span kept) when that agrees with it in class; else None."""
    subject = _subject_before(doc, words)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = np_span(subject)
    view = describe(doc, phrase, lex)
    actor = actor_of(doc, index, view.name)
    name = actor.name if actor else text_of(doc, view.name)
    said = Source(name=name, span=char_span(doc, words), actor=actor.id if actor else None, type=view.kind)
    people = lex.lemma(subject) in lex.person_nouns  # 'the farmers': people, who can speak
    probe = said.model_copy(update={"type": "described"}) if people else said
    return said if cls in agreement(doc, phrase, probe, lex) else None


def as_person(source: Source, actor: Actor | None, words: str) -> Source:
    """The pronoun's source (its span kept) as the person ``actor``, or as its own words when None."""
    if actor is None:
        return source.model_copy(update={"name": words, "actor": None, "type": None})
    return source.model_copy(update={"name": actor.name, "actor": actor.id, "type": "person"})
