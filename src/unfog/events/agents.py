"""Who did it: an event's actor1 from its subject token, for one document.

The actors stage names the actors it knows (dictionary entries, named entities, roles). An event's
subject is often something it does not name: a nationality adjective ("a Russian missile strike"),
a description ("a group of Moroccan diplomats", "angry paper workers"), a country that is no
metonym the dictionary lists ("Britain mobilized"). In that order of preference:

1. an actor mention covering the subject phrase (``ArgumentIndex.actor_at``);
2. a nationality adjective: the document's actor whose dictionary aliases begin with it
   ("Russian" -> "Russian forces" -> Armed Forces of Russia); state forces for acts of force,
   else the government, else any;
3. a noun phrase naming people or a body: a new actor of kind "description" named by the phrase,
   added to the document's actors (one per distinct name);
4. for battles and territory told by an armed actor ("Wagner reported that the city had fallen"),
   with no subject actor at all: the claim's source, when it is an armed actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from unfog.events.arguments import ArgumentIndex
from unfog.knowledge import read_data
from unfog.model import Actor, ActorMention, Claim

#: acts of force: a nationality adjective stands for the country's forces
_FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
#: dependents that are not part of an actor's name
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "det", "case"})
_KEEP_PREPS = frozenset({"of"})
_NOT_ACTORS = frozenset({"PRON", "NUM"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                             "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"})


@dataclass(frozen=True)
class ActorTypes:
    """The groupings of the actor dictionary's types and the group nouns (``agents.yaml``)."""

    state_forces: tuple[str, ...]  # in order of preference
    government: tuple[str, ...]
    nonstate_armed: frozenset[str]
    quantity_heads: frozenset[str]
    movement_families: frozenset[str]

    @property
    def state(self) -> frozenset[str]:
        """The state: its forces and its government."""
        return frozenset((*self.state_forces, *self.government))

    @property
    def armed(self) -> frozenset[str]:
        """Armed actors: state forces and non-state armed groups."""
        return frozenset(self.state_forces) | self.nonstate_armed


def _words(v: Any) -> tuple[str, ...]:
    return tuple(str(x).lower() for x in (v or []))


@cache
def load_actor_types() -> ActorTypes:
    raw: dict[str, Any] = read_data("events/agents.yaml")
    types = raw["actor_types"]
    return ActorTypes(state_forces=_words(types["state_forces"]), government=_words(types["government"]),
                      nonstate_armed=frozenset(_words(types["nonstate_armed"])),
                      quantity_heads=frozenset(_words(raw["quantity_heads"])),
                      movement_families=frozenset(_words(raw["movement_families"])))


def _name_tokens(tok: Token) -> list[Token]:
    """The words of the phrase that names the actor: the head with its modifiers, through "of"
    ("officials of the ministry"), without clauses, appositions or determiners."""
    out = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        # coordinated modifiers stay ("the Turkish and Greek sides"); coordinated heads do not
        modifier_coord = c.dep_ in ("cc", "conj") and c.head.i != tok.i and c.head.dep_ in ("amod", "compound")
        if c.dep_ in _CUT_DEPS and not (c.dep_ == "prep" and c.lower_ in _KEEP_PREPS) and not modifier_coord:
            continue
        if c.dep_ == "det" or (c.pos_ == "DET" and c.dep_ != "poss"):
            continue
        out.append(c)
        stack.extend(c.children)
    toks = sorted(out, key=lambda t: t.i)
    # a contiguous run around the head
    lo = hi = toks.index(tok)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    run = toks[lo:hi + 1]
    while run and run[0].pos_ in ("ADP", "PUNCT", "CCONJ"):
        run = run[1:]
    while run and run[-1].pos_ in ("ADP", "PUNCT", "CCONJ"):
        run = run[:-1]
    return run


class ActorResolver:
    """Actor ids for event subjects in one document; adds description actors to ``actors``."""

    def __init__(self, index: ArgumentIndex, actors: list[Actor], claims: list[Claim],
                 person_words: frozenset[str]) -> None:
        self.index = index
        self.actors = actors
        self.claims = claims
        #: head nouns that name people or bodies (triggers.yaml class ``agent``)
        self.person_words = person_words
        self.types = load_actor_types()
        self._by_name: dict[str, str] = {a.name.lower(): a.id for a in actors}
        nums = [int(m.group(1)) for a in actors if (m := re.fullmatch(r"a(\d+)", a.id))]
        self._next = max(nums, default=0) + 1

    # ------------------------------------------------------------------ the steps
    def actor_for(self, tok: Token | None, plover: str | None = None) -> str | None:
        if tok is None:
            return None
        aid = self.index.actor_at(tok)
        if aid is not None:
            return aid
        if tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper()):
            aid = self._by_adjective(tok, plover in _FORCE_TYPES)
            if aid is not None:
                return aid
        return self._description(tok)

    def source_actor(self, start: int, end: int) -> str | None:
        """The armed actor who is the source of the claim whose content holds [start, end)."""
        types = {a.id: a.type for a in self.actors}
        for c in self.claims:
            if (c.content.span[0] <= start and end <= c.content.span[1] and c.source and c.source.actor
                    and types.get(c.source.actor) in self.types.armed):
                return c.source.actor
        return None

    def _by_adjective(self, tok: Token, force: bool) -> str | None:
        adj = tok.text + " "
        found = [a for a in self.actors if any(x.startswith(adj) for x in (a.name, *a.aliases))]
        if not found:
            return None
        forces, gov = self.types.state_forces, self.types.government
        order = (*forces, *gov) if force else (*gov, *forces)
        found.sort(key=lambda a: order.index(a.type) if a.type in order else len(order))
        return found[0].id

    def _description(self, tok: Token) -> str | None:
        head = tok
        if tok.lemma_.lower() in self.types.quantity_heads or tok.lower_ in self.types.quantity_heads:
            # "a group of Moroccan diplomats", "thousands of troops": named by the members
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if member is not None and member.pos_ in ("NOUN", "PROPN"):
                head = member
        if head is tok and (tok.pos_ in _NOT_ACTORS or tok.ent_type_ in _NOT_ACTOR_ENTS):
            return None
        named = head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        if not named and head.lemma_.lower() not in self.person_words:
            return None
        toks = _name_tokens(tok)
        if not toks:
            return None
        doc = tok.doc
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        name = doc.text[s:e]
        if len(name) > 80:
            return None
        key = name.lower()
        aid = self._by_name.get(key)
        if aid is None:
            aid = f"a{self._next}"
            self._next += 1
            self.actors.append(Actor(id=aid, name=name, type=None, mentions=[]))
            self._by_name[key] = aid
        actor = next(a for a in self.actors if a.id == aid)
        if not any(m.span == (s, e) for m in actor.mentions):
            actor.mentions.append(ActorMention(span=(s, e), text=name, kind="description"))
        return aid
