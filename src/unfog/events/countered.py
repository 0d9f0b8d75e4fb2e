"""An attack another party repels is one incident: "its soldiers repelled an attack by the RSF".

The verb of repelling (``counter_verbs`` in coref.yaml: "repel", "repulse", "fight off") tells the
act in its object (or, in the passive, its subject: "an attack by the RSF was repelled"): one
armed encounter, which ACLED codes as one event whose actor 1 is the side that attacked and actor 2
the side that defended (the ACLED codebook: one event per incident, the same day, place and actors;
the attacker first). So the act noun and the verb become one event:

- its trigger runs from the first of the two words to the last ("repelled an attack"): both
  predicates the text has are the one event's;
- actor 1 is the act's own agent ("by the RSF", "the RSF's attack"), actor 2 the verb's subject,
  the defender; with no agent of the act named, actor 1 is left open;
- types: the act's, when it names its means (explosions or remote violence: "repelled a drone
  attack"), else the verb's (an attack met by armed resistance is an armed clash);
- place, day and casualties: the verb's, else the act's; weapons, associated actors and claims of
  both.

Both must be violence (PLOVER ASSAULT or FIGHT) with the same modality ("failed to repel an attack":
the attack still took place, the two stay apart).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.draft import VIOLENCE, Draft
from unfog.model import TextRef

__all__ = ["merge_countered"]

_ACT_DEPS = ("dobj", "nsubjpass")


def _countering(verb: Token, verbs: frozenset[str]) -> bool:
    lem = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")
                and f"{lem} {c.lower_}" in verbs), None)
    return lem in verbs or prt is not None


def _acts(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """The words that may head the act repelled: the verb's object (its subject in the passive), or
    the object of its particle parsed as a preposition ("fought off [an attack]")."""
    lem = verb.lemma_.lower()
    out = [c for c in verb.children if c.dep_ in _ACT_DEPS]
    for c in verb.children:
        if c.dep_ == "prep" and f"{lem} {c.lower_}" in verbs:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _violent(d: Draft) -> bool:
    return d.acled is not None and d.plover is not None and d.plover.event_type in VIOLENCE


def _join(verb: Draft, act: Draft) -> Draft:
    doc = verb.tokens.doc
    start, end = min(verb.tokens.start, act.tokens.start), max(verb.tokens.end, act.tokens.end)
    span = doc[start:end]
    verb.tokens = span
    verb.trigger = TextRef(text=span.text, span=(span.start_char, span.end_char))
    verb.take_means_type(act)
    defender = verb.actor1
    verb.actor1 = act.actor1
    verb.actor2 = defender if defender != act.actor1 else verb.actor2
    if verb.place is None:
        verb.place, verb.place_reason = act.place, act.place_reason
    if verb.time is None and act.time is not None:
        verb.date, verb.date_precision, verb.time = act.date, act.date_precision, act.time
    if verb.fatalities is None and verb.injured is None:
        verb.fatalities, verb.injured = act.fatalities, act.injured
        verb.casualty_text, verb.casualty_tokens = act.casualty_text, act.casualty_tokens
    verb.weapons = sorted({*verb.weapons, *act.weapons})
    verb.associated_actors = [a for a in dict.fromkeys([*verb.associated_actors, *act.associated_actors])
                              if a not in (verb.actor1, verb.actor2)]
    verb.claims = list(dict.fromkeys([*verb.claims, *act.claims]))
    verb.mentions = sorted([*verb.mentions, *act.mentions], key=lambda m: m.span)
    return verb


def merge_countered(drafts: Sequence[Draft], verbs: frozenset[str]) -> list[Draft]:
    """The drafts with each act that a verb of repelling takes as its object made one event with
    that verb (see the module doc), in the given order; ``verbs``: the verbs of repelling, as
    lemmas or "lemma particle"."""
    by_head = {d.head.i: d for d in drafts}
    gone: set[int] = set()
    for d in drafts:
        head = d.head
        if head.pos_ != "VERB" or not _violent(d) or id(d) in gone or not _countering(head, verbs):
            continue
        act = next((a for c in _acts(head, verbs) if (a := by_head.get(c.i)) is not None), None)
        if act is None or act is d or id(act) in gone or not _violent(act) or act.modality != d.modality:
            continue
        _join(d, act)
        gone.add(id(act))
    return [d for d in drafts if id(d) not in gone]
