"""Loading the geo stage's YAML knowledge files (``unfog/data/geo``), once per process."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from unfog.knowledge import data_text


@cache
def text_of(name: str) -> str:
    """The text of ``unfog/data/geo/<name>``, read once."""
    return data_text(f"geo/{name}")


def load_yaml(name: str) -> dict[str, Any]:
    """A fresh dict parsed from ``unfog/data/geo/<name>`` (the text is read once)."""
    data = yaml.safe_load(text_of(name))
    if not isinstance(data, dict):
        raise ValueError(f"unfog/data/geo/{name}: expected a mapping at the top level")
    return data
