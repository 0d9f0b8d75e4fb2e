"""A record's rows: what goes into the places, actors, claims and events tables, and the stable id
of an event (derived from its document and its trigger's span, so that analysing the document again
gives the event the same id as long as its trigger is the same words)."""

from __future__ import annotations

import hashlib
from typing import Any

from unfog.model import AnalysisRecord


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_key(document: str, span: tuple[int, int]) -> str:
    """The stable id of the event whose trigger is at ``span`` in ``document``."""
    h = hashlib.sha256(f"{document}\x00{span[0]}:{span[1]}".encode()).hexdigest()
    return f"ev-{h[:16]}"


def event_keys(rec: AnalysisRecord) -> dict[str, str]:
    """Each event's stable id by its id in the record (two events on one span: the second gets its
    record id appended)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for ev in rec.events:
        key = event_key(rec.document.id, ev.trigger.span)
        if key in taken:
            key = f"{key}-{ev.id}"
        taken.add(key)
        out[ev.id] = key
    return out


def part_rows(rec: AnalysisRecord) -> dict[str, list[dict[str, Any]]]:
    """Rows for places, actors and claims (events are written with their story features)."""
    d = rec.document.id
    return {
        "places": [
            {"document": d, "id": p.id, "name": p.name, "geonames_id": p.geonames_id, "lat": p.lat, "lon": p.lon,
             "country_code": p.country_code, "admin1": p.admin1, "feature_code": p.feature_code,
             "precision": p.precision, "mentions": len(p.mentions)}
            for p in rec.places
        ],
        "actors": [
            {"document": d, "id": a.id, "name": a.name, "type": a.type, "side": a.side, "country": a.country,
             "dictionary_id": a.dictionary_id, "mentions": len(a.mentions)}
            for a in rec.actors
        ],
        "claims": [
            {"document": d, "id": c.id, "source": c.source.name if c.source else None,
             "source_actor": c.source.actor if c.source else None, "cue": c.cue.text, "content": c.content.text,
             "channel": c.channel.name if c.channel else None, "relays": [r.name for r in c.relays],
             "stance": c.stance, "framing": c.framing}
            for c in rec.claims
        ],
    }


def event_rows(rec: AnalysisRecord) -> list[dict[str, Any]]:
    """Rows for the events table, without story features (``family``, dates, ``features``, ``story``
    are filled by the story builder)."""
    keys = event_keys(rec)
    places = {p.id: p for p in rec.places}
    out = []
    for e in rec.events:
        p = places.get(e.place or "")
        out.append({
            "id": keys[e.id], "document": rec.document.id, "local_id": e.id, "trigger": e.trigger.text,
            "trigger_start": e.trigger.span[0], "trigger_end": e.trigger.span[1],
            "event_type": e.acled.event_type if e.acled else None,
            "sub_event_type": e.acled.sub_event_type if e.acled else None,
            "plover": e.plover.event_type if e.plover else None,
            "place": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "date": e.date, "fatalities": e.fatalities, "injured": e.injured, "modality": e.modality,
            "family": None, "first_date": None, "last_date": None, "near_lat": None, "near_lon": None,
            "story": None, "features": None,
        })
    return out
