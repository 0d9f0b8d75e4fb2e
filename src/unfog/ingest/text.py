"""Decoding bytes into text, refusing binary and empty input."""

from __future__ import annotations

from unfog.ingest.errors import InputError


def decode_text(origin: str, data: bytes) -> str | InputError:
    if not data.strip():
        return InputError(origin, "empty input")
    if b"\x00" in data[:8192]:
        return InputError(origin, "binary file (NUL bytes); unfog reads text, HTML or JSONL")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return InputError(origin, f"not UTF-8 text (byte {e.start}); convert it to UTF-8 first")
    return text
