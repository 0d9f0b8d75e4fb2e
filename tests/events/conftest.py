"""The events stage, built once per module for the events tests (helpers: support.py)."""

from __future__ import annotations

import pytest

from unfog.events import EventStage
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage.from_settings(Settings())
