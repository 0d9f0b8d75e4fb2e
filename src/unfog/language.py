"""The language layer below the stages: knowledge of English that several stages read, kept once
under ``data/language/`` (docs/knowledge.md).

- lemmas.yaml:    corrections to the spaCy lemmatiser, applied to every token by the ``unfog_lemmas``
  component that :func:`unfog.nlp.load_nlp` adds, so no stage looks lemmas up in a table of its own.
- reporting.yaml: the verbs of saying and reporting, with the claims stage's columns (stance,
  framing, complement), read by claims, actors (coreference) and events (commitments).
- datelines.yaml: the one dateline detection's dashes and reach, read by :mod:`unfog.datelines`.
"""

from __future__ import annotations

from typing import Any

from unfog.knowledge import PACKAGED, Knowledge

LEMMAS = "language/lemmas.yaml"
REPORTING = "language/reporting.yaml"


def lemma_fixes(knowledge: Knowledge = PACKAGED) -> dict[str, str]:
    """The ``fixes`` of lemmas.yaml: lower-case word form -> lemma."""
    raw = knowledge.read(LEMMAS) or {}
    return {str(k).lower(): str(v).lower() for k, v in (raw.get("fixes") or {}).items()}


def _reporting(knowledge: Knowledge) -> dict[str, Any]:
    raw = knowledge.read(REPORTING) or {}
    verbs = raw.get("verbs") or {}
    stray = sorted(set(raw.get("statement") or []) - set(verbs))
    if stray:
        raise ValueError(f"{REPORTING} ({knowledge.source(REPORTING)}): statement verbs not in verbs: {stray}")
    return dict(raw)


def reporting_table(knowledge: Knowledge = PACKAGED) -> dict[str, Any]:
    """The ``verbs`` of reporting.yaml as written: lemma -> [stance, framing, content] (for claims)."""
    return dict(_reporting(knowledge).get("verbs") or {})


def reporting_verbs(knowledge: Knowledge = PACKAGED) -> frozenset[str]:
    """The lemmas of the verbs of saying and reporting ('say', 'deny', 'warn')."""
    return frozenset(str(v).lower() for v in reporting_table(knowledge))


def statement_verbs(knowledge: Knowledge = PACKAGED) -> frozenset[str]:
    """The reporting verbs with which a speaker states what it itself will do ('said it would ...')."""
    return frozenset(str(v).lower() for v in _reporting(knowledge).get("statement") or [])
