"""The article's incident: its place and day carried to the mentions that name neither.

A news article reports an incident and then tells more of it in sentences that do not repeat where
or when ("Soldiers later clashed with the militants", "the assailants also burned houses"). ACLED
codes an event at the most precise place the report gives, and on the day it happened; so a mention
of an act that names no place of its own, or only the country, is put at the place of the article's
incident, and a mention with no time of its own takes the incident's day rather than the
publication date.

- **The incident** (the dateline and the lead set the news's place and time: Bell 1991's news
  structure; a first sentence that tells no act, a headline or a feature's opening, leaves the
  lead to the first sentence that tells one: incident_town.news_lead) is at the first town (ACLED
  geo-precision 1 or 2) the article's first sentence
  names literally (its headline or lead); failing one, at the place of the first act that took
  place with an ACLED type placed by its own argument or clause at such a place, or of the lead's
  act placed by a definite settlement noun ("in the centre of the town": the dateline's town,
  events/settlement.py), but not of an act dated on another day than the lead's act ("Last week,
  militants ambushed a convoy near X": another occurrence, however recent); failing one, at the
  town a later mention of the lead's act (its sub-event type, on no other day) is told at by its
  sentence ("Gunmen killed nine villagers in the north on Sunday. The attackers rode into X and
  shot at farmers ...": the town of the first report of the incident); failing one, at the
  town of the article's dateline ("HALIFAX, N.S. — Police are looking for ..."): where the report
  was filed, by news convention at or near the incident, but a wire's dateline may name the city it
  was filed from ("CAIRO (AP) — Gunmen attacked a church in Minya"), so an act's own place comes
  first; and an act placed by its sentence at a region (an administrative division) the dateline's
  town lies outside ("ABUJA (Reuters) — Gunmen killed 20 villagers in Zamfara
  state") puts the incident in that region. Before the dateline, the first act of the news whose
  sentence names a town ("The soldiers were patrolling a road near X when they came under fire")
  is the scene; and where the lead names a region, a later mention of an act of the lead's event
  type at a town of it ("... in X province. The attackers struck fields outside Y") is the
  incident's town, the lead's act's too (ACLED's most precise location; events/incident_town.py).
- **Not long past**: an act with a time of its own that ends more than ``recent_days`` before
  publication ("Last year, a similar attack in X killed 40 people") is background: it is neither
  the incident nor the act whose day is the incident's, whatever town it names.
- **The report's day**: a dated dateline ("KAGA, Velden, May 20 —") is the report's own day (the
  document creation time, time/dateline.py): the pipeline gives it to this stage as the day of
  publication, so that an undated act of the news is dated on it, not on the day the article was
  published or collected.
- **Days counted from the narrative's day** ("the next day", "the day before", "two days later":
  ``days_from_incident`` in incident.yaml; the time stage leaves them unresolved, or the parser
  misses them, as they count from the narrative's reference time, not from the publication date:
  events/counted.py): an act that took place in
  their sentence, with no time of its own, is dated that many days from the reference time, the
  day of the last act told before the sentence with a day of its own ("... on Friday. On Monday,
  troops raided a hideout. The day before, ...": the Sunday), else the incident's day (where the
  article gives none, only from that last act). A measure whose "after" or "before" has an act of
  its own ("two days after militants ambushed a convoy") counts from that act, not from the narrative
  (events/sequence.py). A count back inside a reported
  clause whose act is dated by its reporting verb's day ("police said on Tuesday that a bomb had
  exploded the evening before") counts from the reporting day: the backshifted "yesterday" of
  indirect speech (``reported_counted``).
- **A definite settlement noun** ("a mosque in the city", "shelled the town"; ``settlement_nouns``
  in incident.yaml) in the phrase or clause of an act with no place of its own is the populated
  place told last before it, for a background incident as well ("last year's bombing of a church in
  the city"); a town named inside a clause describing a participant is no antecedent
  (events/settlement.py).
- **Carried** to an ACLED-typed act that took place and has no place of its own (or only one its
  sentence names inside a clause describing a participant: "opened fire on a crowd waiting for the
  bus to X", events/arguments.py), or only one of precision 3 (a country or region) found elsewhere
  in its sentence that holds the incident place's country, or named in its own phrase as the
  country the incident's town lies in ("killed nine villagers in northern Kaga").
- **The incident's day** is that of the incident's act when it has a time of its own, else the
  day of the lead's clause where the parse hung it on a noun of the act's locative phrase
  ("exploded near a bus stand in the town on Saturday evening"), else of the first act of the
  lead's act's sub-event type that took place with a day of its own (the incident may be placed at
  a region only: "in Zamfara state on Sunday"; an act of another kind with a day of its own,
  "Yesterday, a smaller group marched ...", is another occurrence), else the day a general noun for
  the incident carries ("police named the victims of Sunday's incident"; ``occurrence_subjects``); it goes to
  every such act dated only by the publication fallback that is at no place, at the incident's
  place, or at the place carried to it; or at another place, when the act is told by a verb in the
  simple past (the narrative's reference time: Partee 1984; "Militants later fired rockets at a base
  near X") or its sentence counts days from the narrative's day ("A day earlier, a strike near X
  killed two": events/own_clause.py, ``narrative_past``).
- **Background incidents keep their own**: an act with its own place in its argument or clause
  keeps it ("a similar bombing in Baidoa in March") and takes no day from the incident; an act with
  a time expression of its own on another month than the incident ("in 2012, rebels captured the
  territory"), or told as background (events/background.py: "from 2009 to 2012, troops fought the
  rebels in the region"), takes nothing.
- **Reactions name the incident** (events/reactions.py, ``fold_reactions``): an act named only as
  what a reaction is about becomes a mention of the incident the article tells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Span

from unfog.events.arguments import DESCRIBED, is_dateline
from unfog.events.background import last_day
from unfog.events.counted import counted_date, counted_days
from unfog.events.draft import OCCURRED, OWN_PLACE, Draft
from unfog.events.incident_town import finer, news_lead, other_day, precision, scene, told_again, within
from unfog.events.own_clause import clause_verb, described_time, narrative_past, paragraph_day, reported_counted
from unfog.events.settlement import ANAPHOR, settle_anaphors
from unfog.knowledge import PACKAGED, Knowledge
from unfog.model import DatePrecision, Place, TextRef, TimeExpr


@dataclass(frozen=True)
class IncidentCues:
    """The cues of incident.yaml (the stage loads them once)."""

    #: phrase (lower-case words) -> days from the incident's day
    days_from_incident: Mapping[tuple[str, ...], int] = field(default_factory=dict)
    days_after: frozenset[str] = frozenset()
    days_before: frozenset[str] = frozenset()
    #: number words (counts.yaml)
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: unit noun -> the precision of an act it measures ("weeks of shelling"; events/background.py)
    durations: Mapping[str, DatePrecision | None] = field(default_factory=dict)
    #: the marks of a clause that situates the act in time ("since ...", "when ..."; events/background.py)
    temporal_marks: frozenset[str] = frozenset({"since", "when"})
    #: a time more than this many days before publication anchors its sentence earlier (background)
    recent_days: int = 31
    #: nouns of acts that last ("siege", "campaign"), the prepositions of an act told inside one
    #: ("during"), and the precision of such an act with no time of its own (events/background.py)
    durative_acts: frozenset[str] = frozenset()
    enclosing_preps: frozenset[str] = frozenset()
    durative_precision: DatePrecision | None = "month"
    #: verbs of occurrence ("happen", "take place") and the anaphoric subjects ("it", "incident")
    #: whose clause gives its time and place to the act referred to (events/occurrence.py)
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_subjects: frozenset[str] = frozenset()
    #: nouns of settlements whose definite description ("in the city") is the town told last before
    settlement_nouns: frozenset[str] = frozenset()
    #: prepositions and subordinators of sequence ("two days after ...": events/sequence.py), each
    #: with the direction of the act it introduces (-1: before the act it hangs on)
    sequence_marks: Mapping[str, int] = field(default_factory=dict)
    #: the units of a sequence's measure and their days ("two days", "a week": events/sequence.py)
    sequence_units: Mapping[str, int] = field(default_factory=dict)
    #: the prepositions of time, whose phrase's time is its own act's (events/arguments.py)
    temporal_prepositions: frozenset[str] = frozenset()
    #: the prepositions and participles naming a participant's origin ("from", "based": events/arguments.py)
    origin_preps: frozenset[str] = frozenset()
    origin_heads: frozenset[str] = frozenset()
    #: unit noun of a count from the narrative's day -> the count's unit ("two months later": month)
    counted_units: Mapping[str, DatePrecision] = field(default_factory=lambda: {"day": "day", "days": "day"})
    #: the prepositions of position (a participle's place on the act's undergoer: events/arguments.py)
    positional_prepositions: frozenset[str] = frozenset()

    @cached_property
    def day_phrase_index(self) -> tuple[Mapping[tuple[str, ...], int], tuple[int, ...]]:
        """``days_from_incident``'s phrases with each one's place in the table, and the phrases'
        lengths (events/counted.py looks a word sequence's first few up once per length)."""
        table = self.days_from_incident
        return {p: k for k, p in enumerate(table)}, tuple(sorted({len(p) for p in table}))


def load_incident(numbers: Mapping[str, int], knowledge: Knowledge = PACKAGED) -> IncidentCues:
    raw: dict[str, Any] = knowledge.read("events/incident.yaml")
    return IncidentCues(
        days_from_incident={tuple(str(k).lower().split()): int(v) for k, v in raw["days_from_incident"].items()},
        days_after=frozenset(str(w).lower() for w in raw["days_after"]),
        days_before=frozenset(str(w).lower() for w in raw["days_before"]),
        numbers=dict(numbers),
        durations={str(k).lower(): _precision_name(v) for k, v in raw.get("durations", {}).items()},
        temporal_marks=frozenset(str(w).lower() for w in raw["temporal_marks"]),
        recent_days=int(raw["recent_days"]),
        durative_acts=frozenset(str(w).lower() for w in raw.get("durative_acts", ())),
        enclosing_preps=frozenset(str(w).lower() for w in raw.get("enclosing_preps", ())),
        durative_precision=_precision_name(raw.get("durative_precision", "month")),
        occurrence_verbs=frozenset(str(w).lower() for w in raw.get("occurrence_verbs", ())),
        occurrence_subjects=frozenset(str(w).lower() for w in raw.get("occurrence_subjects", ())),
        sequence_marks={str(k).lower(): int(v) for k, v in raw.get("sequence_marks", {}).items()},
        sequence_units={str(k).lower(): int(v) for k, v in raw.get("sequence_units", {}).items()},
        settlement_nouns=frozenset(str(w).lower() for w in raw.get("settlement_nouns", ())),
        temporal_prepositions=frozenset(str(w).lower() for w in raw.get("temporal_prepositions", ())),
        origin_preps=frozenset(str(w).lower() for w in raw.get("origin_preps", ())),
        origin_heads=frozenset(str(w).lower() for w in raw.get("origin_heads", ())),
        counted_units={str(k).lower(): p for k, v in raw.get("counted_units", {"day": "day", "days": "day"}).items()
                       if (p := _precision_name(v)) is not None},
        positional_prepositions=frozenset(str(w).lower() for w in raw.get("positional_prepositions", ())),
    )


_PRECISIONS: dict[str, DatePrecision] = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _precision_name(v: object) -> DatePrecision | None:
    if v is None:
        return None
    if str(v) in _PRECISIONS:
        return _PRECISIONS[str(v)]
    raise ValueError(f"incident.yaml durations: unknown precision {v!r}")


def _current(d: Draft, published: str | None, recent_days: int) -> bool:
    """The act is not told as long past: no time of its own, or one that ends less than
    ``recent_days`` before publication ("Last year, a similar attack in X ..." is background)."""
    if d.time is None or not published:
        return True
    end = last_day(d.time)
    return end is None or (date.fromisoformat(published[:10]) - end).days <= recent_days


def _lede_act(drafts: Sequence[Draft], first: Span | None) -> Draft | None:
    """The act the lead tells (the first that took place with an ACLED type in the first sentence)."""
    if first is None:
        return None
    return next((d for d in drafts if d.acled is not None and d.modality in OCCURRED
                 and first.start <= d.head.i < first.end), None)


def _incident(drafts: Sequence[Draft], by_id: dict[str, Place], first: Span | None, published: str | None = None,
              recent_days: int = 31) -> tuple[str | None, Draft | None]:
    drafts = [d for d in drafts if _current(d, published, recent_days)]
    lede = _lede_act(drafts, first)
    placed = [d for d in drafts if d.acled is not None and d.modality in OCCURRED and d.place is not None
              and (d.place_reason in OWN_PLACE or (d is lede and d.place_reason == ANAPHOR))
              and precision(by_id.get(d.place)) <= 2 and not other_day(d, lede)]
    lead = sorted((m.span[0], p.id) for p in by_id.values() if precision(p) <= 2
                  for m in p.mentions if m.literal and first is not None and m.span[0] < first.end_char
                  and not is_dateline(m.reason))
    if lead:  # the lead names the incident's town (or a region: then a town of it told later)
        town = finer(drafts, lede, by_id[lead[0][1]], by_id)
        if town is not None:
            return town.place, town
        return lead[0][1], next((d for d in placed if d.place == lead[0][1]), None)
    if placed:
        return placed[0].place, placed[0]
    told = told_again(drafts, lede, by_id)
    if told is not None:
        return told.place, told
    dateline = sorted((m.span[0], p.id) for p in by_id.values() if precision(p) <= 2
                      for m in p.mentions if is_dateline(m.reason))
    regional = next((d for d in drafts if d.acled is not None and d.modality in OCCURRED and d.place is not None
                     and (by_id[d.place].feature_code or "").startswith("ADM")),
                    None)
    if regional is not None and regional.place is not None and (
            not dateline or not within(by_id[dateline[0][1]], by_id[regional.place])):
        return regional.place, regional  # "ABUJA (Reuters) - ... killed 20 villagers in Zamfara state"
    told = scene(drafts, lede, by_id) if dateline else None
    if told is not None:
        return told.place, told
    return (dateline[0][1], None) if dateline else (None, None)


def _holds(area: Place, town: Place) -> bool:
    """The country the town lies in: an act placed there by its own phrase ("killed nine villagers
    in northern Kaga") says less of where than the incident's town, no other place (ACLED's most
    precise location). A region named by the act's own phrase stays: it may hold more than one town
    the article tells of ("troops shelled X. ... shelled Y. ... shelled the region")."""
    return (area.feature_code or "").startswith("PCL") and area.country_code == town.country_code


def _own_time_elsewhere(d: Draft, incident: Draft | None) -> bool:
    """The act has a time expression of its own on another month than the incident's (that of the
    act placed at the incident's place, else of the act whose day is the incident's)."""
    if d.time is None:
        return False
    if incident is None or incident.date is None or d.date is None:
        return True
    return d.date[:7] != incident.date[:7]


def _general_noun_day(sdoc: Doc, times: Sequence[TimeExpr], nouns: frozenset[str]) -> Draft | None:
    """The day a general noun for the incident carries ("Sunday's incident", "the incident on
    Sunday"; the nouns of ``occurrence_subjects``), as a draft that stands for the incident's day."""
    for te in times:
        if te.value is None or te.precision != "day":
            continue
        span = sdoc.char_span(te.span[0], te.span[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "on" else root.head
        if root.dep_ not in ("poss", "compound", "npadvmod", "pobj") or noun.pos_ != "NOUN" or (
                noun.lemma_.lower() not in nouns):
            continue
        return Draft(trigger=TextRef(text=noun.text, span=(noun.idx, noun.idx + len(noun))),
                     tokens=sdoc[noun.i:noun.i + 1], date=te.value[:10], date_precision="day", time=te)
    return None


def _clause_day(sdoc: Doc, times: Sequence[TimeExpr], lede: Draft | None) -> Draft | None:
    """The day the lead's clause gives its act when the parse hung it on a noun of the act's
    locative phrase ("exploded near a bus stand in the town on Saturday evening": a place is no
    event and has no time of its own, so the adjunct dates the clause's predicate), as a draft that
    stands for the incident's day; None when the act has a time of its own or the clause none."""
    if lede is None or lede.time is not None:
        return None
    verb = clause_verb(lede)
    if verb is None:
        return None
    inside = {t.i for t in verb.subtree}
    for te in times:
        if te.value is None or te.precision != "day":
            continue
        span = sdoc.char_span(te.span[0], te.span[1], alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.i not in inside or described_time(span.root, verb):
            continue
        return Draft(trigger=lede.trigger, tokens=lede.tokens, date=te.value[:10], date_precision="day", time=te)
    return None


def _day_incident(drafts: Sequence[Draft], incident: Draft | None, lede: Draft | None = None,
                  lede_day: Draft | None = None) -> Draft | None:
    """The act whose day is the incident's: the placed incident's act when it has a time of its
    own, else the day of the lead's clause (``_clause_day``), else the first act that took place
    with an ACLED type and a day of its own, of the lead's act's sub-event type where the lead
    tells one (a later mention of the news; an act of another kind told with a day of its own,
    "Yesterday, a smaller group marched ...", is another occurrence, not the lead's day)."""
    if incident is not None and incident.time is not None:
        return incident
    if lede_day is not None:
        return lede_day
    if lede is not None and lede.acled is not None:
        kind = lede.acled.sub_event_type
        drafts = [d for d in drafts if d.acled is not None and d.acled.sub_event_type == kind]
    return next((d for d in drafts if d.acled is not None and d.modality in OCCURRED and d.time is not None
                 and d.date_precision == "day"), None)


def carry_incident(drafts: Sequence[Draft], places: Sequence[Place], sdoc: Doc, published: str | None,
                   carry_unplaced: bool = True, times: Sequence[TimeExpr] = (),
                   cues: IncidentCues | None = None) -> None:
    """Carry the incident's place and day (see the module doc); ``carry_unplaced``: also the place to
    acts with no place at all (else only to those placed at the country)."""
    by_id = {p.id: p for p in places}
    if cues is not None and cues.settlement_nouns:
        settle_anaphors(drafts, by_id, cues.settlement_nouns)
    first = news_lead(sdoc, drafts)
    place, incident = _incident(drafts, by_id, first, published, cues.recent_days if cues is not None else 31)
    current = [d for d in drafts if _current(d, published, cues.recent_days if cues else 31)]
    lede = _lede_act(current, first)
    day = _day_incident(current, incident, lede, _clause_day(sdoc, times, lede))
    if day is None and cues is not None:  # "Sunday's incident", "the incident on Sunday"
        day = _general_noun_day(sdoc, times, cues.occurrence_subjects)
    if place is not None and lede is not None and lede.place is not None and lede.place != place and (
            by_id[lede.place].feature_code or "").startswith("ADM") and within(by_id[place], by_id[lede.place]):
        lede.place, lede.place_reason = place, "incident"  # the lead's region, told finer later (``finer``)
    if place is not None:
        country = by_id[place].country_code
        for d in drafts:
            if (d is incident or d.acled is None or d.modality not in OCCURRED or d.background
                    or _own_time_elsewhere(d, incident or day)):
                continue
            own = by_id.get(d.place) if d.place is not None else None
            coarse = own is not None and precision(own) >= 3 and own.country_code == country and (
                d.place_reason == "sentence" or _holds(own, by_id[place]))
            if ((d.place is None or d.place_reason == DESCRIBED) and carry_unplaced) or coarse:
                d.place, d.place_reason = place, "incident"
    if not published:
        return
    counted = counted_days(sdoc, times, cues) if cues is not None else {}
    for d in drafts:
        reported_counted(d, counted.get(d.head.sent.start))
    for d in drafts:
        count = counted.get(d.head.sent.start)
        got = counted_date(drafts, d, day, count) if count is not None else None
        if d.background and d.time is None and d is not day and got is not None:
            # a background act dated by a day counted from the narrative's ("the day before, ... had")
            d.date, d.date_precision = got
            continue
        if (d is day or d.acled is None or d.modality not in OCCURRED or d.time is not None
                or d.date != published[:10] or d.background):
            continue
        ref = paragraph_day(drafts, d) if count is None and narrative_past(d) else None
        if ref is not None and ref.date is not None:  # the day the paragraph's narrative has reached
            d.date, d.date_precision = ref.date, ref.date_precision
            continue
        if day is None:  # no incident's day: a counted day counts from the last act told with a day of its own
            if got is not None:
                d.date, d.date_precision = got
            continue
        # at another place, an act told in the narrative's past or in a sentence counting days from
        # the narrative's day is on the story's time line too (own_clause.narrative_past)
        if (d.place is None or d.place_reason == "incident" or d.place in (place, day.place) or count is not None
                or narrative_past(d)):
            d.date, d.date_precision = got if got is not None else (day.date, day.date_precision)
