"""Watching sources: ``unfog watch CONFIG`` polls feeds, pages, Telegram exports and directories on
their intervals and ingests, through the ingest service, only what is new.

The configuration (YAML)::

    db: /data/unfog.sqlite          # optional: else --db, else UNFOG_DB, else the default database
    state: /data/watch-state.jsonl  # optional: else watch-state.jsonl beside the configuration
    sources:
      - url: https://example.org/world/rss.xml
        every: 600                  # seconds between polls (default 900)
      - path: /exports/channel/result.json
        every: 3600

New means: neither the document's URL (its id where it has none) nor the SHA-256 of its text has
been seen before. What was seen, and when each source was last polled, is appended to the state
file (one JSON object a line, flushed and synced as each document is stored), so that a watcher
that crashed starts again where it was: due sources are polled at once, others on their intervals.
A document stored just before a crash, and not yet in the state, is recognised by the store
(same text) and not stored twice. A feed entry whose link was seen is not fetched again.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from unfog.ingest import InputError, Reader
from unfog.ingest.language import analysed
from unfog.model import Document
from unfog.service import IngestService

DEFAULT_EVERY = 900.0


class ConfigError(Exception):
    """A watch configuration that cannot be used (one line)."""


@dataclass(frozen=True)
class Source:
    name: str
    every: float


@dataclass(frozen=True)
class WatchConfig:
    sources: list[Source]
    state: Path
    db: str | None


def load_config(path: Path) -> WatchConfig:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read the configuration ({e})") from e
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list) or not raw["sources"]:
        raise ConfigError(f"{path}: needs 'sources:', a list of {{url: ...}} or {{path: ...}} with 'every:' seconds")
    sources = []
    for n, item in enumerate(raw["sources"], 1):
        name = item.get("url") or item.get("path") if isinstance(item, dict) else None
        if not name:
            raise ConfigError(f"{path}: source {n} has neither 'url' nor 'path'")
        every = float(item.get("every", DEFAULT_EVERY))
        if every <= 0:
            raise ConfigError(f"{path}: source {n}: 'every' must be a positive number of seconds")
        sources.append(Source(str(name), every))
    state = Path(raw["state"]) if raw.get("state") else path.with_name("watch-state.jsonl")
    return WatchConfig(sources, state, str(raw["db"]) if raw.get("db") else None)


class WatchState:
    """Seen URLs and text hashes, and each source's last poll, kept in an append-only JSONL file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.urls: set[str] = set()
        self.hashes: set[str] = set()
        self.polled: dict[str, float] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    obj = json.loads(line)
                except ValueError:  # a line cut by a crash
                    continue
                if "polled" in obj:
                    self.polled[obj["source"]] = float(obj["polled"])
                else:
                    self.urls.add(obj.get("url", ""))
                    self.hashes.add(obj.get("hash", ""))
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = path.open("a", encoding="utf-8")

    def seen(self, doc: Document) -> bool:
        return key(doc) in self.urls or text_hash(doc) in self.hashes

    def add(self, doc: Document) -> None:
        self.urls.add(key(doc))
        self.hashes.add(text_hash(doc))
        self._append({"url": key(doc), "hash": text_hash(doc)})

    def mark_polled(self, source: str, when: float) -> None:
        self.polled[source] = when
        self._append({"source": source, "polled": when})

    def _append(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()


def key(doc: Document) -> str:
    return doc.url or doc.id


def text_hash(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


class Watcher:
    """Polls the sources when due; ``log(event, fields)`` hears every event."""

    def __init__(self, config: WatchConfig, service: IngestService, reader: Reader,
                 log: Callable[[str, dict[str, Any]], None]) -> None:
        self.config = config
        self.service = service
        self.reader = reader
        self.log = log
        self.state = WatchState(config.state)

    def due(self, now: float) -> list[Source]:
        return [s for s in self.config.sources if self.state.polled.get(s.name, 0.0) + s.every <= now]

    def poll(self, source: Source) -> int:
        """Ingest what is new in one source; returns the number of documents stored."""
        started = time.time()
        stored = 0
        for doc in self._new(source):
            if not analysed(doc):
                self.log("not analysed", {"source": source.name, "id": doc.id, "language": doc.language})
            for outcome in self.service.ingest([doc]):
                self.log(outcome.kind, {"source": source.name, "id": outcome.name, "message": outcome.message})
                stored += outcome.kind == "stored"
                if outcome.kind != "failed":
                    self.state.add(doc)
        self.state.mark_polled(source.name, started)
        self.log("polled", {"source": source.name, "stored": stored})
        return stored

    def _new(self, source: Source) -> Iterator[Document]:
        self.reader.seen_url = lambda url: url in self.state.urls
        for item in self.reader.read([source.name]):
            if isinstance(item, InputError):
                self.log("failed", {"source": source.name, "message": str(item)})
            elif not self.state.seen(item):
                yield item

    def run(self, once: bool = False, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll due sources until stopped (with ``once``: every source once, then return)."""
        try:
            if once:
                for source in self.config.sources:
                    self.poll(source)
                return
            while True:
                for source in self.due(time.time()):
                    self.poll(source)
                nxt = min(self.state.polled.get(s.name, 0.0) + s.every for s in self.config.sources)
                sleep(max(1.0, nxt - time.time()))
        finally:
            self.state.close()
