"""Document-level ACLED decisions that need more than one trigger's sentence.

- **One protest, one kind** (ACLED codes a protest once, with its most serious turn): when a
  document's protest events disagree, they all take the gravest kind among them, in ACLED's
  order: protesters acting violently (violent demonstration) over force against peaceful
  protesters (excessive force) over an intervention over a peaceful protest. "The authorities
  violently suppressed the protest, detaining and arresting thousands" is one protest met with
  excessive force, not two arrests and a suppression.
- **Ground changing hands without a fight** (ACLED non-violent transfer of territory): a capture
  stated to be "without a fight / any resistance / clashes" (``contest`` in triggers.yaml under a
  "without"), or a capture in a document that reports the other side's withdrawal ("seized the
  crossing following the withdrawal of the army"): the capture and the withdrawal are one transfer;
  so are a withdrawal and a handover ("withdrew from the base and handed control of it to ...").
  A participle that describes a thing ("the abandoned village") reports no withdrawal.
- **Acts claimed or reacted to** (CASE attribution, diplomacy): an act named only as what an
  actor claims or is held responsible for ("claimed responsibility for the car bomb", "officials
  responsible for jailing the critic", "said it was behind the attack"), or as the object of a
  reaction ("condemned the attack", "summoned the envoy over the killing", "mourned the victims of
  the bombing"; ``reactions`` in
  triggers.yaml), is what a claim or a diplomatic step is about; the document reports that. The
  act keeps its PLOVER type and loses its ACLED one (and is marked ``reacted``: events/incident.py
  makes it a mention of the incident told before it); an act reported in its own clause stays.
- **Blasts of a device** (ACLED codes one event): a bare blast, explosion or bombing typed an IED
  or an air strike in a document that reports a suicide bombing or a grenade (``blast_devices`` in
  triggers.yaml) is that device going off ("two suicide bombers blew themselves up ...; the
  bombing took place near ..."). Told in a later part of the story, it stays that device
  when it is a noun of one blast that no word marks as another occurrence ("another blast",
  ``distinct_markers`` of coref.yaml) and the two are not placed apart (two places, neither in the
  other): the story's earlier, more specific mention of its incident decides its type (ACLED codes
  one event per incident; a later "the explosion" names that incident by its effect).
- **Bombing in an air campaign** (ACLED: bombing by aircraft or drones is an air/drone strike; a
  remote explosive/IED needs a device planted, hidden or set off): a bare bombing or bombardment
  (``bare_bombings`` in triggers.yaml) typed a device or shelling by default, in a sentence that
  names no device and no artillery (``ied_context``, ``artillery``), in a document that reports an
  air strike by its own words, is that air campaign ("jets pounded the suburbs ...; the relentless
  bombing forced them to flee").
- **One scene** (ACLED codes one event per location and day): the steps above that reinterpret
  one act by another (a capture by a withdrawal, a protest by another protest, a generic attack
  or a bare blast by the specific act) read only the acts of its own scene. Two acts are apart
  when they are towns (or points in towns) of different countries, or, unless their places are
  one (the same place, or a country or region and a place in it), when they are told apart: in
  different paragraphs or more than one sentence apart (a paragraph break or an intervening
  sentence starts another part of the story). A country or a region is too coarse to tell scenes
  apart, and one town for another within a sentence or the next may be the gazetteer's error. A
  whole article reports several incidents ("the rebels captured the town. ... In the south, four
  soldiers died in an ambush"): the ambush is no capture. The air campaign is the exception: a
  bare bombing in an article of air strikes is one of them wherever it is told (the means of a
  campaign hold for the article).
- **Raids that make arrests** (ACLED Arrests): a raid (``arrest_raids`` in triggers.yaml) that
  kills or wounds no one, in a sentence that reports arrests, is how the arrests were made
  ("troops raided the house and detained the commander"): one arrest, not an attack.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from unfog.events.context import scope_of
from unfog.events.coref import is_country, is_region
from unfog.events.draft import OCCURRED, Draft, nested_dates
from unfog.events.ontology import EventLexicon
from unfog.events.triggers import Typed
from unfog.lines import doc_text, sentence_numbers
from unfog.model import AcledType, Place, PloverType

#: the protest kinds, gravest first
PROTEST_ORDER = ("Violent demonstration", "Excessive force against protesters", "Protest with intervention",
                 "Peaceful protest")
#: the ACLED sub-event types of ground taken by force (who took it decides which)
_TRANSFER = "Non-violent transfer of territory"


class Scenes:
    """Whether two events can be one scene, by their places (see the module's docstring)."""

    def __init__(self, places: Sequence[Place] = (), doc: Doc | None = None) -> None:
        self.by_id = {p.id: p for p in places}
        self.text = doc_text(doc) if doc is not None else ""
        self.sent_no = sentence_numbers(doc) if doc is not None else {}

    def _told_apart(self, a: Draft, b: Draft) -> bool:
        lo, hi = sorted((a.trigger.span[0], b.trigger.span[0]))
        na, nb = (self.sent_no.get(d.tokens.sent.start, 0) for d in (a, b))
        return "\n" in self.text[lo:hi] or abs(na - nb) > 1

    def apart(self, a: Draft, b: Draft) -> bool:
        pa, pb = self.by_id.get(a.place or ""), self.by_id.get(b.place or "")
        if pa is not None and pb is not None:
            if one_place(pa, pb):
                return False
            if _town(pa) and _town(pb) and pa.country_code != pb.country_code:
                return True
        return self._told_apart(a, b)

    def placed_apart(self, a: Draft, b: Draft) -> bool:
        """Both events have places and neither is the other or holds it."""
        pa, pb = self.by_id.get(a.place or ""), self.by_id.get(b.place or "")
        return pa is not None and pb is not None and not one_place(pa, pb)

    def earlier(self, ev: Draft, found: Sequence[Draft]) -> Draft | None:
        """The event of ``found`` told first before ev and not placed apart from it, or None."""
        mine = [e for e in found if e.trigger.span[0] < ev.trigger.span[0] and not self.placed_apart(ev, e)]
        return min(mine, key=lambda e: e.trigger.span[0]) if mine else None

    def near(self, ev: Draft, found: Sequence[Draft]) -> Draft | None:
        """The event of ``found`` in ev's scene told nearest to it, or None."""
        mine = [e for e in found if not self.apart(ev, e)]
        return min(mine, key=lambda e: abs(e.trigger.span[0] - ev.trigger.span[0])) if mine else None


def one_place(a: Place, b: Place) -> bool:
    """The same place, or one inside the other."""
    return a.id == b.id or contains(a, b) or contains(b, a)


def _town(p: Place) -> bool:
    return (p.precision or 3) <= 2 and p.country_code is not None


def contains(big: Place, small: Place) -> bool:
    """A country, or a first-level region, and a place in it (coref's notions of both)."""
    if big.country_code != small.country_code:
        return False
    return is_country(big) or (is_region(big) and big.admin1 is not None and big.admin1 == small.admin1)


def _set(ev: Draft, sub: str, lex: EventLexicon, plover: bool = True) -> None:
    ev.acled = AcledType(event_type=lex.ontology.acled_type[sub], sub_event_type=sub)
    pair = lex.ontology.acled_plover.get(sub)
    if plover and pair and pair[0]:
        ev.plover = PloverType(event_type=pair[0], mode=pair[1])


def one_protest_kind(events: list[Draft], lex: EventLexicon, scenes: Scenes | None = None) -> None:
    scenes = scenes or Scenes()
    protests = [e for e in events
                if e.acled is not None and e.acled.sub_event_type in PROTEST_ORDER and e.modality in OCCURRED]
    gravest: dict[int, str] = {}
    for e in protests:
        kinds = {o.acled.sub_event_type for o in protests if o.acled is not None and not scenes.apart(e, o)}
        gravest[id(e)] = next(k for k in PROTEST_ORDER if k in kinds)
    for e in events:
        if e.acled is not None and e.acled.sub_event_type in PROTEST_ORDER:
            top = gravest.get(id(e)) or next(
                (gravest[id(o)] for o in protests if not scenes.apart(e, o)), e.acled.sub_event_type)
            if e.acled.sub_event_type != top:
                # the PLOVER type stays: an arrest at a riot is still an arrest
                _set(e, top, lex, plover=False)


def idle_withdrawals(typed: Sequence[Typed], events: list[Draft]) -> None:
    """A participle describing a thing ("the abandoned village") reports no one leaving."""
    for t, e in zip(typed, events, strict=True):
        if t.family.name == "withdraw" and t.cand.head.dep_ == "amod" and t.subject is None:
            e.acled = None


def _uncontested(t: Typed, lex: EventLexicon) -> bool:
    contest = frozenset(lex.classes.get("contest", ()))
    return any(w.lower_ == "without" and any(x.lemma_.lower() in contest for x in w.subtree)
               for w in t.cand.head.sent)


def _by_someone(t: Typed) -> bool:
    """A withdrawal with a subject, or a withdrawal noun with its doer in an of-phrase ("the
    withdrawal of the troops": a noun of an intransitive act takes its subject so)."""
    head = t.cand.head
    return t.subject is not None or (head.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in head.children))


def transfers_of_territory(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon,
                           scenes: Scenes | None = None) -> None:
    scenes = scenes or Scenes()
    handed = [e for e in events
              if e.acled is not None and e.acled.sub_event_type == _TRANSFER and e.modality in OCCURRED]
    # "withdrew from the base and handed control of it to ...": one transfer
    for t, e in zip(typed, events, strict=True):
        if (t.family.name == "withdraw" and e.acled is not None and e.modality in OCCURRED
                and any(not scenes.apart(e, h) for h in handed)):
            _set(e, _TRANSFER, lex, plover=False)
    ground = lex.ontology.territory_taken
    taken = [e for e in events
             if e.acled is not None and e.acled.sub_event_type in ground and e.modality in OCCURRED]
    if not taken:
        return
    # a withdrawal by someone ("the army pulled out of the city", "the withdrawal of the army"), not
    # "motorbikes lying abandoned"
    left = [e for t, e in zip(typed, events, strict=True)
            if t.family.name == "withdraw" and _by_someone(t) and e.acled is not None
            and e.modality in OCCURRED]
    pairs = [(c, w) for c in taken for w in left if not scenes.apart(c, w)]
    for c in taken:
        t = typed[next(i for i, e in enumerate(events) if e is c)]
        if any(p[0] is c for p in pairs) or _uncontested(t, lex):
            _set(c, _TRANSFER, lex, plover=False)
    for w in left:
        if any(p[1] is w for p in pairs):
            _set(w, _TRANSFER, lex, plover=False)


def generic_attacks(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon,
                    scenes: Scenes | None = None) -> None:
    """A generic attack (the attack family's default, no rule refined it) in a document that
    reports a more specific act of violence or security (``@attack_specifics`` in triggers.yaml:
    a grenade, an abduction, looting, arrests, ...) is a mention of that act: it takes its ACLED
    type ("the xenophobic attacks ... shops were looted"). Only the ACLED type changes."""
    wanted: tuple[str, ...] = lex.classes.get("attack_specifics", ())
    specific = [e for e in events if e.acled is not None and e.modality in OCCURRED
                and e.acled.sub_event_type.lower() in wanted]
    if not specific:
        return
    for t, ev in zip(typed, events, strict=True):
        if (ev.acled is None or ev.acled.sub_event_type != "Attack" or t.family.name != "attack"
                or t.acled != t.family.acled):
            continue
        near = (scenes or Scenes()).near(ev, specific)
        if near is not None and near.acled is not None:
            _set(ev, near.acled.sub_event_type, lex, plover=False)


def raids_for_arrests(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon) -> None:
    """A raid without casualties in a sentence that reports arrests is the arrest (ACLED and PLOVER)."""
    raids: tuple[str, ...] = lex.classes.get("arrest_raids", ())
    arrests = {t.cand.head.sent.start for t, e in zip(typed, events, strict=True)
               if e.acled is not None and e.acled.sub_event_type == "Arrests" and e.modality in OCCURRED}
    if not arrests:
        return
    for t, ev in zip(typed, events, strict=True):
        if (ev.acled is None or ev.acled.sub_event_type != "Attack" or t.family.name != "attack"
                or ev.fatalities or ev.injured or t.cand.head.sent.start not in arrests):
            continue
        if t.cand.head.lemma_.lower() in raids:
            _set(ev, "Arrests", lex)


def _claimed(head: Token, words: frozenset[str], reactions: frozenset[str]) -> bool:
    """The trigger is (in) the object of 'for' under a word of responsibility, of 'behind' under
    'be' ("was behind the attack"), or a noun that is the object of a reaction ("condemned the
    attack") or of 'over' under one ("summoned the envoy over the killing")."""
    t = head
    for _ in range(3):
        if t.dep_ == "dobj":
            return head.pos_ == "NOUN" and t.head.lemma_.lower() in reactions
        if t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep":
            prep, host = t.head, t.head.head
            h = host.lemma_.lower()
            if prep.lower_ in ("over", "of") and host.dep_ == "dobj":  # "summoned [the envoy over the killing]"
                h = host.head.lemma_.lower()
                if prep.lower_ == "of":  # "mourned [the victims of the bombing]": the reaction's object
                    return h in reactions
            return ((prep.lower_ == "for" and h in words) or (prep.lower_ == "behind" and h == "be")
                    or (prep.lower_ == "over" and h in reactions))
        if t.dep_ not in ("conj", "compound", "amod") or t.head.i == t.i:
            return False
        t = t.head
    return False


def claimed_acts(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon) -> None:
    words = frozenset(lex.classes.get("responsibility", ()))
    reactions = frozenset(lex.classes.get("reactions", ()))
    for t, ev in zip(typed, events, strict=True):
        if ev.acled is not None and _claimed(t.cand.head, words, reactions):
            ev.acled, ev.reacted = None, True


def device_blasts(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon,
                  scenes: Scenes | None = None, distinct: frozenset[str] = frozenset()) -> None:
    """A blast or bombing of a default type (``blast_defaults``) in a document that reports a device
    of ``blast_devices`` going off takes the nearest such device's type (triggers.yaml); a noun of
    one blast not marked as another (``distinct``) told later, that of the device told first.
    Not a blast whose own arguments name its device ("detonated a roadside bomb": the device is the
    verb's theme, Fillmore 1968; ``remote`` in triggers.yaml), nor one dated another day than the
    device's (ACLED's unit: an event is one day's; "in September, a grenade ...")."""
    devices: tuple[str, ...] = lex.classes.get("blast_devices", ())
    defaults = frozenset(lex.classes.get("blast_defaults", ()))
    words = frozenset(lex.classes.get("blast_words", ()))
    own_means = tuple(lex.classes.get("remote", ()))
    found = [e for e in events if e.acled is not None and e.modality in OCCURRED
             and e.acled.sub_event_type.lower() in devices]
    if not found:
        return
    for t, ev in zip(typed, events, strict=True):
        if (ev.acled is not None and ev.acled.sub_event_type.lower() in defaults
                and t.cand.head.lemma_.lower() in words and t.cand.end - t.cand.start == 1
                and not scope_of([*t.objects, *t.args]).has(own_means)):
            scenes = scenes or Scenes()
            same_day = [e for e in found if not _other_day(ev, e)]
            near = scenes.near(ev, same_day)
            if near is None and _one_blast(t.cand.head, distinct):
                near = scenes.earlier(ev, same_day)
            if near is not None and near.acled is not None:
                _set(ev, near.acled.sub_event_type, lex, plover=False)


def _other_day(a: Draft, b: Draft) -> bool:
    """Both events are dated and neither date holds the other ('2024-10-07' and '2024-09')."""
    return a.date is not None and b.date is not None and not nested_dates(a.date, b.date)


def _one_blast(head: Token, distinct: frozenset[str]) -> bool:
    """A singular noun that no word marks as another occurrence ("the explosion", not "another blast")."""
    return head.tag_ == "NN" and not any(c.lower_ in distinct for c in head.children)


_AIR = "Air/drone strike"
#: the cue classes of triggers.yaml that name a bombing's means other than aircraft
_MEANS = ("ied_context", "artillery", "suicide", "grenade", "chemical")


def aerial_bombings(typed: Sequence[Typed], events: list[Draft], lex: EventLexicon) -> None:
    """A bare bombing in a document of air strikes is one of them (see the module's docstring)."""
    bare = frozenset(lex.classes.get("bare_bombings", ()))
    cues = [w for c in _MEANS for w in lex.classes.get(c, ())]
    aerial = any(ev.acled is not None and ev.acled.sub_event_type == _AIR and ev.modality in OCCURRED
                 and lemma_of(t) not in bare for t, ev in zip(typed, events, strict=True))
    if not aerial:
        return
    for t, ev in zip(typed, events, strict=True):
        if ev.acled is None or ev.acled.sub_event_type == _AIR or lemma_of(t) not in bare:
            continue
        if t.cand.end - t.cand.start != 1 or ev.acled.event_type != lex.ontology.acled_type[_AIR]:
            continue  # "a roadside bombing" is one trigger with its device; a battle stays
        own = {t.cand.head.i}
        if scope_of(x for x in t.cand.head.sent if x.i not in own).has(cues):
            continue
        _set(ev, _AIR, lex, plover=False)


def lemma_of(t: Typed) -> str:
    return t.cand.head.lemma_.lower()
