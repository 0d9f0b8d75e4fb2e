"""Loading the spaCy pipeline: the only module that knows the model's name."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import metadata

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from unfog.attributes import speed_up
from unfog.datelines import find_datelines
from unfog.knowledge import PACKAGED, Knowledge
from unfog.language import lemma_fixes
from unfog.lines import token_texts
from unfog.settings import SPACY_MODEL, SPACY_MODEL_PIP, SPACY_MODEL_VERSION


class ModelError(RuntimeError):
    """The spaCy model is missing or is not the version unfog was built with."""


@Language.component("unfog_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a list item is not run into the
    next line's sentence; and a dateline run into its paragraph's first sentence ('KASTRO, June 11
    (Agency) - Shelling ...', ``unfog.datelines``, found here once for every stage) is a sentence of
    its own: the next starts after its dash. Set before the parser, which keeps these boundaries."""
    texts = token_texts(doc)  # (read once, kept for the stages: no Token object per token)
    for i in range(len(doc) - 1):
        if "\n" in texts[i] and texts[i].isspace():
            doc[i + 1].is_sent_start = True
    for d in find_datelines(doc):
        if d.dash < 0 or d.dash + 1 >= len(doc):
            continue
        nxt = doc[d.dash + 1]
        if nxt.text[:1].isupper() or nxt.is_quote:
            nxt.is_sent_start = True
            if d.dash + 2 < len(doc):
                doc[d.dash + 2].is_sent_start = False  # nor a one-word sentence ('A' of 'A ferry ran')
    return doc


def lead_sentence(doc: Doc) -> Span | None:
    """The document's first sentence, its lead (Bell 1991's news structure), with a dateline
    (``unfog.datelines``) that ``line_breaks`` set off as a sentence of its own joined to the sentence
    it opens ('KASTRO, June 11 (Agency) - Shelling hit ...' is one lead)."""
    sents = iter(doc.sents)
    first = next(sents, None)
    if first is None or not any(d.dash == first.end - 1 for d in find_datelines(doc)):
        return first
    second = next(sents, None)
    return first if second is None else doc[first.start : second.end]


class LemmaFixes:
    """Sets ``token.lemma_`` of the listed lower-cased word forms to the listed lemma: where the
    lemmatiser reads a word of conflict news as another word ('hoping' -> 'hop', 'bases' -> 'basis')
    or misses a form. Added after the lemmatiser, so every stage reads the corrected lemma.

    And a sentence's first word tagged a plural proper noun ('Warplanes struck', 'Rebels seized',
    also after a dateline's dash) is the common noun when its lower-case form is the plural of a noun
    the lemmatiser's tables know (``nouns``: its noun exceptions, suffix rules and index): the first
    word of a sentence is capitalised whatever its word class (an orthographic convention, Quirk et
    al. 1985, App. III.32), and the tagger, reading the capital, leaves such a plural unlemmatised. A
    word followed by another proper noun is part of a name ('Rebels Alliance ...') and stays."""

    def __init__(self, fixes: Mapping[str, str], nouns: NounTables | None = None) -> None:
        self.fixes = {str(k).lower(): str(v).lower() for k, v in fixes.items()}
        self.nouns = nouns

    def __call__(self, doc: Doc) -> Doc:
        fixes = self.fixes
        for tok in doc:
            lemma = fixes.get(tok.lower_)
            if lemma is not None:
                tok.lemma_ = lemma
        if self.nouns is not None:
            for sent in doc.sents:
                tok = sent[0]
                if tok.tag_ not in _PROPER or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in _PROPER):
                    continue
                if (singular := self.nouns.singular(tok.lower_)) is not None:
                    tok.lemma_ = singular
        return doc


_PROPER = frozenset({"NNP", "NNPS"})


class NounTables:
    """The lemmatiser's noun tables: a plural form's singular when it is a noun of the index."""

    def __init__(self, index: frozenset[str], exceptions: Mapping[str, list[str]], rules: list[list[str]]) -> None:
        self.index, self.exceptions, self.rules = index, exceptions, rules

    def singular(self, form: str) -> str | None:
        if (exc := self.exceptions.get(form)) and exc[0] != form:
            return str(exc[0])
        for old, new in self.rules:
            if old and form.endswith(old) and (cand := form[: len(form) - len(old)] + new) in self.index:
                return cand
        return None


def noun_tables(nlp: Language) -> NounTables | None:
    """The noun tables of the pipeline's lemmatiser (the model's, or unfog's faster one), if any."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    pipe = nlp.get_pipe("lemmatizer")
    lookups = getattr(getattr(pipe, "lemmatizer", pipe), "lookups", None)
    if lookups is None or not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
        return None
    index, exc, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    if "noun" not in index or "noun" not in rules:
        return None
    return NounTables(frozenset(index["noun"]), dict(exc.get("noun", {})), list(rules["noun"]))


@Language.factory("unfog_lemmas", default_config={"fixes": {}})
def make_lemma_fixes(nlp: Language, name: str, fixes: dict[str, str]) -> LemmaFixes:
    """The lemma corrections, given as the component's config (``fixes``: word form -> lemma), and the
    lemmatiser's noun tables for a sentence's capitalised first word."""
    return LemmaFixes(fixes, noun_tables(nlp))


def load_nlp(model: str = SPACY_MODEL, knowledge: Knowledge = PACKAGED) -> Language:
    """Load the English pipeline, checking that it is the pinned version, with unfog's components:
    line breaks end sentences, and the lemma corrections of ``knowledge`` (language/lemmas.yaml).
    The model's attribute ruler runs as :mod:`unfog.attributes` (the same result, faster)."""
    try:
        version = metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        version = None
    if version is None:
        raise ModelError(
            f"the spaCy model '{model}' is not installed; install it with: pip install {SPACY_MODEL_PIP}"
        )
    if version != SPACY_MODEL_VERSION:
        raise ModelError(
            f"the spaCy model '{model}' is version {version}, unfog needs {SPACY_MODEL_VERSION}: "
            f"pip install {SPACY_MODEL_PIP}"
        )
    nlp = speed_up(spacy.load(model))
    nlp.add_pipe("unfog_line_breaks", before="parser")
    nlp.add_pipe("unfog_lemmas", after="lemmatizer", config={"fixes": lemma_fixes(knowledge)})
    return nlp
