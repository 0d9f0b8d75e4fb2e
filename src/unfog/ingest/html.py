"""HTML reader: the article's main text by trafilatura, with its title and date."""

from __future__ import annotations

from unfog.ingest.dates import normalise_date
from unfog.ingest.errors import InputError
from unfog.model import Document


def read_html(origin: str, stem: str, html: str, published: str | None) -> Document | InputError:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        return InputError(origin, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    date = normalise_date(meta.date) if meta is not None and meta.date else None
    url = meta.url if meta is not None else None
    outlet = meta.sitename if meta is not None else None
    return Document(
        id=stem, text=text, published=published or date, title=title, url=url, outlet=outlet, origin=origin
    )
