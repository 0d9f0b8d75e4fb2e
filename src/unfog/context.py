"""The per-document context: one parsed document and what the stages have found in it so far.

Built once after parsing (``DocContext(doc, sdoc)``) and extended, never changed, as the stages run:
``ctx.with_records(places=...)`` returns a new context. The later stages read the earlier stages'
records through it, already indexed by token, instead of turning character spans back into tokens
each on its own:

    ctx.tokens((s, e))        the spaCy span of a character span (expanded to whole tokens)
    ctx.place_tokens          token indices covered by a place mention
    ctx.place_at(i)           the place mention covering token i
    ctx.actor_at_token(i)     the actor id one of whose mentions covers token i
    ctx.time_heads            each resolved time expression with the token that heads it

Nothing here knows a stage's internals; the records are the ones of ``unfog.model``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from unfog.model import Actor, Claim, Document, Place, PlaceMention, Span, TimeExpr


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

    def actor_at_token(self, i: int) -> str | None:
        """The id of an actor one of whose mentions covers token ``i``."""
        return self._actor_by_token.get(i)

    # ------------------------------------------------------------------ times
    @cached_property
    def time_heads(self) -> tuple[tuple[TimeExpr, Token], ...]:
        """Each time expression with the token that heads it in the parse."""
        return tuple((te, sp.root) for te in self.times if (sp := self.tokens(te.span)) is not None and len(sp))
