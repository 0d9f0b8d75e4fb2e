"""The evaluation gate: every development set in ../shared/eval through `unfog analyze` and the
reference scorer; fails when a figure falls below the floor committed in scripts/eval_floors.json.

Skipped cleanly when ../shared/eval is not there. Raise the floors when the figures improve.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("UNFOG_EVAL_DIR", ROOT.parent / "shared" / "eval"))
FLOORS = json.loads((ROOT / "scripts" / "eval_floors.json").read_text())

pytestmark = [
    pytest.mark.eval,
    pytest.mark.slow,
    pytest.mark.skipif(not (EVAL_DIR / "score.py").exists(), reason=f"no evaluation sets at {EVAL_DIR}"),
]


def as_number(value: object) -> float:
    """Scorer figures are numbers or 'found/total' strings; the gate reads the numerator."""
    if isinstance(value, str) and "/" in value:
        return float(value.split("/")[0])
    assert isinstance(value, int | float), value
    return float(value)


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    out = tmp_path_factory.mktemp("eval") / "figures.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "evaluate.py"), "--eval-dir", str(EVAL_DIR),
         "--sets", ",".join(n for n in FLOORS if not n.startswith("_")), "--json", str(out)],
        capture_output=True, text=True, timeout=3000,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    loaded: dict[str, dict[str, object]] = json.loads(out.read_text())
    return loaded


@pytest.mark.parametrize(
    ("name", "metric"), [(n, m) for n, ms in FLOORS.items() if not n.startswith("_") for m in ms]
)
def test_figure_holds_its_floor(figures: dict[str, dict[str, object]], name: str, metric: str) -> None:
    bound = FLOORS[name][metric]
    got = as_number(figures[name][metric])
    if "min" in bound:
        assert got >= bound["min"], f"{name} {metric} = {got}, floor {bound['min']}"
    if "max" in bound:
        assert got <= bound["max"], f"{name} {metric} = {got}, ceiling {bound['max']}"
