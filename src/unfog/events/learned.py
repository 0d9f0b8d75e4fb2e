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

Beside those, the marks of what a mention refers to (``reference``), each a known mechanism of
telling an act that is not the story's incident, or a repeated mention of it:

- the act noun's determiner: definite ("the", a possessive) refers to an act already familiar,
  indefinite introduces one, a bare plural or a mass noun names a kind or a habit (Carlson 1977 on
  bare plurals; Heim 1982 on familiarity);
- the preposition whose object the act is ("after", "since", "against", "of"): the act as a time
  before or after its clause's, a target of defence, a member of an aggregate;
- an irrealis form governing it (a modal or "to" on its word or a word over it, up to a verb of
  saying: "to protest", "would attack"; Palmer 2001) and a negation on it or on its verb;
- a relative clause over it (a description of a participant, not the narrative's line);
- whose account it is (the article's own voice, the same source as the first typed event's, or
  another: events/accounts.py);
- a time of its own on another day, or a place of its own elsewhere, than the first typed event's
  (ACLED's unit: another day or place is another event, told as background or beside the story);
- an earlier mention of its ACLED sub-event type that refers to no other (a repeated mention the
  rules of coreference did not join).

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

from spacy.tokens import Token

from unfog.claims.learned import CueModel, parse_model
from unfog.events.context import lemma
from unfog.events.draft import OCCURRED, OWN_PLACE, Draft
from unfog.knowledge import Knowledge
from unfog.lines import sentence_numbers, sentence_starts

#: the model file under the package data
MODEL_PATH = "events/incident_model.json"


def eligible(d: Draft) -> bool:
    """A typed event that refers to no other (a reaction's or account's link is kept) and is said to
    have taken place (an act promised, threatened or denied is what a statement is about: its type
    names what was promised, and it has no ACLED type and no part in the document's label). Two more are
    not judged (``features``): the document's first typed event (a news lede tells the incident
    first, the inverted pyramid of news writing, so a one-incident text keeps it) and the events of
    the commonest ACLED sub-event type among those that took place (the incident the rules count
    most: its label stays, and out of fold, ACLED story labels fell when the layer judged them)."""
    return (d.acled is not None or d.plover is not None) and d.refers_to is None and d.modality in OCCURRED


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
            *reference(d, first, [e for e in typed if e.trigger.span[0] < d.trigger.span[0]]),
        ]
        out.append(tags)
    return out


_IRREALIS_TAGS = ("MD", "TO")


def _determiner(h: Token) -> str:
    """The act noun's determiner: definite, indefinite, kind (a bare plural or mass noun), other."""
    if h.pos_ not in ("NOUN", "PROPN"):
        return "verb"
    for c in h.children:
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")):
            return "definite"
        if c.dep_ == "det" and c.lower_ in ("a", "an"):
            return "indefinite"
        if c.dep_ in ("det", "nummod"):
            return "other:" + c.lower_ if c.dep_ == "det" else "counted"
    return "bare_plural" if h.tag_ == "NNS" else "bare"


def _irrealis(h: Token) -> bool:
    """A modal or infinitival "to" on the act's word or a word over it, below a verb of saying."""
    for t in (h, *h.ancestors):
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ in _IRREALIS_TAGS for c in t.children):
            return True
        if t.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def reference(d: Draft, first: Draft, before: Sequence[Draft]) -> list[str]:
    """The marks of what the mention refers to (see the module doc)."""
    h = d.head
    p = d.plover.event_type if d.plover else "NONE"
    det = _determiner(h)
    prep = h.head.lower_ if h.dep_ in ("pobj", "pcomp") and h.head.dep_ == "prep" else "-"
    neg = any(c.dep_ == "neg" for t in (h, h.head) for c in t.children)
    account = "narrator" if d.account == "" else "first" if d.account == first.account else "other"
    other_day = d.time is not None and first.date is not None and d.date is not None and d.date[:10] != first.date[:10]
    other_place = (d.place is not None and first.place is not None and d.place != first.place
                   and d.place_reason in OWN_PLACE)
    repeated = d.acled is not None and any(e.acled is not None and e.refers_to is None
                                           and e.acled.sub_event_type == d.acled.sub_event_type for e in before)
    return [f"det={det}", f"det={det}|{p}", f"prep={prep}", f"irrealis={_irrealis(h)}", f"neg={neg}",
            f"relcl={any(t.dep_ in ('relcl', 'acl') for t in (h, *h.ancestors))}", f"account={account}",
            f"other_day={other_day}", f"other_place={other_place}", f"repeated={repeated}"]


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
