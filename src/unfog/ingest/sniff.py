"""What an input is, from its first characters and then its name: text, HTML, JSONL, a feed or a
Telegram export. The content decides where it is unambiguous (a feed is a feed whatever its name),
the extension where the content could be several things, and the content again where there is no
known extension."""

from __future__ import annotations

import json
from typing import Literal

from unfog.ingest.feed import looks_like_feed
from unfog.ingest.telegram import looks_like_telegram

Kind = Literal["text", "html", "jsonl", "feed", "telegram"]

BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "telegram",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SUFFIXES = sorted(BY_SUFFIX)


def sniff(text: str, suffix: str | None, content_type: str | None = None) -> Kind | None:
    """The kind of an input; None when it is none of them (a JSON file that is not an export)."""
    head = text[:4096].lstrip().lower()
    if looks_like_feed(text) or content_type in ("application/rss+xml", "application/atom+xml"):
        return "feed"
    if head.startswith("{") and suffix not in (".jsonl", ".ndjson"):
        whole = _json(text)
        if looks_like_telegram(whole):
            return "telegram"
        if isinstance(whole, dict) or "\n" in text.strip():
            return "jsonl"
        return None
    if suffix in BY_SUFFIX:
        return BY_SUFFIX[suffix]
    if content_type in ("text/html", "application/xhtml+xml") or head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None
