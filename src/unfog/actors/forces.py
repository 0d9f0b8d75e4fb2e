"""A country's own forces and government named by the country: "the Sudanese army", "Kenyan police",
"Chad's military", "Hungarian officials".

ACLED names a state's forces "Military Forces of <Country>" and its police "Police Forces of
<Country>"; a phrase made of a country's adjective (or the country's name as a possessor) and a head
noun of ``national_forces`` (``actors/lexicon.yaml``) is a mention of that actor. The dictionary's
own entry for the country's forces is taken when it has one (``actors.yaml``: a ``state_forces`` or
``security_forces`` entry with that country).

Left alone: adjectives of regions and peoples ("Kurdish fighters", "Palestinian police": no country
of that adjective in the gazetteer), and names that only contain a country's adjective — a word before
it ("Free Syrian Army") or a capitalised word between it and the noun that is not one of the plain
modifiers of ``national_forces.plain`` ("Syrian National Army", "Libyan National Army" are not those states' forces).

A country's adjective with a noun of its officials or organs (``national_forces.government``:
"Hungarian officials", "the Peruvian foreign ministry") names its government, the actor a place
standing for the government is (``metonymy``): PLOVER codes a state's officials as the state.

An organisational head over the force noun (``national_forces.heads``: "the Nigerian army command",
"Bolivian police units") names an organ of the force that speaks and acts for it: the phrase is a
mention of the force.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.actors.dictionary import ActorEntry, Lexicon
from unfog.actors.geonames import CountryNames
from unfog.actors.metonymy import Metonymy
from unfog.actors.registry import Registry, WorkActor
from unfog.lines import lemmas_and_lowers, str_column

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _name_word(tok: Token) -> bool:
    """A word of a proper name: a proper noun, or capitalised away from the sentence's start."""
    return tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start)


class NationalForces:
    def __init__(self, entries: tuple[ActorEntry, ...], lexicon: Lexicon, names: CountryNames,
                 metonymy: Metonymy | None = None) -> None:
        self.nouns = lexicon.national_forces
        self.lexicon = lexicon
        self.names = names
        #: the governments of countries (the actor a place standing for its government is)
        self.metonymy = metonymy if metonymy is not None else Metonymy(entries, names)
        self.by_country: dict[tuple[str, str], ActorEntry] = {}
        for e in entries:
            if e.country and e.type in ("state_forces", "security_forces"):
                self.by_country.setdefault((e.country, e.type), e)

    def country_of(self, tok: Token) -> str | None:
        """The country an adjective ("Sudanese"), a possessor ("Chad's") or a noun modifier ("the
        Sudan army": a country's name as a classifying noun) names, or None."""
        if tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.pos_ == "PROPN"):
            iso = self.names.by_name.get(tok.text)
            if iso is not None and self.names.country_name(iso) == tok.text:
                return iso
            if tok.dep_ == "poss":
                return None
        return self.names.demonym_country(tok.text)

    def phrase(self, head: Token, only: frozenset[str] | None = None) -> tuple[int, str] | None:
        """(index of the country's word, country code) when ``head`` ends such a phrase; ``only``:
        the words that alone may stand between the country's word and the head."""
        lefts = [c for c in head.lefts if c.dep_ not in ("det", "punct", "case")]
        for i, mod in enumerate(lefts):
            if mod.dep_ not in _MODIFIER_DEPS or (mod.i != mod.left_edge.i and mod.dep_ != "poss"):
                continue
            iso = self.country_of(mod)
            if iso is None:
                continue
            if any(_name_word(t) for t in lefts[:i]):  # a name before the country's ("Free Syrian Army")
                return None
            between = head.doc[mod.right_edge.i + 1 : head.i]
            if any(_name_word(t) and t.lower_ not in self.lexicon.plain_modifiers for t in between):
                return None
            if only is not None and any(t.lower_ not in only for t in between):
                return None
            return mod.left_edge.i, iso
        return None

    def _organ(self, tok: Token) -> tuple[str, str] | None:
        """The force an organisational head names ("army command": the army's), or None."""
        if tok.lemma_.lower() not in self.lexicon.force_heads and tok.lower_ not in self.lexicon.force_heads:
            return None
        # the force noun right before the head ("army command"; "military" may parse as an adjective)
        return next((spec for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1
                     and (spec := self.nouns.get(c.lemma_.lower()) or self.nouns.get(c.lower_))), None)

    def actor(self, kind: str, pattern: str, iso: str, registry: Registry) -> WorkActor | None:
        if kind == "government":  # the one actor a place standing for the government is too
            name = self.names.country_name(iso)
            return self.metonymy.government(name, registry, iso) if name is not None else None
        entry = self.by_country.get((iso, kind))
        if entry is not None:
            return registry.for_entry(entry)
        country = self.names.country_name(iso)
        if country is None:
            return None
        country = country.removeprefix("The ")  # GeoNames: "The Netherlands"
        if country in self.lexicon.article_names or self.lexicon.article_words.intersection(country.split()):
            country = "the " + country
        return registry.for_name(pattern.format(country=country), kind, iso)

    def run(self, doc: Doc, registry: Registry, reserved: set[int]) -> None:
        """Add the phrases of ``doc`` outside the mentions so far and the ``reserved`` tokens."""
        nouns, heads = self.nouns, self.lexicon.force_heads
        lemmas, lowers = lemmas_and_lowers(doc)
        for i, pos in enumerate(str_column(doc, "pos")):
            if pos not in ("NOUN", "PROPN"):
                continue
            lem, low = lemmas[i], lowers[i]
            if lem not in nouns and low not in nouns and lem not in heads and low not in heads:
                continue  # (neither a force noun nor an organisational head: no spec below)
            tok = doc[i]
            spec = self.nouns.get(tok.lemma_.lower()) or self.nouns.get(tok.lower_) or self._organ(tok)
            if spec is None:
                continue
            only = self.lexicon.national_between.get(spec[0])
            if only is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # a title before a name ("Hungarian Foreign Minister Anna Kis"): the person's
            found = self.phrase(tok, only)
            if found is None:
                continue
            start, iso = found
            if registry.taken(start, tok.i + 1) or any(i in reserved for i in range(start, tok.i + 1)):
                continue
            actor = self.actor(spec[0], spec[1], iso, registry)
            if actor is not None:
                registry.add(doc[start : tok.i + 1], "alias", actor)
