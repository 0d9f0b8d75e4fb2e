"""The trigger of a casualty clause: the predicate the source asserts, not the act in its adjunct.

"Forty soldiers were killed in the raid on the garrison" asserts that forty soldiers were killed;
the raid is where and how (a prepositional adjunct of the verb). The event's trigger, the word
that says what the source claims happened, is the clause's predicate, the verb of harm ("killed",
"wounded", "died": the lemmas of ``killed`` and ``injured`` in counts.yaml, used as verbs); the
act noun in its adjunct still gives the event its type and its arguments, and stays one of its
mentions (``Event.mentions``). The same holds in the active voice ("Rebels killed 20 soldiers in
an attack on a base"), and where the act is the subject of the verb of harm ("the shelling has
killed 900 residents", "the blast injured six"): the act caused what the verb asserts.

This is decided once all the passes that read the act noun are done (definite anaphora, the
incident's reactions: "the attack" of "nine were killed in the attack" is still a definite
description of an act told before), and only where no other event already has the verb as its
trigger. Elsewhere the trigger stays the act word the lexicon found (the convention of the
modality sets, whose predicates are matched by the trigger).
"""

from __future__ import annotations

from collections.abc import Sequence

from unfog.events.context import lemma
from unfog.events.draft import Draft
from unfog.model import TextRef

__all__ = ["harm_predicates"]


def harm_predicates(drafts: Sequence[Draft], harm: frozenset[str]) -> None:
    """Make the verb of harm whose prepositional adjunct is an event's act noun that event's trigger
    (see the module doc); ``harm``: the lemmas of dying and of being hurt. In place."""
    heads = {d.head.i for d in drafts}
    for d in drafts:
        noun = d.head
        if d.acled is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "nsubj"):
            continue
        if noun.dep_ == "nsubj":  # the act that killed: "the shelling killed six"
            verb = noun.head
        else:  # the act in the verb's adjunct: "killed in the raid"
            prep = noun.head
            verb = prep.head
            if prep.dep_ != "prep":
                continue
        if verb.pos_ != "VERB" or lemma(verb) not in harm or verb.i in heads:
            continue
        span = verb.doc[verb.i:verb.i + 1]
        d.mentions = sorted([d.trigger, *d.mentions], key=lambda m: m.span)
        d.trigger = TextRef(text=span.text, span=(span.start_char, span.end_char))
        d.tokens = span
        heads.add(verb.i)
