"""What a story says, read from its members' records: the shared ground of the exports and of the
story view. A story is its members (events in documents); its ACLED type, place and date are the
story builder's. This module picks, among the members, the actors, the place entry, the date
precision and the conservative fatality figure (the lowest a member gives, as ACLED codes a
disputed figure), and the sentence around a span.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field

from unfog.model import Actor, AnalysisRecord, Event, Place, Story
from unfog.store import Store


class RecordCache:
    """The records of the documents last read (a story's members often share documents)."""

    def __init__(self, store: Store, size: int = 256) -> None:
        self.store = store
        self.size = size
        self._items: OrderedDict[str, AnalysisRecord | None] = OrderedDict()

    def get(self, doc_id: str) -> AnalysisRecord | None:
        if doc_id in self._items:
            self._items.move_to_end(doc_id)
            return self._items[doc_id]
        rec = self.store.record(doc_id)
        self._items[doc_id] = rec
        if len(self._items) > self.size:
            self._items.popitem(last=False)
        return rec


@dataclass
class Member:
    record: AnalysisRecord
    event: Event

    @property
    def actors(self) -> dict[str, Actor]:
        return {a.id: a for a in self.record.actors}

    @property
    def place(self) -> Place | None:
        return next((p for p in self.record.places if p.id == self.event.place), None)

    def actor_name(self, actor_id: str | None) -> str | None:
        a = self.actors.get(actor_id or "")
        return a.name if a else None


@dataclass
class StoryFacts:
    story: Story
    members: list[Member] = field(default_factory=list)

    def _most(self, values: list[str | None]) -> str | None:
        counts = Counter(v for v in values if v)
        return min(counts, key=lambda v: (-counts[v], v)) if counts else None

    @property
    def actor1(self) -> str | None:
        return self._most([m.actor_name(m.event.actor1) for m in self.members])

    @property
    def actor2(self) -> str | None:
        return self._most([m.actor_name(m.event.actor2) for m in self.members])

    def actor_type(self, name: str | None) -> str | None:
        for m in self.members:
            for a in m.record.actors:
                if a.name == name:
                    return a.type
        return None

    @property
    def associated(self) -> list[str]:
        names = {m.actor_name(a) for m in self.members for a in m.event.associated_actors}
        return sorted(n for n in names if n and n not in (self.actor1, self.actor2))

    @property
    def place(self) -> Place | None:
        """The place entry of the member that gives the story's place (else the first placed one);
        when no member's event has a place but the story has one (the story builder placed it from
        the document), the place entry of that name at the story's point in a member's document."""
        placed = [p for m in self.members if (p := m.place) is not None]
        if placed:
            return next((p for p in placed if p.name == self.story.place), placed[0])
        s = self.story
        if s.place is None or s.lat is None or s.lon is None:
            return None
        return next((p for m in self.members for p in m.record.places
                     if p.name == s.place and p.lat is not None and p.lon is not None
                     and abs(p.lat - s.lat) < 1e-3 and abs(p.lon - s.lon) < 1e-3), None)

    @property
    def date_precision(self) -> str | None:
        for m in self.members:
            if m.event.date and m.event.date == self.story.date:
                return m.event.date_precision
        return next((m.event.date_precision for m in self.members if m.event.date), None)

    @property
    def fatalities(self) -> int:
        """The lowest figure a member gives (0 when none gives one)."""
        figures = [m.event.fatalities for m in self.members if m.event.fatalities is not None]
        return min(figures) if figures else 0

    @property
    def injured(self) -> int | None:
        figures = [m.event.injured for m in self.members if m.event.injured is not None]
        return min(figures) if figures else None

    @property
    def plover(self) -> str | None:
        return self._most([m.event.plover.event_type if m.event.plover else None for m in self.members])

    @property
    def plover_mode(self) -> str | None:
        return self._most([m.event.plover.mode if m.event.plover else None for m in self.members])

    @property
    def outlets(self) -> list[str]:
        names = {m.record.document.outlet or m.record.document.id for m in self.members}
        return sorted(names)


def story_facts(story: Story, records: RecordCache) -> StoryFacts:
    facts = StoryFacts(story)
    for sm in story.members:
        rec = records.get(sm.document)
        if rec is None:
            continue
        ev = next((e for e in rec.events if e.id == sm.event), None)
        if ev is not None:
            facts.members.append(Member(rec, ev))
    return facts


def all_story_facts(store: Store) -> Iterator[StoryFacts]:
    records = RecordCache(store)
    for story in store.stories():
        yield story_facts(story, records)


def sentence_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence around ``span``: back to the end of the sentence before it (". ", "! ", "? " or a
    line break), on to the end of its own."""
    start, end = span
    lo = start
    while lo > 0:
        ch = text[lo - 1]
        if ch == "\n" or (ch in " \t" and lo >= 2 and text[lo - 2] in ".!?"):
            break
        lo -= 1
    hi = max(end, start)
    while hi < len(text):
        ch = text[hi]
        if ch == "\n":
            break
        hi += 1
        if ch in ".!?" and (hi == len(text) or text[hi] in " \t\n\"'”’"):
            while hi < len(text) and text[hi] in "\"'”’":
                hi += 1
            break
    return lo, hi
