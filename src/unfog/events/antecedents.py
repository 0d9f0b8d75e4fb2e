"""Which earlier noun a pronoun stands for, when the actors stage resolved it to no actor: the
speaker of its own sentence, the subject of its own clause (for a possessive on the object), the
subject of the sentence before; each only when it agrees with the pronoun in number (the pronouns
by number are ``pronoun_number`` of agents.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unfog.events.agents import ActorTypes

__all__ = ["clause_subject", "matrix_subject", "previous_subject"]


def _agrees(pron: Token, noun: Token, types: ActorTypes) -> bool:
    """The pronoun and the noun agree in grammatical number (agents.yaml ``pronoun_number``)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    return (pron.lower_ in types.plural_pronouns and plural) or (pron.lower_ in types.singular_pronouns and not plural)


#: the clauses under another clause whose subject pronoun looks up to the governing clause's subject
_EMBEDDED = frozenset({"ccomp", "advcl", "relcl", "conj"})


def matrix_subject(pron: Token, types: ActorTypes) -> Token | None:
    """The antecedent of a pronoun that is, or is the possessor of, the subject of a clause under
    another clause: a clause that a verb's subject states ("the truckers said they would block the
    road", "officials said their forces had retaken the airport"), an adverbial or relative clause
    ("the envoys met in Lima, where they signed a pact"), a conjunct: the subject of the nearest
    governing verb that has one, the nearest noun phrase above the pronoun (Hobbs 1978), when it
    agrees in number. Only for a pronoun that the actors stage resolved to no actor."""
    subject = pron.head if pron.dep_ == "poss" else pron
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in _EMBEDDED:
        return None
    for up in verb.ancestors:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.pos_ not in ("NOUN", "PROPN"):
            return None
        return subj if _agrees(pron, subj, types) else None
    return None


def clause_subject(pron: Token, types: ActorTypes, exclude: frozenset[str] = frozenset()) -> Token | None:
    """The antecedent of a possessive pronoun on the direct object of a verb: the verb's own subject
    when it agrees in number ("the fighters suspended their offensive": the offensive is theirs). A
    possessive pronoun in a clause takes the clause's subject as its nearest antecedent, the one that
    c-commands it (Reinhart 1983; the possessive of an object noun bound by the subject, Quirk et al.
    1985, 6.32); the doer of the act the possessed noun names is its possessor (NomBank's Arg0).
    Not under a verb of ``exclude`` (judging or reporting: "the army condemned their attack" speaks
    of others' act). Only for a pronoun that the actors stage resolved to no actor."""
    noun, verb = pron.head, pron.head.head
    if pron.dep_ != "poss" or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in exclude:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or subj.tag_ == "PRP$":
        return None
    if subj.pos_ == "PRON":
        return subj if subj.lower_ in (types.plural_pronouns if pron.lower_ in types.plural_pronouns
                                       else types.singular_pronouns) else None
    return subj if _agrees(pron, subj, types) else None


def previous_subject(pron: Token, types: ActorTypes) -> Token | None:
    """The antecedent of a subject pronoun heading its sentence's main clause ("Angry farmers
    blocked the road. They later burned tyres."): the subject of the main clause of the sentence
    before, the most salient entity it leaves for the next (Centering: the subject ranks first among
    the forward-looking centres; Grosz, Joshi & Weinstein 1995), when it agrees in number. Only for a
    pronoun that the actors stage resolved to no actor."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ROOT" or pron.sent.start == 0:
        return None
    before = pron.doc[pron.sent.start - 1].sent.root
    subj = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if subj.pos_ == "PRON":
        return subj if subj.lower_ == pron.lower_ else None
    return subj if _agrees(pron, subj, types) else None
