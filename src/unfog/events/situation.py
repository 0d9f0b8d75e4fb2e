"""The situation a protest trigger reports, as a scope for the context rules (``situation``).

A protest sentence also tells what the protest was about: "took to the streets to decry the
arrests", "a march against police violence", "rallied following the killing of a student". Those
acts are the grievance, not what happened at the protest, so the words of the grievance do not
make the protest one with intervention or excessive force. The ``situation`` scope is the
sentence without its grievance phrases (the objects of ``grievance_preps`` and the clauses of
``grievance_verbs``, classes of triggers.yaml), plus the label ``IN_GRIEVANCE`` when the trigger
itself is inside one, and the label ``PROTESTERS_VIOLENT`` when the
protesters themselves act violently (ACLED's line between a demonstration and a riot):

- a verb of ``protester_acts`` whose subject (or passive agent) is one of ``protest_agents``
  ("protesters hurled stones", "stones were thrown by demonstrators");
- a noun of ``protester_acts`` with a protest agent among its arguments ("clashes between
  protesters and police");
- an adjective of ``violent_mods`` on a protest noun ("violent protests"), not negated
  ("non-violent protesters").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unfog.events.context import Scope, lemma, pruned_subtree, scope_of, subject_of
from unfog.events.ontology import EventLexicon

VIOLENT = "PROTESTERS_VIOLENT"
#: the trigger itself is part of the grievance ("protests over the arrest of ...")
IN_GRIEVANCE = "IN_GRIEVANCE"
_CLAUSES = frozenset({"xcomp", "advcl", "acl", "relcl", "conj", "ccomp"})
_NEGATING_PREFIX = frozenset({"non", "not", "un"})
_AGENT_PREPS = frozenset({"between", "by", "among", "involving"})


def grievance_tokens(sent: Span, lex: EventLexicon) -> set[int]:
    preps = frozenset(lex.classes.get("grievance_preps", ()))
    verbs = frozenset(lex.classes.get("grievance_verbs", ()))
    out: set[int] = set()
    for t in sent:
        if t.i in out:
            continue
        if (t.dep_ == "prep" and t.lower_ in preps) or (t.dep_ in _CLAUSES and t.pos_ == "VERB"
                                                        and lemma(t) in verbs):
            out.update(x.i for x in t.subtree)
    return out


def _negated_modifier(t: Token) -> bool:
    doc = t.doc
    k = t.i - 1
    if k >= 0 and doc[k].text in ("-", "–"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _NEGATING_PREFIX


def protesters_violent(tokens: list[Token], lex: EventLexicon) -> bool:
    acts = frozenset(lex.classes.get("protester_acts", ()))
    agents = frozenset(lex.classes.get("protest_agents", ()))
    mods = frozenset(lex.classes.get("violent_mods", ()))
    for t in tokens:
        lem = lemma(t)
        if t.pos_ == "VERB" and lem in acts:
            s = subject_of(t, lex.light_verbs, lex.undergoer_verbs)
            if s is not None and lemma(s) in agents:
                return True
        elif t.pos_ == "NOUN" and lem in acts:
            # "clashes between protesters and police", "violence by rioters" (not "attacks against
            # protesters": there they are the target)
            if any(lemma(x) in agents for c in t.children
                   if c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ in _AGENT_PREPS)
                   for x in pruned_subtree(c)):
                return True
        elif t.pos_ == "ADJ" and lem in mods and t.dep_ in ("amod", "acomp") and not _negated_modifier(t):
            target = t.head if t.dep_ == "amod" else subject_of(t.head, frozenset())
            if target is not None and lemma(target) in agents:
                return True
    return False


def situation_scope(head: Token, lex: EventLexicon, place_tokens: frozenset[int] = frozenset()) -> Scope:
    sent = head.sent
    drop = grievance_tokens(sent, lex)
    riot = frozenset(lex.classes.get("riot_words", ()))
    # "riot police", "riot gear": equipment for riots, not a riot
    toks = [t for t in sent if t.i not in drop and not (t.dep_ == "compound" and lemma(t) in riot)]
    scope = scope_of(toks, place_tokens)
    labels = set(scope.ents)
    if protesters_violent(toks, lex):
        labels.add(VIOLENT)
    if head.i in drop:
        labels.add(IN_GRIEVANCE)
    return Scope(scope.lemmas, frozenset(labels))
