"""Upgrading a version-1 SQLite file (tests/fixtures/store_v1.sqlite, made by the first store from
three articles of our own in store_v1_articles.jsonl) to the current schema."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from tests.stores import db_target
from unfog.model import AnalysisRecord
from unfog.service import IngestService
from unfog.store import SchemaError, Store
from unfog.store import tables as t
from unfog.store.migrate import head

__all__ = ["db_target"]

FIXTURE = Path(__file__).parent / "fixtures" / "store_v1.sqlite"
UNFOG = str(Path(sys.executable).parent / "unfog")


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def test_version_1_is_refused_with_the_command_to_upgrade(v1_file: Path) -> None:
    with pytest.raises(SchemaError, match=r"schema version 0001; .*run `unfog db upgrade --db"):
        Store.open(v1_file)
    with pytest.raises(SchemaError, match="unfog db upgrade"):
        Store.open(v1_file, readonly=True)


def test_upgrade_keeps_the_documents_and_rebuilds_the_rest(v1_file: Path) -> None:
    before = sqlite3.connect(v1_file).execute("SELECT id, record FROM documents ORDER BY id").fetchall()
    assert Store.upgrade(v1_file) == ("0001", head())
    with Store.open(v1_file) as store:
        assert IngestService(store).reindex() == 3
        assert IngestService(store).reindex() == 0  # asked for once
        # the same records, read under today's model (fields added since version 1 take their defaults)
        assert [(r.document.id, r.model_dump()) for r in store.records()] == [
            (i, AnalysisRecord.model_validate_json(rec).model_dump()) for i, rec in before
        ]
        assert store.document_ids(stale_for="anything") == ["v1-a", "v1-b", "v1-c"]  # no provenance: stale
        with store.read() as tx:
            events = tx.conn.execute(select(t.events.c.id, t.events.c.story)).all()
            relays = tx.conn.execute(select(t.claims.c.relays)).scalars().all()
        assert events and all(e.startswith("ev-") and s for e, s in events)
        assert all(isinstance(r, list) for r in relays)
        assert store.stories() and all(s.status in ("single_source", "corroborated") for s in store.stories())
        assert store.search("Kramatorsk") and store.search("corruption") == ["v1-c"]


def test_cli_upgrade(v1_file: Path) -> None:
    p = subprocess.run([UNFOG, "stories", "--db", str(v1_file)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "unfog db upgrade" in p.stderr
    p = subprocess.run([UNFOG, "db", "upgrade", "--db", str(v1_file)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "upgraded from schema version 0001 to 0002; 3 document(s) indexed again" in p.stdout
    p = subprocess.run([UNFOG, "stories", "--db", str(v1_file), "--json"], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0 and p.stdout.strip()


def test_migrations_make_the_tables_the_code_uses(db_target: str) -> None:
    with Store.open(db_target) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    # the full-text tables are made by the migration for each database, outside the metadata
    assert [d for d in diff if "documents_fts" not in repr(d)] == []
