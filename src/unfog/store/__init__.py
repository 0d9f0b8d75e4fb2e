"""Storage of analysis records: an embedded SQLite database by default.

Only this package opens the database. It knows records and SQL, not spaCy.
"""

from unfog.store.sqlite import Store

__all__ = ["Store"]
