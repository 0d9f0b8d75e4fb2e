"""PLOVER FIGHT or ASSAULT by who is attacked and how (``plover.yaml`` ``violence``).

PLOVER's FIGHT is conventional force between organised armed actors (small arms, artillery,
aircraft, taking ground); ASSAULT is unconventional or one-sided violence: against civilians,
unarmed people or property, and bombings, abductions, assassinations, torture, whoever the
victims. The ACLED sub-event type gives the first answer (ontology.yaml); this step corrects it
from the event's own words:

- a trigger that names one-sided violence ("murdered", "assassinated", "tortured") is an ASSAULT,
  and so is violence against one person (``individuals`` in the singular: "gunmen shot dead a
  policeman"): a targeted killing, not a fight between armed forces;
- a bombing or other device set off where it lay (``assault_types``) stays an ASSAULT even when
  soldiers were its victims ("a roadside bomb killed two soldiers");
- taking or entering ground (``occupy_families``: "captured the village", "infiltrated the town")
  is a FIGHT, mode occupy: the ground is no victim, even when it is a village;
- a generic attack (``generic_types``: shooting, killing, raiding) on armed targets (the object
  holds an ``@armed`` word and no ``@civilian`` one, or the casualties counted are armed: "killed
  five militants in a raid on their hideout") is a FIGHT;
- a fight (an armed clash by the ACLED rules) whose object is civilians only is an ASSAULT;
- a strike or shelling (``strike_types``) that hits people or where they live (the target holds a
  ``@civilian`` or ``populated`` word and no ``@armed`` one, or the casualties counted are
  civilians) is an ASSAULT ("a missile strike on a residential district killed two people").

Only the PLOVER type changes, with one exception: a generic attack on armed targets that the
sentence rules typed ACLED's Attack (violence against civilians: "the deliberate violent acts
against unarmed non-combatants") is an armed clash ("four soldiers died in the ambush"; ACLED
codebook, Battles: violent interactions between two organised armed groups).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from unfog.events.context import Scope, lemma, scope_of
from unfog.events.draft import Draft
from unfog.events.ontology import EventLexicon
from unfog.events.plover import PloverCues
from unfog.events.triggers import Typed
from unfog.model import AcledType, PloverType

_ATTACK, _CLASH = "Attack", "Armed clash"
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos"})


def _target_tokens(objects: Sequence[Token]) -> list[Token]:
    out: list[Token] = []
    for o in objects:
        out.append(o)
        out.extend(c for c in o.children if c.dep_ in _PHRASE_DEPS)
        # "members of the security forces"
        out.extend(g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return out


def _victims(ev: Draft) -> Scope | None:
    """The words of the casualty figure the event holds ("killed two people"), if any, without a
    passive's by-agent: the figure may run from the victims to a casualty word conjoined after the
    agent ("a clerk was hit by the gunmen's fire and hurt"), and the agent is who hurt, not who was hurt
    (the by-phrase of a passive names its agent; Quirk et al. 1985, 3.66)."""
    if ev.casualty_tokens is None or (ev.fatalities is None and ev.injured is None):
        return None
    span = ev.casualty_tokens
    # nor the subject of an active clause with an object ("a sniper shot dead a girl"): the
    # subject of a transitive verb in the active is its agent, the object what it acts on (Quirk
    # et al. 1985, 10.19); an intransitive's subject ("three soldiers died") stays
    agents = {w.i for a in span if a.dep_ == "agent" or (a.dep_ == "nsubj" and _has_object(a.head))
              for w in a.subtree}
    return scope_of([w for w in span if w.i not in agents])


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def plover_by_target(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon, cues: PloverCues) -> None:
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
        mode = None
        if words & cues.assault_words or sub in cues.assault_types or (
                t.family.name not in cues.occupy_families and _one_person(head, t.objects, cues.individuals)):
            new = "ASSAULT"
        elif t.family.name in cues.occupy_families:
            new, mode = "FIGHT", "occupy"
        elif kind == "ASSAULT" and (sub is None or sub in cues.generic_types) and (
                to_armed or (not target.has(civilian) and _killed_armed(ev, armed, civilian))):
            new = "FIGHT"
            if sub == _ATTACK and ev.acled is not None:  # ACLED: violence against civilians it is not
                ev.acled = AcledType(event_type=lex.ontology.acled_type[_CLASH], sub_event_type=_CLASH)
        elif kind == "FIGHT" and (
                (sub in cues.clash_types and to_civilians)
                or (sub in cues.strike_types and _hits_people(ev, target, armed, civilian, cues.populated))):
            new = "ASSAULT"
        else:
            continue
        if new != kind:
            ev.plover = PloverType(event_type=new, mode=mode)


def _one_person(head: Token, objects: Sequence[Token], individuals: frozenset[str]) -> bool:
    """The act's direct object is one person ("shot dead a policeman", "stabbed an officer")."""
    direct = [o for o in objects if o.dep_ in ("dobj", "nsubjpass") and o.head.i == head.i]
    return bool(direct) and all(
        o.tag_ == "NN" and lemma(o) in individuals
        and not any(c.dep_ in ("nummod", "conj") for c in o.children) for o in direct)


def _killed_armed(ev: Draft, armed: Iterable[str], civilian: Iterable[str]) -> bool:
    """The casualties counted are armed ("killed five militants in a raid")."""
    victims = _victims(ev)
    return victims is not None and victims.has(armed) and not victims.has(civilian)


def _hits_people(ev: Draft, target: Scope, armed: Iterable[str], civilian: Iterable[str],
                 populated: Iterable[str]) -> bool:
    """A strike on people or where they live, or one whose counted casualties are civilians."""
    if target.has(armed):
        return False
    if target.has(civilian) or target.has(populated):
        return True
    victims = _victims(ev)
    return victims is not None and victims.has(civilian) and not victims.has(armed)
