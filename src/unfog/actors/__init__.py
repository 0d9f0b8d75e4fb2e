"""Actors: dictionary matching, metonymic places as actors, in-document coreference.

Interface used by the pipeline (keep it stable):

    stage = ActorStage.from_settings(settings)
    actors: list[Actor] = stage.run(doc, sdoc, places)

Steps, in order: dictionary aliases (``match``), places standing for governments (``metonymy``),
named entities the dictionary does not know (``ner``), roles from titles and appositions, then
coreference (``coref``). The knowledge is in ``unfog/data/actors/*.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.actors.coref import Coref
from unfog.actors.dictionary import ActorEntry, Lexicon, load_dictionary, load_lexicon
from unfog.actors.match import PhraseTable, alias_table, metonym_table
from unfog.actors.metonymy import Metonymy
from unfog.actors.ner import NerActors, attach_roles, unnamed_groups
from unfog.actors.registry import Registry
from unfog.model import Actor, Document, Place
from unfog.settings import Settings

__all__ = ["ActorStage"]


class ActorStage:
    def __init__(self, entries: tuple[ActorEntry, ...], lexicon: Lexicon) -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.aliases: PhraseTable = alias_table(entries)
        self.metonymy = Metonymy(entries, metonym_table(entries), lexicon)
        self.ner = NerActors(lexicon)
        self.coref = Coref(lexicon)

    @classmethod
    def from_settings(cls, settings: Settings) -> ActorStage:
        return cls(load_dictionary(), load_lexicon())

    def run(self, doc: Document, sdoc: Doc, places: list[Place]) -> list[Actor]:
        registry = Registry()
        found = self.aliases.find(sdoc)
        # a short alias ("the Legion") counts only where the document also names the actor in full
        named = {entry.id for span, entry in found if span.text not in entry.short_aliases}
        for span, entry in found:
            if span.text in entry.short_aliases and entry.id not in named:
                continue
            actor = registry.for_entry(entry)
            registry.add(span, "name" if span.text == entry.name else "alias", actor)
        self.metonymy.run(sdoc, places, registry)
        self.ner.run(sdoc, places, registry)
        attach_roles(sdoc, registry, self.lexicon)
        unnamed_groups(sdoc, registry, self.lexicon)
        self.coref.run(sdoc, registry)
        return registry.records()
