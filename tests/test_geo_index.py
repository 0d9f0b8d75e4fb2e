"""The gazetteer index is rebuilt when it was built from other data (a stale index is never used)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unfog.geo import Gazetteer, index_is_current
from unfog.geo.build import build_fingerprint, ensure_gazetteer
from unfog.settings import Settings


def _fake_index(path: Path, fingerprint: str) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
    db.commit()
    db.close()


def test_fingerprint_is_stable() -> None:
    assert build_fingerprint() == build_fingerprint()
    assert len(build_fingerprint()) == 16


def test_current_and_stale(tmp_path: Path) -> None:
    assert not index_is_current(tmp_path / "missing.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert not index_is_current(junk)
    old = tmp_path / "old.sqlite"
    _fake_index(old, "0123456789abcdef")
    assert not index_is_current(old)
    default = Settings().gazetteer_path
    ensure_gazetteer(default)  # what every run does first
    assert index_is_current(default)


@pytest.mark.slow
def test_stale_index_is_rebuilt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gazetteer.sqlite"
    _fake_index(path, "stale")
    ensure_gazetteer(path)
    assert "was built from other data; rebuilding it" in capsys.readouterr().err
    assert index_is_current(path)
    (kyiv,) = [c for c in Gazetteer(path).lookup("Kyiv") if c.feature_code == "PPLC"]
    assert kyiv.country_code == "UA"
