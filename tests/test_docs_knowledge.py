"""Every knowledge file under src/unfog/data is documented in docs/knowledge.md."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "unfog" / "data"
FILES = sorted(
    p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
)


def test_data_files_found() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("name", FILES)
def test_knowledge_file_documented(name: str) -> None:
    doc = (ROOT / "docs" / "knowledge.md").read_text(encoding="utf-8")
    assert f"`{name}`" in doc, f"{name} is not described in docs/knowledge.md"
