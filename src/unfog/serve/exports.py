"""Exports of the database for the tools analysts already use, one generator of text chunks per
format (``unfog export`` writes them to a file or standard output, the API streams them):

- ``acled-csv``: one row per story with ACLED's column names in ACLED's order (the codebook's export
  columns); the fatality figure is the lowest any report gives (ACLED's conservative rule);
  ``time_precision`` 1 day, 2 week, 3 month or coarser; ``geo_precision`` the place's (1 town, 2 part
  of a region, 3 region or larger); ``inter1``/``inter2`` the codebook's interaction codes from the
  actor dictionary's types; ``region`` ACLED's region of the place's country; ``admin1`` the place's
  first-level region; columns unfog has nothing for are empty (``source_scale``: a document names
  its outlet, not the outlet's country or reach). The coding tables are knowledge files
  (``serve/acled.yaml``, ``serve/plover.yaml``), read once into :class:`Tables`.
- ``geojson``: an RFC 7946 FeatureCollection, one Point feature per story ([longitude, latitude]),
  scalar properties only (QGIS reads them as attribute columns); a story with no place has a null
  geometry.
- ``plover-json``: one PLOVER record a line (the PLOVER specification's JSON data fields: ``id``,
  ``date``, ``source``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``,
  ``quad_code``, ``link``, ``cite_info``, ``coder``, ``coded_date``, ``comment``), one per story
  with a PLOVER type; ``context`` carries "future", "hypothetical" or "negation" as the
  specification asks, when no report says the event happened; dead and injured go in ``size_info``.
- ``jsonl``: the analysis records, one document a line (docs/record-format.md).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from unfog import __version__
from unfog.knowledge import PACKAGED, Knowledge
from unfog.model import Place
from unfog.serve.facts import StoryFacts, all_story_facts, sentence_span
from unfog.store import Store

FORMATS = ("acled-csv", "geojson", "plover-json", "jsonl")
MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "plover-json": "application/x-ndjson",
    "jsonl": "application/x-ndjson",
}
SUFFIXES = {"acled-csv": "csv", "geojson": "geojson", "plover-json": "jsonl", "jsonl": "jsonl"}

#: ACLED's export columns, in ACLED's order
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@dataclass(frozen=True)
class Tables:
    """The coding tables of the exports (``serve/acled.yaml``, ``serve/plover.yaml``), read once
    from the knowledge files by whoever makes the exports (the API, ``unfog export``)."""

    #: ISO alpha-2 code -> ACLED region
    regions: dict[str, str]
    #: ACLED event type -> disorder type
    disorder: dict[str, str]
    #: actor dictionary type -> ACLED interaction code
    interaction: dict[str, int]
    #: PLOVER event type -> quad category
    quad: dict[str, int]
    #: event modality -> PLOVER context value
    context: dict[str, str]

    @classmethod
    def load(cls, knowledge: Knowledge = PACKAGED) -> Tables:
        acled = knowledge.read("serve/acled.yaml")
        plover = knowledge.read("serve/plover.yaml")
        regions = {str(code): str(region) for region, codes in acled["regions"].items() for code in codes}
        return cls(regions=regions, disorder={str(t): str(d) for d, types in acled["disorder"].items() for t in types},
                   interaction={str(k): int(v) for k, v in acled["interaction"].items()},
                   quad={str(k): int(v) for k, v in plover["quad"].items()},
                   context={str(k): str(v) for k, v in plover["context"].items()})


def country(code: str | None) -> tuple[str, str, str]:
    """(name, numeric ISO, alpha-3) of an ISO 3166 alpha-2 code."""
    if not code:
        return "", "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return "", "", ""
    return str(c.name), str(int(c.numeric)), str(c.alpha_3)


def _note(f: StoryFacts) -> str:
    """The sentence of the first report, with the story's status and reports."""
    words = ""
    if f.members:
        # the first report that says it happened (a denial is not what the story is about)
        m = next((m for m in f.members if m.event.modality == "asserted"), f.members[0])
        lo, hi = sentence_span(m.record.document.text, m.event.trigger.span)
        words = " ".join(m.record.document.text[lo:hi].split())
    status = f.story.status.replace("_", " ")
    return f"{words} [unfog {f.story.id}: {status}; {len(f.story.members)} report(s)]".strip()


def admin1(place: Place | None) -> str:
    """The place's first-level region (GeoNames admin1); a first-level region is its own."""
    if place is None:
        return ""
    if place.admin1:
        return place.admin1
    return place.name if place.feature_code == "ADM1" else ""


def acled_row(f: StoryFacts, timestamp: int, tables: Tables) -> dict[str, Any]:
    s = f.story
    place = f.place
    name, iso, _ = country(place.country_code if place else None)
    inter1 = tables.interaction.get(f.actor_type(f.actor1) or "", 0) if f.actor1 else 0
    inter2 = tables.interaction.get(f.actor_type(f.actor2) or "", 0) if f.actor2 else 0
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = codes[0] * 10 + (codes[1] if len(codes) > 1 else 0) if codes else ""
    event_type = s.acled.event_type if s.acled else ""
    return {
        "event_id_cnty": s.id,
        "event_date": s.date or "",
        "year": (s.date or "")[:4],
        "time_precision": TIME_PRECISION.get(f.date_precision or "", 3) if s.date else "",
        "disorder_type": tables.disorder.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": s.acled.sub_event_type if s.acled else "",
        "actor1": f.actor1 or "",
        "assoc_actor_1": "; ".join(f.associated),
        "inter1": inter1 or "",
        "actor2": f.actor2 or "",
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
        "iso": iso,
        "region": tables.regions.get((place.country_code or "").upper(), "") if place else "",
        "country": name,
        "admin1": admin1(place),
        "admin2": "",
        "admin3": "",
        "location": s.place or (place.name if place else ""),
        "latitude": f"{s.lat:.4f}" if s.lat is not None else "",
        "longitude": f"{s.lon:.4f}" if s.lon is not None else "",
        "geo_precision": (place.precision or "") if place else "",
        "source": "; ".join(f.outlets),
        "source_scale": "",
        "notes": _note(f),
        "fatalities": f.fatalities,
        "tags": f"unfog status: {s.status.replace('_', ' ')}",
        "timestamp": timestamp,
    }


def acled_csv(store: Store, tables: Tables) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    stamp = int(datetime.now(UTC).timestamp())
    for f in all_story_facts(store):
        writer.writerow(acled_row(f, stamp, tables))
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def feature(f: StoryFacts) -> dict[str, Any]:
    s = f.story
    place = f.place
    name, _, _ = country(place.country_code if place else None)
    geometry = None
    if s.lat is not None and s.lon is not None:
        geometry = {"type": "Point", "coordinates": [round(s.lon, 6), round(s.lat, 6)]}
    return {
        "type": "Feature",
        "id": s.id,
        "geometry": geometry,
        "properties": {
            "story": s.id, "status": s.status, "date": s.date,
            "event_type": s.acled.event_type if s.acled else None,
            "sub_event_type": s.acled.sub_event_type if s.acled else None,
            "plover": f.plover, "place": s.place, "admin1": admin1(place) or None, "country": name or None,
            "geo_precision": place.precision if place else None,
            "actor1": f.actor1, "actor2": f.actor2, "fatalities": f.fatalities,
            "reports": len(s.members), "independent_sources": len(s.sources), "sources": "; ".join(s.sources),
            "outlets": "; ".join(f.outlets), "contradictions": len(s.contradictions),
        },
    }


def geojson(store: Store) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for f in all_story_facts(store):
        yield ("" if first else ",") + "\n" + json.dumps(feature(f), ensure_ascii=False)
        first = False
    yield "\n]}\n"


def plover_record(f: StoryFacts, coded: datetime, tables: Tables) -> dict[str, Any] | None:
    s = f.story
    if f.plover is None or not s.date:
        return None
    place = f.place
    _, _, cc3 = country(place.country_code if place else None)
    # a context only when no report says it happened ("negation" when every report denies it)
    asserted = any(m.event.modality == "asserted" for m in f.members)
    contexts = [] if asserted else sorted({tables.context[m.event.modality] for m in f.members
                                           if m.event.modality in tables.context})
    first = f.members[0].record.document if f.members else None

    def actor(name: str | None) -> list[dict[str, Any]]:
        if not name:
            return []
        out: dict[str, Any] = {"actor_text": name}
        kind = f.actor_type(name)
        if kind:
            out["sector"] = kind
        return [out]

    loc = None
    if place is not None:
        loc = {"geonameid": place.geonames_id, "name": place.name, "latitude": place.lat, "longitude": place.lon,
               "feature code": place.feature_code, "country code": place.country_code, "cc3": cc3 or None}
    return {
        "id": s.id,
        "date": s.date,
        "source": actor(f.actor1),
        "recipient": actor(f.actor2),
        "event": [f.plover],
        "mode": [f.plover_mode] if f.plover_mode else [],
        "context": contexts,
        "event_loc": loc,
        "event_text": sorted({m.event.trigger.text for m in f.members}),
        "quad_code": tables.quad.get(f.plover),
        "size_info": {"dead": f.fatalities, "injured": f.injured},
        "link": s.id,
        "cite_info": {
            "url": first.url if first else None, "title": first.title if first else None,
            "publication": first.outlet if first else None, "coder": f"unfog {__version__}",
            "codebook": "PLOVER 0.7b1",
        },
        "coder": f"unfog {__version__}",
        "coded_date": coded.date().isoformat(),
        "coded_time": coded.time().isoformat(timespec="seconds"),
        "comment": f"{s.status.replace('_', ' ')}; {len(s.members)} report(s); sources: {', '.join(s.sources)}",
    }


def plover_json(store: Store, tables: Tables) -> Iterator[str]:
    coded = datetime.now(UTC)
    for f in all_story_facts(store):
        rec = plover_record(f, coded, tables)
        if rec is not None:
            yield json.dumps(rec, ensure_ascii=False) + "\n"


def records_jsonl(store: Store) -> Iterator[str]:
    for rec in store.records():
        yield rec.model_dump_json() + "\n"


def export(store: Store, fmt: str, tables: Tables | None = None) -> Iterator[str]:
    """The chunks of the export in ``fmt`` (one of FORMATS), coded with ``tables`` (default: the
    packaged ones)."""
    tables = tables or Tables.load()
    if fmt == "acled-csv":
        return acled_csv(store, tables)
    if fmt == "geojson":
        return geojson(store)
    if fmt == "plover-json":
        return plover_json(store, tables)
    if fmt == "jsonl":
        return records_jsonl(store)
    raise ValueError(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
