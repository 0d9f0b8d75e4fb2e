"""Publication dates from input metadata, normalised to YYYY-MM-DD."""

from __future__ import annotations

import re

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str) -> str | None:
    """'2023-05-23', '2023-05-23T10:00:00Z' -> '2023-05-23'; anything else -> None."""
    m = _ISO.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
