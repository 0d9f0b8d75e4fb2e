"""Places standing for their government ("Kyiv warned", "France condemned") become actors."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from unfog.actors.dictionary import ActorEntry, Lexicon
from unfog.actors.geonames import country_by_name, country_name
from unfog.actors.match import PhraseTable
from unfog.actors.registry import Registry, WorkActor
from unfog.lines import is_title_line, line_bounds
from unfog.model import Place


def is_agentive(span: SpacySpan, lexicon: Lexicon) -> bool:
    """The span is the subject of a speech/action verb, or the source of 'according to X'."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head
    if root.dep_ == "nsubj":
        verb = root.head
        return verb.lemma_.lower() in lexicon.metonymy_verbs
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return _headline_subject(span, lexicon)


def _headline_subject(span: SpacySpan, lexicon: Lexicon) -> bool:
    """In a title-case headline, whose parse is unreliable, a place right before a finite speech or
    action verb is its subject ("... as Kyiv Says Talks Stalled")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.lemma_.lower() not in lexicon.metonymy_verbs:
        return False
    lo, hi = line_bounds(span.root)
    return lo <= span.start and span.end < hi and is_title_line(doc, lo, hi)


class Metonymy:
    def __init__(self, entries: tuple[ActorEntry, ...], table: PhraseTable, lexicon: Lexicon) -> None:
        self.table = table
        self.lexicon = lexicon
        self.by_metonym = {m: e for e in entries for m in e.metonyms}
        self.gov_by_country = {e.country: e for e in entries if e.type == "government" and e.metonyms and e.country}

    def government(self, text: str, registry: Registry, country: str | None = None) -> WorkActor | None:
        entry = self.by_metonym.get(text)
        if entry is None:
            iso = country or country_by_name().get(text)
            entry = self.gov_by_country.get(iso) if iso else None
            if entry is None:
                name = country_name(iso) if iso else None
                if name is None:
                    return None
                actor = registry.for_name(f"Government of {name}", "government", iso)
                actor.add_alias(name)
                return actor
        return registry.for_entry(entry)

    def run(self, doc: Doc, places: list[Place], registry: Registry) -> None:
        # (1) what the geo stage marked as metonymic
        for place in places:
            for pm in place.mentions:
                if pm.literal:
                    continue
                span = doc.char_span(pm.span[0], pm.span[1], alignment_mode="expand")
                if span is None or registry.taken(span.start, span.end):
                    continue
                actor = self.government(pm.text, registry, place.country_code)
                if actor is not None:
                    registry.add(span, "metonym", actor)
        # (2) a country or capital as the subject of a speech or action verb
        candidates: list[SpacySpan] = [sp for sp, _ in self.table.find(doc)]
        names = country_by_name()
        candidates += [e for e in doc.ents if e.text in names]
        for span in sorted(candidates, key=lambda s: s.start):
            if registry.taken(span.start, span.end) or not is_agentive(span, self.lexicon):
                continue
            actor = self.government(span.text, registry)
            if actor is not None:
                registry.add(span, "metonym", actor)
