"""Resolving a source span to the actor whose mention overlaps it (the actor stage supplies the
actors and their mentions, coreference included)."""

from __future__ import annotations

from unfog.model import Actor


class ActorIndex:
    """The mentions of a document's actors, for overlap look-ups."""

    def __init__(self, actors: list[Actor]) -> None:
        self.mentions = sorted(((m.span[0], m.span[1], a) for a in actors for m in a.mentions), key=lambda x: x[0])

    def find(self, span: tuple[int, int], head: int) -> Actor | None:
        """The actor whose mention holds the head character; else the one overlapping most."""
        best: tuple[int, int, Actor] | None = None
        s, e = span
        for ms, me, actor in self.mentions:
            if ms >= e:
                break
            ov = min(e, me) - max(s, ms)
            if ov <= 0:
                continue
            holds = 1 if ms <= head < me else 0
            if best is None or (holds, ov) > (best[0], best[1]):
                best = (holds, ov, actor)
        return best[2] if best else None
