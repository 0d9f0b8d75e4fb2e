"""Dictionary matching: one PhraseMatcher over every alias, built once per vocabulary."""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from unfog.actors.dictionary import ActorEntry


def _variants(alias: str) -> list[str]:
    """The alias as written; a lowercase alias also with a capital first letter."""
    out = [alias]
    if alias == alias.lower() and alias[:1].isalpha():
        out.append(alias[:1].upper() + alias[1:])
    return out


class PhraseTable:
    """Surface forms -> dictionary entries, matched case-sensitively on whole tokens.

    The patterns are tokenised once with spaCy's English tokenizer; the matcher itself is built
    on the vocabulary of the first document it sees (the pipeline's), then reused.
    """

    def __init__(self, forms: Iterable[tuple[str, ActorEntry]]) -> None:
        tokenizer = spacy.blank("en").tokenizer
        self._entries: dict[str, ActorEntry] = {}
        self._patterns: list[tuple[str, list[str]]] = []
        for i, (form, entry) in enumerate(forms):
            key = f"A{i}"
            self._entries[key] = entry
            for variant in _variants(form):
                self._patterns.append((key, [t.text for t in tokenizer(variant)]))
        self._matcher: PhraseMatcher | None = None
        self._vocab: object = None

    def _matcher_for(self, doc: Doc) -> PhraseMatcher:
        if self._matcher is None or self._vocab is not doc.vocab:
            matcher = PhraseMatcher(doc.vocab, attr="ORTH")
            by_key: dict[str, list[Doc]] = {}
            for key, words in self._patterns:
                by_key.setdefault(key, []).append(Doc(doc.vocab, words=words))
            for key, docs in by_key.items():
                matcher.add(key, docs)
            self._matcher, self._vocab = matcher, doc.vocab
        return self._matcher

    def find(self, doc: Doc) -> list[tuple[SpacySpan, ActorEntry]]:
        """Longest non-overlapping matches, in text order."""
        matcher = self._matcher_for(doc)
        spans = [SpacySpan(doc, s, e, label=doc.vocab.strings[mid]) for mid, s, e in matcher(doc)]
        return [(sp, self._entries[sp.label_]) for sp in sorted(filter_spans(spans), key=lambda s: s.start)]


def alias_table(entries: Iterable[ActorEntry]) -> PhraseTable:
    return PhraseTable((form, e) for e in entries for form in e.surface_forms)
