"""Actors: dictionary matching, metonymic places as actors, in-document coreference.

Contract (``unfog.stage``)::

    stage = ActorStage.from_settings(settings, gazetteer=geo.gazetteer)   # once
    actors: list[Actor] = stage.run(ctx)                                    # per document

- reads: ``ctx.sdoc`` (the parse) and ``ctx.places``, the geo stage's places: a mention geo marked
  ``literal=False`` becomes a government actor (geo alone decides metonymy, ``unfog.geo.metonymy``);
  the tokens of every place mention (``ctx.place_tokens``) are no named-entity actor.
- returns: the document's actors, ids ``a1``, ``a2`` ... in the order of their first mention.
- may not touch: the context, the places (nor their mentions), the parse, its knowledge.
- knowledge: ``actors/actors.yaml`` and ``actors/lexicon.yaml`` of ``settings.knowledge``, read once
  in ``from_settings``; country and capital names from the gazetteer (``geonames.CountryNames``),
  read once from the gazetteer given (the geo stage's), else from the one
  :func:`unfog.geo.open_gazetteer` opens for ``settings``.

Steps, in order: dictionary aliases (``match``), a country's forces and government named by the
country (``forces``: "the Sudanese army" -> Military Forces of Sudan, "Sudanese officials" ->
Government of Sudan), places standing for governments (``metonymy``),
named entities the dictionary does not know (``ner``), roles from titles and appositions, then
coreference (``coref``).
"""

from __future__ import annotations

from unfog.actors.coref import Coref
from unfog.actors.dictionary import ActorEntry, Lexicon, load_dictionary, load_lexicon
from unfog.actors.forces import NationalForces
from unfog.actors.geonames import CountryNames
from unfog.actors.match import PhraseTable, alias_table
from unfog.actors.metonymy import Metonymy
from unfog.actors.ner import NerActors, attach_roles, unnamed_groups
from unfog.actors.registry import Registry
from unfog.context import DocContext
from unfog.geo import Gazetteer, open_gazetteer
from unfog.model import Actor
from unfog.settings import Settings

__all__ = ["ActorStage"]


class ActorStage:
    def __init__(self, entries: tuple[ActorEntry, ...], lexicon: Lexicon, names: CountryNames) -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.names = names
        self.aliases: PhraseTable = alias_table(entries)
        self.metonymy = Metonymy(entries, names)
        self.forces = NationalForces(entries, lexicon, names, self.metonymy)
        self.ner = NerActors(lexicon, names)
        self.coref = Coref(lexicon)

    @classmethod
    def from_settings(cls, settings: Settings, gazetteer: Gazetteer | None = None) -> ActorStage:
        """The stage for ``settings``; ``gazetteer`` is the geo stage's (opened for ``settings`` when
        None)."""
        knowledge = settings.knowledge
        names = CountryNames.of(gazetteer if gazetteer is not None else open_gazetteer(settings))
        return cls(load_dictionary(knowledge), load_lexicon(knowledge), names)

    def _countries(self, ctx: DocContext) -> frozenset[str]:
        """The countries the document names: its places' and its country adjectives'."""
        codes = {p.country_code for p in ctx.places if p.country_code}
        codes |= {c for t in ctx.sdoc if t.pos_ in ("ADJ", "PROPN") and t.is_title
                  and (c := self.names.demonym_country(t.text)) is not None}
        return frozenset(codes)

    def run(self, ctx: DocContext) -> list[Actor]:
        """The actors of ``ctx``'s document (see the module's contract)."""
        sdoc = ctx.sdoc
        registry = Registry()
        found = self.aliases.find(sdoc)
        # a country's forces before the dictionary's generic roles ("Bolivian police", not "police"),
        # after its own entries ("Russian army" is an alias of the dictionary's Russian forces)
        own = {i for span, entry in found if entry.country is not None for i in range(span.start, span.end)}
        self.forces.run(sdoc, registry, own)
        # a short alias ("the Legion") counts only where the document also names the actor in full;
        # an acronym ("the RSF") also where it names the actor's country (a place in it, or its
        # adjective: "the Sudanese army ... the RSF"); elsewhere it may be another body's ("RSF",
        # the press-freedom group; "National Guard" in a US story that mentions Russia)
        named = {entry.id for span, entry in found if span.text not in entry.short_aliases}
        # read only where an acronym alone needs them (most documents have none)
        countries = self._countries(ctx) if any(
            span.text in entry.short_aliases and entry.id not in named and span.text.isupper()
            for span, entry in found) else frozenset()
        for span, entry in found:
            if span.text in entry.short_aliases and entry.id not in named and not (
                    span.text.isupper() and entry.country in countries):
                continue
            if registry.taken(span.start, span.end):
                continue
            actor = registry.for_entry(entry)
            registry.add(span, "name" if span.text == entry.name else "alias", actor)
        self.metonymy.run(ctx, registry)
        self.ner.run(ctx, registry)
        attach_roles(sdoc, registry, self.lexicon)
        unnamed_groups(sdoc, registry, self.lexicon)
        self.coref.run(sdoc, registry)
        return registry.records()
