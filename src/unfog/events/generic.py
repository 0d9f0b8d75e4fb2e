"""Mentions of a kind of act, not of an incident (linguistic genericity).

A sentence may speak of attacks in general: a norm or a judgement ("strikes on hospitals are a war
crime", "targeting civilians is a crime", "any assault on the monitors would be a breach") or a
habit ("militias often loot villages"). Such a mention refers to no particular event: ACLED codes
events that took place at a place and a time, and PLOVER codes acts, not statements about kinds of
act. The mechanisms, from the grammar of genericity (kind-referring subjects, characterising
sentences):

- **kind predication**: the trigger is the subject of a linking verb with a predicate
  (``generic_links`` in triggers.yaml: "be", "constitute"; and the copulas of modality.yaml:
  "have become common", "remain frequent") and names a kind, not a token: a bare
  plural ("strikes on hospitals are"), a gerund ("bombing schools would be"), or a noun under a
  determiner of kinds (``kind_determiners``: "any", "such"). A definite or singular subject ("the
  attack on the market was the deadliest") refers to an incident and stays one.
- **free choice**: an act noun under a determiner that introduces no referent (``free_choice`` in
  triggers.yaml: "any"): free-choice or negative-polarity "any" ranges over acts and picks out none
  ("would respond to any attack on its bases", "condemned any attack on civilians"); a negation
  that governs it has already said the act did not happen ("did not carry out any attack").
- **habitual present**: a verb trigger in the simple present (no auxiliary) with an adverb of
  frequency (``habitual`` in triggers.yaml: "often", "regularly"). A headline's present ("militants
  attack a checkpoint") has none and stays an event.

Such a mention is given modality "hypothetical" (it says of no act that it happened); the stage
gives no ACLED type to an act said to be planned or possible (``occurred_only``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.draft import UNDONE, Draft
from unfog.events.ontology import EventLexicon

_SUBJECTS = frozenset({"nsubj", "csubj", "nsubjpass"})
_PREDICATES = frozenset({"attr", "acomp", "dobj"})


def _kind(t: Token, kind_dets: frozenset[str]) -> bool:
    """A noun phrase that names a kind: a bare plural, a gerund, or a noun under "any"/"such"."""
    if t.tag_ == "VBG" or (t.pos_ == "VERB" and t.dep_ == "csubj"):
        return True
    if t.pos_ != "NOUN":
        return False
    dets = [c for c in t.children if c.dep_ in ("det", "predet", "poss", "nummod")
            or (c.dep_ == "amod" and c.lower_ in kind_dets)]
    if any(c.lower_ in kind_dets for c in dets):
        return True
    return t.tag_ == "NNS" and not dets


def _kind_predication(head: Token, links: frozenset[str], kind_dets: frozenset[str]) -> bool:
    t = head
    while t.dep_ in ("compound", "amod") and t.head.i != t.i:  # "air [strikes]"
        t = t.head
    if t.dep_ not in _SUBJECTS or t.head.i == t.i:
        return False
    verb = t.head
    if verb.lemma_.lower() not in links or not any(c.dep_ in _PREDICATES for c in verb.children):
        return False
    return _kind(t, kind_dets)


def _free_choice(head: Token, free: frozenset[str]) -> bool:
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in free for c in head.children)


def _habitual(head: Token, habitual: frozenset[str]) -> bool:
    if head.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in head.children)


def mark_generic(events: Sequence[Draft], lex: EventLexicon, copulas: frozenset[str] = frozenset()) -> None:
    """Mentions of a kind of act say of no act that it happened (modality "hypothetical");
    ``copulas``: linking verbs beside ``generic_links`` (modality.yaml's: "become", "seem")."""
    links = frozenset(lex.classes.get("generic_links", ())) | copulas
    kind_dets = frozenset(lex.classes.get("kind_determiners", ()))
    habitual = frozenset(lex.classes.get("habitual", ()))
    free = frozenset(lex.classes.get("free_choice", ()))
    for ev in events:
        head = ev.head
        if ev.modality == "asserted" and (_kind_predication(head, links, kind_dets) or _habitual(head, habitual)
                                          or _free_choice(head, free)):
            ev.modality = "hypothetical"


#: modalities of acts not said to have taken place, nor denied


def _said(ev: Draft, reporting: frozenset[str]) -> bool:
    """The act is in a source's words: a claim holds it, or a verb of saying governs it."""
    return bool(ev.claims) or any(a.pos_ == "VERB" and a.lemma_.lower() in reporting for a in ev.head.ancestors)


def _irrealis(ev: Draft, reporting: frozenset[str], aux: frozenset[str]) -> bool:
    """The act's clause, up to a verb of saying, is in an irrealis form: a modal or future auxiliary
    or an infinitive ("will not hold any rallies", "refused to hand over the hostages")."""
    for t in (ev.head, *ev.head.ancestors):
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting:
            return False
        if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in aux or c.tag_ == "TO") for c in t.children):
            return True
    return False


def occurred_only(events: Sequence[Draft], reporting: frozenset[str] = frozenset(),
                  irrealis_aux: frozenset[str] = frozenset()) -> None:
    """ACLED codes events that took place: an act said to be planned, possible or generic keeps its
    PLOVER type and modality but no ACLED type. A denied act keeps its type: a denial is said of an
    incident another source reports (stories show the dispute); a denial is a source's, an act in
    the content of a claim or under a verb of saying (``reporting``: "the army denied shelling the
    town", "no shots were fired, police said"). An act the article's own voice says did not happen,
    or was prevented or avoided ("there were no clashes", "guards prevented the crowd from storming
    the parliament") disputes no one's report: no incident, no ACLED type. Nor does a negated act in
    an irrealis form (``irrealis_aux``, the modal and future auxiliaries, or an infinitive: "we will
    not hold rallies", "refused to free the hostages"): a refusal or a commitment, not a denial of
    an occurrence (a denial is of a past act; Palmer 2001 on realis and irrealis)."""
    for ev in events:
        if ev.acled is not None and (ev.modality in UNDONE or (ev.modality == "negated" and (
                not _said(ev, reporting) or _irrealis(ev, reporting, irrealis_aux)))):
            ev.acled = None
