"""Reading the knowledge files under ``unfog/data`` (listed in docs/knowledge.md).

A :class:`Knowledge` is where a stage reads its files. It is made from the settings
(``settings.knowledge``) and handed to each stage's ``from_settings``, which parses its files once and
holds what it built; no stage keeps knowledge in a module-level cache. With an overlay directory
(``Settings.knowledge_dir``, ``UNFOG_KNOWLEDGE``), a file there replaces the packaged file of the same
path (``<dir>/actors/actors.yaml`` replaces the packaged actor dictionary), so one process can run
pipelines with different knowledge side by side.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def data_text(path: str) -> str:
    """The text of the packaged ``unfog/data/<path>`` ('events/modality.yaml')."""
    return resources.files("unfog").joinpath("data", *path.split("/")).read_text(encoding="utf-8")


def read_data(path: str) -> Any:
    """The parsed YAML of the packaged ``unfog/data/<path>``, a fresh object each call."""
    return yaml.safe_load(data_text(path))


@dataclass(frozen=True)
class Knowledge:
    """The packaged knowledge files, each replaceable by a file of the same path under ``overlay``."""

    overlay: Path | None = None

    def source(self, path: str) -> str:
        """Where ``path`` is read from: the overlay file's path, or 'package'."""
        if self.overlay is not None and (self.overlay / path).is_file():
            return str(self.overlay / path)
        return "package"

    def text(self, path: str) -> str:
        """The text of ``path`` ('claims/lexicon.yaml')."""
        if self.overlay is not None:
            f = self.overlay / path
            if f.is_file():
                return f.read_text(encoding="utf-8")
        return data_text(path)

    def read(self, path: str) -> Any:
        """The parsed YAML of ``path``, a fresh object each call."""
        return yaml.safe_load(self.text(path))

    def fingerprint(self, paths: list[str]) -> str:
        """A short hash of the named files' texts: what a record was analysed with."""
        h = hashlib.sha256()
        for p in sorted(paths):
            h.update(p.encode())
            h.update(self.text(p).encode())
        return h.hexdigest()[:16]


#: the packaged knowledge, without overlay (for scripts and tests that need no settings)
PACKAGED = Knowledge()
