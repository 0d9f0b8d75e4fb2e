"""Independent sources, contradictions and the status of one story."""

from __future__ import annotations

from itertools import combinations
from typing import Literal

from unfog.model import Contradiction
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


def _voice(it: Item) -> frozenset[str]:
    """Who speaks in a report: its sources' keys, the article's own voice counted by source group."""
    return frozenset("group:" + it.group if s.authorial is not None else s.key for s in it.sources)


def contradictions(items: list[Item], rules: Rules) -> list[Contradiction]:
    """Contradictions between reports, one per pair of sources and reason (not per pair of mentions);
    near-identical copies of one text never contradict each other."""
    out: list[Contradiction] = []
    seen: set[tuple[frozenset[frozenset[str]], str]] = set()
    for a, b in combinations(items, 2):
        if a.group == b.group and a.member.document != b.member.document:
            continue
        reason = None
        if a.negated != b.negated:
            neg, pos = (a, b) if a.negated else (b, a)
            who = ", ".join(s.name for s in neg.sources)
            reason = f"denied by {who}" if who else "said not to have happened"
            a, b = pos, neg
        elif (
            _one_town(a, b, rules)
            and _different_voices(a, b)
            and ((_territory(a, rules) and _holding(b, rules)) or (_territory(b, rules) and _holding(a, rules)))
        ):
            reason = "control of the place changed hands according to one side; the other says fighting goes on"
        if reason:
            pair = (frozenset((_voice(a), _voice(b))), reason)
            if pair in seen:
                continue
            seen.add(pair)
            out.append(Contradiction(a=a.member, b=b.member, reason=reason))
    return out


def status_of(items: list[Item], sources: list[SourceRef], found: list[Contradiction]) -> Status:
    if items and all(it.negated for it in items):
        return "denied"
    if found:
        return "contested"
    if len(sources) >= 2:
        return "corroborated"
    return "single_source"
