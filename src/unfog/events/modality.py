"""Whether an event is said to have happened: asserted, negated, hypothetical or future.

Attribution is not modality: an event inside a claim ("X said militants attacked") stays
asserted; ``Event.claims`` carries who says so (an attributed-only event is an asserted event
with claims). Cues come from ``modality.yaml``.

Method: the trigger's own dependents decide first (negation, auxiliaries, conditional marks,
modifiers); otherwise the walk goes up the governing words while they can change the modality
("plans to attack", "denied shelling", "fear of an attack") and stops where the trigger's clause
or phrase stands on its own: a clause under a reporting verb, a past-tense adverbial clause, an
adjunct phrase ("decided at the summit"), or a noun trigger that a non-light verb presupposes
("tried to break the truce": the truce exists).

Future stays future, committed or not ("will meet", "is scheduled to reopen", "said it would
withdraw"). modality-uw (UW factuality, Lee et al. 2015) scores the author's commitment that an
event happens, future included: on its half A every predicate under "will" (27 of 27) and under
"is expected to" (5 of 5) is scored happened, and score.py maps future and hypothetical to
uncertain, so each future costs one predicate there by design; the records keep the distinction
that event typing (only happened events count) and stories need.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from unfog.events.context import lemma
from unfog.events.implicatives import attempted, conditional_subject, content_of
from unfog.events.mood import additive, backshifted, indicative, inverted_condition
from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import reporting_verbs
from unfog.model import Modality

# relations through which a governing word's modality reaches the event
_UP = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp", "nsubjpass",
                 "nsubj", "attr"})
# relations under which a governing head (plan, fear, deny ...) takes the event as its content
_CONTENT = frozenset({"xcomp", "dobj", "pobj", "pcomp", "ccomp", "nsubjpass", "prep"})
_NOMINAL_ARGS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_PAST = frozenset({"VBD", "VBN"})


@dataclass(frozen=True)
class Cues:
    """The lists of ``modality.yaml`` (see its header)."""

    negation: frozenset[str]
    negative_pronouns: frozenset[str]
    weak_aux: frozenset[str]
    negating_heads: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    future_heads: frozenset[str]
    hypothetical_heads: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    conditional_marks: frozenset[str]
    aspectual: frozenset[str]
    done_with_object: frozenset[str]
    transparent_verbs: frozenset[str]
    passing_preps: frozenset[str]
    directive_heads: frozenset[str]
    undone_nouns: frozenset[str]
    negating_modifiers: frozenset[str]
    assertive_heads: frozenset[str]
    inversion_aux: frozenset[str]
    additive_focus: frozenset[str]
    pending_adverbs: frozenset[str]
    accusation_heads: frozenset[str]
    settled_heads: frozenset[str]
    means_preps: frozenset[str]
    joining_verbs: frozenset[str]
    joining_preps: frozenset[str]
    copulas: frozenset[str]
    indefinite_determiners: frozenset[str]
    prevention_heads: frozenset[str]
    negative_implicatives: frozenset[str]
    conditional_aux: frozenset[str]
    negation_implicatives: frozenset[str]
    excess_degree: frozenset[str]
    proximatives: frozenset[str]
    proximative_verbs: frozenset[str]
    attempt_nouns: frozenset[str]
    content_nouns: frozenset[str]
    substitutive: frozenset[str]
    provision_nouns: frozenset[str]
    posterior_adverbs: frozenset[str]
    reporting_verbs: frozenset[str]  # the shared list of language/reporting.yaml


def load_cues(knowledge: Knowledge = PACKAGED) -> Cues:
    """The cues of modality.yaml (the stage loads them once)."""
    raw: dict[str, Any] = knowledge.read("events/modality.yaml")
    own = {k: frozenset(str(w).lower() for w in raw[k]) for k in Cues.__dataclass_fields__ if k != "reporting_verbs"}
    return Cues(**own, reporting_verbs=reporting_verbs(knowledge))


def _is(t: Token, words: frozenset[str]) -> bool:
    return t.lower_ in words or lemma(t) in words


def _own(t: Token, m: Cues, via_conj: bool = False) -> Modality | None:
    """What the token's own dependents say; reached from a conjunct (``via_conj``), a negative
    object stays with its own verb ("found no weapons and arrested three men")."""
    neg = weak = cond = False
    aux: Modality | None = None
    mod: Modality | None = None
    verbal = t.pos_ in ("VERB", "AUX")
    for c in t.children:
        dep = c.dep_
        if dep == "neg" or (dep in ("det", "preconj") and c.lower_ in m.negation):  # "neither approves nor"
            neg = neg or not additive(c, m)  # "not only the raid but the arrests": no negation
        elif verbal and dep in ("nsubj", "nsubjpass", "dobj") and not (via_conj and dep == "dobj") and (
            c.lower_ in m.negative_pronouns
            or (c.lower_ == "no" and c.dep_ == "dobj")
            or any(d.dep_ == "det" and d.lower_ in m.negation for d in c.children)
        ):
            neg = True  # "no weapons were found", "nobody was hurt"
        elif dep in ("aux", "auxpass"):
            if _is(c, m.future_aux):
                aux = aux or "future"
            elif _is(c, m.hypothetical_aux):
                aux = "hypothetical"
                weak = weak or _is(c, m.weak_aux)
        elif dep == "mark" and c.lower_ in m.conditional_marks:
            cond = True
        elif dep in ("amod", "compound", "advmod"):
            if verbal and dep == "advmod" and c.lower_ in m.proximatives:
                neg = True  # "nearly captured the airport": it fell short
            elif _is(c, m.negating_modifiers) and t.pos_ in _NOMINAL:
                neg = True  # "the cancelled visit", "a foiled bombing"
            elif _is(c, m.future_modifiers):
                mod = mod or "future"
            elif _is(c, m.hypothetical_modifiers):
                mod = mod or "hypothetical"
    cond = cond or inverted_condition(t, m)
    if aux == "hypothetical" and _narrative_would(t, m):
        aux = None  # "the militia would later seize the port": the future in the past of a narrative
    elif aux == "hypothetical" and backshifted(t, m):
        aux = "future"  # "the governor said the police would disperse the march": a reported "will"
    if neg:
        # "could not reach", "will not attack": the negation wins; "may not", "if ... not" stay open
        return "hypothetical" if weak or cond else "negated"
    if aux is not None:
        return aux
    if cond:
        return "hypothetical"
    if mod is not None:
        return mod
    if t.dep_ == "amod" and lemma(t) in m.future_modifiers:
        return "future"
    return None




def _narrative_would(t: Token, m: Cues) -> bool:
    """ "would" with an adverb of later time ("would later seize", "would eventually capture"): the
    future in the past of a narrative, which happened, not a conditional."""
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ == "would" for c in auxes) and all(
        c.lower_ == "would" or not _is(c, m.hypothetical_aux) for c in auxes) and any(
        c.dep_ == "advmod" and c.lower_ in m.posterior_adverbs for c in t.children)



def _past_clause(t: Token, m: Cues) -> bool:
    """A finite clause in the past ("troops withdrew", "had withdrawn", "were killed") without a modal."""
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(_is(c, m.future_aux) or _is(c, m.hypothetical_aux) for c in auxes):
        return False
    if t.tag_ == "VBD":
        return True
    return t.tag_ == "VBN" and any(c.tag_ == "VBD" or lemma(c) == "have" for c in auxes)



def _bare_infinitive(t: Token) -> bool:
    """A 'to' infinitive without a subordinator ("to fight")."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(
        c.dep_ == "mark" for c in t.children)


def _head_says(t: Token, gov: Token, m: Cues) -> Modality | None:
    """What a governing head says of the event below it (t is the child on the path)."""
    glem = lemma(gov)
    rel = t.dep_
    if rel == "advcl" and _bare_infinitive(t) and not any(c.dep_ == "dobj" for c in gov.children):
        rel = "xcomp"  # "have vowed to resist" parsed as a purpose clause: the head's complement
    if rel == "pcomp" and gov.lower_ in m.negation:
        return "negated"  # "without firing a shot"
    if rel == "pobj" and gov.lower_ == "without":
        return "negated"
    if rel not in _CONTENT or (gov.pos_ == "ADP" and rel != "xcomp"):
        return None  # "complained about being shelled"; "about to attack" is an xcomp
    if rel == "xcomp" and glem in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ in m.pending_adverbs for c in gov.children):
        return "negated"  # "has yet to respond": not so far
    if rel == "xcomp" and glem in m.negative_implicatives:
        # "failed to capture": not done; "did not fail to respond": done (two-way, +-|-+)
        return "asserted" if _own(gov, m) == "negated" else "negated"
    if rel == "xcomp" and glem in m.negation_implicatives:
        # "did not hesitate to attack": done (-+); "hesitated to condemn": nothing entailed
        return "asserted" if _own(gov, m) == "negated" else "hypothetical"
    if rel == "xcomp" and gov.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ in m.excess_degree for c in gov.children):
        return "negated"  # "too weak to attack the base"
    if rel == "prep" and t.lower_ == "to" and glem in m.proximatives and gov.dep_ == "advmod" and (
            lemma(gov.head) in m.proximative_verbs):
        return "negated"  # "came close to capturing the airport"
    prt = next((c.lower_ for c in gov.children if c.dep_ == "prt"), None)
    if glem in m.negating_heads or (prt is not None and f"{glem} {prt}" in m.negating_heads):
        return "negated"  # "refused to withdraw", "ruled out any withdrawal"
    if glem in m.future_heads and glem not in m.aspectual:
        if rel == "ccomp" and (_past_clause(t, m) or (
                (glem in m.reporting_verbs or glem in m.assertive_heads) and indicative(t))):
            return None  # "announced that troops had withdrawn", "agreed that the siege has hurt the talks"
        # "plans to attack", "threatened an attack"; "agreed a ceasefire" is done
        if rel in ("dobj", "nsubjpass") and glem in m.done_with_object:
            return "asserted"
        if rel == "xcomp" and glem in m.settled_heads and _past_clause(gov, m):
            return None  # "decided to withdraw": the act takes the decision's own modality
        return "future"
    if glem in m.hypothetical_heads:
        return "hypothetical"
    if rel == "xcomp" and glem in m.directive_heads:
        return "future"  # "told the army to leave": the leaving is asked for, not done
    return None


def _predicated_of(subj: Token, verb: Token, copulas: frozenset[str]) -> bool:
    """A noun the subject of a copula with a predicate ("the meeting was not a success", "the
    visit was not political"): a negation of the predication presupposes the subject."""
    return subj.dep_ == "nsubj" and subj.pos_ in _NOMINAL and lemma(verb) in copulas and any(
        c.dep_ in ("attr", "acomp") for c in verb.children)


def _yes_no_question(root: Token) -> bool:
    """A sentence asking whether its event happened: it ends in a question mark and opens with the
    auxiliary of its root ("Did the rebels attack?", "Will troops withdraw?"); a wh-question ("Who
    attacked the base?") presupposes the event."""
    first = root.left_edge
    return root.right_edge.text == "?" and first.dep_ in ("aux", "auxpass") and first.head.i == root.i


def _infinitive_of_noun(t: Token, m: Cues) -> bool:
    """An infinitive clause on a noun of offering, asking or planning ("an offer to host a summit",
    "calls to withdraw") names an act not yet done."""
    if t.dep_ != "acl" or t.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    return lemma(t.head) in m.undone_nouns


def _stops(t: Token, gov: Token, nominal: bool, m: Cues) -> bool:
    """Whether the event's modality is settled below ``gov``: the walk goes no higher."""
    rel = t.dep_
    if rel == "ccomp" and gov.pos_ == "VERB" and lemma(gov) not in m.aspectual:
        return True  # an embedded clause under a reporting verb keeps its own modality
    if rel == "advcl":
        marks = [c for c in t.children if c.dep_ == "mark"]
        # "after a court refused", "..., killing five": a clause of its own
        return not marks or (t.tag_ in _PAST and not any(c.lower_ in m.conditional_marks for c in marks))
    # "tried to break the truce": a noun trigger under another verb is presupposed
    return nominal and gov.pos_ in ("VERB", "AUX") and lemma(gov) not in m.transparent_verbs


def _open_subject(t: Token, gov: Token, m: Cues) -> Modality | None:
    """The modality a noun trigger takes as the subject of a verb that is neither a light verb nor
    a verb of occurrence, where the verb's own modality leaves the act open: its subject, when
    indefinite ("a", "any": no act the text has spoken of), the verb has a
      modal or future auxiliary (no perfect) and an object: the act is the cause of what the verb
      says, as open as it is ("an offensive on the city will cost thousands of lives"); a definite
      subject refers to an act that took place or is set ("the bombing will set back the talks"),
      and "a strike may have killed five" infers from an act that took place;

    Its object stays presupposed, definite ("would end the shelling", "hopes to halt the
    bombardment") or not: a bare plural object of an open verb ("would stop mortar attacks") was
    tried as open and lost on modality-uw half B (UW annotates "can prompt threats", "will improve
    communications" as happened).
    """
    if t.dep_ != "nsubj" or lemma(gov) in m.copulas or lemma(gov) in m.aspectual:
        return None
    if not any(c.dep_ == "det" and c.lower_ in m.indefinite_determiners for c in t.children):
        return None
    auxes = [c for c in gov.children if c.dep_ == "aux"]
    if any(lemma(c) == "have" for c in auxes) or not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in gov.children):
        return None
    own = _own(gov, m)
    return own if own in ("future", "hypothetical") else None


def _prevented(gov: Token, m: Cues) -> tuple[Modality, str]:
    """An act in the "from" phrase of a verb of preventing ("kept the militia from shelling",
    "were barred from entering"): not done while the prevention holds (+-); a prevention negated
    ("did not stop them from looting", "failed to keep them from") says it was done; one only
    possible leaves it open."""
    above = modality(gov, m)
    if above == "negated":
        return "asserted", f"unprevented:{gov.lower_}"
    if above == "hypothetical":
        return "hypothetical", f"prevented_maybe:{gov.lower_}"
    return "negated", f"prevented:{gov.lower_}"


def modality(head: Token, m: Cues) -> Modality:
    """Walk from the trigger up its governing words while they can change its modality."""
    return explain(head, m)[0]


def explain(head: Token, m: Cues) -> tuple[Modality, str]:
    """The modality and the rule that decided it (a short tag, for error analysis and tests)."""
    t = head
    nominal = head.pos_ in _NOMINAL
    via_conj = False
    below: Token | None = None  # the word the walk came up from
    for _ in range(8):
        own = _own(t, m, via_conj)
        if own == "negated" and below is not None and _predicated_of(below, t, m.copulas):
            return "asserted", "copula_subject"  # "the meeting was not a success": it took place
        if own is not None:
            return own, f"own:{t.lower_}"
        if _infinitive_of_noun(t, m) or (t.dep_ == "prep" and t.lower_ == "for" and t.head.pos_ == "NOUN"
                                         and lemma(t.head) in m.undone_nouns):
            return "future", f"undone_noun:{t.head.lower_}"  # "an offer to mediate", "calls for a truce"
        tried = attempted(t, m)
        if tried is not None:
            return tried
        if content_of(t, m):
            if lemma(t.head) in m.hypothetical_heads:
                return "hypothetical", f"content_of:{t.head.lower_}"  # "rumours that troops shelled"
            below, t = t, t.head  # "denied reports that ...": the report's governor decides
            continue
        if t.head.i == t.i and _yes_no_question(t):
            return "hypothetical", "question"  # "Did the rebels attack the base?"
        if t.dep_ not in _UP or t.head.i == t.i:
            return "asserted", "top"
        gov = t.head
        if t.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in m.substitutive for c in t.children):
            return "negated", f"instead:{gov.lower_}"  # "withdrew instead of attacking the town"
        if t.dep_ == "prep" and lemma(gov) in m.provision_nouns and gov.dep_ == "pobj" and gov.head.lower_ == "in":
            return "hypothetical", f"provision:{gov.lower_}"  # "in case of an attack", "in the event of"
        if t.dep_ == "prep" and t.lower_ not in m.passing_preps and t.lower_ not in m.negation and not (
                t.lower_ in m.joining_preps and lemma(gov) in m.joining_verbs):
            return "asserted", "adjunct"  # "decided at the summit", "fled during the shelling"
        if head.pos_ not in _NOMINAL and t.dep_ == "prep" and lemma(gov) in m.accusation_heads:
            return "hypothetical", f"accused:{gov.lower_}"  # "accused X of torturing detainees"
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return "asserted", "own_clause"  # "X did not attack, and Y fled"
        if t.dep_ == "prep" and t.lower_ == "from" and lemma(gov) in m.prevention_heads:
            return _prevented(gov, m)
        # "courted the voters by pledging to cut taxes": the means takes the head's own modality
        said = None if t.dep_ == "prep" and t.lower_ in m.means_preps else _head_says(t, gov, m)
        if said == "negated" and gov.lower_ in m.negation and gov.head.i != gov.i and (
                modality(gov.head, m) != "asserted"):
            # "could not leave without paying": the act is missing only from an act not asserted
            return "hypothetical", f"without:{gov.head.lower_}"
        if said is not None:
            return said, f"head:{gov.lower_}/{t.dep_}"
        if nominal and lemma(gov) in m.joining_verbs and (
                t.dep_ in _NOMINAL_ARGS or (t.dep_ == "prep" and t.lower_ in m.joining_preps)):
            # "would not return to the talks": the event, with the joiner as its actor, did not take
            # place; a planned joining ("will attend the summit") presupposes the event is held
            if modality(gov, m) == "negated":
                return "negated", f"joining:{gov.lower_}"
            return "asserted", f"joined:{gov.lower_}"
        if nominal and t.pos_ in _NOMINAL and gov.pos_ in ("VERB", "AUX") and (
                lemma(gov) not in m.transparent_verbs):
            opened = _open_subject(t, gov, m)
            if opened is not None:
                return opened, f"open_subject:{gov.lower_}/{t.dep_}"
            if conditional_subject(t, gov, m):
                return "hypothetical", f"conditional_subject:{gov.lower_}"
        if _stops(t, gov, nominal and (t.dep_ in _NOMINAL_ARGS or t.dep_ == "prep"), m):
            return "asserted", f"stop:{t.dep_}"
        if gov.pos_ in ("VERB", "AUX"):
            nominal = False
        via_conj = t.dep_ == "conj"
        below, t = t, gov
    return "asserted", "depth"
