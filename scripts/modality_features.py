"""Features of an event trigger's modality that the rules of events/modality.py already compute (the
modality harness's, scripts/train_modality.py; no part of the stage).

The rules' own answer and the rule that decided it (``explain``), and the cues they read: negation
on the trigger or its governor, the modal or future auxiliary, the class of the governing word
(verb of saying, planning, fearing, denying; implicative; directive; aspectual), a conditional
clause above the trigger, tense and part of speech, a question, quotation. scripts/train_modality.py
cross-validates a multinomial logistic regression on them by document against the rules' answer.
"""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.context import lemma
from unfog.events.modality import Cues, explain


def _gov_classes(gov: Token, m: Cues) -> list[str]:
    """The classes of modality.yaml (and the shared verbs of saying) the governing word is in."""
    glem = lemma(gov)
    named = (("reporting", m.reporting_verbs), ("future_head", m.future_heads),
             ("hypothetical_head", m.hypothetical_heads), ("negating_head", m.negating_heads),
             ("negative_implicative", m.negative_implicatives), ("directive", m.directive_heads),
             ("aspectual", m.aspectual), ("accusation", m.accusation_heads))
    return [name for name, words in named if glem in words]


def _modals(t: Token, m: Cues) -> list[str]:
    """The future or modal auxiliaries of ``t`` (modality.yaml future_aux, hypothetical_aux)."""
    return [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")
            and (c.lower_ in m.future_aux or c.lower_ in m.hypothetical_aux)]


def _conditional_above(t: Token, m: Cues) -> bool:
    """A clause marked "if"/"unless" on the trigger or on one of its governors."""
    for u in [t, *t.ancestors]:
        if u.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in m.conditional_marks for c in u.children):
            return True
    return False


def features(head: Token, m: Cues) -> list[str]:
    """The names of the binary features that hold of the trigger ``head``."""
    mod, tag = explain(head, m)
    rule = tag.split(":")[0]  # the deciding rule without its word ("own:will" -> "own")
    out = [f"rule={mod}", f"tag={rule}", f"rule_tag={mod}/{rule}",
           f"pos={head.pos_}", f"tense={head.tag_}", f"dep={head.dep_}"]
    out += [f"aux={a}" for a in _modals(head, m)]
    if any(c.dep_ == "neg" for c in head.children):
        out.append("neg")
    gov = head.head
    if gov.i != head.i:
        out += [f"gov={c}" for c in _gov_classes(gov, m)]
        out += [f"gov_aux={a}" for a in _modals(gov, m)]
        out.append(f"gov_tense={gov.tag_}")
        if any(c.dep_ == "neg" for c in gov.children):
            out.append("gov_neg")
    if _conditional_above(head, m):
        out.append("conditional")
    sent = head.sent
    if sent[-1].text == "?":
        out.append("question")
    if any(u.lower_ == "if" for u in sent):
        out.append("if_in_sentence")
    if any(u.is_quote for u in sent):
        out.append("quoted")
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        out.append("to_infinitive")
    return out
