"""The web page in real headless Chromium (Debian's chromium, driven by Playwright), served by a
real uvicorn server over a database of our own example articles: markers on the map, the timeline
brushed, a story opened with its claim chains, the article opened with the sentence highlighted,
and a hostile article (``<script>``, ``<img onerror>``) shown as text. Skipped when chromium is
absent; .ci/run installs it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unfog.serve.api import create_app
from unfog.serve.config import ServeConfig
from unfog.store import Store

from .serve_fixtures import HOSTILE, example_db, example_records  # noqa: F401

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium (apt-get install chromium)")
#: where the screenshots go when set (they are always made in the test's temporary folder)
SHOTS = os.environ.get("UNFOG_SCREENSHOTS")


@pytest.fixture(scope="module")
def server(example_db: Path) -> Iterator[str]:  # noqa: F811
    import uvicorn

    store = Store.open(example_db, readonly=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store, ServeConfig(token=None)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    # no network beyond the server: the page must not need any
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else route.abort())
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def load(page: Any, server: str) -> float:
    t0 = time.perf_counter()
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    return time.perf_counter() - t0


def shot(page: Any, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / name))
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name))


def test_map_markers_and_list(page: Any, server: str, tmp_path: Path) -> None:
    seconds = load(page, server)
    stories = page.evaluate("fetch('/api/stories?limit=1000').then(r => r.json())")["items"]
    placed = [s for s in stories if s["lat"] is not None]
    assert page.locator("path.story-marker").count() == len(placed) > 0
    assert page.locator("#stories li").count() == len(stories)
    assert page.locator("path.leaflet-interactive, path").count() > 100       # the countries' borders
    assert page.locator("path.status-contested").count() >= 1
    shot(page, tmp_path, "page-1280x800.png")
    assert not page.errors
    print(f"page load {seconds * 1000:.0f} ms")


def test_brushing_the_timeline_filters_stories(page: Any, server: str) -> None:
    load(page, server)
    before = page.locator("#stories li").count()
    box = page.locator("#timeline").bounding_box()
    # drag over the right half of the timeline (the later stories)
    page.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.98, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    after = page.locator("#stories li").count()
    assert 0 < after < before
    assert " to " in page.locator("#f-range").inner_text()
    page.click("#f-clear-range")
    assert page.locator("#stories li").count() == before


@pytest.mark.parametrize(("field", "value", "check"), [
    ("#f-status", "contested", lambda s: s["status"] == "contested"),
    ("#f-q", "Fasher", lambda s: s["place"] in ("El Fasher", None)),
])
def test_filters(page: Any, server: str, field: str, value: str, check: Any) -> None:
    load(page, server)
    before = page.locator("#stories li").count()
    if field == "#f-status":
        page.select_option(field, value)
    else:
        page.fill(field, value)
    with page.expect_response(lambda r: "/api/stories?" in r.url) as resp:
        page.click("#filters button[type=submit]")
    items = resp.value.json()["items"]
    page.wait_for_function(f"document.querySelectorAll('#stories li').length === {len(items)}")
    assert 0 < len(items) < before and all(check(s) for s in items)
    assert page.locator("path.story-marker").count() == sum(s["lat"] is not None for s in items)


def test_story_view_chain_and_highlighted_sentence(page: Any, server: str, tmp_path: Path) -> None:
    load(page, server)
    page.locator("#stories li", has_text="contested").first.click()
    page.wait_for_selector("#story .claim")
    chains = page.locator("#story .chain").all_inner_texts()
    assert chains and any("→" in c for c in chains)
    assert page.locator("#story .chain .outlet").count() == len(chains)    # every chain ends at an outlet
    assert page.locator("#story details.contradictions .contradiction").count() >= 1
    assert page.locator("path.story-marker.selected").count() == 1
    shot(page, tmp_path, "story-view.png")
    page.locator("#story button.open").first.click()
    mark = page.wait_for_selector("#article mark")
    words = page.locator("#story .claim .words").first.inner_text().strip("“”")
    assert words.strip()[:20] in mark.inner_text()
    assert mark.is_visible()
    shot(page, tmp_path, "story-article.png")
    assert not page.errors


def test_hostile_article_renders_as_text(page: Any, server: str) -> None:
    load(page, server)
    hostile = page.evaluate("fetch('/api/stories?document=hostile-note').then(r => r.json())")["items"]
    assert hostile
    page.locator(f"#stories li[data-story='{hostile[0]['id']}']").click()
    page.wait_for_selector("#story .claim")
    claim = page.locator("#story .claim[data-document='hostile-note']").first
    claim.locator("button.open").click()
    page.wait_for_selector("#article mark")
    text = page.locator("#article .text").inner_text()
    assert "<script>document.body.dataset.pwned='text'</script>" in text
    assert "<img src=x onerror=" in text
    assert HOSTILE.outlet in page.locator("#article").inner_text()
    assert page.locator("#article script, #article img, #story script, #story img").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None
    assert not page.errors


def test_region_borders_drawn_lazily_when_zoomed_in(page: Any, server: str, tmp_path: Path) -> None:
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/regions/" in r.url else None)
    load(page, server)
    page.wait_for_load_state("networkidle")
    # only countries with stories in view were asked for, all from this server (the rest is refused)
    countries_with_stories = page.evaluate("""() => { const keys = new Set();
        for (const s of state.stories) { if (s.lat === null) continue;
          const c = state.countries.find((c) => contains(c.feature.geometry, s.lon, s.lat));
          if (c) keys.add(String(c.key)); }
        return [...keys]; }""")
    assert countries_with_stories
    assert all(u.startswith(server + "/regions/") for u in asked)
    assert {u.rsplit("/", 1)[1] for u in asked} <= set(countries_with_stories)
    # zoomed out on the world: nothing more is fetched
    n = len(asked)
    page.evaluate("state.map.setView([0, -100], 2)")
    page.wait_for_timeout(300)
    assert len(asked) == n
    assert page.evaluate("state.map.getZoom()") == 2
    # zoomed in on a country with stories: its regions are drawn, one path each
    key = countries_with_stories[0]
    story = page.evaluate(f"""state.stories.find((s) => s.lat !== null &&
        contains(state.countries.find((c) => String(c.key) === '{key}').feature.geometry, s.lon, s.lat))""")
    page.evaluate(f"state.map.setView([{story['lat']}, {story['lon']}], 6)")
    page.wait_for_function(f"(document.body.dataset.regions || '').split(',').includes('{key}')")
    regions = page.evaluate(f"fetch('/regions/{key}').then(r => r.json())")
    expected = len(next(iter(regions["objects"].values()))["geometries"])
    drawn = page.evaluate(f"state.regions.get('{key}').then((layer) => layer.getLayers().length)")
    assert drawn == expected > 1
    borders = page.locator("path.region-border").count()
    assert borders >= expected
    assert page.locator(".leaflet-regions-pane path.region-border").count() == borders   # under the markers
    shot(page, tmp_path, "regions.png")
    assert not page.errors
