"""Loading the spaCy pipeline: the only module that knows the model's name."""

from __future__ import annotations

from importlib import metadata

import spacy
from spacy.language import Language

from unfog.settings import SPACY_MODEL, SPACY_MODEL_PIP, SPACY_MODEL_VERSION


class ModelError(RuntimeError):
    """The spaCy model is missing or is not the version unfog was built with."""


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
    return spacy.load(model)
