"""The time and place a clause of occurrence gives the act it refers to.

News reports often tell an act first and say when and where in the next sentence, through a verb
of occurrence whose subject is a pronoun or a general noun for an event (pronominal and shell-noun
anaphora): "Gunmen shot dead a shopkeeper in a market. It happened in Kano on Monday evening"; "the
incident occurred near the border late on Friday". The occurrence verb is no act of its own; its
time and place are those of the act its subject refers to: the last act told before it, in its
sentence or the one before, that took place with an ACLED type.

That act takes the clause's time when it has none of its own (or when the clause's is a day within
its own longer time: "raided farms during the past week ... it happened on Sunday afternoon", or
when its own is that of the report governing it: "..., officials said on Wednesday. It happened
late on Monday"), and the
clause's place when it has none of its own or only a country or region. A mark of another
occurrence on the verb ("it happened again on Monday": ``distinct_markers`` of coref.yaml) says the
clause is about a new occurrence: nothing is given. Only a main clause, one joined to it or a
complement ("police said it happened on Monday") is read: in a relative clause ("a shooting that
happened on Friday") the subject is the relative pronoun, and the act noun it describes is dated
by ``background.clause_time``.

A definite description of an act of the same kind as subject ("the raid took place in the town on
Thursday", "the blast occurred near the port"; a determiner of ``definite_determiners`` of
coref.yaml, no mark of another occurrence: "another attack took place" is a new one) is an anaphor
of the act as well: the act takes the clause's time and place, and the description is one of its
mentions, not an event of its own; told in another source's account ("the ambush happened near the
border, the army said"), it stays an event of that account and refers to the act
(``Event.refers_to``, events/accounts.py).

The verbs and subjects are ``occurrence_verbs`` and ``occurrence_subjects`` of incident.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.accounts import same_account
from unfog.events.arguments import ArgumentIndex
from unfog.events.background import last_day
from unfog.events.context import lemma
from unfog.events.draft import OCCURRED, Draft
from unfog.events.reactions import act_kind
from unfog.lines import lemmas_and_lowers, str_column
from unfog.model import Place, TimeExpr

#: the clauses whose occurrence verb is read (see the module doc)
_CLAUSES = frozenset({"ROOT", "conj", "ccomp"})


def _occurrence(verb: Token, verbs: frozenset[str]) -> bool:
    """The verb is one of occurrence ("happen", "occur"; "take place": "take" with "place" as object;
    a phrasal verb of performing in the passive, "was carried out")."""
    lem = lemma(verb)
    if lem in verbs:
        return True
    if any(c.dep_ == "prt" and f"{lem} {c.lower_}" in verbs for c in verb.children):
        # a verb of performing, in the passive: its subject is the act ("the raid was carried out")
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return f"{lem} place" in verbs and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _anaphoric_subject(verb: Token, subjects: frozenset[str]) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (lemma(subj) not in subjects and subj.lower_ not in subjects):
        return None
    return subj


def _described(drafts: Sequence[Draft], verb: Token, definite: frozenset[str],
               distinct: frozenset[str]) -> Draft | None:
    """The act noun the occurrence verb has for subject, when a definite description ("the raid")
    with no mark of another occurrence ("another attack")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    det = [c.lower_ for c in subj.children if c.dep_ in ("det", "predet")]
    if not det or not all(w in definite for w in det) or any(c.lower_ in distinct for c in subj.children):
        return None
    return next((d for d in drafts if d.head.i == subj.i and d.acled is not None), None)


def _referent(drafts: Sequence[Draft], subj: Token, described: Draft | None = None) -> Draft | None:
    """The last act told before the subject, in its sentence or the one before, that took place with
    an ACLED type (of the described act's kind, when the subject is an act noun)."""
    sent = subj.sent
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    told = [d for d in drafts if d.acled is not None and d.modality in OCCURRED and not d.reacted
            and before <= d.head.i < subj.i and d is not described
            and (described is None or act_kind(d) == act_kind(described))]
    return max(told, key=lambda d: d.head.i) if told else None


def _finer(te: TimeExpr, own: TimeExpr) -> bool:
    """The clause's time is a day within the act's own longer time ("during the past week ... it happened
    on Sunday afternoon")."""
    if te.precision != "day" or te.value is None or own.value is None:
        return False
    if own.precision == "day" and own.end is None:
        return False
    last = last_day(own)
    return last is not None and own.value <= te.value[:10] <= last.isoformat()


def _of_report(act: Draft, own: TimeExpr) -> bool:
    """The act's time lies outside the act's own phrase or clause: a governing verb's, the report's
    ("gunmen killed six guards, officials said on Wednesday"), which the clause of occurrence, telling
    when the act happened, comes before."""
    lo, hi = act.head.left_edge.idx, act.head.right_edge.idx + len(act.head.right_edge)
    return not (lo <= own.span[0] and own.span[1] <= hi)


def _coarse(place: str | None, by_id: dict[str, Place]) -> bool:
    """No place, or only a country or region."""
    p = by_id.get(place) if place is not None else None
    return p is None or p.precision is None or p.precision >= 3


def give_occurrence(drafts: list[Draft], index: ArgumentIndex, verbs: frozenset[str],
                    subjects: frozenset[str], distinct: frozenset[str],
                    definite: frozenset[str] = frozenset()) -> list[Draft]:
    """Give the time and place of each clause of occurrence with an anaphoric subject to the act it
    refers to (see the module doc); the drafts, with each definite description so resolved in its
    act's account made one of its mentions."""
    if not verbs or not drafts:
        return drafts
    by_id = {p.id: p for p in index.ctx.places}
    sdoc = drafts[0].head.doc
    folded: dict[int, Draft] = {}  # id of a description -> the act it is a mention of
    # the lemmas an occurrence verb may have: a listed verb, or the first words of a listed phrase
    firsts = verbs | {v[:k] for v in verbs for k, ch in enumerate(v) if ch == " "}
    pos, dep, lemmas = str_column(sdoc, "pos"), str_column(sdoc, "dep"), lemmas_and_lowers(sdoc)[0]
    for i, p in enumerate(pos):
        if p not in ("VERB", "AUX") or dep[i] not in _CLAUSES or lemmas[i] not in firsts:
            continue
        verb = sdoc[i]
        if not _occurrence(verb, verbs):
            continue
        if any(c.lower_ in distinct for c in verb.children if c.dep_ in ("advmod", "npadvmod", "amod")):
            continue
        described = _described(drafts, verb, definite, distinct) if definite else None
        subj = described.head if described is not None else _anaphoric_subject(verb, subjects)
        if subj is None or any(c.lower_ in distinct for c in subj.children):
            continue
        act = _referent(drafts, subj, described)
        if act is None or id(act) in folded:
            continue
        _give(act, verb, index, by_id)
        if described is not None:
            if same_account(act, described):
                act.mentions = sorted([*act.mentions, described.trigger, *described.mentions], key=lambda m: m.span)
                folded[id(described)] = act
            elif described.refers_to is None:
                described.refers_to = act
    for d in drafts:
        if d.refers_to is not None and id(d.refers_to) in folded:
            d.refers_to = folded[id(d.refers_to)]
    return [d for d in drafts if id(d) not in folded]


def _give(act: Draft, verb: Token, index: ArgumentIndex, by_id: dict[str, Place]) -> None:
    """The clause's time and place to the act (see the module doc)."""
    sent = verb.sent
    te = index.time_for(verb, sent)
    if te is not None and te.value is not None and (act.time is None or _finer(te, act.time)
                                                     or _of_report(act, act.time)):
        act.time, act.date, act.date_precision, act.background = te, te.value, te.precision, False
    if _coarse(act.place, by_id):
        place, reason = index.place_for(verb, (), sent)
        if place is not None and reason == "clause" and not _coarse(place, by_id):
            act.place, act.place_reason = place, "clause"

