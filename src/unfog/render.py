"""The terminal summary of `unfog analyze` (no --out) and `unfog stories`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from unfog.model import AnalysisRecord, Claim, Event, Story


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def chain_text(claim: Claim, actors: dict[str, str]) -> str:
    """'Gladkov -[telegram]-> The Hill -> this article'."""
    src = claim.source
    name = "(unnamed source)"
    if src is not None:
        name = actors.get(src.actor or "", src.name) if src.actor else src.name
    parts = [name]
    if claim.channel is not None:
        parts.append(f"[{claim.channel.name}]")
    parts.extend(r.name for r in claim.relays)
    parts.append("this article")
    return " → ".join(parts)


def _event_row(ev: Event, actors: dict[str, str], places: dict[str, str]) -> list[str]:
    kind = ev.acled.sub_event_type if ev.acled else (ev.plover.event_type if ev.plover else "?")
    cas = []
    if ev.fatalities is not None:
        cas.append(f"{ev.fatalities} killed")
    if ev.injured is not None:
        cas.append(f"{ev.injured} injured")
    return [
        ev.trigger.text,
        kind,
        actors.get(ev.actor1 or "", ""),
        actors.get(ev.actor2 or "", ""),
        places.get(ev.place or "", ""),
        ev.date or "",
        ", ".join(cas),
        ev.modality,
    ]


def print_record(console: Console, rec: AnalysisRecord) -> None:
    d = rec.document
    head = Text(d.title or d.id, style="bold")
    head.append(f"   {d.id}" + (f", published {d.published}" if d.published else ""), style="dim")
    console.rule(head)
    actors = {a.id: a.name for a in rec.actors}
    places = {p.id: p.name for p in rec.places}

    if rec.places:
        t = Table(title="Places", title_justify="left", show_edge=False)
        for col in ("place", "country", "lat, lon", "GeoNames", "mentions", "use"):
            t.add_column(col)
        for p in rec.places:
            where = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "unresolved"
            n_lit = sum(m.literal for m in p.mentions)
            use = "literal" if n_lit == len(p.mentions) else f"{n_lit} literal, {len(p.mentions) - n_lit} metonymic"
            t.add_row(p.name, p.country_code or "", where, str(p.geonames_id or ""), str(len(p.mentions)), use)
        console.print(t)

    if rec.claims:
        console.print(Text("Claims", style="bold"))
        for c in rec.claims:
            line = Text("  • ")
            line.append(chain_text(c, actors), style="cyan")
            line.append(f"  ({c.cue.text}; {c.stance}, {c.framing})", style="dim")
            console.print(line)
            console.print(Text(f"      “{_short(c.content.text, 140)}”"))

    if rec.events:
        t = Table(title="Events", title_justify="left", show_edge=False)
        for col in ("trigger", "type", "actor 1", "actor 2", "place", "date", "casualties", "modality"):
            t.add_column(col)
        for ev in rec.events:
            t.add_row(*_event_row(ev, actors, places))
        console.print(t)
    if not (rec.places or rec.claims or rec.events):
        console.print(Text("  nothing found", style="dim"))


def print_stories(console: Console, stories: Sequence[Story]) -> None:
    if not stories:
        console.print("no stories")
        return
    t = Table(show_edge=False)
    for col in ("story", "status", "type", "place", "date", "reports", "sources"):
        t.add_column(col)
    for s in stories:
        t.add_row(
            s.id,
            s.status,
            s.acled.sub_event_type if s.acled else "",
            s.place or "",
            s.date or "",
            str(len(s.members)),
            ", ".join(s.sources),
        )
    console.print(t)
    for s in stories:
        for con in s.contradictions:
            console.print(
                f"[bold]{s.id}[/bold] contested: {con.a.document}/{con.a.event} vs "
                f"{con.b.document}/{con.b.event}: {con.reason}",
                highlight=False,
            )
            for said in (con.said_a, con.said_b):
                if said is not None:
                    console.print(f"    {said.source} ({said.document}): \"{said.text}\"", highlight=False,
                                  markup=False)
