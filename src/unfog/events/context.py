"""Syntactic neighbourhoods of a trigger: its subject, object and arguments, as lemma strings
that cue lists are looked up in (one pass over a few tokens per trigger)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from unfog.lines import lemmas_and_lowers, str_column

CLAUSAL = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "mark", "relcl", "parataxis", "xcomp",
                     "csubj", "acl", "appos", "aux", "auxpass", "neg", "det", "nsubj", "dep"})
SUBJ = frozenset({"nsubj", "csubj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
OBJ_PREPS = frozenset({"on", "against", "at", "into", "upon", "toward", "towards"})
INSTRUMENT_CLAUSE = frozenset({"advcl", "xcomp", "acl", "conj"})
#: prepositions that place one event before or after another ("arrived after the blast"): their
#: object is a separate event, not an act of the verb's subject
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "until", "till", "preceding"})


@dataclass(frozen=True)
class Scope:
    """Lemmas of some tokens as ' a b c ' (so multiword cues match by substring) and their entity labels."""

    lemmas: str
    ents: frozenset[str]

    def has(self, cues: Iterable[str]) -> bool:
        for c in cues:
            if c.isupper():
                if c in self.ents:
                    return True
            elif f" {c} " in self.lemmas:
                return True
        return False


def scope_of(tokens: Iterable[Token], place_tokens: frozenset[int] = frozenset()) -> Scope:
    """A scope over tokens; tokens inside a place mention of the geo stage add the label PLACE, a
    proper noun the label PROPN."""
    if isinstance(tokens, Span):  # a sentence: its indices, without making its tokens
        doc, toks = tokens.doc, list(range(tokens.start, tokens.end))
    else:
        by_index = {t.i: t for t in tokens}
        if not by_index:
            return Scope("  ", frozenset())
        doc = next(iter(by_index.values())).doc
        toks = sorted(by_index)
    ent_type, pos, lemmas = str_column(doc, "ent_type"), str_column(doc, "pos"), lemmas_and_lowers(doc)[0]
    ents = {ent_type[i] for i in toks if ent_type[i]}
    if any(i in place_tokens for i in toks):
        ents.add("PLACE")
    if any(pos[i] == "PROPN" for i in toks):
        ents.add("PROPN")
    # a proper noun of a date ("March 9", "May 2024") is the month's name, not the common word that
    # shares its lemma (the noun "march", the modal "may"): it stands in the scope in capitals, which
    # no cue (lower case) matches
    words = [lemmas[i].upper() if pos[i] == "PROPN" and ent_type[i] == "DATE" else lemmas[i] for i in toks]
    return Scope(" " + " ".join(words) + " ", frozenset(ents))


#: the clauses that describe a noun (relative and participial clauses: "a crowd waiting for the bus")
DESCRIBING = frozenset({"acl", "relcl"})


def describes_noun(t: Token) -> bool:
    """The token heads a clause that describes a noun ("a minibus [bound for X]", "workers [who
    blocked a road]"): its locatives and times are its own predicate's."""
    return t.dep_ in DESCRIBING and t.head.pos_ in NOMINAL


def in_described_clause(tok: Token) -> bool:
    """The token lies in a clause that describes a noun (``describes_noun``)."""
    return any(describes_noun(t) for t in (tok, *tok.ancestors))


def lemma(t: Token) -> str:
    """A token's lower-case lemma (corrected by the nlp's ``unfog_lemmas`` component)."""
    return t.lemma_.lower()


def pruned_subtree(tok: Token) -> list[Token]:
    """The token and its dependents, not descending into clauses."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ not in CLAUSAL]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSAL or c.dep_ in ("det", "conj"))
    return out


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition ("the town" of "in the town"), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def subject_of(tok: Token, light_verbs: frozenset[str], undergoers: frozenset[str] = frozenset()) -> Token | None:
    """The subject (agent) of a trigger: nsubj, the by-agent of a passive, a noun's possessor or
    nationality modifier; for infinitives, conjuncts and nouns under light verbs ('launched an
    attack'; ``light_verbs`` of triggers.yaml) and nouns in a verb's prepositional phrase ("took
    part in the attack"), the governing verb's subject, except after a preposition of sequence
    ("police arrived after the blast": the blast is another event); for relative clauses, the noun
    modified. The subject of an unaccusative verb of dying (``undergoers``: "seven people died in
    the strike") undergoes the event: no agent, of the verb or of an act in its phrases. A
    possessive pronoun on an act noun under a light or support verb ("stepped up their raids") is
    bound by the verb's subject (argument transfer): that subject first, else the pronoun."""
    t = tok
    bound: Token | None = None  # a possessive pronoun bound by a light verb's subject
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX") and lemma(t) in undergoers:
            return None
        for c in t.children:
            if c.dep_ in SUBJ:
                return c
            if c.dep_ == "agent":
                p = prep_object(c)
                if p is not None:
                    return p
        if t.pos_ in ("NOUN", "PROPN"):
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ == "PRON" and _light_governor(t, light_verbs) is not None:
                    bound = c
                    continue
                if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG")):
                    return c
                if c.dep_ == "prep" and c.lower_ == "by":
                    p = prep_object(c)
                    if p is not None:
                        return p
            if t.dep_ in ("dobj", "nsubjpass") and lemma(t.head) in light_verbs:
                t = t.head
                continue
            if (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB"
                    and t.head.lower_ not in SEQUENCE_PREPS):
                t = t.head.head
                continue
            return bound
        if t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and (c.tag_ in ("WDT", "WP") or any(
                x.tag_ == "WP$" for x in c.children)) for c in t.children):
            # "a trader who was refused a permit", "a mayor whose aide was charged": the relative
            # pronoun is (or owns) the passive's subject, so the noun it stands for undergoes the
            # act (Quirk et al. 1985, 17.11); its agent, if any, is the "by" phrase read above
            return bound
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in NOMINAL:
            return t.head
        return bound
    return bound


def target_support(tok: Token, target_verbs: frozenset[str]) -> tuple[Token, Token | None] | None:
    """For an act named as the object of a support verb whose subject is its target ("a convoy
    suffered an ambush", "the base came under attack from militants": ``target_verbs``, Oper2), the
    verb's subject (the target) and the act's agent in its own 'by' or 'from' phrase, if any."""
    verb, noun = None, None
    n = tok.head if tok.dep_ == "compound" else tok  # "an assassination attempt"
    if tok.pos_ == "VERB" and lemma(tok) in target_verbs:
        verb = tok  # the act's own verb is none: "suffered" is no trigger
    elif n.dep_ == "dobj" and lemma(n.head) in target_verbs:
        verb, noun = n.head, n
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and f"{lemma(n.head.head)} {n.head.lower_}" in target_verbs:
        verb, noun = n.head.head, n
    elif tok.pos_ in ("VERB", "AUX"):
        for c in tok.children:  # a phrase trigger headed by the verb: "came under attack"
            if c.dep_ == "prep" and f"{lemma(tok)} {c.lower_}" in target_verbs:
                verb, noun = tok, prep_object(c)
    if verb is None:
        return None
    target = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if target is None:
        return None
    agent = None
    for host in (noun, verb):
        for c in host.children if host is not None else ():
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and (p := prep_object(c)) is not None:
                agent = agent or p
    return target, agent


def _light_governor(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light or support verb whose object the noun is: its direct object ("launched their
    attack") or the object of its 'with' phrase ("pressed ahead with its assault")."""
    h = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(h) in light_verbs:
        return h
    if noun.dep_ == "pobj" and h.lower_ == "with" and h.head.pos_ == "VERB" and lemma(h.head) in light_verbs:
        return h.head
    return None


def _shared_object_host(tok: Token) -> Token:
    """The verb whose objects a transitive verb without its own takes: the later conjunct in
    "killed and wounded scores of fighters" (the parser hangs the object on "wounded")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return tok
    for c in tok.children:
        if (c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
                and any(g.dep_ == "dobj" for g in c.children) and not any(g.dep_ in SUBJ for g in c.children)):
            return c
    return tok


def object_tokens(tok: Token) -> list[Token]:
    out: list[Token] = []
    host = _shared_object_host(tok)
    if host is not tok:
        out.extend(t for c in host.children if c.dep_ == "dobj" for t in pruned_subtree(c))
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "dative"):
            out.extend(pruned_subtree(c))
        elif c.dep_ == "prep" and (c.lower_ in OBJ_PREPS or (c.lower_ == "of" and tok.pos_ == "NOUN")):
            p = prep_object(c)
            if p is not None:
                out.extend(pruned_subtree(p))
    return out


def undergoer_of(tok: Token, undergoers: frozenset[str]) -> Token | None:
    """The subject of the unaccusative verb of dying that is the trigger or governs it through a
    prepositional phrase ("three civilians died in the strike"): it undergoes the event, its victim."""
    t = tok
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ not in SEQUENCE_PREPS:
        t = t.head.head
    if t.pos_ not in ("VERB", "AUX") or lemma(t) not in undergoers:
        return None
    return next((c for c in t.children if c.dep_ == "nsubj"), None)


def arg_tokens(tok: Token, light_verbs: frozenset[str], instrument_verbs: frozenset[str] = frozenset()) -> list[Token]:
    out: list[Token] = []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    for c in (*tok.children, *(g for o in objs for g in o.children)):
        if c.dep_ in CLAUSAL:
            if c.dep_ in INSTRUMENT_CLAUSE and lemma(c) in instrument_verbs:
                # "attacked the post using drones" (the parser may hang "using" on "post"): the
                # instrument is an argument
                out.extend(t for o in c.children if o.dep_ == "dobj" for t in o.subtree)
            continue
        if c.head.i == tok.i:
            out.extend(pruned_subtree(c))
    if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.head.pos_ == "NOUN"):
        out.extend(pruned_subtree(tok.head))
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and tok.pos_ == "NOUN":
        # "launched an attack with drones": the light verb's arguments describe the noun too
        h = tok.head if tok.dep_ != "pobj" else tok.head.head
        if lemma(h) in light_verbs:
            for c in h.children:
                if c.dep_ == "prep" and c.i != tok.head.i:
                    out.extend(pruned_subtree(c))
    return out


def sentence_scope(sent: Span) -> Scope:
    return scope_of(sent)
