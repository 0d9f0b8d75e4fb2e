"""One incident told with several act words is one event with mentions (ACLED codes one event per
incident: the same day, place and actors), by definite anaphora (within a sentence, an act noun as
the subject of an act verb, "the bombardment destroyed the station", is ``coref.merge_effects``):

- **Definite anaphora** ("Warplanes struck Saraqib. The bombardment destroyed two houses."): in a
  later sentence than the act it names (within a sentence the parse says how two act words
  relate), a definite description of an act (``definite_determiners`` in coref.yaml, "the",
  "these", as its determiner; for an act verb whose subject is the act noun, that noun) with no marker of another
  occurrence (``distinct_markers`` in coref.yaml: "another", "a second", "new"), no place of its
  own elsewhere (in its argument or clause) and no time of its own on another day refers to an act
  already told: its antecedent, the nearest act before it that took place with an ACLED type, of
  the same kind (violence, the PLOVER ASSAULT and FIGHT, with violence; else the same ACLED event
  type; territory changing hands, which the ACLED codebook codes as its own sub-event types,
  ``territory`` in ontology.yaml, is an outcome that no act noun names), with no conflicting actor
  (``events/compatible.py``: a described actor and a named one of its kind do not conflict) and no
  other day stated; of those, the nearest of its own ACLED sub-event type first ("the arrests"
  names the arrests told before a march told between them). Acts of other kinds told between them
  are passed over. It becomes
  one of that event's mentions (``fold_definite``), when both are one source's account
  (``events/accounts.py``); in another source's account it stays an event, with its own figures,
  and refers to the act (``Event.refers_to``). An indefinite act ("an attack on a convoy") is new.
  A description's own words hold of its referent (Heim 1982: a definite's descriptive content is
  true of an entity already in the discourse): one with a noun in its modifiers ("the strike on
  the depot") names, of the acts it may name, one whose own words or arguments have that noun
  ("struck a fuel depot"), when any has, not merely the nearest.
- **Acts told in a relative clause on an act noun** ("a bombing campaign in which jets dropped
  barrel bombs on markets", "the offensive, in which rebels shelled villages"): a relative clause
  describes its antecedent, so an act of the same kind that the clause tells, on its verb or in its
  own predicates (those with no subject of their own, reached through conjuncts, infinitives and
  gerunds of means, ``means_preps`` in modality.yaml: "to drive out farmers by shelling their
  fields") or in a means they take as object ("used cluster bombs"), is that act's detail,
  no incident of its own: it keeps its PLOVER type and modality, loses its ACLED type and refers to
  the act (``Event.refers_to``), whose type by means, actors and weapons it completes
  (``link_described``). An act in another prepositional phrase ("rejected in peace talks", "hours
  after shooting at the consulate") or as the object of a verb that relates acts ("strikes that
  followed clashes") is another act. The
  antecedent is the noun the clause hangs on, or, for a clause opened by a relative word and
  extraposed after a passive or object verb ("a campaign was conducted in which ..."), that verb's
  passive subject or object. A participle adjunct
  with no subject of its own ("dropped cluster bombs, targeting markets") tells how its verb's act
  was done: within the clause it is one of the clause's predicates, and on a light or support verb
  that takes an act noun ("waged a bombing campaign, targeting bakeries": ``light_verbs`` and
  ``support_verbs`` in triggers.yaml) it describes that act noun. An act in a clause with a subject
  of its own inside the relative ("which began after rebels had attacked a post") is another act.

The merged event keeps the first act's types, except that a type of explosions or remote violence
on either wins (the ACLED codebook types an attack by its means: "gunmen attacked the post ... the
bombing killed four"); it takes the other's actors where it has none, the union of weapons,
associated actors and claims, and for each casualty kind the lowest figure stated (ACLED's
conservative choice).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from unfog.events.accounts import same_account
from unfog.events.compatible import ActorKinds
from unfog.events.context import pruned_subtree
from unfog.events.draft import OCCURRED, OWN_PLACE, VIOLENCE, Draft, nested_dates

__all__ = ["fold_definite", "join", "link_described"]

_MARKER_DEPS = ("det", "amod", "advmod", "npadvmod", "nummod")


def _violent(d: Draft) -> bool:
    return d.plover is not None and d.plover.event_type in VIOLENCE


def _same_kind(a: Draft, b: Draft, territory: frozenset[str]) -> bool:
    if a.acled is None or b.acled is None:
        return False
    if a.acled.sub_event_type in territory or b.acled.sub_event_type in territory:
        return False  # ground changing hands is the outcome, not the act "the offensive" names
    if _violent(a) and _violent(b):
        return True
    return a.acled.event_type == b.acled.event_type and not (_violent(a) or _violent(b))


def _conflict(a: Draft, b: Draft) -> bool:
    return any(x is not None and y is not None and x != y for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))


def _join(host: Draft, d: Draft) -> None:
    """Make d one of host's mentions (see the module doc)."""
    host.take_means_type(d)
    host.mentions = sorted([*host.mentions, d.trigger, *d.mentions], key=lambda m: m.span)
    host.actor1 = host.actor1 or d.actor1
    host.actor2 = host.actor2 or d.actor2
    if host.place is None:
        host.place, host.place_reason = d.place, d.place_reason
    host.weapons = sorted({*host.weapons, *d.weapons})
    host.associated_actors = list(dict.fromkeys([*host.associated_actors, *d.associated_actors]))
    host.claims = list(dict.fromkeys([*host.claims, *d.claims]))
    host.take_lower_casualties(d)


def join(host: Draft, d: Draft) -> None:
    """Make ``d`` one of ``host``'s mentions (the module doc says what the merged event keeps)."""
    _join(host, d)


def _act_noun(d: Draft) -> Token | None:
    """The noun that names the act: the trigger's head, or for a verb the subject noun that is one
    of its mentions ("the bombardment destroyed ...")."""
    h = d.head
    if h.pos_ == "NOUN":
        return h
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN" and any(m.span[0] <= subj.idx < m.span[1] for m in d.mentions):
        return subj
    return None


def _definite(d: Draft, distinct: frozenset[str], definite: frozenset[str]) -> bool:
    n = _act_noun(d)
    if n is None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in definite for c in n.children):
        return False
    heads = [n, *((n.head,) if n.dep_ in ("dobj", "nsubjpass") and n.head.i != n.i else ())]
    return not any(c.lower_ in distinct and c.dep_ in _MARKER_DEPS for h in heads for c in h.children)


def _same_day(a: Draft, b: Draft) -> bool:
    if b.time is None:
        return True
    if a.date is None or b.date is None:
        return False
    return nested_dates(a.date, b.date)


def _content(d: Draft) -> frozenset[str]:
    """The nouns a definite description's own modifiers name ("the strike on the substation": its
    target), lemmas."""
    n = _act_noun(d)
    if n is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for c in n.children if c.dep_ in ("prep", "compound", "amod")
                     for t in pruned_subtree(c) if t.pos_ == "NOUN" and t.i != n.i)


def _said_of(h: Draft) -> frozenset[str]:
    """The nouns of an act's own words and arguments (its clause's phrases, not other clauses), lemmas."""
    return frozenset(t.lemma_.lower() for t in pruned_subtree(h.head) if t.pos_ == "NOUN")


def _antecedent_act(out: Sequence[Draft], d: Draft, territory: frozenset[str], kinds: ActorKinds) -> Draft | None:
    """The act a definite description names: of the acts told in earlier sentences that took place,
    of its kind, with compatible actors and no other day, the nearest of its own ACLED sub-event
    type, else the nearest (see the module doc)."""
    told = [h for h in reversed(out) if h.acled is not None and h.modality in OCCURRED and not h.reacted
            and h.head.sent.start < d.head.sent.start and _same_kind(h, d, territory)
            and not kinds.conflict(h, d) and _same_day(h, d)]
    content = _content(d)
    told = [h for h in told if content & _said_of(h)] or told
    own = [h for h in told if h.acled is not None and d.acled is not None
           and h.acled.sub_event_type == d.acled.sub_event_type]
    found = own or told
    return found[0] if found else None


def fold_definite(drafts: Sequence[Draft], distinct: frozenset[str], definite: frozenset[str],
                  territory: frozenset[str], kinds: ActorKinds | None = None) -> list[Draft]:
    """The drafts with each definite description of an act told before made one of its mentions
    (see the module doc), in the given order; ``distinct``: the markers of another occurrence;
    ``definite``: the determiners of a definite description; ``territory``: the ACLED sub-event
    types of territory changing hands; ``kinds``: the document's actors' kinds (events/compatible.py)."""
    kinds = kinds or ActorKinds()
    out: list[Draft] = []
    for d in drafts:
        if d.acled is not None and d.modality in OCCURRED and not d.reacted and _definite(d, distinct, definite):
            host = _antecedent_act(out, d, territory, kinds)
            if host is not None and (d.place is None or d.place_reason not in OWN_PLACE or d.place == host.place):
                if same_account(host, d):
                    kinds.named(host, d)
                    _join(host, d)
                    continue
                if d.refers_to is None:
                    d.refers_to = host  # another source's account of the act (events/accounts.py)
        out.append(d)
    return out


_RELATIVE = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


_RELATIVE_WORDS = ("WDT", "WP", "WRB")


def _antecedent(clause: Token) -> Token | None:
    """The noun a relative clause describes (see the module doc), or None."""
    if clause.dep_ in _RELATIVE:
        return clause.head
    opened = any(t.tag_ in _RELATIVE_WORDS for t in clause.subtree if t.i < clause.i)
    if clause.dep_ == "advcl" and opened and clause.i > clause.head.i:
        return _described_by(clause.head)
    return None


def _described_by(x: Token) -> Token | None:
    """The noun a relative phrase attached to ``x`` describes: ``x`` itself when it is a noun, else
    the passive subject or object of the verb ``x``, the clause extraposed after it ("a campaign
    was conducted in which ...")."""
    if x.pos_ in ("NOUN", "PROPN"):
        return x
    return next((c for c in x.children if c.dep_ in ("nsubjpass", "dobj")), None)


#: the links by which an act is the clause's own predicate: conjuncts, infinitive complements ("to
#: drive out"), a gerund of means ("by shelling"); and an object that names a means ("used
#: cluster bombs"), not another act ("strikes that followed clashes")
_OWN_LINKS = frozenset({"conj", "xcomp", "pcomp", "prep"})


def _free_adjunct(t: Token) -> bool:
    """A participle adjunct with no subject of its own ("dropped cluster bombs, targeting markets"):
    its understood subject is the clause's, it tells how that act was done."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in t.children)


def _describing(d: Draft, means: frozenset[str], light: frozenset[str]) -> Token | None:
    """The antecedent noun of the relative clause whose own predicate (or its object) the act is,
    when no clause with a subject of its own and no preposition other than one of ``means`` lies
    between them, or the act noun a light or support verb (``light``) takes, when the act is that
    verb's free adjunct (see the module doc)."""
    t = d.head
    means_noun = t.pos_ == "NOUN" and t.lemma_.lower() in d.weapons
    adjunct = False
    while True:
        if t.pos_ in ("VERB", "AUX"):
            if (n := _antecedent(t)) is not None:
                return n
            if adjunct and t.lemma_.lower() in light:
                return _described_by(t)  # "waged a campaign, targeting markets"
            if any(c.dep_ in _SUBJECTS for c in t.children):
                return None  # a clause with a subject of its own: another act
        if t.head.i == t.i or not (t.dep_ in _OWN_LINKS or (t.dep_ == "dobj" and means_noun) or _free_adjunct(t)):
            return None
        if t.dep_ == "prep" and t.lower_ not in means:
            return None  # "hours after shooting ...", "in peace talks": another act
        adjunct = _free_adjunct(t)
        t = t.head


def link_described(drafts: Sequence[Draft], territory: frozenset[str], means: frozenset[str],
                   light: frozenset[str] = frozenset()) -> None:
    """Link each act told in a relative clause on an act noun to that act (see the module doc):
    no ACLED type of its own, ``refers_to`` the act, whose type (by means), actors and weapons it
    completes; ``territory``: the ACLED sub-event types of territory changing hands; ``means``: the
    prepositions of means. In place."""
    by_noun: dict[int, Draft] = {}
    for d in drafts:
        h = d.head
        if d.acled is not None:
            by_noun.setdefault((h.head if h.dep_ == "compound" else h).i, d)
    for d in drafts:
        if d.acled is None or d.modality not in OCCURRED or d.reacted:
            continue
        noun = _describing(d, means, light)
        host = by_noun.get(noun.i) if noun is not None else None
        if (host is not None and host is not d and host.acled is not None and host.modality in OCCURRED
                and host.trigger.span[0] < d.trigger.span[0] and _same_kind(host, d, territory)
                and not _conflict(host, d)):
            host.take_means_type(d)
            host.actor1 = host.actor1 or d.actor1
            host.actor2 = host.actor2 or d.actor2
            host.weapons = sorted({*host.weapons, *d.weapons})
            d.acled, d.refers_to = None, host
