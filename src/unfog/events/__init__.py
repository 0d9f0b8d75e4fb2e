"""Events: triggers typed by ACLED and PLOVER, arguments, casualties, modality, dates.

Interface used by the pipeline (keep it stable):

    stage = EventStage.from_settings(settings)
    events: list[Event] = stage.run(doc, sdoc, places, actors, claims, times)

Each event lists in ``Event.claims`` the ids of the claims whose content holds its trigger; the
pipeline derives ``Claim.events`` from that.

Method (first version, no trained model): triggers are the lemmas and phrases of
``data/events/triggers.yaml``; their type is refined by the context rules of ``rules.yaml`` over
the trigger's subject, object, arguments and sentence; modality, actors, place, date and
casualties come from the dependency parse. A weapon noun in the instrument position of another
trigger ("shelled X with glide bombs") is that event's weapon, not an event; a later definite
mention ("the attacks, using grenades") lends its refined type to earlier mentions of the noun.
Casualty words ("killed", "injured") make an event of their own only in a sentence without
another trigger; otherwise their figures go to that trigger.

Date: from the time expression attached to the trigger (or to the reporting verb governing it,
or else the nearest in the sentence). Documented fallback: an asserted event in a sentence
without any resolved expression gets the publication date (precision day, ``time`` None).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from unfog.events.agents import ActorResolver
from unfog.events.anaphora import share_refined_types
from unfog.events.arguments import ArgumentIndex
from unfog.events.casualties import Casualty, find_casualties
from unfog.events.classify import classify_document
from unfog.events.context import sentence_scope
from unfog.events.coref import merge_coreferent
from unfog.events.instruments import absorb_instruments, without_disrupted
from unfog.events.modality import modality
from unfog.events.ontology import EventLexicon, load_lexicon
from unfog.events.plover import plover_steps
from unfog.events.triggers import TriggerFinder, TriggerTyper, Typed
from unfog.model import AcledType, Actor, Claim, Document, Event, Place, PloverType, TextRef, TimeExpr
from unfog.settings import Settings

__all__ = ["EventStage"]

_WEAPON_CLASSES = ("weapon", "air", "artillery", "remote", "grenade", "chemical")


class EventStage:
    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.typer = TriggerTyper(self.lex)
        self._finder: TriggerFinder | None = None
        self._weapon_words = frozenset(w for c in _WEAPON_CLASSES for w in self.lex.classes[c] if " " not in w)

    @classmethod
    def from_settings(cls, settings: Settings) -> EventStage:
        return cls()

    def finder(self, sdoc: Doc) -> TriggerFinder:
        if self._finder is None or self._finder.vocab is not sdoc.vocab:
            self._finder = TriggerFinder(self.lex, sdoc.vocab)
        return self._finder

    def run(
        self,
        doc: Document,
        sdoc: Doc,
        places: list[Place],
        actors: list[Actor],
        claims: list[Claim],
        times: list[TimeExpr],
    ) -> list[Event]:
        index = ArgumentIndex(sdoc, places, actors, times, self.lex.associate_preps)
        cands = self.finder(sdoc).candidates(sdoc)
        place_tokens = frozenset(
            t.i for p in places for m in p.mentions
            if (sp := sdoc.char_span(m.span[0], m.span[1], alignment_mode="expand")) is not None for t in sp
        )
        events: list[Event] = []
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
            typed = [t for c in mine if (t := self.typer.type(c, scope, place_tokens)) is not None]
            # a weapon noun that is another trigger's instrument ("shelled X with glide bombs")
            typed, instruments = absorb_instruments(typed, self.lex)
            if any(not t.family.weak and t.acled for t in typed):
                typed = [t for t in typed if not t.family.weak]
            # the devices a 'seized'/'defused' event disrupts were not used: no event of their own
            typed = without_disrupted(typed, self.lex)
            if not typed:
                continue
            new = [self._event(doc, sent, t, index, claims, len(events) + i + 1, instruments.get(t.cand.start, []))
                   for i, t in enumerate(typed)]
            self._attach_casualties(sent, typed, new)
            events.extend(new)
            all_typed.extend(typed)
        share_refined_types(all_typed, events)
        agents = ActorResolver(index, actors, claims, self.lex.agent_words)
        events = classify_document(all_typed, events, agents=agents, actors=actors, places=places, lex=self.lex,
                                   published=doc.published)
        # PLOVER acts of argument structure: promises, directives, attempts, signing (events/plover.py)
        events = plover_steps(sdoc, events, agents=agents, index=index, claims=claims,
                              light_verbs=self.lex.light_verbs, published=doc.published,
                              speech=self.lex.commitments.speech if self.lex.commitments else frozenset())
        return merge_coreferent(events, sdoc, places)  # one event per real event: later mentions in .mentions

    def _event(self, doc: Document, sent: Span, t: Typed, index: ArgumentIndex, claims: list[Claim],
               n: int, instruments: list[Token]) -> Event:
        sdoc = sent.doc
        span = sdoc[t.cand.start:t.cand.end]
        s, e = span.start_char, span.end_char
        head = t.cand.head
        mod = modality(head)
        place, reason = index.place_for(head, t.args, sent)
        te = index.time_for(head, sent)
        date, prec = (te.value, te.precision) if te is not None else (None, None)
        if te is None and mod == "asserted" and doc.published:
            date, prec = doc.published[:10], "day"  # documented fallback: the publication date
        actor2 = next((a for o in t.objects if (a := index.actor_at(o))), None) if t.objects else None
        actor1 = index.actor_at(t.subject)
        if actor1 == actor2:
            actor2 = None
        acled = (AcledType(event_type=self.lex.ontology.acled_type[t.acled], sub_event_type=t.acled)
                 if t.acled else None)
        plover = PloverType(event_type=t.plover[0], mode=t.plover[1]) if t.plover and t.plover[0] else None
        weapons = sorted({tok.lemma_.lower() for tok in (*t.args, *span, *instruments)
                          if tok.lemma_.lower() in self._weapon_words})
        return Event(
            id=f"e{n}",
            trigger=TextRef(text=span.text[:59], span=(s, min(e, s + 59))),
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
            weapons=weapons,
            modality=mod,
            claims=[c.id for c in claims if c.content.span[0] <= s and e <= c.content.span[1]],
        )

    def _attach_casualties(self, sent: Span, typed: list[Typed], events: list[Event]) -> None:
        found: list[Casualty] = find_casualties(sent, self.lex.counts)
        for cas in found:
            best = self._nearest(cas, typed)
            ev = events[best]
            old = getattr(ev, cas.kind)
            if old is None or cas.count < old:
                setattr(ev, cas.kind, cas.count)
                ev.casualty_text = TextRef(text=sent.doc.text[cas.start:cas.end], span=(cas.start, cas.end))

    @staticmethod
    def _nearest(cas: Casualty, typed: list[Typed]) -> int:
        """The event a casualty figure belongs to: the trigger that is or governs the casualty
        word, else the nearest asserted-looking trigger in the sentence."""
        heads = [t.cand.head for t in typed]
        for anc in (cas.anchor, *cas.anchor.ancestors):
            for i, h in enumerate(heads):
                if h.i == anc.i:
                    return i
        violent = [i for i, t in enumerate(typed) if t.acled or (t.plover and t.plover[0] in ("ASSAULT", "FIGHT"))]
        pool = violent or list(range(len(heads)))
        return min(pool, key=lambda i: abs(heads[i].i - cas.anchor.i))
