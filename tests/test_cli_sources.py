"""`unfog analyze` on a Telegram export, run for real: the Russian post is reported and written
with its language and no analysis; the English posts are analysed, the forward relayed."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import run
from .test_sources import TELEGRAM


def test_analyze_telegram_export_reports_other_languages(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    p = run("analyze", str(TELEGRAM), "--out", str(out), "--quiet")
    assert p.returncode == 0, p.stderr
    assert f"{TELEGRAM}#5: language 'ru', not English: kept without analysis" in p.stderr
    recs = {r["document"]["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert list(recs) == ["telegram:1700000001:2", "telegram:1700000001:3", "telegram:1700000001:5"]
    ru = recs["telegram:1700000001:5"]
    assert ru["document"]["language"] == "ru" and ru["claims"] == [] and ru["places"] == []
    assert recs["telegram:1700000001:3"]["claims"][0]["relays"][-1]["name"] == "Northern Front Dispatch"


def test_batch_needs_a_destination() -> None:
    p = run("batch", str(TELEGRAM))
    assert p.returncode == 2 and "give --out DIR and/or --db" in p.stderr


def test_watch_once_writes_json_logs(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_text("Rebels shelled a market in Goma on Friday, killing four people, officials said.")
    conf = tmp_path / "watch.yaml"
    conf.write_text(f"db: {tmp_path / 'w.sqlite'}\nsources:\n  - path: {drop}\n    every: 60\n")
    p = run("watch", str(conf), "--once")
    assert p.returncode == 0, p.stderr
    events = [json.loads(line) for line in p.stderr.splitlines() if line.startswith("{")]
    assert [(e["event"], e.get("id")) for e in events] == [("stored", "a"), ("polled", None)]
    assert "stored 1 new document(s)" in p.stdout
    p = run("watch", str(conf), "--once")
    assert "stored 0 new document(s)" in p.stdout


def test_watch_bad_config(tmp_path: Path) -> None:
    conf = tmp_path / "watch.yaml"
    conf.write_text("sources: []\n")
    p = run("watch", str(conf))
    assert p.returncode == 2 and "needs 'sources:'" in p.stderr
