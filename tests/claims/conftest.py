"""The claims stage, loaded once per module for the claims tests (helpers: support.py)."""

from __future__ import annotations

import pytest

from unfog.claims import ClaimStage
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> ClaimStage:
    return ClaimStage.from_settings(Settings())
