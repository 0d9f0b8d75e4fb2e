"""The terminal summary of `unfog analyze` (no --out) and `unfog stories`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


#: what a place is, by its GeoNames feature code (ACLED codes a region differently from a town)
def place_kind(feature_code: str | None) -> str:
    code = feature_code or ""
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1":
        return "region"
    if code.startswith("ADM"):
        return "district"
    if code.startswith("PPL"):
        return "town"
    return "place" if not code else code.lower()


def _event_row(ev: Event, actors: dict[str, str], places: dict[str, str]) -> list[str]:
    cas = []
    if ev.fatalities is not None:
        cas.append(f"{ev.fatalities} killed")
    if ev.injured is not None:
        cas.append(f"{ev.injured} injured")
    where = ", ".join(x for x in (places.get(ev.place or "", ""), ev.date or "") if x)
    what = "\n".join(x for x in (ev.trigger.text, "" if ev.modality == "asserted" else f"({ev.modality})",
                                 where, ", ".join(cas)) if x)
    who = " → ".join(x for x in (actors.get(ev.actor1 or "", ""), actors.get(ev.actor2 or "", "")) if x)
    return [
        what,
        f"{ev.acled.event_type}:\n{ev.acled.sub_event_type}" if ev.acled else "",
        ev.plover.event_type if ev.plover else "",
        who,
    ]


def _table(title: str | None, columns: Sequence[tuple[str, int]]) -> Table:
    """A table whose cells wrap (a long word folds onto the next line): nothing is cut at any width.
    A column given a width keeps it; the others share the rest."""
    t = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for name, width in columns:
        if width:
            t.add_column(name, overflow="fold", width=width)
        else:
            t.add_column(name, overflow="fold", ratio=1)
    return t


def print_record(console: Console, rec: AnalysisRecord) -> None:
    d = rec.document
    head = Text(d.title or d.id, style="bold")
    head.append(f"   {d.id}" + (f", published {d.published}" if d.published else ""), style="dim")
    console.print(head)
    console.rule()
    actors = {a.id: a.name for a in rec.actors}
    places = {p.id: p.name for p in rec.places}

    if rec.claims:
        console.print(Text("Claims (source → channel → relays → this article)", style="bold"))
        for c in rec.claims:
            line = Text("  • ")
            line.append(chain_text(c, actors), style="cyan")
            line.append(f"  ({c.cue.text or 'no cue: posted'}; {c.stance}, {c.framing})", style="dim")
            console.print(line)
            console.print(Text(f"      “{_short(c.content.text, 240)}”"))

    if rec.events:
        # the ACLED column fits the longest word of an ACLED type ("Explosions/Remote violence")
        t = _table("Events", [("event, where, when", 0), ("ACLED", 26), ("PLOVER", 8), ("actors", 0)])
        for ev in rec.events:
            t.add_row(*_event_row(ev, actors, places))
        console.print(t)

    if rec.places:
        t = _table("Places", [("place", 0), ("kind", 0), ("country", 0), ("lat, lon", 0), ("GeoNames", 0),
                              ("mentions", 0)])
        for p in rec.places:
            where = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "unresolved"
            n_lit = sum(m.literal for m in p.mentions)
            use = str(len(p.mentions)) if n_lit == len(p.mentions) else f"{len(p.mentions)} ({n_lit} literal)"
            t.add_row(p.name, place_kind(p.feature_code), p.country_code or "", where, str(p.geonames_id or ""), use)
        console.print(t)
    if not (rec.places or rec.claims or rec.events):
        console.print(Text("  nothing found", style="dim"))


STATUS_STYLE = {"contested": "bold yellow", "denied": "bold red", "corroborated": "green"}


def contradiction_side(lookup: Callable[[str], AnalysisRecord | None], document: str, event: str) -> str:
    """'Russian Defence Ministry: “…”' for one member of a contradiction (the outlet when the report
    names no source)."""
    from unfog.serve.facts import Member
    from unfog.serve.views import member_reports

    rec = lookup(document)
    ev = next((e for e in rec.events if e.id == event), None) if rec is not None else None
    if rec is None or ev is None:
        return document
    who, view = member_reports(Member(rec, ev))[0]
    return f"{who}: “{_short(view['words'], 160)}”"


def print_stories(
    console: Console, stories: Sequence[Story], lookup: Callable[[str], AnalysisRecord | None] | None = None
) -> None:
    """Each story on a few wrapped lines; then each contradiction as the two claims' sources and words (with
    ``lookup``, which reads a document's record)."""
    if not stories:
        console.print("no stories")
        return
    for s in stories:
        head = Text(s.id, style="bold")
        head.append(f"  {s.status.replace('_', ' ')}", style=STATUS_STYLE.get(s.status, ""))
        head.append(f"  {s.date or 'no date'}  {s.place or 'no place'}")
        console.print(head)
        acled = f"{s.acled.event_type}: {s.acled.sub_event_type}" if s.acled else "no ACLED type"
        reports = f"{len(s.members)} report(s) in {len({m.document for m in s.members})} document(s)"
        console.print(Text(f"    ACLED: {acled}; {reports}"))
        console.print(Text(f"    sources: {', '.join(s.sources) or 'none named'}", style="dim"))
    for s in stories:
        for con in s.contradictions:
            line = Text(f"{s.id} {s.status}: ", style="bold")
            sides = []
            for said, member in ((con.said_a, con.a), (con.said_b, con.b)):
                if said is not None:  # the story carries the source and its words
                    sides.append(f"{said.source}: “{_short(said.text, 160)}”")
                elif lookup is not None:
                    sides.append(contradiction_side(lookup, member.document, member.event))
                else:
                    sides.append(member.document)
            line.append(sides[0])
            line.append("  vs  ", style="bold")
            line.append(sides[1])
            line.append(f"  ({con.reason})", style="dim")
            console.print(line)
