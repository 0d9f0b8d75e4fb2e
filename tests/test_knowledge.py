"""The packaged knowledge files are read through one function (unfog.knowledge)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from unfog.knowledge import data_text, read_data


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("events/modality.yaml", "negation"),
        ("claims/open_frames.yaml", "copulas"),
        ("stories/stories.yaml", "untyped_main_place"),
        ("time/lexicon.yaml", "relative_days"),
    ],
)
def test_read_data_parses_the_file(path: str, key: str) -> None:
    assert key in read_data(path)


def test_read_data_returns_a_fresh_object() -> None:
    first = read_data("events/coref.yaml")
    first.clear()
    assert read_data("events/coref.yaml")


def test_missing_file_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        data_text("events/no-such-file.yaml")


#: the package's data folder, for listing its YAML files
DATA = Path(str(resources.files("unfog").joinpath("data")))


def _booleans_in_lists(node: object, path: str) -> list[str]:
    """Paths of booleans that stand in a list: YAML 1.1 reads a bare on/off/yes/no as true or false, so
    a word list holding one has lost the word."""
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _booleans_in_lists(v, f"{path}/{k}")]
    if isinstance(node, list):
        found = [f"{path}/{i}" for i, v in enumerate(node) if isinstance(v, bool)]
        return found + [p for i, v in enumerate(node) for p in _booleans_in_lists(v, f"{path}/{i}")]
    return []


@pytest.mark.parametrize("path", sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.yaml")))
def test_word_lists_hold_no_booleans(path: str) -> None:
    assert _booleans_in_lists(read_data(path), path) == []


def test_a_bare_yaml_word_list_entry_is_caught() -> None:
    found = _booleans_in_lists({"preps": ["of", True], "inner": {"words": [False]}}, "x")
    assert found == ["x/preps/1", "x/inner/words/0"]
