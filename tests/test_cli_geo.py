"""The geo options of the `unfog` command: --place-adjectives reaches the pipeline of both `analyze`
and `ingest` as a setting (not through the environment)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from unfog import cli
from unfog.model import AnalysisRecord, Document
from unfog.settings import Settings

UNFOG = str(Path(sys.executable).parent / "unfog")


class _FakePipeline:
    """Records the settings it was built from; analyses nothing."""

    seen: ClassVar[list[Settings]] = []

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> _FakePipeline:
        cls.seen.append(settings or Settings())
        return cls()

    def analyze_many(self, docs: Iterable[Document]) -> Iterator[AnalysisRecord]:
        for d in docs:
            yield AnalysisRecord(document=d)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> type[_FakePipeline]:
    import unfog.pipeline

    monkeypatch.delenv("UNFOG_PLACE_ADJECTIVES", raising=False)
    monkeypatch.setattr(unfog.pipeline.Pipeline, "from_settings", _FakePipeline.from_settings)
    _FakePipeline.seen = []
    return _FakePipeline


@pytest.mark.parametrize("command", ["analyze", "ingest"])
@pytest.mark.parametrize("flag", [True, False])
def test_place_adjectives_option_reaches_the_pipeline(
    fake: type[_FakePipeline], tmp_path: Path, command: str, flag: bool
) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Syrian troops shelled the town of Afrin on Monday.", encoding="utf-8")
    args = [command, str(src), "--quiet"]
    args += ["--out", str(tmp_path / "o.jsonl")] if command == "analyze" else ["--db", str(tmp_path / "u.sqlite")]
    if flag:
        args.append("--place-adjectives")
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert [s.place_adjectives for s in fake.seen] == [flag]
    assert "UNFOG_PLACE_ADJECTIVES" not in os.environ  # the option is no environment side effect


def test_place_adjectives_end_to_end() -> None:
    text = "Syrian troops shelled the town of Afrin on Monday."
    env = {k: v for k, v in os.environ.items() if k != "UNFOG_PLACE_ADJECTIVES"}
    kinds = []
    for extra in ([], ["--place-adjectives"]):
        p = subprocess.run([UNFOG, "analyze", "-", "--out", "/dev/stdout", "--quiet", *extra], input=text,
                           capture_output=True, text=True, timeout=300, env=env)
        assert p.returncode == 0, p.stderr
        rec = json.loads(p.stdout.splitlines()[0])
        kinds.append(sorted(m["text"] + ":" + m["kind"] for pl in rec["places"] for m in pl["mentions"]))
    assert kinds == [["Afrin:name"], ["Afrin:name", "Syrian:adjective"]]
