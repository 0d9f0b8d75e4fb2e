"""The contract every stage keeps.

A stage is built once from the settings (``from_settings``), which is where it loads the knowledge
it owns (through ``settings.knowledge``) and holds it; nothing is read from a module-level cache
and no stage builds a ``Settings()`` of its own, so two pipelines with different settings can live
in one process (the API server's threads, a Dask worker).

``run(ctx)`` reads one document's :class:`~unfog.context.DocContext` and returns the records the
stage makes. It changes nothing it was given: not the context, not the records of earlier stages
(which the context holds), not its own knowledge. A stage that finds records of a kind another stage
owns returns them for the pipeline to add (the events stage's description actors).

    nlp ──> geo ──> actors ──> claims ──> time ──> events
            places  actors     claims     times    events (+ description actors)
"""

from __future__ import annotations

from typing import Protocol, Self, TypeVar

from unfog.context import DocContext
from unfog.settings import Settings

Out_co = TypeVar("Out_co", covariant=True)


class Stage(Protocol[Out_co]):
    """One job of the analysis: ``from_settings`` once, then ``run`` per document."""

    @classmethod
    def from_settings(cls, settings: Settings) -> Self: ...

    def run(self, ctx: DocContext) -> Out_co: ...
