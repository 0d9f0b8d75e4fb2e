"""The learned choice of a claim's source span among the ones the parse offers.

The cue finders give each candidate one source (``Candidate.source``: the subject the parse or a
construction gives the cue, or none). The parse offers others (``options``):

- ``given``: that source (``none`` when there is none);
- ``governor``: the nearest subject up the chain of heads from the cue, within its sentence ('X
  defended the plan, calling it ...': X for 'calling', when the cue has no subject of its own);
- ``controller``: for a cue in a to-infinitive, who controls it (``control``: the matrix verb's
  subject, or its object: 'urged the minister to explain ...');
- ``host``: the noun a participle or relative clause hangs on ('a letter saying ...');
- ``host-maker``: the subject of the verb that takes that noun ('X released a letter saying ...');
- ``agent``: a name in a 'by' / 'from' / 'with' / 'of' phrase of the given source ('according to a
  report by X', 'an analysis from X'), or the agent of a participle on it ('according to a document
  filed by X'); not of a person or a pronoun ('X of the Red Cross': where X belongs, no maker);
- ``before`` / ``after``: the nearest subject before / after the cue in its sentence ('X, ...,
  told reporters on Monday after a meeting that ...' when the parse loses the link);
- ``root``: the subject of the sentence's main verb;
- ``named-before`` / ``named-after``: the nearest name of a person or body (an entity of
  ``citing.SPEAKING_ENTS``) before / after the cue in its sentence and outside the content, the
  speaker a reader takes when the parse links none (proximity, as in salience models of reference);
  not a name inside the given source's phrase (its title, body or relay: 'Colonel X', 'X of the
  Red Cross', 'a source quoted by the agency');
- ``from``: for a report noun, the object of its 'from' / 'by' / 'among' phrase, who the report
  comes from ('criticism from the union that ...', 'a warning by the coast guard that ...');
- ``none``: no source.

A relative pronoun ('the minister, who told ...') stands for the noun phrase its clause hangs on:
its option carries that phrase (``Option.name``), and its words run from the phrase to the pronoun
(``Option.words``), as the given source's do when the cue finder names the antecedent.

A logistic-regression model (``data/claims/source_model.json``, written by
``scripts/train_sources.py`` from the PolNeAR training split, cross-validated by document) scores
each option from sparse features (its relation, the cue's kind, dependency and tag, the option's
part of speech and entity type; whether the option stands inside the content, how many dependency
links separate it from the cue, and what it is as a speaker, and what the given source is: a name
or body that can speak, a pronoun, a text that speaks for its maker, or a thing; whether the cue
stands in a quotation or inside another report's content); the highest-scoring option is the source. Without a model the
given source stays.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Token

from unfog.claims.candidate import QUOTES, Candidate, np_span, sent_bounds
from unfog.claims.citing import SPEAKING_ENTS, can_speak
from unfog.claims.control import controller, infinitive
from unfog.claims.learned import PRONOUNS, LinearChooser, read_weights
from unfog.claims.lexicon import Lexicon
from unfog.claims.speakers import REL_PRONOUNS
from unfog.knowledge import PACKAGED, Knowledge
from unfog.lines import entity_table, int_column, span_root, str_column, token_texts

Span = tuple[int, int]
#: how far up the chain of heads the governor's subject is looked for
CLIMB = 6
AGENT_PREPS = frozenset({"by", "from", "with", "of"})
#: prepositions whose object says who a report noun comes from ('criticism from X')
NOUN_SOURCE_PREPS = frozenset({"from", "by", "among"})
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Option:
    """A possible source span (``None``: no source) and the relations that offer it."""

    span: Span | None
    relations: tuple[str, ...]
    #: the noun phrase a relative pronoun stands for ('the minister' of 'the minister, who')
    name: Span | None = None

    @property
    def words(self) -> Span | None:
        """The source's words: from the antecedent to the pronoun, else the span."""
        if self.span is None or self.name is None:
            return self.span
        return (self.name[0], self.span[1])


def antecedent(doc: Doc, span: Span | None) -> Span | None:
    """The noun phrase before a relative pronoun that ``span`` is alone, which its clause hangs on
    ('the minister' of 'the minister, who told reporters ...'), else None."""
    if span is None or span[1] - span[0] != 1:
        return None
    t = doc[span[0]]
    clause = t.head
    if t.lower_ not in REL_PRONOUNS or t.dep_ not in SUBJECTS or clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.i >= t.i or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.lower_ in REL_PRONOUNS:
        return None
    name = np_span(noun)
    return name if name[1] <= t.i else None


def _subject(t: Token, not_i: int) -> Token | None:
    return next((k for k in t.children if k.dep_ in SUBJECTS and k.i != not_i), None)


def _governor(c: Candidate) -> Span | None:
    h = c.head
    s0, s1 = sent_bounds(h)
    t = h
    for _ in range(CLIMB):
        if t.head.i == t.i or not s0 <= t.head.i < s1:
            return None
        t = t.head
        k = _subject(t, h.i)
        if k is not None:
            return np_span(k)
    return None


def _host(c: Candidate) -> tuple[Span | None, Span | None]:
    h = c.head
    if h.dep_ not in ("acl", "relcl") or h.head.pos_ not in ("NOUN", "PROPN"):
        return None, None
    noun = h.head
    g = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    maker = None
    if noun.dep_ in ("dobj", "pobj") and g.pos_ in ("VERB", "AUX") and g.i < noun.i:
        k = _subject(g, noun.i)
        maker = np_span(k) if k is not None else None
    return np_span(noun), maker


def _agent(doc: Doc, given: Span, lex: Lexicon) -> Span | None:
    root = span_root(doc, given[0], given[1])
    if root.ent_type_ == "PERSON" or root.lower_ in PRONOUNS:
        return None  # a person's 'of' / 'from' phrase is where they belong ('X of the Red Cross'), no maker
    if lex.lemma(root) in lex.role_nouns or lex.lemma(root) in lex.person_nouns:
        return None  # so is a role's or an occupation's ('the leader of X'; Quirk et al. 1985, 17.37-17.46)
    for p in root.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in AGENT_PREPS:
            o = next((x for x in p.children if x.dep_ == "pobj"), None)
            if o is not None and (o.pos_ == "PROPN" or o.ent_type_):
                return np_span(o)
    for v in root.children:
        # the agent of a participle on the noun: who made the text ('a document filed by X',
        # 'an assessment released by X')
        # ('a source quoted by the agency', 'remarks carried by state media': the agent passes the
        # words on, a relay: ``carrying_verbs`` and ``citing_verbs``, as in ``chains``)
        lem = lex.lemma(v)
        passes_on = lem in lex.carrying_verbs or lem in lex.citing_verbs or lem in lex.access_verbs
        if v.dep_ == "acl" and v.tag_ == "VBN" and not passes_on:
            for a in v.children:
                o = next((x for x in a.children if x.dep_ == "pobj"), None) if a.dep_ == "agent" else None
                if o is not None and o.pos_ in ("PROPN", "NOUN"):
                    return np_span(o)
    return None


def _from(c: Candidate) -> Span | None:
    """The object of a report noun's 'from' / 'by' / 'among' phrase: who the report comes from."""
    if c.kind != "noun":
        return None
    for p in c.head.children:
        if p.dep_ in ("prep", "agent") and p.lower_ in NOUN_SOURCE_PREPS:
            o = next((x for x in p.children if x.dep_ == "pobj"), None)
            if o is not None and o.pos_ in ("NOUN", "PROPN", "PRON"):
                return np_span(o)
    return None


def _nearest(c: Candidate) -> tuple[Span | None, Span | None, Span | None]:
    """The nearest subjects before and after the cue, and the main verb's subject, in its sentence."""
    h = c.head
    doc = h.doc
    s0, s1 = sent_bounds(h)
    dep, heads = str_column(doc, "dep"), int_column(doc, "head")
    # the subjects' indices, read from the columns; a Token is made only for the three chosen
    subs = [i for i in range(*slice(s0, s1).indices(len(dep))) if dep[i] in SUBJECTS and not c.cue[0] <= i < c.cue[1]]
    before = next((np_span(doc[i]) for i in reversed(subs) if i < c.cue[0]), None)
    after = next((np_span(doc[i]) for i in subs if i >= c.cue[1]), None)
    root = next((i for i in subs if dep[heads[i]] == "ROOT" and s0 <= heads[i] < s1), None)
    return before, after, np_span(doc[root]) if root is not None else None


#: where a document's entity starts are kept (``_named``), once per document
_STARTS_KEY = "unfog.claims.entity_starts"


def _named(c: Candidate, doc: Doc) -> list[tuple[str, Span | None]]:
    """The nearest name of a person or body (``SPEAKING_ENTS``) before and after the cue in its
    sentence, outside the content and outside the given source's phrase (a name there is its
    title, body or relay: 'Colonel X', 'X of the Red Cross', 'a source quoted by the agency'): the
    speaker a reader takes when the parse links none."""
    h = c.head
    s0, s1 = sent_bounds(h)
    lo, hi = -1, -1
    if c.source is not None:
        root = span_root(doc, c.source[0], c.source[1])
        lo, hi = root.left_edge.i, root.right_edge.i + 1
    table = entity_table(doc)
    starts: list[int] | None = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(table):
        starts = [a for a, _, _ in table]
        doc.user_data[_STARTS_KEY] = starts
    ents = [
        (a, b)
        for a, b, lab in table[bisect_left(starts, s0) : bisect_left(starts, s1)]
        if lab in SPEAKING_ENTS and b <= s1
    ]
    outside = [(a, b) for a, b in ents if (b <= c.content[0] or a >= c.content[1]) and not (lo <= a and b <= hi)]
    before = next((e for e in reversed(outside) if e[1] <= c.cue[0]), None)
    after = next((e for e in outside if e[0] >= c.cue[1]), None)
    return [("named-before", before), ("named-after", after)]


def options(c: Candidate, doc: Doc, lex: Lexicon) -> list[Option]:
    """The source spans the parse offers for ``c`` (the given one first), each once."""
    found: list[tuple[str, Span | None]] = [("given", c.source)]
    found.append(("governor", _governor(c)))
    if c.kind == "verb" and infinitive(c.head):  # 'refused to say', 'urged the minister to explain'
        ctrl = controller(c.head, lex)
        found.append(("controller", np_span(ctrl[0]) if ctrl is not None else None))
    host, maker = _host(c)
    found += [("host", host), ("host-maker", maker)]
    if c.source is not None:
        found.append(("agent", _agent(doc, c.source, lex)))
    before, after, root = _nearest(c)
    found += [("before", before), ("after", after), ("root", root)]
    found += [*_named(c, doc), ("from", _from(c)), ("none", None)]
    out: dict[Span | None, list[str]] = {}
    for rel, span in found:
        if span is None and rel != "none" and rel != "given":
            continue
        if span is not None and span[0] <= c.cue[0] < span[1]:
            continue
        out.setdefault(span, []).append(rel)
    return [Option(span, tuple(rels), antecedent(doc, span)) for span, rels in out.items()]


def _kind(doc: Doc, span: Span | None) -> str:
    if span is None:
        return "none"
    return _root_kind(doc[span[0] : span[1]].root)


def _root_kind(root: Token) -> str:
    """What a span is by its head word ``root``: a pronoun, its entity type, or its part of speech."""
    if root.lower_ in PRONOUNS:
        return "pron"
    return root.ent_type_ or root.pos_


def _path(a: Token, b: Token) -> str:
    """How many dependency links separate two tokens (through their nearest common head), bucketed."""
    up = {}
    t, n = a, 0
    while True:
        up[t.i] = n
        if t.head.i == t.i or n > 8:
            break
        t, n = t.head, n + 1
    t, m = b, 0
    while t.i not in up:
        if t.head.i == t.i or m > 8:
            return "far"
        t, m = t.head, m + 1
    d = up[t.i] + m
    return str(d) if d <= 4 else "5+"


def _speaks(doc: Doc, span: Span, lex: Lexicon, root: Token | None = None) -> str:
    """What an option's head word is as a speaker: a pronoun, someone who can speak (a name, an
    outlet, a noun of people or bodies), a text that speaks for its maker, or a thing (``root``: the
    span's head word, when the caller holds it)."""
    root = doc[span[0] : span[1]].root if root is None else root
    if root.lower_ in PRONOUNS:
        return "pron"
    if can_speak(doc, span, lex):
        return "speaker"
    lem = lex.lemma(root)
    if lem in lex.carriers or lem in lex.works:
        return "text"
    return "thing"


def claim_parts(c: Candidate, doc: Doc, lex: Lexicon) -> tuple[str, str, str, bool, bool, str]:
    """What the features of every option of ``c`` share: the cue's lemma and kind, the given
    source's kind, whether the cue has a subject of its own and is passive, and what the given
    source is as a speaker (computed once per claim)."""
    h = c.head
    lemma = lex.lemma(h) if c.kind in ("verb", "noun", "adj") else doc[c.cue[0]].lower_
    kind = ("open-" if c.open else "") + c.kind
    # a cue with a subject of its own, and a passive one: coordinated verbs share the first one's
    # subject ('X denied it and said ...'), a passive's speaker is its agent
    own = any(k.dep_ == "nsubj" for k in h.children)
    passive = any(k.dep_ in ("nsubjpass", "auxpass") for k in h.children)
    if c.source is None:
        return lemma, kind, "none", own, passive, "none"
    root = span_root(doc, c.source[0], c.source[1])  # the given source's head word, once
    return lemma, kind, _root_kind(root), own, passive, _speaks(doc, c.source, lex, root)


def option_features(
    c: Candidate,
    o: Option,
    doc: Doc,
    lex: Lexicon,
    parts: tuple[str, str, str, bool, bool, str] | None = None,
) -> list[str]:
    """Sparse features of one option of ``c`` (strings, each with value 1); ``parts``: the
    claim's ``claim_parts`` when the caller has them."""
    h = c.head
    dep, tag = h.dep_, h.tag_  # read once: a Token's string attributes are looked up at each read
    lemma, kind, given, own, passive, gspeaks = parts if parts is not None else claim_parts(c, doc, lex)
    root = span_root(doc, o.span[0], o.span[1]) if o.span is not None else None  # the option's head word, once
    ok = _root_kind(root) if root is not None else "none"
    feats: list[str] = []
    for rel in o.relations:
        feats += [
            f"rel={rel}|gspeaks={gspeaks}",
            f"rel={rel}|gspeaks={gspeaks}|opt={ok}",
            f"rel={rel}",
            f"rel={rel}|kind={kind}",
            f"rel={rel}|dep={dep}",
            f"rel={rel}|tag={tag}",
            f"rel={rel}|kind={kind}|dep={dep}|tag={tag}",
            f"rel={rel}|lem={lemma}",
            f"rel={rel}|opt={ok}",
            f"rel={rel}|given={given}",
            f"rel={rel}|given={given}|dep={dep}",
            f"rel={rel}|n={len(o.relations)}",
            f"rel={rel}|own={own}|dep={dep}",
            f"rel={rel}|passive={passive}|opt={ok}",
        ]
        if o.name is not None:  # a relative pronoun with the noun phrase it stands for
            feats.append(f"rel={rel}|ante={_kind(doc, o.name)}")
    if o.span is not None and root is not None:
        optdep, opthead = root.dep_, root.head.dep_
        lo, hi = (o.span[1], c.cue[0]) if o.span[1] <= c.cue[0] else (c.cue[1], o.span[0])
        between = token_texts(doc)[lo:hi] if hi > lo else []
        gap = "0" if hi - lo <= 0 else "1-3" if hi - lo <= 3 else "4-10" if hi - lo <= 10 else "11+"
        comma = "," in between
        quote = any(x in QUOTES for x in between)
        side = "after" if o.span[0] > c.cue[0] else "before"
        feats += [f"optdep={optdep}", f"optlem={lex.lemma(root)}", f"side={side}", f"gap={gap}"]
        inside = c.content[0] <= o.span[0] and o.span[1] <= c.content[1]
        path = _path(root, h)
        speaks = _speaks(doc, o.span, lex, root)
        for rel in o.relations:
            feats += [
                f"rel={rel}|incontent={inside}",
                f"rel={rel}|path={path}",
                f"rel={rel}|path={path}|dep={dep}",
                f"rel={rel}|speaks={speaks}",
                f"rel={rel}|speaks={speaks}|kind={kind}",
                f"rel={rel}|quoted={c.quoted}|opt={ok}",
                f"rel={rel}|outer={c.outer}",
            ]
        for rel in o.relations:
            feats += [
                f"rel={rel}|side={side}|gap={gap}",
                f"rel={rel}|comma={comma}|quote={quote}",
                f"rel={rel}|optdep={optdep}",
                f"rel={rel}|dep={dep}|opt={ok}",
                f"rel={rel}|optdep={optdep}|opthead={opthead}",
            ]
    return feats


class SourceModel(LinearChooser):
    """Weights of the option scorer; the best-scoring option is the source."""

    def choose(self, c: Candidate, doc: Doc, lex: Lexicon) -> Option:
        opts = options(c, doc, lex)
        parts = claim_parts(c, doc, lex)
        return max(opts, key=lambda o: self.score(option_features(c, o, doc, lex, parts)))


def load_source_model(knowledge: Knowledge = PACKAGED) -> SourceModel:
    raw = cast(Mapping[str, object], json.loads(knowledge.text("claims/source_model.json")))
    return SourceModel(read_weights(raw))
