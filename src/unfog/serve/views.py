"""What the story view shows: a story's reports, and every claim behind it grouped by the original
claimant, each with its chain source → channel → relays → outlet and the span of its words in the
article (the page highlights the sentence around it). A report that carries no claim is the
outlet's own: its claimant is the outlet and its words the sentence of the event.
"""

from __future__ import annotations

from typing import Any

from unfog.model import AnalysisRecord, Claim, Contradiction, Story
from unfog.serve.facts import Member, RecordCache, StoryFacts, story_facts
from unfog.store import Store


def claimant(claim: Claim, rec: AnalysisRecord) -> str:
    """Who originally claims it: the source's actor (its dictionary name) or its words."""
    src = claim.source
    if src is None:
        return "(unnamed source)"
    if src.actor:
        actor = next((a for a in rec.actors if a.id == src.actor), None)
        if actor is not None:
            return actor.name
    return src.name


def _outlet(rec: AnalysisRecord) -> str:
    return rec.document.outlet or rec.document.title or rec.document.id


def claim_view(claim: Claim, m: Member) -> dict[str, Any]:
    rec = m.record
    chain: list[dict[str, Any]] = [{"role": "source", "name": claimant(claim, rec)}]
    if claim.channel is not None:
        chain.append({"role": "channel", "name": claim.channel.name})
    chain.extend({"role": "relay", "name": r.name} for r in claim.relays)
    chain.append({"role": "outlet", "name": _outlet(rec)})
    return {
        "document": rec.document.id, "claim": claim.id, "event": m.event.id, "chain": chain,
        "cue": claim.cue.text, "words": claim.content.text, "span": list(claim.content.span),
        "stance": claim.stance, "framing": claim.framing, "modality": m.event.modality,
    }


def own_report(m: Member) -> dict[str, Any]:
    """The outlet's own report of an event (no source named)."""
    from unfog.serve.facts import sentence_span

    rec = m.record
    lo, hi = sentence_span(rec.document.text, m.event.trigger.span)
    return {
        "document": rec.document.id, "claim": None, "event": m.event.id,
        "chain": [{"role": "outlet", "name": _outlet(rec)}], "cue": None,
        "words": rec.document.text[lo:hi].strip(), "span": [lo, hi], "stance": "asserts", "framing": "neutral",
        "modality": m.event.modality,
    }


def member_reports(m: Member) -> list[tuple[str, dict[str, Any]]]:
    """(claimant, claim view) of each claim carrying the member's event."""
    by_id = {c.id: c for c in m.record.claims}
    claims = [by_id[c] for c in m.event.claims if c in by_id]
    if not claims:
        return [(_outlet(m.record), own_report(m))]
    return [(claimant(c, m.record), claim_view(c, m)) for c in claims]


def _side(f: StoryFacts, document: str, event: str) -> dict[str, Any]:
    m = next((m for m in f.members if m.record.document.id == document and m.event.id == event), None)
    if m is None:
        return {"document": document, "event": event, "source": None, "words": None, "span": None}
    who, view = member_reports(m)[0]
    return {"document": document, "event": event, "source": who, "words": view["words"], "span": view["span"],
            "outlet": _outlet(m.record)}


def contradiction_view(con: Contradiction, f: StoryFacts) -> dict[str, Any]:
    return {"a": _side(f, con.a.document, con.a.event), "b": _side(f, con.b.document, con.b.event),
            "reason": con.reason}


def story_view(story: Story, records: RecordCache) -> dict[str, Any]:
    f = story_facts(story, records)
    groups: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, str]] = set()
    for m in f.members:
        for who, view in member_reports(m):
            key = (view["document"], view["claim"] or f"{view['span'][0]}:{view['span'][1]}")
            if key not in seen:  # a claim that carries two of the story's events is listed once
                seen.add(key)
                groups.setdefault(who, []).append(view)
    reports = [
        {"document": m.record.document.id, "event": m.event.id, "title": m.record.document.title,
         "outlet": m.record.document.outlet, "published": m.record.document.published,
         "trigger": m.event.trigger.text, "date": m.event.date, "modality": m.event.modality,
         "fatalities": m.event.fatalities}
        for m in f.members
    ]
    return {
        "story": story.model_dump(mode="json"),
        "plover": f.plover,
        "fatalities": f.fatalities,
        "reports": reports,
        "claimants": [{"claimant": who, "claims": views} for who, views in sorted(groups.items())],
        "contradictions": [contradiction_view(c, f) for c in story.contradictions],
    }


def document_view(store: Store, doc_id: str) -> dict[str, Any] | None:
    rec = store.record(doc_id)
    if rec is None:
        return None
    d = rec.document
    return {"id": d.id, "title": d.title, "outlet": d.outlet, "published": d.published, "url": d.url,
            "text": d.text, "record": rec.model_dump(mode="json")}
