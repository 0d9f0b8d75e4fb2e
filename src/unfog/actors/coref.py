"""In-document coreference by rule: definite descriptions ("the group", "the governor"), speakers
("a spokesman") and pronouns ("it", "its forces", "they", "he") refer back to the nearest
compatible actor, preferring the subject of the verb that governs them and earlier subjects.

A definite bare noun whose head is the head of an earlier actor's name ("the ministry" after "the
Defence Ministry", "the department" after "the Justice Department") refers to the latest such
actor, however far back and whatever its type (head match, before any type-based choice)."""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from unfog.actors.dictionary import Lexicon
from unfog.actors.registry import Mention, Registry, WorkActor
from unfog.lines import int_column, lemmas_and_lowers, line_bounds, sentence_starts, str_column

#: how many sentences back an anaphor may look
WINDOW = 3
ORG_TYPES = frozenset(
    {"armed_group", "organisation", "group", "state_forces", "government", "intelligence", "security_forces"}
)


#: syntactic positions in which a pronoun is resolved (subjects and possessives)
_POSITIONS = frozenset({"nsubj", "nsubjpass", "poss", "conj"})


@dataclass(frozen=True)
class Anaphor:
    span: SpacySpan
    head: Token
    types: frozenset[str]  # compatible actor types
    role: str | None = None  # a person role, for "the governor"
    target: WorkActor | None = None  # already known ("spokesman of the group")
    bound: bool = False  # resolved only by the speech verb that governs it ("X said troops ...")
    names: frozenset[str] = frozenset()  # proper nouns modifying the head ("the Kestrel agency")


class Coref:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    # ------------------------------------------------------------------ finding anaphors
    @staticmethod
    def _definite_heads(doc: Doc) -> set[int]:
        """The tokens with a definite determiner among their children (a child: a token whose head
        it is, other than itself), read once per document from its columns."""
        heads, deps, lowers = int_column(doc, "head"), str_column(doc, "dep"), str_column(doc, "lower")
        return {heads[j] for j, dep in enumerate(deps)
                if dep == "det" and heads[j] != j and lowers[j] in ("the", "this", "that", "these")}

    def _nominal_span(self, tok: Token) -> SpacySpan:
        left = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
        return tok.doc[left : tok.i + 1]

    def _of_actor(self, tok: Token, owner: dict[int, Mention]) -> WorkActor | None:
        """'spokesman of/for the group', 'the group's spokesman': the actor named there."""
        for c in tok.children:
            if c.dep_ == "poss" and c.i in owner:
                return owner[c.i].actor
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in owner:
                        return owner[p.i].actor
        return None

    @staticmethod
    def _bare(tok: Token) -> bool:
        """'the ministry': a singular common noun in lower case with 'the' and no other dependent
        ('the House' after 'the White House' is another body; 'the state of emergency' is no actor)."""
        kids = list(tok.children)
        return (
            tok.tag_ == "NN" and tok.is_lower and len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"
        )

    @staticmethod
    def _head_match(tok: Token, owner: dict[int, Mention]) -> WorkActor | None:
        """The actor of the latest name before ``tok`` (two words or more) that ends in ``tok``'s noun."""
        lemmas = lemmas_and_lowers(tok.doc)[0]
        lemma = lemmas[tok.i]
        best = -1
        for i, m in owner.items():  # the latest token that ends such a name: the same as walking back
            if (
                best < i < tok.i
                and i == m.end - 1
                and m.kind in ("name", "alias")
                and m.end - m.start >= 2
                and lemmas[i] == lemma
            ):
                best = i
        return owner[best].actor if best >= 0 else None

    def anaphors(self, doc: Doc, owner: dict[int, Mention]) -> Iterator[Anaphor]:
        """Anaphors in text order; lazily, so that each sees the mentions resolved before it."""
        wanted = ("PRON", "NOUN", "PROPN")  # every kind of anaphor below is a pronoun or a noun
        # (the words read from the document's columns: a Token is made only for a pronoun or noun)
        lemmas, lowers = lemmas_and_lowers(doc)
        tags = str_column(doc, "tag")
        definite = self._definite_heads(doc)
        lex = self.lex
        for k, pos in enumerate(str_column(doc, "pos")):
            if pos not in wanted or k in owner:
                continue
            low, lemma, tag = lowers[k], lemmas[k], tags[k]
            if not ((pos == "PRON" and low in lex.pronouns) or (pos == "NOUN" and lemma in lex.speaker)
                    or (pos == "NOUN" and tag == "NNS" and low in lex.own_troops)
                    or (tag in ("NN", "NNP") and k in definite)):
                continue  # (none of the kinds below: no Token made)
            tok = doc[k]
            if pos == "PRON" and low in self.lex.pronouns:
                a = self._pronoun(tok, low)
                if a is not None:
                    yield a
            elif pos == "NOUN" and lemma in self.lex.speaker:
                if any(c.dep_ == "appos" for c in tok.children):
                    continue  # "the spokesman, John Smith," names the speaker
                target = self._of_actor(tok, owner)
                if tok.dep_ == "appos":  # "... the group, a spokesman, said": the group speaks
                    if tok.head.i not in owner:
                        continue
                    target = owner[tok.head.i].actor
                types = frozenset(ORG_TYPES | {"media"})
                yield Anaphor(self._nominal_span(tok), tok, types, target=target)
            elif (pos == "NOUN" and tag == "NNS" and low in self.lex.own_troops
                  and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)):
                yield Anaphor(tok.doc[tok.i : tok.i + 1], tok, frozenset({"state_forces"}), bound=True)
            elif pos in ("NOUN", "PROPN") and tag in ("NN", "NNP") and k in definite:
                named = self._head_match(tok, owner) if self._bare(tok) and tok.dep_ != "appos" else None
                if named is not None:
                    yield Anaphor(self._nominal_span(tok), tok, frozenset(), target=named)
                elif lemma in self.lex.role and tok.dep_ != "appos":
                    span = self._nominal_span(tok)
                    yield Anaphor(span, tok, frozenset({"person"}), role=self.lex.role[lemma])
                elif lemma in self.lex.nominal and tok.dep_ != "appos":
                    yield Anaphor(self._nominal_span(tok), tok, self.lex.nominal[lemma], names=self._names(tok))

    @staticmethod
    def _names(tok: Token) -> frozenset[str]:
        """The proper nouns that modify a description's head ("the Kestrel news agency"): a
        description that carries a name refers only to an actor bearing that name."""
        return frozenset(c.lower_ for c in tok.subtree if c.i < tok.i and c.pos_ == "PROPN" and c.dep_ == "compound")

    def _pronoun(self, tok: Token, low: str) -> Anaphor | None:
        types = self.lex.pronouns[low]
        if low == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.expletive_verbs:
            return None
        if not low.endswith("self") and not low.endswith("selves") and tok.dep_ not in _POSITIONS:
            return None  # an object pronoun is rarely the actor a claim or an event needs
        span = tok.doc[tok.i : tok.i + 1]
        if tok.dep_ == "poss" and tok.head.lower_ in self.lex.force_nouns and tok.head.i == tok.i + 1:
            span = tok.doc[tok.i : tok.i + 2]  # "its forces", "their units"
        return Anaphor(span, tok, frozenset(types))

    # ------------------------------------------------------------------ resolving
    @staticmethod
    def _compatible(a: Anaphor, actor: WorkActor) -> bool:
        if actor.type not in a.types:
            return False
        if a.names:
            words = {w.lower() for text in (actor.name, *actor.aliases, *(m.text for m in actor.mentions))
                     for w in text.split()}
            if not a.names <= words:
                return False
        return a.role is None or a.role in actor.roles

    def _speech(self, tok: Token) -> bool:
        return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.lex.speech_verbs

    @staticmethod
    def _subjects(verb: Token, before: int) -> list[int]:
        return [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before]

    @staticmethod
    def _surface_subject(verb: Token, lo: int) -> list[int]:
        """The noun right before a verb the parse left without a subject ("X said", parsed apart)."""
        k = verb.i - 1
        while k >= lo and verb.doc[k].pos_ in ("ADV", "AUX", "PART"):
            k -= 1
        return [k] if k >= lo and verb.doc[k].pos_ in ("PROPN", "NOUN") else []

    def _governing_subjects(self, tok: Token) -> list[int]:
        """Token indices of the subjects of the verbs above tok, innermost first, within its line.

        Binding: a speech verb binds the pronouns of its complement clause to its subject. A speech
        participle with no subject of its own ("..., stating that its troops ...") speaks for the
        speech verb above it, whatever clause the parse hangs it on; a speech verb the parse left
        without a subject takes the noun right before it."""
        lo, hi = line_bounds(tok)
        out: list[int] = []
        node = tok
        while node.head.i != node.i:
            node = node.head
            if not lo <= node.i < hi:
                break
            subjects = self._subjects(node, tok.i)
            if subjects or not self._speech(node):
                out += subjects
                continue
            if node.tag_ == "VBG" and node.dep_ in ("advcl", "xcomp", "conj", "acl"):
                up = node.head
                while up.head.i != up.i and lo <= up.i < hi and not self._speech(up):
                    up = up.head
                if lo <= up.i < hi and self._speech(up) and up.i < node.i:
                    node = up  # the clauses between are skipped: their subjects are not the speaker
                    out += self._subjects(node, tok.i) or self._surface_subject(node, lo)
                continue
            if node.i < tok.i:
                out += self._surface_subject(node, lo)
        return out

    def resolve(self, a: Anaphor, mentions: list[Mention], owner: dict[int, Mention]) -> WorkActor | None:
        if a.target is not None:
            return a.target
        doc = a.head.doc
        sent_start = line_bounds(a.head)[0]  # a headline run into the sentence is not part of it
        starts = sentence_starts(doc)
        window_start = starts[a.head.i]
        for _ in range(WINDOW - 1):
            if window_start == 0:
                break
            window_start = starts[window_start - 1]
        before = [
            m for m in mentions if window_start <= m.start and m.end <= a.span.start and self._compatible(a, m.actor)
        ]
        if not before:
            return None
        # 1. the subject of a verb that governs the anaphor ("X said that its forces ...")
        for i in self._governing_subjects(a.head):
            m = owner.get(i)
            if m is not None and self._compatible(a, m.actor):
                return m.actor
        if a.bound:
            return None
        # 2. the nearest subject in this sentence, then in earlier ones; 3. the nearest mention
        same = [m for m in before if m.start >= sent_start]
        for group in (same, before):
            subjects = [m for m in group if m.subject]
            if subjects:
                return subjects[-1].actor
        return before[-1].actor

    def run(self, doc: Doc, registry: Registry) -> None:
        mentions = registry.mentions()
        owner = {i: m for m in mentions for i in range(m.start, m.end)}
        ordered = False  # the mentions sorted by position (after the first anaphor joins them)
        for a in self.anaphors(doc, owner):
            if registry.taken(a.span.start, a.span.end):
                continue
            actor = self.resolve(a, mentions, owner)
            if actor is None:
                continue
            m = registry.add(a.span, "coref", actor)
            if ordered:  # later anaphors may chain through this one: in order, after its equals
                insort(mentions, m, key=_position)
            else:
                mentions.append(m)
                mentions.sort(key=_position)
                ordered = True
            for i in range(m.start, m.end):
                owner[i] = m


def _position(m: Mention) -> tuple[int, int]:
    return m.start, m.end
