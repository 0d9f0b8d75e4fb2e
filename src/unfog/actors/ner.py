"""Named entities the dictionary does not know become actors; persons get roles from titles and
appositions ("Anna Kovalenko, the mayor of ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from unfog.actors.dictionary import Lexicon
from unfog.actors.geonames import CountryNames
from unfog.actors.registry import Registry, WorkActor
from unfog.context import DocContext
from unfog.lines import entity_table, int_column, lemmas_and_lowers, str_column

_TYPES = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}


def _trim(doc: Doc, s: int, e: int) -> SpacySpan | None:
    """Drop a leading determiner and a trailing possessive or punctuation from tokens [s, e)."""
    lower, tag, punct = str_column(doc, "lower"), str_column(doc, "tag"), int_column(doc, "punct")
    while s < e and (lower[s] in ("the", "a", "an") or punct[s]):
        s += 1
    while e > s and (tag[e - 1] == "POS" or punct[e - 1]):
        e -= 1
    return doc[s:e] if e > s else None


_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos"})


class NerActors:
    def __init__(self, lexicon: Lexicon, names: CountryNames) -> None:
        self.lexicon = lexicon
        self.names = names
        self.blocked = frozenset(w.lower() for w in lexicon.nominal) | frozenset(lexicon.role)

    def _plausible(self, span: SpacySpan, label: str, persons: list[WorkActor]) -> bool:
        text = span.text
        if text in self.lexicon.not_actors or not text[:1].isupper():
            return False
        if any(ch.isdigit() for ch in text):
            return False
        last = span[-1]
        if label != "NORP" and last.tag_ == "JJ" and last.dep_ == "amod" and last.head.pos_ == "NOUN" and (
                not span.start <= last.head.i < span.end):
            # a name is a noun phrase; words ending in an adjective before a common noun modify it
            # ("Radical Belgian truckers": the truckers, no body called "Radical Belgian")
            return False
        if label == "NORP":  # only a people as a noun: "Ukrainians", not "Ukrainian forces"
            root = span.root
            return root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("amod", "compound")
        if label == "PERSON":
            if len(span) > 4 or any(t.lower_ in self.blocked for t in span):
                return False
            if not all(t.is_title or t.is_punct or t.lower_ in self.lexicon.name_particles for t in span):
                return False
        if len(span) == 1 and text in self.names.places:
            return False
        if len(span) == 1 and label in ("PERSON", "ORG") and span.root.dep_ not in _AGENT_DEPS:
            # a lone capitalised word NER calls a person or body, outside a subject position, is
            # most often a place ("the town of X", "entered X"); a known surname is taken earlier
            return label == "PERSON" and any(a.surname == text for a in persons)
        return True

    def run(self, ctx: DocContext, registry: Registry) -> None:
        """Named entities outside the place mentions (``ctx.place_tokens``) and the mentions so far."""
        doc = ctx.sdoc
        in_place = ctx.place_tokens
        persons: list[WorkActor] = [a for a in registry.actors if a.type == "person"]
        for start, end, label in entity_table(doc):
            type_ = _TYPES.get(label)
            if type_ is not None and end - start == 1 and any(a.surname == doc[start].text for a in persons):
                # the surname of a person named in full before, whatever label the tagger gives it: a
                # news report names a person in full once and by surname after (name coreference by
                # string match, Lee et al. 2013)
                label, type_ = "PERSON", "person"
            span = _trim(doc, start, end) if type_ else None
            if type_ is None or span is None:
                continue
            if registry.taken(span.start, span.end) or any(i in in_place for i in range(span.start, span.end)):
                continue
            if not self._plausible(span, label, persons):
                continue
            if type_ == "person":
                actor = self._person(span, persons, registry)
                registry.add(span, "name" if actor.name == span.text else "alias", actor)
            else:
                registry.add(span, "name", registry.for_name(span.text, type_))

    @staticmethod
    def _person(span: SpacySpan, persons: list[WorkActor], registry: Registry) -> WorkActor:
        text = span.text
        if len(span) == 1:  # a surname: the most recent person of that surname
            for actor in reversed(persons):
                if actor.surname == text or actor.name == text:
                    return actor
        else:  # a full name after its bare surname: merge into it
            for actor in persons:
                if actor.entry is None and actor.name == span[-1].text:
                    actor.aliases.append(actor.name)
                    actor.name = text
                    return actor
        actor = registry.for_name(text, "person")
        if actor not in persons:
            persons.append(actor)
        return actor


def _np_span(head: Token) -> SpacySpan:
    """A noun phrase from its leftmost modifier to its last token (relative clauses left out)."""
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("prep", "compound", "amod", "poss", "case") or child.dep_.startswith("nmod"):
            right = max(right, child.right_edge.i)
    return head.doc[left : right + 1]


def attach_roles(doc: Doc, registry: Registry, lexicon: Lexicon) -> None:
    """Titles before a person's name and role appositions around it become the person's roles."""
    for mention in list(registry.mentions()):
        actor = mention.actor
        if actor.type != "person" or mention.kind == "coref":
            continue
        span = doc[mention.start : mention.end]
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in lexicon.role:
            actor.roles.add(lexicon.role[prev.lower_])
        root = span.root
        for child in root.children:
            if child.dep_ == "appos" and child.lemma_.lower() in lexicon.role:
                actor.roles.add(lexicon.role[child.lemma_.lower()])
                desc = _np_span(child)
                if not registry.taken(desc.start, desc.end):
                    registry.add(desc, "description", actor)
        if root.dep_ == "appos" and root.head.lemma_.lower() in lexicon.role:
            actor.roles.add(lexicon.role[root.head.lemma_.lower()])
            desc = _np_span(root.head)
            desc = doc[desc.start : min(desc.end, span.start)]
            if len(desc) and not registry.taken(desc.start, desc.end):
                registry.add(desc, "description", actor)


def unnamed_groups(doc: Doc, registry: Registry, lexicon: Lexicon) -> None:
    """'an armed "reconnaissance" unit opened fire ...': an indefinite, modified group noun in
    subject position introduces an armed group named by its description."""
    for i, lem in enumerate(lemmas_and_lowers(doc)[0]):
        if lem not in lexicon.unit_nouns:
            continue
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lefts = list(tok.lefts)
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts):
            continue
        mods = [c for c in lefts if c.dep_ in ("amod", "compound", "nmod")]
        if not mods:
            continue
        span = doc[min(c.left_edge.i for c in mods) : tok.i + 1]
        if registry.taken(span.start, span.end):
            continue
        name = " ".join(t.text for t in span if not t.is_quote)
        registry.add(span, "description", registry.for_name(name, "armed_group"))
