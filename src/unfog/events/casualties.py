"""Casualty figures: 'three soldiers were wounded', 'killing at least 12', 'dozens of deaths'.

Vague counts take the conservative figures of ``counts.yaml`` (ACLED's conventions). Where one
event gets several figures of one kind, the lowest is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from unfog.events.context import lemma
from unfog.events.ontology import Counts
from unfog.lines import lemmas_and_lowers

Kind = Literal["fatalities", "injured"]


@dataclass(frozen=True)
class Casualty:
    kind: Kind
    count: int
    anchor: Token  # the casualty word
    start: int  # character span of the whole mention
    end: int
    tokens: Span  # the words of the whole mention


def _number(t: Token, c: Counts) -> int | None:
    text = t.lower_.replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text)
    if text in c.numbers:
        return c.numbers[text]
    if text in c.vague:
        return c.vague[text]
    lem = lemma(t)
    if lem in c.vague:
        return c.vague[lem]
    return None


def count_of(np: Token, c: Counts, single: bool = False) -> tuple[int, Token] | None:
    """The number a noun phrase gives: '8 people', 'at least 12 people', 'dozens of people',
    'several', 'a number of civilians'; with ``single`` (the phrase names who was hurt), also
    'a police officer' (one). Conjoined phrases add up: 'two soldiers and a civilian' (three)."""
    got = _count_one(np, c, single)
    if got is None:
        return None
    total = got[0]
    people = ("NOUN", "PROPN")
    for conj in np.conjuncts if np.pos_ in people else ():
        if conj.i > np.i and conj.dep_ in ("conj", "appos") and conj.pos_ in people:
            more = _count_one(conj, c, single)
            if more is None:
                return got
            total += more[0]
    return total, got[1]


def _count_one(np: Token, c: Counts, single: bool) -> tuple[int, Token] | None:
    n = _number(np, c)
    if n is not None and np.lower_ not in ("a", "an"):
        return n, np
    for ch in np.children:
        if ch.dep_ in ("nummod", "quantmod", "amod", "det") and (k := _number(ch, c)) is not None:
            if ch.dep_ == "det" and ch.lower_ in ("a", "an"):
                continue
            return k, ch
    # 'a number of', 'dozens', 'hundreds': a count noun heading the phrase (plural, or 'number')
    base = c.count_nouns.get(lemma(np)) or c.count_nouns.get(np.lower_)
    if base is not None and (np.tag_ == "NNS" or np.lower_ in c.count_nouns_singular):
        return base, np
    # 'a police officer', 'an aid worker': one person, by the indefinite article of a singular noun
    # that is no casualty word itself ('a death toll of 30' counts by its figure)
    art = next((ch for ch in np.children if ch.dep_ == "det" and ch.lower_ in ("a", "an")), None)
    if (single and art is not None and np.tag_ in ("NN", "NNP") and np.ent_type_ not in ("DATE", "TIME")
            and lemma(np) not in c.killed | c.injured):
        return 1, art
    return None


def _gapped_passive(t: Token) -> bool:
    """A participle conjoined to a passive verb whose auxiliary it shares ("17 were killed and
    dozens wounded"): its subject is who was hurt, not who hurt."""
    return t.dep_ == "conj" and t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and any(
        c.dep_ == "auxpass" for c in t.head.children)


def _victim(np: Token, t: Token) -> bool:
    """The phrase is who the casualty word says was hurt: its subject or object (or a conjoined
    verb's), the object of its 'of' ("the death of a child"), or the subject of a predicate
    adjective or of the verb it completes ("a man is dead", "shot a guard dead"); not what was
    deadly ("a deadly explosion") or the phrase a participle describes ("a landmine killed ...")."""
    verbs = {t.i, *(v.i for v in t.conjuncts)}
    if np.head.i in verbs and np.dep_ in ("nsubjpass", "dobj", "nsubj"):
        return True
    if np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.i == t.i:
        return True
    return (t.pos_ == "ADJ" and t.dep_ != "amod" and np.head.i in (t.i, t.head.i)
            and np.dep_ in ("nsubj", "nsubjpass", "dobj"))


def causer(verb: Token) -> Token | None:
    """The subject of an active verb, the causer of what it tells ("a drone strike killed 12",
    "the blast wounded nine"): when an act's word heads it, the casualties the verb's clause
    counts are that act's (a sequence told in one sentence: "... seized a town, and later a drone
    strike killed 12 of them")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_PEOPLE_DEPS = ("nsubjpass", "dobj", "nsubj", "pobj", "attr")


def find_casualties(sent: Span, c: Counts) -> list[Casualty]:
    out: list[Casualty] = []
    doc = sent.doc
    lemmas = lemmas_and_lowers(doc)[0]  # each token's lemma(t), without making the Token
    for i in range(sent.start, sent.end):
        lem = lemmas[i]
        kind: Kind | None = "fatalities" if lem in c.killed else "injured" if lem in c.injured else None
        if kind is None:
            continue
        t = doc[i]
        if t.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        cands: list[Token] = []
        if t.pos_ == "VERB":
            # an intransitive verb has no undergoer object ("died a short time later")
            cands = [ch for ch in t.children
                     if ch.dep_ in ("nsubjpass", "dobj") and (lem != "die" or ch.dep_ != "dobj")]
            if lem == "die" or _gapped_passive(t):
                cands += [ch for ch in t.children if ch.dep_ == "nsubj"]
            if t.dep_ == "acl" and t.tag_ == "VBN":
                cands.append(t.head)  # "and several injured": a count the participle describes
            # "six were killed and eight wounded": the remnant subject of a gapped conjunct, a
            # cardinal the parse hangs on the participle, is its own count, not the first conjunct's
            # subject (gapping keeps the subject: Quirk et al. 1985, 13.92)
            cands += [ch for ch in t.children if ch.dep_ in ("nummod", "npadvmod") and ch.i < t.i]
            if not cands:  # "killing and injuring several people": the conjunct's object
                for ch in t.children:
                    if ch.dep_ == "conj" and ch.pos_ == "VERB":
                        cands += [x for x in ch.children if x.dep_ in ("dobj", "nsubjpass")]
                if t.dep_ == "conj":
                    cands += [x for x in t.head.children if x.dep_ in ("nsubjpass", "dobj")]
        elif t.pos_ == "ADJ":  # "5 dead", "left 5 dead", "eight were injured"
            cands = [ch for ch in t.children if ch.dep_ in ("nummod", "npadvmod", "nsubj")]
            if t.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
                cands += [ch for ch in t.head.children if ch.dep_ in ("nsubj", "dobj", "nsubjpass")]
            if t.dep_ == "amod" and t.head.pos_ in ("NOUN", "NUM"):
                cands.append(t.head)
        else:  # nouns: "the deaths of scores of villagers", "12 deaths", "the death toll rose to 30"
            cands = [ch for ch in t.children if ch.dep_ in ("nummod", "amod")]
            cands += [p for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of"
                      for p in ch.children if p.dep_ == "pobj"]
            if lem == "toll":  # "rose to 30"; "put the toll at 30", "the toll stood at 30"
                cands += [p for v in [t.head] for ch in v.children if ch.dep_ == "prep" and ch.lower_ in ("to", "at")
                          for p in ch.children if p.dep_ == "pobj"]
        for np in cands:
            got = count_of(np, c, single=_victim(np, t))
            if got is None:
                continue
            n, at = got
            first = sent.doc[min(at.i, t.i, np.left_edge.i)]
            last = sent.doc[max(t.i, np.i)]
            lo, hi = first.idx, last.idx + len(last)
            out.append(Casualty(kind, n, t, lo, hi, sent.doc[first.i:last.i + 1]))
            break
    return out
