"""Stories kept up to date one document at a time, in the store.

A new document's events are compared only with the stored events the index returns as candidates
(one type family, date ranges within the window, near the place; undated or placeless events stay
candidates, as :func:`~unfog.stories.cluster.compatible` may still join them; an event dated only to
a year joins events of its own document only, so that the index reads a bounded stretch of dates). A
story is a connected group of compatible events, so the stories do not depend on the order in which documents arrive. A
story keeps its id as members join; when a document links two stories, the older one (the first
made) absorbs the other, and the store records which id absorbed which.

Documents published close together (or either undated) that give the same rare names and words
(``alike``: TF-IDF over the key participants and places, and over all words) report one incident:
their main events join, so that reports which type, date or place cannot join still meet (edges
between fixed events, so order still does not matter). A document in which no event was found takes
part as a whole (``features.document_event``), through this similarity only.

The document's text signature finds its near-identical copies (``copies``): a copy joins the copy's
source group, and a group counts as one source.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from unfog.model import AcledType, AnalysisRecord, Story, StoryMember
from unfog.store import Provenance, Tx
from unfog.store.rows import event_rows
from unfog.stories import alike, copies
from unfog.stories.cluster import compatible
from unfog.stories.features import (
    DOCUMENT_EVENT,
    Item,
    date_range,
    document_event,
    item_from_json,
    item_json,
    items_of,
)
from unfog.stories.rules import Rules
from unfog.stories.status import contradictions, death_tolls, independent_sources, status_of


def source_group(tx: Tx, doc_id: str, sig: list[int]) -> str:
    """The source group of a new document: that of the stored copies of its text, else its own id."""
    groups = sorted(g for _, g, other in tx.band_matches(copies.bands(sig), doc_id)
                    if other is not None and copies.is_copy(sig, list(other)))
    return groups[0] if groups else doc_id


def store_record(
    tx: Tx, rec: AnalysisRecord, rules: Rules, provenance: Provenance | None = None, replace: bool = False,
    same_text_once: bool = True, cache: ItemCache | None = None,
) -> bool:
    """Store one record and bring the stories up to date, in the caller's transaction; False when
    the document was already stored (with ``same_text_once``, also when its text is stored under
    another id). A stored document of the same id and another text (or any, with ``replace``) is
    replaced, and the stories its events were in are recomputed."""
    doc = rec.document
    if not replace and (tx.has_document(doc) if same_text_once else tx.has_id(doc.id)):
        return False
    touched = tx.document_stories(doc.id)
    if cache is not None and (touched or tx.has_id(doc.id)):
        cache.forget(doc.id)
    sig = copies.signature(doc.text)
    group = source_group(tx, doc.id, sig)
    rows = tx.add_document(rec, provenance, group, sig, replace=True)
    assert rows is not None
    tx.add_bands(doc.id, copies.bands(sig))
    written = add_record(tx, rec, rows, rules, group, cache)
    for story_id in touched:  # stories that lost the replaced document's events
        seq = tx.story_seq(story_id)
        if seq is not None and story_id not in written:
            refresh(tx, story_id, seq, rules)
    return True


def _box(it: Item, rules: Rules) -> tuple[float, float, float, float] | None:
    p = it.place
    if p is None or p.lat is None or p.lon is None:
        return None
    dlat = rules.region_km / 111.0
    dlon = rules.region_km / max(111.0 * math.cos(math.radians(p.lat)), 1.0)
    return (p.lat - dlat, p.lon - dlon, p.lat + dlat, p.lon + dlon)


#: events whose date is known only within a longer range (a year) are compared within their document
#: only: the index reads events whose range starts at most this long before the window
WIDEST_DAYS = 31


def _wide(it: Item) -> bool:
    return it.first is not None and it.last is not None and (it.last - it.first).days > WIDEST_DAYS


def _window(it: Item, rules: Rules) -> tuple[str, str, str] | None:
    if it.first is None or it.last is None:
        return None
    pad = timedelta(days=rules.max_days)
    lo = it.first - pad
    return lo.isoformat(), (it.last + pad).isoformat(), (lo - timedelta(days=WIDEST_DAYS)).isoformat()


class ItemCache:
    """Stored events read back as items, kept across documents (an ingest run meets the same recent
    events again and again); bounded, the oldest dropped first. Event ids are stable, and a replaced
    document's events are dropped (:meth:`forget`)."""

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self.items: dict[str, Item] = {}

    def get(self, event_id: str) -> Item | None:
        return self.items.get(event_id)

    def fill(self, tx: Tx, event_ids: list[str]) -> None:
        missing = [e for e in event_ids if e not in self.items]
        if missing:
            for eid, feats in tx.features(missing).items():
                if feats is not None:
                    self.items[eid] = item_from_json(feats)
        while len(self.items) > self.size:
            del self.items[next(iter(self.items))]

    def forget(self, document: str) -> None:
        for eid in [e for e, it in self.items.items() if it.member.document == document]:
            del self.items[eid]


def add_record(
    tx: Tx, rec: AnalysisRecord, rows: list[dict[str, Any]], rules: Rules, group: str,
    cache: ItemCache | None = None,
) -> list[str]:
    """Write the record's event rows with their story features and update the stories they join;
    returns the ids of the stories written."""
    if not rec.events:  # the document as a whole, to join others like it
        rec = rec.model_copy(update={"events": [document_event(rec)]})
        rows = event_rows(rec)
    keys = {r["local_id"]: r["id"] for r in rows}
    items = items_of([rec], rules, {rec.document.id: group}, keys)
    for row, it in zip(rows, items, strict=True):
        row.update(family=it.family, first_date=it.first.isoformat() if it.first else None,
                   last_date=it.last.isoformat() if it.last else None,
                   near_lat=it.place.lat if it.place else None, near_lon=it.place.lon if it.place else None,
                   features=item_json(it))
    tx.write_events(rows)
    # union-find over the new items (0..n-1) and the stories they touch ("s:<id>")
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    at = {it.event.id: i for i, it in enumerate(items)}
    for i, it in enumerate(items):
        find(f"i:{i:06d}")
        for j in range(i + 1, len(items)):
            if compatible(it, items[j], rules):
                union(f"i:{i:06d}", f"i:{j:06d}")
        # another source's account of an incident the document told (events/accounts.py): one story
        told = at.get(it.event.refers_to or "")
        if told is not None and it.family is not None and it.family == items[told].family:
            union(f"i:{i:06d}", f"i:{told:06d}")
    main = _main_event(items, find)
    decoded = cache if cache is not None else ItemCache()
    for i, it in enumerate(items):
        if _wide(it) or it.event.id == DOCUMENT_EVENT:
            continue
        found = [(eid, story) for eid, story in tx.candidates(it.family, _window(it, rules), _box(it, rules),
                                                              rec.document.id)
                 if story is not None and find(f"s:{story}") != find(f"i:{i:06d}")]
        decoded.fill(tx, [eid for eid, _ in found])
        for eid, story in found:
            other = decoded.get(eid)
            if other is not None and find(f"s:{story}") != find(f"i:{i:06d}") and not _wide(other) \
                    and compatible(it, other, rules):
                union(f"i:{i:06d}", f"s:{story}")
    for story in _alike_stories(tx, rec, rules, items[main].key if main is not None else None):
        if main is not None:
            union(f"i:{main:06d}", f"s:{story}")
    comps: dict[str, tuple[list[int], list[str]]] = {}
    for node in list(parent):
        members, stories = comps.setdefault(find(node), ([], []))
        if node.startswith("i:"):
            members.append(int(node[2:]))
        else:
            stories.append(node[2:])
    written = []
    for members, stories in comps.values():
        if not members:
            continue
        if stories:
            by_seq = sorted(stories, key=lambda s: (tx.story_seq(s) or 0, s))
            target, seq = by_seq[0], tx.story_seq(by_seq[0]) or tx.next_seq()
            for absorbed in by_seq[1:]:
                tx.merge_story(absorbed, target)
        else:
            first = min(items[i].key for i in members)
            target, seq = "story-" + hashlib.sha256(first.encode()).hexdigest()[:12], tx.next_seq()
        tx.set_event_stories([items[i].key for i in members], target)
        refresh(tx, target, seq, rules)
        written.append(target)
    return written


def _main_event(items: list[Item], find: Callable[[str], str]) -> int | None:
    """The document's main event: the first of its largest group of compatible events."""
    sizes = Counter(find(f"i:{i:06d}") for i in range(len(items)))
    if not sizes:
        return None
    return min(range(len(items)), key=lambda i: (-sizes[find(f"i:{i:06d}")], i))


def _alike_stories(tx: Tx, rec: AnalysisRecord, rules: Rules, main_key: str | None) -> list[str]:
    """The stories of the main events of the stored documents that report what this one reports
    (``alike``: published within ``alike_days``, or either undated, and similar enough); records the
    document's rarest names, similarity vector and main event for the documents that come later.
    Both sides are found through their rarest names, so which of two documents came first does not
    matter."""
    doc = rec.document
    rare = alike.rarest(alike.names(doc.text, rules.not_names), rules.idf, rules.alike_query_names)
    mine = alike.vector(doc.text, rules.not_names, rules.idf)
    published = date_range(doc.published)[0]
    tx.set_names(doc.id, rare, mine, published.isoformat() if published else None, main_key)
    if main_key is None or rules.alike_cosine > 1:
        return []
    pad = timedelta(days=rules.alike_days)
    window = ((published - pad).isoformat(), (published + pad).isoformat()) if published is not None else None
    found = tx.documents_naming(rare, window, doc.id)
    return sorted({story for _, theirs, story in found
                   if story is not None and alike.cosine(mine, theirs) >= rules.alike_cosine})


def refresh(tx: Tx, story_id: str, seq: int, rules: Rules) -> None:
    """Recompute a story from its members and write it."""
    items = [item_from_json(f, n) for n, (_, f) in enumerate(tx.story_members(story_id))]
    if not items:
        tx.drop_story(story_id)
        return
    items.sort(key=lambda it: (it.first or it.last or _FAR, it.member.document, _local_order(it.member.event)))
    story = make_story(story_id, items, rules)
    tx.put_story(story, seq, [(it.key, it.member.document) for it in items],
                 items[0].first.isoformat() if items[0].first else None)


_FAR = date(9999, 12, 31)


def _local_order(event_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in event_id if ch.isdigit())
    return (int(digits) if digits else 0, event_id)


def _commonest_acled(items: list[Item]) -> AcledType | None:
    types = Counter((it.event.acled.event_type, it.event.acled.sub_event_type) for it in items if it.event.acled)
    if not types:
        return None
    (event_type, sub), _ = min(types.items(), key=lambda kv: (-kv[1], kv[0]))
    return AcledType(event_type=event_type, sub_event_type=sub)


def make_story(story_id: str, items: list[Item], rules: Rules) -> Story:
    places = Counter(it.place.name for it in items if it.place is not None)
    place_name = min(places.items(), key=lambda kv: (-kv[1], kv[0]))[0] if places else None
    place = next((it.place for it in items if it.place is not None and it.place.name == place_name), None)
    dates = Counter(it.event.date for it in items if it.event.date)
    sources = independent_sources(items)
    found = contradictions(items, rules)
    tolls, conservative, _ = death_tolls(items)
    return Story(
        id=story_id,
        status=status_of(items, sources, found),
        members=[StoryMember(document=it.member.document, event=it.member.event) for it in items],
        acled=_commonest_acled(items),
        place=place_name,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        date=max(dates.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] if dates else None,
        sources=[s.name for s in sources],
        contradictions=found,
        fatalities=conservative,
        tolls=tolls,
    )
