"""Reading the packaged knowledge files under ``unfog/data`` (listed in docs/knowledge.md).

Each stage parses its files through :func:`read_data` and builds an immutable object from them once
(a ``functools.cache`` on the stage's loader); this module holds no state.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def data_text(path: str) -> str:
    """The text of ``unfog/data/<path>`` ('events/modality.yaml')."""
    return resources.files("unfog").joinpath("data", *path.split("/")).read_text(encoding="utf-8")


def read_data(path: str) -> Any:
    """The parsed YAML of ``unfog/data/<path>`` ('events/modality.yaml'), a fresh object each call."""
    return yaml.safe_load(data_text(path))
