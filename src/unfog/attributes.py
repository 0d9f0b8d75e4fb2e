"""spaCy's ``attribute_ruler`` computed faster, with the same result.

The English model's attribute ruler (179 rules: the tag map, TAG -> POS and MORPH, and exceptions
such as 'gon na' -> 'go to') runs a generic token Matcher over every token of every document:
about a tenth of the whole parse. Its rules test only four attributes of a token (TAG, LOWER, DEP,
IS_SPACE) with equality, IN, NOT_IN or REGEX, on sequences of consecutive tokens. So which rules
match a token depends on those four values alone: :class:`AttributeRules` works out, once per
distinct combination of them, which rules match there and the attributes they set, and keeps the
answer (in the component, for the life of the loaded model; there are a few thousand combinations).

The result is the ruler's: it matches everything before it sets anything (as the ruler does), sets
the ruler's own normalised attributes with spaCy's ``set_token_attrs``, and where several rules
match one token, a later rule's attribute wins (the ruler applies its matches sorted by rule).
A ruler with a rule of any other shape (another attribute, an operator such as ``OP``) is kept
as it is (:func:`speed_up`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: the token attributes a rule may test, in the order of :data:`_COLUMNS`
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_LEMMA_COLUMNS = [ORTH, POS, MORPH, LEMMA]
_OPS = ("IN", "NOT_IN", "REGEX")
#: the key of every lower-case form no rule names (0 is no string's hash); it is tested as a form
#: that equals no named one and that no regular expression finds
OTHER = 0
_OTHER_FORM = "\x00"

Spec = Mapping[str, Any]
Values = tuple[str, str, str, bool]
Entry = tuple[dict[Any, Any], tuple[int, ...], frozenset[tuple[int, int]]]


class Unsupported(ValueError):
    """A rule of a shape :class:`AttributeRules` does not evaluate."""


def _test(spec: Spec) -> Spec:
    """The spec, checked to be one this module evaluates exactly."""
    for key, want in spec.items():
        if key not in _KEYS:
            raise Unsupported(f"attribute {key}")
        if isinstance(want, Mapping) and not set(want) <= set(_OPS):
            raise Unsupported(f"operator {sorted(want)}")
    return spec


def matches(spec: Spec, values: Values) -> bool:
    """Whether a token with these TAG, LOWER, DEP, IS_SPACE values matches one token's spec of a
    Matcher pattern (equality, or IN, NOT_IN, REGEX searched as the Matcher does)."""
    for key, want in spec.items():
        have = values[_KEYS.index(key)]
        if isinstance(want, Mapping):
            for op, arg in want.items():
                if op == "IN" and have not in arg:
                    return False
                if op == "NOT_IN" and have in arg:
                    return False
                if op == "REGEX" and (have == _OTHER_FORM or re.search(arg, str(have)) is None):
                    return False
        elif have != want:
            return False
    return True


def _by_tag(specs: list[tuple[Any, Spec]]) -> dict[str | None, list[tuple[Any, Spec]]]:
    """The (key, spec) pairs by the tag their spec requires (``None``: no tag required), each list in
    the given order."""
    out: dict[str | None, list[tuple[Any, Spec]]] = {None: []}
    for key, spec in specs:
        tag = spec.get("TAG")
        out.setdefault(tag if isinstance(tag, str) else None, []).append((key, spec))
    return out


def _specs_for(by_tag: dict[str | None, list[tuple[Any, Spec]]], tag: str) -> list[tuple[Any, Spec]]:
    """The (key, spec) pairs that may match a token of this tag, in their given order."""
    own = by_tag.get(tag)
    return sorted(by_tag[None] + own) if own else by_tag[None]


class AttributeRules:
    """The rules of an AttributeRuler, applied per combination of a token's tested values."""

    def __init__(self, rules: Sequence[tuple[Sequence[Sequence[Spec]], Mapping[Any, Any], int]]) -> None:
        # rules in the ruler's order: (patterns, normalised attrs, index of the token they set)
        self.attrs = [dict(attrs) for _, attrs, _ in rules]
        self.single: list[tuple[int, Spec]] = []  # (rule, spec) of one-token patterns
        self.longer: list[tuple[int, list[Spec], int]] = []  # (rule, specs, token offset set)
        for rule, (patterns, _, index) in enumerate(rules):
            for pattern in patterns:
                specs = [_test(s) for s in pattern]
                if len(specs) == 1:
                    self.single.append((rule, specs[0]))
                else:
                    self.longer.append((rule, specs, index if index >= 0 else len(specs) + index))
        specs_all = [spec for _, spec in self.single] + [spec for _, specs, _ in self.longer for spec in specs]
        # the lower-case forms the rules name; any other form tests as any other does, so it is keyed
        # as OTHER, unless one of the rules' regular expressions finds it
        self.named: set[str] = set()
        self.regexes: list[str] = []
        for spec in specs_all:
            want = spec.get("LOWER")
            if isinstance(want, Mapping):
                self.named.update(want.get("IN", ()), want.get("NOT_IN", ()))
                self.regexes += [want["REGEX"]] if "REGEX" in want else []
            elif want is not None:
                self.named.add(want)
        if "" in self.named:
            raise Unsupported("a rule on the empty form")
        # the specs by the tag they require: a spec that tests TAG for equality can match only a
        # token of that tag, so a new combination of values is tested against its tag's specs and
        # the specs with no such test, not against all (the same answers, in the same order)
        self.single_by_tag = _by_tag([(k, spec) for k, (_, spec) in enumerate(self.single)])
        self.longer_by_tag = _by_tag(
            [((p, k), s) for p, (_, specs, _) in enumerate(self.longer) for k, s in enumerate(specs)]
        )
        self.lowers: dict[int, int] = {}  # LOWER -> the LOWER it is keyed by
        # per combination of values: the attributes its one-token rules set (merged in rule order),
        # those rules, and the (pattern, position) pairs of the longer patterns it fits
        self.known: dict[tuple[int, ...], Entry] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> AttributeRules:
        rules = [
            (ruler.matcher.get(str(i))[1], ruler.attrs[i], ruler.indices[i]) for i in range(len(ruler.attrs))
        ]
        return cls(rules)

    def _lower(self, lower: int, doc: Doc) -> int:
        form = doc.vocab.strings[lower]
        keyed = lower if form in self.named or any(re.search(r, form) for r in self.regexes) else OTHER
        self.lowers[lower] = keyed
        return keyed

    def _entry(self, key: tuple[int, ...], doc: Doc) -> Entry:
        strings = doc.vocab.strings
        lower = strings[key[1]] if key[1] != OTHER else _OTHER_FORM
        values: Values = (strings[key[0]], lower, strings[key[2]], bool(key[3]))
        single = self.single
        rules = tuple(single[k][0] for k, spec in _specs_for(self.single_by_tag, values[0]) if matches(spec, values))
        fits = frozenset(pk for pk, s in _specs_for(self.longer_by_tag, values[0]) if matches(s, values))
        entry = (self._merged(rules), rules, fits)
        self.known[key] = entry
        return entry

    def _merged(self, rules: Iterable[int]) -> dict[Any, Any]:
        """The attributes the rules set, applied in rule order: a later rule's value wins."""
        merged: dict[Any, Any] = {}
        for rule in sorted(set(rules)):
            merged.update(self.attrs[rule])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        known, lowers = self.known, self.lowers
        entries = []
        for tag, lower, dep, space in doc.to_array(_COLUMNS).tolist():
            lw = lowers.get(lower)
            if lw is None:
                lw = self._lower(lower, doc)
            key = (tag, lw, dep, space)
            entries.append(known.get(key) or self._entry(key, doc))
        extra: dict[int, list[int]] = {}  # token -> rules of longer patterns that set it
        for i in [i for i, e in enumerate(entries) if e[2]]:
            for p, k in entries[i][2]:
                rule, specs, offset = self.longer[p]
                n = len(specs)
                if k == 0 and i + n <= len(entries) and all((p, j) in entries[i + j][2] for j in range(n)):
                    extra.setdefault(i + offset, []).append(rule)
        for i, (attrs, rules, _) in enumerate(entries):
            if i in extra:
                attrs = self._merged([*rules, *extra[i]])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


class Lemmas:
    """The model's lemmatizer, asked once per combination of a token's ORTH, POS and MORPH, which
    are all its rules read (the suffix rules, exceptions and index of its tables, and the base-form
    test), and its answer kept; spaCy's own cache leaves out the answers of its shortcuts (proper
    nouns, base forms). Like the lemmatizer, it leaves a lemma that a rule already set."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode not in ("rule", "lookup") or lemmatizer.overwrite:
            raise Unsupported(f"lemmatizer mode {lemmatizer.mode}, overwrite {lemmatizer.overwrite}")
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> LEMMA
        # the rules ask whether a form is in the index of its part of speech, a list of thousands of
        # words: made a set (the same answers, at once). This lemmatizer is the component's own
        # (it replaced the model's), so nothing else reads the tables, and they are not saved.
        index = lemmatizer.lookups.get_table("lemma_index", None)
        for pos in list(index.keys()) if index is not None else []:
            index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer, known, strings = self.lemmatizer, self.known, doc.vocab.strings
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(_LEMMA_COLUMNS).tolist()):
            if lemma != 0:
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            tok = doc[i]
            if value is None:
                value = known[key] = strings.add(lemmatizer.lemmatize(tok)[0])
            tok.lemma = value
        return doc


@Language.factory("unfog_attributes")
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """The rules of the pipeline's ``attribute_ruler``, as :class:`AttributeRules`."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise Unsupported(f"attribute_ruler is a {type(ruler).__name__}")
    return AttributeRules.from_ruler(ruler)


@Language.factory("unfog_lemmatizer")
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """The pipeline's ``lemmatizer``, as :class:`Lemmas`."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        raise Unsupported(f"lemmatizer is a {type(lemmatizer).__name__}")
    return Lemmas(lemmatizer)


#: the model's components that have a faster equivalent here: name -> factory
FASTER = {"attribute_ruler": "unfog_attributes", "lemmatizer": "unfog_lemmatizer"}


def speed_up(nlp: Language) -> Language:
    """The pipeline with its ``attribute_ruler`` and ``lemmatizer`` computed by :class:`AttributeRules`
    and :class:`Lemmas` (the same result, faster), under the same names; a component of another kind
    or with rules of another shape is kept as it is."""
    for name, factory in FASTER.items():
        if name not in nlp.pipe_names:
            continue
        try:
            nlp.add_pipe(factory, name=f"{factory}_new", before=name)
        except Unsupported:
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{factory}_new", name)
    return nlp
