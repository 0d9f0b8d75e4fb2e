"""The store on a real SQLite file and on a real PostgreSQL server: the same tests on both."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from tests.stores import db_target
from tests.stories_fixtures import shelling_record
from unfog.model import AnalysisRecord, Claim, Document, Event, Relay, Source, TextRef
from unfog.store import Provenance, SchemaError, Store
from unfog.store import tables as t
from unfog.stories import load_rules, store_record

__all__ = ["db_target"]


def _record(doc_id: str, text: str, relays: list[str] = ()) -> AnalysisRecord:  # type: ignore[assignment]
    ev = Event(id="e1", trigger=TextRef(text="shelled", span=(7, 14)), date="2024-05-13")
    claim = Claim(id="c1", source=Source(name="the governor"), cue=TextRef(text="said", span=(0, 4)),
                  content=TextRef(text="x", span=(5, 6)), relays=[Relay(name=r) for r in relays])
    return AnalysisRecord(document=Document(id=doc_id, text=text, published="2024-05-13", title="Headline"),
                          events=[ev], claims=[claim])


def test_add_is_idempotent(db_target: str) -> None:
    with Store.open(db_target) as store:
        assert store.add(_record("d1", "Russia shelled Vovchansk."))
        assert not store.add(_record("d1", "Russia shelled Vovchansk."))  # same id, same text
        assert not store.add(_record("d9", "Russia shelled Vovchansk."))  # same text, other id
        assert store.add(_record("d2", "Ukraine shelled Belgorod.", relays=["Reuters", "The Hill"]))
        assert store.count_documents() == 2
    with Store.open(db_target) as store:  # reopened: still there, parts in their own tables
        assert [r.document.id for r in store.records()] == ["d1", "d2"]
        got = store.record("d2")
        assert got is not None and got.events[0].trigger.text == "shelled"
        with store.read() as tx:
            relays = tx.conn.execute(select(t.claims.c.relays).where(t.claims.c.document == "d2")).scalar_one()
            assert relays == ["Reuters", "The Hill"]  # a list, not a joined string
            rows = tx.conn.execute(select(t.events.c.document, t.events.c.trigger, t.events.c.date)
                                   .order_by(t.events.c.document)).all()
        assert [tuple(r) for r in rows] == [("d1", "shelled", "2024-05-13"), ("d2", "shelled", "2024-05-13")]


def test_same_id_new_text_replaces(db_target: str) -> None:
    rules = load_rules()
    with Store.open(db_target) as store:
        with store.begin() as tx:
            store_record(tx, _record("d1", "First version."), rules)
        with store.begin() as tx:
            assert store_record(tx, _record("d1", "Corrected version."), rules)
        assert store.count_documents() == 1
        rec = store.record("d1")
        assert rec is not None and rec.document.text == "Corrected version."
        assert store.search("corrected") == ["d1"] and store.search("first") == []


@pytest.mark.parametrize(("query", "found"), [("shelled", ["d1", "d2"]), ("Belgorod", ["d2"]),
                                               ("headline", ["d1", "d2"]), ("Kharkiv", [])])
def test_full_text_search(db_target: str, query: str, found: list[str]) -> None:
    with Store.open(db_target) as store:
        store.add(_record("d1", "Russia shelled Vovchansk."))
        store.add(_record("d2", "Ukraine shelled Belgorod overnight."))
        assert sorted(store.search(query)) == found


def test_provenance_and_stale(db_target: str) -> None:
    with Store.open(db_target) as store:
        store.add(_record("d1", "Russia shelled Vovchansk."), Provenance("0.1.0", "aaaa"))
        store.add(_record("d2", "Ukraine shelled Belgorod."), Provenance("0.1.0", "bbbb"))
        assert store.provenance("d1") == Provenance("0.1.0", "aaaa")
        assert store.document_ids(stale_for="bbbb") == ["d1"]


def test_events_by_place_date_and_type(db_target: str) -> None:
    rules = load_rules()
    with Store.open(db_target) as store:
        with store.begin() as tx:
            store_record(tx, shelling_record("k1", "Marinka", "2024-02-01"), rules)
            store_record(tx, shelling_record("k2", "Dayton", "2024-02-05"), rules)
        box = store.events(bbox=(47.0, 37.0, 49.0, 38.0))
        assert [e["document"] for e in box] == ["k1"]
        assert [e["document"] for e in store.events(date_from="2024-02-03")] == ["k2"]
        assert len(store.events(event_type="Explosions/Remote violence")) == 2
        assert all(e["id"].startswith("ev-") and e["story"] for e in box)


def test_readonly_open_runs_no_ddl(db_target: str) -> None:
    if "://" not in db_target:
        with pytest.raises(SchemaError, match="no database"):
            Store.open(db_target, readonly=True)
    else:
        with pytest.raises(SchemaError, match="empty"):
            Store.open(db_target, readonly=True)
    with Store.open(db_target) as store:
        store.add(_record("d1", "Russia shelled Vovchansk."))
    with Store.open(db_target, readonly=True) as ro:
        assert ro.count_documents() == 1
        with pytest.raises(SchemaError, match="read-only"):
            ro.add(_record("d2", "Ukraine shelled Belgorod."))


def test_shared_across_threads(db_target: str) -> None:
    rules = load_rules()
    with Store.open(db_target) as store:
        errors: list[BaseException] = []

        def work(n: int) -> None:
            try:
                with store.begin() as tx:
                    store_record(tx, shelling_record(f"t{n}", "Dayton", f"2024-03-{n + 1:02d}"), rules)
                store.stories()
            except BaseException as e:  # pragma: no cover - shown by the assert
                errors.append(e)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert errors == []
        assert store.count_documents() == 6


def test_contradiction_texts_are_stored(db_target: str) -> None:
    """A contested story read back from the database names both sources and carries their words."""
    src = {"a1": Source(name="Wagner Group", actor="a1"), "a2": Source(name="Government of Ukraine", actor="a2")}

    def rec(doc: str, who: str, stance: str, said: str) -> AnalysisRecord:
        text = f"{src[who].name} said {said}."
        start = text.index(said)
        base = shelling_record(doc, "Marinka", "2024-03-01")
        claim = Claim(id="c1", source=src[who], cue=TextRef(text="said", span=(start - 5, start - 1)),
                      content=TextRef(text=said, span=(start, start + len(said))), stance=stance,  # type: ignore[arg-type]
                      events=["e1"])
        return base.model_copy(update={"document": Document(id=doc, text=text, outlet=f"Outlet {doc}"),
                                       "claims": [claim],
                                       "events": [base.events[0].model_copy(update={"claims": ["c1"]})]})

    with Store.open(db_target) as store:
        rules = load_rules()
        for r in (rec("s1", "a1", "asserts", "its guns struck Marinka"),
                  rec("s2", "a2", "denies", "no shell fell on Marinka")):
            with store.begin() as tx:
                store_record(tx, r, rules)
        [story] = store.stories()
    assert story.status == "contested"
    [con] = story.contradictions
    assert con.said_a is not None and con.said_b is not None
    a, b = con.said_a, con.said_b
    assert (a.source, a.document, a.text) == ("Wagner Group", "s1", "its guns struck Marinka")
    assert (b.source, b.document, b.text) == ("Government of Ukraine", "s2", "no shell fell on Marinka")
