"""The databases the store tests run on: an SQLite file, and a fresh database on the PostgreSQL
server named by UNFOG_TEST_PG (``.ci/postgres`` starts one; .ci/run always does)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "UNFOG_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def _pg_database() -> Iterator[str]:
    admin = os.environ.get(PG_ENV, "").strip()
    if not admin:
        pytest.skip(f"no PostgreSQL server configured: set {PG_ENV}=postgresql://user@host:port/db (.ci/postgres "
                    "starts one)")
    name = "unfog_test_" + uuid.uuid4().hex[:12]
    url = make_url(admin).set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's database is: an SQLite file path or a PostgreSQL URL (a new database each test)."""
    if request.param == "sqlite":
        yield str(tmp_path / "sub" / "unfog.sqlite")
    else:
        yield from _pg_database()
