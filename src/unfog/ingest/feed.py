"""RSS and Atom feeds (feedparser): one document per entry.

An entry's text is its full content (``content:encoded``, Atom ``content``) or else its summary,
HTML reduced to text. Many feeds carry only a teaser: where the entry's text is shorter than
:data:`MIN_TEXT` characters and the entry links to its article, the article is fetched (through the
same :class:`~unfog.ingest.web.Fetcher`, so its rules apply) and its main text extracted; when that
fails the teaser is kept. The id is the entry's link (else its id), the outlet the feed's title,
the date the entry's published (else updated) date.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from unfog.ingest.errors import InputError
from unfog.ingest.html import read_html
from unfog.ingest.web import Fetcher, FetchError
from unfog.model import Document

MIN_TEXT = 400


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith("<?xml"):
        return "<rss" in head or "<feed" in head or "<rdf:rdf" in head
    return head.startswith(("<rss", "<feed", "<rdf:rdf"))


def read_feed(
    origin: str, text: str, published: str | None, fetcher: Fetcher | None,
    seen: Callable[[str], bool] | None = None,
) -> Iterator[Document | InputError]:
    """The entries as documents; an entry whose link ``seen`` knows is passed over."""
    import feedparser

    parsed: Any = feedparser.parse(text)
    entries = list(parsed.entries)
    if not entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(origin, f"a feed with no entries{reason}")
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(entries, 1):
        if seen is not None and entry.get("link") and seen(entry["link"]):
            continue
        yield _entry(f"{origin}#{n}", entry, outlet, published, fetcher)


def _entry(where: str, entry: Any, outlet: str | None, published: str | None, fetcher: Fetcher | None
           ) -> Document | InputError:
    link = entry.get("link") or None
    doc_id = link or entry.get("id") or where
    html = entry.content[0].get("value", "") if entry.get("content") else entry.get("summary", "")
    text = _text(html)
    date = _date(entry) or published
    title = entry.get("title") or None
    if len(text) < MIN_TEXT and link and fetcher is not None:
        page = _article(link, fetcher, date)
        if isinstance(page, Document):
            return page.model_copy(update={"id": doc_id, "title": title or page.title, "outlet": outlet or page.outlet,
                                           "origin": where, "url": link})
    if not text:
        return InputError(where, "an entry with no text")
    return Document(id=doc_id, text=text, published=date, outlet=outlet, title=title, url=link, origin=where)


def _article(url: str, fetcher: Fetcher, published: str | None) -> Document | InputError:
    try:
        got = fetcher.fetch(url)
    except FetchError as e:
        return InputError(url, str(e))
    return read_html(got.url, got.url, got.data.decode("utf-8", "replace"), published)


def _text(html: str) -> str:
    """Text of an entry's HTML: paragraphs kept apart by blank lines."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # malformed markup: keep the characters
        return html.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None
