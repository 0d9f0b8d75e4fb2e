"""The event knowledge (``data/events/*.yaml``) loaded once into immutable objects.

- ontology.yaml: ACLED event types / sub-event types, PLOVER types and modes, the mapping.
- triggers.yaml: cue classes and trigger families (lemmas, phrases, argument needs), light verbs,
  instrument prepositions and verbs.
- rules.yaml:    context rules refining a trigger's type.
- counts.yaml: number and vague-count words (modality.yaml is read by unfog.events.modality).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import statement_verbs

PloverPair = tuple[str | None, str | None]


@dataclass(frozen=True)
class Family:
    name: str
    acled: str | None
    plover: PloverPair | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[str, ...]
    needs: tuple[str, ...]
    weak: bool
    needs_object: bool = False
    #: the needs must be met by the head word of the object (what is acted on), not by its phrases
    #: ("eliminated four insurgents", not "eliminated the losses at the unit")
    needs_head: bool = False
    #: lemmas of the family whose needs are read on their theme, what is taken or entered, where
    #: they have one (triggers.yaml needs_theme)
    needs_theme: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    families: frozenset[str]
    #: (scope, negated, cues) — all must hold
    conditions: tuple[tuple[str, bool, tuple[str, ...]], ...]
    acled: str | None
    plover: PloverPair | None
    drop: bool


@dataclass(frozen=True)
class Ontology:
    acled_type: dict[str, str]  # sub-event type -> event type
    acled_plover: dict[str, PloverPair]
    #: the sub-event types of territory changing hands, by force or without a fight
    territory: frozenset[str] = frozenset()
    #: those of ground taken by force (Battles: "Government regains territory" ...)
    territory_taken: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Counts:
    numbers: dict[str, int]
    vague: dict[str, int]
    killed: frozenset[str]
    injured: frozenset[str]
    count_nouns: dict[str, int]
    count_nouns_singular: frozenset[str]


@dataclass(frozen=True)
class Commitments:
    """The ``commitments`` block of triggers.yaml."""

    aux: frozenset[str]
    heads: frozenset[str]  # "prepared to", "vowed to" ...
    threat_heads: frozenset[str]  # heads that make any act a threat ("threatened to")
    speech: frozenset[str]  # reporting verbs the statement is made with (language/reporting.yaml statement)
    conditions: frozenset[str]  # conditional marks: an act under "if" is no commitment
    threat_types: frozenset[str]
    promise_types: frozenset[str]
    #: heads of physical preparation: an act of force they govern, with no reporting verb, is a
    #: MOBILIZE ("the army prepared to resume shelling"), not a threat
    preparations: frozenset[str] = frozenset()
    #: verbs of phase that pass an auxiliary to the act ("will continue to support")
    aspectual: frozenset[str] = frozenset()
    #: what helps the other side: a promise to withdraw it is a threat (to reduce aid or relations)
    withdrawn_support: frozenset[str] = frozenset()
    preparation_types: frozenset[str] = frozenset()
    #: auxiliaries of possibility: an act under one is a commitment only as a threat ("could cut ties")
    threat_aux: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventLexicon:
    ontology: Ontology
    classes: dict[str, tuple[str, ...]]
    families: dict[str, Family]
    rules: tuple[Rule, ...]
    counts: Counts
    light_verbs: frozenset[str]
    associate_preps: frozenset[str]
    #: unaccusative verbs of dying: their subject is the victim, no agent (``subject_of``)
    undergoer_verbs: frozenset[str] = frozenset()
    #: a weapon noun under these prepositions / verbs of another trigger is its instrument
    instrument_preps: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    instrument_families: frozenset[str] = frozenset()
    #: cues that make a subject the means of the act ("a car bomb killed six"; expanded classes)
    means_subject: tuple[str, ...] = ()
    #: aspectual and support verbs that take their event from an act noun object (also in
    #: ``light_verbs``; a verb trigger among them over an act noun has no type of its own)
    support_verbs: frozenset[str] = frozenset()
    #: support verbs whose subject is the act's target ("suffered an ambush", "come under"): Oper2
    target_verbs: frozenset[str] = frozenset()
    #: head nouns that name people or bodies (an event subject that may become a description actor)
    agent_words: frozenset[str] = frozenset()
    commitments: Commitments | None = None
    #: the triggers the rules read as ground regained (those of a 'Government regains territory'
    #: rule of rules.yaml: "recapture", "retake", "liberate" ...), derived from the rules at load
    regain_triggers: frozenset[str] = frozenset()



def _pair(v: Any) -> PloverPair | None:
    if not v:
        return None
    return (v[0], v[1] if len(v) > 1 else None)


def _words(v: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in (v or []))


def _fs(v: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in (v or []))


def _cues(names: tuple[str, ...], classes: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Cues with each "@class" replaced by that class's words."""
    return tuple(m for c in names for m in (classes[c[1:]] if c.startswith("@") else (c,)))


#: the cue classes whose words name people or bodies
_AGENT_CLASSES = ("agent", "person", "detainee", "armed", "state", "nonstate", "group")

_SCOPES = ("args", "subject", "object", "sentence", "context", "trigger", "situation")


def _rule(raw: dict[str, Any], classes: dict[str, tuple[str, ...]]) -> Rule:
    conds: list[tuple[str, bool, tuple[str, ...]]] = []
    for key, val in raw.items():
        neg = key.startswith("not_")
        scope = key[4:] if neg else key
        scope = scope.rstrip("0123456789")
        if scope not in _SCOPES:
            continue
        cues: list[str] = []
        for c in val:
            c = str(c)
            cues.extend(classes[c[1:]] if c.startswith("@") else (c,))
        conds.append((scope, neg, tuple(cues)))
    return Rule(
        families=frozenset(raw["families"]),
        conditions=tuple(conds),
        acled=raw.get("acled"),
        plover=_pair(raw.get("plover")),
        drop=bool(raw.get("drop", False)),
    )


def load_lexicon(knowledge: Knowledge = PACKAGED) -> EventLexicon:
    """The lexicon of ontology.yaml, triggers.yaml, rules.yaml and counts.yaml (the stage loads it once)."""
    onto, trig, rules, counts = (
        knowledge.read(f"events/{n}") for n in ("ontology.yaml", "triggers.yaml", "rules.yaml", "counts.yaml")
    )
    acled_type: dict[str, str] = {}
    acled_plover: dict[str, PloverPair] = {}
    for etype, subs in onto["acled"].items():
        for sub, pl in subs.items():
            acled_type[sub] = etype
            acled_plover[sub] = (pl[0], pl[1])
    territory = frozenset(str(sub) for how in onto["territory"].values() for sub in how)
    for sub in territory - acled_type.keys():
        raise ValueError(f"ontology.yaml: territory: unknown ACLED sub-event type {sub!r}")
    ontology = Ontology(acled_type, acled_plover, territory,
                        territory_taken=frozenset(str(sub) for sub in onto["territory"]["taken"]))
    classes = {k: tuple(str(x).lower() for x in v) for k, v in trig["classes"].items()}
    families: dict[str, Family] = {}
    for name, f in trig["families"].items():
        fam = Family(
            name=name,
            acled=f.get("acled"),
            plover=_pair(f.get("plover")),
            verbs=_fs(f.get("verbs")),
            nouns=_fs(f.get("nouns")),
            phrases=_words(f.get("phrases")),
            needs=_cues(_words(f.get("needs")), classes),
            weak=bool(f.get("weak", False)),
            needs_object=bool(f.get("needs_object", False)),
            needs_head=bool(f.get("needs_head", False)),
            needs_theme=_fs(f.get("needs_theme")),
        )
        if fam.acled is not None and fam.acled not in acled_type:
            raise ValueError(f"triggers.yaml: family {name}: unknown ACLED sub-event type {fam.acled!r}")
        families[name] = fam
    rule_list = tuple(_rule(r, classes) for r in rules["rules"])
    for name in _fs(trig.get("instrument_families")) - families.keys():
        raise ValueError(f"triggers.yaml: instrument_families: unknown family {name!r}")
    for r in rule_list:
        if r.acled is not None and r.acled not in acled_type:
            raise ValueError(f"rules.yaml: unknown ACLED sub-event type {r.acled!r}")
    c = Counts(
        numbers={str(k): int(v) for k, v in counts["numbers"].items()},
        vague={str(k): int(v) for k, v in counts["vague"].items()},
        killed=_fs(counts["killed"]),
        injured=_fs(counts["injured"]),
        count_nouns={str(k): int(v) for k, v in counts["count_nouns"].items()},
        count_nouns_singular=_fs(counts["count_nouns_singular"]),
    )
    return EventLexicon(ontology, classes, families, rule_list, c,
                        light_verbs=_fs(trig["light_verbs"]) | _fs(trig.get("support_verbs")),
                        support_verbs=_fs(trig.get("support_verbs")),
                        target_verbs=_fs(trig.get("target_verbs")), associate_preps=_fs(trig["associate_preps"]),
                        undergoer_verbs=_fs(trig.get("undergoer_verbs")),
                        instrument_preps=_fs(trig.get("instrument_preps")),
                        instrument_verbs=_fs(trig.get("instrument_verbs")),
                        instrument_families=_fs(trig.get("instrument_families")),
                        means_subject=_cues(_words(trig.get("means_subject")), classes),
                        agent_words=frozenset(w for c in _AGENT_CLASSES for w in classes.get(c, ())),
                        commitments=Commitments(**{k: _fs(trig["commitments"].get(k, []))
                                                   for k in Commitments.__dataclass_fields__ if k != "speech"},
                                                speech=statement_verbs(knowledge)),
                        regain_triggers=frozenset(
                            w for r in rule_list if r.acled == "Government regains territory"
                            for scope, negated, cues in r.conditions if scope == "trigger" and not negated
                            for w in cues))
