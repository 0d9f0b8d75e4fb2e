"""`unfog watch`: configured sources polled, only new documents ingested (by URL and text hash),
resuming from the state file after a stop, with a feed served on 127.0.0.1 by the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_sources import LOCAL, server  # noqa: F401  (the served pages)
from unfog.ingest import Reader
from unfog.pipeline import Pipeline
from unfog.service import IngestService
from unfog.settings import Settings
from unfog.store import Store
from unfog.watch import ConfigError, Watcher, WatchState, load_config


def _config(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "watch.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources: []\n", "needs 'sources:'"),
        ("sources:\n  - every: 60\n", "neither 'url' nor 'path'"),
        ("sources:\n  - url: http://x.org/rss\n    every: 0\n", "'every' must be a positive"),
        ("sources: [unclosed\n", "cannot read the configuration"),
    ],
)
def test_config_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(_config(tmp_path, text))


def test_watch_ingests_only_new_and_resumes(tmp_path: Path, pipeline: Pipeline, server: str) -> None:  # noqa: F811
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text("Rebels shelled a market in Goma on Friday, killing four people, officials said.")
    conf = load_config(_config(tmp_path, f"sources:\n  - url: {server}/feed.xml\n    every: 60\n"
                                         f"  - path: {folder}\n    every: 30\n"))
    assert conf.state == tmp_path / "watch-state.jsonl"
    events: list[tuple[str, dict[str, Any]]] = []
    with Store.open(tmp_path / "u.sqlite") as store:
        service = IngestService(store, Settings(), pipeline)

        def watcher() -> Watcher:
            return Watcher(conf, service, Reader(LOCAL), lambda e, f: events.append((e, f)))

        watcher().run(once=True)
        assert [e for e, _ in events if e != "polled"] == ["stored"] * 3
        assert store.count_documents() == 3
        events.clear()
        (folder / "b.txt").write_text("Police arrested ten protesters in Tbilisi on Monday, the ministry said.")
        watcher().run(once=True)  # a new process: the state file says what was seen
        assert [(e, f["id"]) for e, f in events if e != "polled"] == [("stored", "b")]
        state = WatchState(conf.state)
        assert f"{server}/tbilisi" in state.urls and len(state.hashes) == 4
        assert set(state.polled) == {f"{server}/feed.xml", str(folder)}
        w = watcher()
        assert w.due(max(state.polled.values()) + 31) == [conf.sources[1]]  # the folder is due, the feed not
        state.close()
        w.state.close()
        # a crash after storing a document and before writing the state: the store knows its text
        conf.state.write_text("")
        events.clear()
        watcher().run(once=True)
        assert {e for e, _ in events if e != "polled"} == {"skipped"}
        assert store.count_documents() == 4




def test_watch_reports_other_languages(tmp_path: Path, pipeline: Pipeline) -> None:
    from tests.test_sources import TELEGRAM

    conf = load_config(_config(tmp_path, f"sources:\n  - path: {TELEGRAM}\n"))
    events: list[tuple[str, dict[str, Any]]] = []
    with Store.open(tmp_path / "u.sqlite") as store:
        Watcher(conf, IngestService(store, Settings(), pipeline), Reader(LOCAL),
                lambda e, f: events.append((e, f))).run(once=True)
    assert [(e, f["id"]) for e, f in events if e != "polled"] == [
        ("stored", "telegram:1700000001:2"), ("stored", "telegram:1700000001:3"),
        ("not analysed", "telegram:1700000001:5"), ("stored", "telegram:1700000001:5"),
    ]
    assert dict(events)["not analysed"]["language"] == "ru"
