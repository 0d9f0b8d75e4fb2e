"""A learned fallback for sentences the typing rules leave untyped (issue 14).

The rules (``triggers.yaml``, ``rules.yaml``) type an act word whose lemma the lexicon lists and whose
context a codebook rule reads; a sentence that tells its event with a word or a construction no
rule covers gets no event, and a development sentence cannot teach the rules what an unseen one
will use. This layer is consulted only where the rules type none of a sentence's predicates. Its
candidates are the sentence's event-like predicates: its verbs and the act words the trigger finder
found (whose families no rule typed here). Each is described by its lemma, its part of speech and
dependency, the lemmas of its governor, its object, its subject and its prepositions, and the
PLOVER types of the families the lexicon lists for it. A multinomial logistic model reads the
features of all the sentence's predicates and gives the sentence a probability for each PLOVER
type; the most probable type becomes an event when its probability reaches the model's threshold
(chosen out of fold; the layer abstains by default: at the packaged .5, over sixteen types, it types
about one in eight of the untyped training ledes, and the codebook's mechanisms stay the backbone),
on the predicate whose own features weigh most for that type. A second model of the same form, if the file
holds one, gives the ACLED sub-event type, or none (``NONE``), at its own threshold.

The weights and thresholds (``data/events/fallback_model.json``) are learned by
``scripts/train_fallback.py`` on the ledes of the synthetic stories of ``event-ngec-synthetic`` (each
lede tells its story's event: its prompt's PLOVER type, and the ACLED sub-event type its mode names),
with 5-fold cross-validation that keeps the stories of one headline prompt in one fold; the file
records its figures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span, Token

from unfog.claims.learned import LinearChooser, read_weights
from unfog.events.context import arg_tokens, lemma, object_tokens, subject_of
from unfog.events.draft import Draft
from unfog.events.ontology import EventLexicon, Family
from unfog.events.triggers import Candidate, Typed
from unfog.knowledge import Knowledge

#: the model file under the package data
MODEL_PATH = "events/fallback_model.json"
#: the dependencies that name a predicate's object and subject
_OBJECT = frozenset({"dobj", "nsubjpass", "attr", "dative", "xcomp"})
_SUBJECT = frozenset({"nsubj", "agent"})


def predicates(sent: Span, found: Sequence[Candidate]) -> list[Token]:
    """The sentence's event-like predicates: its verbs and the head word of each act word the trigger
    finder found in it, in text order."""
    heads = {c.head.i for c in found}
    return [t for t in sent if t.pos_ == "VERB" or t.i in heads]


def sentence_features(sent: Span, found: Sequence[Candidate]) -> tuple[list[Token], list[list[str]]]:
    """The sentence's predicates and the features of each."""
    by_head = {c.head.i: c for c in found}
    preds = predicates(sent, found)
    return preds, [features(t, by_head) for t in preds]


def _heads(tok: Token, deps: frozenset[str]) -> Iterable[Token]:
    for c in tok.children:
        if c.dep_ in deps:
            yield c
        elif c.dep_ == "agent":
            yield from (p for p in c.children if p.dep_ == "pobj")


def features(tok: Token, found: Mapping[int, Candidate]) -> list[str]:
    """A predicate's feature names (``found``: the trigger finder's candidates by head index)."""
    lem = lemma(tok)
    out = [f"lem={lem}", f"pos={tok.pos_}", f"dep={tok.dep_}", f"lem={lem}|dep={tok.dep_}",
           f"gov={lemma(tok.head) if tok.head.i != tok.i else 'ROOT'}"]
    out.extend(f"obj={lemma(o)}" for o in _heads(tok, _OBJECT))
    for s in _heads(tok, _SUBJECT):
        out.append(f"subj={lemma(s)}")
        if s.ent_type_:
            out.append(f"subj_ent={s.ent_type_}")
    for c in tok.children:
        if c.dep_ == "prep":
            out.append(f"prep={c.lower_}")
            out.extend(f"prep={c.lower_}|{lemma(p)}" for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "neg":
            out.append("neg")
    cand = found.get(tok.i)
    if cand is not None:
        out.extend(f"fam={f.plover[0] if f.plover and f.plover[0] else f.name}" for f in cand.families)
    return out


@dataclass(frozen=True)
class Softmax:
    """A multinomial logistic model: per class a bias and the weights of ``feature|class`` names
    (the learned chooser of ``unfog.claims.learned``), and the threshold a probability must reach."""

    classes: tuple[str, ...]
    bias: Mapping[str, float]
    chooser: LinearChooser
    threshold: float

    def __deepcopy__(self, memo: dict[int, object]) -> Softmax:
        return self  # immutable: frozen, its weights a read-only mapping (a copy of knowledge shares it)

    def score(self, feats: list[str], cls: str) -> float:
        """The class's linear score of the features."""
        return self.bias.get(cls, 0.0) + self.chooser.score([f"{f}|{cls}" for f in feats])

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        z = {c: self.score(feats, c) for c in self.classes}
        top = max(z.values())
        exp = {c: math.exp(v - top) for c, v in z.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}


@dataclass(frozen=True)
class Guess:
    """The fallback's typing of one predicate."""

    token: Token
    plover: str
    acled: str | None
    probability: float
    #: the ACLED type's probability (0 with no ACLED type)
    acled_probability: float = 0.0


@dataclass(frozen=True)
class TypeFallback:
    """The PLOVER model, the ACLED model (its class ``NONE``: no ACLED type) and the choice."""

    plover: Softmax
    acled: Softmax | None

    def guess(self, sent: Span, found: Sequence[Candidate]) -> Guess | None:
        """The sentence's event by the models, or None when its most probable PLOVER type does not
        reach the threshold (``found``: the trigger finder's candidates in the sentence). The models
        read the features of all the sentence's predicates; the event's trigger is the predicate
        whose own features weigh most for the type (the first on a tie)."""
        preds, per = sentence_features(sent, found)
        if not preds:
            return None
        feats = list(dict.fromkeys(f for fs in per for f in fs))
        probs = self.plover.probabilities(feats)
        cls = max(self.plover.classes, key=probs.__getitem__)
        if probs[cls] < self.plover.threshold:
            return None
        tok = max(zip(preds, per, strict=True), key=lambda tf: self.plover.score(tf[1], cls))[0]
        acled, p_acled = None, 0.0
        if self.acled is not None:
            aprobs = self.acled.probabilities(feats)
            top = max(self.acled.classes, key=aprobs.__getitem__)
            if top != "NONE" and aprobs[top] >= self.acled.threshold:
                acled, p_acled = top, aprobs[top]
        return Guess(tok, cls, acled, probs[cls], p_acled)

    def add(self, sdoc: Doc, found: Sequence[Candidate], drafts: list[Draft], lex: EventLexicon,
            make: Callable[[Span, Typed], Draft]) -> list[Draft]:
        """The drafts with the guess of each sentence that holds no typed draft (``found``: the trigger
        finder's candidates in the document; ``make``: the stage's draft of a typed trigger), in text
        order."""
        typed = {d.head.sent.start for d in drafts if d.acled is not None or d.plover is not None}
        out = list(drafts)
        for sent in sdoc.sents:
            if sent.start in typed:
                continue
            guess = self.guess(sent, [c for c in found if sent.start <= c.start < sent.end])
            if guess is not None:
                new = make(sent, as_typed(guess, lex))
                at = next((i for i, d in enumerate(out) if d.trigger.span[0] > new.trigger.span[0]), len(out))
                out.insert(at, new)
        return out


def as_typed(g: Guess, lex: EventLexicon) -> Typed:
    """The guess as a typed trigger (of a family of its own, ``learned``), with the subject, objects
    and arguments the typer reads for any trigger."""
    head = g.token
    fam = Family(name="learned", acled=g.acled, plover=(g.plover, None), verbs=frozenset(), nouns=frozenset(),
                 phrases=(), needs=(), weak=False)
    return Typed(Candidate(head.i, head.i + 1, head, (fam,)), fam, g.acled, (g.plover, None),
                 subject_of(head, lex.light_verbs, lex.undergoer_verbs), tuple(object_tokens(head)),
                 tuple(arg_tokens(head, lex.light_verbs, lex.instrument_verbs)))


def parse_softmax(raw: Mapping[str, object]) -> Softmax:
    bias = cast(Mapping[str, float], raw["bias"])
    return Softmax(tuple(cast(list[str], raw["classes"])), {str(k): float(v) for k, v in bias.items()},
                   LinearChooser(read_weights(raw)), float(cast(float, raw["threshold"])))


def load_fallback(knowledge: Knowledge) -> TypeFallback | None:
    """The packaged models, or None when the file is absent."""
    try:
        raw = cast(Mapping[str, Mapping[str, object]], json.loads(knowledge.text(MODEL_PATH)))
    except FileNotFoundError:
        return None
    acled = raw.get("acled")
    return TypeFallback(parse_softmax(raw["plover"]), parse_softmax(acled) if acled is not None else None)
