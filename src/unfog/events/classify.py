"""Document-level classification, after every sentence's triggers are typed.

Sentence rules (``rules.yaml``) see one trigger's syntax. Some decisions need the resolved actors
or the rest of the document:

- **Who takes territory** (ACLED): a non-state actor overtakes territory; a state's forces
  regain territory in their own country; a state's forces taking ground in another country
  (an interstate war) fight an armed clash. Decided from actor1's type and country and the place's
  country, when actor1 is known; the sentence rules' guess stays otherwise.
- **Commitments** (PLOVER): a statement that an actor will or would do something is itself an
  act: a promise (AGREE) of a cooperative act, a threat (THREATEN) of a hostile one ("said they
  would boycott all contact", "will support the resolution"). The embedded act keeps its future or
  hypothetical modality; the statement is a new asserted event on the reporting verb (or, when
  there is none, on the verb group, the auxiliary with the verb it governs: "Norway [will give]";
  the auxiliary alone is no act word). A preparation for force that no reporting verb states ("the
  army prepared to resume shelling") is a mobilisation (MOBILIZE), not a threat. A statement
  that an actor will not or would never do a cooperative act ("said it would never recognise the
  region") is a refusal (REJECT). A relative clause on a thing ("that", "which") that no reporting verb
  states says what the thing would do ("an accord that would allow its fighters to keep their
  posts"): no actor commits, no statement.
  The cue words are ``commitments`` in triggers.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from unfog.events.agents import ActorResolver, ActorTypes
from unfog.events.context import lemma, scope_of, subject_of
from unfog.events.doers import (
    compound_possessor,
    controller,
    nominal_agent,
    noun_controller,
    object_controller,
    performer,
    predicative_subject,
    reduced_passive,
    relative_gap,
)
from unfog.events.draft import UNDONE, Draft
from unfog.events.episodes import (
    Scenes,
    aerial_bombings,
    claimed_acts,
    device_blasts,
    generic_attacks,
    idle_withdrawals,
    one_protest_kind,
    raids_for_arrests,
    transfers_of_territory,
)
from unfog.events.ontology import Commitments, EventLexicon
from unfog.events.plover import PloverCues
from unfog.events.triggers import Typed
from unfog.events.violence import plover_by_target
from unfog.model import AcledType, Actor, Place, PloverType, TextRef

_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_AGENT_ENTS = frozenset({"NORP", "GPE", "ORG"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: the modalities of an act a statement of commitment can announce ("will", "would not")
_STATED = UNDONE | {"negated"}
#: prepositions whose object is what an act is about ("call for", "appeal for")
_CONTENT_PREPS = frozenset({"for"})
_AGREEMENT = "Agreement"


def _country_of_place(places: dict[str, Place], pid: str | None) -> str | None:
    p = places.get(pid or "")
    return p.country_code if p is not None else None


def _of_object(head: Token) -> Token | None:
    """The object of a noun's of-phrase ("the withdrawal of the army")."""
    if head.pos_ != "NOUN":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def resolve_actors(typed: Sequence[Typed], events: list[Draft], agents: ActorResolver,
                   taken: frozenset[str]) -> None:
    """actor1 for events the mention index left without one (in place); ``taken``: the ACLED
    sub-event types of ground taken by force (ontology.yaml)."""
    for t, ev in zip(typed, events, strict=True):
        undergoer = reduced_passive(t.cand.head)
        if t.subject is not None and undergoer is not None and undergoer.i == t.subject.i:
            # "officials accused of graft": the noun a passive participle describes undergoes it
            if ev.actor1 == agents.index.actor_at(undergoer):
                ev.actor1 = None
            ev.actor2 = ev.actor2 or agents.actor_for(undergoer, ev.plover.event_type if ev.plover else None)
            t = replace(t, subject=None)
        # the subject of "the town fell" is the ground taken, not who took it
        theme = (ev.acled is not None and ev.acled.sub_event_type in taken and t.subject is not None
                 and (t.subject.ent_type_ in _PLACE_ENTS or agents.index.is_place(t.subject)))
        kind = ev.plover.event_type if ev.plover else None
        if (said := agents.speaker(t.subject)) is not None:
            # "commanders said they had withdrawn": the speaker before an antecedent further back
            ev.actor1 = said
        obj = object_controller(t.cand.head, agents.types)
        if obj is not None and (ctrl := agents.actor_for(obj, kind)) is not None:
            # "blamed the army for the massacre": the verb's object did the act, not its subject
            ev.actor1 = ctrl
        if ev.actor1 is None and not theme:
            ev.actor1 = agents.actor_for(t.subject, kind)
        if ev.actor1 is None and (gap := relative_gap(t.cand.head)) is not None:
            # "three gunmen police said had attacked the post": the relative's noun
            ev.actor1 = agents.actor_for(gap, kind)
        if ev.actor1 is None and not theme and (ctl := noun_controller(t.cand.head, agents.light_verbs)) is not None:
            # "issued an order to pardon", "a plan by the council to close": the noun's agent
            ev.actor1 = agents.actor_for(ctl, kind)
        if ev.actor1 is None and not theme and (done := performer(
                t.subject or t.cand.head, agents.light_verbs | (agents.types.deploying if t.subject is not None
                                                                else frozenset()), agents.reporting)) is not None:
            # "protests organised by the alliance", "the raid, carried out by troops, killed 12": the
            # agent of the support verb's participle on the act's noun, or on the act noun that is its subject
            ev.actor1 = agents.actor_for(done, kind)
        if ev.actor1 is None and t.subject is None:
            # "fighting between the army and the rebels": the two sides of a reciprocal act
            side1, side2 = agents.between(t.cand.head, kind)
            ev.actor1 = side1
            ev.actor2 = ev.actor2 or side2
        if ev.actor1 is None and t.subject is None and obj is None and (adj := controller(t.cand.head)) is not None:
            # "troops stormed the building, arresting ten suspects": the adjunct's understood subject
            ev.actor1 = agents.actor_for(adj, kind)
        if ev.actor1 is None and t.subject is None:
            # "a Russian missile strike": a nationality or name modifying a word of the trigger phrase
            doc = t.cand.head.doc
            mods = [c for w in doc[t.cand.start:t.cand.end] for c in w.children
                    if c.dep_ in _MODIFIER_DEPS and c.ent_type_ in _AGENT_ENTS]
            ev.actor1 = next((a for m in mods if (a := agents.actor_for(m, kind))), None)
        if ev.actor1 is None and t.subject is None and (by := nominal_agent(t.cand.head)) is not None:
            # "the rejection of the plan by Uruguay": an event noun's by-phrase on its of-object
            ev.actor1 = agents.actor_for(by, kind)
        if ev.actor1 is None and t.subject is None and t.target is None and (
                pred := predicative_subject(t.cand.head, agents.types, agents.light_verbs)) is not None:
            # "the dockers are on strike", "Peru is prepared to make a concession": the predicative's subject
            ev.actor1 = agents.actor_for(pred, kind)
        if ev.actor1 is None and t.subject is None and (poss := compound_possessor(t.cand.head)) is not None:
            # "its aid package": the possessor of the noun the act's noun modifies
            ev.actor1 = agents.actor_for(poss, kind)
        if ev.actor1 is None and t.subject is None and t.family.name in agents.types.movement_families:
            # "the deployment of NATO troops": the forces that move
            ev.actor1 = agents.actor_for(_of_object(t.cand.head), kind)
        if (ev.actor1 is None and ev.modality == "asserted" and ev.acled is not None
                and ev.acled.event_type == "Battles"):
            ev.actor1 = agents.source_actor(*ev.trigger.span)
        if ev.actor1 is not None and not theme:
            # a joint subject's other conjuncts act beside actor 1 ("troops and police raided")
            ev.associated_actors = list(dict.fromkeys(
                [*ev.associated_actors, *(a for a in agents.associates(t.subject, kind) if a != ev.actor1)]))
        if ev.actor2 is None and t.target is not None:
            # "government troops faced an attack": the support verb's subject is the target
            ev.actor2 = agents.actor_for(t.target, kind)
        if ev.actor1 is not None and ev.actor1 == ev.actor2:
            ev.actor2 = None


def _regained(ev: Draft, lex: EventLexicon) -> bool:
    """The trigger is one the rules read as ground regained (``EventLexicon.regain_triggers``)."""
    return ev.tokens.root.lemma_.lower() in lex.regain_triggers or ev.tokens.text.lower() in lex.regain_triggers


def territory_by_actor(events: list[Draft], actors: Sequence[Actor], places: Sequence[Place], lex: EventLexicon,
                       types: ActorTypes) -> None:
    by_id = {a.id: a for a in actors}
    pl = {p.id: p for p in places}
    for ev in events:
        if ev.acled is None or ev.acled.sub_event_type not in lex.ontology.territory_taken:
            continue
        actor = by_id.get(ev.actor1 or "")
        if actor is None or actor.type is None:
            continue
        if actor.type in types.state:
            # a state's forces taking ground abroad fight a clash, unless the verb says the ground is
            # regained (ACLED: government forces "or their affiliates" regaining control of a location)
            where = _country_of_place(pl, ev.place)
            abroad = bool(actor.country and where and where != actor.country)
            sub = ("Armed clash" if abroad and not _regained(ev, lex)
                   else "Government regains territory")
        elif actor.type in types.nonstate_armed:
            sub = "Non-state actor overtakes territory"
        else:
            continue
        ev.acled = AcledType(event_type=lex.ontology.acled_type[sub], sub_event_type=sub)


def _conditional(tok: Token, stop: Token, cues: Commitments) -> bool:
    for t in (tok, *tok.ancestors):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditions for c in t.children):
            return True
        if t.i == stop.i:
            break
    return False


def _anchor(head: Token, cues: Commitments) -> tuple[Token, bool] | None:
    """The word that makes the act a commitment (an auxiliary or a head such as 'prepared to') and
    whether it makes it a threat whatever the act."""
    for c in head.children:
        if c.dep_ == "aux" and (c.lower_ in cues.aux or c.lower_ in cues.threat_aux):
            return c, False
    t = head
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            return None
        g = t.head
        if lemma(g) in cues.heads or lemma(g) in cues.threat_heads:
            return g, lemma(g) in cues.threat_heads
        aux = next((c for c in g.children if c.dep_ == "aux" and c.lower_ in cues.aux), None)
        if aux is not None:
            # "would continue to support": an aspectual verb passes the auxiliary to its act
            return (aux, False) if lemma(g) in cues.aspectual else None
        t = g
    return None


def commitments(typed: Sequence[Typed], events: list[Draft], agents: ActorResolver, cues: Commitments,
                published: str | None) -> tuple[list[Typed | None], list[Draft]]:
    """The events with the statements of commitment inserted before the acts they announce, the
    statement where it or its act first appears ("Finland will give a grant ..., a statement said":
    the promise, the act that took place, leads; so a tie in a document's label goes to it)."""
    trig_tokens = {k for t in typed for k in range(t.cand.start, t.cand.end)}
    out_t: list[Typed | None] = []
    out_e: list[Draft] = []
    keys: list[tuple[int, int]] = []
    made: set[int] = set()
    for t, ev in zip(typed, events, strict=True):
        new = None
        if ev.modality in _STATED and ev.plover is not None and ev.plover.event_type:
            new = _commitment(t, ev, agents, cues, published, trig_tokens, made)
        if new is not None:
            out_t.append(None)
            out_e.append(new)
            keys.append((min(new.trigger.span[0], ev.trigger.span[0]), 0))
        out_t.append(t)
        out_e.append(ev)
        keys.append((ev.trigger.span[0], 1))
    order = sorted(range(len(out_e)), key=lambda i: keys[i])
    return [out_t[i] for i in order], [out_e[i] for i in order]


def _commitment(t: Typed, ev: Draft, agents: ActorResolver, cues: Commitments, published: str | None,
                trig_tokens: set[int], made: set[int]) -> Draft | None:
    head = t.cand.head
    found = _anchor(head, cues)
    if found is None:
        return None
    anchor, threat = found
    if anchor.dep_ == "aux" and any(c.dep_ == "aux" and lemma(c) == "have" for c in head.children):
        return None  # "would have shelled": a counterfactual past, no commitment made
    kind = (ev.plover.event_type or "").lower() if ev.plover else ""
    if ev.modality == "negated":
        # "said it would never recognise the region": a refusal of a cooperative act (REJECT)
        if anchor.dep_ != "aux" or threat or kind not in cues.promise_types:
            return None
        ptype = "REJECT"
    elif threat or kind in cues.threat_types or (kind == "retreat" and scope_of(t.objects).has(cues.withdrawn_support)):
        ptype = "THREATEN"  # "will withdraw its peacekeepers": a threat to reduce aid
    elif kind in cues.promise_types:
        ptype = "AGREE"
    else:
        return None
    if anchor.lower_ in cues.threat_aux and ptype != "THREATEN":
        return None  # "could help": a cooperative act told as possible is no promise
    # the statement: the reporting verb above the anchor, else the anchor itself
    top = anchor if anchor.dep_ != "aux" else anchor.head
    speech = None
    x = top
    for _ in range(4):
        if x.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or x.head.i == x.i:
            break
        x = x.head
        if lemma(x) in cues.speech:
            speech = x
            break
    if speech is None and top.dep_ == "ccomp" and top.head.pos_ in ("VERB", "AUX") and (
            lemma(top.head) not in cues.heads | cues.threat_heads):
        return None  # "residents fear the militia will loot": another's prediction, no commitment made
    if speech is None and top.dep_ == "relcl" and any(c.dep_.startswith("nsubj") and c.tag_ == "WDT"
                                                       for c in top.children):
        return None  # "an accord that would allow them to keep their posts": what a thing would do, no one commits
    word = speech or anchor
    if speech is None and lemma(anchor) in cues.preparations and kind in cues.preparation_types:
        ptype = "MOBILIZE"  # a preparation for force that no one states: "the army prepared to attack"
    if _conditional(head, word, cues) or word.i in trig_tokens or word.i in made:
        return None
    if any(c.dep_ == "neg" for c in word.children):
        return None
    made.add(word.i)
    actor = ev.actor1
    if actor is None:
        actor = agents.actor_for(subject_of(word, frozenset()), ptype)
    # no statement verb: the commitment is told by the verb group, the auxiliary with the verb it
    # governs ("Norway [will give]"): the auxiliary alone is no act word
    doc = word.doc
    told = (doc[anchor.i:anchor.head.i + 1] if speech is None and anchor.dep_ == "aux" and anchor.i < anchor.head.i
            else doc[word.i:word.i + 1])
    s = told.start_char
    return Draft(
        trigger=TextRef(text=told.text, span=(s, told.end_char)),
        tokens=told,
        plover=PloverType(event_type=ptype, mode=None),
        actor1=actor,
        actor2=ev.actor2,
        place=ev.place,
        place_reason=ev.place_reason,
        date=published[:10] if published else None,
        date_precision="day" if published else None,
        modality="asserted",
        claims=list(ev.claims),
    )


def absorb_objects(typed: Sequence[Typed], events: list[Draft], orders: frozenset[str] = frozenset(),
                   breaking: frozenset[str] = frozenset()) -> tuple[list[Typed], list[Draft]]:
    """A PLOVER-only noun trigger that is the object of another trigger ("lifted the curfew",
    "accepted the demands", "suspended military aid", "rejected an offer") is what that act is
    about, not an act of its own, and so is a participle describing it ("lifted the curfew imposed
    last week"). Nouns of ACLED types stay events ("condemned the bombing"), and so do the objects
    of an order (``orders``: "ordered an inquiry" is the inquiry, plover.py), except an agreement
    that a trigger of a ``breaking`` family breaks or refuses ("violated the truce", "rejected the
    peace deal"): no agreement was made."""
    heads = {t.cand.head.i for t, e in zip(typed, events, strict=True)
             if e.acled is None and lemma(t.cand.head) not in orders}
    breakers = {t.cand.head.i for t in typed if t.family.name in breaking}
    keep_t: list[Typed] = []
    keep_e: list[Draft] = []
    absorbed: set[int] = set()
    broken: set[int] = set()
    for t, ev in zip(typed, events, strict=True):
        h = t.cand.head
        if (ev.acled is None or h.head.i in broken) and h.dep_ == "acl" and h.tag_ == "VBN" and h.head.i in absorbed:
            continue  # "lifted the curfew imposed last week": the participle describes the object
        x = h
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        host = x.head
        if x.dep_ == "pobj" and x.head.lower_ in _CONTENT_PREPS:
            host = x.head.head  # "called for the release", "appealed for aid"
        elif x.dep_ not in ("dobj", "nsubjpass"):
            host = h
        breaks = (host.i in breakers and h.pos_ == "NOUN" and ev.acled is not None
                  and ev.acled.sub_event_type == _AGREEMENT)
        if (breaks or (ev.acled is None and h.pos_ == "NOUN" and host.i in heads)) and host.i != h.i:
            absorbed.add(h.i)
            if breaks:
                broken.add(h.i)
            continue
        keep_t.append(t)
        keep_e.append(ev)
    return keep_t, keep_e


def classify_document(typed: Sequence[Typed], events: list[Draft], *, agents: ActorResolver,
                      places: Sequence[Place], lex: EventLexicon, cues: PloverCues,
                      published: str | None, distinct: frozenset[str] = frozenset()) -> list[Draft]:
    """The document-level steps in order; returns the events (a new list when it changed).
    ``distinct``: the words that mark another occurrence (coref.yaml distinct_markers)."""
    resolve_actors(typed, events, agents, lex.ontology.territory_taken)
    kept_t, kept_e = absorb_objects(typed, events, cues.orders, frozenset(lex.classes.get("breaking", ())))
    territory_by_actor(kept_e, agents.actors, places, lex, agents.types)
    idle_withdrawals(kept_t, kept_e)
    scenes = Scenes(places, kept_e[0].tokens.doc if kept_e else None)
    transfers_of_territory(kept_t, kept_e, lex, scenes)
    one_protest_kind(kept_e, lex, scenes)
    generic_attacks(kept_t, kept_e, lex, scenes)
    device_blasts(kept_t, kept_e, lex, scenes, distinct)
    aerial_bombings(kept_t, kept_e, lex)
    raids_for_arrests(kept_t, kept_e, lex)
    claimed_acts(kept_t, kept_e, lex)
    plover_by_target(kept_t, kept_e, lex, cues)
    out = kept_e
    if lex.commitments is not None:
        _, out = commitments(kept_t, kept_e, agents, lex.commitments, published)
    return out
