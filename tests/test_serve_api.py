"""The HTTP API through FastAPI's TestClient against a real database (an SQLite file, and
PostgreSQL when UNFOG_TEST_PG is set) filled by the real pipeline from our own example articles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from unfog.model import AnalysisRecord
from unfog.pipeline import Pipeline
from unfog.serve.api import create_app
from unfog.serve.config import ServeConfig
from unfog.service import IngestService
from unfog.settings import Settings
from unfog.store import Store

from .serve_fixtures import example_db, example_records, fill  # noqa: F401
from .stores import BACKENDS, _pg_database

TOKEN = "a-test-token-of-ours"


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          example_records: list[AnalysisRecord], pipeline: Pipeline) -> Iterator[Store]:  # noqa: F811
    if request.param == "sqlite":
        targets: Iterator[str] = iter([str(tmp_path_factory.mktemp("api") / "api.sqlite")])
    else:
        targets = _pg_database()
    target = next(targets)
    fill(target, example_records, pipeline)
    with Store.open(target) as s:
        yield s
    for _ in targets:  # drops the PostgreSQL database
        pass


@pytest.fixture(scope="module")
def client(store: Store, pipeline: Pipeline) -> TestClient:
    app = create_app(store, ServeConfig(token=TOKEN, cors_origins=(), max_body=20_000),
                     lambda: IngestService(store, Settings(), pipeline))
    return TestClient(app)


def get(client: TestClient, url: str, **params: Any) -> Any:
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.parametrize("path", ["/api/stories", "/api/documents", "/api/places", "/api/actors", "/api/claims",
                                  "/api/events"])
def test_pages_walk_the_whole_list_once(client: TestClient, path: str) -> None:
    whole = get(client, path, limit=1000)
    assert whole["cursor"] is None and whole["items"]
    seen: list[Any] = []
    cursor = None
    while True:
        page = get(client, path, limit=2, **({"cursor": cursor} if cursor else {}))
        assert len(page["items"]) <= 2
        seen.extend(page["items"])
        cursor = page["cursor"]
        if cursor is None:
            break
    assert seen == whole["items"]


@pytest.mark.parametrize(("params", "check"), [
    ({"bbox": "20,10,30,16"}, lambda s: s["place"] == "El Fasher"),            # Darfur only
    ({"bbox": "35,49,39,51"}, lambda s: 49 <= s["lat"] <= 51),                # north of Kharkiv
    ({"date_from": "2024-06-09", "date_to": "2024-06-11"}, lambda s: s["date"] == "2024-06-10"),
    ({"event_type": "Protests"}, lambda s: s["event_type"] == "Protests"),
    ({"q": "Fasher"}, lambda s: s["place"] == "El Fasher" or s["place"] is None),
    ({"actor": "Rapid Support"}, lambda s: s["date"] == "2024-06-10"),
    ({"status": "contested"}, lambda s: s["status"] == "contested"),
])
def test_story_filters(client: TestClient, params: dict[str, str], check: Any) -> None:
    items = get(client, "/api/stories", **params)["items"]
    assert items, params
    assert all(check(s) for s in items), items


@pytest.mark.parametrize(("path", "params", "check"), [
    ("/api/events", {"event_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ("/api/events", {"document": "fasher-nile"}, lambda e: e["document"] == "fasher-nile"),
    ("/api/documents", {"q": "Vovchansk"}, lambda d: d["id"].startswith("vovchansk")),
    ("/api/documents", {"date_from": "2024-06-20"}, lambda d: d["published"] >= "2024-06-20"),
    ("/api/places", {"bbox": "20,10,30,16"}, lambda p: p["country_code"] == "SD"),
    ("/api/actors", {"actor": "rapid support"}, lambda a: "Rapid Support" in a["name"]),
    ("/api/claims", {"document": "vovchansk-herald"}, lambda c: c["document"] == "vovchansk-herald"),
])
def test_other_filters(client: TestClient, path: str, params: dict[str, str], check: Any) -> None:
    items = get(client, path, **params)["items"]
    assert items, params
    assert all(check(x) for x in items), items


@pytest.mark.parametrize(("params", "parameter"), [
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "10,60,20,50"}, "bbox"),              # south above north
    ({"status": "rumoured"}, "status"),
    ({"limit": "0"}, "limit"),
    ({"limit": "5000"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"date_from": "last week"}, "date_from"),
    ({"cursor": "not-a-cursor"}, "cursor"),
])
def test_bad_parameters_are_clear_json_errors(client: TestClient, params: dict[str, str], parameter: str) -> None:
    r = client.get("/api/stories", params=params)
    assert r.status_code == 400
    body = r.json()
    assert body["error"] and any(d["parameter"] == parameter for d in body["detail"]), body


def test_story_view_groups_claims_by_claimant(client: TestClient) -> None:
    contested = get(client, "/api/stories", status="contested")["items"]
    assert contested
    view = get(client, f"/api/stories/{contested[0]['id']}")
    assert view["claimants"] and view["contradictions"]
    keys = [(c["document"], c["claim"], tuple(c["span"])) for g in view["claimants"] for c in g["claims"]]
    assert len(keys) == len(set(keys))  # each claim once
    for group in view["claimants"]:
        for c in group["claims"]:
            assert c["chain"][0]["name"] in (group["claimant"], c["chain"][-1]["name"])
            assert c["chain"][-1]["role"] == "outlet"
            text = get(client, f"/api/documents/{c['document']}")["text"]
            s, e = c["span"]
            assert text[s:e].strip() == c["words"].strip()
    for con in view["contradictions"]:
        assert con["a"]["source"] and con["b"]["source"] and con["a"]["words"]


@pytest.mark.parametrize("path", ["/api/stories/story-000000000000", "/api/documents/nothing-here"])
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "error" in r.json()


NEW = {"documents": [{"id": "api-new", "published": "2024-06-28", "outlet": "Test Wire",
                      "text": "Russian forces shelled Kherson on Friday, the regional governor said."}]}


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": TOKEN}, 200),               # the scheme word is optional
    ({"Authorization": f"Bearer {TOKEN}"}, 200),   # again: stored once
])
def test_write_needs_the_token(client: TestClient, headers: dict[str, str], status: int) -> None:
    r = client.post("/api/documents", json=NEW, headers=headers)
    assert r.status_code == status, r.text
    if status == 200:
        assert r.json()["outcomes"][0]["result"] in ("stored", "skipped")
        assert get(client, "/api/documents/api-new")["outlet"] == "Test Wire"


def test_read_only_without_a_token(store: Store) -> None:
    c = TestClient(create_app(store, ServeConfig(token=None, cors_origins=(), max_body=20_000)))
    r = c.post("/api/documents", json=NEW, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]


@pytest.mark.parametrize("size", [20_001, 100_000])
def test_request_size_limit(client: TestClient, size: int) -> None:
    body = {"documents": [{"id": "big", "text": "x" * size}]}
    r = client.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]


def test_request_size_limit_without_length(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(50):
            yield b" " * 1000
    r = client.post("/api/documents", content=chunks(),
                    headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]


@pytest.mark.parametrize(("origins", "allowed"), [((), None), (("https://analyst.example",), "https://analyst.example")])
def test_cors_only_when_configured(store: Store, origins: tuple[str, ...], allowed: str | None) -> None:
    c = TestClient(create_app(store, ServeConfig(token=None, cors_origins=origins, max_body=20_000)))
    r = c.get("/api/stories", headers={"Origin": "https://analyst.example"})
    assert r.headers.get("access-control-allow-origin") == allowed


@pytest.mark.parametrize(("path", "needle"), [
    ("/", "/static/app.js"),
    ("/docs", "/static/vendor/swagger-ui-dist-5.35.0/swagger-ui-bundle.js"),   # no CDN
    ("/openapi.json", "/api/stories"),
    ("/static/vendor/world-atlas-2.0.2/countries-50m.json", "Topology"),
])
def test_page_docs_and_assets_are_served_locally(client: TestClient, path: str, needle: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and needle in r.text


def test_page_has_a_content_security_policy(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize(("key", "file"), [
    ("804", "ukr"),            # ISO numeric, as world-atlas gives it
    ("729", "sdn"),
    ("UA", "ukr"),             # ISO alpha-2 and alpha-3
    ("sdn", "sdn"),
    ("728", "sds"),            # Natural Earth's own code: South Sudan
    ("Kosovo", "kos"),         # world-atlas gives Kosovo no numeric code
    ("999", None),
    ("..%2Fapi", None),
    ("atlantis", None),
])
def test_region_borders_file(key: str, file: str | None) -> None:
    from unfog.serve.api import WEB
    from unfog.serve.regions import region_file

    path = region_file(WEB, key)
    assert (path.name.removesuffix(".topo.json") if path else None) == file


@pytest.mark.parametrize(("url", "status"), [
    ("/regions/804", 200), ("/regions/999", 404), ("/regions/ukr.topo.json", 404),
])
def test_region_borders_route(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    if status == 200:
        topo = r.json()
        assert topo["type"] == "Topology"
        names = {g["properties"]["name"] for g in topo["objects"]["ukr"]["geometries"]}
        assert {"Kiev", "Kharkiv", "Crimea"} <= names or len(names) == 27
