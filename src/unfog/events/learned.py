"""A learned layer over the typing rules: mentions that tell no incident of the story (issue 14).

The rules type every act word they find; a news story reports one incident or a few, and much of
what else is typed is background, a reaction, a generic or a side remark that the rules of
``nonincident.py``, ``generic.py`` and ``reactions.py`` do not catch. This layer scores each typed
event that refers to no other with a logistic model over what the rules already computed (the
types, the trigger lemma, its dependency role and part of speech, the modality, the sentence the
mention is in, whether it shares the type of the document's first typed event, which is never
judged, whether it is inside a claim, background, with actor, place or casualties) and leaves untyped (no ACLED,
no PLOVER type: as ``nonincident.py`` does) those whose probability of telling no incident reaches
the model's threshold.

The weights and the threshold (``data/events/incident_model.json``) are learned by
``scripts/train_events.py`` on the synthetic stories of ``event-ngec-synthetic`` (one incident per
story: an event that refers to no other event and whose types are not the prompt's is the
positive class), with 5-fold cross-validation by story; the file records its figures.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from unfog.claims.learned import CueModel, parse_model
from unfog.events.context import lemma
from unfog.events.draft import OCCURRED, Draft
from unfog.knowledge import Knowledge
from unfog.lines import sentence_numbers, sentence_starts

#: the model file under the package data
MODEL_PATH = "events/incident_model.json"


def eligible(d: Draft) -> bool:
    """A typed event that refers to no other (a reaction's or account's link is kept). Two more are
    not judged (``features``): the document's first typed event (a news lede tells the incident
    first, the inverted pyramid of news writing, so a one-incident text keeps it) and the events of
    the commonest ACLED sub-event type among those that took place (the incident the rules count
    most: its label stays, and out of fold, ACLED story labels fell when the layer judged them)."""
    return (d.acled is not None or d.plover is not None) and d.refers_to is None


def _bucket(sent: int) -> str:
    """A sentence's position in the document: the lede, the next ones, the middle, the end."""
    return str(min(sent, 4))


def features(drafts: Sequence[Draft]) -> list[list[str] | None]:
    """Each draft's feature names (None for a draft the layer does not judge)."""
    typed = [d for d in drafts if d.acled is not None or d.plover is not None]
    if not typed:
        return [None] * len(drafts)
    doc = typed[0].head.doc
    starts, numbers = sentence_starts(doc), sentence_numbers(doc)
    first = typed[0]
    first_p = first.plover.event_type if first.plover else None
    counts = Counter(d.plover.event_type for d in typed if d.plover and d.modality in OCCURRED)
    top = max(counts.values()) if counts else 0
    acled = Counter(d.acled.sub_event_type for d in typed if d.acled and d.modality in OCCURRED)
    kept = {a for a, n in acled.items() if n == max(acled.values())}
    out: list[list[str] | None] = []
    for d in drafts:
        if not eligible(d) or d is first or (d.acled is not None and d.acled.sub_event_type in kept):
            out.append(None)
            continue
        h = d.head
        p = d.plover.event_type if d.plover else "NONE"
        a = d.acled.sub_event_type if d.acled else "NONE"
        sent = _bucket(numbers[starts[h.i]])
        tags = [
            f"p={p}", f"a={a}", f"lem={lemma(h)}", f"lem={lemma(h)}|{p}", f"dep={h.dep_}", f"dep={h.dep_}|{p}",
            f"pos={h.pos_}", f"mod={d.modality}", f"mod={d.modality}|{p}", f"sent={sent}", f"sent={sent}|{p}",
            f"same_first={p == first_p}", f"same_first={p == first_p}|{p}",
            f"top={counts.get(p, 0) == top > 0}", f"shared={counts.get(p, 0) > 1}",
            f"claim={bool(d.claims)}", f"background={d.background}", f"dated={d.date is not None}",
            f"actor={d.actor1 is not None}", f"place={d.place is not None}",
            f"casualties={d.fatalities is not None or d.injured is not None}", f"mentions={bool(d.mentions)}",
            f"reacted={d.reacted}",
        ]
        out.append(tags)
    return out


@dataclass(frozen=True)
class IncidentModel:
    """The logistic scorer of P(no incident) over the features, with its threshold (the claims
    stage's learned scorer, ``unfog.claims.learned.CueModel``)."""

    scorer: CueModel

    def reject(self, drafts: list[Draft]) -> list[Draft]:
        """The drafts, those judged to tell no incident left untyped (in place, in the given order)."""
        for d, tags in zip(drafts, features(drafts), strict=True):
            if tags is not None and self.scorer.accepts(tags):
                d.acled = d.plover = None
        return drafts


def load_incident_model(knowledge: Knowledge) -> IncidentModel | None:
    """The packaged model, or None when the file is absent."""
    try:
        raw = cast(Mapping[str, object], json.loads(knowledge.text(MODEL_PATH)))
    except FileNotFoundError:
        return None
    return IncidentModel(parse_model(raw))
