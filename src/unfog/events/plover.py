"""PLOVER acts that no trigger word names, found through argument structure (``plover.yaml``).

Runs after the document-level classification (``classify.py``), on the events and the parse:

- **Promises** (AGREE): "offered to mediate", "pledged to cooperate", "proposed a meeting", "is
  ready to talk": the head word is the act; the promised act stays future. A commitment event the
  classifier already made on the head (or on the reporting verb above it) is retyped: under an
  offer or a pledge only an act of force makes a threat.
- **Directives** (DEMAND): "told the army to leave", "wants Pyongyang to halt its programme".
- **Deontic statements** (DEMAND): "said Israel must withdraw", "concluded that rich nations
  should pay".
- **Attempts**: "attempted to assassinate" is an ASSAULT that happened (PLOVER codes attempts).
- **Signing** (SUPPORT): an asserted signing or ratification of an agreement; a promise to sign
  stays AGREE.

New events carry no ACLED type; they are inserted in text order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from unfog.events.agents import ActorResolver
from unfog.events.arguments import ArgumentIndex
from unfog.events.context import lemma, subject_of
from unfog.events.draft import UNDONE, Draft
from unfog.events.modality import Cues, modality
from unfog.knowledge import PACKAGED, Knowledge
from unfog.lines import lemmas_and_lowers, str_column
from unfog.model import Claim, PloverType, TextRef

_PRONOUNS = frozenset({"i", "we", "it", "they", "he", "she", "this", "that", "who", "which"})
#: what a demand asks of someone: an addressee, a complement clause, the one asked (passive)
_ASKED = frozenset({"dobj", "dative", "ccomp", "xcomp", "nsubjpass", "iobj"})
#: prepositions of what a promised amount is of ("ten million dollars in aid", "a package of aid")
_MEASURE_PREPS = frozenset({"in", "of"})
#: prepositions of what is demanded ("pressed for talks")
_CONTENT_PREPS = frozenset({"for"})


@dataclass(frozen=True)
class PloverCues:
    """The lists of ``plover.yaml`` (see its header)."""

    promise_heads: frozenset[str]
    hostile: frozenset[str]
    directives: frozenset[str]
    deontic_aux: frozenset[str]
    deontic_verbs: frozenset[str]
    attempt_heads: frozenset[str]
    attempt_types: frozenset[str]
    signing: frozenset[str]
    commanded: frozenset[str] = frozenset()
    addressed: frozenset[str] = frozenset()
    orders: frozenset[str] = frozenset()
    material: frozenset[str] = frozenset()
    assault_words: frozenset[str] = frozenset()
    assault_types: frozenset[str] = frozenset()
    generic_types: frozenset[str] = frozenset()
    clash_types: frozenset[str] = frozenset()
    purpose_verbs: frozenset[str] = frozenset()
    purpose_types: frozenset[str] = frozenset()
    occupy_families: frozenset[str] = frozenset()
    strike_types: frozenset[str] = frozenset()
    populated: frozenset[str] = frozenset()
    individuals: frozenset[str] = frozenset()
    promise_nouns: frozenset[str] = frozenset()
    expressions: frozenset[str] = frozenset()


def _fs(xs: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(x).lower() for x in xs)


def load_plover_cues(knowledge: Knowledge = PACKAGED) -> PloverCues:
    """The cues of plover.yaml (the stage loads them once)."""
    raw: dict[str, Any] = knowledge.read("events/plover.yaml")
    return PloverCues(
        promise_heads=_fs(raw["promises"]["heads"]),
        promise_nouns=_fs(raw["promises"].get("nouns", [])),
        expressions=_fs(raw["promises"].get("expressions", [])),
        hostile=frozenset(str(x).upper() for x in raw["promises"]["hostile"]),
        directives=_fs(raw["directives"]["verbs"]),
        commanded=_fs(raw["directives"].get("commanded", [])),
        addressed=_fs(raw["directives"].get("addressed", [])),
        orders=_fs(raw["orders"]["verbs"]),
        material=frozenset(str(x).upper() for x in raw["orders"]["material"]),
        deontic_aux=_fs(raw["deontic"]["aux"]),
        deontic_verbs=_fs(raw["deontic"]["verbs"]),
        attempt_heads=_fs(raw["attempts"]["heads"]),
        attempt_types=frozenset(str(x).upper() for x in raw["attempts"]["types"]),
        signing=_fs(raw["signing"]),
        purpose_verbs=_fs(raw.get("purposes", {}).get("verbs", [])),
        purpose_types=frozenset(str(x).upper() for x in raw.get("purposes", {}).get("types", [])),
        assault_words=_fs(raw["violence"]["assault_words"]),
        assault_types=frozenset(str(x) for x in raw["violence"]["assault_types"]),
        generic_types=frozenset(str(x) for x in raw["violence"]["generic_types"]),
        clash_types=frozenset(str(x) for x in raw["violence"]["clash_types"]),
        occupy_families=_fs(raw["violence"].get("occupy_families", [])),
        strike_types=frozenset(str(x) for x in raw["violence"].get("strike_types", [])),
        populated=_fs(raw["violence"].get("populated", [])),
        individuals=_fs(raw["violence"].get("individuals", [])),
    )


def _infinitive(tok: Token, nouns: frozenset[str] = frozenset()) -> Token | None:
    """The infinitive complement of a verb or adjective ("offered to mediate", "ready to talk"), or
    with ``nouns``, of a noun of them that is its object ("expressed its willingness to mediate")."""
    if nouns:
        obj = next((o for o in tok.children if o.dep_ == "dobj" and lemma(o) in nouns), None)
        return next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VB"), None) if obj else None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c
        if c.dep_ == "ccomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


class PloverSteps:
    """The PLOVER document-level steps for one document."""

    def __init__(self, sdoc: Doc, events: list[Draft], agents: ActorResolver, index: ArgumentIndex,
                 claims: Sequence[Claim], light_verbs: frozenset[str], published: str | None,
                 cues: PloverCues, modality_cues: Cues, speech: frozenset[str] = frozenset()) -> None:
        self.sdoc = sdoc
        self.events = events
        self.agents = agents
        self.index = index
        self.claims = claims
        self.light_verbs = light_verbs
        #: reporting verbs a promise is made with (language/reporting.yaml statement)
        self.speech = speech
        self.published = published
        self.cues = cues
        self.modality_cues = modality_cues
        self.heads: dict[int, list[Draft]] = {}
        for ev in events:
            self.heads.setdefault(ev.head.i, []).append(ev)
        self.new: list[Draft] = []
        self._n = len(events)

    def _acts_in(self, tok: Token) -> list[Draft]:
        """The events whose triggers lie in the phrase the token heads."""
        return [ev for t in tok.subtree for ev in self.heads.get(t.i, [])]

    # ------------------------------------------------------------------ steps
    def run(self) -> list[Draft]:
        c = self.cues
        lemmas = lemmas_and_lowers(self.sdoc)[0]
        for i, pos in enumerate(str_column(self.sdoc, "pos")):
            if pos not in ("VERB", "ADJ", "AUX"):
                continue
            lem = lemmas[i]
            if not (lem in c.promise_heads or lem in c.expressions or lem in c.directives
                    or lem in c.deontic_verbs or lem in c.attempt_heads):
                continue  # (none of the steps below)
            tok = self.sdoc[i]
            if lem in c.promise_heads or lem in c.expressions:
                self._promise(tok)
            if lem in c.directives and tok.pos_ == "VERB":
                self._directive(tok)
            if lem in c.deontic_verbs and tok.pos_ == "VERB":
                self._deontic(tok)
            if lem in c.attempt_heads and tok.pos_ == "VERB":
                self._attempt(tok)
        self._signing()
        self._orders()
        self._purposes()
        self._drop_agentive()
        self._drop_unaddressed()
        self._fill_actors()
        if not self.new and len(self.events) == self._n:
            return self.events
        out = sorted([*self.events, *self.new], key=lambda e: e.trigger.span[0])
        # keep the classifier's order among its own events (a commitment precedes its act)
        old = iter(self.events)
        return [e if any(e is n for n in self.new) else next(old) for e in out]

    def _promise(self, tok: Token) -> None:
        stated = lemma(tok) not in self.cues.promise_heads  # "expressed its readiness to talk"
        comp = _infinitive(tok, self.cues.promise_nouns if stated else frozenset())
        obj = None
        if comp is None and tok.pos_ == "VERB" and not stated:
            obj = next((o for o in tok.children if o.dep_ == "dobj" and o.i in self.heads), None)
            dobjs = [o for o in tok.children if o.dep_ == "dobj"]
            if obj is None and dobjs:  # "pledged ten million dollars in aid": the act the sum is in
                preps = [p for x in (*dobjs, tok) for p in x.children
                         if p.dep_ == "prep" and p.lower_ in _MEASURE_PREPS]
                obj = next((g for p in preps for g in p.children if g.dep_ == "pobj" and g.i in self.heads), None)
        if comp is None and obj is None:
            return
        acts = self._acts_in(comp) if comp is not None else self.heads.get(obj.i, []) if obj is not None else []
        kinds = {ev.plover.event_type for ev in acts if ev.plover and ev.modality in UNDONE}
        ptype = "THREATEN" if kinds & self.cues.hostile else "AGREE"
        # a commitment already made on this head or on the reporting verb above it
        for anc in (tok, *tok.ancestors):
            for ev in self.heads.get(anc.i, []):
                if ev.acled is None and ev.plover and ev.plover.event_type in ("AGREE", "THREATEN"):
                    ev.plover = PloverType(event_type=ptype, mode=None)
                    return
            if anc.dep_ not in ("ccomp", "xcomp", "acomp", "conj"):
                break
        if obj is not None:
            for ev in acts:
                if ev.modality not in UNDONE:
                    ev.modality = "future"  # "proposed a meeting": the meeting is proposed
        # the statement is the act: "announced they will be willing to help" is made on "announced"
        x = tok
        for _ in range(4):
            if x.dep_ not in ("ccomp", "xcomp", "conj", "acomp") or x.head.i == x.i:
                break
            x = x.head
            if lemma(x) in self.speech:
                if x.i in self.heads:
                    return
                tok = x
                break
        self._add(tok, ptype)

    def _directive(self, tok: Token) -> None:
        if tok.i in self.heads:
            return
        comp = _infinitive(tok)
        if comp is None:
            return
        addressee = any(c.dep_ in ("dobj", "dative") for c in tok.children) or any(
            c.dep_ == "nsubj" for c in comp.children)
        if addressee:
            self._add(tok, "DEMAND")

    def _deontic(self, tok: Token) -> None:
        if tok.i in self.heads:
            return
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            if not any(a.dep_ == "aux" and lemma(a) in self.cues.deontic_aux for a in c.children):
                continue
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in _PRONOUNS or subj.pos_ == "PRON":
                continue
            self._add(tok, "DEMAND")
            return

    def _attempt(self, tok: Token) -> None:
        if tok.i in self.heads:
            return
        comp = _infinitive(tok)
        if comp is None:
            return
        for ev in self.heads.get(comp.i, []):
            if ev.plover is not None and ev.plover.event_type in self.cues.attempt_types:
                self._add(tok, ev.plover.event_type, ev)
                return

    def _signing(self) -> None:
        for i, evs in self.heads.items():
            tok = self.sdoc[i]
            verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
            if verb is None or lemma(verb) not in self.cues.signing:
                continue
            if modality(verb, self.modality_cues) != "asserted":
                continue
            for ev in evs:
                if ev.plover and ev.plover.event_type == "AGREE" and ev.modality == "asserted":
                    ev.plover = PloverType(event_type="SUPPORT", mode=None)

    def _orders(self) -> None:
        """An order given to those who carry it out is the act ordered (PLOVER codes "ordered the
        arrest of" as the arrest, "ordered troops to the border" as a mobilisation): an asserted
        DEMAND on an order verb whose object or infinitive is an act of a `material` type takes
        that type; one whose object is the speaker's forces (`commanded`) with no act named
        becomes a MOBILIZE."""
        c = self.cues
        for i, evs in list(self.heads.items()):
            tok = self.sdoc[i]
            if tok.pos_ != "VERB" or lemma(tok) not in c.orders:
                continue
            for ev in evs:
                if ev.acled is not None or ev.plover is None or ev.plover.event_type != "DEMAND":
                    continue
                if ev.modality != "asserted":
                    continue
                obj = next((o for o in tok.children if o.dep_ == "dobj"), None)
                comp = _infinitive(tok)
                acts = [a for x in (obj, comp) if x is not None for a in self.heads.get(x.i, [])]
                kinds = [a.plover for a in acts if a.plover is not None and a.plover.event_type in c.material]
                if kinds:
                    ev.plover = PloverType(event_type=kinds[0].event_type, mode=kinds[0].mode)
                elif (comp is None and obj is not None and lemma(obj) in c.commanded
                        and any(p.dep_ == "prep" and p.lower_ in ("to", "into") for p in tok.children)):
                    ev.plover = PloverType(event_type="MOBILIZE", mode=None)

    def _purposes(self) -> None:
        """People sent to do something are that act: a MOBILIZE on a dispatch verb whose purpose
        infinitive is an act of a `purposes` type takes that type ("sent inspectors to investigate")."""
        c = self.cues
        for i, evs in list(self.heads.items()):
            tok = self.sdoc[i]
            if tok.pos_ != "VERB" or lemma(tok) not in c.purpose_verbs:
                continue
            comp = next((x for x in tok.children if x.dep_ in ("advcl", "xcomp") and x.pos_ == "VERB"
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)
            if comp is None:
                continue
            kinds = [a.plover for a in self.heads.get(comp.i, [])
                     if a.plover is not None and a.plover.event_type in c.purpose_types]
            if not kinds:
                continue
            for ev in evs:
                if ev.plover is not None and ev.plover.event_type == "MOBILIZE":
                    ev.plover = PloverType(event_type=kinds[0].event_type, mode=kinds[0].mode)

    def _drop_agentive(self) -> None:
        """A meeting noun that is the subject of a statement or act ("the summit concluded that ...",
        "the conference called for ...") names the body that acts, not a meeting that happened."""
        c = self.cues
        keep: list[Draft] = []
        for ev in self.events:
            h = ev.head
            if (ev.acled is None and ev.plover is not None and ev.plover.event_type == "CONSULT"
                    and h.pos_ == "NOUN" and h.dep_ == "nsubj"
                    and (h.head.i in self.heads or lemma(h.head) in c.deontic_verbs | c.directives)):
                self.heads[h.i] = [e for e in self.heads.get(h.i, []) if e is not ev]
                continue
            keep.append(ev)
        self.events = keep

    def _drop_unaddressed(self) -> None:
        """A demand verb that asks nothing of anyone ("pressed on with the advance") is no demand."""
        c = self.cues
        keep: list[Draft] = []
        for ev in self.events:
            h = ev.head
            if (ev.acled is None and ev.plover is not None and ev.plover.event_type == "DEMAND"
                    and h.pos_ == "VERB" and lemma(h) in c.addressed and " " not in ev.trigger.text
                    and not any(x.dep_ in _ASKED for x in h.children)
                    and not any(x.dep_ == "prep" and x.lower_ in _CONTENT_PREPS for x in h.children)):
                self.heads[h.i] = [e for e in self.heads.get(h.i, []) if e is not ev]
                continue
            keep.append(ev)
        self.events = keep

    def _fill_actors(self) -> None:
        """actor1 for a noun trigger inside the object of a light verb ("launched a mediation
        effort", "launched ten days of war games"): the light verb's subject."""
        for ev in self.events:
            if ev.actor1 is not None or ev.plover is None:
                continue
            h = ev.head
            t: Token | None = h
            for _ in range(4):
                if t is None or t.pos_ not in ("NOUN", "PROPN", "ADP") or t.dep_ not in ("compound", "pobj", "prep"):
                    break
                t = t.head
            if t is None or t is h or t.dep_ != "dobj" or lemma(t.head) not in self.light_verbs:
                continue
            ev.actor1 = self.agents.actor_for(subject_of(t.head, self.light_verbs), ev.plover.event_type)

    # ------------------------------------------------------------------ building
    def _add(self, tok: Token, ptype: str, like: Draft | None = None) -> None:
        if tok.i in self.heads:
            return
        mod = modality(tok, self.modality_cues)
        sent = tok.sent
        subj = subject_of(tok, self.light_verbs)
        actor = (like.actor1 if like is not None else None) or self.agents.actor_for(subj, ptype)
        place, reason = self.index.place_for(tok, (), sent)
        te = self.index.time_for(tok, sent)
        date, prec = (te.value, te.precision) if te is not None else (None, None)
        if te is None and mod == "asserted" and self.published:
            date, prec = self.published[:10], "day"
        s = tok.idx
        ev = Draft(
            trigger=TextRef(text=tok.text, span=(s, s + len(tok.text))),
            tokens=tok.doc[tok.i:tok.i + 1],
            plover=PloverType(event_type=ptype, mode=None),
            actor1=actor,
            actor2=like.actor2 if like is not None else None,
            place=place,
            place_reason=reason,
            date=date,
            date_precision=prec,
            time=te,
            modality=mod,
            claims=[c.id for c in self.claims if c.content.span[0] <= s and s + len(tok.text) <= c.content.span[1]],
        )
        self.heads.setdefault(tok.i, []).append(ev)
        self.new.append(ev)


def plover_steps(sdoc: Doc, events: list[Draft], *, agents: ActorResolver, index: ArgumentIndex,
                 claims: Sequence[Claim], light_verbs: frozenset[str], published: str | None,
                 cues: PloverCues, modality_cues: Cues, speech: frozenset[str] = frozenset()) -> list[Draft]:
    """The events with the PLOVER acts of argument structure added (in text order)."""
    return PloverSteps(sdoc, events, agents, index, claims, light_verbs, published, cues, modality_cues,
                       speech).run()
