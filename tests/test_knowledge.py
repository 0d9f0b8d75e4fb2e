"""The packaged knowledge files are read through one function (unfog.knowledge)."""

from __future__ import annotations

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
