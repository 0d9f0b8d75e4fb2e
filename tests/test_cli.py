"""The `unfog` command, run for real in a subprocess, on the bundled example and on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from unfog.schema import record_schema

from .conftest import EXAMPLE

UNFOG = str(Path(sys.executable).parent / "unfog")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [UNFOG, *args], input=stdin.decode() if stdin else None, capture_output=True, text=True, timeout=300
    )


def test_help_explains() -> None:
    p = run("analyze", "--help")
    assert p.returncode == 0
    for word in ("--published", "--out", "--stories", ".jsonl", "standard input"):
        assert word in p.stdout


def test_analyze_example_to_jsonl_validates(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    stories = tmp_path / "stories.jsonl"
    p = run("analyze", str(EXAMPLE), "--published", "2024-05-13", "--out", str(out), "--stories", str(stories))
    assert p.returncode == 0, p.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    jsonschema.validate(rec, record_schema())
    text = rec["document"]["text"]
    assert rec["document"]["id"] == "kharkiv-offensive"
    assert rec["document"]["published"] == "2024-05-13"
    # every span points into the text
    for place in rec["places"]:
        for s, e in place["spans"]:
            assert 0 <= s < e <= len(text)
    for claim in rec["claims"]:
        s, e = claim["content"]["span"]
        assert text[s:e] == claim["content"]["text"]
    for ev in rec["events"]:
        s, e = ev["trigger"]["span"]
        assert text[s:e] == ev["trigger"]["text"]
    for line in stories.read_text().splitlines():
        assert json.loads(line)["members"]


def test_analyze_prints_summary() -> None:
    p = run("analyze", str(EXAMPLE), "--published", "2024-05-13")
    assert p.returncode == 0, p.stderr
    assert "Russia Claims Villages North of Kharkiv" in p.stdout


def test_stdin_text() -> None:
    p = run("analyze", "-", "--out", "/dev/stdout", "--quiet", stdin=b"Rebels attacked a police post in Mali.")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout.splitlines()[0])["document"]["id"] == "stdin"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty input"),
        ("blob.txt", b"\x00\x00\x01", "binary file"),
        ("notes.docx", b"PK\x03\x04", "a ZIP archive"),
        ("broken.jsonl", b"{oops\n", "not JSON"),
    ],
)
def test_bad_input_one_line_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    p = run("analyze", str(path), "--out", str(tmp_path / "o.jsonl"))
    assert p.returncode != 0
    first = p.stderr.strip().splitlines()[0]
    assert str(path) in first and message in first


def test_missing_file(tmp_path: Path) -> None:
    p = run("analyze", str(tmp_path / "absent.txt"))
    assert p.returncode != 0
    assert "absent.txt: no such file" in p.stderr


def test_bad_published() -> None:
    p = run("analyze", str(EXAMPLE), "--published", "last tuesday")
    assert p.returncode == 2
    assert "--published must be a date" in p.stderr


def test_batch_keeps_good_items(tmp_path: Path) -> None:
    good = tmp_path / "batch.jsonl"
    good.write_text(
        '{"id": "g1", "text": "Troops shelled the town of Izium on Monday."}\n'
        "{broken\n"
        '{"id": "g2", "text": "Protesters marched in Tbilisi."}\n'
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "o.jsonl"
    p = run("analyze", str(good), str(empty), str(tmp_path / "gone.html"), "--out", str(out), "--quiet")
    assert p.returncode == 1
    ids = [json.loads(x)["document"]["id"] for x in out.read_text().splitlines()]
    assert ids == ["g1", "g2"]
    assert "batch.jsonl:2: not JSON" in p.stderr
    assert "empty.txt: empty input" in p.stderr
    assert "gone.html: no such file" in p.stderr
    assert "3 input item(s) skipped, 2 analysed" in p.stderr


def test_ingest_twice_stores_once_and_lists_stories(tmp_path: Path) -> None:
    db = tmp_path / "u.sqlite"
    p1 = run("ingest", str(EXAMPLE), "--published", "2024-05-13", "--db", str(db))
    assert p1.returncode == 0, p1.stderr
    assert "stored 1 new document(s), 0 already there; 1 in" in p1.stdout
    p2 = run("ingest", str(EXAMPLE), "--published", "2024-05-13", "--db", str(db))
    assert p2.returncode == 0, p2.stderr
    assert "stored 0 new document(s), 1 already there; 1 in" in p2.stdout
    p3 = run("stories", "--db", str(db), "--json")
    assert p3.returncode == 0, p3.stderr
    for line in p3.stdout.splitlines():
        story = json.loads(line)
        assert story["members"][0]["document"] == "kharkiv-offensive"


def test_stories_without_database(tmp_path: Path) -> None:
    p = run("stories", "--db", str(tmp_path / "none.sqlite"))
    assert p.returncode == 1
    assert "no database" in p.stderr


def test_too_long_document_is_reported_not_cut(tmp_path: Path) -> None:
    batch = tmp_path / "long.jsonl"
    batch.write_text(
        json.dumps({"id": "long", "text": "Troops shelled Izium. " * 60}) + "\n"
        + json.dumps({"id": "short", "text": "Troops shelled Izium."}) + "\n"
    )
    out = tmp_path / "o.jsonl"
    p = subprocess.run([UNFOG, "analyze", str(batch), "--out", str(out)], capture_output=True, text=True,
                       env={**os.environ, "UNFOG_MAX_CHARS": "1000"}, timeout=300)
    assert p.returncode == 1
    assert "long.jsonl:1: analysis failed (too long: 1,320 characters, the limit is 1,000" in p.stderr
    assert [json.loads(x)["document"]["id"] for x in out.read_text().splitlines()] == ["short"]


def test_stories_status_rejects_unknown_values(tmp_path: Path) -> None:
    p = run("stories", "--db", str(tmp_path / "u.sqlite"), "--status", "single source")
    assert p.returncode == 2
    assert "unknown status 'single source'; the statuses are single_source, corroborated, contested, denied" in p.stderr


KILL_ARTICLES = 80  # more than one parse batch (32), so that the kill falls between batches or within one


@pytest.mark.slow
def test_ingest_killed_and_restarted_loses_nothing(tmp_path: Path) -> None:
    """kill -9 during ingest: every stored document is whole, and a restart stores the rest."""
    import signal
    import time

    from unfog.store import Store

    towns = ["Izium", "Kupiansk", "Lyman", "Bakhmut", "Sumy", "Kherson"]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(
        json.dumps({"id": f"k{n}", "published": "2024-05-13", "text": f"Troops shelled the town of {towns[n % 6]} "
                    f"on Monday, officials said, in report number {n}. Two buildings were damaged."}) + "\n"
        for n in range(KILL_ARTICLES)
    ))
    db = tmp_path / "u.sqlite"
    proc = subprocess.Popen([UNFOG, "ingest", str(batch), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store.open(db, readonly=True) as store:
                    stored = store.count_documents()
            except Exception:
                stored = 0
        if stored >= 1:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store.open(db) as store:
        partial = store.count_documents()
        assert 1 <= partial < KILL_ARTICLES
        for rec in store.records():  # each stored document is whole: its events, each in a story
            got = store.events(limit=10_000)
            mine = [e for e in got if e["document"] == rec.document.id]
            assert len(mine) == len(rec.events) and all(e["story"] for e in mine)
    p = run("ingest", str(batch), "--db", str(db), "--quiet")
    assert p.returncode == 0, p.stderr
    assert f"stored {KILL_ARTICLES - partial} new document(s), {partial} already there; {KILL_ARTICLES} in" in p.stdout
