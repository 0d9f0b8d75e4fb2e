"""`unfog batch` on a real Dask LocalCluster (1 worker, to keep it short): Parquet partitioned by
publication date and the database through the ingest service; a batch killed midway (a real
SIGKILL of the process group) and started again yields the same database and files as an
uninterrupted run, without losing or duplicating a document."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unfog.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Kharkiv", "Goma", "Mosul", "Timbuktu", "Aleppo", "Kramatorsk"]
ACTORS = ["Rebels", "Government forces", "Unidentified gunmen", "Militants"]


def _corpus(path: Path, n: int) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            place, actor = PLACES[i % len(PLACES)], ACTORS[i % len(ACTORS)]
            text = (f"{actor} shelled a market in {place} on Friday, killing {i + 2} people, officials said. "
                    f"The local governor said that {i + 1} houses were destroyed and rescuers were still searching.")
            doc = {"id": f"b{i:02d}", "text": text, "published": f"2024-05-{10 + i % 3:02d}", "outlet": "Lake Herald"}
            fh.write(json.dumps(doc) + "\n")
            ids.append(doc["id"])
        ru = {"id": "ru1", "text": "Губернатор заявил, что ночью беспилотники атаковали нефтебазу, пострадавших нет.",
              "published": "2024-05-12"}
        fh.write(json.dumps(ru, ensure_ascii=False) + "\n")
    return [*ids, "ru1"]


def _batch(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "unfog.cli", "batch", "--workers", "1", "--chunk", "1", "-q", *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store.open(db, readonly=True) as store:
            return store.count_documents()
    except Exception:  # being created
        return 0


def _parquet_ids(out: Path) -> list[str]:
    import pyarrow.parquet as pq

    return sorted(i for p in out.glob("published=*/*.parquet") for i in pq.read_table(p).column("id").to_pylist())


def _snapshot(db: Path) -> tuple[list[str], list[str], list[str]]:
    with Store.open(db, readonly=True) as store:
        ids = store.document_ids()
        records = [r.model_dump_json() for r in store.records()]
        stories = [s.model_dump_json() for s in store.stories()]
    return ids, records, stories


def test_batch_killed_and_restarted_equals_uninterrupted(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    ids = _corpus(corpus, 24)
    whole_db, whole_out = tmp_path / "whole.sqlite", tmp_path / "whole"
    p = _batch(str(corpus), "--db", str(whole_db), "--out", str(whole_out))
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err.decode()

    db, out = tmp_path / "killed.sqlite", tmp_path / "killed"
    p = _batch(str(corpus), "--db", str(db), "--out", str(out))
    deadline = time.time() + 600
    while _count(db) < 3 and p.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    stopped_at = _count(db)
    assert 3 <= stopped_at < len(ids), "the kill came too late to test a restart"
    p = _batch(str(corpus), "--db", str(db), "--out", str(out))
    stdout, err = p.communicate(timeout=600)
    assert p.returncode == 0, err.decode()
    assert "already done" in stdout.decode()

    assert _snapshot(db) == _snapshot(whole_db)
    assert _parquet_ids(out) == _parquet_ids(whole_out) == sorted(ids)
    assert sorted(d.name for d in whole_out.iterdir()) == [f"published=2024-05-{d}" for d in (10, 11, 12)]
    with Store.open(db, readonly=True) as store:
        ru = store.record("ru1")
    assert ru is not None and ru.document.language == "ru" and not ru.claims and not ru.events


def test_failed_documents_recorded_and_skipped_until_retried(tmp_path: Path) -> None:
    """A real failure (a text over UNFOG_MAX_CHARS, which the pipeline refuses): recorded with its
    error under --out, reported at the end, skipped by the next run, tried again with --retry-failed,
    and analysed once its text fits."""
    corpus = tmp_path / "in.jsonl"
    short = "Rebels shelled a market in Goma on Friday, killing four people, officials said."
    long = " ".join([short] * 8)
    with corpus.open("w", encoding="utf-8") as fh:
        for doc_id, text in (("s1", short), ("long1", long), ("s2", short.replace("Goma", "Mosul"))):
            fh.write(json.dumps({"id": doc_id, "text": text, "published": "2024-05-10"}) + "\n")
    out = tmp_path / "out"
    limit = {"UNFOG_MAX_CHARS": str(len(short) * 3)}

    def run(*extra: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
        p = _batch(str(corpus), "--out", str(out), *extra, env=env)
        stdout, err = p.communicate(timeout=600)
        return p.returncode, stdout.decode(), err.decode()

    code, stdout, err = run(env=limit)
    assert code == 1 and "analysed 2 document(s), 0 already done, 1 failed" in stdout
    assert "in.jsonl:2: analysis failed (too long" in err and "_failed.jsonl" in err
    logged = [json.loads(line) for line in (out / "_failed.jsonl").read_text().splitlines()]
    assert [(r["id"], "too long" in r["error"]) for r in logged] == [("long1", True)]

    code, stdout, _ = run(env=limit)  # not tried again
    assert code == 0 and "analysed 0 document(s), 2 already done, 0 failed, 1 failed before" in stdout
    code, stdout, _ = run("--retry-failed", env=limit)  # tried again, and fails again
    assert code == 1 and "analysed 0 document(s), 2 already done, 1 failed" in stdout
    code, stdout, _ = run("--retry-failed")  # the default limit: it fits
    assert code == 0 and "analysed 1 document(s), 2 already done, 0 failed" in stdout
    assert _parquet_ids(out) == ["long1", "s1", "s2"]
