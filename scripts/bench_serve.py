#!/usr/bin/env python3
"""API benchmark (a script, not a timed test): a real `unfog serve` process on loopback, a fixed
number of requests from one client with keep-alive, p50 / p95 / max latency per endpoint.

    python scripts/bench_serve.py --stories 10000            # synthetic stories in a new SQLite file
    python scripts/bench_serve.py --db FILE --requests 200   # the endpoints over an existing database

With ``--stories N`` the database holds N stories written straight into the stories table (statuses,
dates over a year, places over a box the size of a country): what the story list and its filters
read. The story list is asked with the filters the page uses (status, bounding box, date range,
event type) and with none, 100 stories a page, and the next page through its cursor.

Measured (SQLite, 2 cores shared with other work, 500 requests each): see the closing note of the
branch that added it (docs/serve.md keeps the latest figures).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from unfog.store import Store
from unfog.store import tables as t

STATUSES = ["single_source", "single_source", "single_source", "corroborated", "contested", "denied"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Protests", "Peaceful protest"),
         ("Violence against civilians", "Attack")]


def synthetic(path: Path, n: int) -> None:
    rnd = random.Random(7)
    start = date(2024, 1, 1)
    rows = []
    for i in range(n):
        et, sub = rnd.choice(TYPES)
        lat, lon = rnd.uniform(44.0, 52.0), rnd.uniform(22.0, 40.0)
        day = (start + timedelta(days=rnd.randrange(365))).isoformat()
        status = rnd.choice(STATUSES)
        sources = [f"Source {rnd.randrange(200)}" for _ in range(rnd.randint(1, 4))]
        story = {"id": f"story-{i:012x}", "status": status, "members": [{"document": f"d{i}", "event": "e1"}],
                 "acled": {"event_type": et, "sub_event_type": sub}, "place": f"Town {i % 997}", "lat": lat,
                 "lon": lon, "date": day, "sources": sources, "contradictions": []}
        rows.append({"id": story["id"], "seq": i + 1, "status": status, "event_type": et, "place": story["place"],
                     "lat": lat, "lon": lon, "date": day, "size": 1, "documents": 1, "story": json.dumps(story),
                     "updated_at": datetime.now(UTC)})
    with Store.open(path) as store, store.begin() as tx:
        for k in range(0, len(rows), 1000):
            tx.conn.execute(insert(t.stories), rows[k:k + 1000])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(client: httpx.Client, url: str, params: dict[str, str], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(url, params=params)
        out.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url} {params}: {r.status_code} {r.text[:200]}")
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=0, help="Make a database of this many synthetic stories.")
    ap.add_argument("--db", help="An existing database (file or URL).")
    ap.add_argument("--requests", type=int, default=500, help="Requests per case (fixed count).")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    if args.stories:
        db = str(Path(tmp.name) / "bench.sqlite")
        synthetic(Path(db), args.stories)
    if db is None:
        raise SystemExit("give --stories N or --db FILE")
    port = free_port()
    env = dict(os.environ, UNFOG_API_TOKEN="")
    unfog = str(Path(sys.executable).parent / "unfog")
    server = subprocess.Popen([unfog, "serve", "--db", db, "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/api/stories", params={"limit": "1"})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            cases: list[tuple[str, str, dict[str, str]]] = [
                ("stories, no filter", "/api/stories", {"limit": "100"}),
                ("stories, status", "/api/stories", {"status": "contested", "limit": "100"}),
                ("stories, bbox+dates", "/api/stories",
                 {"bbox": "30,47,36,50", "date_from": "2024-03-01", "date_to": "2024-06-30", "limit": "100"}),
                ("stories, type+status+bbox", "/api/stories",
                 {"event_type": "Battles", "status": "single_source", "bbox": "22,44,40,52", "limit": "100"}),
            ]
            first = client.get("/api/stories", params={"limit": "100"}).json()
            if first["cursor"]:
                cases.append(("stories, 2nd page", "/api/stories", {"limit": "100", "cursor": first["cursor"]}))
            if not args.stories:
                doc = client.get("/api/documents", params={"limit": "1"}).json()["items"]
                story = first["items"][0]["id"] if first["items"] else None
                cases += [("documents", "/api/documents", {"limit": "100"}),
                          ("documents, q", "/api/documents", {"q": "police", "limit": "100"}),
                          ("events, type", "/api/events", {"event_type": "Battles", "limit": "100"}),
                          ("claims", "/api/claims", {"limit": "100"}),
                          ("places, bbox", "/api/places", {"bbox": "-20,-40,60,40", "limit": "100"}),
                          ("actors", "/api/actors", {"actor": "police", "limit": "100"})]
                if doc:
                    cases.append(("document", f"/api/documents/{doc[0]['id']}", {}))
                if story:
                    cases.append(("story view", f"/api/stories/{story}", {}))
            print(f"{'case':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   ({args.requests} requests each)")
            for name, url, params in cases:
                measure(client, url, params, 5)  # warm
                xs = measure(client, url, params, args.requests)
                print(f"{name:28} {statistics.median(xs):8.1f} {pct(xs, 95):8.1f} {max(xs):8.1f}")
    finally:
        server.terminate()
        server.wait(10)
        tmp.cleanup()


if __name__ == "__main__":
    main()
