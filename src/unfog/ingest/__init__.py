"""Readers: turn inputs (files, stdin) into :class:`unfog.model.Document` records.

``read_inputs`` yields a Document for every good item and an :class:`InputError` for every bad
one, so that a batch keeps its good items and reports the bad ones.

Cascade by input kind:
    .txt / .text      the file's text, id = file name without extension
    .html / .htm      trafilatura main-text extraction, title and date from the page
    .jsonl / .ndjson  one JSON object a line: {"id", "text", "published"?, "outlet"?, "title"?, "url"?}
    -                 standard input: JSONL when the first character is '{', plain text otherwise
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from unfog.ingest.errors import InputError
from unfog.ingest.html import read_html
from unfog.ingest.jsonl import read_jsonl_lines
from unfog.ingest.text import decode_text
from unfog.model import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)

__all__ = ["SUFFIXES", "InputError", "read_input", "read_inputs"]


def read_inputs(
    inputs: Iterable[str], published: str | None = None, stdin_data: bytes | None = None
) -> Iterator[Document | InputError]:
    for name in inputs:
        yield from read_input(name, published=published, stdin_data=stdin_data)


def read_input(
    name: str, published: str | None = None, stdin_data: bytes | None = None
) -> Iterator[Document | InputError]:
    """Read one input name ('-' for standard input)."""
    if name == "-":
        import sys

        data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
        yield from _read_bytes("-", "stdin", data, None, published)
        return
    path = Path(name)
    if not path.exists():
        yield InputError(name, "no such file")
        return
    if path.is_dir():
        yield InputError(name, "is a directory; give the files inside it (e.g. DIR/*.txt)")
        return
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
        yield InputError(name, f"unknown extension '{suffix or '(none)'}'; unfog reads {', '.join(SUFFIXES)} and -")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(name, f"cannot read: {e.strerror or e}")
        return
    yield from _read_bytes(name, path.stem, data, suffix, published)


def _read_bytes(
    origin: str, stem: str, data: bytes, suffix: str | None, published: str | None
) -> Iterator[Document | InputError]:
    text = decode_text(origin, data)
    if isinstance(text, InputError):
        yield text
        return
    if suffix is None:  # stdin: sniff
        suffix = ".jsonl" if text.lstrip().startswith("{") else ".txt"
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(origin, text, published)
    elif suffix in HTML_SUFFIXES:
        yield read_html(origin, stem, text, published)
    else:
        yield Document(id=stem, text=text, published=published, title=headline(text), origin=origin)


def headline(text: str) -> str | None:
    """A plain-text article's title: its first line, when that line is short and followed by a
    blank line (the way articles are pasted: headline, blank line, body)."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) >= 2 and not lines[1].strip() and 0 < len(lines[0].strip()) <= 150:
        return lines[0].strip()
    return None
