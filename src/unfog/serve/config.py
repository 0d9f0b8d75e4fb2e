"""The settings of `unfog serve`, from the environment (the command's options override them):

- ``UNFOG_API_TOKEN``: the token that allows writes (``POST /api/documents`` with
  ``Authorization: Bearer <token>``); without it the server is read-only;
- ``UNFOG_CORS_ORIGINS``: origins allowed to call the API from other pages, comma-separated
  (none by default: no CORS headers are sent);
- ``UNFOG_MAX_BODY``: the largest request body accepted, in bytes (default 2 MB).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MAX_BODY = 2_000_000
#: the largest page a list endpoint gives
MAX_LIMIT = 1000


def _origins() -> tuple[str, ...]:
    raw = os.environ.get("UNFOG_CORS_ORIGINS", "")
    return tuple(o.strip() for o in raw.split(",") if o.strip())


@dataclass(frozen=True)
class ServeConfig:
    token: str | None = field(default_factory=lambda: os.environ.get("UNFOG_API_TOKEN", "").strip() or None)
    cors_origins: tuple[str, ...] = field(default_factory=_origins)
    max_body: int = field(default_factory=lambda: int(os.environ.get("UNFOG_MAX_BODY", DEFAULT_MAX_BODY)))
