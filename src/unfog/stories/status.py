"""Independent sources, contradictions and the status of one story."""

from __future__ import annotations

from itertools import combinations
from typing import Literal

from unfog.model import Contradiction, Said
from unfog.stories.cluster import km
from unfog.stories.features import Item, SourceRef, norm
from unfog.stories.rules import Rules

Status = Literal["single_source", "corroborated", "contested", "denied"]
STATUSES: tuple[Status, ...] = ("single_source", "corroborated", "contested", "denied")


def _stem_match(words: frozenset[str], stems: frozenset[str]) -> bool:
    return any(w.startswith(s[:-1] if s.endswith("e") and len(s) > 3 else s) for w in words for s in stems)


def independent_sources(items: list[Item]) -> list[SourceRef]:
    """One source per group of sources that relay each other.

    Two sources are one when they have the same key, or when one's name is in the other's relay
    chain (a claim by R that relays S adds nothing to S's own claim)."""
    refs: list[SourceRef] = []
    # an article that attributes the event to someone is their relay, not a second witness
    relaying = {it.member.document for it in items for s in it.sources if s.authorial is None}
    for it in items:
        for s in it.sources:
            if s.authorial is not None and s.authorial in relaying:
                continue
            if not s.denies and all(r.key != s.key or r.relays != s.relays for r in refs):
                refs.append(s)
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    # the article's own voice in near-identical copies (syndicated, reposted) is one source
    group_of = {it.member.document: it.group for it in items}
    for i, j in combinations(range(len(refs)), 2):
        a, b = refs[i], refs[j]
        copies = (a.authorial is not None and b.authorial is not None
                  and group_of.get(a.authorial) == group_of.get(b.authorial))
        if copies or a.key == b.key or norm(a.name) in b.relays or norm(b.name) in a.relays:
            parent[find(j)] = find(i)
    seen: set[int] = set()
    out: list[SourceRef] = []
    for i in range(len(refs)):
        root = find(i)
        if root not in seen:
            seen.add(root)
            out.append(refs[root])
    return out


def _territory(it: Item, rules: Rules) -> bool:
    acled = it.event.acled
    return (acled is not None and acled.sub_event_type in rules.territory_sub_events) or _stem_match(
        it.trigger_words, rules.territory_triggers
    )


def _holding(it: Item, rules: Rules) -> bool:
    """Fighting goes on or the place is held: said with a word for it, in a fighting event."""
    acled = it.event.acled
    if _territory(it, rules) or (acled is not None and acled.sub_event_type not in rules.holding_sub_events):
        return False
    return _stem_match(it.trigger_words, rules.holding_triggers)


def _one_town(a: Item, b: Item, rules: Rules) -> bool:
    if a.place is None or b.place is None:
        return False
    if a.member.document == b.member.document and a.place.id == b.place.id:
        return True
    d = km(a.place, b.place)
    return d is not None and d <= rules.town_km


def _different_voices(a: Item, b: Item) -> bool:
    """The two reports come from different sides, or at least from different sources."""
    if a.sides and b.sides:
        return not (a.sides & b.sides)
    return {s.key for s in a.sources}.isdisjoint({s.key for s in b.sources})


def _speaker(it: Item, denying: bool) -> SourceRef | None:
    """The source that says what the report says: the one denying it in a denial, else the first."""
    picks = [s for s in it.sources if s.denies == denying] or list(it.sources)
    return picks[0] if picks else None


def _said(it: Item, s: SourceRef | None, fatalities: int | None = None) -> Said | None:
    if s is None:
        return None
    return Said(source=s.name, document=it.member.document, claim=s.claim, text=s.text, span=s.span,
                fatalities=fatalities)


def contradictions(items: list[Item], rules: Rules) -> list[Contradiction]:
    """Contradictions between reports, one per pair of sources and kind (not per pair of mentions),
    each with what either source says; near-identical copies of one text never contradict each other.
    Different death tolls (:func:`death_tolls`) are contradictions too."""
    out: list[Contradiction] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for a, b in combinations(items, 2):
        if a.group == b.group and a.member.document != b.member.document:
            continue
        reason = kind = None
        if a.negated != b.negated:
            neg, pos = (a, b) if a.negated else (b, a)
            who = ", ".join(dict.fromkeys(s.name for s in neg.sources if s.denies)) or ", ".join(
                dict.fromkeys(s.name for s in neg.sources))
            reason, kind = (f"denied by {who}" if who else "said not to have happened"), "denial"
            a, b = pos, neg
        elif (
            _one_town(a, b, rules)
            and _different_voices(a, b)
            and ((_territory(a, rules) and _holding(b, rules)) or (_territory(b, rules) and _holding(a, rules)))
        ):
            reason = "control of the place changed hands according to one side; the other says fighting goes on"
            kind = "territory"
        if reason is None or kind is None:
            continue
        sa, sb = _speaker(a, False), _speaker(b, kind == "denial")
        pair = (frozenset(s.fold(it.group) if s else "doc:" + it.member.document for s, it in ((sa, a), (sb, b))), kind)
        if pair in seen:
            continue
        seen.add(pair)
        out.append(Contradiction(a=a.member, b=b.member, reason=reason, said_a=_said(a, sa), said_b=_said(b, sb)))
    return out + death_tolls(items)[2]


def death_tolls(items: list[Item]) -> tuple[list[Said], int | None, list[Contradiction]]:
    """Each independent source's death toll for the story, ACLED's conservative figure, and the
    contradictions between sources whose tolls differ (one per pair of sources).

    A source's toll is the highest figure it gives for an event of the story said to have happened
    (a later report of one source raises its own toll; it does not dispute it). Following ACLED's
    codebook, the story's figure is the lowest toll of a credible source: one that asserts or
    confirms the figure (not one that denies it, predicts it or is quoted at a distance, "claimed")."""
    best: dict[str, tuple[int, int, Item, SourceRef]] = {}  # source -> (toll, order, item, its words)
    for n, it in enumerate(items):
        toll = it.event.fatalities
        if toll is None or it.negated or it.event.modality != "asserted":
            continue
        for s in it.sources:
            if s.denies:
                continue
            key = s.fold(it.group)
            old = best.get(key)
            if old is None or (toll, -n) > (old[0], -old[1]):
                best[key] = (toll, n, it, s)
    ranked = sorted(best.items(), key=lambda kv: (kv[1][1], kv[0]))
    tolls = [said for _, (toll, _, it, s) in ranked if (said := _said(it, s, toll)) is not None]
    credible = [toll for _, (toll, _, _, s) in ranked if s.credible]
    found: list[Contradiction] = []
    for (_, (ta, _, ia, sa)), (_, (tb, _, ib, sb)) in combinations(ranked, 2):
        if ta != tb:
            lo, hi = ((ta, ia, sa), (tb, ib, sb)) if ta < tb else ((tb, ib, sb), (ta, ia, sa))
            found.append(Contradiction(
                a=lo[1].member, b=hi[1].member, reason=f"different death tolls: {lo[0]} and {hi[0]}",
                said_a=_said(lo[1], lo[2], lo[0]), said_b=_said(hi[1], hi[2], hi[0])))
    return tolls, min(credible) if credible else None, found


def status_of(items: list[Item], sources: list[SourceRef], found: list[Contradiction]) -> Status:
    if items and all(it.negated for it in items):
        return "denied"
    if found:
        return "contested"
    if len(sources) >= 2:
        return "corroborated"
    return "single_source"
