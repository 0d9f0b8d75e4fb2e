"""Reading the geo stage's YAML knowledge files (``geo/*.yaml`` of a :class:`~unfog.knowledge.Knowledge`).

Plain functions: the stage calls them once in ``GeoStage.from_settings`` with ``settings.knowledge``
and holds what they built; the gazetteer builder and the importer read the packaged files
(``PACKAGED``), since the index they write is shared by every pipeline that uses its path.
"""

from __future__ import annotations

from typing import Any

from unfog.knowledge import PACKAGED, Knowledge


def text_of(name: str, knowledge: Knowledge = PACKAGED) -> str:
    """The text of ``geo/<name>``."""
    return knowledge.text(f"geo/{name}")


def load_yaml(name: str, knowledge: Knowledge = PACKAGED) -> dict[str, Any]:
    """A fresh dict parsed from ``geo/<name>``."""
    data = knowledge.read(f"geo/{name}")
    if not isinstance(data, dict):
        raise ValueError(f"geo/{name} ({knowledge.source(f'geo/{name}')}): expected a mapping at the top level")
    return data
