"""Readers: a table of inputs -> documents or one-line errors naming the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from unfog.ingest import InputError, read_input, read_inputs
from unfog.model import Document


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize(
    ("name", "data", "expect"),
    [
        ("a.txt", b"Shelling hit Kharkiv on Monday.", ["a"]),
        ("a.text", "Caf\u00e9 in Kyiv.".encode(), ["a"]),
        ("b.jsonl", b'{"id": "x1", "text": "One."}\n\n{"id": "x2", "text": "Two.", "published": "2023-05-23"}\n',
         ["x1", "x2"]),
        ("c.jsonl", b'{"id": "x1", "text": "One."}\n{not json\n{"id": "x3", "text": "Three."}\n',
         ["x1", "error:not JSON", "x3"]),
        ("d.jsonl", b'{"id": "x1"}\n["a"]\n{"id": "x1", "text": "One."}\n{"id": "x1", "text": "Again."}\n',
         ["error:no 'text'", "error:not a JSON object", "x1", "error:duplicate id"]),
        ("e.txt", b"", ["error:empty input"]),
        ("f.txt", b"   \n\t", ["error:empty input"]),
        ("g.txt", b"\x00\x01\x02binary", ["error:binary file"]),
        ("h.txt", b"\xff\xfe\xfa not utf8", ["error:not UTF-8"]),
        ("i.pdf", b"%PDF-1.4", ["error:a PDF"]),
        ("noext", b"text", ["noext"]),
    ],
)
def test_read_input_table(tmp_path: Path, name: str, data: bytes, expect: list[str]) -> None:
    path = _write(tmp_path, name, data)
    got = []
    for item in read_input(path):
        if isinstance(item, InputError):
            assert item.where.startswith(path)
            assert "\n" not in str(item)
            got.append(item)
        else:
            got.append(item)
    assert len(got) == len(expect)
    for item, want in zip(got, expect, strict=True):
        if want.startswith("error:"):
            assert isinstance(item, InputError), item
            assert want[len("error:"):] in item.message
        else:
            assert isinstance(item, Document)
            assert item.id == want


def test_missing_file_and_directory(tmp_path: Path) -> None:
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path)]))
    assert [str(i).split(": ", 1)[1].split(" (")[0] for i in items] == [
        "no such file, directory or URL",
        "a directory with no files unfog reads",
    ]


def test_published_default_and_override(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.jsonl", b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "published": '
                  b'"2020-01-02T10:00:00Z"}\n')
    docs = [d for d in read_input(path, published="2023-05-23") if isinstance(d, Document)]
    assert [d.published for d in docs] == ["2023-05-23", "2020-01-02"]


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (b"Plain text from a pipe.", ["stdin"]),
        (b'{"id": "s1", "text": "From JSONL on stdin."}\n', ["s1"]),
    ],
)
def test_stdin(data: bytes, ids: list[str]) -> None:
    docs = list(read_input("-", stdin_data=data))
    assert [d.id for d in docs if isinstance(d, Document)] == ids


def test_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Strike on Odesa</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Strike on Odesa</h1><p>Russian drones struck the port of Odesa overnight, "
        "the regional governor said on Telegram, injuring three people and damaging grain silos "
        "in the harbour district.</p><p>Air defences shot down most of the drones, the Ukrainian "
        "air force said in a statement on Tuesday morning.</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    path = _write(tmp_path, "odesa.html", html.encode())
    (doc,) = list(read_input(path))
    assert isinstance(doc, Document)
    assert "Russian drones struck the port of Odesa" in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Strike on Odesa"


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c"])
def test_jsonl_keeps_line_separators_inside_text(tmp_path: Path, sep: str) -> None:
    """A JSONL line is ended by "\\n" only: separators that str.splitlines() also breaks on are legal
    inside a JSON string and stay in the text (CRLF files still read)."""
    import json

    texts = [f"Shelling hit Kharkiv.{sep}Two died.", f"Police{sep}arrested ten."]
    data = "\r\n".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts))
    path = _write(tmp_path, "sep.jsonl", data.encode("utf-8"))
    got = list(read_input(path))
    assert all(isinstance(d, Document) for d in got), got
    assert [d.text for d in got if isinstance(d, Document)] == texts
