"""Readers: turn inputs (files, directories, URLs, stdin) into :class:`unfog.model.Document` records.

``read_inputs`` yields a Document for every good item and an :class:`InputError` for every bad
one, so that a batch keeps its good items and reports the bad ones. Every document leaves with its
language identified (:mod:`unfog.ingest.language`).

What an input is, is sniffed (:mod:`unfog.ingest.sniff`), from its content first and its name next:
    text              the file's text, id = file name without extension
    HTML              trafilatura main-text extraction, title, date and site name from the page
    JSONL             one JSON object a line: {"id", "text", "published"?, "outlet"?, "title"?, "url"?}
    feed (RSS, Atom)  one document per entry (:mod:`unfog.ingest.feed`)
    Telegram export   one document per post (:mod:`unfog.ingest.telegram`)
    a directory       every file under it with a known extension, in name order (hidden ones and
                      others, such as an export's photos, passed over)
    http(s)://...     fetched (:mod:`unfog.ingest.web`: robots.txt, limits, no private addresses
                      unless allowed), then sniffed as a page or a feed
    -                 standard input, sniffed
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from unfog.ingest.errors import InputError
from unfog.ingest.feed import read_feed
from unfog.ingest.html import read_html
from unfog.ingest.jsonl import read_jsonl_file, read_jsonl_lines
from unfog.ingest.language import LanguageId
from unfog.ingest.sniff import BY_SUFFIX, SUFFIXES, sniff
from unfog.ingest.telegram import looks_like_telegram, read_telegram
from unfog.ingest.text import decode_text
from unfog.ingest.web import Fetcher, FetchError, is_url
from unfog.model import Document
from unfog.settings import Settings

#: Signatures of files that are not text, whatever their name.
BINARY = [(b"%PDF", "a PDF"), (b"PK\x03\x04", "a ZIP archive (or an Office file)"), (b"\x1f\x8b", "gzip data"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image")]

__all__ = ["SUFFIXES", "Fetcher", "InputError", "Reader", "read_input", "read_inputs"]


class Reader:
    """Reads inputs with one fetcher (its robots.txt answers) and one language identifier."""

    def __init__(self, fetcher: Fetcher | None = None, languages: LanguageId | None = None) -> None:
        self.fetcher = fetcher or Fetcher(allow_private=Settings().allow_private_urls)
        self.languages = languages or LanguageId()
        #: URLs already read (by a watcher): a feed entry linking to one is passed over, not fetched.
        self.seen_url: Callable[[str], bool] = lambda url: False

    def read(self, inputs: Iterable[str], published: str | None = None, stdin_data: bytes | None = None
             ) -> Iterator[Document | InputError]:
        for name in inputs:
            for item in self._read(name, published, stdin_data):
                yield item if isinstance(item, InputError) else self.languages.tag(item)

    def _read(self, name: str, published: str | None, stdin_data: bytes | None) -> Iterator[Document | InputError]:
        if name == "-":
            import sys

            data = stdin_data if stdin_data is not None else sys.stdin.buffer.read()
            yield from self.read_bytes("-", "stdin", data, None, published)
            return
        if is_url(name):
            yield from self.read_url(name, published)
            return
        path = Path(name)
        if not path.exists():
            yield InputError(name, "no such file, directory or URL")
        elif path.is_dir():
            yield from self.read_directory(path, published)
        else:
            yield from self.read_file(path, published)

    def read_url(self, url: str, published: str | None) -> Iterator[Document | InputError]:
        try:
            got = self.fetcher.fetch(url)
        except FetchError as e:
            yield InputError(url, str(e).removeprefix(f"{url}: "))
            return
        suffix = Path(got.url.split("?")[0]).suffix.lower() or None
        for item in self.read_bytes(got.url, got.url, got.data, suffix, published, got.content_type):
            yield item.model_copy(update={"url": got.url}) if isinstance(item, Document) and not item.url else item

    def read_directory(self, root: Path, published: str | None) -> Iterator[Document | InputError]:
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in BY_SUFFIX
                       and not any(part.startswith(".") for part in p.relative_to(root).parts))
        if not files:
            yield InputError(str(root), f"a directory with no files unfog reads ({', '.join(SUFFIXES)})")
        for path in files:
            yield from self.read_file(path, published)

    def read_file(self, path: Path, published: str | None) -> Iterator[Document | InputError]:
        if path.suffix.lower() in (".jsonl", ".ndjson"):  # streamed, a line at a time
            try:
                with path.open("rb") as fh:
                    yield from read_jsonl_file(str(path), fh, published)
            except OSError as e:
                yield InputError(str(path), f"cannot read: {e.strerror or e}")
            return
        try:
            data = path.read_bytes()
        except OSError as e:
            yield InputError(str(path), f"cannot read: {e.strerror or e}")
            return
        yield from self.read_bytes(str(path), path.stem, data, path.suffix.lower() or None, published)

    def read_bytes(self, origin: str, stem: str, data: bytes, suffix: str | None, published: str | None,
                   content_type: str | None = None) -> Iterator[Document | InputError]:
        for magic, what in BINARY:
            if data.startswith(magic):
                yield InputError(origin, f"{what}; unfog reads text, HTML, JSONL, feeds and Telegram exports")
                return
        text = decode_text(origin, data)
        if isinstance(text, InputError):
            yield text
            return
        kind = sniff(text, suffix, content_type)
        if kind == "feed":
            yield from read_feed(origin, text, published, self.fetcher, self.seen_url)
        elif kind == "telegram":
            obj = json.loads(text) if text.lstrip().startswith("{") else None
            if isinstance(obj, dict) and looks_like_telegram(obj):
                yield from read_telegram(origin, obj, published)
            else:
                yield InputError(origin, "JSON that is neither a Telegram export (result.json) nor JSONL")
        elif kind == "jsonl":
            yield from read_jsonl_lines(origin, text, published)
        elif kind == "html":
            yield read_html(origin, stem, text, published)
        elif kind == "text":
            yield Document(id=stem, text=text, published=published, title=headline(text), origin=origin)
        else:
            yield InputError(origin, "JSON that is neither a Telegram export (result.json) nor JSONL")


def read_inputs(
    inputs: Iterable[str], published: str | None = None, stdin_data: bytes | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | InputError]:
    yield from Reader(fetcher).read(inputs, published=published, stdin_data=stdin_data)


def read_input(
    name: str, published: str | None = None, stdin_data: bytes | None = None, fetcher: Fetcher | None = None
) -> Iterator[Document | InputError]:
    """Read one input name ('-' for standard input)."""
    yield from read_inputs([name], published=published, stdin_data=stdin_data, fetcher=fetcher)


def headline(text: str) -> str | None:
    """A plain-text article's title: its first line, when that line is short and followed by a
    blank line (the way articles are pasted: headline, blank line, body)."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) >= 2 and not lines[1].strip() and 0 < len(lines[0].strip()) <= 150:
        return lines[0].strip()
    return None
