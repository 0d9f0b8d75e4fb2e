"""The error record a reader yields for a bad input item."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    """A bad input item: where it is (path, or path:line) and what is wrong, in one line."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
