"""JSONL reader: one document a line.

Lines are split on "\n" only (a "\r" before it is dropped): U+0085, U+2028 and U+2029, which
``str.splitlines`` also breaks on, are legal inside JSON strings and common in scraped text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from unfog.ingest.dates import normalise_date
from unfog.ingest.errors import InputError
from unfog.model import Document


def read_jsonl_lines(origin: str, text: str, published: str | None) -> Iterator[Document | InputError]:
    yield from read_jsonl_iter(origin, text.split("\n"), published)


def read_jsonl_file(origin: str, fh: BinaryIO, published: str | None) -> Iterator[Document | InputError]:
    """A JSONL file read a line at a time (memory bounded by the longest line, not the file)."""

    def lines() -> Iterator[str | InputError]:
        for n, raw in enumerate(fh, 1):
            try:
                yield raw.decode("utf-8-sig" if n == 1 else "utf-8").removesuffix("\n")
            except UnicodeDecodeError as e:
                yield InputError(f"{origin}:{n}", f"not UTF-8 text (byte {e.start})")

    yield from read_jsonl_iter(origin, lines(), published)


def read_jsonl_iter(origin: str, lines: Iterable[str | InputError], published: str | None
                    ) -> Iterator[Document | InputError]:
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            yield line
            continue
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(where, f"not JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "not a JSON object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "no 'text' (a non-empty string is required)")
            continue
        did = obj.get("id")
        did = str(did) if did not in (None, "") else f"{origin}:{n}"
        if did in seen:
            yield InputError(where, f"duplicate id {did!r} in this file; the first one is kept")
            continue
        seen.add(did)
        pub = obj.get("published")
        pub_s = normalise_date(str(pub)) if pub else published
        extra = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("outlet", "title", "url")}
        yield Document(id=did, text=body, published=pub_s, origin=where, **extra)
