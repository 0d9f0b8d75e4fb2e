"""The schema version of a database and the migrations that bring it to this unfog's version.

The migrations are Alembic scripts packaged with unfog (``unfog/store/migrations``). A new database
is made by running them all; an older one is upgraded only on request (``unfog db upgrade``): opening
it otherwise fails with :class:`SchemaError` naming that command. A file made by the first store
(version 1, before Alembic) is recognised by its ``meta`` table and stamped at revision 0001 first.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaError(RuntimeError):
    """The database's schema is not the one this unfog uses."""


def _config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    """The newest revision of the packaged migrations."""
    rev = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert rev is not None
    return rev


def revision(conn: Connection) -> str | None:
    """The database's revision: Alembic's, '0001' for a version-1 file, None for an empty database."""
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None:
        return current
    names = set(inspect(conn).get_table_names())
    if "meta" in names and "documents" in names:
        row = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).first()
        if row is not None and str(row[0]) == "1":
            return "0001"
    if names - {"alembic_version"}:
        raise SchemaError(f"the database holds tables unfog does not know ({', '.join(sorted(names)[:5])})")
    return None


def upgrade(conn: Connection) -> tuple[str | None, str]:
    """Bring the database to the newest revision; returns (before, after). Commits."""
    before = revision(conn)
    cfg = _config(conn)
    if before is not None and MigrationContext.configure(conn).get_current_revision() is None:
        command.stamp(cfg, before)
    command.upgrade(cfg, "head")
    conn.commit()
    return before, head()
