"""Mood, for events/modality.py (cues: modality.yaml): what the verb's form and its clause say.

- ``additive``: "not only", "not just": the first half of a correlative, no negation.
- ``inverted_condition``: "had the rebels attacked ...", "were the militia to seize ...": a
  condition by subject-auxiliary inversion.
- ``backshifted``: "said the police would disperse the march": the reported "will" (future in the
  past), not a conditional.
- ``indicative``: a finite clause whose verb form shows the indicative ("agreed that the blockade
  has hurt the talks"), not the subjunctive ("demanded that the guard release").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unfog.events.context import lemma

if TYPE_CHECKING:
    from unfog.events.modality import Cues


def additive(neg: Token, m: Cues) -> bool:
    """ "not only", "not just", "not merely": the first half of a correlative ("not only the raid but
    also the arrests"), which adds, not negates (Quirk et al. 1985, 13.38)."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in m.additive_focus and (
        after.head.i == neg.i or after.head.i == neg.head.i)


def inverted_condition(t: Token, m: Cues) -> bool:
    """An adverbial clause without a subordinator whose auxiliary comes before its subject ("had the
    rebels attacked the depot, ...", "were the militia to seize the port, ..."): a condition by
    subject-auxiliary inversion (Quirk et al. 1985, 15.36)."""
    if t.dep_ != "advcl" or any(c.dep_ == "mark" for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    first = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i]
    if t.i < subj.i:
        first.append(t)
    return any(c.lower_ in m.inversion_aux for c in first)


def backshifted(t: Token, m: Cues) -> bool:
    """ "would" alone in a clause reported by a verb of saying in the past ("said the police would
    disperse the march", "the brigade, he said, would withdraw"): the backshifted "will" of the
    report (future in the past; Quirk et al. 1985, 14.31), not a conditional. Not with a condition
    of its own ("would retaliate if attacked"), not in the perfect ("would have killed more"), not
    under a verb of saying in the present ("says the army would": a conditional of the speaker),
    not in direct speech ('"We would ask the council to reopen the crossing," the mayor said': the
    speaker's own words keep their own tense)."""
    if _quoted(t):
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    would = [c for c in auxes if c.lower_ in ("would", "'d")]
    if not would or any(lemma(c) == "have" or (c.tag_ == "MD" and c not in would) for c in auxes):
        return False
    if any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in m.conditional_marks for k in c.children)
           for c in t.children):
        return False
    says = [t.head] if t.dep_ == "ccomp" else [c for c in t.children if c.dep_ == "parataxis"]
    return any(lemma(v) in m.reporting_verbs and v.tag_ in ("VBD", "VBN") for v in says)


def _quoted(t: Token) -> bool:
    """The clause of ``t`` opens with a quotation mark or right after one: direct speech."""
    first = t.left_edge
    return first.is_quote or (first.i > 0 and t.doc[first.i - 1].is_quote)


def indicative(t: Token) -> bool:
    """A finite declarative clause whose verb form shows the indicative: a present with "-s" or a
    past, or a finite auxiliary ("is", "are", "has", "does"); the subjunctive's base form ("that the
    guard release", "that they be freed") and a plural present, which looks the same, are not, nor
    is an indirect question ("is unsure how it will respond", "whether it is"), nor a
    progressive without the perfect, which may be a futurate arrangement ("the ministry announced it
    was closing the crossing at midnight"; Quirk et al. 1985, 4.42). A present progressive that
    names no time ("announced it is suspending the talks") states what is now under way, a
    decision in force (the progressive's present reading; its futurate reading needs a time of the
    future in the clause, Quirk et al. 1985, 4.42), and is indicative."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
        return False
    if t.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB") or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
        return False
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(lemma(c) == "have" for c in auxes)
    if not perfect and (t.tag_ == "VBG" or any(c.lower_ == "being" for c in auxes)):
        return _present_untimed(t, auxes)
    if auxes:
        return auxes[0].tag_ in ("VBZ", "VBP", "VBD")
    return t.tag_ in ("VBZ", "VBD")


def _present_untimed(t: Token, auxes: list[Token]) -> bool:
    """A present progressive ("is suspending") whose clause names no date or time."""
    if t.tag_ != "VBG" or not auxes or auxes[0].tag_ not in ("VBZ", "VBP"):
        return False
    return not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree)
