"""Who did it: an event's actor1 from its subject token, for one document.

The actors stage names the actors it knows (dictionary entries, named entities, roles). An event's
subject is often something it does not name: a nationality adjective ("a Russian missile strike"),
a description ("a group of Moroccan diplomats", "angry paper workers"), a country that is no
metonym the dictionary lists ("Britain mobilized"). In that order of preference:

1. an actor mention covering the subject phrase (``ActorMentions.at`` of the context);
2. a nationality adjective: the document's actor whose dictionary aliases begin with it
   ("Russian" -> "Russian forces" -> Armed Forces of Russia); state forces for acts of force,
   else the government, else any;
3. a noun phrase naming people or a body (a word of the ``agent`` class of triggers.yaml, or a
   plural noun with an ending of English agent nouns, ``agent_suffixes`` of agents.yaml, unless it
   is the subject of a reporting verb, a source and no doer: "monitors reported a bombing campaign"):
   a new actor named by the phrase, with a mention of kind "description" (one per distinct name;
   a name an actor of the document already has adds a description mention to that actor). The
   resolver changes no actor it was given: it collects the new actors (``new_actors``) and the new
   mentions of given actors (``new_mentions``) for the stage to return;
4. for battles and territory told by an armed actor ("Wagner reported that the city had fallen"),
   with no subject actor at all: the claim's source, when it is an armed actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from unfog.events.actor_types import ActorTypes, load_actor_types
from unfog.events.antecedents import clause_subject, matrix_subject, previous_subject
from unfog.events.arguments import ArgumentIndex
from unfog.events.context import prep_object
from unfog.events.operators import operator
from unfog.model import Actor, ActorMention, Claim

__all__ = ["ActorResolver", "ActorTypes", "load_actor_types"]

#: acts of force: a nationality adjective stands for the country's forces
_FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
#: the act a weapon's owner is read for (a means is used in an act of force)
_MEANS_ACT = "ASSAULT"
#: dependents that are not part of an actor's name (an adverb focuses or grades the phrase, "only
#: fighters", "nearly 200 troops", and names nothing: Quirk et al. 1985, 8.116)
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep", "det", "case", "advmod"})
_KEEP_PREPS = frozenset({"of"})
_NOT_ACTORS = frozenset({"PRON", "NUM"})
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                             "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"})


def _name_tokens(tok: Token) -> list[Token]:
    """The words of the phrase that names the actor: the head with its modifiers, through "of"
    ("officials of the ministry") and a possessor with its genitive marker ("Kenya's ruling
    party"), without clauses, appositions or determiners."""
    out = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        # coordinated modifiers stay ("the Turkish and Greek sides"); coordinated heads do not
        modifier_coord = c.dep_ in ("cc", "conj") and c.head.i != tok.i and c.head.dep_ in ("amod", "compound")
        # the genitive marker of a possessor stays with it ("Kenya's ruling party")
        genitive = c.dep_ == "case" and c.head.dep_ == "poss" and c.head.i != tok.i  # ("militia's" alone: none)
        # a determiner inside the of-phrase stays ("members of the parliament"); the head's goes
        inner_det = c.dep_ == "det" and c.head.i != tok.i and c.head.dep_ == "pobj"
        # a hyphen joins two words into one ("Greek-Cypriot negotiators"): orthographically one word
        hyphen = c.tag_ == "HYPH" and c.i > 0 and not c.doc[c.i - 1].whitespace_ and not c.whitespace_
        # an of-phrase stays when it names a body ("officials of the ministry"), not when it holds a
        # clause ("the opposition of inciting violence": a verb's complement the parse hung on the noun)
        of_noun = c.dep_ == "prep" and c.lower_ in _KEEP_PREPS and any(x.dep_ == "pobj" for x in c.children)
        if (c.dep_ in _CUT_DEPS and not of_noun and not modifier_coord
                and not genitive and not inner_det and not hyphen):
            continue
        if (c.dep_ == "det" or (c.pos_ == "DET" and c.dep_ != "poss")) and not inner_det:
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


def _coordinated_modifier(noun: Token) -> Token | None:
    """The first of coordinated modifiers of a noun ("Turkish" of "Turkish and Greek officials")."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                 and any(x.i > c.i for x in c.conjuncts)), None)


class ActorResolver:
    """Actor ids for event subjects in one document; collects the description actors it finds."""

    def __init__(self, index: ArgumentIndex, actors: Sequence[Actor], claims: Sequence[Claim],
                 person_words: frozenset[str], types: ActorTypes, reporting: frozenset[str] = frozenset(),
                 light_verbs: frozenset[str] = frozenset(), means: frozenset[str] = frozenset(),
                 act_words: frozenset[str] = frozenset()) -> None:
        self.index = index
        self.actors = actors
        self.claims = claims
        #: head nouns that name people or bodies (triggers.yaml class ``agent``)
        self.person_words = person_words
        self.types = types
        #: reporting verbs (modality.yaml): their subject is a source, not the doer of what it reports
        self.reporting = reporting
        #: verbs whose noun object is the event (triggers.yaml ``light_verbs``)
        self.light_verbs = light_verbs
        #: nouns of weapons and war machines (triggers.yaml ``means_subject``, agents.yaml ``machines``)
        self.means = means | types.machines
        #: the person words that name a body who may work a means ("army", not "tank")
        self._bodies = person_words - self.means
        #: the verbs and nouns of acts (the trigger families' words): a verb's subject does the act,
        #: a noun's names no doer
        self.act_words = act_words
        #: the given actors by name, also without a leading article ("the governor" is "governor")
        self._by_name: dict[str, str] = {re.sub(r"^(the|a|an) ", "", a.name.lower()): a.id for a in actors}
        self._by_name.update({a.name.lower(): a.id for a in actors})
        self._given = {a.id: a for a in actors}
        nums = [int(m.group(1)) for a in actors if (m := re.fullmatch(r"a(\d+)", a.id))]
        self._next = max(nums, default=0) + 1
        #: the description actors found, by id: their name and mentions (in the order found)
        self._new: dict[str, tuple[str, list[ActorMention]]] = {}
        #: description mentions found for given actors, by actor id
        self._more: dict[str, list[ActorMention]] = {}

    def new_actors(self) -> list[Actor]:
        """The description actors found (ids continuing the document's ``a{n}``), in the order found."""
        return [Actor(id=aid, name=name, type=None, mentions=list(ms)) for aid, (name, ms) in self._new.items()]

    def new_mentions(self) -> dict[str, list[ActorMention]]:
        """The description mentions found for actors the resolver was given, by actor id."""
        return {aid: list(ms) for aid, ms in self._more.items() if ms}

    def _names(self) -> Iterator[tuple[str, str | None, tuple[str, ...]]]:
        """Every actor's id, type and names: the given ones, then the description actors found."""
        for a in self.actors:
            yield a.id, a.type, (a.name, *a.aliases)
        for aid, (name, _) in self._new.items():
            yield aid, None, (name,)

    # ------------------------------------------------------------------ the steps
    def speaker(self, tok: Token | None) -> str | None:
        """The actor of the subject governing the clause a pronoun is (or is the possessor of) the
        subject of ("Ostran commanders said they had withdrawn"; ``antecedents.matrix_subject``): the current
        sentence's tree is searched before any earlier sentence (Hobbs 1978), so this antecedent goes
        before one the actors stage found further back (it knows only the actors it names)."""
        if tok is None or tok.pos_ != "PRON" or (ante := matrix_subject(tok, self.types)) is None:
            return None
        return self.index.actor_at(ante) or self._description(ante, speaker=True)

    def actor_for(self, tok: Token | None, plover: str | None = None) -> str | None:
        if tok is None:
            return None
        if (said := self.speaker(tok)) is not None:
            return said
        aid = self.index.actor_at(tok)
        if aid is not None:
            return aid
        if tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.text[:1].isupper()):
            aid = self._by_adjective(tok, plover in _FORCE_TYPES)
            if aid is not None:
                return aid
        if tok.tag_ in ("WDT", "WP") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            # "the army, which seized the town": a relative pronoun stands for the noun its clause describes
            return self.actor_for(tok.head.head, plover)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if (said := self.speaker(poss)) is not None:
            # the speaker is the doer of what the speaker's own forces do ("their forces"): no mere source
            return said
        if tok.pos_ == "PRON" and tok.dep_ == "poss" and (ante := clause_subject(
                tok, self.types, self.types.control_verbs | self.reporting)) is not None:
            # "the fighters suspended their offensive": the possessor is the clause's subject
            return self.actor_for(ante, plover)
        if tok.pos_ == "PRON" and (ante := previous_subject(tok, self.types)) is not None:
            # "Angry farmers blocked the road. They later burned tyres.": the subject before
            return self.actor_for(ante, plover)
        aid = self._description(tok)
        if aid is None and tok.dep_ not in ("conj", "appos"):
            # "the town and the army": a later conjunct, when the first names no actor
            aid = next(iter(self.associates(tok, plover)), None)
        return aid

    def between(self, head: Token, plover: str | None = None) -> tuple[str | None, str | None]:
        """The parties of an act noun's "between" phrase ("fighting between the army and the
        rebels"): a reciprocal act, done by both; the first named is actor 1, the second actor 2
        (ACLED's two sides of a clash). Only two parties named apart: "between the two sides"
        names neither side."""
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if (head.pos_ != "NOUN" and head.tag_ != "VBG") or first is None:  # a noun or a gerund ("fighting")
            return None, None
        second = next((c for c in first.conjuncts if c.i > first.i), None)
        if second is None and (mod := _coordinated_modifier(first)) is not None:
            # "talks between Turkish and Greek officials": coordinated modifiers of one head name two
            # sets, one for each (segregatory coordination, Quirk et al. 1985, 13.61): each side by its modifier
            other = next(c for c in mod.conjuncts if c.i > mod.i)
            side1, side2 = self.actor_for(mod, plover), self.actor_for(other, plover)
            if side2 == side1:  # one mention over the whole phrase: the second set by its own word
                side2 = self._by_adjective(other, plover in _FORCE_TYPES) or self._description(other)
            return side1, side2
        if second is None:  # "between the two sides": both at once, neither side named
            return None, None
        return (self.index.actor_at(first) or self._description(first),
                self.index.actor_at(second) or self._description(second))

    def partner(self, head: Token, plover: str | None = None) -> str | None:
        """The other party of a reciprocal act, in its "with" phrase ("clashed with police", "held
        talks with the envoy"): a reciprocal verb takes its second party there ("X and Y clashed" =
        "X clashed with Y": Levin 1993, 2.5.4 and 36.1-36.3); only for the reciprocal PLOVER types
        (``reciprocal_types`` of agents.yaml), where "with" names no instrument or companion. A noun
        that is a light verb's object takes the verb's phrase too ("held talks with")."""
        if plover not in self.types.reciprocal_types:
            return None
        hosts = [head, *(c for c in head.children if c.dep_ == "dobj" and head.lemma_.lower() in self.light_verbs)]
        if head.dep_ == "dobj" and head.head.lemma_.lower() in self.light_verbs:
            hosts.append(head.head)
        for h in hosts:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in self.types.reciprocal_preps and (p := prep_object(c)) is not None:
                    return self.actor_for(p, plover)
        return None

    def associates(self, tok: Token | None, plover: str | None = None) -> list[str]:
        """The actors of the later conjuncts of a joint subject ("government troops and police
        raided", "Colombian soldiers and police killed"): they act beside the first conjunct, the
        event's actor 1 (ACLED's associated actors), in the order named."""
        if tok is None:
            return []
        out: list[str] = []
        mod = _coordinated_modifier(tok)
        for c in mod.conjuncts if mod is not None else ():
            # "Turkish and Greek officials": a set for each modifier (segregatory coordination, Quirk
            # et al. 1985, 13.61), the first named by the phrase, the others by their own word
            if c.i > mod.i and (aid := self._by_adjective(c, plover in _FORCE_TYPES)  # type: ignore[union-attr]
                                or self._set_of(c, tok)) and aid not in out:
                out.append(aid)
        for c in tok.conjuncts:
            if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and (aid := self.actor_for(c, plover)) and aid not in out:
                out.append(aid)
        return out

    def source_actor(self, start: int, end: int) -> str | None:
        """The armed actor who is the source of the claim whose content holds [start, end)."""
        types = {a.id: a.type for a in self.actors}
        for c in self.claims:
            if (c.content.span[0] <= start and end <= c.content.span[1] and c.source and c.source.actor
                    and types.get(c.source.actor) in self.types.armed):
                return c.source.actor
        return None

    def _operated(self, means: Token) -> str | None:
        """The actor working a means noun, named by its owner (``events.operators``): a state stands
        for its forces ("Kagan jets", "Velden's missiles"; ACLED names the military of the state
        when the document names it, else the state), a body or a possessor for itself. The phrase
        becomes a description mention of that actor; with a nationality the document names as no
        actor, the phrase itself is a description actor ("Ostravan artillery"). None without an
        owner, and for a name that is no actor of the document (the maker's: "MON-50 mines")."""
        own = operator(means, self._bodies)
        if own is None:
            return None
        if own.dep_ in ("amod", "compound", "nmod") and own.pos_ != "NOUN":
            aid = self._state_forces(own) or self.index.actor_at(own) or self._by_adjective(own, True)
            if aid is None and own.ent_type_ not in ("NORP", "GPE") and own.pos_ != "ADJ":
                return None
        else:
            aid = self._state_forces(own) or self.actor_for(own, _MEANS_ACT)
        aid = self._forces(aid)
        toks = _name_tokens(means)
        phrase = means.doc[toks[0].i : toks[-1].i + 1] if toks else None
        if phrase is None or (not phrase.start <= own.i < phrase.end and aid is None):
            return aid
        return self._register(phrase, aid)

    def _state_forces(self, state: Token) -> str | None:
        """The document's state forces named after a country the token names ("Velden's missiles":
        Military Forces of Velden, ACLED's name of a state's military)."""
        if state.ent_type_ != "GPE":
            return None
        word = re.compile(rf"\b{re.escape(state.text)}\b")
        return next((aid for aid, kind, names in self._names() if kind in self.types.state_forces
                     and any(word.search(n) for n in names)), None)

    def _forces(self, aid: str | None) -> str | None:
        """The state forces of the document of the country whose government ``aid`` is, else ``aid``."""
        gov = self._given.get(aid or "")
        if gov is None or gov.type not in self.types.government or not gov.country:
            return aid
        return next((a.id for a in self.actors if a.type in self.types.state_forces and a.country == gov.country), aid)

    def _by_adjective(self, tok: Token, force: bool) -> str | None:
        adj = tok.text + " "
        found = [(aid, kind) for aid, kind, names in self._names() if any(x.startswith(adj) for x in names)]
        if not found:
            return None
        forces, gov = self.types.state_forces, self.types.government
        order = (*forces, *gov) if force else (*gov, *forces)
        found.sort(key=lambda a: order.index(a[1]) if a[1] in order else len(order))
        return found[0][0]

    def _agent_noun(self, tok: Token, speaker: bool = False) -> bool:
        """A plural common noun with an ending of agent nouns (``agent_suffixes`` of agents.yaml:
        "fundamentalists", "militiamen", "landowners"): the people who do something."""
        low = tok.lemma_.lower()
        return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and len(low) > 5
                and any(low.endswith(x) for x in self.types.agent_suffixes)
                and (speaker or not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.reporting)))

    def _agentive(self, tok: Token) -> bool:
        """A plural common noun in the agent's place of an act's verb (``act_words``): the subject of
        its transitive use, or the object of its passive's "by" ("moderates criticised the party",
        "the bid was turned down by traders"). The agent of a verb of action is the animate
        instigator of the act (Fillmore 1968, the Agentive case), and a plural count noun there names
        the people who did it, whatever the noun; not a noun of an act ("clashes erupted"), of a
        means ("rockets hit the town": its owner is sought first), nor the subject of a reporting
        verb (a source, no doer of what it reports)."""
        low = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or low in self.act_words or low in self.means:
            return False
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return tok.head.head.pos_ == "VERB"
        verb = tok.head
        if verb.lemma_.lower() not in self.act_words:  # "reports emerged", "offices remained closed"
            return False
        # a participle without "have" is a passive whose auxiliary is left out ("three were killed and
        # two more hurt": ellipsis, Quirk et al. 1985, 13.2): its subject undergoes it
        elliptic = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
        # only a transitive verb: the subject of an intransitive one may be its theme ("the offices
        # closed", "the talks ended": the causative alternation, Levin 1993, 1.1.2.1)
        return (tok.dep_ == "nsubj" and verb.pos_ == "VERB" and not elliptic
                and verb.lemma_.lower() not in self.reporting and any(c.dep_ == "dobj" for c in verb.children))

    def _description(self, tok: Token, speaker: bool = False) -> str | None:
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and low in self.means and low not in self.act_words and (aid := self._operated(tok)):
            # "Ostravan artillery pounded the villages": the forces working the means
            return aid
        head = tok
        if (tok.lemma_.lower() in self.types.quantity_heads or tok.lower_ in self.types.quantity_heads
                or tok.pos_ == "NUM"):
            # "a group of Velden diplomats", "thousands of troops": named by the members; so is a
            # cardinal's partitive ("three of the attackers": a part of the set its of-phrase names,
            # Quirk et al. 1985, 5.5); a bare cardinal ("two were killed") names no one
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if member is not None and member.pos_ in ("NOUN", "PROPN"):
                head = member
        if head is tok and (tok.pos_ in _NOT_ACTORS or tok.ent_type_ in _NOT_ACTOR_ENTS):
            return None
        named = head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        if (not named and head.lemma_.lower() not in self.person_words and not self._agent_noun(head, speaker)
                and not self._agentive(head)):
            return None
        toks = _name_tokens(tok)
        if not toks:
            return None
        # a lone name that is the surname of a person named in full: that person (a report names a
        # person in full once and by surname after; name coreference by string match, Lee et al. 2013)
        person = next((a.id for a in self.actors if len(toks) == 1 and toks[0].pos_ == "PROPN" and a.type == "person"
                       and len(a.name.split()) > 1 and a.name.split()[-1] == toks[0].text), None)
        return self._register(tok.doc[toks[0].i : toks[-1].i + 1], person)

    def _set_of(self, mod: Token, head: Token) -> str | None:
        """The set a later coordinated modifier names with the head ("Greek officials" of "Turkish and
        Greek officials"), when the modifier is a nationality or a name: a description actor. Not a
        hyphened compound ("Bulgarian-Lebanese delegations": one word naming a joint set)."""
        if not (mod.ent_type_ in ("NORP", "GPE") or mod.pos_ == "PROPN") or mod.i > head.i:
            return None
        if mod.i > 0 and mod.doc[mod.i - 1].tag_ == "HYPH" and not mod.doc[mod.i - 1].whitespace_:
            return None
        return self._register(head.doc[mod.i : head.i + 1])

    def _register(self, phrase: Span, aid: str | None = None) -> str | None:
        """The actor a description phrase names: ``aid`` when given, else a given or found actor of that
        name, else a new one; the phrase becomes a description mention of it."""
        s, e = phrase.start_char, phrase.end_char
        name = phrase.text
        if len(name) > 80:
            return aid
        key = name.lower()
        aid = aid or self._by_name.get(key)
        if aid is None:
            aid = f"a{self._next}"
            self._next += 1
            self._new[aid] = (name, [])
            self._by_name[key] = aid
        given = self._given.get(aid)
        found = self._new[aid][1] if given is None else self._more.setdefault(aid, [])
        if not any(m.span == (s, e) for m in (*(given.mentions if given is not None else ()), *found)):
            found.append(ActorMention(span=(s, e), text=name, kind="description"))
        return aid
