"""What the story builder needs to know about one event: type family, place, dates, actors, sources."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from unfog.model import Actor, AnalysisRecord, Claim, Event, Place, StoryMember, TextRef
from unfog.stories.rules import Rules

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class SourceRef:
    """Who vouches for an event: a key for identity, the name shown, the chain it came through."""

    key: str
    name: str
    relays: tuple[str, ...] = ()
    side: str | None = None
    denies: bool = False
    authorial: str | None = None  # the document id, when this is the article's own voice
    claim: str | None = None  # the claim's id in its record (None: the article's own voice)
    text: str = ""  # the claim's content, or the sentence of the event in the article's own voice
    span: tuple[int, int] = (0, 0)
    credible: bool = True  # the source vouches for it (asserts, confirms; not denied, predicted, distanced)

    def fold(self, group: str) -> str:
        """Who this source is for counting: the article's own voice by its source group (copies of one
        text are one voice), anyone else by their key (relays are folded into the source they relay)."""
        return "group:" + group if self.authorial is not None else self.key


@dataclass(frozen=True)
class Item:
    member: StoryMember
    index: int  # position in the input, for stable order
    event: Event
    family: str | None
    place: Place | None
    first: date | None  # the date range the event's date allows
    last: date | None
    actors: frozenset[str]  # normalised actor keys (actor1, actor2, associated)
    sides: frozenset[str]  # sides of actor1 (or of the sources)
    sources: tuple[SourceRef, ...]
    trigger_words: frozenset[str]
    group: str = ""  # the document's source group: near-identical copies share one
    key: str = ""  # the event's stable id (the store's), or document/event id

    @property
    def negated(self) -> bool:
        return self.event.modality == "negated" or (bool(self.sources) and all(s.denies for s in self.sources))


def date_range(value: str | None) -> tuple[date | None, date | None]:
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = date(parts[0], parts[1], parts[2])
            return d, d
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, IndexError):
        return None, None


def norm(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


def actor_key(actor: Actor) -> str:
    return "dict:" + actor.dictionary_id if actor.dictionary_id else "name:" + norm(actor.name)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_VOUCHING = frozenset({"asserts", "confirms", "verifies", "accuses"})


def sentence_at(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of the sentence holding ``span`` (ends of sentences: . ! ? before a space, a newline)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, max(span[0], 0)):
        start = m.end()
    after = _SENTENCE_END.search(text, span[1])
    end = len(text) if after is None else after.start() + (text[after.start()] != "\n")
    return start, max(end, span[1])


def _outlet(rec: AnalysisRecord, ev: Event | None = None) -> SourceRef:
    doc = rec.document
    name = doc.outlet or doc.url or f"document {doc.id}"
    key = "outlet:" + norm(doc.outlet) if doc.outlet else "doc:" + doc.id
    span = sentence_at(doc.text, ev.trigger.span) if ev is not None else (0, 0)
    return SourceRef(key=key, name=name, authorial=doc.id, text=doc.text[span[0]:span[1]], span=span)


def _source(claim: Claim, actors: dict[str, Actor], rec: AnalysisRecord) -> SourceRef:
    relays = tuple(norm(r.name) for r in claim.relays)
    denies = claim.stance == "denies"
    actor = actors.get(claim.source.actor or "") if claim.source is not None else None
    if claim.source is None:
        out = _outlet(rec)
        key, name, side, authorial = out.key, out.name, None, out.authorial
    elif actor is not None:
        key, name, side, authorial = actor_key(actor), actor.name, actor.side, None
    else:
        key, name, side, authorial = "name:" + norm(claim.source.name), claim.source.name, None, None
    return SourceRef(key, name, relays, side, denies, authorial, claim=claim.id, text=claim.content.text,
                     span=claim.content.span,
                     credible=claim.stance in _VOUCHING and claim.framing != "distancing")


def _is_country(p: Place) -> bool:
    return (p.feature_code or "").startswith("PCL") or ((p.precision or 0) >= 3 and p.admin1 is None)


def main_place(rec: AnalysisRecord) -> Place | None:
    """The document's main place: the literal place below country level named most often
    (towns before regions, then the earliest). Events with no place of their own are taken to
    be there: a report on one incident rarely names its place in every sentence."""
    best: tuple[tuple[int, int, int], Place] | None = None
    for p in rec.places:
        if not p.literal or p.lat is None or _is_country(p):
            continue
        first = min((m.span[0] for m in p.mentions), default=0)
        key = (int((p.precision or 1) == 1), len(p.mentions), -first)
        if best is None or key > best[0]:
            best = (key, p)
    return best[1] if best else None


#: the id of a document's own event: a document in which no event was found is a story member as a whole
DOCUMENT_EVENT = "document"


def document_event(rec: AnalysisRecord) -> Event:
    """The event that stands for a whole document with no event of its own: its headline (first
    line), or its first sentence; it joins a story only through the document's similarity to others
    (``alike``), never by type, date or place."""
    text = rec.document.text
    end = _headline_end(text) or sentence_at(text, (0, 0))[1]
    end = end or len(text)
    return Event(id=DOCUMENT_EVENT, trigger=TextRef(text=text[:end], span=(0, end)))


def _headline_end(text: str) -> int:
    """Where the document's first line (its headline) ends; 0 when the text is one line."""
    end = text.find("\n")
    return end if end > 0 else 0


def _event_places(rec: AnalysisRecord, places: dict[str, Place], rules: Rules) -> dict[str, Place]:
    """Each event's place: its own (below country level), else, when it names none, that of the
    document's events of its type, else the document's main place. An event with no ACLED type
    ("charged", "investigating") gets the main place as `rules.untyped_main_place` says: always
    ("all"), only in the headline ("headline": a headline names the article's own incident) or
    never ("none")."""
    out: dict[str, Place] = {}
    by_type: dict[str, list[Place]] = {}
    for ev in rec.events:
        p = places.get(ev.place or "")
        if p is not None and not _is_country(p):
            out[ev.id] = p
            by_type.setdefault(ev.acled.event_type if ev.acled else "", []).append(p)
    fallback = main_place(rec)
    for ev in rec.events:
        if ev.place is not None:  # a country-level place is kept as no place
            continue
        if ev.acled:
            same = by_type.get(ev.acled.event_type)
            guess = max(same, key=same.count) if same else fallback
        elif rules.untyped_main_place == "all" or (
            rules.untyped_main_place == "headline" and ev.trigger.span[0] < _headline_end(rec.document.text)
        ):
            guess = fallback
        else:
            continue
        if guess is not None:
            out[ev.id] = guess
    return out


def items_of(
    records: list[AnalysisRecord], rules: Rules, groups: dict[str, str] | None = None,
    event_keys: dict[str, str] | None = None,
) -> list[Item]:
    """The items of the records' events. ``groups``: each document's source group (default: itself);
    ``event_keys``: stable event ids by record event id (for one record; default ``document/event``)."""
    out: list[Item] = []
    for rec in records:
        actors = {a.id: a for a in rec.actors}
        places = _event_places(rec, {p.id: p for p in rec.places}, rules)
        published, _ = date_range(rec.document.published)
        claims = {c.id: c for c in rec.claims}
        by_event: dict[str, list[Claim]] = {}
        for c in rec.claims:
            for eid in c.events:
                by_event.setdefault(eid, []).append(c)
        for ev in rec.events:
            evc = list(by_event.get(ev.id, []))
            evc += [claims[cid] for cid in ev.claims if cid in claims and claims[cid] not in evc]
            sources = tuple(_source(c, actors, rec) for c in evc) or (_outlet(rec, ev),)
            keys = [k for k in (ev.actor1, ev.actor2, *ev.associated_actors) if k and k in actors]
            side1 = actors[ev.actor1].side if ev.actor1 in actors else None
            sides = {side1} if side1 else {s.side for s in sources if s.side}
            first, last = date_range(ev.date)
            if first is None and published is not None:  # undated: shortly before publication
                first, last = published - timedelta(days=rules.undated_days), published
            out.append(
                Item(
                    member=StoryMember(document=rec.document.id, event=ev.id),
                    index=len(out),
                    event=ev,
                    family=rules.family.get(ev.acled.event_type) if ev.acled else None,
                    place=places.get(ev.id),
                    first=first,
                    last=last,
                    actors=frozenset(actor_key(actors[k]) for k in keys),
                    sides=frozenset(sides),
                    sources=sources,
                    trigger_words=frozenset(_WORD.findall(ev.trigger.text.lower())),
                    group=(groups or {}).get(rec.document.id, rec.document.id),
                    key=(event_keys or {}).get(ev.id, f"{rec.document.id}/{ev.id}"),
                )
            )
    return out


def item_json(it: Item) -> dict[str, Any]:
    """What the store keeps of an item (``events.features``), read back by :func:`item_from_json`."""
    return {
        "document": it.member.document, "event": it.event.model_dump(mode="json", exclude_defaults=True),
        "family": it.family, "place": it.place.model_dump(mode="json", exclude_defaults=True) if it.place else None,
        "first": it.first.isoformat() if it.first else None, "last": it.last.isoformat() if it.last else None,
        "actors": sorted(it.actors), "sides": sorted(it.sides),
        "sources": [[s.key, s.name, list(s.relays), s.side, s.denies, s.authorial, s.claim, s.text, list(s.span),
                     s.credible] for s in it.sources],
        "trigger_words": sorted(it.trigger_words), "group": it.group, "key": it.key,
    }


def item_from_json(data: dict[str, Any], index: int = 0) -> Item:
    event = Event.model_validate(data["event"])
    return Item(
        member=StoryMember(document=data["document"], event=event.id), index=index, event=event,
        family=data["family"], place=Place.model_validate(data["place"]) if data["place"] else None,
        first=date.fromisoformat(data["first"]) if data["first"] else None,
        last=date.fromisoformat(data["last"]) if data["last"] else None,
        actors=frozenset(data["actors"]), sides=frozenset(data["sides"]),
        sources=tuple(_source_from_json(s) for s in data["sources"]),
        trigger_words=frozenset(data["trigger_words"]), group=data["group"], key=data["key"],
    )


def _source_from_json(row: list[Any]) -> SourceRef:
    """A stored source (features written before sources carried their words have six fields)."""
    k, n, r, side, d, a = row[:6]
    if len(row) < 10:
        return SourceRef(k, n, tuple(r), side, bool(d), a)
    return SourceRef(k, n, tuple(r), side, bool(d), a, row[6], row[7], (int(row[8][0]), int(row[8][1])), bool(row[9]))
