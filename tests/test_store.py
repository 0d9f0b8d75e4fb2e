"""The SQLite store on a real database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from unfog.model import AnalysisRecord, Document, Event, Story, StoryMember, TextRef
from unfog.store import Store


def _record(doc_id: str, text: str) -> AnalysisRecord:
    ev = Event(id="e1", trigger=TextRef(text="shelled", span=(7, 14)), date="2024-05-13")
    return AnalysisRecord(document=Document(id=doc_id, text=text, published="2024-05-13"), events=[ev])


def test_add_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "u.sqlite"
    with Store.open(db) as store:
        assert store.add(_record("d1", "Russia shelled Vovchansk."))
        assert not store.add(_record("d1", "Russia shelled Vovchansk."))  # same id, same text
        assert not store.add(_record("d9", "Russia shelled Vovchansk."))  # same text, other id
        assert store.add(_record("d2", "Ukraine shelled Belgorod."))
        assert store.count_documents() == 2
    # reopened: still there, events in their own table
    with Store.open(db) as store:
        assert store.count_documents() == 2
        assert [r.document.id for r in store.records()] == ["d1", "d2"]
        got = store.record("d2")
        assert got is not None and got.events[0].trigger.text == "shelled"
    rows = sqlite3.connect(db).execute("SELECT document, trigger, date FROM events ORDER BY document").fetchall()
    assert rows == [("d1", "shelled", "2024-05-13"), ("d2", "shelled", "2024-05-13")]


def test_same_id_new_text_replaces(tmp_path: Path) -> None:
    with Store.open(tmp_path / "u.sqlite") as store:
        store.add(_record("d1", "First version."))
        assert store.add(_record("d1", "Corrected version."))
        assert store.count_documents() == 1
        rec = store.record("d1")
        assert rec is not None and rec.document.text == "Corrected version."


def test_stories_replaced(tmp_path: Path) -> None:
    st = [Story(id=f"s{i}", status="single source", members=[StoryMember(document="d1", event="e1")])
          for i in range(3)]
    with Store.open(tmp_path / "u.sqlite") as store:
        store.replace_stories(st)
        store.replace_stories(st[:2])
        assert [s.id for s in store.stories()] == ["s0", "s1"]
