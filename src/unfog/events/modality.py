"""Whether an event is said to have happened: asserted, negated, hypothetical or future.

Attribution is not modality: an event inside a claim ("X said militants attacked") stays
asserted; the claim carries who says so. Cues come from ``modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.context import lemma
from unfog.events.ontology import Modal
from unfog.model import Modality

# relations through which a governing word's modality reaches the event
_UP = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp", "nsubjpass",
                 "nsubj", "attr"})


def _own(t: Token, m: Modal) -> Modality | None:
    """What the token's own dependents say."""
    for c in t.children:
        lc = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and lc in m.negation):
            return "negated"
        if c.dep_ in ("aux", "auxpass"):
            if lc in m.future_aux or lemma(c) in m.future_aux:
                return "future"
            if lc in m.hypothetical_aux or lemma(c) in m.hypothetical_aux:
                return "hypothetical"
        if c.dep_ == "mark" and lc in m.conditional_marks:
            return "hypothetical"
        if c.dep_ in ("amod", "compound", "advmod"):
            if lc in m.future_modifiers or lemma(c) in m.future_modifiers:
                return "future"
            if lc in m.hypothetical_modifiers or lemma(c) in m.hypothetical_modifiers:
                return "hypothetical"
    if t.dep_ == "amod" and lemma(t) in m.future_modifiers:
        return "future"
    return None


def modality(head: Token, m: Modal) -> Modality:
    """Walk from the trigger up its governing words while they can change its modality."""
    t = head
    for _ in range(6):
        own = _own(t, m)
        if own is not None:
            return own
        if t.dep_ not in _UP or t.head.i == t.i:
            return "asserted"
        gov = t.head
        glem = lemma(gov)
        if glem in m.negating_heads and t.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "pobj"):
            return "negated"
        if t.dep_ in ("xcomp", "dobj", "pobj", "pcomp", "ccomp", "nsubjpass", "prep"):
            if glem in m.future_heads and glem not in m.aspectual:
                # "plans to attack", "threatened an attack"; "agreed a ceasefire" is done
                if t.dep_ in ("dobj", "nsubjpass") and glem in m.done_with_object:
                    return "asserted"
                return "future"
            if glem in m.hypothetical_heads:
                return "hypothetical"
        if t.dep_ == "ccomp" and gov.pos_ == "VERB" and glem not in m.aspectual:
            # an embedded clause under a reporting verb keeps its own modality
            return "asserted"
        if t.dep_ == "advcl" and not any(c.dep_ == "mark" for c in t.children):
            return "asserted"
        t = gov
    return "asserted"
