"""Storage of analysis records: SQLite by default, PostgreSQL through a database URL (SQLAlchemy
Core, Alembic migrations packaged under ``migrations/``).

Only this package opens the database. It knows records and SQL, not spaCy.
"""

from unfog.store.migrate import SchemaError
from unfog.store.store import Store
from unfog.store.tx import Provenance, Tx

__all__ = ["Provenance", "SchemaError", "Store", "Tx"]
