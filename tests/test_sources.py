"""Source readers with real parts: feeds and pages served by a local HTTP server on 127.0.0.1
(allowed by the test's fetcher setting), a Telegram export of our own, directories, sniffing,
language identification, and ingesting them through the ingest service."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from unfog.ingest import Fetcher, InputError, read_input, read_inputs
from unfog.ingest.language import LanguageId
from unfog.ingest.sniff import sniff
from unfog.model import Document
from unfog.pipeline import Pipeline
from unfog.service import IngestService
from unfog.settings import Settings
from unfog.store import Store

TELEGRAM = Path(__file__).parent / "fixtures" / "telegram" / "result.json"

ARTICLE = (
    "<html><head><title>Depot fire in Belgorod</title><meta property='og:site_name' content='Lake Herald'>"
    "</head><body><nav>Home | World</nav><article><h1>Depot fire in Belgorod</h1>"
    "<p>Drones struck an oil depot near Belgorod overnight, the regional governor said on Telegram, "
    "injuring two workers and setting a fuel tank on fire.</p><p>Firefighters put out the blaze by "
    "morning, the emergencies ministry said in a statement on Saturday.</p></article></body></html>"
)
LONG_ENTRY = ("Police arrested ten protesters in Tbilisi on Monday, the interior ministry said. " * 8).strip()
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lake Herald</title>
<item><title>Arrests in Tbilisi</title><link>http://127.0.0.1:PORT/tbilisi</link>
<pubDate>Mon, 13 May 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>{LONG_ENTRY}</p>]]></content:encoded></item>
<item><title>Depot fire</title><link>http://127.0.0.1:PORT/article</link>
<pubDate>Sat, 11 May 2024 06:00:00 GMT</pubDate><description>Drones struck a depot.</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title>
<entry><id>urn:hill:1</id><title>Protest</title><updated>2024-03-06T12:00:00Z</updated>
<content type="html">&lt;p&gt;Hundreds of people protested in Lviv on Tuesday against corruption,
police said.&lt;/p&gt;</content>
</entry></feed>"""


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def do_GET(self) -> None:
        if self.path not in self.pages:
            self.send_error(404)
            return
        ctype, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/feed.xml": ("application/rss+xml", RSS.replace("PORT", str(httpd.server_address[1])).encode()),
        "/atom": ("application/xml", ATOM.encode()),
        "/article": ("text/html; charset=utf-8", ARTICLE.encode()),
        "/private/page": ("text/html", ARTICLE.encode()),
        "/big": ("text/plain", b"x" * 5000),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


LOCAL = Fetcher(allow_private=True, timeout=5)


def _docs(items: list[Document | InputError]) -> list[Document]:
    assert all(isinstance(i, Document) for i in items), items
    return [i for i in items if isinstance(i, Document)]


def test_rss_feed_by_url_fetches_teaser_articles(server: str) -> None:
    docs = _docs(list(read_input(f"{server}/feed.xml", fetcher=Fetcher(allow_private=True, timeout=5))))
    assert [d.id for d in docs] == [f"{server}/tbilisi", f"{server}/article"]
    assert [d.published for d in docs] == ["2024-05-13", "2024-05-11"]
    assert {d.outlet for d in docs} == {"Lake Herald"}
    assert docs[0].text.startswith("Police arrested ten protesters")
    assert "injuring two workers" in docs[1].text  # the teaser's article was fetched
    assert all(d.language == "en" for d in docs)


def test_atom_feed_and_page(server: str) -> None:
    (atom,) = _docs(list(read_input(f"{server}/atom", fetcher=LOCAL)))
    assert (atom.id, atom.outlet, atom.published) == ("urn:hill:1", "Hill Times", "2024-03-06")
    (page,) = _docs(list(read_input(f"{server}/article", fetcher=LOCAL)))
    assert page.title == "Depot fire in Belgorod" and "oil depot near Belgorod" in page.text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:9/x", "refused, 127.0.0.1 is a local or private address"),
        ("http://10.0.0.1/news", "refused, 10.0.0.1 is a local or private address"),
        ("http://localhost:9/x", "is a local or private address"),
        ("http://[::1]:9/x", "is a local or private address"),
        ("http://169.254.169.254/latest/meta-data", "is a local or private address"),
        ("ftp://example.org/file", "only http:// and https:// URLs are read"),
    ],
)
def test_private_addresses_refused_by_default(url: str, message: str) -> None:
    (err,) = list(read_input(url, fetcher=Fetcher()))
    assert isinstance(err, InputError) and message in err.message, err
    assert "\n" not in str(err)


def test_robots_size_and_missing(server: str) -> None:
    small = Fetcher(allow_private=True, timeout=5, max_bytes=1000)
    errors = list(read_inputs([f"{server}/private/page", f"{server}/big", f"{server}/nope"], fetcher=small))
    assert [type(e).__name__ for e in errors] == ["InputError"] * 3
    messages = [e.message for e in errors if isinstance(e, InputError)]
    assert "disallowed by" in messages[0] and "robots.txt" in messages[0]
    assert "larger than the limit of 1,000 bytes" in messages[1]
    assert "HTTP 404" in messages[2]


def test_telegram_export_posts_forwards_and_language() -> None:
    docs = _docs(list(read_input(str(TELEGRAM))))
    assert [d.id for d in docs] == ["telegram:1700000001:2", "telegram:1700000001:3", "telegram:1700000001:5"]
    assert [d.published for d in docs] == ["2024-05-11", "2024-05-12", "2024-05-13"]
    assert {d.outlet for d in docs} == {"Riverside Watch"}
    assert [d.forwarded_from for d in docs] == [None, "Northern Front Dispatch", None]
    assert "air defences shot down six drones over the Kursk region" in docs[1].text
    assert [d.language for d in docs] == ["en", "en", "ru"]


def test_telegram_sniffed_without_its_name(tmp_path: Path) -> None:
    renamed = tmp_path / "channel-export"
    renamed.write_bytes(TELEGRAM.read_bytes())
    assert len(_docs(list(read_input(str(renamed))))) == 3


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.txt").write_text("Shelling hit Kharkiv on Monday, the governor said.")
    (tmp_path / "sub" / "b.html").write_text(ARTICLE)
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Police arrested ten protesters in Tbilisi."}\n')
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00binary")
    (tmp_path / ".cache" / "d.txt").write_text("hidden")
    (tmp_path / "feed.xml").write_text(ATOM)
    docs = _docs(list(read_input(str(tmp_path))))
    assert [d.id for d in docs] == ["a", "c1", "urn:hill:1", "b"]


@pytest.mark.parametrize(
    ("text", "suffix", "kind"),
    [
        ("Shelling hit Kharkiv.", None, "text"),
        ("Shelling hit Kharkiv.", ".txt", "text"),
        (RSS, ".txt", "feed"),
        (ATOM, None, "feed"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "html"),
        ("<p>A fragment</p>", ".htm", "html"),
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}', None, "jsonl"),
        ('{"id": "a", "text": "x"}', ".json", "jsonl"),
        ('{"name": "C", "messages": []}', ".json", "telegram"),
        ('{"chats": {"list": []}}', None, "telegram"),
        ("[1, 2]", ".json", "telegram"),
    ],
)
def test_sniff_table(text: str, suffix: str | None, kind: str) -> None:
    assert sniff(text, suffix) == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested ten protesters in the capital on Monday, the ministry said.", "en"),
        ("Губернатор сообщил, что ночью был обстрелян пригород, погибших нет.", "ru"),
        ("Голова області повідомив, що вночі ворог обстріляв село.", "uk"),
        ("Les manifestants ont bloqué la route principale pendant trois heures.", "fr"),
        ("Die Polizei nahm am Montag zehn Demonstranten fest.", "de"),
        ("قال المتحدث إن القوات انسحبت من البلدة.", "ar"),
        ("Two died.", None),  # too little to tell: analysed as before
        ("Markets fell sharply today", "en"),
    ],
)
def test_language_table(text: str, lang: str | None) -> None:
    assert LanguageId().identify(text) == lang


def test_ingest_sources_once_with_relays_and_language(tmp_path: Path, pipeline: Pipeline, server: str) -> None:
    """Telegram, a feed and a directory through the ingest service: forwards become relays, the
    Russian post is stored as Russian without analysis, and a second ingest adds nothing."""
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "a.txt").write_text("Rebels shelled a market in Goma on Friday, killing four people, officials said.")
    inputs = [str(TELEGRAM), f"{server}/atom", str(folder)]
    with Store.open(tmp_path / "u.sqlite") as store:
        service = IngestService(store, Settings(), pipeline)
        first = [o.kind for o in service.ingest(read_inputs(inputs, fetcher=LOCAL))]
        assert first == ["stored"] * 5
        again = [o.kind for o in service.ingest(read_inputs(inputs, fetcher=LOCAL))]
        assert again == ["skipped"] * 5
        assert store.count_documents() == 5
        forwarded = store.record("telegram:1700000001:3")
        assert forwarded is not None and forwarded.claims
        assert all(c.relays and c.relays[-1].name == "Northern Front Dispatch" for c in forwarded.claims)
        plain = store.record("telegram:1700000001:2")
        assert plain is not None and plain.claims
        assert all(r.name != "Northern Front Dispatch" for c in plain.claims for r in c.relays)
        russian = store.record("telegram:1700000001:5")
        assert russian is not None and russian.document.language == "ru"
        assert (russian.places, russian.actors, russian.claims, russian.events) == ([], [], [], [])
