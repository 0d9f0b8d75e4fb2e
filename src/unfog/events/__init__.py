"""Events: triggers typed by ACLED and PLOVER, arguments, casualties, modality, dates.

The stage contract (``unfog.stage``)::

    stage = EventStage.from_settings(settings)   # loads data/events/*.yaml through settings.knowledge
    out: EventOutput = stage.run(ctx)            # one document's DocContext

Input: ``ctx.doc`` (the text and its publication date), ``ctx.sdoc`` (the parse) and the records of
the earlier stages: ``ctx.places`` (event places; coreference compares them), ``ctx.actors`` (actor1,
actor2, associated actors, through ``ctx.actor_index``), ``ctx.claims`` (``Event.claims``; a claim's
source may be a battle's actor1) and ``ctx.times`` (dates, through ``ctx.time_heads``); also
``ctx.place_tokens`` and ``ctx.tokens``.

Output (:class:`EventOutput`): ``events``, numbered e1..en in text order (a statement of commitment
stands before the act it announces); ``actors``, the description actors the stage found ("a group
of Moroccan diplomats"), with ids continuing the ``a{n}`` numbering after the largest id in
``ctx.actors``; ``mentions``, the description mentions it found of actors already in ``ctx.actors``,
by actor id. The pipeline adds both to the document's actors. Each event lists in ``Event.claims``
the ids of the claims whose content holds its trigger; the pipeline derives ``Claim.events`` from
that.

It may not touch: anything it was given. It appends to no list of the context and changes no
record of it (Place, Actor, Claim, TimeExpr, the Document), nor its own knowledge; the events are
built as drafts (``events/draft.py``) through all the document passes and become ``Event`` records
once, at the end.

Method (first version, no trained model): triggers are the lemmas and phrases of
``data/events/triggers.yaml``; their type is refined by the context rules of ``rules.yaml`` over
the trigger's subject, object, arguments and sentence; modality, actors, place, date and
casualties come from the dependency parse. A weapon noun in the instrument position of another
trigger ("shelled X with glide bombs") is that event's weapon, not an event; a later definite
mention ("the attacks, using grenades") lends its refined type to earlier mentions of the noun.
Casualty words ("killed", "injured") make an event of their own only in a sentence without
another trigger; otherwise their figures go to that trigger. A trigger is the words of the trigger
phrase, whatever their length.

Date: from the time expression attached to the trigger (or to the reporting verb governing it,
or else the nearest in the sentence), or to a clause that describes it ("protests that toppled the
government ten years ago", "since the war began in 2015": ``events/background.py``), or to a
clause of occurrence told after it ("It happened in the town on Monday": ``events/occurrence.py``,
which also gives that clause's place); a relative clause is a tense domain of its own, and an act
placed by a measured sequence ("two days after militants ambushed a convoy") is that far from the
act it hangs on (``events/sequence.py``). Documented
fallback: an asserted event in a sentence without any resolved expression gets the publication date
(precision day, ``time`` None; a campaign measured in weeks or months, "weeks of shelling", at the
coarser precision of its span), unless it is background (past perfect in a main clause, a
sentence anchored more than a month before publication: no date), or unless it
is a further mention of the article's incident: then the incident's place and day
(``events/incident.py``, which also makes an act named only by a reaction, "condemned the
attack", and one an inquiry, a reprisal or a blame is about, "an inquiry into the attack":
``events/reactions.py``, a mention of the incident told before it, or else after it, and links the
reaction to it: ``Event.refers_to``). One incident told with several act words is one event with mentions,
within one source's account (told by another source, it is another event that refers to the
first: ``events/accounts.py``): a definite description of an act told in an earlier sentence ("the bombardment"),
``events/mentions.py``; a later mention of the same ACLED sub-event type, place, day and actors in
the same account (ACLED's unit of an event), ``events/unit.py``. An act word that tells no incident
of its own (a classifying modifier, "riot police"; an aggregate, "weeks of protests"; what a verb of
ceasing stops, "suspended the strikes") has no type: ``events/nonincident.py``. Last, a learned
layer (``events/learned.py``, weights in ``data/events/incident_model.json`` from
``scripts/train_events.py``) leaves untyped a typed mention other than the document's first that it
judges, with high probability, to tell no incident of the story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Self

from spacy.tokens import Doc, Span, Token

from unfog.context import DocContext
from unfog.events.accounts import mark_accounts
from unfog.events.agents import ActorResolver, ActorTypes, load_actor_types
from unfog.events.anaphora import share_refined_types
from unfog.events.arguments import ArgumentIndex
from unfog.events.background import (
    act_time,
    background,
    campaign_precision,
    clause_time,
    durative,
    enclosing_act,
    inherit_enclosing,
    premodifier_time,
)
from unfog.events.casualties import Casualty, causer, find_casualties
from unfog.events.classify import classify_document
from unfog.events.compatible import ActorKinds
from unfog.events.context import sentence_scope, undergoer_of
from unfog.events.coref import CorefCues, load_coref, merge_coreferent, merge_effects
from unfog.events.countered import merge_countered
from unfog.events.draft import VIOLENCE, Draft, to_events
from unfog.events.generic import mark_generic, occurred_only
from unfog.events.incident import IncidentCues, carry_incident, load_incident
from unfog.events.instruments import absorb_instruments, without_disrupted
from unfog.events.learned import IncidentModel, load_incident_model
from unfog.events.mentions import fold_definite, link_described
from unfog.events.modality import Cues, load_cues, modality
from unfog.events.nonincident import NonIncidentCues, load_nonincident, no_incident
from unfog.events.occurrence import give_occurrence
from unfog.events.ontology import EventLexicon, load_lexicon
from unfog.events.participants import fold_participants
from unfog.events.plover import PloverCues, load_plover_cues, plover_steps
from unfog.events.predicate import harm_predicates
from unfog.events.reactions import fold_reactions, frame_reactions
from unfog.events.sequence import anchor_subject, sequence_date, sequence_of
from unfog.events.targets import fill_targets
from unfog.events.tolls import join_tolls
from unfog.events.triggers import TriggerFinder, TriggerTyper, Typed
from unfog.events.typed_filters import without_caused, without_support_verbs
from unfog.events.unit import merge_same_unit
from unfog.knowledge import Knowledge
from unfog.lines import doc_text, lemmas_and_lowers
from unfog.model import AcledType, Actor, ActorMention, Claim, DatePrecision, Event, PloverType, TextRef
from unfog.settings import Settings
from unfog.time.lexicon import load_lexicon as load_time_lexicon

__all__ = ["EventKnowledge", "EventOutput", "EventStage"]

_WEAPON_CLASSES = ("weapon", "air", "artillery", "remote", "grenade", "chemical")


@dataclass(frozen=True)
class EventOutput:
    """What the events stage found in one document (see the module doc)."""

    events: list[Event]
    #: description actors the stage found, ids continuing the document's a{n}
    actors: list[Actor]
    #: description mentions of actors the stage was given, by actor id
    mentions: dict[str, list[ActorMention]]


@dataclass(frozen=True)
class EventKnowledge:
    """The parsed files of ``data/events`` the stage holds."""

    lexicon: EventLexicon
    modality: Cues
    plover: PloverCues
    actor_types: ActorTypes
    coref: CorefCues
    incident: IncidentCues | None = None
    #: month names (time/lexicon.yaml) -> number, for a month premodifying an act noun (events/background.py)
    months: Mapping[str, int] = field(default_factory=dict)
    #: act words that tell no incident of their own (events/nonincident.py)
    nonincident: NonIncidentCues = field(default_factory=NonIncidentCues)
    #: the learned judge of typed mentions that tell no incident (events/learned.py), if packaged
    incident_model: IncidentModel | None = None

    @classmethod
    def load(cls, knowledge: Knowledge) -> EventKnowledge:
        lexicon = load_lexicon(knowledge)
        return cls(lexicon=lexicon, modality=load_cues(knowledge),
                   plover=load_plover_cues(knowledge), actor_types=load_actor_types(knowledge),
                   coref=load_coref(knowledge), incident=load_incident(lexicon.counts.numbers, knowledge),
                   months=load_time_lexicon(knowledge).months, nonincident=load_nonincident(knowledge),
                   incident_model=load_incident_model(knowledge))


def _at_precision(published: str, prec: DatePrecision | None) -> str | None:
    """The publication date at a coarser precision (weeks by their Monday, as the time stage does)."""
    day = dt.date.fromisoformat(published[:10])
    if prec == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    return {"day": published[:10], "month": published[:7], "year": published[:4]}.get(prec or "")


class EventStage:
    def __init__(self, knowledge: EventKnowledge) -> None:
        self.knowledge = knowledge
        self.lex = knowledge.lexicon
        self.typer = TriggerTyper(self.lex)
        self._finder: TriggerFinder | None = None
        self._weapon_words = frozenset(w for c in _WEAPON_CLASSES for w in self.lex.classes[c] if " " not in w)
        self._means_words = frozenset(w.lower() for c in _WEAPON_CLASSES for w in self.lex.classes[c])
        self._act_words = frozenset(w for f in self.lex.families.values() for w in (*f.verbs, *f.nouns))

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        return cls(EventKnowledge.load(settings.knowledge))

    def finder(self, sdoc: Doc) -> TriggerFinder:
        """The trigger finder for the parse's vocabulary (built once per vocabulary)."""
        if self._finder is None or self._finder.vocab is not sdoc.vocab:
            self._finder = TriggerFinder(self.lex, sdoc.vocab)
        return self._finder

    def run(self, ctx: DocContext) -> EventOutput:
        sdoc, doc, claims = ctx.sdoc, ctx.doc, ctx.claims
        k = self.knowledge
        inc = k.incident
        index = ArgumentIndex(ctx, self.lex.associate_preps, inc.temporal_prepositions if inc else frozenset(),
                              inc.origin_preps if inc else frozenset(), inc.origin_heads if inc else frozenset(),
                              inc.positional_prepositions if inc else frozenset(),
                              self.lex.agent_words)
        cands = self.finder(sdoc).candidates(sdoc)
        drafts: list[Draft] = []
        all_typed: list[Typed] = []
        ci = 0
        for sent in sdoc.sents:
            mine = []
            while ci < len(cands) and cands[ci].start < sent.end:
                if cands[ci].start >= sent.start:
                    mine.append(cands[ci])
                ci += 1
            if not mine:
                continue
            scope = sentence_scope(sent)
            typed = [t for c in mine
                     if (t := self.typer.type(c, scope, ctx.place_tokens, ctx.actor_at_token)) is not None]
            # a weapon noun that is another trigger's instrument ("shelled X with glide bombs")
            typed, instruments = absorb_instruments(typed, self.lex)
            # a support verb over an act noun is that act ("pressed its assault"): no type of its own
            typed = without_support_verbs(typed, self.lex.support_verbs)
            # an act of violence is no agent: "the shelling cut power to the city" is the shelling's effect
            typed = without_caused(typed, VIOLENCE)
            if any(not t.family.weak and t.acled for t in typed):
                # an outcome verb whose subject names the means ("a car bomb killed six") tells the
                # act itself (the instrument as subject, Fillmore 1968; triggers.yaml means_subject)
                typed = [t for t in typed if not t.family.weak or t.by_means]
            # the devices a 'seized'/'defused' event disrupts were not used: no event of their own
            typed = without_disrupted(typed, self.lex)
            if not typed:
                continue
            new = [self._draft(doc.published, sent, t, index, claims, instruments.get(t.cand.start, []))
                   for t in typed]
            self._attach_casualties(sent, typed, new)
            drafts.extend(new)
            all_typed.extend(typed)
        share_refined_types(all_typed, drafts, k.coref.additive_markers,
                            k.coref.definite_determiners | k.coref.kind_anaphors)
        agents = ActorResolver(index, ctx.actors, claims, self.lex.agent_words, k.actor_types,
                               k.modality.reporting_verbs, self.lex.light_verbs, self._weapon_words,
                               self._act_words)
        drafts = classify_document(all_typed, drafts, agents=agents, places=ctx.places, lex=self.lex,
                                   cues=k.plover, published=doc.published, distinct=k.coref.distinct_markers)
        # an act an inquiry, a reprisal or a blame is about is no new incident (events/reactions.py)
        frame_reactions(drafts, k.coref.reaction_objects, k.coref.reaction_frames, k.coref.definite_determiners,
                        k.coref.predicative_preps, k.modality.copulas)
        # PLOVER acts of argument structure: promises, directives, attempts, signing (events/plover.py)
        drafts = plover_steps(sdoc, drafts, agents=agents, index=index, claims=claims,
                              light_verbs=self.lex.light_verbs, published=doc.published, cues=k.plover,
                              modality_cues=k.modality,
                              speech=self.lex.commitments.speech if self.lex.commitments else frozenset())
        # a kind of act is no incident; ACLED types only what took place (events/generic.py)
        mark_generic(drafts, self.lex, k.modality.copulas)
        occurred_only(drafts, k.modality.reporting_verbs, k.modality.future_aux | k.modality.hypothetical_aux)
        # a classifying modifier ("riot police"), an aggregate ("weeks of protests"), what is stopped
        # ("suspended the strikes"): no incident of its own (events/nonincident.py)
        drafts = no_incident(drafts, k.nonincident, self._means_words, self.lex.light_verbs)
        # one event per real event: later mentions in .mentions ("the strike hit ...": one act)
        # an attack another side repels is one incident ("repelled an attack by the RSF")
        drafts = merge_countered(drafts, k.coref.counter_verbs)
        # the people of a protest are no protest of their own ("arrested protesters demonstrating")
        drafts = fold_participants(drafts, frozenset(self.lex.classes.get("participants", ())), agents)
        drafts = merge_effects(drafts)
        # one event per source's account of an incident: whose account each mention is
        mark_accounts(drafts, claims)
        # a described actor ("gunmen") may be a named one of its kind ("Boko Haram"; events/compatible.py)
        kinds = ActorKinds(ctx.actors, k.actor_types, k.coref.described_actors, k.coref.crowd_event_types)
        sequence = frozenset(k.incident.sequence_marks) if k.incident is not None else frozenset()
        drafts = merge_coreferent(drafts, ctx, k.coref, kinds, sequence)
        # "It happened in X on Monday": the time and place of the act told before (events/occurrence.py)
        if k.incident is not None:
            drafts = give_occurrence(drafts, index, k.incident.occurrence_verbs, k.incident.occurrence_subjects,
                                     k.coref.distinct_markers, k.coref.definite_determiners)
        # the article's incident: its place and day to the mentions naming neither (events/incident.py)
        carry_incident(drafts, ctx.places, sdoc, doc.published, times=ctx.times, cues=k.incident)
        # ACLED's unit: one sub-event type, place, day and actors in one account is one event (events/unit.py)
        drafts = merge_same_unit(drafts, k.coref.distinct_markers, ctx.places, doc.published, kinds, sequence,
                                 self.lex.counts.killed | self.lex.counts.injured, k.coref.casualty_hosts,
                                 k.coref.one_act_links, k.coref.town_km)
        # a toll told in coordinated clauses of harm is one event's ("six were killed and ten
        # wounded in the blast": events/tolls.py)
        drafts = join_tolls(drafts, self.lex.counts.killed | self.lex.counts.injured)
        # a definite description of an act told before is one of its mentions ("the bombardment")
        drafts = fold_definite(drafts, k.coref.distinct_markers, k.coref.definite_determiners,
                               self.lex.ontology.territory, kinds)
        # an act inside a durative act told before takes its date ("during the offensive": events/background.py)
        cues = k.incident or IncidentCues()
        inherit_enclosing(drafts, cues.durative_acts, cues.enclosing_preps, k.coref.definite_determiners,
                          cues.durative_precision)
        # an act told in a relative clause on an act noun is its detail, linked to it ("a campaign in
        # which jets dropped barrel bombs")
        link_described(drafts, self.lex.ontology.territory, k.modality.means_preps, self.lex.light_verbs)
        # an act named by a reaction ("condemned the attack") is a mention of that incident
        drafts = fold_reactions(drafts)
        # a typed mention the learned layer judges to tell no incident of the story (events/learned.py)
        if k.incident_model is not None:
            drafts = k.incident_model.reject(drafts)
        # to whom: actor 2 of the events left without one, after coreference (events/targets.py)
        ground = frozenset((*self.lex.classes.get("base", ()), *self.lex.classes.get("territory", ())))
        fill_targets(drafts, agents, ground, self.lex.counts.killed | self.lex.counts.injured)
        # the trigger of a casualty clause is its predicate ("were killed in the raid": events/predicate.py)
        harm_predicates(drafts, self.lex.counts.killed | self.lex.counts.injured)
        return EventOutput(events=to_events(drafts),
                           actors=agents.new_actors(), mentions=agents.new_mentions())

    def _draft(self, published: str | None, sent: Span, t: Typed, index: ArgumentIndex, claims: Sequence[Claim],
               instruments: list[Token]) -> Draft:
        sdoc = sent.doc
        span = sdoc[t.cand.start:t.cand.end]
        s, e = span.start_char, span.end_char
        head = t.cand.head
        mod = modality(head, self.knowledge.modality)
        place, reason = index.place_for(head, t.args, sent)
        cues = self.knowledge.incident or IncidentCues()
        # "two days after militants ambushed a convoy": another time than its governor's (events/sequence.py)
        seq = (sequence_of(head, cues.sequence_marks, cues.numbers, cues.sequence_units)
               if cues.sequence_marks else None)
        te = (index.time_for(head, sent, seq.boundary if seq is not None else None)
              or clause_time(head, index.times, cues.temporal_marks)
              or premodifier_time(head, index.times, self.knowledge.months, published))
        # an act inside a durative act ("killed during the siege") takes its time (events/background.py)
        enclosing = enclosing_act(head, cues.durative_acts, cues.enclosing_preps) if te is None else None
        if enclosing is not None:
            te = act_time(enclosing, index.times)
        date, prec = (te.value, te.precision) if te is not None else (None, None)
        if te is None and seq is not None:
            subj = anchor_subject(seq)
            anchor_te = index.time_for(seq.anchor, sent) or (index.time_for(subj, sent) if subj is not None else None)
            if (got := sequence_date(seq, anchor_te)) is not None:
                date, prec = got
        # background whether or not the document is dated: an act told in the past perfect or
        # placed before another by a measured sequence is no mention of the incident (events/unit.py)
        back = (te is None and date is None
                and (seq is not None or background(head, sent, index.times, published, cues.recent_days)))
        if te is None and date is None and mod == "asserted" and published and not back:
            # documented fallback: the publication date, at the precision of a campaign's span
            span_of, prec = campaign_precision(head, cues.durations)
            if not span_of and (enclosing is not None or durative(head, cues.durative_acts)):
                span_of, prec = True, cues.durative_precision
            if not span_of:
                date, prec = published[:10], "day"
            else:
                date = _at_precision(published, prec)
        actor2 = next((a for o in t.objects if (a := index.actor_at(o))), None) if t.objects else None
        if actor2 is None and t.target is not None:
            actor2 = index.actor_at(t.target)  # "a police convoy suffered an ambush": its target
        if actor2 is None and (victim := undergoer_of(head, self.lex.undergoer_verbs)) is not None:
            actor2 = index.actor_at(victim)  # "three civilians died in the strike": its target
        actor1 = index.actor_at(t.subject)
        if actor1 == actor2:
            actor2 = None
        acled = (AcledType(event_type=self.lex.ontology.acled_type[t.acled], sub_event_type=t.acled)
                 if t.acled else None)
        plover = PloverType(event_type=t.plover[0], mode=t.plover[1]) if t.plover and t.plover[0] else None
        lemmas = lemmas_and_lowers(sdoc)[0]  # (each token's lower-case lemma, read once per document)
        weapons = sorted({lemmas[tok.i] for tok in (*t.args, *span, *instruments)
                          if lemmas[tok.i] in self._weapon_words})
        return Draft(
            trigger=TextRef(text=span.text, span=(s, e)),
            tokens=span,
            acled=acled,
            plover=plover,
            actor1=actor1,
            actor2=actor2,
            associated_actors=[a for a in index.associated(head) if a != actor1],
            place=place,
            place_reason=reason,
            date=date,
            date_precision=prec,
            time=te,
            background=back,
            weapons=weapons,
            modality=mod,
            claims=[c.id for c in claims if c.content.span[0] <= s and e <= c.content.span[1]],
        )

    def _attach_casualties(self, sent: Span, typed: list[Typed], drafts: list[Draft]) -> None:
        found: list[Casualty] = find_casualties(sent, self.lex.counts)
        for cas in found:
            best = self._nearest(cas, typed)
            ev = drafts[best]
            old = getattr(ev, cas.kind)
            if old is None or cas.count < old:
                setattr(ev, cas.kind, cas.count)
                ev.casualty_text = TextRef(text=doc_text(sent.doc)[cas.start:cas.end], span=(cas.start, cas.end))
                ev.casualty_tokens = cas.tokens

    @staticmethod
    def _nearest(cas: Casualty, typed: list[Typed]) -> int:
        """The event a casualty figure belongs to: the trigger that is or governs the casualty
        word, or the act that is the subject of a verb on the way up (the causer: "and later a
        drone strike killed 12 of them" is the strike's toll, not that of the act the clause is
        conjoined to; ``casualties.causer``), else the nearest asserted-looking trigger in the
        sentence."""
        heads = [t.cand.head for t in typed]
        at = {h.i: i for i, h in enumerate(heads)}
        for anc in (cas.anchor, *cas.anchor.ancestors):
            if anc.i in at:
                return at[anc.i]
            if (subj := causer(anc)) is not None and subj.i in at:
                return at[subj.i]
        violent = [i for i, t in enumerate(typed) if t.acled or (t.plover and t.plover[0] in ("ASSAULT", "FIGHT"))]
        pool = violent or list(range(len(heads)))
        return min(pool, key=lambda i: abs(heads[i].i - cas.anchor.i))
