"""PLOVER FIGHT or ASSAULT by who is attacked and how (``plover.yaml`` ``violence``).

PLOVER's FIGHT is conventional force between organised armed actors (small arms, artillery,
aircraft, taking ground); ASSAULT is unconventional or one-sided violence: against civilians,
unarmed people or property, and bombings, abductions, assassinations, torture, whoever the
victims. The ACLED sub-event type gives the first answer (ontology.yaml); this step corrects it
from the event's own words:

- a trigger that names one-sided violence ("murdered", "assassinated", "tortured") is an ASSAULT;
- a bombing or other device set off where it lay (``assault_types``) stays an ASSAULT even when
  soldiers were its victims ("a roadside bomb killed two soldiers");
- a generic attack (``generic_types``: shooting, killing, raiding) on armed targets (the object
  holds an ``@armed`` word and no ``@civilian`` one) by an armed or named actor is a FIGHT;
- a fight (an armed clash by the ACLED rules) whose object is civilians only is an ASSAULT.

Only the PLOVER type changes; the ACLED type stays the sentence rules' answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.context import lemma, scope_of
from unfog.events.ontology import EventLexicon
from unfog.events.plover import PloverCues
from unfog.events.triggers import Typed
from unfog.model import Event, PloverType

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos"})


def _target_tokens(objects: Sequence[Token]) -> list[Token]:
    out: list[Token] = []
    for o in objects:
        out.append(o)
        out.extend(c for c in o.children if c.dep_ in _PHRASE_DEPS)
        # "members of the security forces"
        out.extend(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return out


def plover_by_target(typed: Sequence[Typed], events: list[Event], lex: EventLexicon, cues: PloverCues) -> None:
    """Retype PLOVER FIGHT/ASSAULT events by their victims and means (in place)."""
    armed, civilian = lex.classes["armed"], lex.classes["civilian"]
    for t, ev in zip(typed, events, strict=True):
        if ev.plover is None or ev.plover.event_type not in ("FIGHT", "ASSAULT"):
            continue
        head = t.cand.head
        words = {lemma(w) for w in head.doc[t.cand.start:t.cand.end]}
        sub = ev.acled.sub_event_type if ev.acled is not None else None
        target = scope_of(_target_tokens(t.objects))
        to_armed = target.has(armed) and not target.has(civilian)
        to_civilians = target.has(civilian) and not target.has(armed)
        kind = ev.plover.event_type
        if words & cues.assault_words or sub in cues.assault_types:
            new = "ASSAULT"
        elif kind == "ASSAULT" and (sub is None or sub in cues.generic_types) and to_armed:
            new = "FIGHT"
        elif kind == "FIGHT" and sub in cues.clash_types and to_civilians:
            new = "ASSAULT"
        else:
            continue
        if new != kind:
            ev.plover = PloverType(event_type=new, mode=None)
