"""The learned attribution decision: sparse features of a candidate cue and a logistic-regression
model (``data/claims/cue_model.json``, written by ``scripts/train_claims.py`` from the PolNeAR
training split) that says whether the candidate is an attribution.

The model is a table feature -> weight, a bias and a threshold; scoring is a sparse dot product in
pure Python. Features are strings ('lem=say', 'lem=say|fr=ccomp', 'subj=PERSON', ...); the same
function computes them at training and analysis time, so they must stay deterministic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from types import MappingProxyType
from typing import cast

from spacy.tokens import Doc, Token

from unfog.claims.candidate import QUOTES, Candidate, sent_bounds
from unfog.claims.lexicon import Lexicon
from unfog.knowledge import PACKAGED, Knowledge
from unfog.lines import int_column, is_title_line, span_root, str_column, token_texts

PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "you", "it", "who", "which", "that", "his", "her", "their", "its", "our", "my"}
)
COMPLEMENTS = ("ccomp", "xcomp", "dobj", "prep", "dative", "advcl", "oprd", "attr", "acomp", "acl", "appos")
#: the parts of speech of a verb (a content with one is a clause)
_VERBS = frozenset({"VERB", "AUX"})
WH = frozenset({"if", "whether", "what", "why", "how", "who", "when", "where", "which"})


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _subject_kind(root: Token | None) -> str:
    """What the source is (``root``: its head word): none, a pronoun, its entity type, or its part of speech."""
    if root is None:
        return "none"
    if root.lower_ in PRONOUNS:
        return "pron"
    if root.ent_type_:
        return root.ent_type_
    return root.pos_


def frame_of(head: Token, c: Candidate) -> str:
    """The complement that carries the content: its dependency on the cue, or where it lies."""
    if c.content[1] <= c.cue[0]:
        return "left"
    doc, hi = head.doc, head.i
    heads, deps = int_column(doc, "head"), str_column(doc, "dep")
    for k in range(hi + 1, head.right_edge.i + 1):  # the head's right children (``head.rights``), in order
        if heads[k] != hi:
            continue
        dep = deps[k]
        if dep in COMPLEMENTS and c.content[0] - (dep == "prep") <= k < c.content[1]:
            if dep == "prep":
                return f"prep:{str_column(doc, 'lower')[k]}"
            return dep
    if c.content[0] < c.cue[0] < c.content[1]:
        return "inside"
    return "surface"


def _opener(doc: Doc, c: Candidate) -> str:
    """How the content begins: a quote, 'that', a wh-word, 'to', or another word."""
    k = c.content[0]
    if token_texts(doc)[k] in QUOTES:
        return "quote"
    low = str_column(doc, "lower")[k]
    if low == "that" or low in WH or low == "to":
        return low
    return str_column(doc, "pos")[k]


def on_carrier(h: Token, lex: Lexicon) -> bool:
    """A participle on a carrier noun ('issued a statement saying ...'), or on the verb that takes
    one ('released a statement on Monday, identifying ...')."""
    if h.dep_ == "acl":
        return h.head.lemma_.lower() in lex.carriers
    if h.dep_ == "advcl" and h.tag_ == "VBG":
        return any(k.dep_ == "dobj" and k.lemma_.lower() in lex.carriers for k in h.head.children)
    return False


def _after(doc: Doc, end: int, s1: int) -> str:
    """What follows the content in its sentence: nothing, or the punctuation and the next word's
    dependency ('end', ',relcl', 'prep', ...): where the content stops tells how sure its bounds are."""
    k = end
    punct = ""
    texts, marks = token_texts(doc), int_column(doc, "punct")
    while k < s1 and marks[k] and texts[k] not in QUOTES:
        punct += texts[k]
        k += 1
    if k >= s1:
        return "end"
    return f"{punct[:2]}{str_column(doc, 'dep')[k]}"


def features(c: Candidate, doc: Doc, lex: Lexicon) -> list[str]:
    """The candidate's features (strings; each present feature has value 1)."""
    h = c.head
    dep, tag = h.dep_, h.tag_  # read once: a Token's string attributes are looked up at each read
    lowers = str_column(doc, "lower")
    lemma = lex.lemma(h) if c.kind in ("verb", "noun", "adj") else " ".join(lowers[c.cue[0] : c.cue[1]])
    if c.kind == "frame" and token_texts(doc)[c.cue[0]] == ":":
        lemma = ":"
    kind = "open-" + c.kind if c.open else c.kind
    frame = frame_of(h, c)
    src_root = span_root(doc, c.source[0], c.source[1]) if c.source is not None else None
    subj = _subject_kind(src_root)
    entry = lex.verbs.get(lemma) if c.kind == "verb" else None
    lexclass = f"{entry.stance}/{entry.framing}/{entry.content}" if entry else ("open" if c.open else c.kind)
    s0, s1 = sent_bounds(h)
    kids = list(h.children)
    neg = any(k.dep_ == "neg" for k in kids) or (c.kind == "adj" and any(k.dep_ == "neg" for k in h.head.children))
    aux = sorted({lex.lemma(k) for k in kids if k.dep_ in ("aux", "auxpass")})
    inside = range(len(doc))[c.content[0] : c.content[1]]  # the indices of the content's tokens
    pos = str_column(doc, "pos")
    has_verb = not _VERBS.isdisjoint(pos[c.content[0] : c.content[1]])  # the content's parts of speech
    texts = token_texts(doc)
    qmarks = sum(map(QUOTES.__contains__, texts[c.content[0] : c.content[1]]))
    near_quote = not QUOTES.isdisjoint(texts[max(s0, c.cue[0] - 3) : min(s1, c.cue[1] + 3)])
    ctoks = c.content[1] - c.content[0]
    deps = str_column(doc, "dep")
    that_mark = any(deps[i] == "mark" and lowers[i] == "that" for i in inside[:3])
    subj_lemma = src_root.lemma_.lower() if src_root is not None else "-"
    title = is_title_line(doc, s0, s1)
    opener = _opener(doc, c)
    length = _bucket(ctoks, (2, 4, 8, 16, 32))
    feats = [
        "bias",
        f"kind={kind}",
        f"lem={lemma}",
        f"lem={lemma}|fr={frame}",
        f"kind={kind}|fr={frame}",
        f"lex={lexclass}",
        f"lex={lexclass}|fr={frame}",
        f"subj={subj}",
        f"lem={lemma}|subj={subj}",
        f"kind={kind}|subj={subj}",
        f"subjlem={subj_lemma}",
        f"tag={tag}",
        f"kind={kind}|tag={tag}",
        f"lem={lemma}|tag={tag}",
        f"dep={dep}",
        f"kind={kind}|dep={dep}",
        f"neg={neg}",
        f"kind={kind}|neg={neg}",
        f"open={opener}",
        f"lem={lemma}|open={opener}",
        f"verb={has_verb}",
        f"that={that_mark}",
        f"qmarks={min(qmarks, 3)}",
        f"nearq={near_quote}",
        f"kind={kind}|nearq={near_quote}",
        f"quoted={c.quoted}",
        f"kind={kind}|quoted={c.quoted}",
        f"lem={lemma}|quoted={c.quoted}",
        f"len={length}",
        f"kind={kind}|len={length}",
        f"title={title}",
        f"first={s0 == 0}",
        f"pos={_bucket(c.cue[0] - s0, (0, 2, 5, 10, 20))}",
    ]
    # a headline's content ends at a break word of the rule ('... as Ukraine says'), not where the parse ends it
    after = "title" if title else _after(doc, c.content[1], s1)
    feats += [f"after={after}", f"kind={kind}|after={after}", f"fr={frame}|after={after}"]
    feats += [f"aux={a}" for a in aux]
    feats += [f"kind={kind}|aux={a}" for a in aux]
    if dep in ("xcomp", "ccomp", "advcl", "conj") and h.head.i != h.i:
        feats.append(f"govlem={lex.lemma(h.head)}")
    if on_carrier(h, lex):
        feats += ["carrier", f"kind={kind}|carrier"]
    if c.outer is not None:  # reported inside another attribution's content
        feats += [f"outer={c.outer}", f"kind={kind}|outer={c.outer}", f"lem={lemma}|outer={c.outer}"]
        feats.append(f"outer={c.outer}|quoted={c.quoted}")
    if dep == "advcl" and any(k.dep_ == "mark" and k.lower_ == "as" for k in kids):
        feats.append("as-clause")  # 'As X noted, ...'
    return feats


@dataclass(frozen=True)
class CueModel:
    """A logistic-regression attribution scorer: weights, bias and the acceptance threshold."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    #: the weights as a plain dict, for the sums (a read-only mapping's ``get`` costs a method call)
    _plain: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_plain", dict(self.weights))

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self._plain.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def __deepcopy__(self, memo: dict[int, object]) -> CueModel:
        return self  # immutable: frozen, its weights a read-only mapping (a copy of knowledge shares it)


def read_weights(raw: Mapping[str, object]) -> Mapping[str, float]:
    """The read-only feature weights of a model file's ``weights``."""
    weights = cast(Mapping[str, float], raw["weights"])
    return MappingProxyType({str(k): float(v) for k, v in weights.items()})


@dataclass(frozen=True)
class LinearChooser:
    """Weights of a learned chooser (of a claim's source, of its content): the option whose features'
    weights sum highest wins."""

    weights: Mapping[str, float]
    #: the weights as a plain dict, for the sums (a read-only mapping's ``get`` costs a method call)
    _plain: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_plain", dict(self.weights))

    def score(self, feats: list[str]) -> float:
        return sum(map(self._plain.get, feats, repeat(0.0)))


def parse_model(raw: Mapping[str, object]) -> CueModel:
    return CueModel(
        read_weights(raw),
        float(cast(float, raw["bias"])),
        float(cast(float, raw["threshold"])),
    )


def load_cue_model(path: Path | None = None, knowledge: Knowledge = PACKAGED) -> CueModel:
    """The model at ``path``, else ``claims/cue_model.json`` of the knowledge; the stage reads it once."""
    text = knowledge.text("claims/cue_model.json") if path is None else path.read_text(encoding="utf-8")
    return parse_model(cast(Mapping[str, object], json.loads(text)))
