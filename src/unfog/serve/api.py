"""The HTTP API (FastAPI) and the web page, served by one process over one store.

Read endpoints (``GET /api/...``): documents, places, actors, claims, events and stories, each a
page of items with a ``cursor`` for the next page (``null`` on the last), filtered by time range
(``date_from``, ``date_to``), bounding box (``bbox=west,south,east,north``), event type, actor,
status and full-text search (``q``); a story with the claims behind it (``/api/stories/{id}``); a
document with its text and record; the exports (``/api/export/{format}``). The write endpoint
(``POST /api/documents``) analyses and stores documents through the ingest service, and only with
the configured token; without one the server is read-only. Errors are JSON: ``{"error": ...,
"detail": [...]}``. The OpenAPI page is ``/docs`` (its assets are served from the package: no
network needed), the schema ``/openapi.json``.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unfog import __version__
from unfog.model import Document
from unfog.serve.config import MAX_LIMIT, ServeConfig
from unfog.serve.exports import FORMATS, MEDIA_TYPES, SUFFIXES, Tables, export
from unfog.serve.facts import RecordCache
from unfog.serve.regions import region_file
from unfog.serve.views import document_view, story_view
from unfog.store import Store
from unfog.store.query import CursorError, Filters, Page, Queries
from unfog.stories.status import STATUSES

WEB = Path(str(resources.files("unfog").joinpath("serve", "web")))
VENDOR = "/static/vendor/swagger-ui-dist-5.35.0"
#: the page and its assets: only this origin's scripts, styles and images (article text that
#: slipped past escaping could still not run a script)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

ServiceFactory = Callable[[], Any]


class BodyLimit:
    """Refuses a request whose body is larger than ``limit`` bytes (413): by its Content-Length, or,
    without one (chunked), by reading it first (at most ``limit`` bytes are held)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.limit:
                await _too_large(send, self.limit)
                return
            await self.app(scope, receive, send)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        held: list[Message] = []
        seen = 0
        while True:
            msg = await receive()
            held.append(msg)
            seen += len(msg.get("body", b""))
            if seen > self.limit:
                await _too_large(send, self.limit)
                return
            if msg["type"] != "http.request" or not msg.get("more_body", False):
                break

        async def replay() -> Message:
            return held.pop(0) if held else await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    body = JSONResponse({"error": f"request body larger than {limit} bytes"}, status_code=413).body
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SubmittedDocument(BaseModel):
    id: str = Field(min_length=1, max_length=255)
    text: str = Field(min_length=1)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class Submission(BaseModel):
    documents: list[SubmittedDocument] = Field(min_length=1, max_length=100)


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    if raw is None or not raw.strip():
        return None
    parts = raw.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise _bad("bbox", "bbox must be four numbers: west,south,east,north (degrees)") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise _bad("bbox", "bbox must be west,south,east,north with longitudes in [-180, 180], "
                   "latitudes in [-90, 90] and south <= north")
    return west, south, east, north


def _bad(param: str, message: str) -> HTTPException:
    return HTTPException(400, {"error": f"bad parameter {param}", "detail": [{"parameter": param, "message": message}]})


def _date(param: str, value: str | None) -> str | None:
    if value is not None and not DATE.match(value):
        raise _bad(param, f"{param} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return value


def filters(
    date_from: Annotated[str | None, Query(description="Earliest date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(description="Latest date, YYYY-MM-DD.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event or sub-event type, or PLOVER type.")] = None,
    actor: Annotated[str | None, Query(description="Actor name (part of it) or dictionary id.")] = None,
    status: Annotated[str | None, Query(description=f"Story status: {', '.join(STATUSES)}.")] = None,
    q: Annotated[str | None, Query(description="Full-text search over titles and texts.", max_length=500)] = None,
    document: Annotated[str | None, Query(description="Only this document's items.")] = None,
    story: Annotated[str | None, Query(description="Only this story's items.")] = None,
) -> Filters:
    if status is not None and status not in STATUSES:
        raise _bad("status", f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    return Filters(date_from=_date("date_from", date_from), date_to=_date("date_to", date_to),
                   bbox=parse_bbox(bbox), event_type=event_type or None, actor=actor or None, status=status,
                   q=q or None, document=document, story=story)


FiltersDep = Annotated[Filters, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")]
Cursor = Annotated[str | None, Query(description="The cursor of the previous page.", max_length=1000)]


def create_app(store: Store, config: ServeConfig | None = None, service: ServiceFactory | None = None,
               tables: Tables | None = None) -> FastAPI:
    """The application over ``store``. ``service`` makes the ingest service on the first write
    (the analysis pipeline loads then, not at start); ``tables`` codes the exports (default: the
    packaged knowledge files)."""
    config = config or ServeConfig()
    tables = tables or Tables.load()
    app = FastAPI(title="unfog", version=__version__, docs_url=None, redoc_url=None,
                  description="Who claims what happened, where, when, through which channel and outlets.")
    queries = Queries(store)
    records = RecordCache(store)
    records_lock = threading.Lock()
    write_lock = threading.Lock()
    ingest: dict[str, Any] = {}

    def page(p: Page) -> dict[str, Any]:
        return {"items": p.items, "cursor": p.cursor}

    def listing(fn: Callable[[Filters, int, str | None], Page], f: Filters, limit: int, cursor: str | None
                ) -> JSONResponse:
        # a JSONResponse straight away: FastAPI's encoding of a returned dict costs more than the query
        try:
            return JSONResponse(page(fn(f, limit, cursor)))
        except CursorError as e:
            raise _bad("cursor", str(e)) from e

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{"parameter": ".".join(str(x) for x in e.get("loc", ())[1:]) or str(e.get("loc")),
                   "message": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"error": "bad request", "detail": detail}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = exc.detail if isinstance(exc.detail, dict) else {"error": str(exc.detail)}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith(("/docs", "/openapi.json")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    # ------------------------------------------------------------------ read
    @app.get("/api/stories", tags=["read"])
    def list_stories(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        """Stories: events grouped across documents, with status and independent sources."""
        return listing(queries.stories, f, limit, cursor)

    @app.get("/api/stories/{story_id}", tags=["read"])
    def get_story(story_id: str) -> JSONResponse:
        """A story with its reports and every claim behind it, grouped by original claimant."""
        story = store.story(story_id)
        if story is None:
            raise HTTPException(404, {"error": f"no story {story_id}"})
        with records_lock:
            return JSONResponse(story_view(story, records))

    @app.get("/api/documents", tags=["read"])
    def list_documents(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        return listing(queries.documents, f, limit, cursor)

    @app.get("/api/documents/{doc_id}", tags=["read"])
    def get_document(doc_id: str) -> JSONResponse:
        """A document: its text (untrusted: show it as text) and its analysis record."""
        view = document_view(store, doc_id)
        if view is None:
            raise HTTPException(404, {"error": f"no document {doc_id}"})
        return JSONResponse(view)

    @app.get("/api/places", tags=["read"])
    def list_places(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        return listing(queries.places, f, limit, cursor)

    @app.get("/api/actors", tags=["read"])
    def list_actors(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        return listing(queries.actors, f, limit, cursor)

    @app.get("/api/claims", tags=["read"])
    def list_claims(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        return listing(queries.claims, f, limit, cursor)

    @app.get("/api/events", tags=["read"])
    def list_events(f: FiltersDep, limit: Limit = 100, cursor: Cursor = None) -> JSONResponse:
        return listing(queries.events, f, limit, cursor)

    @app.get("/api/export/{fmt}", tags=["read"])
    def get_export(fmt: str) -> StreamingResponse:
        """The whole database: acled-csv, geojson, plover-json or jsonl."""
        if fmt not in FORMATS:
            raise _bad("format", f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        name = f"unfog.{SUFFIXES[fmt]}"
        return StreamingResponse(export(store, fmt, tables), media_type=MEDIA_TYPES[fmt],
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # ------------------------------------------------------------------ write
    @app.post("/api/documents", tags=["write"], status_code=200)
    def submit(body: Submission, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Analyse and store documents (with ``Authorization: Bearer <token>``); the same document
        twice is stored once."""
        if config.token is None:
            raise HTTPException(403, {"error": "this server is read-only: no write token is configured "
                                      "(UNFOG_API_TOKEN)"})
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not given or not secrets.compare_digest(given.encode(), config.token.encode()):
            raise HTTPException(401, {"error": "a valid token is needed: Authorization: Bearer <token>"},
                                headers={"WWW-Authenticate": "Bearer"})
        if service is None:
            raise HTTPException(503, {"error": "no ingest service in this server"})
        docs = [Document(id=d.id, text=d.text, published=d.published, outlet=d.outlet, title=d.title, url=d.url,
                         origin="api") for d in body.documents]
        with write_lock:
            if "service" not in ingest:
                ingest["service"] = service()
            outcomes = list(ingest["service"].ingest(docs))
        return {"outcomes": [{"id": o.name, "result": o.kind, "message": o.message} for o in outcomes]}

    # ------------------------------------------------------------------ page
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/regions/{key}", include_in_schema=False)
    def regions(key: str) -> FileResponse:
        """A country's first-level region borders (TopoJSON), by its world-atlas key."""
        path = region_file(WEB, key)
        if path is None:
            raise HTTPException(404, {"error": f"no region borders for {key}"})
        return FileResponse(path, media_type="application/json",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="unfog API",
                                   swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{VENDOR}/swagger-ui.css", swagger_favicon_url="data:,")

    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, limit=config.max_body)
    return app
