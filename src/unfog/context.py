"""The per-document context: one parsed document and what the stages have found in it so far.

Built once after parsing (``DocContext(doc, sdoc)``) and extended, never changed, as the stages run:
``ctx.with_records(places=...)`` returns a new context. The later stages read the earlier stages'
records through it, already indexed by token, instead of turning character spans back into tokens
each on its own:

    ctx.tokens((s, e))        the spaCy span of a character span (expanded to whole tokens)
    ctx.place_tokens          token indices covered by a place mention
    ctx.place_at(i)           the place mention covering token i
    ctx.actor_at_token(i)     the actor id one of whose mentions covers token i
    ctx.actor_index           the actors' mentions by offset, for overlap look-ups (claims, events)
    ctx.time_heads            each resolved time expression with the token that heads it

Nothing here knows a stage's internals; the records are the ones of ``unfog.model``.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, islice

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from unfog.model import Actor, Claim, Document, Place, PlaceMention, Span, TimeExpr


class ActorMentions:
    """A document's actor mentions sorted by start, for overlap look-ups; the one index the stages
    share (claims resolve sources with ``find``, events take subjects and objects with ``at``)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.mentions = sorted(((m.span[0], m.span[1], a) for a in actors for m in a.mentions), key=lambda x: x[0])
        #: the furthest end of the mentions up to each one (mentions before the first that reaches
        #: past a character all end at or before it: ``find`` starts there)
        self.reach = list(accumulate((me for _, me, _ in self.mentions), max))

    def find(self, span: Span, head: int) -> Actor | None:
        """The actor whose mention holds the ``head`` character; else the one overlapping ``span`` most."""
        best: tuple[int, int, Actor] | None = None
        s, e = span
        for ms, me, actor in islice(self.mentions, bisect_right(self.reach, s), None):
            if ms >= e:
                break
            ov = min(e, me) - max(s, ms)
            if ov <= 0:
                continue
            holds = 1 if ms <= head < me else 0
            if best is None or (holds, ov) > (best[0], best[1]):
                best = (holds, ov, actor)
        return best[2] if best else None

    def at(self, tok: Token | None) -> str | None:
        """The id of the actor one of whose mentions covers the phrase ``tok`` heads: a mention over
        the head word first, else the first mention overlapping the phrase."""
        if tok is None:
            return None
        head_s, head_e = tok.idx, tok.idx + len(tok)
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        best: str | None = None
        for s, e, actor in self.mentions:
            if s >= hi:
                break
            if s < head_e and head_s < e:
                return actor.id
            if best is None and s < hi and lo < e:
                best = actor.id
        return best


@dataclass(frozen=True)
class DocContext:
    """One document, its parse and the records the stages before the reader produced."""

    doc: Document
    sdoc: Doc
    places: Sequence[Place] = ()
    actors: Sequence[Actor] = ()
    claims: Sequence[Claim] = ()
    times: Sequence[TimeExpr] = ()
    _spans: dict[Span, TokenSpan | None] = field(default_factory=dict, repr=False, compare=False)

    def with_records(
        self,
        *,
        places: Sequence[Place] | None = None,
        actors: Sequence[Actor] | None = None,
        claims: Sequence[Claim] | None = None,
        times: Sequence[TimeExpr] | None = None,
    ) -> DocContext:
        """A new context with these records (the others kept); the span cache is shared."""
        changes: dict[str, object] = {
            k: tuple(v) for k, v in (("places", places), ("actors", actors), ("claims", claims), ("times", times))
            if v is not None
        }
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ spans and tokens
    def tokens(self, span: Span) -> TokenSpan | None:
        """The tokens of a character span, widened to whole tokens; None for an empty span."""
        try:
            return self._spans[span]
        except KeyError:
            got = self.sdoc.char_span(span[0], span[1], alignment_mode="expand")
            self._spans[span] = got
            return got

    # ------------------------------------------------------------------ places
    @cached_property
    def place_mentions(self) -> tuple[tuple[Place, PlaceMention, TokenSpan], ...]:
        """Every place mention with its tokens, in text order."""
        out = [
            (p, m, sp) for p in self.places for m in p.mentions if (sp := self.tokens(m.span)) is not None
        ]
        return tuple(sorted(out, key=lambda x: x[2].start))

    @cached_property
    def place_tokens(self) -> frozenset[int]:
        """Indices of the tokens a place mention covers."""
        return frozenset(t.i for _, _, sp in self.place_mentions for t in sp)

    @cached_property
    def _place_by_token(self) -> dict[int, tuple[Place, PlaceMention]]:
        return {t.i: (p, m) for p, m, sp in self.place_mentions for t in sp}

    def place_at(self, i: int) -> tuple[Place, PlaceMention] | None:
        """The place mention covering token ``i``."""
        return self._place_by_token.get(i)

    # ------------------------------------------------------------------ actors
    @cached_property
    def _actor_by_token(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for a in self.actors:
            for m in a.mentions:
                sp = self.tokens(m.span)
                if sp is not None:
                    for t in sp:
                        out.setdefault(t.i, a.id)
        return out

    @cached_property
    def actor_index(self) -> ActorMentions:
        """The actors' mentions by offset."""
        return ActorMentions(self.actors)

    def actor_at_token(self, i: int) -> str | None:
        """The id of an actor one of whose mentions covers token ``i``."""
        return self._actor_by_token.get(i)

    # ------------------------------------------------------------------ times
    @cached_property
    def time_heads(self) -> tuple[tuple[TimeExpr, Token], ...]:
        """Each time expression with the token that heads it in the parse."""
        return tuple((te, sp.root) for te in self.times if (sp := self.tokens(te.span)) is not None and len(sp))
