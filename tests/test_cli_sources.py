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
