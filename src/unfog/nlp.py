"""Loading the spaCy pipeline: the only module that knows the model's name."""

from __future__ import annotations

from importlib import metadata

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from unfog.settings import SPACY_MODEL, SPACY_MODEL_PIP, SPACY_MODEL_VERSION


class ModelError(RuntimeError):
    """The spaCy model is missing or is not the version unfog was built with."""


@Language.component("unfog_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a list item is not run into the
    next line's sentence. Set before the parser, which keeps these boundaries."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def load_nlp(model: str = SPACY_MODEL) -> Language:
    """Load the English pipeline, checking that it is the pinned version."""
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
    nlp = spacy.load(model)
    nlp.add_pipe("unfog_line_breaks", before="parser")
    return nlp
