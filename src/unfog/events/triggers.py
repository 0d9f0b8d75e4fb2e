"""Finding event triggers (lemmas and phrases of ``triggers.yaml``) and typing them with the
context rules of ``rules.yaml``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from unfog.events.context import (
    Scope,
    arg_tokens,
    lemma,
    object_tokens,
    pruned_subtree,
    scope_of,
    subject_of,
    target_support,
)
from unfog.events.ontology import EventLexicon, Family, PloverPair, Rule
from unfog.events.situation import situation_scope
from unfog.lines import lemmas_and_lowers

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
    #: the act's target when a support verb's subject is it ("a convoy suffered an ambush")
    target: Token | None = None
    #: an outcome verb (weak family) that a rule typed by its subject naming the means ("a car bomb
    #: killed six": triggers.yaml means_subject): it tells the act itself
    by_means: bool = False


def _verb_forms(w: str) -> list[str]:
    """The lemma and its regular inflections, looked up by the token's lower-case text."""
    stem = w[:-1] if w.endswith("e") else w
    return [w, w + "s", stem + "ed", stem + "ing", w + "d" if w.endswith("e") else w + "ed"]


def _in_name(t: Token) -> bool:
    """A capitalised word inside an organisation's name ("Amnesty International", "the Organisation
    for the Prohibition of Chemical Weapons") names no act."""
    return t.ent_type_ == "ORG" and t.text[:1].isupper() and t.i > 0 and not t.is_sent_start


GAP = None  # a phrase element that lets up to MAX_GAP tokens pass ("fire * missile")
MAX_GAP = 3


def _pattern(phrase: str) -> tuple[str | None, ...]:
    """A lexicon phrase as a sequence of lower-case pieces and gaps."""
    pat: list[str | None] = []
    for w in phrase.lower().split():
        if w == "*":
            pat.append(GAP)
            continue
        pat.extend(re.findall(r"\w+|[^\w\s]", w))
    return tuple(pat)


def _piece_matches(tok: Token, piece: str) -> bool:
    return lemma(tok) == piece if piece.isalpha() else tok.lower_ == piece


class PhraseIndex:
    """Multi-word triggers indexed by their first piece: one dictionary look-up per token, then a
    short walk for the tokens that can start a phrase (far cheaper than a Matcher with hundreds of
    lemma patterns, which tests every pattern at every token)."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[tuple[str | None, ...], str]]] = {}

    def add(self, phrase: str, label: str) -> None:
        pat = _pattern(phrase)
        if pat and pat[0] is not GAP:
            self.by_first.setdefault(pat[0], []).append((pat, label))

    def _ends(self, doc: Doc, i: int, pat: tuple[str | None, ...], k: int) -> list[int]:
        """Token indices where pat[k:] ends when matched from token i."""
        if k == len(pat):
            return [i]
        piece = pat[k]
        if piece is GAP:
            out: list[int] = []
            for skip in range(MAX_GAP + 1):
                if i + skip <= len(doc):
                    out.extend(self._ends(doc, i + skip, pat, k + 1))
            return out
        if i < len(doc) and _piece_matches(doc[i], piece):
            return self._ends(doc, i + 1, pat, k + 1)
        return []

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] = []
        by_first = self.by_first
        for i, (lem, low) in enumerate(zip(*lemmas_and_lowers(doc), strict=True)):
            if lem not in by_first and low not in by_first:
                continue
            tok = doc[i]
            keys = {lem, low}
            for key in keys:
                for pat, label in self.by_first.get(key, ()):
                    if not _piece_matches(tok, pat[0] or ""):
                        continue
                    for end in set(self._ends(doc, tok.i + 1, pat, 1)):
                        found.append((label, tok.i, end))
        return found


class TriggerFinder:
    def __init__(self, lex: EventLexicon, vocab: Vocab) -> None:
        self.lex = lex
        self.vocab = vocab
        self.phrases = PhraseIndex()
        self.verbs: dict[str, list[Family]] = {}
        self.nouns: dict[str, list[Family]] = {}
        self._frames = frozenset(lex.classes.get("undertakings", ()))
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
            for ph in dict.fromkeys(phrases):
                self.phrases.add(ph, fam.name)
        #: every word (lemma or lower-case form) _word_families can find a family by
        self._words = frozenset(self.verbs) | frozenset(self.nouns)

    def candidates(self, doc: Doc) -> list[Candidate]:
        spans = []
        for label, s, e in self.phrases(doc):
            spans.append(Span(doc, s, e, label=label))
        out: list[Candidate] = []
        taken: set[int] = set()
        for sp in filter_spans(spans):
            if all(_in_name(t) for t in sp) or self._noun_for_verb(sp):
                continue
            fams = [self.lex.families[sp.label_]]
            # a phrase's other families through its head word come after the phrase's own; none
            # where the phrase takes in the head verb's object, a verb-object idiom ("open fire"
            # is no opening of what the fire is aimed at)
            if not any(c.dep_ == "dobj" and sp.start <= c.i < sp.end for c in sp.root.children):
                fams += [f for f in self._word_families(sp.root) if f not in fams]
            out.append(Candidate(sp.start, sp.end, sp.root, tuple(fams)))
            taken.update(range(sp.start, sp.end))
        lemmas, lowers = lemmas_and_lowers(doc)
        for i in range(len(doc)):
            if i in taken or (lemmas[i] not in self._words and lowers[i] not in self._words):
                continue  # (a word that is no verb or noun of a family has none)
            t = doc[i]
            fams = self._word_families(t)
            if fams:
                out.append(Candidate(t.i, t.i + 1, t, tuple(fams)))
        out.sort(key=lambda c: c.start)
        return out

    def _noun_for_verb(self, sp: Span) -> bool:
        """A phrase that begins with a word its family has only as a verb, here a noun with a
        determiner: "a fire at the factory" is no "fire at" (shooting at)."""
        first = sp[0]
        fam = self.lex.families[sp.label_]
        lem = first.lemma_.lower()
        return (first.pos_ in NOUN_POS and lem in fam.verbs and lem not in fam.nouns
                and any(c.dep_ == "det" for c in first.children))

    def _word_families(self, t: Token) -> list[Family]:
        if t.ent_type_ in _NOT_EVENTS or _in_name(t):
            return []
        if t.dep_ == "amod" and t.tag_ == "VBG":
            return []  # a participle describing a noun ("striking workers", "retreating troops")
        lem = lemma(t)
        if t.pos_ in VERB_POS:
            return self.verbs.get(lem, []) or self.verbs.get(t.lower_, [])
        if t.pos_ in NOUN_POS:
            fams = self.nouns.get(lem, []) or self.nouns.get(t.lower_, [])
            head = t.head.lemma_.lower()
            if (fams and t.dep_ == "compound" and t.head.pos_ in NOUN_POS and not self.nouns.get(head)
                    and head not in self._frames):
                # a noun naming a kind of thing or people ("aid workers", "support staff"), not an
                # act; before a noun of undertaking it is the act ("a mediation effort")
                fams = [f for f in fams if f.acled is not None]
            return fams
        return []


def _need_scopes(f: Family, scopes: _Scopes) -> tuple[str, ...]:
    """The scopes where a family's needs are looked for."""
    if f.needs_head:
        return ("object_head",)
    if f.needs_object:
        return ("object",)
    if f.needs_theme and scopes["theme"] is not _EMPTY and lemma(scopes.head) in f.needs_theme:
        return ("theme",)
    return ("args", "subject", "trigger")


def _phrase_core(t: Token) -> list[Token]:
    """A noun phrase's head with its conjuncts, appositions and "of" phrases ("the town of Kaga",
    "two of the villages", "control of the district"), without the modifiers that place, time or
    describe it ("two buildings [in the district]")."""
    out = [t]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for p in c.children if p.dep_ == "pobj" for g in _phrase_core(p))
        elif c.dep_ in ("conj", "appos", "flat"):
            out.extend(_phrase_core(c))
    return out


def theme_tokens(head: Token, objs: list[Token]) -> list[Token]:
    """What an act of taking is done to: the core of each object phrase (``objs``: the tokens of
    ``object_tokens``), or the noun a participle describes ("seized property"); empty if none."""
    if objs:
        within = {t.i for t in objs}
        return [x for t in objs if t.head.i not in within or t.head.i == t.i for x in _phrase_core(t)]
    if head.dep_ in ("amod", "acl") and head.head.pos_ == "NOUN":
        # (a common noun, as arg_tokens reads it: a participle before a name, "the occupied
        # Kaga valley", is read as before)
        return _phrase_core(head.head)
    return []


def _with_actors(scope: Scope, tokens: list[Token], actor_at: Callable[[int], str | None] | None) -> Scope:
    """The scope with the label ACTOR when the actors stage names an actor in one of the tokens
    ("eliminated the [Wagner] commander": a person or a group, whatever the word)."""
    if actor_at is None or not any(actor_at(t.i) for t in tokens):
        return scope
    return Scope(scope.lemmas, scope.ents | {"ACTOR"})


def _object_heads(verb: Token) -> list[Token]:
    """The head words of a verb's direct objects, with their compounds, modifiers and conjuncts
    ("the rebel commander", "two gunmen and a driver"): what the verb acts on, without the
    phrases that place or describe it."""
    out: list[Token] = []
    for o in verb.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        for x in (o, *(c for c in o.children if c.dep_ == "conj")):
            out.append(x)
            out.extend(c for c in x.children if c.dep_ in ("compound", "amod"))
    return out


#: the dependencies of a verb's complements: a direct object or a complement clause
_COMPLEMENTS = frozenset({"dobj", "ccomp"})


def _trigger_scope(words: Span, head: Token) -> Scope:
    """The trigger's own words, with the label NOUN when its head is a noun: a word's senses can
    differ by its part of speech (the noun "strike" of the military, the verb "struck" of a bullet);
    and the label COMPLEMENT when its head is a verb with a direct object or a complement clause: a
    verb's senses can differ by its subcategorisation frame (intransitive "demonstrated against the
    law", transitive "demonstrated its resolve", "demonstrated that ...")."""
    scope = scope_of(words)
    if head.pos_ == "NOUN":
        return Scope(scope.lemmas, scope.ents | {"NOUN"})
    if head.pos_ == "VERB" and any(c.dep_ in _COMPLEMENTS for c in head.children):
        return Scope(scope.lemmas, scope.ents | {"COMPLEMENT"})
    return scope


class _Scopes(dict[str, Scope]):
    """A trigger's scopes by name, each built on first reading (most triggers read only a few)."""

    def __init__(self, make: Callable[[str], Scope], head: Token) -> None:
        super().__init__()
        self._make = make
        #: the trigger's head word
        self.head = head

    def __missing__(self, name: str) -> Scope:
        got = self[name] = self._make(name)
        return got


class TriggerTyper:
    def __init__(self, lex: EventLexicon) -> None:
        self.lex = lex
        #: the act verbs of the lexicon: used as a verb, such a word is that act ("stormed the
        #: prison", "fired rockets"), not the homonymous noun of a context ("a storm", "a fire")
        self._act_verbs = frozenset(w for f in lex.families.values() for w in f.verbs)
        #: the lexicon's verb-object phrases ("set fire", "open fire"): their noun is the act a support
        #: verb makes (Mel'cuk's Oper1), not the homonymous noun of a context
        self._act_objects = frozenset(tuple(p.split()) for f in lex.families.values() for p in f.phrases
                                      if len(p.split()) == 2)
        #: each family's rules, in the order of ``lex.rules`` (built on a family's first reading)
        self._family_rules: dict[str, list[Rule]] = {}

    def _act_word(self, t: Token) -> bool:
        """An act verb used as a verb ("stormed"), or the object noun of an act phrase ("fire" of "set fire")."""
        if t.pos_ == "VERB":
            return lemma(t) in self._act_verbs
        return t.dep_ == "dobj" and (lemma(t.head), lemma(t)) in self._act_objects

    def _rules_of(self, family: str) -> list[Rule]:
        """The rules of ``lex.rules`` that name ``family``, in their order (those ``type`` tries)."""
        got = self._family_rules.get(family)
        if got is None:
            got = self._family_rules[family] = [r for r in self.lex.rules if family in r.families]
        return got

    @staticmethod
    def _by_need(families: tuple[Family, ...], scopes: _Scopes) -> list[Family]:
        """The families whose needs hold, those met by the trigger's object first: "seized
        firearms across the island" is about the firearms (what was seized), not the island."""
        ok = [f for f in families
              if not f.needs or any(scopes[k].has(f.needs) for k in _need_scopes(f, scopes))]
        by_object = [f for f in ok if f.needs and scopes["object_head" if f.needs_head else
                                                         "theme" if "theme" in _need_scopes(f, scopes) else
                                                         "object"].has(f.needs)]
        if scopes["object"] is _EMPTY:
            return by_object + [f for f in ok if f not in by_object]
        # an act on an object is what it does to that object: a family whose needs only a side
        # phrase meets comes after one that needs nothing ("freed the soldiers as part of a deal")
        free = [f for f in ok if not f.needs]
        return by_object + free + [f for f in ok if f not in by_object and f not in free]

    def scopes(self, cand: Candidate, sent_scope: Scope, place_tokens: frozenset[int] = frozenset(),
               actor_at: Callable[[int], str | None] | None = None
               ) -> tuple[_Scopes, Token | None, list[Token], list[Token]]:
        """The trigger's scopes (each built on first reading), subject, objects and arguments."""
        head = cand.head
        doc = head.doc
        subj = subject_of(head, self.lex.light_verbs, self.lex.undergoer_verbs)
        objs = object_tokens(head)
        args = arg_tokens(head, self.lex.light_verbs, self.lex.instrument_verbs)

        def make(name: str) -> Scope:
            """A scope, built when a family's needs or a rule first read it."""
            if name == "args":
                return scope_of(args, place_tokens)
            if name == "subject":
                return scope_of(pruned_subtree(subj), place_tokens) if subj is not None else _EMPTY
            if name == "object":
                return scope_of(objs) if objs else _EMPTY
            if name == "theme":
                theme = theme_tokens(head, objs)
                return scope_of(theme, place_tokens) if theme else _EMPTY
            if name == "object_head":
                heads = _object_heads(head)
                return _with_actors(scope_of(heads), heads, actor_at)
            if name == "trigger":
                return _trigger_scope(doc[cand.start:cand.end], head)
            if name == "context":  # the sentence without its act verbs and act phrases' nouns (word sense)
                return scope_of([t for t in head.sent if not self._act_word(t)], place_tokens)
            return situation_scope(head, self.lex, place_tokens)  # only protest rules read it

        scopes = _Scopes(make, head)
        scopes["sentence"] = sent_scope
        return scopes, subj, objs, args

    def type(self, cand: Candidate, sent_scope: Scope, place_tokens: frozenset[int] = frozenset(),
             actor_at: Callable[[int], str | None] | None = None) -> Typed | None:
        """The trigger typed by its families and the rules, or None. ``actor_at``: the actor id of
        the actors stage covering a token, if any (an object that names an actor is labelled ACTOR)."""
        head = cand.head
        scopes, subj, objs, args = self.scopes(cand, sent_scope, place_tokens, actor_at)

        def scope(name: str) -> Scope:
            return scopes[name]

        for fam in self._by_need(cand.families, scopes):
            acled, plover = fam.acled, None
            for rule in self._rules_of(fam.name):
                if all(scope(sc).has(cues) != neg for sc, neg, cues in rule.conditions):
                    if rule.drop:
                        return None
                    acled, plover = rule.acled, rule.plover
                    break
            if plover is None:
                plover = fam.plover or self.lex.ontology.acled_plover.get(acled or fam.acled or "")
            if (oper2 := target_support(head, self.lex.target_verbs)) is not None:
                # the support verb's subject is the target; the agent is the act's by/from phrase
                return Typed(cand, fam, acled, plover, oper2[1], tuple(objs), tuple(args), target=oper2[0])
            # the verb's own subject (one shared with a coordinated act verb, "the missile struck
            # the depot and killed nine", is that act's means, and a relative pronoun's, "a bombing
            # that killed nine", that noun's act: the outcome stays that act's)
            by_means = (fam.weak and acled not in (None, fam.acled) and subj is not None and subj.head.i == head.i
                        and scope("subject").has(self.lex.means_subject))
            return Typed(cand, fam, acled, plover, subj, tuple(objs), tuple(args), by_means=by_means)
        return None
