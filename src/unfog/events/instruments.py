"""Instruments: a weapon noun that is the means of another trigger's act ("shelled the town with
artillery and glide bombs", "attacked the post using drones", "a chemical weapons attack")
belongs to that event's weapons and makes no event of its own. The prepositions, verbs and
trigger families involved come from ``triggers.yaml`` (``instrument_preps``,
``instrument_verbs``, ``instrument_families``).

Devices disrupted: a weapon noun among what a disrupted-weapons-use trigger acts on ("seized two
landmines, three grenades and ammunition", "a cache containing hand grenades") was not used: it
makes no event of its own."""

from __future__ import annotations

from spacy.tokens import Token

from unfog.events.context import INSTRUMENT_CLAUSE, lemma
from unfog.events.ontology import EventLexicon
from unfog.events.triggers import NOUN_POS, Typed

#: links from a noun up to the head of its noun phrase ("artillery and glide bombs")
_NP_LINKS = frozenset({"conj", "appos", "nmod", "compound"})
#: how far above the instrument's attachment the trigger may sit ("shelled the town with ...",
#: where the parser hangs "with" on "town")
_UP = 2


def _attachment(noun: Token, lex: EventLexicon) -> Token | None:
    """The word an instrument phrase holding the noun attaches to, or None when the noun is not
    in an instrument position."""
    x = noun
    for _ in range(4):
        if x.dep_ in _NP_LINKS and x.head.i != x.i:
            x = x.head
        else:
            break
    if x.dep_ == "pobj" and (x.head.lower_ in lex.instrument_preps or lemma(x.head) in lex.instrument_verbs):
        return x.head.head
    if x.dep_ == "dobj" and lemma(x.head) in lex.instrument_verbs and x.head.dep_ in INSTRUMENT_CLAUSE:
        return x.head.head
    return None


def instrument_hosts(typed: list[Typed], lex: EventLexicon) -> dict[int, int]:
    """For each trigger (index into ``typed``) that is the instrument of another one in the same
    sentence, the index of that other trigger (the end of the chain when hosts are instruments
    themselves). Casualty words ("killed") host nothing: they give way to other triggers."""
    by_tok: dict[int, int] = {}
    for i, t in enumerate(typed):
        if not t.family.weak:
            for k in range(t.cand.start, t.cand.end):
                by_tok[k] = i
    hosts: dict[int, int] = {}
    for i, t in enumerate(typed):
        head = t.cand.head
        if t.family.name not in lex.instrument_families or head.pos_ not in NOUN_POS:
            continue
        if head.dep_ == "compound" and head.head.i in by_tok and by_tok[head.head.i] != i:
            # "a chemical weapons attack", "a drone strike": the weapon names the act's means
            hosts[i] = by_tok[head.head.i]
            continue
        att = _attachment(head, lex)
        if att is None:
            continue
        for y in [att, *list(att.ancestors)[:_UP]]:
            j = by_tok.get(y.i)
            if j is not None and j != i:
                hosts[i] = j
                break
    out: dict[int, int] = {}
    for i in hosts:
        j, seen = hosts[i], {i}
        while j in hosts and j not in seen:
            seen.add(j)
            j = hosts[j]
        if j not in seen:
            out[i] = j
    return out


def absorb_instruments(typed: list[Typed], lex: EventLexicon) -> tuple[list[Typed], dict[int, list[Token]]]:
    """The triggers that stay events, and per staying trigger (by its first token index) the
    tokens of the instruments it absorbed (for its weapons)."""
    hosts = instrument_hosts(typed, lex)
    extra: dict[int, list[Token]] = {}
    for i, j in hosts.items():
        t = typed[i]
        toks = [*t.cand.head.doc[t.cand.start:t.cand.end], *t.args]
        extra.setdefault(typed[j].cand.start, []).extend(toks)
    return [t for i, t in enumerate(typed) if i not in hosts], extra


#: links inside what a disrupting act takes: its noun phrases, their lists and the participle that
#: tells their content ("a cache containing grenades")
_TAKEN_LINKS = _NP_LINKS | {"dobj", "pobj", "prep", "acl", "amod", "nummod", "nsubjpass"}
_DISRUPTED = "Disrupted weapons use"


def without_disrupted(typed: list[Typed], lex: EventLexicon) -> list[Typed]:
    """The triggers without the weapon nouns that a disrupted-weapons-use trigger of the sentence
    acts on (its arguments, or nouns whose chain of noun-phrase links reaches it). A trigger that
    premodifies a noun ("a demining group", "a bomb disposal unit") classifies what the noun names, a
    kind of body or thing, and tells no act (a classifying modifier, Quirk et al. 1985, 17.104): it
    disrupts nothing."""
    acting = [t for t in typed if not _classifier(t.cand.head)]
    disruptors = {t.cand.head.i for t in acting if t.acled == _DISRUPTED}
    if not disruptors:
        return typed
    disposal = frozenset(lex.classes.get("disposal", ()))
    if any(t.family.name in disposal for t in acting):
        # "detonated the bomb in a controlled explosion": every blast of the sentence is the disposal
        typed = [t for t in typed if t.acled == _DISRUPTED or t.family.name not in lex.instrument_families]
    taken = {a.i for t in acting if t.acled == _DISRUPTED for a in t.args}
    keep = []
    for t in typed:
        head = t.cand.head
        if t.acled != _DISRUPTED and t.family.name in lex.instrument_families and head.pos_ in NOUN_POS:
            x, hit = head, head.i in taken
            for _ in range(6):
                if hit or x.dep_ not in _TAKEN_LINKS or x.head.i == x.i:
                    break
                x = x.head
                hit = x.i in disruptors
            if hit:
                continue
        elif t.acled != _DISRUPTED and head.i in taken:
            continue
        keep.append(t)
    return keep


def _classifier(head: Token) -> bool:
    """A word that premodifies a noun ("demining" of "a demining group")."""
    return head.dep_ in ("amod", "compound") and head.head.i > head.i and head.head.pos_ in NOUN_POS
