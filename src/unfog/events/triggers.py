"""Finding event triggers (lemmas and phrases of ``triggers.yaml``) and typing them with the
context rules of ``rules.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from unfog.events.context import Scope, arg_tokens, object_tokens, pruned_subtree, scope_of, subject_of
from unfog.events.ontology import EventLexicon, Family, PloverPair

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
_EMPTY = Scope("  ", frozenset())
_NOT_EVENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY",
                         "PERCENT", "QUANTITY", "WORK_OF_ART", "LANGUAGE", "LAW", "FAC"})


@dataclass(frozen=True)
class Candidate:
    start: int  # token indices in the Doc, end exclusive
    end: int
    head: Token
    families: tuple[Family, ...]


@dataclass(frozen=True)
class Typed:
    cand: Candidate
    family: Family
    acled: str | None
    plover: PloverPair | None
    subject: Token | None
    objects: tuple[Token, ...]
    args: tuple[Token, ...]


def _verb_forms(w: str) -> list[str]:
    """The lemma and its regular inflections, looked up by the token's lower-case text."""
    stem = w[:-1] if w.endswith("e") else w
    return [w, w + "s", stem + "ed", stem + "ing", w + "d" if w.endswith("e") else w + "ed"]


def _pattern(phrase: str) -> list[dict[str, object]]:
    pat: list[dict[str, object]] = []
    for w in phrase.lower().split():
        if w == "*":
            pat.append({"OP": "{0,3}"})
            continue
        for piece in re.findall(r"\w+|[^\w\s]", w):
            pat.append({"LOWER": piece} if not piece.isalpha() else
                       {"LEMMA": {"IN": [piece, piece.capitalize(), piece.upper()]}})
    return pat


class TriggerFinder:
    def __init__(self, lex: EventLexicon, vocab: Vocab) -> None:
        self.lex = lex
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.verbs: dict[str, list[Family]] = {}
        self.nouns: dict[str, list[Family]] = {}
        for fam in lex.families.values():
            phrases = list(fam.phrases)
            for w in fam.verbs:
                if " " in w or "-" in w:
                    phrases.append(w)
                    continue
                for form in _verb_forms(w):  # the lemmatizer misses some forms ('raped' -> 'rap')
                    self.verbs.setdefault(form, []).append(fam)
            for w in fam.nouns:
                (phrases.append(w) if " " in w or "-" in w else self.nouns.setdefault(w, []).append(fam))
            for i, ph in enumerate(dict.fromkeys(phrases)):
                self.matcher.add(f"{fam.name}|{i}", [_pattern(ph)])

    def candidates(self, doc: Doc) -> list[Candidate]:
        spans = []
        for mid, s, e in self.matcher(doc):
            spans.append(Span(doc, s, e, label=self.vocab.strings[mid].split("|")[0]))
        out: list[Candidate] = []
        taken: set[int] = set()
        for sp in filter_spans(spans):
            fams = [self.lex.families[sp.label_]]
            # a phrase's other families through its head word come after the phrase's own
            fams += [f for f in self._word_families(sp.root) if f not in fams]
            out.append(Candidate(sp.start, sp.end, sp.root, tuple(fams)))
            taken.update(range(sp.start, sp.end))
        for t in doc:
            if t.i in taken:
                continue
            fams = self._word_families(t)
            if fams:
                out.append(Candidate(t.i, t.i + 1, t, tuple(fams)))
        out.sort(key=lambda c: c.start)
        return out

    def _word_families(self, t: Token) -> list[Family]:
        if t.ent_type_ in _NOT_EVENTS:
            return []
        lem = t.lemma_.lower()
        if t.pos_ in VERB_POS:
            return self.verbs.get(lem, []) or self.verbs.get(t.lower_, [])
        if t.pos_ in NOUN_POS:
            return self.nouns.get(lem, []) or self.nouns.get(t.lower_, [])
        return []


class TriggerTyper:
    def __init__(self, lex: EventLexicon) -> None:
        self.lex = lex

    def type(self, cand: Candidate, sent_scope: Scope, place_tokens: frozenset[int] = frozenset()) -> Typed | None:
        head = cand.head
        doc = head.doc
        subj = subject_of(head, self.lex.light_verbs)
        objs = object_tokens(head)
        args = arg_tokens(head, self.lex.light_verbs)
        subj_toks = pruned_subtree(subj) if subj is not None else []
        scopes = {
            "args": scope_of(args, place_tokens),
            "subject": scope_of(subj_toks, place_tokens) if subj is not None else _EMPTY,
            "object": scope_of(objs) if objs else _EMPTY,
            "sentence": sent_scope,
            "trigger": scope_of(doc[cand.start:cand.end]),
        }
        for fam in cand.families:
            if fam.needs and not any(scopes[k].has(fam.needs) for k in ("args", "subject", "trigger")):
                continue
            acled, plover = fam.acled, None
            for rule in self.lex.rules:
                if fam.name not in rule.families:
                    continue
                if all(scopes[sc].has(cues) != neg for sc, neg, cues in rule.conditions):
                    if rule.drop:
                        return None
                    acled, plover = rule.acled, rule.plover
                    break
            if plover is None:
                plover = fam.plover or self.lex.ontology.acled_plover.get(acled or fam.acled or "")
            return Typed(cand, fam, acled, plover, subj, tuple(objs), tuple(args))
        return None
