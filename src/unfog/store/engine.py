"""Where the database is and how it is opened: a file path or a database URL, one SQLAlchemy
engine per store, connections taken per call (safe to share across a web server's threads).

``--db`` and ``UNFOG_DB`` take either a path (an SQLite file) or a URL (``postgresql://user@host/db``,
``sqlite:///path``). A PostgreSQL URL without a driver uses psycopg 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool, QueuePool, StaticPool

#: SQLite's page cache per connection (KiB): the story index's pages stay in memory as the database grows
CACHE_KB = 65536


def is_url(target: str) -> bool:
    return "://" in target


def database_url(target: str | Path) -> URL:
    """The SQLAlchemy URL of a path or URL."""
    text = str(target)
    if not is_url(text):
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """The URL as shown to the user (no password)."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def make_engine(url: URL, readonly: bool = False) -> Engine:
    """An engine for the URL. SQLite: foreign keys on, WAL journal, a busy timeout so that writers
    wait for each other, a page cache of ``CACHE_KB`` kept across transactions by a small pool of
    connections; a read-only open uses SQLite's read-only mode (no DDL can run)."""
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        connect_args: dict[str, Any] = {"timeout": 30, "check_same_thread": False}
        if readonly and path is not None:
            engine = create_engine("sqlite://", creator=_readonly_creator(path), poolclass=NullPool)
        elif path is None:  # in memory: one connection, or the database is gone
            engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
        else:  # a pool keeps connections, and with them SQLite's page cache, from one transaction to the next
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args=connect_args, poolclass=QueuePool, pool_size=4, max_overflow=8)
        event.listen(engine, "connect", _sqlite_pragmas(readonly))
        return engine
    options: dict[str, Any] = {"pool_pre_ping": True}
    if readonly:
        options["execution_options"] = {"postgresql_readonly": True}
    return create_engine(url, **options)


def _readonly_creator(path: Path) -> Any:
    import sqlite3

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)

    return connect


def _sqlite_pragmas(readonly: bool) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 30000")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        if not readonly:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    return on_connect
